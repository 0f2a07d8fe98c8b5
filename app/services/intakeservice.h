#pragma once

#include "core/result.h"
#include "session.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace OneSeal {

class EventStore;

/// One material as the clerk ticked it at the window.
struct ReceivedMaterial
{
    QString name;
    int originals = 0;
    int copies = 0;
    QString status; ///< "received", "missing" or "defective"
    QString note;   ///< what is wrong, for a missing or defective material
    friend bool operator==(const ReceivedMaterial&, const ReceivedMaterial&) = default;
};

/// What the counter decides about an application (行政许可法 Art. 32).
namespace IntakeOutcome {
inline const QString Accept = QStringLiteral("accept");         ///< 受理
inline const QString Supplement = QStringLiteral("supplement"); ///< 补正, 一次性告知
inline const QString Reject = QStringLiteral("reject");         ///< 不予受理
/// 收件: the materials are taken in and examined later (within 5 working days, Art. 32(4)); no notice yet.
inline const QString Receive = QStringLiteral("receive");
} // namespace IntakeOutcome

/// Everything the counter takes in for one application. The request id, made once per form, makes a
/// second submission of the same form (a double click, a retry) return the first result.
struct IntakeRequest
{
    QString requestId;
    QString applicantKind; ///< "person" or "organisation"
    QString applicantIdentifier;
    QString applicantName;
    QString applicantPhone;
    QString applicantAddress;
    QString agentName;
    QString agentIdentifier;
    QString agentPhone;
    QString itemCode; ///< implementation code
    QList<ReceivedMaterial> materials;
    QString outcome;
    QDate supplementDeadline; ///< for 补正; empty means 10 working days
    QString rejectionReason;  ///< for 不予受理: one of IntakeService::rejectionReasons()
    QString rejectionText;
    QString rejectionBasis;
    QString dishonestyNote; ///< why the clerk goes on although the applicant is on the dishonesty list
    QString ticketId;       ///< the queue ticket the applicant was served on, if any

    static Result<IntakeRequest> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

/// A hit on the dishonesty list, shown to the clerk as soon as the identifier is entered.
struct DishonestyHit
{
    QString subjectName;
    QString measure;
    QString legalBasis;
    QString department;
    QDate validFrom;
    QDate validTo;
};

/// An applicant on record, found by their identifier so that nothing known is typed again.
struct KnownApplicant
{
    QString name;
    QString phone;
    QString address;
};

/// What the counter's decision produced.
struct IntakeResult
{
    QString applicationId;
    QString caseNumber;
    QString outcome;
    QString noticeKind;     ///< "acceptance_notice", "supplement_notice" or "rejection_notice"
    QString documentNumber; ///< of the notice
    QString noticeId;
    QDate dueDate;          ///< promised limit, for 受理
    QDate statutoryDueDate; ///< statutory limit, for 受理
    QString holdingSite; ///< the site that holds the case now (the central hall for a county item taken in at a town)
    QString holdingSiteName;
    bool forwarded = false;        ///< taken in here for the central hall (代收), which decides it (代办)
    QString receiptNoticeId;       ///< the 补正材料接收凭证, when a supplement came back
    QString receiptDocumentNumber; ///< of that receipt
    bool lateNotice = false;       ///< a supplement notice came more than 5 working days after receipt
    bool repeated = false;         ///< the request id was seen before; nothing new was written
};

/// A notice as it was issued: its template and the fields that template prints.
struct IssuedNotice
{
    QString kind; ///< the template name: "acceptance_notice", "supplement_notice" or "rejection_notice"
    QString documentNumber;
    QString caseNumber;
    QJsonObject fields;
};

/// 前台统一受理: from the applicant at the window to a sealed notice, through one service that the
/// client and `onesealctl intake` share. Every rule lives here, not in the window.
class IntakeService final
{
public:
    explicit IntakeService(EventStore& store) : m_store(store) {}

    /// The reasons a counter may refuse an application (Art. 32(1), (2), Art. 78 and others).
    static const QStringList& rejectionReasons();
    static QString rejectionReasonText(const QString& reason);

    /// Looks @p identifier up in the dishonesty list and records the lookup in the journal.
    Result<QList<DishonestyHit>> lookUpDishonesty(const Session& clerk, const QString& identifier);

    /// The applicant of @p kind on record under @p identifier (as normalised), or nothing for a new one.
    Result<std::optional<KnownApplicant>> findApplicant(const Session& clerk, const QString& kind,
                                                        const QString& identifier);

    /// Takes an application in: 受理, 补正 or 不予受理, with its notice and document number.
    Result<IntakeResult> submit(const Session& clerk, const IntakeRequest& request);

    /// The applicant comes back with the supplement: the same case resumes with the materials now at hand.
    /// What @p request leaves empty (applicant, agent, item, materials) is taken from the case, so nothing
    /// is typed twice. Coming back from a supplement notice also issues the 补正材料接收凭证.
    Result<IntakeResult> resume(const Session& clerk, const QString& caseNumber, const IntakeRequest& request);

    /// The case @p caseNumber as a request to resume it with: applicant, agent, item and materials as they
    /// were recorded, for the form to show. Only cases waiting at the counter can be resumed.
    Result<IntakeRequest> resumable(const QString& caseNumber);

    /// A notice issued before, to print it (again) exactly as it was issued.
    Result<IssuedNotice> notice(const QString& noticeId);

    /// 即办件: decides on the spot. Only an approver of the section that decides the item, and never the
    /// person who accepted the application.
    /// Returns the id of the decision document (准予 / 不予行政许可决定书), to print with the acceptance notice.
    Result<QString> decideOnTheSpot(const Session& approver, const QString& caseNumber, bool approve,
                                    const QString& reasons);

private:
    Result<IntakeResult> previousResult(const QString& requestId);
    Result<QString> caseId(const QString& caseNumber);
    Result<IntakeResult> issue(const Session& clerk, const IntakeRequest& request, const QString& existingId);

    EventStore& m_store;
};

} // namespace OneSeal
