// Faults that tst_sync does not inject: the same push delivered twice at once and batches delivered
// out of order, device clocks hours off in both directions, and a client killed again and again
// while it applies a large pull. The real oneseal-server on loopback, the real onesealctl in child
// processes, device tokens in a real keyring (the test runs inside with-keyring.sh). After healing,
// the invariants of the sync design hold: every acknowledged event on the server exactly once, per-
// device order, the sites at one tables digest, every chain verifying.
#include "core/clock.h"
#include "db/database.h"
#include "db/journal.h"
#include "services/services.h"
#include "sync/devicecredential.h"
#include "sync/wire.h"
#include "serverprocess.h"
#include "keyringsession.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

class TestSyncFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void duplicateAndOutOfOrderDeliveryKeepEachEventOnce();
    void skewedClocksDoNotReorderOrReject();
    void clientKilledRepeatedlyMidApplyConverges();
    void afterHealingEveryInvariantHolds();

private:
    Run ctl(const QStringList& arguments, int timeoutMs = 180000);
    Run server(const QStringList& arguments);
    bool startServer();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString url() const { return m_server.url(); }
    void enrol(const QString& db, const QString& site);
    QString digest(const QString& db) { return ctl({QStringLiteral("tables-digest"), QStringLiteral("--db"), db}).out.trimmed(); }
    qint64 scalar(const QString& db, const QString& sql);
    QString text(const QString& db, const QString& sql);
    /// Saves applicant @p id named @p name at @p db, as the device's clock @p clock says it is.
    void saveApplicant(const QString& db, const QString& id, const QString& name,
                       std::shared_ptr<const Clock> clock = {});
    /// Posts the same bodies at once, each on its own connection, and waits for every answer.
    QList<HttpAnswer> postAll(const QList<QByteArray>& bodies, const QString& token);

    QTemporaryDir m_dir;
    ServerProcess m_server{m_dir.path(), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"))};
};

Run TestSyncFaults::ctl(const QStringList& arguments, int timeoutMs)
{
    return runCtl(m_dir.path(), arguments, timeoutMs);
}

Run TestSyncFaults::server(const QStringList& arguments)
{
    return m_server.run(arguments);
}

bool TestSyncFaults::startServer()
{
    return m_server.start();
}

