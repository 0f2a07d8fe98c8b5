// onesealctl: the command line over the same services as the client, for administrators, scripts
// and tests.
#include "cli.h"
#include "print/printmemory.h"
#include "security/passwordhasher.h"
#include "translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <functional>
#include <map>
#include <unistd.h>

using namespace OneSeal;

namespace {

QString help()
{
    return QStringLiteral(
        "onesealctl — OneSeal command line\n"
        "\n"
        "  validate id VALUE                         check a resident ID (GB 11643)\n"
        "  validate uscc VALUE                       check a unified social credit code (GB 32100)\n"
        "  due-date --start YYYY-MM-DD --days N [--db FILE]\n"
        "                                            the day N working days after the start day\n"
        "  init --db FILE [--admin NAME] [--password PW]\n"
        "                                            create an empty production database\n"
        "  demo-db --db FILE                         create the demo database\n"
        "  demo --db FILE --out DIR                  one application from intake to a printed licence\n"
        "  audit verify --db FILE                    verify the journal's hash chains\n"
        "  journal list --db FILE                    one line per event\n"
        "  journal replay --db FILE --into NEW       rebuild every table from the journal\n"
        "  catalogue import|export --db FILE --file ITEMS.json|ITEMS.csv\n"
        "  calendar import --db FILE --file YEAR.json | calendar list --db FILE\n"
        "  tables-digest --db FILE                   a digest of every business table\n"
        "  intake --example                          a complete intake request as JSON\n"
        "  intake --db FILE --file REQUEST.json --out DIR [--user CLERK]\n"
        "                                            take an application in: accept, supplement or reject\n"
        "  queue --db FILE --section NAME [--on DATE] a section's open cases, one a line with its light\n"
        "  clock --db FILE --case NUMBER [--on DATE] a case's start, due date, suspension, extension, light\n"
        "  review --db FILE --case NUMBER --user NAME VERB …\n"
        "                                            claim, release, reassign, opinion, decide, correct,\n"
        "                                            suspend, resume or extend (see review --help)\n"
        "  report --db FILE --from DATE --to DATE [--by section|item|window|person] [--csv]\n"
        "                                            backlog, on-time rate, overdue and agency vs applicant\n"
        "                                            days over a range (CSV with BOM for Excel)\n"
        "  ticket --db FILE issue|call|recall|skip|transfer|finish|list [--user NAME] [--kind KIND]\n"
        "         [--case CASE] [--site CODE] [--date YYYY-MM-DD]\n"
        "                                            queue tickets at the window\n"
        "  seal keygen --db FILE --seal CODE --user U  make a seal's signing key in this keychain\n"
        "  licence issue|print|reprint|void|spoil|revoke --db FILE --user U …\n"
        "                                            the licence serial register (see README)\n"
        "  verify --db FILE --qr-text TEXT | --image SCAN.png\n"
        "                                            genuine valid|superseded|void|revoked|expired, or forged\n"
        "  enroll --db FILE --server URL --code CODE enrol this database's device with the central store\n"
        "  sync --db FILE                            sync once with the central store; prints what moved\n");
}

} // namespace

int main(int argc, char* argv[])
{
    keepMemoryForPrinting();
    // Printing needs fonts and so a GUI application; a command line needs no display for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session there is no runtime folder; Qt makes one and would warn on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/oneseal-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onesealctl"));
    // Output is for people and scripts; the modules' diagnostics show only with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.debug=false\noneseal.*.info=false"));
    // Operators read messages in their system language; scripts on a C locale get English.
    if (QLocale::system().name().startsWith(QStringLiteral("zh")))
        installTranslators(QStringLiteral("zh_CN"));
    if (!PasswordHasher::initialise())
        return Cli::fail(QStringLiteral("libsodium could not be initialised"));

    QStringList words = app.arguments().mid(1);
    if (words.isEmpty() || words.first() == u"--help" || words.first() == u"help") {
        Cli::out() << help();
        return words.isEmpty() ? Cli::Usage : Cli::Ok;
    }
    const std::map<QString, std::function<int(Cli::Arguments&)>> commands{
        {QStringLiteral("validate"), Cli::validate},
        {QStringLiteral("due-date"), Cli::dueDate},
        {QStringLiteral("calendar"), Cli::calendar},
        {QStringLiteral("init"), Cli::init},
        {QStringLiteral("demo-db"), Cli::demoDb},
        {QStringLiteral("demo"), Cli::demo},
        {QStringLiteral("audit"), Cli::audit},
        {QStringLiteral("journal"), Cli::journal},
        {QStringLiteral("catalogue"), Cli::catalogue},
        {QStringLiteral("tables-digest"), Cli::tablesDigest},
        {QStringLiteral("intake"), Cli::intake},
        {QStringLiteral("queue"), Cli::queue},
        {QStringLiteral("clock"), Cli::clock},
        {QStringLiteral("review"), Cli::review},
        {QStringLiteral("report"), Cli::report},
        {QStringLiteral("ticket"), Cli::ticket},
        {QStringLiteral("seal"), Cli::seal},
        {QStringLiteral("licence"), Cli::licence},
        {QStringLiteral("verify"), Cli::verify},
        {QStringLiteral("enroll"), Cli::enroll},
        {QStringLiteral("sync"), Cli::sync},
    };
    const QString name = words.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        Cli::err() << QCoreApplication::translate("Cli", "onesealctl: unknown command \"%1\"").arg(name) << Qt::endl
                   << help();
        return Cli::Usage;
    }
    Cli::Arguments args(words);
    const int code = command->second(args);
    if (code != Cli::Usage && !args.unknownOptions().isEmpty())
        Cli::err() << QCoreApplication::translate("Cli", "onesealctl: ignored unknown options: %1")
                          .arg(args.unknownOptions().join(u' '))
                   << Qt::endl;
    return code;
}
