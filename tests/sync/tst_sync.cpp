// The sync protocol end to end: the real oneseal-server on loopback over real SQLite files, the
// real onesealctl in child processes, device tokens in a real Secret Service keyring (the test runs
// inside with-keyring.sh). A central hall and a town centre sync through the server.
// The same cases run against each kind of central store: SQLite (the default), and with
// ONESEAL_TEST_STORE=postgresql a PostgreSQL 15 cluster that the test starts for itself.
#include "db/database.h"
#include "db/journal.h"
#include "services/services.h"
#include "sync/devicecredential.h"
#include "sync/syncstate.h"
#include "sync/wire.h"
#include "keyringsession.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include "faultproxy.h"
#include "postgrescluster.h"
#include "serverprocess.h"
#include <unistd.h>
#include <vector>

using namespace OneSeal;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void enrolKeepsTheTokenInTheKeychainOnly();
    void enrolCodeWorksOnce();
    void hallSyncFindsItsImportedEventsAccepted();
    void townReceivesReferenceDataButNotOtherSitesApplications();
    void townIntakeReachesTheCentralHall();
    void duplicatePushIsAnsweredAsTheFirstTime();
    void outOfOrderPushIsRefused();
    void sitesConvergeAndEveryChainVerifies();
    void refusedStepIsKeptWithItsReason();
    void serverKilledMidPushLosesNoAcknowledgedEvent();
    void clientKilledMidApplyKeepsPagesWhole();
    void sitesConvergeThroughAFaultyNetwork();
    void siteOpenedThroughAnotherServerIsSeenAtOnce();

private:
    Run ctl(const QStringList& arguments, int timeoutMs = 120000);
    Run server(const QStringList& arguments);
    bool startServer();
    void stopServer();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString url() const { return m_server.url(); }
    QString enrolCode(const QString& site);
    QString digest(const QString& db);
    HttpAnswer post(const QString& route, const QByteArray& body, const QString& token);
    /// Writes @p count applicant records at the town centre through the real EventStore.
    void recordAtTown(int count, const QString& namePrefix, const QString& db = QStringLiteral("town.db"));
    qint64 scalar(const QString& db, const QString& sql);
    /// @p sql on the central store's ledger (central_log, central_devices), whichever store it is.
    qint64 centralScalar(const QString& sql);
    /// The central store's accepted events and projection as a SQLite file (for digests and audits).
    QString centralDb();

    QTemporaryDir m_dir;
    PostgresCluster m_postgres;
    QString m_store;
    ServerProcess m_server{m_dir.path(), QString()};
};

Run TestSync::ctl(const QStringList& arguments, int timeoutMs)
{
    return runCtl(m_dir.path(), arguments, timeoutMs);
}

Run TestSync::server(const QStringList& arguments)
{
    return m_server.run(arguments);
}

bool TestSync::startServer()
{
    return m_server.start();
}

void TestSync::stopServer()
{
    m_server.kill();
}

QString TestSync::enrolCode(const QString& site)
{
    return m_server.enrolCode(site);
}

QString TestSync::digest(const QString& db)
{
    return ctl({QStringLiteral("tables-digest"), QStringLiteral("--db"), db}).out.trimmed();
}