void TestSyncFaults::enrol(const QString& db, const QString& site)
{
    const QString problem = m_server.enrolWithCtl(path(db), site);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

qint64 TestSyncFaults::scalar(const QString& db, const QString& sql)
{
    auto database = Database::open(path(db), OpenMode::ReadOnly);
    if (!database)
        return -1;
    auto q = (*database)->query(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString TestSyncFaults::text(const QString& db, const QString& sql)
{
    auto database = Database::open(path(db), OpenMode::ReadOnly);
    if (!database)
        return {};
    auto q = (*database)->query(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

void TestSyncFaults::saveApplicant(const QString& db, const QString& id, const QString& name,
                                   std::shared_ptr<const Clock> clock)
{
    auto services = Services::open(path(db), OpenMode::ReadWrite, std::move(clock));
    QVERIFY2(services, services ? "" : qPrintable(services.error().message));
    const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc"));
    QVERIFY(clerk);
    const auto event = (*services)->store().record(*clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"),
                                                   id,
                                                   {{QStringLiteral("kind"), QStringLiteral("person")},
                                                    {QStringLiteral("identifier"), id},
                                                    {QStringLiteral("name"), name}});
    QVERIFY2(event, event ? "" : qPrintable(event.error().message));
}

QList<HttpAnswer> TestSyncFaults::postAll(const QList<QByteArray>& bodies, const QString& token)
{
    QNetworkAccessManager network;
    QList<QNetworkReply*> replies;
    for (const QByteArray& body : bodies) {
        QNetworkRequest request(QUrl(url() + QStringLiteral("/v1/events")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        replies.append(network.post(request, body));
    }
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply* reply : std::as_const(replies))
        connect(reply, &QNetworkReply::finished, &loop, [&]() {
            if (--pending == 0)
                loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<HttpAnswer> answers;
    for (QNetworkReply* reply : std::as_const(replies)) {
        answers.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()});
        reply->deleteLater();
    }
    return answers;
}

void TestSyncFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run the test through with-keyring.sh");
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))}).exitCode, 0);
    const Run imported = server({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                 QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(startServer());
    enrol(QStringLiteral("hall.db"), QStringLiteral("PZ"));
    enrol(QStringLiteral("town.db"), QStringLiteral("LC"));
    enrol(QStringLiteral("town2.db"), QStringLiteral("LC"));
    for (const QString& db : {QStringLiteral("hall.db"), QStringLiteral("town.db"), QStringLiteral("town2.db")}) {
        const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void TestSyncFaults::cleanupTestCase()
{
    m_server.kill();
}

void TestSyncFaults::duplicateAndOutOfOrderDeliveryKeepEachEventOnce()
{
    for (int i = 0; i < 6; ++i)
        saveApplicant(QStringLiteral("town.db"), QStringLiteral("dup-%1").arg(i), QStringLiteral("重投 %1").arg(i));
    auto town = Database::open(path(QStringLiteral("town.db")), OpenMode::ReadOnly);
    QVERIFY(town);
    const QString device = (*town)->deviceId();
    const auto token = DeviceCredential::load(device);
    QVERIFY(token);
    const qint64 acked = scalar(QStringLiteral("town.db"),
                                QStringLiteral("SELECT coalesce((SELECT value FROM sync_state WHERE key = 'acked_device_seq'), 0)"));
    const auto events = Journal::listOwn(**town, acked);
    QVERIFY(events && events->size() == 6);
    town->reset();
    auto body = [&](int from, int to) {
        Wire::PushRequest request;
        request.deviceId = device;
        request.events = events->mid(from, to - from);
        return Wire::encodePush(request);
    };
    const QString central = QStringLiteral("central.db");
    const QString held = QStringLiteral("SELECT count(*) FROM central_log WHERE device_id = '%1'").arg(device);
    const qint64 before = scalar(central, held);

    // The later batch overtakes the earlier one: refused whole, nothing appended.
    const QList<HttpAnswer> late = postAll({body(3, 6)}, *token);
    QCOMPARE(late.at(0).status, 409);
    QCOMPARE(Wire::decodeError(late.at(0).body, 409).code, QStringLiteral("sync.out_of_order"));
    QCOMPARE(scalar(central, held), before);

    // The first batch arrives three times at once (a retry racing the original).
    const QList<HttpAnswer> racing = postAll({body(0, 3), body(0, 3), body(0, 3)}, *token);
    for (const HttpAnswer& answer : racing) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, racing.at(0).body);
    }
    QCOMPARE(scalar(central, held), before + 3);
    // A batch that overlaps what the server holds: the old part answered as before, the new appended.
    const QList<HttpAnswer> overlap = postAll({body(1, 6)}, *token);
    QCOMPARE(overlap.at(0).status, 200);
    const auto first = Wire::decodePushResponse(racing.at(0).body);
    const auto second = Wire::decodePushResponse(overlap.at(0).body);
    QVERIFY(first && second);
    QCOMPARE(second->results.size(), 5);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(second->results.at(i).serverSeq, first->results.at(i + 1).serverSeq);
        QCOMPARE(second->results.at(i).eventId, first->results.at(i + 1).eventId);
    }
    QCOMPARE(scalar(central, held), before + 6);
    // The late batch once more, and the whole run twice at once: nothing new.
    const QList<HttpAnswer> replay = postAll({body(3, 6), body(0, 6), body(0, 6)}, *token);
    for (const HttpAnswer& answer : replay)
        QCOMPARE(answer.status, 200);
    QCOMPARE(replay.at(1).body, replay.at(2).body);
    QCOMPARE(scalar(central, held), before + 6);

    // The client, which never heard any of these answers, syncs: it is told, not duplicated.
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("pushed 6 (accepted 6, rejected 0)")) &&
                 run.out.contains(QStringLiteral("pending 0")),
             qPrintable(run.out + run.err));
    QCOMPARE(scalar(central, held), before + 6);
    QCOMPARE(scalar(central, QStringLiteral("SELECT count(DISTINCT event_id) FROM central_log WHERE device_id = '%1'")
                                 .arg(device)),
             before + 6);
}

