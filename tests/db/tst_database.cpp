#include "db/database.h"
#include "db/journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace OneSeal;

namespace {

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

/// Runs @p script on @p path through SQLite itself, the way another program would make its file.
bool runRaw(const QString& path, const char* script)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &handle) != SQLITE_OK) {
        sqlite3_close(handle);
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, script, nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("%s", message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    sqlite3_close(handle);
    return rc == SQLITE_OK;
}

/// One integer or text pragma read through a connection of its own, so the file speaks, not the code under test.
QString rawPragma(const QString& path, const char* pragma)
{
    sqlite3* handle = nullptr;
    QString value;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, QByteArray(QByteArray("PRAGMA ") + pragma).constData(), -1, &statement,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(handle);
    return value;
}

qint64 pragmaOf(Database& db, const QString& name)
{
    auto q = db.query(QStringLiteral("PRAGMA ") + name);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

/// A date long past, so that any write during a test would visibly move the modification time.
const QDateTime kOldTime = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);

/// Moves the modification time far back; reading alone must never move it again.
bool setOldTime(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.setFileTime(kOldTime, QFileDevice::FileModificationTime);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaVersionCountsTheMigrations();
    void newFileIsOursWithDurablePragmas();
    void reopenedFileGetsConnectionPragmasAgain();
    void foreignSqliteFileIsRefusedAndUntouched_data();
    void foreignSqliteFileIsRefusedAndUntouched();
    void textFileIsRefusedAndUntouched();
    void newerSchemaIsRefusedAndUntouched_data();
    void newerSchemaIsRefusedAndUntouched();
    void readOnlyRefusesMissingAndEmptyFiles();
    void readOnlyRefusesAFileThatNeedsUpgrading();
    void olderSchemaIsBackedUpBeforeMigrating();
    void upToDateFileIsNotBackedUp();
    void backupToWritesAConsistentCopy();
    void readOnlyLeavesBytesAndModificationTime();
    void readOnlyCreatesNoWalFiles();
    void readOnlyRefusesWrites();
    void readOnlySeesWhatALiveWriterCommitted();
    void readOnlyStaysCorrectWhileAWriterComesAndGoes();
    void journalRefusesUpdateAndDelete();
    void failedTransactionLeavesNothing();
    void foldersThatDoNotExistAreNamed();
    void sameReadInsideALoopKeepsTheOuterRows();
};

void TestDatabase::initTestCase()
{
    // Migrations log at info level; the test output is for failures.
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
}

void TestDatabase::schemaVersionCountsTheMigrations()
{
    const QStringList migrations =
        QDir(QStringLiteral(ONESEAL_SOURCE_DIR "/db/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(Database::schemaVersion(), int(migrations.size()));
}

void TestDatabase::newFileIsOursWithDurablePragmas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.oneseal"));
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        // Per-connection settings: a client that loses power must not lose an acknowledged change.
        QCOMPARE(pragmaOf(**db, QStringLiteral("foreign_keys")), 1);
        QCOMPARE(pragmaOf(**db, QStringLiteral("synchronous")), 2);
        QVERIFY(pragmaOf(**db, QStringLiteral("busy_timeout")) > 0);
        QCOMPARE((*db)->deviceId().size(), 36);
        QVERIFY((*db)->backupPath().isEmpty());
    }
    // Stored in the file itself: whoever opens it next sees a OneSeal database in WAL mode.
    QCOMPARE(rawPragma(path, "application_id").toLongLong(), qint64(Database::kApplicationId));
    QCOMPARE(rawPragma(path, "application_id").toLongLong(), qint64(0x4F53454C));
    QCOMPARE(rawPragma(path, "user_version").toInt(), Database::schemaVersion());
    QCOMPARE(rawPragma(path, "journal_mode"), QStringLiteral("wal"));
}

void TestDatabase::reopenedFileGetsConnectionPragmasAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.oneseal"));
    QString deviceId;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        deviceId = (*db)->deviceId();
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE(pragmaOf(**db, QStringLiteral("foreign_keys")), 1);
    QCOMPARE(pragmaOf(**db, QStringLiteral("synchronous")), 2);
    QCOMPARE((*db)->deviceId(), deviceId);
    // Foreign keys are really enforced, not just reported as on.
    QVERIFY(!(*db)
                 ->query(QStringLiteral("INSERT INTO windows (id, site_id, code, name, kind, ticket_letter, version) "
                                        "VALUES ('w', 'no-such-site', 'C1', 'n', 'general', 'A', 1)"))
                 .ok());
}

