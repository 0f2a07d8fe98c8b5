// Two oneseal-server processes on one machine, started from the same folder, each over a PostgreSQL
// database and with its own state folder (--state-dir): each keeps the projection of its log in its
// own folder, nothing goes to the account's cache folder, and each catches up from where it stopped,
// never from the other's file. The projections are checked against a rebuild from the log: the
// tables a kept projection exports must be those of a fresh one. Runs inside its own keyring session,
// since the sites enrol and sync with onesealctl.
#include "db/database.h"
#include "keyringsession.h"
#include "postgrescluster.h"
#include "serverprocess.h"
#include "services/services.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace OneSeal;

namespace {

/// "from X to Y" of the store's note that it applied log entries X+1..Y to its projection; {-1, -1}
/// when the command's output has no such note (the projection was already at the log's head).
std::pair<qint64, qint64> caughtUp(const QString& err)
{
    static const QRegularExpression note(QStringLiteral("projection caught up from (\\d+) to (\\d+)"));
    const QRegularExpressionMatch match = note.match(err);
    return match.hasMatch() ? std::pair{match.captured(1).toLongLong(), match.captured(2).toLongLong()}
                            : std::pair{qint64(-1), qint64(-1)};
}

} // namespace

class TestServerState final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoStoresKeepTheirOwnProjection();
    void twoStateFoldersOnOneStoreCatchUpEachAlone();
    void stateFolderOptionIsChecked();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    Run ctl(const QStringList& arguments) { return runCtl(m_dir.path(), arguments); }
    /// @p count applicants recorded by the demo clerk of @p db, named after @p prefix.
    void recordApplicants(const QString& db, const QString& prefix, int count);
    /// Exports the store through @p server to @p name; the export's stderr.
    QString exportTo(const ServerProcess& server, const QString& name);
    QString digest(const QString& db) { return ctl({QStringLiteral("tables-digest"), QStringLiteral("--db"), db}).out.trimmed(); }
    qint64 applicants(const QString& db, const QString& prefix);
    qint64 logHead(const QString& database);
    /// The projection files in @p dir.
    QStringList projections(const QString& dir) const;

    QTemporaryDir m_dir;
    PostgresCluster m_postgres;
    QString m_storeA;
    QString m_storeB;
    std::unique_ptr<ServerProcess> m_serverA;
    std::unique_ptr<ServerProcess> m_serverB;
};

void TestServerState::recordApplicants(const QString& db, const QString& prefix, int count)
{
    auto services = Services::open(db);
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk"));
    QVERIFY2(clerk, clerk ? "" : qPrintable(clerk.error().message));
    for (int n = 0; n < count; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        const auto event = (*services)->store().record(
            *clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"), id,
            {{QStringLiteral("kind"), QStringLiteral("person")},
             {QStringLiteral("identifier"), id},
             {QStringLiteral("name"), QStringLiteral("%1 申请人 %2").arg(prefix).arg(n)}});
        QVERIFY2(event, event ? "" : qPrintable(event.error().message));
    }
}

QString TestServerState::exportTo(const ServerProcess& server, const QString& name)
{
    QFile::remove(path(name));
    const Run exported = server.run({QStringLiteral("export"), QStringLiteral("--db"), path(name)});
    if (exported.exitCode != 0)
        qWarning("export to %s failed: %s", qPrintable(name), qPrintable(exported.err));
    return exported.exitCode == 0 ? exported.err : QStringLiteral("export failed");
}

qint64 TestServerState::applicants(const QString& db, const QString& prefix)
{
    auto database = Database::open(db, OpenMode::ReadOnly);
    if (!database)
        return -1;
    auto q = (*database)->query(QStringLiteral("SELECT count(*) FROM applicants WHERE name LIKE ?"),
                                {QVariant(prefix + QStringLiteral(" %"))});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 TestServerState::logHead(const QString& database)
{
    qint64 head = -1;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_postgres.connectionName(), QStringLiteral("state-head"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT coalesce(max(server_seq), 0) FROM central_log")) && q.next())
                head = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("state-head"));
    return head;
}

QStringList TestServerState::projections(const QString& dir) const
{
    return QDir(dir).entryList({QStringLiteral("oneseal-projection-*.db")}, QDir::Files);
}

void TestServerState::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run the test through with-keyring.sh");
    // The servers inherit this: a projection written to the old place would show up here.
    qputenv("XDG_CACHE_HOME", path(QStringLiteral("cache")).toUtf8());
    QString error;
    QVERIFY2(m_postgres.start(&error), qPrintable(error));
    QSqlQuery create(QSqlDatabase::database(m_postgres.connectionName()));
    QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE oneseal_b")), qPrintable(create.lastError().text()));
    m_storeA = m_postgres.url();
    m_storeB = m_storeA.left(m_storeA.lastIndexOf(u'/')) + QStringLiteral("/oneseal_b");

    // Both are started from the same folder; only their state folders differ.
    m_serverA = std::make_unique<ServerProcess>(m_dir.path(), m_storeA);
    m_serverA->setStateDir(path(QStringLiteral("state-a")));
    m_serverB = std::make_unique<ServerProcess>(m_dir.path(), m_storeB);
    m_serverB->setStateDir(path(QStringLiteral("state-b")));
    for (const QString& hall : {QStringLiteral("hall-a.db"), QStringLiteral("hall-b.db")})
        QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(hall)}).exitCode, 0);
}