void TestSyncFaults::skewedClocksDoNotReorderOrReject()
{
    // The town counter's clock runs nine hours fast, then is set back to seven hours slow: its later
    // step carries an earlier time. The second counter is five hours slow throughout.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto fast = std::make_shared<FixedClock>(now.addSecs(9 * 3600));
    auto slow = std::make_shared<FixedClock>(now.addSecs(-7 * 3600));
    auto otherSlow = std::make_shared<FixedClock>(now.addSecs(-5 * 3600));
    saveApplicant(QStringLiteral("town.db"), QStringLiteral("skew-1"), QStringLiteral("第一次"), fast);
    saveApplicant(QStringLiteral("town.db"), QStringLiteral("skew-1"), QStringLiteral("第二次"), slow);
    saveApplicant(QStringLiteral("town2.db"), QStringLiteral("skew-2"), QStringLiteral("慢钟"), otherSlow);
    const QString town = QStringLiteral("town.db");
    const QString laterFirst = QStringLiteral(
        "SELECT count(*) FROM journal a JOIN journal b ON a.device_id = b.device_id AND a.device_seq < b.device_seq "
        "AND a.device_time > b.device_time WHERE a.subject_id = 'skew-1' AND b.subject_id = 'skew-1'");
    QCOMPARE(scalar(town, laterFirst), 1);

    for (const QString& db : {QStringLiteral("town.db"), QStringLiteral("town2.db"), QStringLiteral("town.db"),
                              QStringLiteral("hall.db")}) {
        const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("rejected 0)")) &&
                     run.out.contains(QStringLiteral("pending 0")),
                 qPrintable(db + run.out + run.err));
    }
    // Every site holds the step made last on the device, not the one with the latest time.
    for (const QString& db : {QStringLiteral("town.db"), QStringLiteral("town2.db"), QStringLiteral("hall.db"),
                              QStringLiteral("central.db")}) {
        QCOMPARE(text(db, QStringLiteral("SELECT name FROM applicants WHERE id = 'skew-1'")), QStringLiteral("第二次"));
        QCOMPARE(text(db, QStringLiteral("SELECT name FROM applicants WHERE id = 'skew-2'")), QStringLiteral("慢钟"));
    }
    // The server ordered them by arrival and device sequence; the device times are kept as sent.
    QCOMPARE(scalar(QStringLiteral("central.db"),
                    QStringLiteral("SELECT count(*) FROM central_log a JOIN central_log b ON a.device_id = b.device_id "
                                   "AND a.device_seq < b.device_seq AND a.server_seq > b.server_seq")),
             0);
    QCOMPARE(scalar(QStringLiteral("central.db"),
                    QStringLiteral("SELECT count(*) FROM central_log WHERE outcome = 'rejected'")),
             0);
    QCOMPARE(scalar(QStringLiteral("central.db"), laterFirst), 1);
}

