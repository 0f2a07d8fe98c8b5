#include "centralledger.h"

#include "db/database.h"

namespace OneSeal {
namespace {

/// The server's own tables, next to the projection in the same file. The log is append-only like
/// the journal: an acknowledged outcome never changes.
const char* const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS central_log (
    server_seq  INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    site_id     TEXT NOT NULL,
    event_hash  TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
    reason_code TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    audience    TEXT NOT NULL,
    event       TEXT NOT NULL,
    entry_hash  TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (device_id, device_seq)
);
CREATE TRIGGER IF NOT EXISTS central_log_no_update BEFORE UPDATE ON central_log
BEGIN
    SELECT RAISE(ABORT, 'the central log is append-only');
END;
CREATE TRIGGER IF NOT EXISTS central_log_no_delete BEFORE DELETE ON central_log
BEGIN
    SELECT RAISE(ABORT, 'the central log is append-only');
END;
CREATE TABLE IF NOT EXISTS central_devices (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    token_hash  TEXT UNIQUE,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    last_hash   TEXT NOT NULL,
    enrolled_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS central_enrol_codes (
    code_hash  TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT NOT NULL DEFAULT '',
    used_by    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS central_identity (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    public_key TEXT NOT NULL,
    secret_key TEXT NOT NULL
);
)sql";

} // namespace

Result<QSqlQuery> SqliteLedger::query(const QString& sql, const QVariantList& binds)
{
    return m_db.query(sql, binds);
}

Status SqliteLedger::writeTransaction(const std::function<Status()>& body)
{
    return m_db.transaction(body);
}

Status SqliteLedger::createSchema()
{
    return m_db.execScript(QString::fromUtf8(kSchema));
}

} // namespace OneSeal
