#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QSet>

namespace OneSeal {

class Database;

/// Applies events to the tables. The same code applies an event written here and one received
/// from another site, and replaying the journal through it rebuilds every table.
namespace Projector {

/// Applies @p event inside the caller's transaction. Fails when the event type is unknown, a field
/// does not belong to its table, or the subject's version is not the one the event was made on.
Status apply(Database& db, const Event& event);

/// Rebuilds one subject's row from its journal events, leaving out @p refused (steps the central
/// store rejected) and any later step that was made on top of one of them. Runs inside the
/// caller's transaction. Returns the number of events applied.
Result<int> rebuildSubject(Database& db, const QString& subjectType, const QString& subjectId,
                           const QSet<QString>& refused);

/// The current version of a subject (0 when it does not exist yet).
Result<qint64> currentVersion(Database& db, const QString& subjectType, const QString& subjectId);

/// The business tables (everything but the journal and the local device), in dependency order.
const QStringList& projectedTables();

} // namespace Projector
} // namespace OneSeal
