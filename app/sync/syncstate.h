#pragma once

#include "core/result.h"
#include "sync/wire.h"

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

/// The last checkpoint kept, serverSeq 0 when none.
Result<Wire::Checkpoint> lastCheckpoint(Database& db);
/// The checkpoint kept for @p serverSeq, serverSeq 0 when none.
Result<Wire::Checkpoint> checkpointAt(Database& db, qint64 serverSeq);
Status keepCheckpoint(Database& db, const Wire::Checkpoint& checkpoint);

/// Own events not yet answered by the server.
Result<qint64> pendingCount(Database& db);

} // namespace SyncState
} // namespace OneSeal
