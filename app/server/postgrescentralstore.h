#pragma once

#include "projectedcentralstore.h"

#include <QTemporaryDir>
#include <QUrl>

namespace OneSeal {

/// The central store in PostgreSQL 15, for a centre that needs a standby server: the ledger (log,
/// devices, enrolment codes, signing key) is in PostgreSQL, so every acknowledged outcome is in
/// its WAL (and on the synchronous standby) before the answer leaves. The projection that events
/// are judged against is derived data: a SQLite file in the server's state folder (one per PostgreSQL
/// database, shared by the server processes started with that folder), which notes how far it got, so
/// that opening the store and every read bring it up to the log's head by applying only what the log
/// gained. Servers with different state folders never touch each other's file. A file that follows
/// another log is made anew; where the state folder cannot be written, the projection is rebuilt in a
/// temporary folder at every start.
class PostgresCentralStore final : public ProjectedCentralStore
{
public:
    /// @p url is postgresql://USER[:PASSWORD]@HOST:PORT/DB (libpq also reads PGPASSWORD and
    /// ~/.pgpass, so the password need not be on the command line).
    /// The projection is kept in @p stateDir; with an empty one it lives in a temporary folder for this
    /// process only.
    static Result<std::unique_ptr<PostgresCentralStore>> open(const QString& url, const QString& stateDir,
                                                              std::shared_ptr<const Clock> clock = {});
    ~PostgresCentralStore() override;

    /// Where the projection of the database at @p url is kept in @p stateDir (named after the database's
    /// address, so one folder can serve several databases); empty when @p stateDir is empty or cannot be
    /// written.
    static QString projectionPath(const QUrl& url, const QString& stateDir);

private:
    PostgresCentralStore(std::unique_ptr<QTemporaryDir> scratch, std::unique_ptr<Database> db,
                         std::shared_ptr<const Clock> clock);
    static Result<std::unique_ptr<CentralLedger>> connectLedger(const QUrl& parsed, const QString& database);
    static Result<std::unique_ptr<PostgresCentralStore>> openWith(const QString& file,
                                                                  std::unique_ptr<QTemporaryDir> scratch,
                                                                  std::unique_ptr<CentralLedger> ledger,
                                                                  std::shared_ptr<const Clock> clock);

    std::unique_ptr<QTemporaryDir> m_scratch;
};

} // namespace OneSeal
