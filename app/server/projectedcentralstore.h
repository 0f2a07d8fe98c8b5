#pragma once

#include "centralledger.h"
#include "centralstore.h"
#include "core/clock.h"

#include <memory>

namespace OneSeal {

class Database;

/// The central store's logic, whatever holds it: every new event is judged against a OneSeal
/// database whose tables are the projection of every accepted event (so the server checks
/// versions and rules with the same Projector that the clients run), and its outcome goes to the
/// ledger (log, devices, enrolment codes, signing key). SqliteCentralStore keeps both in one file;
/// PostgresCentralStore keeps the ledger in PostgreSQL and rebuilds the projection from it.
/// A call answers only after the ledger has committed its writes.
class ProjectedCentralStore : public CentralStore
{
public:
    ~ProjectedCentralStore() override;

    Result<Wire::PushResponse> push(const QString& token, const Wire::PushRequest& request) override;
    Result<Wire::PullPage> pull(const QString& token, qint64 after, int limit) override;
    Result<Wire::Checkpoint> checkpoint() override;
    Result<QString> createEnrolCode(const QString& site) override;
    Result<Wire::Enrolment> enrol(const Wire::EnrolRequest& request) override;
    Result<ImportSummary> importSiteDatabase(const QString& path, const QString& site) override;
    Result<CentralStats> stats() override;
    Status exportDatabase(const QString& path) override;
    Result<std::optional<RegisteredLicence>> registeredLicence(const QString& serial) override;

    /// The projection (for the SQLite store, the store's own file).
    Database& database() { return *m_db; }

protected:
    ProjectedCentralStore(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock);
    /// Takes the ledger (which may refer to the projection), creates its tables, loads or makes the
    /// signing key and brings the projection up to the ledger's head.
    Status prepare(std::unique_ptr<CentralLedger> ledger);

private:
    struct Device
    {
        QString id;
        QString siteId;
        qint64 lastSeq = 0;
        QString lastHash;
        bool central = false; ///< the device's site is the central hall (filled per request)
    };
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };

    Result<Head> ledgerHead();
    /// Applies the accepted events that the ledger holds beyond the projection (written by another
    /// process on the same ledger, or all of them for a fresh projection).
    Status catchUp(qint64 head);
    /// Brings the projection up to the ledger's head before a read of it, so that what another process
    /// appended (a new site, a revoked licence) is seen at once.
    Status refresh();
    /// How far a projection kept apart from its ledger got, as its own note says (0 for a new file); an
    /// error when the note belongs to another log.
    Result<qint64> projectedSeq();
    /// Notes in the projection, in its open transaction, that it holds the log up to @p head.
    Status noteProjected(const Head& head);
    Result<Device> authenticate(const QString& token);
    Result<Device> device(const QString& deviceId);
    Result<QString> resolveSite(const QString& site, QString* code = nullptr);
    Result<bool> isCentral(const QString& siteId);
    /// Checks and applies one new event in a savepoint: an Error here is a rejection reason.
    Status judge(const Device& device, const Event& event);
    Status checkOwnership(const Device& device, const Event& event);
    Status checkLicenceOwnership(const Device& device, const Event& event);
    Result<QString> audienceOf(const Event& event);
    Status appendLog(Head& head, const Event& event, bool accepted, const Error& reason, qint64* serverSeq);
    Status saveDevice(const Device& device);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CentralLedger> m_ledger;
    std::shared_ptr<const Clock> m_clock;
    /// The last log entry the projection holds.
    qint64 m_projected = 0;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace OneSeal
