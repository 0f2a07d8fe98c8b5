#include "core/canonicaljson.h"
#include "db/journal.h"
#include "security/passwordhasher.h"
#include "services/projector.h"
#include "services/services.h"
#include "services/setup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

qint64 rowCount(Services& services, const QString& table)
{
    auto q = services.database().query(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void replayRebuildsEveryTable();
    void replayedJournalIsTheSameJournal();
    void replayedDatabaseCarriesOn();
    void replayRefusesAnExistingFile_data();
    void replayRefusesAnExistingFile();
    void changedEventStopsReplayAndVerify();
    void failedReplayLeavesNoFileBehind();
    void removedEventStopsReplayAndVerify();
    void rehashedEventStopsReplay();

private:
    std::unique_ptr<Services> openCopy(const QString& name);
    Status tamper(Services& services, const QString& script);

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services> m_source;
};

void TestReplay::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(PasswordHasher::initialise());
    m_template = m_templateDir.filePath(QStringLiteral("demo.oneseal"));
    auto services = Services::open(m_template, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    QVERIFY(services.ok());
    const Status demo = Setup::createDemo(**services);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
}

void TestReplay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = openCopy(QStringLiteral("source.oneseal"));
    QVERIFY(m_source);
}

void TestReplay::cleanup()
{
    m_source.reset();
    m_dir.reset();
}

std::unique_ptr<Services> TestReplay::openCopy(const QString& name)
{
    const QString path = m_dir->filePath(name);
    if (!QFile::copy(m_template, path))
        return {};
    auto services = Services::open(path, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    return services ? std::move(services).value() : nullptr;
}

/// Changes the journal behind the program's back, as someone with the file and a SQLite shell could.
Status TestReplay::tamper(Services& services, const QString& script)
{
    return services.database().execScript(
        QStringLiteral("DROP TRIGGER IF EXISTS journal_no_update; DROP TRIGGER IF EXISTS journal_no_delete; ") +
        script);
}

void TestReplay::replayRebuildsEveryTable()
{
    const QString target = m_dir->filePath(QStringLiteral("replayed.oneseal"));
    const auto replayed = Setup::replayJournal(*m_source, target);
    QVERIFY2(replayed.ok(), replayed.ok() ? "" : qPrintable(replayed.error().message));
    QCOMPARE(*replayed, Journal::count(m_source->database()).value());
    QVERIFY(*replayed > 100);

    auto rebuilt = Services::open(target, OpenMode::ReadOnly);
    QVERIFY(rebuilt.ok());
    for (const QString& table : Projector::projectedTables()) {
        const qint64 rows = rowCount(*m_source, table);
        QVERIFY2(rows >= 0, qPrintable(table));
        QVERIFY2(rowCount(**rebuilt, table) == rows,
                 qPrintable(
                     QStringLiteral("%1: %2 rows, replayed %3").arg(table).arg(rows).arg(rowCount(**rebuilt, table))));
    }
    // The demo fills every table but settings, so equal digests mean equal data, not two empty sets.
    QVERIFY(rowCount(*m_source, QStringLiteral("applications")) >= 24);
    const auto digest = Setup::tablesDigest(*m_source);
    QVERIFY(digest.ok());
    QCOMPARE(Setup::tablesDigest(**rebuilt).value(), *digest);
}

void TestReplay::replayedJournalIsTheSameJournal()
{
    const QString target = m_dir->filePath(QStringLiteral("replayed.oneseal"));
    QVERIFY(Setup::replayJournal(*m_source, target).ok());
    auto rebuilt = Services::open(target, OpenMode::ReadOnly);
    QVERIFY(rebuilt.ok());
    const JournalVerification check = Journal::verify((*rebuilt)->database());
    QVERIFY2(check.ok, qPrintable(check.reason));
    const QList<Event> original = Journal::list(m_source->database()).value();
    const QList<Event> copy = Journal::list((*rebuilt)->database()).value();
    QCOMPARE(copy.size(), original.size());
    for (qsizetype i = 0; i < copy.size(); ++i) {
        QCOMPARE(copy.at(i).id, original.at(i).id);
        QCOMPARE(copy.at(i).hash, original.at(i).hash);
        QCOMPARE(copy.at(i).deviceId, original.at(i).deviceId);
    }
    // The new file is a device of its own: its future events do not continue the source's chain.
    QVERIFY((*rebuilt)->database().deviceId() != m_source->database().deviceId());
}

void TestReplay::replayedDatabaseCarriesOn()
{
    const QString target = m_dir->filePath(QStringLiteral("replayed.oneseal"));
    QVERIFY(Setup::replayJournal(*m_source, target).ok());
    auto rebuilt = Services::open(target, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    QVERIFY(rebuilt.ok());
    const qint64 before = Journal::count((*rebuilt)->database()).value();
    // A demo account signs in on the rebuilt file: users, roles and password hashes came through.
    auto session = (*rebuilt)->accounts().signIn(QStringLiteral("clerk"), QStringLiteral("Demo#2026"));
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QCOMPARE(session->roles, QList<Role>{Role::Clerk});
    QCOMPARE(Journal::count((*rebuilt)->database()).value(), before + 1);
    QVERIFY(Journal::verify((*rebuilt)->database()).ok);
}

void TestReplay::replayRefusesAnExistingFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a text file") << QByteArray("do not overwrite me\n");
    QTest::newRow("another OneSeal database") << QByteArray();
}

void TestReplay::replayRefusesAnExistingFile()
{
    QFETCH(QByteArray, content);
    const QString target = m_dir->filePath(QStringLiteral("existing.oneseal"));
    if (content.isEmpty()) {
        QVERIFY(QFile::copy(m_template, target));
    } else {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = sha256Of(target);
    const auto refused = Setup::replayJournal(*m_source, target);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("replay.target_exists"));
    QVERIFY(refused.error().message.contains(target));
    QCOMPARE(sha256Of(target), before);
}

void TestReplay::changedEventStopsReplayAndVerify()
{
    // Someone turns a refused application into an approved one in the file.
    auto q = m_source->database().query(QStringLiteral(
        "SELECT seq, id FROM journal WHERE type = 'application.recorded' AND payload LIKE '%\"state\":\"denied\"%' "
        "ORDER BY seq LIMIT 1"));
    QVERIFY(q && q->next());
    const qint64 seq = q->value(0).toLongLong();
    const QString id = q->value(1).toString();
    q->finish();
    QVERIFY(tamper(*m_source, QStringLiteral("UPDATE journal SET payload = replace(payload, '\"state\":\"denied\"', "
                                             "'\"state\":\"approved\"') WHERE seq = %1")
                                  .arg(seq))
                .ok());

    const JournalVerification check = Journal::verify(m_source->database());
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, seq);
    QCOMPARE(check.brokenId, id);

    const QString target = m_dir->filePath(QStringLiteral("replayed.oneseal"));
    const auto replayed = Setup::replayJournal(*m_source, target);
    QVERIFY(!replayed.ok());
    QCOMPARE(replayed.error().code, QStringLiteral("journal.bad_hash"));
    QVERIFY2(replayed.error().message.contains(id), qPrintable(replayed.error().message));
}