qint64 TestSync::scalar(const QString& db, const QString& sql)
{
    auto database = Database::open(db, OpenMode::ReadOnly);
    if (!database)
        return -1;
    auto q = (*database)->query(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 TestSync::centralScalar(const QString& sql)
{
    if (!m_store.startsWith(QStringLiteral("postgresql:")))
        return scalar(path(QStringLiteral("central.db")), sql);
    QSqlQuery q(QSqlDatabase::database(m_postgres.connectionName()));
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString TestSync::centralDb()
{
    if (!m_store.startsWith(QStringLiteral("postgresql:")))
        return path(QStringLiteral("central.db"));
    const QString exported = path(QStringLiteral("central-export.db"));
    const Run run = server({QStringLiteral("export"), QStringLiteral("--db"), exported});
    if (run.exitCode != 0)
        qWarning("export failed: %s", qPrintable(run.err));
    return exported;
}

HttpAnswer TestSync::post(const QString& route, const QByteArray& body, const QString& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url() + route));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

void TestSync::recordAtTown(int count, const QString& namePrefix, const QString& db)
{
    auto services = Services::open(path(db));
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc"));
    QVERIFY(clerk);
    const Status written = (*services)->store().transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("%1-%2").arg(namePrefix).arg(i);
            const auto event = (*services)->store().record(
                *clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"), id,
                {{QStringLiteral("kind"), QStringLiteral("person")},
                 {QStringLiteral("identifier"), id},
                 {QStringLiteral("name"), QStringLiteral("申请人 %1").arg(i)}});
            if (!event)
                return event.error();
        }
        return {};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
}

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run the test through with-keyring.sh");
    m_store = QStringLiteral("sqlite:") + path(QStringLiteral("central.db"));
    if (qEnvironmentVariable("ONESEAL_TEST_STORE") == u"postgresql") {
        QString error;
        QVERIFY2(m_postgres.start(&error), qPrintable(error));
        m_store = m_postgres.url();
    }
    m_server.setStore(m_store);
    qInfo("central store %s", qPrintable(m_store));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))}).exitCode, 0);
    const Run imported = server({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                 QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.startsWith(QStringLiteral("imported ")));
    QVERIFY(startServer());
}

void TestSync::cleanupTestCase()
{
    stopServer();
    m_postgres.stop();
}

void TestSync::enrolKeepsTheTokenInTheKeychainOnly()
{
    for (const auto& [db, site] : {std::pair{QStringLiteral("hall.db"), QStringLiteral("PZ")},
                                   std::pair{QStringLiteral("town.db"), QStringLiteral("LC")}}) {
        const QString code = enrolCode(site);
        QVERIFY(!code.isEmpty());
        const Run run = ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(db), QStringLiteral("--server"),
                             url(), QStringLiteral("--code"), code});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("for site ") + site));
        QVERIFY(run.out.contains(QStringLiteral("kept in the system keychain")));
    }
    // The token is in the keychain and in no file of the test folder.
    auto town = Database::open(path(QStringLiteral("town.db")), OpenMode::ReadOnly);
    QVERIFY(town);
    const auto token = DeviceCredential::load((*town)->deviceId());
    QVERIFY2(token, token ? "" : qPrintable(token.error().message));
    QVERIFY(token->size() >= 40);
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token->toLatin1()), qPrintable(name));
    }
}

void TestSync::enrolCodeWorksOnce()
{
    const QString code = enrolCode(QStringLiteral("JC"));
    QVERIFY(!code.isEmpty());
    const QStringList args{QStringLiteral("enroll"), QStringLiteral("--db"), path(QStringLiteral("jc.db")),
                           QStringLiteral("--server"), url(), QStringLiteral("--code"), code};
    QCOMPARE(ctl(args).exitCode, 0);
    // The same device may ask again (its first answer may have been lost on the way)…
    const Run retry = ctl(args);
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
    // …but no other device may use the code.
    const Run again = ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(QStringLiteral("jc2.db")),
                           QStringLiteral("--server"), url(), QStringLiteral("--code"), code});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("used already")), qPrintable(again.err));
    QCOMPARE(server({QStringLiteral("enrol-code"), QStringLiteral("--site"), QStringLiteral("XX")}).exitCode, 1);
}

void TestSync::hallSyncFindsItsImportedEventsAccepted()
{
    const qint64 events = scalar(path(QStringLiteral("hall.db")), QStringLiteral("SELECT count(*) FROM journal"));
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("pushed %1 (accepted %1, rejected 0)").arg(events)), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("pulled 0")));
    QVERIFY(run.out.contains(QStringLiteral("pending 0")));
}

