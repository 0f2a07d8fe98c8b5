#include "core/canonicaljson.h"
#include "db/database.h"
#include "db/journal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC);

Event makeEvent(int n)
{
    Event e;
    e.siteId = QStringLiteral("site-pz");
    e.userId = QStringLiteral("user-clerk");
    e.type = QStringLiteral("application.recorded");
    e.subjectType = QStringLiteral("application");
    e.subjectId = QStringLiteral("app-%1").arg(n);
    e.payload = {{QStringLiteral("case_number"), QStringLiteral("PZ-20260302-%1").arg(n, 4, 10, QLatin1Char('0'))},
                 {QStringLiteral("applicant"), QStringLiteral("𠮷祥 %1").arg(n)},
                 {QStringLiteral("fee_fen"), 1000 * n}};
    e.deviceTime = kStart.addSecs(60 * n);
    return e;
}

/// Appends @p n events in one transaction, as a service call would.
QList<Event> appendEvents(Database& db, int n)
{
    QList<Event> events;
    const Status status = db.transaction([&]() -> Status {
        for (int i = 1; i <= n; ++i) {
            auto appended = Journal::append(db, makeEvent(i));
            if (!appended)
                return appended.error();
            events.append(*appended);
        }
        return {};
    });
    if (!status)
        qWarning("%s", qPrintable(status.error().message));
    return events;
}

} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void appendBuildsOneChainPerDevice();
    void hashCoversTheCanonicalBytes();
    void canonicalBytesAreStable();
    void changedPayloadNamesThatEvent();
    void deletedEventNamesTheNextOne();
    void changedHashIsDetected();
    void rehashedEventBreaksTheChainAfterIt();
    void nonCanonicalPayloadTextIsDetected();
    void insertRefusesABadHash();
    void insertRefusesOutOfOrderEvents();
    void insertKeepsEachDevicesChain();
    void listPagesAfterASequence();

    void canonicalJsonSortsKeysWithoutSpaces();
    void canonicalJsonSortsByUtf16CodeUnits();
    void canonicalJsonWritesUtf8();
    void canonicalJsonEscapesOnlyWhatJsonNeeds();
    void canonicalJsonRefusesFractions_data();
    void canonicalJsonRefusesFractions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestJournal::initTestCase()
{
    // Migrations log at info level; the test output is for failures.
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
}

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("journal.oneseal")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
}

void TestJournal::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestJournal::appendBuildsOneChainPerDevice()
{
    const QList<Event> events = appendEvents(*m_db, 5);
    QCOMPARE(events.size(), 5);
    const auto listed = Journal::list(*m_db);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 5);
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (qsizetype i = 0; i < listed->size(); ++i) {
        const Event& e = listed->at(i);
        QCOMPARE(e.deviceSeq, i + 1);
        QCOMPARE(e.deviceId, m_db->deviceId());
        QCOMPARE(e.prevHash, i == 0 ? QString(64, u'0') : listed->at(i - 1).hash);
        QVERIFY(hex64.match(e.hash).hasMatch());
        QCOMPARE(e.hash, events.at(i).hash);
        QCOMPARE(e.seq, events.at(i).seq);
        // What was read back is what was written, down to the payload and the time.
        QCOMPARE(e.payload, makeEvent(int(i) + 1).payload);
        QCOMPARE(e.deviceTime, makeEvent(int(i) + 1).deviceTime);
        QCOMPARE(e.id.size(), 36);
    }
    QCOMPARE(genesisHash(), QString(64, u'0'));
    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.eventCount, 5);
    QCOMPARE(*Journal::count(*m_db), 5);

    // A later transaction continues the same chain.
    const QList<Event> more = appendEvents(*m_db, 1);
    QCOMPARE(more.first().deviceSeq, 6);
    QCOMPARE(more.first().prevHash, events.last().hash);
}

void TestJournal::hashCoversTheCanonicalBytes()
{
    const Event e = appendEvents(*m_db, 1).first();
    const auto bytes = e.canonicalBytes();
    QVERIFY(bytes.ok());
    QCOMPARE(e.hash, QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()));
    // Every field a forger might change is inside the hash; the local seq is not (it differs per copy).
    for (const char* key :
         {"\"id\":", "\"device_id\":", "\"device_seq\":1", "\"site_id\":\"site-pz\"", "\"user_id\":\"user-clerk\"",
          "\"type\":", "\"subject_type\":", "\"subject_id\":", "\"subject_version\":0", "\"payload\":{",
          "\"device_time\":\"2026-03-02T01:31:00.000Z\"", "\"prev_hash\":\"0000"})
        QVERIFY2(bytes->contains(key), key);
    Event moved = e;
    moved.seq = 999;
    QCOMPARE(*moved.computeHash(), e.hash);
    Event changed = e;
    changed.subjectVersion = 1;
    QVERIFY(*changed.computeHash() != e.hash);
}

