#pragma once

#include "centralstore.h"
#include "core/clock.h"

#include <memory>

namespace OneSeal {

class Database;

/// The central store in one SQLite file: a OneSeal database whose tables are the projection of
/// every accepted event (so the server checks versions and rules with the same Projector that the
/// clients run), plus the log, the devices, the enrolment codes and the server's signing key.
/// synchronous=FULL: a push is answered only after its transaction is on disk.
class SqliteCentralStore final : public CentralStore
{
public:
    static Result<std::unique_ptr<SqliteCentralStore>> open(const QString& path,
                                                            std::shared_ptr<const Clock> clock = {});
    ~SqliteCentralStore() override;

    Result<Wire::PushResponse> push(const QString& token, const Wire::PushRequest& request) override;
    Result<Wire::PullPage> pull(const QString& token, qint64 after, int limit) override;
    Result<Wire::Checkpoint> checkpoint() override;
    Result<QString> createEnrolCode(const QString& site) override;
    Result<Wire::Enrolment> enrol(const Wire::EnrolRequest& request) override;
    Result<ImportSummary> importSiteDatabase(const QString& path, const QString& site) override;
    Result<CentralStats> stats() override;
    Result<std::optional<RegisteredLicence>> registeredLicence(const QString& serial) override;

    Database& database() { return *m_db; }

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

    SqliteCentralStore(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock);
    Status prepare();
    Result<Device> authenticate(const QString& token);
    Result<Device> device(const QString& deviceId);
    Result<QString> resolveSite(const QString& site, QString* code = nullptr);
    Result<bool> isCentral(const QString& siteId);
    /// Checks and applies one new event in a savepoint: an Error here is a rejection reason.
    Status judge(const Device& device, const Event& event);
    Status checkOwnership(const Device& device, const Event& event);
    Result<QString> audienceOf(const Event& event);
    Status appendLog(Head& head, const Event& event, bool accepted, const Error& reason, qint64* serverSeq);
    Status saveDevice(const Device& device);

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    Head m_head;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace OneSeal
