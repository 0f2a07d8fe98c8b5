// Ten sites at once: ten town centres, each one counter with its own SQLite database and its own
// device token in a real keyring, push their day's work to the real oneseal-server at the same
// moment (ten onesealctl processes), then all pull. Half of them talk to a second server process on
// the same store, so two writers append to one log. Every acknowledged event must be on the server
// exactly once and in its device's order, every site must end up with the same tables, and every
// journal chain must verify. Runs against the SQLite store, and with ONESEAL_TEST_STORE=postgresql
// against a PostgreSQL 15 cluster that the test starts for itself.
#include "core/roles.h"
#include "db/database.h"
#include "postgrescluster.h"
#include "serverprocess.h"
#include "services/services.h"
#include "keyringsession.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace OneSeal;

namespace {

constexpr int kSites = 10;
constexpr int kEventsPerSite = 150;

QString siteCode(int i)
{
    return QStringLiteral("S%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

QString clerkOf(int i)
{
    return QStringLiteral("clerk.") + siteCode(i).toLower();
}

} // namespace

class TestSyncScale final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tenSitesPushAtOnceAndConverge();

private:
    Run ctl(const QStringList& arguments);
    Run server(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString site(int i) const { return path(QStringLiteral("site-%1.db").arg(siteCode(i))); }
    /// Even sites talk to the first server process, odd ones to the second.
    QString url(int i = 0) const { return i % 2 ? m_server2.url() : m_server.url(); }
    qint64 scalar(const QString& db, const QString& sql);
    qint64 centralScalar(const QString& sql);
    QString centralDb();
    QString digest(const QString& db);
    /// The hall opens ten more town centres, each with a clerk.
    void openSites();
    /// @p count applicant records at site @p i, written by its clerk through the real EventStore.
    void recordAtSite(int i, int count);

    QTemporaryDir m_dir;
    PostgresCluster m_postgres;
    QString m_store;
    ServerProcess m_server{m_dir.path(), QString()};
    ServerProcess m_server2{m_dir.path(), QString()};
};

Run TestSyncScale::ctl(const QStringList& arguments)
{
    return runCtl(m_dir.path(), arguments);
}

Run TestSyncScale::server(const QStringList& arguments)
{
    return m_server.run(arguments);
}

qint64 TestSyncScale::scalar(const QString& db, const QString& sql)
{
    auto database = Database::open(db, OpenMode::ReadOnly);
    if (!database)
        return -1;
    auto q = (*database)->query(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 TestSyncScale::centralScalar(const QString& sql)
{
    if (!m_store.startsWith(QStringLiteral("postgresql:")))
        return scalar(path(QStringLiteral("central.db")), sql);
    QSqlQuery q(QSqlDatabase::database(m_postgres.connectionName()));
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString TestSyncScale::centralDb()
{
    if (!m_store.startsWith(QStringLiteral("postgresql:")))
        return path(QStringLiteral("central.db"));
    const QString exported = path(QStringLiteral("central-export.db"));
    const Run run = server({QStringLiteral("export"), QStringLiteral("--db"), exported});
    if (run.exitCode != 0)
        qWarning("export failed: %s", qPrintable(run.err));
    return exported;
}

QString TestSyncScale::digest(const QString& db)
{
    return ctl({QStringLiteral("tables-digest"), QStringLiteral("--db"), db}).out.trimmed();
}

void TestSyncScale::openSites()
{
    auto services = Services::open(path(QStringLiteral("hall.db")));
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    for (int i = 0; i < kSites; ++i) {
        const auto siteId = (*services)->referenceData().save(
            Session::system(), QStringLiteral("site"), QString(),
            {{QStringLiteral("code"), siteCode(i)},
             {QStringLiteral("name"), QStringLiteral("第%1便民服务中心").arg(i + 1)},
             {QStringLiteral("kind"), QStringLiteral("town")},
             {QStringLiteral("case_prefix"), siteCode(i)},
             {QStringLiteral("agency_name"), QStringLiteral("彭州市第%1镇人民政府").arg(i + 1)},
             {QStringLiteral("document_prefix"), QStringLiteral("第%1便民").arg(i + 1)},
             {QStringLiteral("address"), QStringLiteral("彭州市第%1镇 1 号").arg(i + 1)},
             {QStringLiteral("phone"), QStringLiteral("028-8374%1").arg(i, 4, 10, QLatin1Char('0'))}});
        QVERIFY2(siteId, siteId ? "" : qPrintable(siteId.error().message));
        UserProfile profile;
        profile.username = clerkOf(i);
        profile.displayName = QStringLiteral("窗口%1").arg(i + 1);
        profile.siteId = *siteId;
        const auto userId = (*services)->accounts().createUser(Session::system(), profile,
                                                               QStringLiteral("Counter-%1-pass").arg(i), false);
        QVERIFY2(userId, userId ? "" : qPrintable(userId.error().message));
        Role clerk;
        QVERIFY(Roles::fromKey(QStringLiteral("clerk"), &clerk));
        QVERIFY((*services)->accounts().setRoles(Session::system(), *userId, {clerk}));
    }
}

void TestSyncScale::recordAtSite(int i, int count)
{
    auto services = Services::open(site(i));
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    const auto clerk = (*services)->accounts().sessionFor(clerkOf(i));
    QVERIFY2(clerk, clerk ? "" : qPrintable(clerk.error().message));
    // One transaction per record, as at a counter: each is its own journal entry and push unit.
    for (int n = 0; n < count; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(siteCode(i)).arg(n);
        const auto event =
            (*services)->store().record(*clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"), id,
                                        {{QStringLiteral("kind"), QStringLiteral("person")},
                                         {QStringLiteral("identifier"), id},
                                         {QStringLiteral("name"), QStringLiteral("申请人 %1").arg(id)}});
        QVERIFY2(event, event ? "" : qPrintable(event.error().message));
    }
}

void TestSyncScale::initTestCase()
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
    m_server2.setStore(m_store);
    qInfo("central store %s", qPrintable(m_store));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))}).exitCode, 0);
    openSites();
    const Run imported = server({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                 QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // Their JSON logs go to files, so that a long run never blocks a server on a full pipe.
    QVERIFY(m_server.start(path(QStringLiteral("server1.log"))));
    QVERIFY(m_server2.start(path(QStringLiteral("server2.log"))));
}

void TestSyncScale::cleanupTestCase()
{
    m_server.kill();
    m_server2.kill();
    m_postgres.stop();
}

void TestSyncScale::tenSitesPushAtOnceAndConverge()
{
    // The central hall's own database is enrolled too: at the end it must hold what the server holds.
    const QString hallProblem = m_server.enrolWithCtl(path(QStringLiteral("hall.db")), QStringLiteral("PZ"));
    QVERIFY2(hallProblem.isEmpty(), qPrintable(hallProblem));

    // Each site's counter is enrolled, receives the reference data, and records its work offline.
    for (int i = 0; i < kSites; ++i) {
        const QString problem = (i % 2 ? m_server2 : m_server).enrolWithCtl(site(i), siteCode(i));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Run first = ctl({QStringLiteral("sync"), QStringLiteral("--db"), site(i)});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        recordAtSite(i, kEventsPerSite);
    }

    // All ten push (and pull what is there so far) at the same moment.
    std::vector<std::unique_ptr<QProcess>> syncs;
    for (int i = 0; i < kSites; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setWorkingDirectory(m_dir.path());
        process->start(QStringLiteral(ONESEAL_CTL), {QStringLiteral("sync"), QStringLiteral("--db"), site(i)});
        syncs.push_back(std::move(process));
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kSites; ++i) {
        QVERIFY(syncs[size_t(i)]->waitForFinished(300000));
        const QString out = QString::fromUtf8(syncs[size_t(i)]->readAllStandardOutput());
        QVERIFY2(syncs[size_t(i)]->exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(syncs[size_t(i)]->readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("pushed %1 (accepted %1, rejected 0)").arg(kEventsPerSite)),
                 qPrintable(out));
    }
    qInfo("%d sites pushed %d events at once in %lld ms", kSites, kSites * kEventsPerSite, timer.elapsed());
    // Both server processes took pushes: two writers appended to the one log.
    for (const QString& logName : {QStringLiteral("server1.log"), QStringLiteral("server2.log")}) {
        QFile file(path(logName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("\"event\":\"push\""), qPrintable(logName));
    }

    // Then every site pulls what the others pushed, and a further round finds nothing new.
    for (int i = 0; i < kSites; ++i) {
        const Run pulled = ctl({QStringLiteral("sync"), QStringLiteral("--db"), site(i)});
        QVERIFY2(pulled.exitCode == 0 && pulled.out.contains(QStringLiteral("pending 0")),
                 qPrintable(pulled.out + pulled.err));
    }
    for (int i = 0; i < kSites; ++i) {
        const Run again = ctl({QStringLiteral("sync"), QStringLiteral("--db"), site(i)});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("pulled 0")), qPrintable(again.out));
    }
    const Run hall = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))});
    QVERIFY2(hall.exitCode == 0, qPrintable(hall.err));

    // Every acknowledged event is on the server exactly once, numbered 1..n in its device's order.
    for (int i = 0; i < kSites; ++i) {
        auto db = Database::open(site(i), OpenMode::ReadOnly);
        QVERIFY(db);
        const QString device = (*db)->deviceId();
        db->reset();
        const qint64 acked =
            scalar(site(i), QStringLiteral("SELECT value FROM sync_state WHERE key = 'acked_device_seq'"));
        QCOMPARE(acked, qint64(kEventsPerSite));
        QCOMPARE(scalar(site(i), QStringLiteral("SELECT count(*) FROM journal WHERE device_id = '%1'").arg(device)),
                 acked);
        QCOMPARE(centralScalar(QStringLiteral("SELECT count(*) FROM central_log WHERE device_id = '%1'").arg(device)),
                 acked);
        QCOMPARE(
            centralScalar(QStringLiteral("SELECT count(DISTINCT device_seq) FROM central_log WHERE device_id = '%1'")
                              .arg(device)),
            acked);
        QCOMPARE(
            centralScalar(QStringLiteral("SELECT max(device_seq) FROM central_log WHERE device_id = '%1'").arg(device)),
            acked);
    }
    QCOMPARE(
        centralScalar(QStringLiteral("SELECT count(*) FROM central_log a JOIN central_log b ON a.device_id = "
                                     "b.device_id AND a.device_seq < b.device_seq AND a.server_seq > b.server_seq")),
        0);
    // The log is numbered without a gap.
    QCOMPARE(centralScalar(QStringLiteral("SELECT max(server_seq) - count(*) FROM central_log")), 0);

    // Every site holds the same tables, the hall holds what the server holds, every chain verifies.
    const QString expected = digest(site(0));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(scalar(site(0), QStringLiteral("SELECT count(*) FROM applicants WHERE id LIKE 'S%'")),
             qint64(kSites * kEventsPerSite));
    for (int i = 1; i < kSites; ++i)
        QCOMPARE(digest(site(i)), expected);
    const QString central = centralDb();
    QCOMPARE(digest(path(QStringLiteral("hall.db"))), digest(central));
    QStringList all{path(QStringLiteral("hall.db")), central};
    for (int i = 0; i < kSites; ++i)
        all.append(site(i));
    for (const QString& db : all) {
        const Run verified = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verified.exitCode == 0 && verified.out.startsWith(QStringLiteral("ok ")),
                 qPrintable(db + verified.out));
    }
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QCoreApplication app(argc, argv);
    TestSyncScale test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncscale.moc"
