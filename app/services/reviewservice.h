#pragma once

#include "core/result.h"
#include "core/statutoryclock.h"
#include "session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace OneSeal {

class EventStore;

/// The steps a case passes in the back office (后台分类审批).
namespace ReviewStep {
inline const QString Review = QStringLiteral("review");     ///< 审查: a reviewer records the opinion
inline const QString Decision = QStringLiteral("decision"); ///< 决定: an approver grants or refuses
} // namespace ReviewStep

/// The thresholds and limits the clock reads, kept as settings so every site shows the same light.
struct ClockSettings
{
    ClockPolicy policy;
    int reviewStepDays = 3;   ///< 审查 should end within this many working days of acceptance
    int decisionStepDays = 2; ///< 决定 within this many after the opinion
};

/// One line of a section's queue.
struct QueueEntry
{
    QString applicationId;
    QString caseNumber;
    QString itemName;
    QString applicant; ///< masked when it is a person
    QString step;      ///< ReviewStep::Review or ReviewStep::Decision
    QString holderId;
    QString holderName; ///< empty when nobody holds it
    QString state;
    /// The clock on the day asked for; when it could not be read (a year without calendar),
    /// clockError says why and reading is empty.
    ClockReading reading;
    QString clockError;
};

/// What a reviewer finds (审查意见). An on-site check (Art. 34) is made by two reviewers.
struct ReviewOpinion
{
    QString opinion;
    bool recommendGrant = true;
    bool onSite = false;
    QString secondReviewer; ///< user name, needed for an on-site check
};

/// A stop of the clock: a special procedure of Art. 45 with the duration told in writing, or a
/// review-stage supplement.
struct SuspensionRequest
{
    bool specialProcedure = true;
    QString procedure; ///< one of SpecialProcedure::kinds() for a special procedure
    int expectedDays = 0;
    QString reason;
};

/// Review and decision: claiming a case from the section's queue, the opinion, special procedures
/// and supplements that stop the clock, the one extension, the decision and its correction. The
/// rules of DOMAIN.md are enforced here: one holder at a time, only an approver of the case's section
/// decides, never the person who accepted the case, and a decided case changes only through a
/// correction the section chief records.
class ReviewService final
{
public:
    explicit ReviewService(EventStore& store) : m_store(store) {}

    Result<ClockSettings> clockSettings();
    /// Changes the thresholds and limits; a system administrator's work (ManageConfiguration).
    Status setClockSettings(const Session& admin, const ClockSettings& settings);

    /// The open cases of @p section (id, code or name), most urgent first, with their clock on @p asOf.
    Result<QList<QueueEntry>> queue(const QString& section, const QDate& asOf);
    /// The cases @p applicationIds (of any state) as queue entries with their clock on @p asOf, in the
    /// order given; ids that name no case are left out.
    Result<QList<QueueEntry>> queueEntries(const QStringList& applicationIds, const QDate& asOf);
    /// The clock of one case on @p asOf.
    Result<ClockReading> clock(const QString& caseNumber, const QDate& asOf);

    Status claim(const Session& actor, const QString& caseNumber);
    /// Gives the case back to the queue; its holder or the section chief.
    Status release(const Session& actor, const QString& caseNumber);
    /// The section chief hands the case to @p username of the same section.
    Status reassign(const Session& chief, const QString& caseNumber, const QString& username);

    Status recordOpinion(const Session& reviewer, const QString& caseNumber, const ReviewOpinion& opinion);
    /// 准予 or 不予 with reasons; returns the id of the decision document (a notice). 准予 puts the case in
    /// the print centre's queue.
    Result<QString> decide(const Session& approver, const QString& caseNumber, bool grant, const QString& reasons);
    /// The section chief changes a decision, with the reason recorded; returns the new decision document.
    Result<QString> correctDecision(const Session& chief, const QString& caseNumber, bool grant,
                                    const QString& reasons, const QString& why);

    /// Stops the clock; a special procedure comes with its written notice, whose id is returned.
    Result<QString> suspend(const Session& actor, const QString& caseNumber, const SuspensionRequest& request);
    Status resume(const Session& actor, const QString& caseNumber);
    /// The one extension (+10 working days, +15 for joint handling) by the section's approver, with the
    /// reason; returns the id of the 延期告知书.
    Result<QString> extend(const Session& approver, const QString& caseNumber, bool joint, const QString& reason);

private:
    EventStore& m_store;
};

} // namespace OneSeal
