#include "database.h"

#include "core/uuid7.h"
#include "dblog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <sqlite3.h>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Migrations are db/migrations/NNNN_name.sql, embedded; version N is the file whose name starts with N.
const QStringList& migrationFiles()
{
    static const QStringList files = [] {
        QStringList list;
        const QDir dir(QStringLiteral(":/oneseal/migrations"));
        for (int version = 1;; ++version) {
            const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
            const QStringList match = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
            if (match.size() != 1)
                break;
            list.append(dir.filePath(match.first()));
        }
        return list;
    }();
    return files;
}

QString migrationPath(int version)
{
    return migrationFiles().value(version - 1);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("oneseal-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error dbError(const QString& what, const QString& detail)
{
    return makeError(QStringLiteral("db.error"), Text::tr("Database error while %1: %2").arg(what, detail));
}

} // namespace

int Database::schemaVersion()
{
    return int(migrationFiles().size());
}

Database::Database(QString path, QString connectionName, OpenMode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::ReadOnly && !info.exists())
        return makeError(QStringLiteral("db.missing"), Text::tr("There is no database at %1.").arg(path));
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("db.unreadable"),
                             Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return makeError(QStringLiteral("db.foreign"),
                             Text::tr("%1 is not a OneSeal database (it is not a SQLite file at all).").arg(path));
    }
    if (mode == OpenMode::ReadWrite && !info.absoluteDir().exists())
        return makeError(QStringLiteral("db.no_folder"),
                         Text::tr("The folder %1 does not exist.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), mode));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    if (mode == OpenMode::ReadOnly) {
        // A read-only connection to a WAL database creates -wal and -shm files when they are missing and
        // cannot remove them again. So: with a -wal file present (a writer is about), read it read-only;
        // without one, open read-write but refuse every write (query_only), which lets SQLite clean up
        // after itself and still see a writer that comes and goes; on a read-only folder or medium, where
        // no writer can exist, read the file as immutable.
        const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        if (walPresent || !writable) {
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setQuery(walPresent ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
            db->m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
    }
    if (!db->m_db.open())
        return makeError(QStringLiteral("db.open"),
                         Text::tr("Cannot open %1: %2.").arg(path, db->m_db.lastError().text()));
    if (mode == OpenMode::ReadOnly) {
        if (auto q = db->query(QStringLiteral("PRAGMA query_only = ON")); !q)
            return q.error();
    }
    if (Status status = db->checkAndPrepare(); !status)
        return status.error();
    return db;
}

Status Database::checkAndPrepare()
{
    auto pragma = [this](const QString& name) -> Result<qint64> {
        auto q = query(QStringLiteral("PRAGMA ") + name);
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toLongLong() : 0;
    };
    const auto applicationId = pragma(QStringLiteral("application_id"));
    const auto userVersion = pragma(QStringLiteral("user_version"));
    auto tables = query(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!applicationId || !userVersion || !tables)
        return makeError(QStringLiteral("db.foreign"),
                         Text::tr("%1 cannot be read as a SQLite database; it may be damaged or not a OneSeal "
                                  "database.")
                             .arg(m_path));
    tables->next();
    const bool blank = *applicationId == 0 && *userVersion == 0 && tables->value(0).toInt() == 0;
    tables->finish();

    if (!blank && *applicationId != kApplicationId)
        return makeError(QStringLiteral("db.foreign"),
                         Text::tr("%1 is a SQLite file of another program, not a OneSeal database; it was left "
                                  "untouched.")
                             .arg(m_path));
    if (*userVersion > schemaVersion())
        return makeError(QStringLiteral("db.too_new"),
                         Text::tr("%1 was written by a newer OneSeal (schema %2; this program knows up to %3). "
                                  "Install the newer OneSeal to open it; the file was left untouched.")
                             .arg(m_path)
                             .arg(*userVersion)
                             .arg(schemaVersion()));

    // temp_store in memory keeps the savepoints' sub-journals (one per judged or applied step) out of
    // temporary files: they only ever roll back a step inside the open transaction.
    // Reads through a memory map share the system's page cache between the client's connections: a search that
    // visits thousands of scattered rows of a large history then costs page look-ups, not read() calls (SQLite
    // caps the map at its compiled maximum; writes still go through the journal).
    for (const char* statement : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000",
                                  "PRAGMA temp_store = MEMORY", "PRAGMA mmap_size = 2147418112"}) {
        if (auto q = query(QString::fromLatin1(statement)); !q)
            return q.error();
    }

    if (m_mode == OpenMode::ReadOnly) {
        if (blank)
            return makeError(QStringLiteral("db.empty"),
                             Text::tr("%1 is empty; create it with \"onesealctl init\" first.").arg(m_path));
        if (*userVersion < schemaVersion())
            return makeError(QStringLiteral("db.needs_upgrade"),
                             Text::tr("%1 uses schema %2 and needs upgrading to %3; open it once with OneSeal to "
                                      "upgrade it (a backup is made first).")
                                 .arg(m_path)
                                 .arg(*userVersion)
                                 .arg(schemaVersion()));
        auto device = query(QStringLiteral("SELECT id FROM local_device LIMIT 1"));
        if (device && device->next())
            m_deviceId = device->value(0).toString();
        return {};
    }

    for (const char* statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto q = query(QString::fromLatin1(statement)); !q)
            return q.error();
    }
    if (*userVersion < schemaVersion()) {
        if (Status status = migrate(int(*userVersion)); !status)
            return status;
    }
    return ensureDevice();
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        m_backupPath = m_path + QStringLiteral(".schema%1-%2.bak")
                                    .arg(fromVersion)
                                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (Status status = backupTo(m_backupPath); !status)
            return makeError(QStringLiteral("db.backup_failed"),
                             Text::tr("The database was not upgraded because the backup before the upgrade failed: "
                                      "%1")
                                 .arg(status.error().message));
        qCInfo(lcDb) << "backed up" << m_path << "to" << m_backupPath << "before migrating";
    }
    for (int version = fromVersion + 1; version <= schemaVersion(); ++version) {
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly))
            return dbError(Text::tr("reading migration %1").arg(version), file.errorString());
        const QString script = QString::fromUtf8(file.readAll()) +
                               QStringLiteral("\nPRAGMA user_version = %1;\nPRAGMA application_id = %2;\n")
                                   .arg(version)
                                   .arg(kApplicationId);
        const Status step = transaction([&] { return execScript(script); });
        if (!step)
            return makeError(QStringLiteral("db.migration_failed"),
                             Text::tr("Upgrading the database to schema %1 failed and was rolled back: %2")
                                 .arg(version)
                                 .arg(step.error().message));
        qCInfo(lcDb) << "migrated" << m_path << "to schema" << version;
    }
    return {};
}