void TestSync::townReceivesReferenceDataButNotOtherSitesApplications()
{
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString town = path(QStringLiteral("town.db"));
    const QString hall = path(QStringLiteral("hall.db"));
    // The catalogue, calendar, users and the dishonesty list reach the town centre.
    for (const QString& table : {QStringLiteral("items"), QStringLiteral("calendar_days"), QStringLiteral("users"),
                                QStringLiteral("dishonesty_entries"), QStringLiteral("seals")}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
        QVERIFY(scalar(town, sql) > 0);
        QCOMPARE(scalar(town, sql), scalar(hall, sql));
    }
    // Applications of other sites are not served to it, while the hall holds some.
    const QString foreign = QStringLiteral("SELECT count(*) FROM applications a JOIN sites s ON s.code = 'LC' "
                                           "WHERE a.site_id <> s.id AND a.holding_site_id <> s.id");
    QVERIFY(scalar(hall, foreign) > 0);
    QCOMPARE(scalar(town, foreign), 0);
    QCOMPARE(scalar(town, QStringLiteral("SELECT count(*) FROM applications")),
             scalar(hall, QStringLiteral("SELECT count(*) FROM applications a JOIN sites s ON s.code = 'LC' "
                                         "WHERE a.site_id = s.id OR a.holding_site_id = s.id")));
}

void TestSync::townIntakeReachesTheCentralHall()
{
    QJsonObject request = QJsonDocument::fromJson(ctl({QStringLiteral("intake"), QStringLiteral("--example")}).out.toUtf8())
                              .object();
    QVERIFY(!request.isEmpty());
    request.insert(QStringLiteral("clerk"), QStringLiteral("clerk.lc"));
    QFile file(path(QStringLiteral("request.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(request).toJson());
    file.close();
    QDir(m_dir.path()).mkpath(QStringLiteral("out"));
    const Run intake = ctl({QStringLiteral("intake"), QStringLiteral("--db"), path(QStringLiteral("town.db")),
                            QStringLiteral("--file"), file.fileName(), QStringLiteral("--out"), path(QStringLiteral("out"))});
    QVERIFY2(intake.exitCode == 0, qPrintable(intake.err + intake.out));
    const QString lastCase = QStringLiteral("SELECT count(*) FROM applications a JOIN applicants p ON p.id = "
                                            "a.applicant_id WHERE p.name = '彭州市天府餐饮管理有限公司'");
    const qint64 before = scalar(path(QStringLiteral("hall.db")), lastCase);

    const Run push = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(push.exitCode == 0, qPrintable(push.err));
    QVERIFY2(push.out.contains(QStringLiteral("rejected 0)")) && !push.out.contains(QStringLiteral("pushed 0 ")),
             qPrintable(push.out));
    const Run pull = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
    QVERIFY2(!pull.out.contains(QStringLiteral("pulled 0")), qPrintable(pull.out));
    QCOMPARE(scalar(path(QStringLiteral("hall.db")), lastCase), before + 1);
}

void TestSync::duplicatePushIsAnsweredAsTheFirstTime()
{
    auto town = Database::open(path(QStringLiteral("town.db")), OpenMode::ReadOnly);
    QVERIFY(town);
    const auto token = DeviceCredential::load((*town)->deviceId());
    QVERIFY(token);
    const auto events = Journal::listOwn(**town, 0, 50);
    QVERIFY(events && !events->isEmpty());
    Wire::PushRequest request;
    request.deviceId = (*town)->deviceId();
    request.events = *events;
    const QByteArray body = Wire::encodePush(request);
    const qint64 head = centralScalar(QStringLiteral("SELECT max(server_seq) FROM central_log"));
    const HttpAnswer first = post(QStringLiteral("/v1/events"), body, *token);
    const HttpAnswer second = post(QStringLiteral("/v1/events"), body, *token);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(centralScalar(QStringLiteral("SELECT max(server_seq) FROM central_log")), head);
    // Another device's token does not push this device's events.
    const HttpAnswer stranger = post(QStringLiteral("/v1/events"), body, QStringLiteral("not-a-token"));
    QCOMPARE(stranger.status, 401);
}

void TestSync::outOfOrderPushIsRefused()
{
    recordAtTown(2, QStringLiteral("order"));
    auto town = Database::open(path(QStringLiteral("town.db")), OpenMode::ReadOnly);
    QVERIFY(town);
    const auto token = DeviceCredential::load((*town)->deviceId());
    QVERIFY(token);
    const qint64 acked = scalar(path(QStringLiteral("town.db")),
                                QStringLiteral("SELECT value FROM sync_state WHERE key = 'acked_device_seq'"));
    const auto events = Journal::listOwn(**town, acked);
    QVERIFY(events && events->size() == 2);
    Wire::PushRequest request;
    request.deviceId = (*town)->deviceId();
    request.events = {events->last()};
    const HttpAnswer answer = post(QStringLiteral("/v1/events"), Wire::encodePush(request), *token);
    QCOMPARE(answer.status, 409);
    QCOMPARE(Wire::decodeError(answer.body, answer.status).code, QStringLiteral("sync.out_of_order"));
    // In order they are accepted.
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(run.out.contains(QStringLiteral("pushed 2 (accepted 2, rejected 0)")), qPrintable(run.out + run.err));
}

void TestSync::sitesConvergeAndEveryChainVerifies()
{
    // A second device of the town centre, enrolled now, must see exactly what the first one holds.
    const QString code = enrolCode(QStringLiteral("LC"));
    QCOMPARE(ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(QStringLiteral("town2.db")),
                  QStringLiteral("--server"), url(), QStringLiteral("--code"), code})
                 .exitCode,
             0);
    for (const QString& db : {QStringLiteral("hall.db"), QStringLiteral("town.db"), QStringLiteral("town2.db")}) {
        const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("pending 0")), qPrintable(run.out));
    }
    QCOMPARE(digest(path(QStringLiteral("hall.db"))), digest(centralDb()));
    QCOMPARE(digest(path(QStringLiteral("town.db"))), digest(path(QStringLiteral("town2.db"))));
    QVERIFY(digest(path(QStringLiteral("town.db"))) != digest(path(QStringLiteral("hall.db"))));
    for (const QString& db : {path(QStringLiteral("hall.db")), path(QStringLiteral("town.db")),
                              path(QStringLiteral("town2.db")), centralDb()}) {
        const Run run = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0 && run.out.startsWith(QStringLiteral("ok ")), qPrintable(db + run.out));
    }
}

