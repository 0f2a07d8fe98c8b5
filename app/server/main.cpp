// oneseal-server: the central store. This build opens the store and answers health checks; the
// push/pull sync protocol, enrolment and the public verification page build on it.
#include "db/database.h"
#include "db/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace OneSeal;

namespace {

Q_LOGGING_CATEGORY(lcServer, "oneseal.server")

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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oneseal-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneSeal central store"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("The store: sqlite:PATH."), QStringLiteral("STORE"),
                      QStringLiteral("sqlite:oneseal-central.sqlite")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port to listen on."),
                      QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")});
    parser.process(app);

    const QString store = parser.value(QStringLiteral("store"));
    if (!store.startsWith(QStringLiteral("sqlite:"))) {
        qCCritical(lcServer).noquote() << "unsupported store" << store << "- use sqlite:PATH";
        return 2;
    }
    Listen listen;
    if (!parseListen(parser.value(QStringLiteral("listen")), &listen)) {
        qCCritical(lcServer).noquote() << "--listen needs ADDR:PORT, for example 127.0.0.1:8443";
        return 2;
    }
    auto db = Database::open(store.mid(7), OpenMode::ReadWrite);
    if (!db) {
        qCCritical(lcServer).noquote() << db.error().message;
        return 1;
    }

    QHttpServer server;
    server.route(QStringLiteral("/health"), [&db]() {
        const auto events = Journal::count(**db);
        const QJsonObject body{{QStringLiteral("status"), events ? QStringLiteral("ok") : QStringLiteral("error")},
                               {QStringLiteral("schema"), Database::schemaVersion()},
                               {QStringLiteral("events"), events ? *events : -1}};
        return QHttpServerResponse(body, events ? QHttpServerResponse::StatusCode::Ok
                                                : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
    const quint16 port = server.listen(listen.address, listen.port);
    if (port == 0) {
        qCCritical(lcServer).noquote() << "cannot listen on" << parser.value(QStringLiteral("listen"));
        return 1;
    }
    qCInfo(lcServer).noquote() << "listening on" << listen.address.toString() << port << "store" << store;
    return app.exec();
}
