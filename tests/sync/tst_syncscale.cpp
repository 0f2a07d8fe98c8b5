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
#include "services/services.h"

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

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

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
    QString url(int i = 0) const { return QStringLiteral("http://127.0.0.1:%1").arg(i % 2 ? m_port2 : m_port); }
    /// Starts a server process on any free port; its JSON log goes to @p logName in the test folder
    /// (a file, so that a long run never blocks the server on a full pipe).
    bool startServer(QProcess& process, const QString& logName, quint16* port);
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
    QProcess m_server;
    QProcess m_server2;
    quint16 m_port = 0;
    quint16 m_port2 = 0;
};

Run TestSyncScale::ctl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(ONESEAL_CTL), arguments);
    process.waitForFinished(300000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run TestSyncScale::server(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(ONESEAL_SERVER), QStringList{QStringLiteral("--store"), m_store} + arguments);
    process.waitForFinished(120000);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
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
    qInfo("central store %s", qPrintable(m_store));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))}).exitCode, 0);
    openSites();
    const Run imported = server({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                 QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    QVERIFY(startServer(m_server, QStringLiteral("server1.log"), &m_port));
    QVERIFY(startServer(m_server2, QStringLiteral("server2.log"), &m_port2));
}

bool TestSyncScale::startServer(QProcess& process, const QString& logName, quint16* port)
{
    process.setWorkingDirectory(m_dir.path());
    process.setStandardErrorFile(path(logName));
    process.start(QStringLiteral(ONESEAL_SERVER),
                  {QStringLiteral("--store"), m_store, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!process.waitForStarted(10000))
        return false;
    QByteArray log;
    for (int i = 0; i < 300 && *port == 0; ++i) {
        QTest::qWait(100);
        QFile file(path(logName));
        log = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        for (const QByteArray& line : log.split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.value(u"event").toString() == u"listening")
                *port = quint16(record.value(u"port").toInt());
        }
    }
    if (*port == 0)
        qWarning("the server did not start: %s", log.constData());
    return *port != 0;
}

void TestSyncScale::cleanupTestCase()
{
    for (QProcess* server : {&m_server, &m_server2}) {
        if (server->state() != QProcess::NotRunning) {
            server->kill();
            server->waitForFinished(10000);
        }
    }
    m_postgres.stop();
}

void TestSyncScale::tenSitesPushAtOnceAndConverge()
{
    // The central hall's own database is enrolled too: at the end it must hold what the server holds.
    const Run hallCode = server({QStringLiteral("enrol-code"), QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(hallCode.exitCode == 0, qPrintable(hallCode.err));
    const Run hallEnrolled = ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                  QStringLiteral("--server"), url(), QStringLiteral("--code"), hallCode.out.trimmed()});
    QVERIFY2(hallEnrolled.exitCode == 0, qPrintable(hallEnrolled.err));

    // Each site's counter is enrolled, receives the reference data, and records its work offline.
    for (int i = 0; i < kSites; ++i) {
        const Run code = server({QStringLiteral("enrol-code"), QStringLiteral("--site"), siteCode(i)});
        QVERIFY2(code.exitCode == 0, qPrintable(code.err));
        const Run enrolled = ctl({QStringLiteral("enroll"), QStringLiteral("--db"), site(i), QStringLiteral("--server"),
                                  url(i), QStringLiteral("--code"), code.out.trimmed()});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
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
    // Device tokens go to a real Secret Service: run inside a private D-Bus session with its own
    // unlocked gnome-keyring, never the keyring of whoever runs the tests.
    if (qEnvironmentVariableIsEmpty("ONESEAL_TEST_KEYRING")) {
        qputenv("ONESEAL_TEST_KEYRING", "1");
        std::vector<char*> args{const_cast<char*>(ONESEAL_WITH_KEYRING)};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execv(ONESEAL_WITH_KEYRING, args.data());
        qFatal("cannot run %s", ONESEAL_WITH_KEYRING);
    }
    QCoreApplication app(argc, argv);
    TestSyncScale test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncscale.moc"