void TestDatabase::foreignSqliteFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("readOnly");
    const QByteArray notes =
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');";
    const QByteArray otherId = "PRAGMA application_id = 305419896; CREATE TABLE t (a);";
    const QByteArray otherIdEmpty = "PRAGMA application_id = 305419896;";
    const QByteArray walNotes = "PRAGMA journal_mode = WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY);";
    QTest::newRow("another program's table") << notes << false;
    QTest::newRow("another program's table, read-only") << notes << true;
    QTest::newRow("another application_id") << otherId << false;
    QTest::newRow("another application_id, no tables") << otherIdEmpty << false;
    QTest::newRow("another application_id, read-only") << otherId << true;
    QTest::newRow("another program's WAL file") << walNotes << false;
}

void TestDatabase::foreignSqliteFileIsRefusedAndUntouched()
{
    QFETCH(QByteArray, script);
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    QVERIFY(runRaw(path, script.constData()));
    QVERIFY(setOldTime(path));
    const QByteArray before = sha256Of(path);
    const QStringList filesBefore = filesIn(dir.path());

    {
        auto db = Database::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
        QVERIFY2(db.error().message.contains(QStringLiteral("another program")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
    }
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), kOldTime);
    QCOMPARE(filesIn(dir.path()), filesBefore);
    QCOMPARE(rawPragma(path, "user_version").toInt(), 0);
}

void TestDatabase::textFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("case list for Monday\n1. 张伟 food licence\n");
    }
    const QByteArray before = sha256Of(path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
        QVERIFY2(db.error().message.contains(QStringLiteral("not a SQLite file")), qPrintable(db.error().message));
    }
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("notes.txt")});
}

void TestDatabase::newerSchemaIsRefusedAndUntouched_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.oneseal"));
    QVERIFY(Database::open(path).ok());
    const QByteArray bump = QByteArray("PRAGMA user_version = ") + QByteArray::number(Database::schemaVersion() + 1);
    QVERIFY(runRaw(path, bump.constData()));
    QVERIFY(setOldTime(path));
    const QByteArray before = sha256Of(path);
    const QStringList filesBefore = filesIn(dir.path());

    {
        auto db = Database::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db.too_new"));
        QVERIFY2(db.error().message.contains(QStringLiteral("newer")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QString::number(Database::schemaVersion() + 1)));
    }
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), kOldTime);
    // No backup, no migration, no side files.
    QCOMPARE(filesIn(dir.path()), filesBefore);
    QCOMPARE(rawPragma(path, "user_version").toInt(), Database::schemaVersion() + 1);
}

