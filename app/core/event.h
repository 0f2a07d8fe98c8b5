#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace OneSeal {

/// One journal event: a business change as it was made, by whom, where and when. The same event
/// is the audit record, the unit of replication and the input of the projection.
struct Event
{
    qint64 seq = 0; ///< local order in this database's journal; not part of the hash
    QString id;     ///< UUIDv7
    QString deviceId;
    qint64 deviceSeq = 0; ///< 1, 2, 3 … per device, without gaps
    QString siteId;
    QString userId;
    QString type;        ///< for example "user.created"
    QString subjectType; ///< for example "user"
    QString subjectId;
    qint64 subjectVersion = 0; ///< the subject's version before this event
    QJsonObject payload;
    QDateTime deviceTime; ///< UTC, as the device's clock said
    QString prevHash;     ///< the hash of the device's previous event, or 64 zeros for its first
    QString hash;         ///< SHA-256 (hex) of the canonical bytes

    /// The canonical JSON of everything but seq and hash: the bytes the hash covers.
    Result<QByteArray> canonicalBytes() const;
    /// The hash these fields call for.
    Result<QString> computeHash() const;
};

/// The prev_hash of a device's first event.
inline QString genesisHash()
{
    return QString(64, u'0');
}

/// Device time as stored and hashed: ISO 8601 UTC with milliseconds.
inline QString formatEventTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace OneSeal
