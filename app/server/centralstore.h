#pragma once

#include "core/result.h"
#include "sync/wire.h"

#include <QString>

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

    /// Writes the accepted events and their projection to a new OneSeal database at @p path (for an
    /// offline audit: onesealctl audit verify, tables-digest).
    virtual Status exportDatabase(const QString& path) = 0;
};

} // namespace OneSeal