void TestServerState::cleanupTestCase()
{
    m_serverA.reset();
    m_serverB.reset();
    m_postgres.stop();
}

void TestServerState::twoStoresKeepTheirOwnProjection()
{
    // Each store is seeded from its hall; each projection is made along, in its own folder.
    for (auto [server, hall] : {std::pair{m_serverA.get(), QStringLiteral("hall-a.db")},
                                std::pair{m_serverB.get(), QStringLiteral("hall-b.db")}}) {
        const Run imported = server->run({QStringLiteral("import"), QStringLiteral("--db"), path(hall),
                                          QStringLiteral("--site"), QStringLiteral("PZ")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    QCOMPARE(projections(path(QStringLiteral("state-a"))).size(), 1);
    QCOMPARE(projections(path(QStringLiteral("state-b"))).size(), 1);

    // Both serve at once; each hall enrols with its own server and sends new work through it.
    QVERIFY(m_serverA->start(path(QStringLiteral("server-a.log"))));
    QVERIFY(m_serverB->start(path(QStringLiteral("server-b.log"))));
    QString problem = m_serverA->enrolWithCtl(path(QStringLiteral("hall-a.db")), QStringLiteral("PZ"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_serverB->enrolWithCtl(path(QStringLiteral("hall-b.db")), QStringLiteral("PZ"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The first sync sends what the halls held before (the import put it in the log already).
    for (const QString& hall : {QStringLiteral("hall-a.db"), QStringLiteral("hall-b.db")})
        QCOMPARE(ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(hall)}).exitCode, 0);
    recordApplicants(path(QStringLiteral("hall-a.db")), QStringLiteral("甲"), 5);
    recordApplicants(path(QStringLiteral("hall-b.db")), QStringLiteral("乙"), 3);
    for (auto [hall, count] : {std::pair{QStringLiteral("hall-a.db"), 5}, std::pair{QStringLiteral("hall-b.db"), 3}}) {
        const Run synced = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(hall)});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err + synced.out));
        QVERIFY2(synced.out.contains(QStringLiteral("pushed %1 (accepted %1, rejected 0)").arg(count)),
                 qPrintable(synced.out));
    }
    // Killed, as a crash or a power cut would.
    m_serverA->kill();
    m_serverB->kill();

    // Each kept projection already holds what its own server accepted: an export applies nothing, and
    // its tables are those of a projection rebuilt from the log in a fresh folder.
    const QString keptA = exportTo(*m_serverA, QStringLiteral("kept-a.db"));
    QVERIFY2(caughtUp(keptA).first == -1, qPrintable(keptA));
    const QString keptB = exportTo(*m_serverB, QStringLiteral("kept-b.db"));
    QVERIFY2(caughtUp(keptB).first == -1, qPrintable(keptB));
    ServerProcess freshA(m_dir.path(), m_storeA);
    freshA.setStateDir(path(QStringLiteral("fresh-a")));
    ServerProcess freshB(m_dir.path(), m_storeB);
    freshB.setStateDir(path(QStringLiteral("fresh-b")));
    QCOMPARE(caughtUp(exportTo(freshA, QStringLiteral("rebuilt-a.db"))), std::pair(qint64(0), logHead(QStringLiteral("oneseal"))));
    QCOMPARE(caughtUp(exportTo(freshB, QStringLiteral("rebuilt-b.db"))), std::pair(qint64(0), logHead(QStringLiteral("oneseal_b"))));
    QCOMPARE(digest(path(QStringLiteral("kept-a.db"))), digest(path(QStringLiteral("rebuilt-a.db"))));
    QCOMPARE(digest(path(QStringLiteral("kept-b.db"))), digest(path(QStringLiteral("rebuilt-b.db"))));
    QVERIFY(!digest(path(QStringLiteral("kept-a.db"))).isEmpty());
    QCOMPARE(applicants(path(QStringLiteral("kept-a.db")), QStringLiteral("甲")), 5);
    QCOMPARE(applicants(path(QStringLiteral("kept-a.db")), QStringLiteral("乙")), 0);
    QCOMPARE(applicants(path(QStringLiteral("kept-b.db")), QStringLiteral("乙")), 3);
    QCOMPARE(applicants(path(QStringLiteral("kept-b.db")), QStringLiteral("甲")), 0);

    // Nothing in the folder they were started from, nor in the account's cache folder.
    QCOMPARE(projections(m_dir.path()), QStringList());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("cache/oneseal-server"))));
}

