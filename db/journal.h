#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace OneSeal {

class Database;

/// What `audit verify` found.
struct JournalVerification
{
    bool ok = true;
    qint64 eventCount = 0;
    qint64 brokenSeq = 0; ///< the first event that does not verify
    QString brokenId;
    QString reason;
};

/// The append-only, hash-chained journal. Each device's events form one chain (prev_hash) and one
/// gapless sequence; the triggers of the schema refuse UPDATE and DELETE.
namespace Journal {

/// Appends a new event of this database's device: fills id, device, device sequence, prev_hash and
/// hash. Must run inside a transaction so that the projection commits with it.
Result<Event> append(Database& db, Event event);

/// Stores an event made elsewhere (another device, or a replay) exactly as it was, after checking
/// its hash and that it continues its device's chain.
Status insert(Database& db, const Event& event);

/// Stores an event of another device received through sync, exactly as it was, after checking its
/// hash. It continues its device's chain, or follows a gap (events this site does not see, or the
/// server refused), which is recorded so that verify() knows the jump is not a removal. Refuses
/// events of this database's own device: only append() writes that chain.
Status receive(Database& db, const Event& event);

/// Whether the journal holds the event with this id.
Result<bool> contains(Database& db, const QString& eventId);

/// This database's own events after device sequence @p afterDeviceSeq, oldest first; at most
/// @p limit when limit > 0.
Result<QList<Event>> listOwn(Database& db, qint64 afterDeviceSeq, int limit = 0);

/// The events of one subject, oldest first.
Result<QList<Event>> listSubject(Database& db, const QString& subjectType, const QString& subjectId);

/// Events after local sequence @p afterSeq, oldest first; at most @p limit when limit > 0.
Result<QList<Event>> list(Database& db, qint64 afterSeq = 0, int limit = 0);

/// Recomputes every hash and checks every device's chain and sequence.
JournalVerification verify(Database& db);

/// The number of events.
Result<qint64> count(Database& db);

} // namespace Journal
} // namespace OneSeal
