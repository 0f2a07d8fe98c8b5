#pragma once

#include "core/result.h"
#include "core/workingcalendar.h"
#include "session.h"

#include <QList>

namespace OneSeal {

class EventStore;

/// The holiday calendar as data: the years shipped with the program and those an administrator
/// imports each November, when the State Council publishes the next year's schedule.
class CalendarService final
{
public:
    explicit CalendarService(EventStore& store) : m_store(store) {}

    /// The years shipped in the program's resources (2024–2026), parsed.
    static QList<CalendarYear> shippedYears();
    /// A calendar of the shipped years alone, for commands without a database.
    static WorkingCalendar shippedCalendar();

    /// Imports or replaces one year (holiday-cn JSON); a system administrator's work.
    Status importYear(const Session& actor, const CalendarYear& year);
    Status importFile(const Session& actor, const QString& path);

    /// The years in the database with their exception days.
    Result<QList<CalendarYear>> years();
    /// The working-day calendar of this database.
    Result<WorkingCalendar> calendar();

private:
    EventStore& m_store;
};

} // namespace OneSeal