void TestDatabase::readOnlyRefusesMissingAndEmptyFiles()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.oneseal"));
    auto none = Database::open(missing, OpenMode::ReadOnly);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("db.missing"));
    QVERIFY(!QFileInfo::exists(missing));

    const QString empty = dir.filePath(QStringLiteral("empty.oneseal"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto blank = Database::open(empty, OpenMode::ReadOnly);
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().code, QStringLiteral("db.empty"));
    QVERIFY2(blank.error().message.contains(QStringLiteral("onesealctl init")), qPrintable(blank.error().message));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestDatabase::readOnlyRefusesAFileThatNeedsUpgrading()
{
    // Ours (application_id) but at schema 0 with an unrelated table: the state of a file whose first
    // migration never ran. Reading it must not quietly upgrade it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.oneseal"));
    const QByteArray script =
        "PRAGMA application_id = " + QByteArray::number(Database::kApplicationId) + "; CREATE TABLE scratch (a);";
    QVERIFY(runRaw(path, script.constData()));
    const QByteArray before = sha256Of(path);

    auto db = Database::open(path, OpenMode::ReadOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.needs_upgrade"));
    QVERIFY2(db.error().message.contains(QStringLiteral("upgrad")), qPrintable(db.error().message));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(rawPragma(path, "user_version").toInt(), 0);
}

void TestDatabase::olderSchemaIsBackedUpBeforeMigrating()
{
    if (Database::schemaVersion() < 2)
        QSKIP("only one migration exists, so no older schema can be made; this runs from the second migration on");
    // A real schema-1 file: the first migration alone, as the first release wrote it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.oneseal"));
    const QStringList migrations = QDir(QStringLiteral(ONESEAL_SOURCE_DIR "/db/migrations"))
                                       .entryList({QStringLiteral("0001_*.sql")}, QDir::Files);
    QCOMPARE(migrations.size(), 1);
    QFile first(QStringLiteral(ONESEAL_SOURCE_DIR "/db/migrations/") + migrations.first());
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray script = first.readAll() + "\nPRAGMA user_version = 1; PRAGMA application_id = " +
                              QByteArray::number(Database::kApplicationId) + ";";
    QVERIFY(runRaw(path, script.constData()));
    const QByteArray before = sha256Of(path);

    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    const QString backup = (*db)->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(rawPragma(backup, "user_version").toInt(), 1);
    QCOMPARE(pragmaOf(**db, QStringLiteral("user_version")), Database::schemaVersion());
    QVERIFY(sha256Of(path) != before);
}

void TestDatabase::upToDateFileIsNotBackedUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("current.oneseal"));
    QVERIFY(Database::open(path).ok());
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY((*db)->backupPath().isEmpty());
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

void TestDatabase::backupToWritesAConsistentCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.oneseal"));
    const QString copy = dir.filePath(QStringLiteral("copy.oneseal"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    const Status appended = (*db)->transaction([&]() -> Status {
        for (int i = 1; i <= 3; ++i) {
            Event e;
            e.type = QStringLiteral("setting.changed");
            e.subjectType = QStringLiteral("setting");
            e.subjectId = QStringLiteral("k%1").arg(i);
            e.payload = {{QStringLiteral("value"), QStringLiteral("v%1").arg(i)}};
            e.deviceTime = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
            if (auto r = Journal::append(**db, e); !r)
                return r.error();
        }
        return {};
    });
    QVERIFY(appended.ok());
    // Left in the WAL on purpose: the copy must hold what is committed, not only what is checkpointed.
    QVERIFY((*db)->backupTo(copy).ok());
    QCOMPARE(rawPragma(copy, "application_id").toLongLong(), qint64(Database::kApplicationId));
    QCOMPARE(rawPragma(copy, "user_version").toInt(), Database::schemaVersion());

    auto restored = Database::open(copy, OpenMode::ReadOnly);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    const JournalVerification check = Journal::verify(**restored);
    QVERIFY(check.ok);
    QCOMPARE(check.eventCount, 3);
    QCOMPARE((*restored)->deviceId(), (*db)->deviceId());

    // A second backup over the first replaces it rather than failing.
    QVERIFY((*db)->backupTo(copy).ok());
}

void TestDatabase::readOnlyLeavesBytesAndModificationTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.oneseal"));
    QVERIFY(Database::open(path).ok());
    QVERIFY(setOldTime(path));
    const QByteArray before = sha256Of(path);
    {
        auto db = Database::open(path, OpenMode::ReadOnly);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->mode(), OpenMode::ReadOnly);
        QVERIFY(!(*db)->deviceId().isEmpty());
        QVERIFY(Journal::verify(**db).ok);
        QVERIFY(Journal::count(**db).ok());
    }
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), kOldTime);
}

