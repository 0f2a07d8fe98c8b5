#pragma once

#include "projectedcentralstore.h"

#include <QTemporaryDir>

namespace OneSeal {

/// The central store in PostgreSQL 15, for a centre that needs a standby server: the ledger (log,
/// devices, enrolment codes, signing key) is in PostgreSQL, so every acknowledged outcome is in
/// its WAL (and on the synchronous standby) before the answer leaves. The projection that events
/// are judged against is derived data: a SQLite file in a private temporary folder, rebuilt from
/// the log when the store opens and brought up to date whenever another server process appended.
class PostgresCentralStore final : public ProjectedCentralStore
{
public:
    /// @p url is postgresql://USER[:PASSWORD]@HOST:PORT/DB (libpq also reads PGPASSWORD and
    /// ~/.pgpass, so the password need not be on the command line).
    static Result<std::unique_ptr<PostgresCentralStore>> open(const QString& url,
                                                              std::shared_ptr<const Clock> clock = {});
    ~PostgresCentralStore() override;

private:
    PostgresCentralStore(std::unique_ptr<QTemporaryDir> scratch, std::unique_ptr<Database> db,
                         std::shared_ptr<const Clock> clock);

    std::unique_ptr<QTemporaryDir> m_scratch;
};

} // namespace OneSeal
