#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>

namespace OneSeal {

class Database;

/// Where a central store keeps its authority: the log of outcomes, the devices, the enrolment codes
/// and the signing key (the central_* tables). The projection that events are judged against is a
/// OneSeal SQLite database; the ledger is either that same file (SqliteLedger) or a PostgreSQL
/// database (PostgresLedger), and the SQL the store sends it is the subset both dialects share.
class CentralLedger
{
public:
    virtual ~CentralLedger() = default;

    /// Prepares and runs @p sql with positional @p binds.
    virtual Result<QSqlQuery> query(const QString& sql, const QVariantList& binds = {}) = 0;
    /// Runs @p body in one transaction as the only writer of the log: the next log sequence is
    /// taken inside it, and no other writer (of this or another process) runs until it commits.
    virtual Status writeTransaction(const std::function<Status()>& body) = 0;
    /// Creates the central_* tables when they are missing.
    virtual Status createSchema() = 0;
    /// A condition true when the column audience contains the one bound text.
    virtual QString audienceContains() const = 0;
    /// True when the ledger is the projection's own file, so the projection never lags behind it.
    virtual bool sharesProjection() const = 0;
};

/// The ledger in the projection's own SQLite file: BEGIN IMMEDIATE makes every push the one writer.
class SqliteLedger final : public CentralLedger
{
public:
    explicit SqliteLedger(Database& db) : m_db(db) {}

    Result<QSqlQuery> query(const QString& sql, const QVariantList& binds = {}) override;
    Status writeTransaction(const std::function<Status()>& body) override;
    Status createSchema() override;
    QString audienceContains() const override { return QStringLiteral("instr(audience, ?) > 0"); }
    bool sharesProjection() const override { return true; }

private:
    Database& m_db;
};

} // namespace OneSeal