void TestDatabase::readOnlyCreatesNoWalFiles()
{
    // `audit verify` on a copy handed to an auditor, or on a share, must leave the folder as it was:
    // after the writer closed cleanly there is no -wal or -shm, and reading must not make them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.oneseal"));
    QVERIFY(Database::open(path).ok());
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("audit.oneseal")});
    {
        auto db = Database::open(path, OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY(Journal::verify(**db).ok);
    }
    QCOMPARE(filesIn(dir.path()).join(u' '), QStringLiteral("audit.oneseal"));
}

void TestDatabase::readOnlyRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.oneseal"));
    QVERIFY(Database::open(path).ok());
    const QByteArray before = sha256Of(path);
    {
        auto db = Database::open(path, OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY(!(*db)->query(QStringLiteral("INSERT INTO settings (key, value, version) VALUES ('k', 'v', 1)")).ok());
        QVERIFY(!(*db)->execScript(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(rawPragma(path, "user_version").toInt(), Database::schemaVersion());
}

void TestDatabase::readOnlySeesWhatALiveWriterCommitted()
{
    // `audit verify` while the client has the file open: committed events still in the writer's WAL
    // must be seen, and the writer must carry on unharmed afterwards.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.oneseal"));
    auto writer = Database::open(path);
    QVERIFY(writer.ok());
    auto appendOne = [&](int n) {
        return (*writer)->transaction([&]() -> Status {
            Event e;
            e.type = QStringLiteral("setting.changed");
            e.subjectType = QStringLiteral("setting");
            e.subjectId = QStringLiteral("k%1").arg(n);
            e.payload = {{QStringLiteral("value"), QString::number(n)}};
            e.deviceTime = QDateTime(QDate(2026, 3, 2), QTime(1, n), Qt::UTC);
            auto r = Journal::append(**writer, e);
            return r ? Status() : Status(r.error());
        });
    };
    QVERIFY(appendOne(1).ok());
    QVERIFY(appendOne(2).ok());
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    {
        auto reader = Database::open(path, OpenMode::ReadOnly);
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
        const JournalVerification check = Journal::verify(**reader);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.eventCount, 2);
    }
    QVERIFY(appendOne(3).ok());
    QCOMPARE(*Journal::count(**writer), 3);
    writer->reset(); // the client closes
    auto reopened = Database::open(path, OpenMode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(Journal::verify(**reopened).eventCount, 3);
}

void TestDatabase::readOnlyStaysCorrectWhileAWriterComesAndGoes()
{
    // A reader opened when no client had the file open (so no -wal file), then a client session
    // writes and closes, which checkpoints its WAL into the main file. The reader must go on reading
    // a consistent database, old or new, and never report it damaged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.oneseal"));
    auto appendMany = [](Database& db, int from, int count) {
        return db.transaction([&]() -> Status {
            for (int n = from; n < from + count; ++n) {
                Event e;
                e.type = QStringLiteral("setting.changed");
                e.subjectType = QStringLiteral("setting");
                e.subjectId = QStringLiteral("k%1").arg(n);
                e.payload = {{QStringLiteral("value"), QString(300, QChar(u'a' + n % 26))}};
                e.deviceTime = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC).addSecs(n);
                if (auto r = Journal::append(db, e); !r)
                    return r.error();
            }
            return {};
        });
    };
    {
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        QVERIFY(appendMany(**writer, 0, 200).ok());
    }
    QCOMPARE(filesIn(dir.path()).join(u' '), QStringLiteral("shared.oneseal"));

    auto reader = Database::open(path, OpenMode::ReadOnly);
    QVERIFY(reader.ok());
    QCOMPARE(Journal::verify(**reader).eventCount, 200);
    {
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        QVERIFY(appendMany(**writer, 200, 2000).ok());
    }
    const auto count = Journal::count(**reader);
    QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
    QVERIFY2(*count == 200 || *count == 2200, qPrintable(QString::number(*count)));
    const JournalVerification check = Journal::verify(**reader);
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.eventCount, *count);
}

void TestDatabase::journalRefusesUpdateAndDelete()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("j.oneseal")));
    QVERIFY(db.ok());
    Database& d = **db;
    QVERIFY(d.transaction([&]() -> Status {
                 Event e;
                 e.type = QStringLiteral("setting.changed");
                 e.subjectType = QStringLiteral("setting");
                 e.subjectId = QStringLiteral("idle_lock_minutes");
                 e.payload = {{QStringLiteral("value"), QStringLiteral("15")}};
                 e.deviceTime = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
                 auto r = Journal::append(d, e);
                 return r ? Status() : Status(r.error());
             }).ok());

    auto update = d.query(QStringLiteral("UPDATE journal SET payload = '{\"value\":\"240\"}'"));
    QVERIFY(!update.ok());
    QVERIFY2(update.error().message.contains(QStringLiteral("append-only")), qPrintable(update.error().message));
    auto remove = d.query(QStringLiteral("DELETE FROM journal"));
    QVERIFY(!remove.ok());
    QVERIFY2(remove.error().message.contains(QStringLiteral("append-only")), qPrintable(remove.error().message));
    QVERIFY(!d.execScript(QStringLiteral("UPDATE journal SET hash = 'x'; DELETE FROM journal;")).ok());

    auto payload = d.query(QStringLiteral("SELECT payload, count(*) FROM journal"));
    QVERIFY(payload && payload->next());
    QCOMPARE(payload->value(0).toString(), QStringLiteral("{\"value\":\"15\"}"));
    QCOMPARE(payload->value(1).toInt(), 1);
    QVERIFY(Journal::verify(d).ok);
}