void TestServerState::twoStateFoldersOnOneStoreCatchUpEachAlone()
{
    // A second server on store A with a folder of its own: it makes its projection from the log once,
    // then applies only what server A appended since, from its own note.
    ServerProcess second(m_dir.path(), m_storeA);
    second.setStateDir(path(QStringLiteral("state-a2")));
    const qint64 before = logHead(QStringLiteral("oneseal"));
    QVERIFY(before > 0);
    QCOMPARE(caughtUp(exportTo(second, QStringLiteral("second-1.db"))), std::pair(qint64(0), before));

    QVERIFY(m_serverA->start(path(QStringLiteral("server-a.log"))));
    recordApplicants(path(QStringLiteral("hall-a.db")), QStringLiteral("丙"), 4);
    const Run synced = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("hall-a.db"))});
    QVERIFY2(synced.out.contains(QStringLiteral("pushed 4 (accepted 4, rejected 0)")), qPrintable(synced.out));
    const qint64 after = logHead(QStringLiteral("oneseal"));
    QCOMPARE(after, before + 4);

    // While server A still serves, the second one's next command applies just those four to its own file.
    const Run code = second.run({QStringLiteral("enrol-code"), QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(code.exitCode == 0, qPrintable(code.err));
    QCOMPARE(caughtUp(code.err), std::pair(before, after));
    m_serverA->kill();
    QCOMPARE(caughtUp(exportTo(second, QStringLiteral("second-2.db"))).first, -1);
    QCOMPARE(caughtUp(exportTo(*m_serverA, QStringLiteral("first-2.db"))).first, -1);
    QCOMPARE(applicants(path(QStringLiteral("second-2.db")), QStringLiteral("丙")), 4);
    QCOMPARE(digest(path(QStringLiteral("second-2.db"))), digest(path(QStringLiteral("first-2.db"))));
    QCOMPARE(projections(path(QStringLiteral("state-a2"))).size(), 1);
    QCOMPARE(projections(path(QStringLiteral("state-a"))).size(), 1);
}

void TestServerState::stateFolderOptionIsChecked()
{
    // Without the option the state folder is the one the server is started in.
    const QString here = path(QStringLiteral("started-here"));
    QVERIFY(QDir().mkpath(here));
    ServerProcess plain(here, m_storeB);
    QCOMPARE(caughtUp(exportTo(plain, QStringLiteral("plain.db"))).first, 0);
    QCOMPARE(projections(here).size(), 1);

    // A folder that cannot be made is refused, naming it; a SQLite store has no use for one.
    QFile blocker(path(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ServerProcess blocked(m_dir.path(), m_storeB);
    blocked.setStateDir(path(QStringLiteral("a-file/state")));
    const Run refused = blocked.run({QStringLiteral("enrol-code"), QStringLiteral("--site"), QStringLiteral("PZ")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--state-dir ") + path(QStringLiteral("a-file/state"))),
             qPrintable(refused.err));
    ServerProcess sqlite(m_dir.path(), QStringLiteral("sqlite:") + path(QStringLiteral("central.sqlite")));
    sqlite.setStateDir(path(QStringLiteral("state-sqlite")));
    const Run pointless = sqlite.run({QStringLiteral("enrol-code"), QStringLiteral("--site"), QStringLiteral("PZ")});
    QCOMPARE(pointless.exitCode, 2);
    QVERIFY2(pointless.err.contains(QStringLiteral("PostgreSQL")), qPrintable(pointless.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("state-sqlite"))));
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QCoreApplication app(argc, argv);
    TestServerState test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_serverstate.moc"
