#include "centralschema.h"

namespace OneSeal {
namespace {

/// The ledger's tables, next to the projection in the SQLite store's file or in the PostgreSQL
/// database. {counter} is a 64-bit sequence; {append_only_guard} stops any change or deletion of a
/// log entry once written: like the journal, an acknowledged outcome never changes.
///
/// The SQLite spelling must stay byte for byte what it was: SQLite keeps each CREATE text in
/// sqlite_master, and existing central files were made from it (tst_centralschema holds that text).
const char* const kTables = R"sql(
CREATE TABLE IF NOT EXISTS central_log (
    server_seq  {counter} PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,
    device_id   TEXT NOT NULL,
    device_seq  {counter} NOT NULL,
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
{append_only_guard}
CREATE TABLE IF NOT EXISTS central_devices (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    token_hash  TEXT UNIQUE,
    last_seq    {counter} NOT NULL DEFAULT 0,
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

const char* const kSqliteGuard = R"sql(CREATE TRIGGER IF NOT EXISTS central_log_no_update BEFORE UPDATE ON central_log
BEGIN
    SELECT RAISE(ABORT, 'the central log is append-only');
END;
CREATE TRIGGER IF NOT EXISTS central_log_no_delete BEFORE DELETE ON central_log
BEGIN
    SELECT RAISE(ABORT, 'the central log is append-only');
END;)sql";

/// PostgreSQL also has TRUNCATE, which row triggers do not see.
const char* const kPostgresGuard = R"sql(CREATE OR REPLACE FUNCTION central_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the central log is append-only';
END;
$$;
CREATE OR REPLACE TRIGGER central_log_append_only BEFORE UPDATE OR DELETE ON central_log
    FOR EACH ROW EXECUTE FUNCTION central_log_append_only();
CREATE OR REPLACE TRIGGER central_log_no_truncate BEFORE TRUNCATE ON central_log
    FOR EACH STATEMENT EXECUTE FUNCTION central_log_append_only();)sql";

} // namespace

QString centralSchemaSql(SqlDialect dialect)
{
    QString sql = QString::fromUtf8(kTables);
    switch (dialect) {
    case SqlDialect::Sqlite:
        // INTEGER, not BIGINT: SQLite's INTEGER already holds 64 bits, and only "INTEGER PRIMARY KEY"
        // makes server_seq the rowid itself (no second index, appends in rowid order).
        sql.replace(QStringLiteral("{counter}"), QStringLiteral("INTEGER"));
        sql.replace(QStringLiteral("{append_only_guard}"), QString::fromUtf8(kSqliteGuard));
        break;
    case SqlDialect::Postgres:
        sql.replace(QStringLiteral("{counter}"), QStringLiteral("BIGINT"));
        sql.replace(QStringLiteral("{append_only_guard}"), QString::fromUtf8(kPostgresGuard));
        break;
    }
    return sql;
}

} // namespace OneSeal