void TestSyncFaults::clientKilledRepeatedlyMidApplyConverges()
{
    // Enough for many pages: a new counter catching up on a day of the town centre's work.
    {
        auto services = Services::open(path(QStringLiteral("town.db")));
        QVERIFY(services);
        const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc"));
        QVERIFY(clerk);
        const Status written = (*services)->store().transaction([&]() -> Status {
            for (int i = 0; i < 2500; ++i) {
                const QString id = QStringLiteral("bulk-%1").arg(i);
                const auto event = (*services)->store().record(*clerk, QStringLiteral("applicant.saved"),
                                                               QStringLiteral("applicant"), id,
                                                               {{QStringLiteral("kind"), QStringLiteral("person")},
                                                                {QStringLiteral("identifier"), id},
                                                                {QStringLiteral("name"), QStringLiteral("批量 %1").arg(i)}});
                if (!event)
                    return event.error();
            }
            return {};
        });
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    }
    const Run pushed = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(QStringLiteral("town.db"))});
    QVERIFY2(pushed.exitCode == 0 && pushed.out.contains(QStringLiteral("pending 0")), qPrintable(pushed.out));

    const QString db = QStringLiteral("town3.db");
    enrol(db, QStringLiteral("LC"));
    qint64 lastCursor = 0;
    int kills = 0;
    QList<qint64> cursors;
    for (int attempt = 0; attempt < 8 && kills < 3; ++attempt) {
        const qint64 pullsBefore = m_server.readLog().count("\"event\":\"pull\"");
        QProcess sync;
        sync.start(QStringLiteral(ONESEAL_CTL), {QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
        QVERIFY(sync.waitForStarted());
        // SIGKILL a page or two after its first pull: mid-way through applying.
        bool midway = false;
        for (int i = 0; i < 1200 && !midway && sync.state() != QProcess::NotRunning; ++i) {
            midway = m_server.readLog(10).count("\"event\":\"pull\"") >= pullsBefore + 1 + attempt % 3;
        }
        if (sync.state() == QProcess::NotRunning)
            break; // caught up before the kill
        sync.kill();
        sync.waitForFinished();
        ++kills;
        cursors.append(scalar(db, QStringLiteral("SELECT coalesce((SELECT value FROM sync_state WHERE key = 'cursor'), 0)")));
        // What the killed client holds is whole pages up to its cursor, and its cursor never went back.
        const qint64 cursor = scalar(db, QStringLiteral("SELECT coalesce((SELECT value FROM sync_state WHERE key = 'cursor'), 0)"));
        QVERIFY(cursor >= lastCursor);
        lastCursor = cursor;
        const QString lc = QStringLiteral("(SELECT id FROM sites WHERE code = 'LC')");
        const qint64 visible = scalar(QStringLiteral("central.db"),
                                      QStringLiteral("SELECT count(*) FROM central_log WHERE outcome = 'accepted' AND "
                                                     "server_seq <= %1 AND (audience = '*' OR instr(audience, ',' || "
                                                     "%2 || ',') > 0)")
                                          .arg(cursor)
                                          .arg(lc));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM journal")), visible);
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path(db)}).exitCode, 0);
    }
    QStringList shown;
    for (const qint64 c : std::as_const(cursors))
        shown.append(QString::number(c));
    qInfo("client killed %d times mid-pull, cursors after each kill: %s", kills, qPrintable(shown.join(u' ')));
    QVERIFY2(kills >= 2, "the client finished before it could be killed twice: nothing was tested");
    QVERIFY(lastCursor > 0);
    const Run again = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
    QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("pending 0")), qPrintable(again.err));
    QCOMPARE(digest(path(db)), digest(path(QStringLiteral("town.db"))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applicants WHERE id LIKE 'bulk-%'")), 2500);
}

void TestSyncFaults::afterHealingEveryInvariantHolds()
{
    const QStringList sites{QStringLiteral("hall.db"), QStringLiteral("town.db"), QStringLiteral("town2.db"),
                            QStringLiteral("town3.db")};
    for (int round = 0; round < 2; ++round) {
        for (const QString& db : sites) {
            const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }
    const QString central = QStringLiteral("central.db");
    for (const QString& db : sites) {
        auto database = Database::open(path(db), OpenMode::ReadOnly);
        QVERIFY(database);
        const QString device = (*database)->deviceId();
        database->reset();
        const qint64 own = scalar(db, QStringLiteral("SELECT count(*) FROM journal WHERE device_id = '%1'").arg(device));
        const qint64 acked =
            scalar(db, QStringLiteral("SELECT coalesce((SELECT value FROM sync_state WHERE key = 'acked_device_seq'), 0)"));
        QCOMPARE(acked, own);
        // Every acknowledged event exactly once, numbered 1..n without a gap.
        QCOMPARE(scalar(central, QStringLiteral("SELECT count(*) FROM central_log WHERE device_id = '%1'").arg(device)),
                 own);
        QCOMPARE(scalar(central, QStringLiteral("SELECT count(DISTINCT device_seq) FROM central_log WHERE device_id = "
                                                "'%1'")
                                     .arg(device)),
                 own);
        QCOMPARE(scalar(central,
                        QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM central_log WHERE device_id = '%1'")
                            .arg(device)),
                 own);
        const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
        QVERIFY2(run.out.contains(QStringLiteral("pulled 0")) && run.out.contains(QStringLiteral("pending 0")),
                 qPrintable(run.out));
    }
    // Per-device order holds in the whole log.
    QCOMPARE(scalar(central, QStringLiteral("SELECT count(*) FROM central_log a JOIN central_log b ON a.device_id = "
                                            "b.device_id AND a.device_seq < b.device_seq AND a.server_seq > "
                                            "b.server_seq")),
             0);
    QCOMPARE(scalar(central, QStringLiteral("SELECT count(*) - count(DISTINCT event_id) FROM central_log")), 0);
    // The town counters converge with each other, the hall with the central store.
    const QString town = digest(path(QStringLiteral("town.db")));
    QCOMPARE(digest(path(QStringLiteral("town2.db"))), town);
    QCOMPARE(digest(path(QStringLiteral("town3.db"))), town);
    QCOMPARE(digest(path(QStringLiteral("hall.db"))), digest(path(central)));
    for (const QString& db : sites + QStringList{central}) {
        const Run run = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path(db)});
        QVERIFY2(run.exitCode == 0 && run.out.startsWith(QStringLiteral("ok ")), qPrintable(db + run.out));
    }
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QCoreApplication app(argc, argv);
    TestSyncFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncfaults.moc"
