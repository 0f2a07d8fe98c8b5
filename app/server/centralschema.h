#pragma once

#include <QString>

namespace OneSeal {

/// The SQL dialects that hold a central ledger.
enum class SqlDialect {
    Sqlite,
    Postgres,
};

/// The central_* tables (log, devices, enrolment codes, signing key) and the log's append-only guard,
/// written once and spelled for @p dialect: the columns, keys and checks are the same in both, only the
/// type of the 64-bit counters and the guard's trigger syntax differ. Every statement is idempotent
/// (IF NOT EXISTS, OR REPLACE), so the text runs at every start against new and existing databases.
QString centralSchemaSql(SqlDialect dialect);

} // namespace OneSeal