void TestSync::refusedStepIsKeptWithItsReason()
{
    // The town centre changes the catalogue, which only the central hall may do.
    {
        auto services = Services::open(path(QStringLiteral("town.db")));
        QVERIFY(services);
        const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc"));
        QVERIFY(clerk);
        auto q = (*services)->database().query(QStringLiteral("SELECT id FROM items LIMIT 1"));
        QVERIFY(q && q->next());
        const auto event = (*services)->store().record(*clerk, QStringLiteral("item.saved"), QStringLiteral("item"),
                                                       q->value(0).toString(),
                                                       {{QStringLiteral("name"), QStringLiteral("改名")}});
        QVERIFY(event);
    }
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("pushed 1 (accepted 0, rejected 1)")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("rejected item.saved item:")));
    QVERIFY(run.out.contains(QStringLiteral("Only the central hall")));
    QCOMPARE(scalar(path(QStringLiteral("town.db")), QStringLiteral("SELECT count(*) FROM sync_conflicts")), 1);
    // A step recorded at the town centre under another site's account is refused as well.
    {
        auto services = Services::open(path(QStringLiteral("town.db")));
        QVERIFY(services);
        const auto stranger = (*services)->accounts().sessionFor(QStringLiteral("clerk.jc"));
        QVERIFY(stranger);
        Session forged = *stranger;
        forged.siteId = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc"))->siteId;
        QVERIFY((*services)->store().record(forged, QStringLiteral("applicant.saved"), QStringLiteral("applicant"),
                                            QStringLiteral("forged-applicant"),
                                            {{QStringLiteral("kind"), QStringLiteral("person")},
                                             {QStringLiteral("identifier"), QStringLiteral("forged")},
                                             {QStringLiteral("name"), QStringLiteral("冒名")}}));
    }
    const Run forged = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(forged.out.contains(QStringLiteral("pushed 1 (accepted 0, rejected 1)")), qPrintable(forged.out));
    QVERIFY(forged.out.contains(QStringLiteral("does not work at this site")));
    QCOMPARE(scalar(path(QStringLiteral("town.db")),
                    QStringLiteral("SELECT count(*) FROM applicants WHERE id = 'forged-applicant'")),
             0);
    QCOMPARE(centralScalar(QStringLiteral("SELECT count(*) FROM central_log WHERE outcome = 'rejected' AND reason_code = "
                                   "'sync.central_only' AND reason <> ''")),
             1);
    // The refused change never reaches the hall.
    const Run hall = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))});
    QVERIFY(hall.out.contains(QStringLiteral("pulled 0")));
    QCOMPARE(scalar(path(QStringLiteral("hall.db")), QStringLiteral("SELECT count(*) FROM items WHERE name = '改名'")), 0);
    // The town centre's item is back to what the server holds, and the step waits to be redone.
    QCOMPARE(scalar(path(QStringLiteral("town.db")), QStringLiteral("SELECT count(*) FROM items WHERE name = '改名'")), 0);
    QCOMPARE(digest(path(QStringLiteral("town.db"))), digest(path(QStringLiteral("town2.db"))));
}

