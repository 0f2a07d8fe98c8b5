#pragma once

#include "core/result.h"
#include "sync/wire.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace OneSeal {

class Database;

/// One of this device's steps that the server refused, as the conflicts list shows it.
struct SyncConflict
{
    QString eventId;
    QString type;
    QString subjectType;
    QString subjectId;
    qint64 serverSeq = 0;
    QString reasonCode;
    QString reason;
};

/// A refused step with what the conflicts list tells about it: when and by whom it was made, and the case
/// it concerns.
struct ConflictEntry
{
    SyncConflict conflict;
    QString madeAt;   ///< ISO 8601 UTC, the device's clock when the step was made
    QString madeBy;   ///< the account's display name
    QString caseNumber; ///< empty when the step concerns no application
    QString notedAt;  ///< ISO 8601 UTC, when the server's refusal arrived
    QJsonObject payload;
};

/// Where this database stands with the central store: the repository of the sync tables.
namespace SyncState {

inline const QString kServerUrl = QStringLiteral("server_url");
inline const QString kSiteId = QStringLiteral("site_id");
inline const QString kSiteCode = QStringLiteral("site_code");
inline const QString kServerKey = QStringLiteral("server_public_key");
/// The highest device sequence of this device that the server has answered for.
inline const QString kAcked = QStringLiteral("acked_device_seq");
/// The server sequence this database has pulled up to.
inline const QString kCursor = QStringLiteral("cursor");
inline const QString kLastSync = QStringLiteral("last_sync");

QString value(Database& db, const QString& key, const QString& fallback = {});
Status setValue(Database& db, const QString& key, const QString& value);

/// Records a refused step (once; a replayed answer changes nothing).
Status addConflict(Database& db, const QString& eventId, qint64 serverSeq, const QString& reasonCode,
                   const QString& reason, const QString& notedAt);
Result<QList<SyncConflict>> conflicts(Database& db);
/// The refused steps not yet marked seen, oldest first, with their details.
Result<QList<ConflictEntry>> conflictEntries(Database& db);
/// How many refused steps wait to be seen.
Result<qint64> openConflictCount(Database& db);
/// The user saw the refused step @p eventId (and redid it or let it go): it leaves the list.
Status markConflictSeen(Database& db, const QString& eventId);

/// The last checkpoint kept, serverSeq 0 when none.
Result<Wire::Checkpoint> lastCheckpoint(Database& db);
/// The checkpoint kept for @p serverSeq, serverSeq 0 when none.
Result<Wire::Checkpoint> checkpointAt(Database& db, qint64 serverSeq);
Status keepCheckpoint(Database& db, const Wire::Checkpoint& checkpoint);

/// Own events not yet answered by the server.
Result<qint64> pendingCount(Database& db);

} // namespace SyncState
} // namespace OneSeal
