#pragma once

#include "core/clock.h"
#include "core/event.h"
#include "core/result.h"
#include "session.h"

#include <QJsonObject>

namespace OneSeal {

class Database;

/// The one write path: every business change becomes one journal event applied to the tables
/// through the projector, in one transaction with the caller's other changes.
class EventStore final
{
public:
    EventStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    /// Records a change of @p subjectType @p subjectId made by @p actor: reads the subject's current
    /// version, appends the event and applies it. Joins the caller's transaction or makes its own.
    Result<Event> record(const Session& actor, const QString& type, const QString& subjectType,
                         const QString& subjectId, const QJsonObject& payload);

    /// Runs @p body in one transaction: all of its events commit together or none does.
    Status transaction(const std::function<Status()>& body);

    Database& database() { return m_db; }
    const Clock& clock() const { return m_clock; }

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace OneSeal