void TestSync::serverKilledMidPushLosesNoAcknowledgedEvent()
{
    const int count = 3000;
    recordAtTown(count, QStringLiteral("crash"));
    const QString town = path(QStringLiteral("town.db"));
    const QString deviceOf = QStringLiteral("(SELECT id FROM local_device)");
    QProcess sync;
    sync.setWorkingDirectory(m_dir.path());
    sync.start(QStringLiteral(ONESEAL_CTL), {QStringLiteral("sync"), QStringLiteral("--db"), town});
    QVERIFY(sync.waitForStarted());
    // Kill the server with SIGKILL once it has answered some pushes but not all.
    bool pushedOnce = false;
    for (int i = 0; i < 600 && !pushedOnce; ++i) {
        pushedOnce = m_server.readLog(50).count("\"event\":\"push\"") >= 2;
    }
    QVERIFY(pushedOnce);
    m_server.kill();
    QVERIFY(sync.waitForFinished(60000));
    QCOMPARE(sync.exitCode(), 1);

    auto townDb = Database::open(town, OpenMode::ReadOnly);
    QVERIFY(townDb);
    const QString deviceId = (*townDb)->deviceId();
    townDb->reset();
    const qint64 acked =
        scalar(town, QStringLiteral("SELECT value FROM sync_state WHERE key = 'acked_device_seq'"));
    const qint64 total = scalar(town, QStringLiteral("SELECT count(*) FROM journal WHERE device_id = ") + deviceOf);
    QVERIFY2(acked < total, "the server was killed after the whole push; nothing was tested");

    QVERIFY(startServer());
    const QString held = QStringLiteral("SELECT count(*) FROM central_log WHERE device_id = '%1'").arg(deviceId);
    QVERIFY2(centralScalar(held) >= acked, "an acknowledged event was lost");

    const Run again = ctl({QStringLiteral("sync"), QStringLiteral("--db"), town});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(QStringLiteral("pending 0")));
    // Every event of the device is on the server exactly once and in device order.
    QCOMPARE(centralScalar(held), total);
    QCOMPARE(centralScalar(QStringLiteral("SELECT count(DISTINCT device_seq) FROM central_log WHERE device_id = '%1'")
                                 .arg(deviceId)),
             total);
    QCOMPARE(centralScalar(QStringLiteral("SELECT max(device_seq) FROM central_log WHERE device_id = '%1'").arg(deviceId)),
             total);
    QCOMPARE(centralScalar(QStringLiteral("SELECT count(*) FROM central_log a JOIN central_log b ON a.device_id = "
                                            "b.device_id AND a.device_seq < b.device_seq AND a.server_seq > b.server_seq "
                                            "WHERE a.device_id = '%1'")
                                 .arg(deviceId)),
             0);
    const Run verify = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), centralDb()});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out));
}

