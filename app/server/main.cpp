// oneseal-server: the central store. Serves the sync protocol, and from the command line issues
// enrolment codes and seeds the store from a site database.
//
//   oneseal-server [--store sqlite:PATH] [--listen ADDR:PORT]
//   oneseal-server --store postgresql://USER@HOST:PORT/DB [--state-dir DIR] [--listen ADDR:PORT]
//   oneseal-server --store STORE enrol-code --site SITE
//   oneseal-server --store STORE import --db FILE --site SITE
//   oneseal-server --store STORE export --db FILE
//
// A PostgreSQL store keeps a projection of its log in the state folder (--state-dir, by default the
// folder the server is started in, as for the default SQLite file); any command above takes the option.
#include "httpapi.h"
#include "postgrescentralstore.h"
#include "serverlog.h"
#include "sqlitecentralstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QHttpServer>
#include <QTextStream>
#include <QUrl>

using namespace OneSeal;

namespace {

struct Listen
{
    QHostAddress address;
    quint16 port = 0;
};

bool parseListen(const QString& text, Listen* listen)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || !ok || port > 65535)
        return false;
    listen->address = QHostAddress(text.left(colon));
    listen->port = quint16(port);
    return !listen->address.isNull();
}

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << "oneseal-server: " << message << Qt::endl;
    return code;
}

Result<std::unique_ptr<CentralStore>> openStore(const QString& store, const QString& stateDir)
{
    if (store.startsWith(QStringLiteral("sqlite:"))) {
        auto sqlite = SqliteCentralStore::open(store.mid(7));
        if (!sqlite)
            return sqlite.error();
        return std::unique_ptr<CentralStore>(std::move(sqlite).value());
    }
    auto postgres = PostgresCentralStore::open(store, stateDir);
    if (!postgres)
        return postgres.error();
    return std::unique_ptr<CentralStore>(std::move(postgres).value());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oneseal-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneSeal central store"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("The store: sqlite:PATH or postgresql://USER@HOST:PORT/DB."), QStringLiteral("STORE"),
                      QStringLiteral("sqlite:oneseal-central.sqlite")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port to listen on (port 0: any free one)."),
                      QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")});
    parser.addOption({QStringLiteral("state-dir"),
                      QStringLiteral("PostgreSQL store: the folder for the server's own files (the projection of "
                                     "the log, rebuilt from it when missing); default: the current folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("site"), QStringLiteral("enrol-code, import: the site's code or id."),
                      QStringLiteral("SITE")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("import: the site database to seed the store from; "
                                                           "export: the database to write."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve (the default), enrol-code, import or export"));
    parser.process(app);

    const QString store = parser.value(QStringLiteral("store"));
    if (!store.startsWith(QStringLiteral("sqlite:")) && !store.startsWith(QStringLiteral("postgresql://")))
        return fail(QStringLiteral("unsupported store %1 - use sqlite:PATH or postgresql://USER@HOST:PORT/DB")
                        .arg(store),
                    2);
    const QStringList words = parser.positionalArguments();
    const QString command = words.isEmpty() ? QStringLiteral("serve") : words.first();
    if (words.size() > 1 ||
        (command != u"serve" && command != u"enrol-code" && command != u"import" && command != u"export"))
        return fail(QStringLiteral("unknown command %1: say enrol-code, import, export, or nothing to serve")
                        .arg(words.join(u' ')),
                    2);
    const QString site = parser.value(QStringLiteral("site"));
    if ((command == u"enrol-code" || command == u"import") && site.isEmpty())
        return fail(QStringLiteral("%1 needs --site SITE (a site code such as PZ)").arg(command), 2);
    if (command == u"import" && parser.value(QStringLiteral("db")).isEmpty())
        return fail(QStringLiteral("import needs --db FILE, the site database to seed the store from"), 2);

    if (command == u"export" && parser.value(QStringLiteral("db")).isEmpty())
        return fail(QStringLiteral("export needs --db FILE, the database to write"), 2);

    // The server's own state: two servers with different folders never share or overwrite each other's
    // projection. A folder named on the command line must be usable; the current folder, when it cannot
    // be written (a service started in /), only costs a rebuild from the log, which the store warns about.
    QString stateDir = QDir::currentPath();
    if (parser.isSet(QStringLiteral("state-dir"))) {
        if (store.startsWith(QStringLiteral("sqlite:")))
            return fail(QStringLiteral("--state-dir is for a PostgreSQL store; a sqlite: store keeps all its state "
                                       "in its file %1")
                            .arg(store.mid(7)),
                        2);
        stateDir = parser.value(QStringLiteral("state-dir"));
        if (stateDir.isEmpty() || !QDir().mkpath(stateDir) || !QFileInfo(stateDir).isWritable())
            return fail(QStringLiteral("--state-dir %1: cannot create or write that folder; give a folder the "
                                       "server's account may write, e.g. /var/lib/oneseal-server")
                            .arg(stateDir));
        stateDir = QFileInfo(stateDir).absoluteFilePath();
    }
    auto central = openStore(store, stateDir);
    if (!central)
        return fail(central.error().message);

    if (command == u"enrol-code") {
        const auto code = (*central)->createEnrolCode(site);
        if (!code)
            return fail(code.error().message);
        QTextStream(stdout) << *code << Qt::endl;
        return 0;
    }
    if (command == u"export") {
        const QString target = parser.value(QStringLiteral("db"));
        if (const Status exported = (*central)->exportDatabase(target); !exported)
            return fail(exported.error().message);
        QTextStream(stdout) << "exported to " << target << Qt::endl;
        return 0;
    }
    if (command == u"import") {
        const auto summary = (*central)->importSiteDatabase(parser.value(QStringLiteral("db")), site);
        if (!summary)
            return fail(summary.error().message);
        QTextStream(stdout) << "imported " << summary->imported << " events, " << summary->alreadyPresent
                            << " already present" << Qt::endl;
        return 0;
    }

    Listen listen;
    if (!parseListen(parser.value(QStringLiteral("listen")), &listen))
        return fail(QStringLiteral("--listen needs ADDR:PORT, for example 127.0.0.1:8443"), 2);
    ServerLog::install();
    QHttpServer server;
    HttpApi api(server, **central);
    const quint16 port = server.listen(listen.address, listen.port);
    if (port == 0) {
        ServerLog::write(QStringLiteral("error"), QStringLiteral("listen_failed"),
                         {{QStringLiteral("listen"), parser.value(QStringLiteral("listen"))}});
        return 1;
    }
    ServerLog::write(QStringLiteral("info"), QStringLiteral("listening"),
                     {{QStringLiteral("address"), listen.address.toString()},
                      {QStringLiteral("port"), int(port)},
                      {QStringLiteral("store"), QUrl(store).toString(QUrl::RemovePassword)}});
    return app.exec();
}