void TestDatabase::failedTransactionLeavesNothing()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("tx.oneseal")));
    QVERIFY(db.ok());
    Database& d = **db;
    const Status failed = d.transaction([&]() -> Status {
        if (auto q = d.query(QStringLiteral("INSERT INTO settings (key, value, version) VALUES ('a', '1', 1)")); !q)
            return q.error();
        // The inner step fails: the outer one's row must go too.
        return d.transaction([&]() -> Status {
            auto q = d.query(QStringLiteral("INSERT INTO settings (key, value, version) VALUES ('a', '2', 1)"));
            return q ? Status() : Status(q.error());
        });
    });
    QVERIFY(!failed.ok());
    QVERIFY(!d.inTransaction());
    auto count = d.query(QStringLiteral("SELECT count(*) FROM settings"));
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
    // And the connection is usable again afterwards.
    QVERIFY(d.transaction([&]() -> Status {
                 auto q = d.query(QStringLiteral("INSERT INTO settings (key, value, version) VALUES ('b', '1', 1)"));
                 return q ? Status() : Status(q.error());
             }).ok());
}

void TestDatabase::foldersThatDoNotExistAreNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.oneseal"));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.no_folder"));
    QVERIFY(db.error().message.contains(dir.filePath(QStringLiteral("no/such/folder"))));
}

void TestDatabase::sameReadInsideALoopKeepsTheOuterRows()
{
    // Statements are reused inside a transaction; a loop that runs its own query again for each row (a
    // lookup walking a tree, say) must still see every row of the outer read.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("loop.oneseal")));
    QVERIFY(db.ok());
    Database& d = **db;
    const QString select = QStringLiteral("SELECT key FROM settings WHERE key >= ? ORDER BY key");
    QStringList outer;
    const Status status = d.transaction([&]() -> Status {
        for (const char* key : {"a", "b", "c"}) {
            if (auto q = d.query(QStringLiteral("INSERT INTO settings (key, value, version) VALUES (?, '1', 1)"),
                                 {QString::fromLatin1(key)});
                !q)
                return q.error();
        }
        auto rows = d.query(select, {QStringLiteral("a")});
        if (!rows)
            return rows.error();
        while (rows->next()) {
            outer.append(rows->value(0).toString());
            auto inner = d.query(select, {QStringLiteral("c")});
            if (!inner)
                return inner.error();
            if (!inner->next() || inner->value(0).toString() != u"c")
                return makeError(QStringLiteral("test"), QStringLiteral("inner read saw the wrong row"));
        }
        return {};
    });
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(outer, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