void TestSync::clientKilledMidApplyKeepsPagesWhole()
{
    // A new counter of the town centre catches up on thousands of events and is killed half-way.
    const QString db = path(QStringLiteral("town3.db"));
    QCOMPARE(ctl({QStringLiteral("enroll"), QStringLiteral("--db"), db, QStringLiteral("--server"), url(),
                  QStringLiteral("--code"), enrolCode(QStringLiteral("LC"))})
                 .exitCode,
             0);
    const qint64 pullsBefore = m_server.readLog().count("\"event\":\"pull\"");
    QProcess sync;
    sync.start(QStringLiteral(ONESEAL_CTL), {QStringLiteral("sync"), QStringLiteral("--db"), db});
    QVERIFY(sync.waitForStarted());
    bool midway = false;
    for (int i = 0; i < 600 && !midway; ++i) {
        midway = m_server.readLog(20).count("\"event\":\"pull\"") >= pullsBefore + 3;
    }
    QVERIFY(midway);
    sync.kill();
    sync.waitForFinished();

    // What the killed client holds is exactly the pages up to its cursor: no half page.
    const qint64 cursor = scalar(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
    const qint64 held = scalar(db, QStringLiteral("SELECT count(*) FROM journal"));
    QVERIFY2(cursor > 0, "killed before the first page: nothing was tested");
    QString lc;
    {
        auto town = Database::open(path(QStringLiteral("town.db")), OpenMode::ReadOnly);
        QVERIFY(town);
        auto q = (*town)->query(QStringLiteral("SELECT id FROM sites WHERE code = 'LC'"));
        QVERIFY(q && q->next());
        lc = q->value(0).toString();
    }
    const qint64 visible = centralScalar(QStringLiteral("SELECT count(*) FROM central_log WHERE outcome = 'accepted' AND "
                                                        "server_seq <= %1 AND (audience = '*' OR audience LIKE '%,%2,%')")
                                             .arg(cursor)
                                             .arg(lc));
    QCOMPARE(held, visible);
    QVERIFY(held < scalar(path(QStringLiteral("town.db")), QStringLiteral("SELECT count(*) FROM journal")));
    const Run again = ctl({QStringLiteral("sync"), QStringLiteral("--db"), db});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(digest(db), digest(path(QStringLiteral("town.db"))));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).exitCode, 0);
}

void TestSync::sitesConvergeThroughAFaultyNetwork()
{
    // Two more counters of the town centre and the hall sync through the proxy while they work.
    const quint32 seed = quint32(qEnvironmentVariableIntValue("ONESEAL_FAULT_SEED"))
                             ? quint32(qEnvironmentVariableIntValue("ONESEAL_FAULT_SEED"))
                             : quint32(QDateTime::currentMSecsSinceEpoch());
    qInfo("fault proxy seed %u (set ONESEAL_FAULT_SEED to replay)", seed);
    FaultProxy proxy(m_server.port(), seed);
    QVERIFY(proxy.listen());
    const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    const QStringList counters{QStringLiteral("lc-a.db"), QStringLiteral("lc-b.db")};
    for (const QString& db : counters) {
        const Run enrolled = ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(db), QStringLiteral("--server"),
                                  url(), QStringLiteral("--code"), enrolCode(QStringLiteral("LC"))});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }
    const QStringList all = counters + QStringList{QStringLiteral("hall.db")};
    // From now on every one of them talks to the server through the proxy only.
    for (const QString& db : all) {
        auto database = Database::open(path(db));
        QVERIFY(database);
        QVERIFY(SyncState::setValue(**database, SyncState::kServerUrl, proxyUrl));
    }
    // The new counters start from nothing: let them catch up before they take work in.
    proxy.setFaultPercent(35);
    int failures = 0;
    auto syncAll = [&]() {
        for (const QString& db : all) {
            const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
            failures += run.exitCode == 0 ? 0 : 1;
        }
    };
    for (int round = 0; round < 12; ++round) {
        syncAll();
        for (const QString& db : counters) {
            if (scalar(path(db), QStringLiteral("SELECT count(*) FROM users WHERE username = 'clerk.lc'")) == 1)
                recordAtTown(5, QStringLiteral("fault-%1-%2").arg(db).arg(round), db);
        }
    }
    qInfo("faults applied: drop request %d, drop response %d, delay %d, cut %d; failed syncs %d",
          proxy.counts().value(FaultProxy::Fault::DropRequest), proxy.counts().value(FaultProxy::Fault::DropResponse),
          proxy.counts().value(FaultProxy::Fault::Delay), proxy.counts().value(FaultProxy::Fault::CutResponse),
          failures);
    QVERIFY2(failures > 0, "the proxy broke nothing; the test proved nothing");

    // The network heals: two clean rounds bring everyone to the head.
    proxy.setFaultPercent(0);
    syncAll();
    syncAll();
    for (const QString& db : counters) {
        const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("pending 0")) &&
                     run.out.contains(QStringLiteral("pulled 0")),
                 qPrintable(run.out + run.err));
        auto database = Database::open(path(db), OpenMode::ReadOnly);
        QVERIFY(database);
        const QString device = (*database)->deviceId();
        const qint64 own = scalar(path(db), QStringLiteral("SELECT count(*) FROM journal WHERE device_id = '%1'").arg(device));
        QVERIFY(own >= 5);
        // Every event of the counter is on the server exactly once, numbered 1..n.
        QCOMPARE(centralScalar(QStringLiteral("SELECT count(*) FROM central_log WHERE device_id = '%1'").arg(device)),
                 own);
        QCOMPARE(centralScalar(QStringLiteral("SELECT max(device_seq) FROM central_log WHERE device_id = '%1'")
                                     .arg(device)),
                 own);
    }
    QCOMPARE(digest(path(counters.at(0))), digest(path(counters.at(1))));
    QCOMPARE(digest(path(QStringLiteral("hall.db"))), digest(centralDb()));
    const Run townSync = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(townSync.exitCode == 0, qPrintable(townSync.err));
    QCOMPARE(digest(path(QStringLiteral("town.db"))), digest(path(counters.at(0))));
    QStringList audited;
    for (const QString& db : all)
        audited.append(path(db));
    for (const QString& db : audited + QStringList{centralDb()}) {
        const Run run = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(db + run.out));
    }
}