void TestJournal::canonicalBytesAreStable()
{
    // The hashed form is part of the sync protocol and of every stored chain: it may never drift.
    Event e;
    e.id = QStringLiteral("0195a000-0000-7000-8000-000000000001");
    e.deviceId = QStringLiteral("0195a000-0000-7000-8000-0000000000d1");
    e.deviceSeq = 7;
    e.siteId = QStringLiteral("s1");
    e.userId = QStringLiteral("u1");
    e.type = QStringLiteral("setting.changed");
    e.subjectType = QStringLiteral("setting");
    e.subjectId = QStringLiteral("idle_lock_minutes");
    e.subjectVersion = 2;
    e.payload = {{QStringLiteral("value"), QStringLiteral("15")}};
    e.deviceTime = QDateTime(QDate(2026, 2, 13), QTime(8, 5, 9, 42), Qt::UTC);
    e.prevHash = genesisHash();
    const QByteArray expected =
        "{\"device_id\":\"0195a000-0000-7000-8000-0000000000d1\",\"device_seq\":7,"
        "\"device_time\":\"2026-02-13T08:05:09.042Z\",\"id\":\"0195a000-0000-7000-8000-000000000001\","
        "\"payload\":{\"value\":\"15\"},\"prev_hash\":\"" +
        QByteArray(64, '0') +
        "\",\"site_id\":\"s1\",\"subject_id\":\"idle_lock_minutes\",\"subject_type\":\"setting\","
        "\"subject_version\":2,\"type\":\"setting.changed\",\"user_id\":\"u1\"}";
    QCOMPARE(*e.canonicalBytes(), expected);
    // The same instant given in another offset hashes the same: device time is stored as UTC.
    Event local = e;
    local.deviceTime = e.deviceTime.toOffsetFromUtc(8 * 3600);
    QCOMPARE(*local.canonicalBytes(), expected);
}

void TestJournal::changedPayloadNamesThatEvent()
{
    const QList<Event> events = appendEvents(*m_db, 5);
    QVERIFY(m_db->execScript(QStringLiteral("DROP TRIGGER journal_no_update")).ok());
    // One byte: the fee of event 3 goes from 3000 to 8000 fen.
    auto q = m_db->query(QStringLiteral("UPDATE journal SET payload = replace(payload, '3000', '8000') WHERE seq = ?"),
                         {events.at(2).seq});
    QVERIFY(q.ok());
    QCOMPARE(q->numRowsAffected(), 1);

    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, events.at(2).seq);
    QCOMPARE(check.brokenId, events.at(2).id);
    QVERIFY2(check.reason.contains(QStringLiteral("changed")), qPrintable(check.reason));
}

void TestJournal::deletedEventNamesTheNextOne()
{
    const QList<Event> events = appendEvents(*m_db, 5);
    QVERIFY(m_db->execScript(QStringLiteral("DROP TRIGGER journal_no_delete")).ok());
    QVERIFY(m_db->query(QStringLiteral("DELETE FROM journal WHERE seq = ?"), {events.at(2).seq}).ok());

    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, events.at(3).seq);
    QCOMPARE(check.brokenId, events.at(3).id);
    QVERIFY2(check.reason.contains(QStringLiteral("missing")), qPrintable(check.reason));
    QVERIFY2(check.reason.contains(QStringLiteral("2")) && check.reason.contains(QStringLiteral("4")),
             qPrintable(check.reason));
}

void TestJournal::changedHashIsDetected()
{
    const QList<Event> events = appendEvents(*m_db, 4);
    QVERIFY(m_db->execScript(QStringLiteral("DROP TRIGGER journal_no_update")).ok());
    QVERIFY(
        m_db->query(QStringLiteral("UPDATE journal SET hash = ? WHERE seq = ?"), {QString(64, u'a'), events.at(1).seq})
            .ok());
    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, events.at(1).seq);
}

