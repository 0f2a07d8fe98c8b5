#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace OneSeal {

/// A date that breaks the Monday–Friday pattern: a statutory holiday or rest day (off) on a weekday,
/// or a 调休 make-up working day on a weekend.
struct CalendarDay
{
    QDate date;
    bool offDay = false;
    QString name;

    friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

/// One year's schedule as the State Council publishes it, in the holiday-cn JSON format.
struct CalendarYear
{
    int year = 0;
    QStringList papers;
    QList<CalendarDay> days;
};

/// Working days on the holiday calendar. Weekdays work and weekends rest unless a loaded year says
/// otherwise. A date in a year that is not loaded is unknown, never guessed: the State Council sets
/// each year's 调休 only in the November before it.
class WorkingCalendar final
{
public:
    /// Parses the holiday-cn format: {"year": 2026, "papers": [...], "days": [{"name", "date", "isOffDay"}]}.
    static Result<CalendarYear> parseHolidayCn(const QByteArray& json);
    /// Serialises @p year back to the holiday-cn format.
    static QByteArray toHolidayCn(const CalendarYear& year);

    /// Adds or replaces one year's schedule. Its file may list dates of the neighbouring years
    /// (late December in the next year's notice); those are kept too.
    void addYear(const CalendarYear& year);

    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;

    /// Whether @p date is a working day, or nothing when its year is not loaded.
    std::optional<bool> isWorkingDay(const QDate& date) const;

    /// The day on which @p days working days after @p start have passed; the start day is not counted.
    /// Fails with code "calendar.unknown_year" when the count runs into a year that is not loaded.
    Result<QDate> addWorkingDays(const QDate& start, int days) const;

    /// The number of working days after @p from up to and including @p to (0 when @p to <= @p from).
    Result<int> workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    Error unknownYear(int year) const;

    QSet<int> m_years;
    QMap<QDate, CalendarDay> m_exceptions;
};

} // namespace OneSeal