void TestSync::siteOpenedThroughAnotherServerIsSeenAtOnce()
{
    // A second server process on the same store, running since before the site existed: a device of
    // the new site enrols through it at once, without waiting for a push or a restart.
    if (!m_server.isRunning())
        QVERIFY(startServer());
    ServerProcess other(m_dir.path(), m_store);
    QVERIFY(other.start());
    {
        auto services = Services::open(path(QStringLiteral("hall.db")));
        QVERIFY(services);
        const Session admin = (*services)->accounts().sessionFor(QStringLiteral("sysadmin")).value();
        const auto siteId = (*services)->referenceData().save(
            admin, QStringLiteral("site"), QString(),
            {{QStringLiteral("code"), QStringLiteral("XQ")},
             {QStringLiteral("name"), QStringLiteral("新区便民服务中心")},
             {QStringLiteral("kind"), QStringLiteral("town")},
             {QStringLiteral("case_prefix"), QStringLiteral("XQ")},
             {QStringLiteral("agency_name"), QStringLiteral("彭州市新区管委会")},
             {QStringLiteral("document_prefix"), QStringLiteral("新区便民")},
             {QStringLiteral("address"), QStringLiteral("彭州市新区 1 号")},
             {QStringLiteral("phone"), QStringLiteral("028-83740099")}});
        QVERIFY2(siteId, siteId ? "" : qPrintable(siteId.error().message));
        // The hall talks to the first server directly again (the faulty-network case left it on its proxy).
        QVERIFY(SyncState::setValue((*services)->database(), SyncState::kServerUrl, url()));
    }
    const Run hall = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))});
    QVERIFY2(hall.exitCode == 0 && hall.out.contains(QStringLiteral("rejected 0")), qPrintable(hall.err + hall.out));
    const QString problem = other.enrolWithCtl(path(QStringLiteral("xq.db")), QStringLiteral("XQ"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Run first = runCtl(m_dir.path(), {QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("xq.db"))});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(scalar(path(QStringLiteral("xq.db")), QStringLiteral("SELECT count(*) FROM sites WHERE code = 'XQ'")), 1);
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QCoreApplication app(argc, argv);
    TestSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sync.moc"