Status Database::ensureDevice()
{
    auto existing = query(QStringLiteral("SELECT id FROM local_device LIMIT 1"));
    if (!existing)
        return existing.error();
    if (existing->next()) {
        m_deviceId = existing->value(0).toString();
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_deviceId = makeUuid7(now);
    auto insert = query(QStringLiteral("INSERT INTO local_device (id, created_at) VALUES (?, ?)"),
                        {m_deviceId, now.toString(Qt::ISODateWithMs)});
    return insert ? Status() : Status(insert.error());
}

Result<QSqlQuery> Database::query(const QString& sql, const QVariantList& binds)
{
    const bool reuse = m_transactionDepth > 0;
    auto cached = reuse ? m_statements.find(sql) : m_statements.end();
    // A read not walked to its end may still be in the caller's hands (a loop that runs the same text for each
    // row): it keeps its statement, and this call gets a new one that takes its place in the cache.
    const bool inUse = cached != m_statements.end() && cached->second.isActive() && cached->second.isSelect() &&
                       cached->second.at() != QSql::AfterLastRow;
    if (cached == m_statements.end() || inUse) {
        QSqlQuery prepared(m_db);
        prepared.setForwardOnly(true);
        if (!prepared.prepare(sql))
            return dbError(Text::tr("preparing \"%1\"").arg(sql.left(60)), prepared.lastError().text());
        if (!reuse)
            return run(std::move(prepared), sql, binds);
        if (inUse)
            cached->second = std::move(prepared);
        else
            cached = m_statements.emplace(sql, std::move(prepared)).first;
    }
    // Qt deprecates copying a QSqlQuery because the copies share one result; sharing the prepared
    // statement is the point here.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery q = cached->second;
    QT_WARNING_POP
    return run(std::move(q), sql, binds);
}

Result<QSqlQuery> Database::run(QSqlQuery q, const QString& sql, const QVariantList& binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec())
        return dbError(Text::tr("running \"%1\"").arg(sql.left(60)), q.lastError().text());
    return q;
}

void Database::releaseStatements()
{
    // An unfinished read would hold the transaction's snapshot open after it ends.
    for (auto& [sql, q] : m_statements)
        q.finish();
    // Statements built from data (lists of ids) would otherwise pile up over a long session.
    constexpr qsizetype kMaxStatements = 256;
    if (m_statements.size() > kMaxStatements)
        m_statements.clear();
}

Status Database::execScript(const QString& script)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(), script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return dbError(Text::tr("running a script"), detail);
}

Status Database::transaction(const std::function<Status()>& body)
{
    if (m_transactionDepth > 0) {
        // A savepoint, so that a failed inner step leaves nothing behind even if the caller goes on.
        const QString savepoint = QStringLiteral("step%1").arg(m_transactionDepth);
        if (Status begin = execScript(QStringLiteral("SAVEPOINT ") + savepoint); !begin)
            return begin;
        ++m_transactionDepth;
        const Status status = body();
        --m_transactionDepth;
        if (!status) {
            if (Status undo = execScript(QStringLiteral("ROLLBACK TO ") + savepoint); !undo)
                qCWarning(lcDb) << "rollback to savepoint failed:" << undo.error().message;
        }
        if (Status release = execScript(QStringLiteral("RELEASE ") + savepoint); !release)
            qCWarning(lcDb) << "releasing a savepoint failed:" << release.error().message;
        return status;
    }
    if (Status begin = execScript(QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin;
    m_transactionDepth = 1;
    Status status = body();
    m_transactionDepth = 0;
    releaseStatements();
    if (status) {
        status = execScript(QStringLiteral("COMMIT"));
        if (status)
            return status;
    }
    if (Status rollback = execScript(QStringLiteral("ROLLBACK")); !rollback)
        qCWarning(lcDb) << "rollback failed:" << rollback.error().message;
    return status;
}

Status Database::backupTo(const QString& target)
{
    QFile::remove(target);
    QString quoted = target;
    quoted.replace(u'\'', QStringLiteral("''"));
    return execScript(QStringLiteral("VACUUM INTO '%1'").arg(quoted));
}

sqlite3* Database::handle() const
{
    return *static_cast<sqlite3* const*>(m_db.driver()->handle().constData());
}

} // namespace OneSeal
