#include "cli.h"
#include "db/database.h"
#include "sync/devicecredential.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QUrl>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printReport(const SyncReport& report)
{
    out() << Text::tr("pushed %1 (accepted %2, rejected %3)")
                 .arg(report.pushed)
                 .arg(report.accepted)
                 .arg(report.rejected.size())
          << Qt::endl;
    for (const SyncConflict& c : report.rejected)
        out() << "  " << Text::tr("rejected %1 %2:%3 — %4").arg(c.type, c.subjectType, c.subjectId, c.reason)
              << Qt::endl;
    out() << Text::tr("pulled %1").arg(report.pulled) << Qt::endl;
    out() << Text::tr("cursor %1, pending %2, checkpoint %3")
                 .arg(report.cursor)
                 .arg(report.pending)
                 .arg(report.checkpointSeq)
          << Qt::endl;
}

int runSync(Database& db, const QUrl& server, const QString& token)
{
    SyncClient client(db, server, token);
    const auto report = client.syncOnce();
    if (!report)
        return fail(report.error().message);
    printReport(*report);
    return Ok;
}

} // namespace

// onesealctl enroll --db FILE --server URL --code CODE
int enroll(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl enroll --db FILE --server URL --code CODE");
    const QString path = args.option(QStringLiteral("--db"));
    const QString serverText = args.option(QStringLiteral("--server"));
    const QString code = args.option(QStringLiteral("--code"));
    if (path.isEmpty() || serverText.isEmpty() || code.isEmpty())
        return usage(Text::tr("enroll needs --db, --server and --code"), synopsis);
    const QUrl server(serverText, QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != u"http" && server.scheme() != u"https"))
        return usage(Text::tr("--server needs a URL such as https://oneseal.example.gov.cn"), synopsis);
    auto db = Database::open(path, OpenMode::ReadWrite);
    if (!db)
        return fail(db.error().message);
    const auto enrolment = SyncClient::enrol(**db, server, code);
    if (!enrolment)
        return fail(enrolment.error().message);
    QString why;
    const auto kept = DeviceCredential::store((*db)->deviceId(), enrolment->deviceToken, &why);
    out() << Text::tr("Enrolled device %1 for site %2 at %3.")
                 .arg((*db)->deviceId(), enrolment->siteCode, server.toString())
          << Qt::endl;
    if (kept == DeviceCredential::Kept::InKeychain) {
        out() << Text::tr("The device token is kept in the system keychain.") << Qt::endl;
        return Ok;
    }
    // Never written to a file: without a keychain the token lives as long as this command, so it
    // syncs once now and the device has to be enrolled again for the next sync.
    err() << Text::tr("No keychain answered (%1): the device token is kept for this session only and is not "
                      "saved. Syncing once now; enrol again with a new code for the next sync.")
                 .arg(why)
          << Qt::endl;
    return runSync(**db, server, enrolment->deviceToken);
}

// onesealctl sync --db FILE
int sync(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl sync --db FILE");
    const QString path = args.option(QStringLiteral("--db"));
    if (path.isEmpty())
        return usage(Text::tr("sync needs --db"), synopsis);
    auto db = Database::open(path, OpenMode::ReadWrite);
    if (!db)
        return fail(db.error().message);
    const QString serverText = SyncState::value(**db, SyncState::kServerUrl);
    if (serverText.isEmpty())
        return fail(Text::tr("%1 is not enrolled with a server: run onesealctl enroll --db FILE --server URL "
                             "--code CODE first.")
                        .arg(path));
    const auto token = DeviceCredential::load((*db)->deviceId());
    if (!token)
        return fail(token.error().message);
    return runSync(**db, QUrl(serverText), *token);
}

} // namespace OneSeal::Cli
