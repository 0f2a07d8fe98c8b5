#pragma once

#include "result.h"
#include "workingcalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace OneSeal {

/// A stretch of time that does not count against the limits (行政许可法 Art. 45), or a review-stage
/// supplement that local policy may let stop the clock. The day it starts is still the agency's; the
/// working days after it, up to and including the day it ends, are not counted.
struct ClockSuspension
{
    enum class Kind {
        SpecialProcedure, ///< 听证, 专家评审, 检验, 检测, 检疫, 鉴定, 招标, 拍卖
        Supplement,       ///< 审查阶段补正: stops the clock only where ClockPolicy says so
    };
    Kind kind = Kind::SpecialProcedure;
    QString procedure; ///< for a special procedure, one of SpecialProcedure::kinds()
    QDate startedOn;
    QDate endedOn;         ///< invalid while it is still running
    int expectedDays = 0;  ///< working days told to the applicant in writing; 0 when none was given
};

/// A step of the case with a limit of its own (环节时限), for instance review within 3 working days.
struct ClockStep
{
    QString name;    ///< shown in the warning, for example "审查"
    QDate startedOn; ///< counted from the working day after it, like the case itself
    QDate endedOn;   ///< invalid while the step is open
    int limitDays = 0;
};

/// Everything about a case that moves its clock.
struct ClockInput
{
    QDate clockStart;      ///< the 受理 day (or the receipt day, Art. 32(4)); day 1 is the next working day
    int promisedDays = 0;  ///< 承诺时限, working days
    int statutoryDays = 0; ///< 法定时限, working days
    QList<ClockSuspension> suspensions;
    int extensionDays = 0; ///< 0, or the one extension granted (+10, +15 for joint handling)
    QDate decidedOn;       ///< the clock freezes on the day of the decision; invalid while undecided
    QList<ClockStep> steps;
};

/// Local policy: the light thresholds and whether a review-stage supplement stops the clock. Stored as
/// settings so that every site reads the same.
struct ClockPolicy
{
    int yellowMinDays = 1;     ///< yellow at or below this many working days left …
    int yellowPercent = 20;    ///< … or at or below this share of the promised limit, whichever is larger
    bool supplementStopsClock = false; ///< the law has no general pause for them (domain-cn §3.2)
};

/// The colour a case shows in the queue.
enum class ClockLight { Green, Yellow, Red };

/// Something about a case a section chief should look at although the light may still be green.
struct ClockWarning
{
    QString code; ///< "clock.procedure_overrun", "clock.step_overrun" or "calendar.unknown_year"
    QString message;
};

/// The state of a case's clock on one day.
struct ClockReading
{
    QDate asOf;  ///< the day read: today, or the decision day once the clock froze
    QDate start; ///< the clock's start day (day 0)
    int extensionDays = 0;
    /// The promised and statutory due dates with extension and suspensions; nothing when the count runs
    /// into a year without a calendar (a warning says so). While a suspension runs they assume it ends
    /// on asOf.
    std::optional<QDate> dueDate;
    std::optional<QDate> statutoryDueDate;
    int suspendedDays = 0;            ///< working days the clock stood still up to asOf
    int elapsedDays = 0;              ///< working days counted up to asOf
    int remainingDays = 0;            ///< against the promised limit with extension; negative when passed
    int statutoryRemainingDays = 0;   ///< against the statutory limit with extension
    ClockLight light = ClockLight::Green;
    bool severe = false;    ///< the statutory limit has passed
    bool suspended = false; ///< a suspension runs on asOf
    bool frozen = false;    ///< the case is decided
    QList<ClockWarning> warnings;
};

/// The statutory clock of one case, computed from its events on the working-day calendar. Pure
/// arithmetic: the same input gives the same light at the central hall and at an offline town centre.
class StatutoryClock final
{
public:
    /// The one extension the law allows: +10 working days, +15 for joint handling (Art. 42).
    static int extensionDays(bool joint) { return joint ? 15 : 10; }

    /// Reads the clock of @p input on @p today (or on the decision day when decided earlier).
    /// Fails with "calendar.unknown_year" when a day up to the reading day has no calendar, and with
    /// "clock.bad_input" when the input contradicts itself (a suspension ending before it starts).
    static Result<ClockReading> read(const WorkingCalendar& calendar, const ClockInput& input,
                                     const ClockPolicy& policy, const QDate& today);

    /// The key of a light as stored and printed: "green", "yellow", "red".
    static QString lightKey(ClockLight light);
};

} // namespace OneSeal