void TestReplay::failedReplayLeavesNoFileBehind()
{
    // After fixing the source, the operator runs the same command again; a half-made target from the
    // failed run would make it refuse ("exists already") and looks like a database that is not one.
    QVERIFY(tamper(*m_source, QStringLiteral("UPDATE journal SET payload = replace(payload, '2024', '2023') "
                                             "WHERE type = 'calendar.year_imported'"))
                .ok());
    const QString target = m_dir->filePath(QStringLiteral("replayed.oneseal"));
    QVERIFY(!Setup::replayJournal(*m_source, target).ok());
    QVERIFY2(!QFile::exists(target), "a failed replay left its target file behind");
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
}

void TestReplay::removedEventStopsReplayAndVerify()
{
    auto q = m_source->database().query(
        QStringLiteral("SELECT seq, id FROM journal WHERE type = 'user.roles_set' ORDER BY seq LIMIT 2"));
    QVERIFY(q && q->next());
    const qint64 removed = q->value(0).toLongLong();
    q->finish();
    auto next = m_source->database().query(
        QStringLiteral("SELECT seq, id FROM journal WHERE seq > ? ORDER BY seq LIMIT 1"), {removed});
    QVERIFY(next && next->next());
    const qint64 nextSeq = next->value(0).toLongLong();
    const QString nextId = next->value(1).toString();
    next->finish();
    QVERIFY(tamper(*m_source, QStringLiteral("DELETE FROM journal WHERE seq = %1").arg(removed)).ok());

    const JournalVerification check = Journal::verify(m_source->database());
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, nextSeq);
    QCOMPARE(check.brokenId, nextId);

    const auto replayed = Setup::replayJournal(*m_source, m_dir->filePath(QStringLiteral("replayed.oneseal")));
    QVERIFY(!replayed.ok());
    QCOMPARE(replayed.error().code, QStringLiteral("journal.out_of_order"));
    QVERIFY2(replayed.error().message.contains(nextId), qPrintable(replayed.error().message));
}

void TestReplay::rehashedEventStopsReplay()
{
    // A forger who recomputes the changed event's hash is caught at the next event's link.
    const QList<Event> events = Journal::list(m_source->database()).value();
    qsizetype index = -1;
    for (qsizetype i = 0; i < events.size() && index < 0; ++i) {
        if (events.at(i).type == u"dishonesty_entry.saved")
            index = i;
    }
    QVERIFY(index > 0 && index + 1 < events.size());
    Event forged = events.at(index);
    forged.payload.insert(QStringLiteral("valid_to"), QStringLiteral("2025-03-02"));
    forged.hash = forged.computeHash().value();
    QVERIFY(tamper(*m_source, QString()).ok());
    QVERIFY(m_source->database()
                .query(QStringLiteral("UPDATE journal SET payload = ?, hash = ? WHERE seq = ?"),
                       {QString::fromUtf8(canonicalJson(forged.payload).value()), forged.hash, forged.seq})
                .ok());
    const JournalVerification check = Journal::verify(m_source->database());
    QVERIFY(!check.ok);
    QCOMPARE(check.brokenSeq, events.at(index + 1).seq);

    const auto replayed = Setup::replayJournal(*m_source, m_dir->filePath(QStringLiteral("replayed.oneseal")));
    QVERIFY(!replayed.ok());
    QCOMPARE(replayed.error().code, QStringLiteral("journal.out_of_order"));
    QVERIFY(replayed.error().message.contains(events.at(index + 1).id));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
