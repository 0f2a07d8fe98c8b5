#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace OneSeal {

/// How a database is opened. ReadOnly never migrates and never writes, not even the WAL switch,
/// so that audit and listing commands leave the file as they found it.
enum class OpenMode { ReadWrite, ReadOnly };

/// One open OneSeal SQLite file: checked to be ours (application_id), migrated to the current
/// schema (after a backup), in WAL mode with foreign keys and synchronous=FULL.
class Database final
{
public:
    /// "OSEL": marks a SQLite file as a OneSeal database so that a foreign file is refused.
    static constexpr int kApplicationId = 0x4F53454C;

    /// The schema version this build writes: the number of embedded migrations.
    static int schemaVersion();

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    OpenMode mode() const { return m_mode; }
    /// This installation's device id (a UUID made when the file was created).
    const QString& deviceId() const { return m_deviceId; }
    /// The backup written before the last migration, empty when none was needed.
    const QString& backupPath() const { return m_backupPath; }

    /// Prepares and runs @p sql with positional @p binds; the error names the statement.
    ///
    /// Inside a transaction each statement text is prepared once and reused until the outermost
    /// transaction ends (parsing is most of the cost of a small write); a read of the same text that has
    /// not reached its last row is left alone and the call prepares a new statement. Outside transactions
    /// every call prepares its own statement, so that no unfinished read keeps an old snapshot of the file
    /// open between calls.
    Result<QSqlQuery> query(const QString& sql, const QVariantList& binds = {});
    /// Runs a script of several statements (migrations, test fixtures).
    Status execScript(const QString& script);
    /// Runs @p body in one write transaction (BEGIN IMMEDIATE): commits when it succeeds, rolls
    /// everything back when it fails. A nested call is a savepoint of the outer transaction: when it
    /// fails, its own changes are undone and the outer body decides whether to go on.
    Status transaction(const std::function<Status()>& body);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Writes a consistent copy of the database to @p target (VACUUM INTO).
    Status backupTo(const QString& target);

    /// The raw handle, for what Qt Sql cannot do (multi-statement scripts, benchmarks).
    sqlite3* handle() const;

private:
    Database(QString path, QString connectionName, OpenMode mode);
    Status checkAndPrepare();
    Status migrate(int fromVersion);
    Status ensureDevice();
    Result<QSqlQuery> run(QSqlQuery q, const QString& sql, const QVariantList& binds);
    /// Ends the cached statements' reads and forgets them when there are too many.
    void releaseStatements();

    QString m_path;
    QString m_connectionName;
    OpenMode m_mode;
    QSqlDatabase m_db;
    QString m_deviceId;
    QString m_backupPath;
    int m_transactionDepth = 0;
    /// Statements prepared in the current transaction, by their text.
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace OneSeal
