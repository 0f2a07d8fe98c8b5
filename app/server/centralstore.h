#pragma once

#include "core/result.h"
#include "sync/wire.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace OneSeal {

/// Counts for /health and /metrics.
struct CentralStats
{
    qint64 logHead = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 devices = 0;
};

/// What an import of a site database did.
struct ImportSummary
{
    qint64 imported = 0;
    qint64 alreadyPresent = 0;
};

/// A licence as the central register holds it, from the licence events the sites pushed: what the
/// public verification page (/v/SERIAL) needs and nothing of the store's own ids.
struct RegisteredLicence
{
    /// One physical print: a code names its print number and the hash of its register record.
    struct Print
    {
        int number = 0;
        bool succeeded = false;
        QString recordHash; ///< hex, as licence_prints.record_hash
    };

    QString serial;
    QString status;   ///< "issued", "void" or "revoked"
    QString statusAt; ///< ISO 8601 UTC of the void or revocation, empty while issued
    QString itemName;
    QString holderKind; ///< "person" or "organisation"
    QString holderName;
    QString holderIdentifier; ///< whole: the page masks it
    QString sealCode;
    QString sealName;
    QString agency; ///< the seal's owner (the issuing agency)
    QDate issuedOn;
    QDate validUntil; ///< invalid when the licence does not expire
    QJsonObject fields;
    QList<Print> prints;
    QHash<QString, QByteArray> sealKeys; ///< every key id (hex) the seal ever registered → Ed25519 public key
};

/// The central store: the one authority that accepts or rejects every site's events and orders them
/// in one log. Implementations: SqliteCentralStore (the default) and PostgresCentralStore keep the same
/// contract. Every call is one transaction; a call that returns success has made its writes durable.
class CentralStore
{
public:
    virtual ~CentralStore() = default;

    /// Checks the device credential behind @p token, drops duplicates (answering them as the first
    /// time), enforces per-device order and chain, then accepts or rejects each new event with a
    /// reason (site ownership, subject version, business rules) under the next log sequence.
    virtual Result<Wire::PushResponse> push(const QString& token, const Wire::PushRequest& request) = 0;

    /// Accepted events after @p after that the device's site may see, except the device's own.
    virtual Result<Wire::PullPage> pull(const QString& token, qint64 after, int limit) = 0;

    /// The log head, signed with the server's Ed25519 key.
    virtual Result<Wire::Checkpoint> checkpoint() = 0;

    /// A one-time code that enrols one device for @p site (its code or id).
    virtual Result<QString> createEnrolCode(const QString& site) = 0;

    /// Spends @p request's code and gives the device its token.
    virtual Result<Wire::Enrolment> enrol(const Wire::EnrolRequest& request) = 0;

    /// Seeds the store with the journal of a site database (for example the central hall's first
    /// database): its events are accepted as they are, and its device belongs to @p site.
    virtual Result<ImportSummary> importSiteDatabase(const QString& path, const QString& site) = 0;

    virtual Result<CentralStats> stats() = 0;

    /// The licence @p serial from the projection of the sites' licence events, or nothing when the
    /// register has no such serial.
    virtual Result<std::optional<RegisteredLicence>> registeredLicence(const QString& serial) = 0;

    /// Writes the accepted events and their projection to a new OneSeal database at @p path (for an
    /// offline audit: onesealctl audit verify, tables-digest).
    virtual Status exportDatabase(const QString& path) = 0;
};

} // namespace OneSeal