void TestJournal::rehashedEventBreaksTheChainAfterIt()
{
    // A forger who recomputes the hash of the event they changed still breaks the next link.
    const QList<Event> events = appendEvents(*m_db, 4);
    Event forged = events.at(1);
    forged.payload.insert(QStringLiteral("fee_fen"), 0);
    forged.hash = *forged.computeHash();
    QVERIFY(m_db->execScript(QStringLiteral("DROP TRIGGER journal_no_update")).ok());
    QVERIFY(m_db->query(QStringLiteral("UPDATE journal SET payload = ?, hash = ? WHERE seq = ?"),
                        {QString::fromUtf8(*canonicalJson(forged.payload)), forged.hash, forged.seq})
                .ok());
    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, events.at(2).seq);
    QVERIFY2(check.reason.contains(QStringLiteral("chain")), qPrintable(check.reason));
}

void TestJournal::nonCanonicalPayloadTextIsDetected()
{
    // The same JSON with a space added still parses to the same object; the stored bytes changed all the same.
    const QList<Event> events = appendEvents(*m_db, 2);
    QVERIFY(m_db->execScript(QStringLiteral("DROP TRIGGER journal_no_update")).ok());
    QVERIFY(m_db->query(QStringLiteral("UPDATE journal SET payload = replace(payload, ',', ', ') WHERE seq = ?"),
                        {events.at(0).seq})
                .ok());
    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, events.at(0).seq);
}

void TestJournal::insertRefusesABadHash()
{
    const QList<Event> events = appendEvents(*m_db, 2);
    QTemporaryDir otherDir;
    auto other = Database::open(otherDir.filePath(QStringLiteral("other.oneseal")));
    QVERIFY(other.ok());

    Event wrongHash = events.at(0);
    wrongHash.hash = QString(64, u'f');
    Status refused = Journal::insert(**other, wrongHash);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("journal.bad_hash"));
    QVERIFY(refused.error().message.contains(wrongHash.id));

    Event changedPayload = events.at(0);
    changedPayload.payload.insert(QStringLiteral("fee_fen"), 1);
    refused = Journal::insert(**other, changedPayload);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("journal.bad_hash"));
    QCOMPARE(*Journal::count(**other), 0);

    QVERIFY(Journal::insert(**other, events.at(0)).ok());
    QCOMPARE(*Journal::count(**other), 1);
}

void TestJournal::insertRefusesOutOfOrderEvents()
{
    const QList<Event> events = appendEvents(*m_db, 3);
    QTemporaryDir otherDir;
    auto other = Database::open(otherDir.filePath(QStringLiteral("other.oneseal")));
    QVERIFY(other.ok());
    Database& target = **other;

    Status refused = Journal::insert(target, events.at(1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("journal.out_of_order"));
    QVERIFY(Journal::insert(target, events.at(0)).ok());
    // The same event twice is a replay, not a next event.
    refused = Journal::insert(target, events.at(0));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("journal.out_of_order"));
    refused = Journal::insert(target, events.at(2));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("journal.out_of_order"));
    QVERIFY(refused.error().message.contains(QStringLiteral("3")) &&
            refused.error().message.contains(QStringLiteral("2")));

    // Right number, wrong predecessor: a validly hashed event of a forked chain.
    Event fork = events.at(1);
    fork.prevHash = QString(64, u'1');
    fork.hash = *fork.computeHash();
    refused = Journal::insert(target, fork);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("journal.out_of_order"));

    QVERIFY(Journal::insert(target, events.at(1)).ok());
    QVERIFY(Journal::insert(target, events.at(2)).ok());
    QCOMPARE(*Journal::count(target), 3);
    QVERIFY(Journal::verify(target).ok);
}

void TestJournal::insertKeepsEachDevicesChain()
{
    // Events received from another device interleave with this device's own: each chain verifies alone.
    QTemporaryDir otherDir;
    auto other = Database::open(otherDir.filePath(QStringLiteral("other.oneseal")));
    QVERIFY(other.ok());
    const QList<Event> theirs = appendEvents(**other, 3);
    QVERIFY(Journal::insert(*m_db, theirs.at(0)).ok());
    const QList<Event> mine = appendEvents(*m_db, 2);
    QCOMPARE(mine.first().deviceSeq, 1);
    QCOMPARE(mine.first().prevHash, genesisHash());
    QVERIFY(Journal::insert(*m_db, theirs.at(1)).ok());
    QVERIFY(Journal::insert(*m_db, theirs.at(2)).ok());
    const JournalVerification check = Journal::verify(*m_db);
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.eventCount, 5);
}

