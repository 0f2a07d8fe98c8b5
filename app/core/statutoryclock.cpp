#include "statutoryclock.h"

#include <QCoreApplication>
#include <algorithm>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StatutoryClock)
};

/// A stretch the clock stands still, as known on the reading day: a suspension that ends later (or
/// not yet) is taken to end on the reading day, and one that starts later is not known yet.
struct Stop
{
    QDate from; ///< exclusive
    QDate to;   ///< inclusive
};

bool stopped(const QList<Stop>& stops, const QDate& day)
{
    return std::any_of(stops.cbegin(), stops.cend(), [&](const Stop& s) { return day > s.from && day <= s.to; });
}

Error badInput(const QString& message)
{
    return makeError(QStringLiteral("clock.bad_input"), message);
}

/// The day on which @p limit counted working days after @p start have passed, skipping @p stops;
/// nothing when the count runs into a year without a calendar.
std::optional<QDate> dueAfter(const WorkingCalendar& calendar, const QDate& start, int limit,
                              const QList<Stop>& stops)
{
    QDate day = start;
    for (int counted = 0; counted < limit;) {
        day = day.addDays(1);
        const std::optional<bool> working = calendar.isWorkingDay(day);
        if (!working)
            return std::nullopt;
        if (*working && !stopped(stops, day))
            ++counted;
    }
    return day;
}

/// Working days in (@p from, @p to] that are counted (not stopped); the calendar is known there.
int countedDays(const WorkingCalendar& calendar, const QDate& from, const QDate& to, const QList<Stop>& stops)
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        count += calendar.isWorkingDay(day).value_or(false) && !stopped(stops, day) ? 1 : 0;
    return count;
}

} // namespace

QString StatutoryClock::lightKey(ClockLight light)
{
    switch (light) {
    case ClockLight::Green: return QStringLiteral("green");
    case ClockLight::Yellow: return QStringLiteral("yellow");
    case ClockLight::Red: return QStringLiteral("red");
    }
    return QString();
}

Result<ClockReading> StatutoryClock::read(const WorkingCalendar& calendar, const ClockInput& input,
                                          const ClockPolicy& policy, const QDate& today)
{
    if (!input.clockStart.isValid())
        return badInput(Text::tr("The case has no acceptance day, so its clock has not started."));
    if (input.promisedDays < 0 || input.statutoryDays < 0 || input.extensionDays < 0)
        return badInput(Text::tr("Time limits and the extension must not be negative."));
    if (!today.isValid())
        return badInput(Text::tr("The day to read the clock on is not a valid date."));

    ClockReading reading;
    reading.start = input.clockStart;
    reading.frozen = input.decidedOn.isValid() && input.decidedOn <= today;
    reading.asOf = reading.frozen ? input.decidedOn : today;
    if (reading.asOf < input.clockStart)
        reading.asOf = input.clockStart;
    const QDate asOf = reading.asOf;

    // Only what had happened by the reading day counts: reading an earlier day shows the case as it was.
    QList<Stop> stops;
    QList<const ClockSuspension*> known;
    for (const ClockSuspension& s : input.suspensions) {
        if (!s.startedOn.isValid() || s.startedOn < input.clockStart)
            return badInput(Text::tr("A suspension must start on or after the day the clock started (%1).")
                                .arg(input.clockStart.toString(Qt::ISODate)));
        if (s.endedOn.isValid() && s.endedOn < s.startedOn)
            return badInput(Text::tr("A suspension ends (%1) before it starts (%2).")
                                .arg(s.endedOn.toString(Qt::ISODate), s.startedOn.toString(Qt::ISODate)));
        if (s.startedOn > asOf)
            continue;
        known.append(&s);
        const bool running = !s.endedOn.isValid() || s.endedOn > asOf;
        const bool stopsClock =
            s.kind == ClockSuspension::Kind::SpecialProcedure || policy.supplementStopsClock;
        if (!stopsClock)
            continue;
        if (running)
            reading.suspended = true;
        stops.append({s.startedOn, running ? asOf : s.endedOn});
    }
    reading.extensionDays = input.extensionDays;

    // Every day up to the reading day must be known: a light is never guessed.
    for (QDate day = input.clockStart.addDays(1); day <= asOf; day = day.addDays(1)) {
        const std::optional<bool> working = calendar.isWorkingDay(day);
        if (!working) // the calendar's own message names the missing year and what to do
            return calendar.addWorkingDays(day.addDays(-1), 1).error();
        if (!*working)
            continue;
        if (stopped(stops, day))
            ++reading.suspendedDays;
        else
            ++reading.elapsedDays;
    }

    const int promised = input.promisedDays + input.extensionDays;
    const int statutory = input.statutoryDays + input.extensionDays;
    reading.remainingDays = promised - reading.elapsedDays;
    reading.statutoryRemainingDays = statutory - reading.elapsedDays;
    reading.dueDate = dueAfter(calendar, input.clockStart, promised, stops);
    reading.statutoryDueDate = dueAfter(calendar, input.clockStart, statutory, stops);
    if (!reading.dueDate || !reading.statutoryDueDate)
        reading.warnings.append(
            {QStringLiteral("calendar.unknown_year"),
             Text::tr("The due date lies in a year with no holiday calendar loaded; it stays unknown until an "
                      "administrator imports that year's calendar.")});

    const int yellowAt = std::max(policy.yellowMinDays, promised * policy.yellowPercent / 100);
    reading.light = reading.remainingDays < 0         ? ClockLight::Red
                    : reading.remainingDays <= yellowAt ? ClockLight::Yellow
                                                        : ClockLight::Green;
    reading.severe = reading.statutoryRemainingDays < 0;

    for (const ClockSuspension* s : known) {
        if (s->kind != ClockSuspension::Kind::SpecialProcedure || s->expectedDays <= 0)
            continue;
        const QDate end = s->endedOn.isValid() && s->endedOn <= asOf ? s->endedOn : asOf;
        const int taken = countedDays(calendar, s->startedOn, end, {});
        if (taken > s->expectedDays)
            reading.warnings.append({QStringLiteral("clock.procedure_overrun"),
                                     Text::tr("The %1 has taken %2 working days; the applicant was told %3.")
                                         .arg(s->procedure)
                                         .arg(taken)
                                         .arg(s->expectedDays)});
    }
    for (const ClockStep& step : input.steps) {
        if (step.limitDays <= 0 || !step.startedOn.isValid() || step.startedOn > asOf)
            continue;
        const QDate end = step.endedOn.isValid() && step.endedOn <= asOf ? step.endedOn : asOf;
        const int taken = countedDays(calendar, step.startedOn, end, stops);
        if (taken > step.limitDays)
            reading.warnings.append({QStringLiteral("clock.step_overrun"),
                                     Text::tr("The step %1 has taken %2 working days; its limit is %3.")
                                         .arg(step.name)
                                         .arg(taken)
                                         .arg(step.limitDays)});
    }
    return reading;
}

} // namespace OneSeal