void TestJournal::listPagesAfterASequence()
{
    const QList<Event> events = appendEvents(*m_db, 5);
    const auto page = Journal::list(*m_db, events.at(1).seq, 2);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).id, events.at(2).id);
    QCOMPARE(page->at(1).id, events.at(3).id);
    QCOMPARE(Journal::list(*m_db, events.last().seq)->size(), 0);
}

void TestJournal::canonicalJsonSortsKeysWithoutSpaces()
{
    const QJsonObject value{
        {QStringLiteral("zeta"), 1},
        {QStringLiteral("alpha"), QJsonArray{3, 1, 2}},
        {QStringLiteral("mid"), QJsonObject{{QStringLiteral("b"), true}, {QStringLiteral("a"), QJsonValue()}}},
        {QStringLiteral("Alpha"), false}};
    QCOMPARE(*canonicalJson(value),
             QByteArray("{\"Alpha\":false,\"alpha\":[3,1,2],\"mid\":{\"a\":null,\"b\":true},\"zeta\":1}"));
    QCOMPARE(*canonicalJson(QJsonObject()), QByteArray("{}"));
    QCOMPARE(*canonicalJson(QJsonArray()), QByteArray("[]"));
    QCOMPARE(*canonicalJson(QJsonValue(-42)), QByteArray("-42"));
    QCOMPARE(*canonicalJson(QJsonValue(9007199254740991.0)), QByteArray("9007199254740991"));
}

void TestJournal::canonicalJsonSortsByUtf16CodeUnits()
{
    // RFC 8785 orders keys by UTF-16 code units, so 😀 (a surrogate pair starting 0xD83D) sorts before
    // U+FFFD although its code point is larger; 中 (U+4E2D) sorts after é (U+00E9).
    const QJsonObject value{{QStringLiteral("\uFFFD"), 1},
                            {QString::fromUtf8("\xF0\x9F\x98\x80"), 2},
                            {QStringLiteral("中"), 3},
                            {QStringLiteral("é"), 4}};
    const QByteArray expected = QByteArray("{\"é\":4,\"中\":3,\"") + "\xF0\x9F\x98\x80" + "\":2,\"" +
                                QStringLiteral("\uFFFD").toUtf8() + "\":1}";
    QCOMPARE(*canonicalJson(value), expected);
}

void TestJournal::canonicalJsonWritesUtf8()
{
    const auto bytes = canonicalJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("𠮷祥·买买提")}});
    QVERIFY(bytes.ok());
    // 𠮷 (U+20BB7) is one four-byte sequence, never two escaped surrogates.
    QVERIFY(bytes->contains("\xF0\xA0\xAE\xB7"));
    QVERIFY(!bytes->contains("\\u"));
    QCOMPARE(*bytes, QByteArray("{\"name\":\"") + QStringLiteral("𠮷祥·买买提").toUtf8() + "\"}");
}

void TestJournal::canonicalJsonEscapesOnlyWhatJsonNeeds()
{
    const QString text = QStringLiteral("a\"b\\c\nd\te\x01/<>");
    QCOMPARE(*canonicalJson(QJsonValue(text)), QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001/<>\""));
}

void TestJournal::canonicalJsonRefusesFractions_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("a fraction") << QJsonValue(1.5);
    QTest::newRow("nested in an array") << QJsonValue(QJsonArray{1, 2, 0.25});
    QTest::newRow("nested in an object") << QJsonValue(QJsonObject{{QStringLiteral("yuan"), 12.3}});
    QTest::newRow("beyond 2^53") << QJsonValue(9007199254740992.0);
}

void TestJournal::canonicalJsonRefusesFractions()
{
    QFETCH(QJsonValue, value);
    const auto bytes = canonicalJson(value);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, QStringLiteral("json.not_canonical"));

    // Nor can such a payload reach the journal.
    Event e = makeEvent(1);
    e.payload.insert(QStringLiteral("amount"), value);
    const Status status = m_db->transaction([&]() -> Status {
        auto appended = Journal::append(*m_db, e);
        return appended ? Status() : Status(appended.error());
    });
    QVERIFY(!status.ok());
    QCOMPARE(*Journal::count(*m_db), 0);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
