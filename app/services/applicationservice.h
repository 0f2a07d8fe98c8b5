#pragma once

#include "core/result.h"
#include "session.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace OneSeal {

class EventStore;

/// The states of an application (DOMAIN.md, "An application's life").
namespace ApplicationState {
inline const QString Received = QStringLiteral("received"); ///< at the counter, not yet decided on
inline const QString SupplementRequested = QStringLiteral("supplement_requested");
inline const QString Rejected = QStringLiteral("rejected"); ///< 不予受理
inline const QString Accepted = QStringLiteral("accepted"); ///< 受理, clock running
inline const QString InReview = QStringLiteral("in_review");
inline const QString Approved = QStringLiteral("approved"); ///< 准予, waiting for the print centre
inline const QString Denied = QStringLiteral("denied");     ///< 不予许可
inline const QString Issued = QStringLiteral("issued");     ///< licence printed and sealed
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Withdrawn = QStringLiteral("withdrawn");
const QStringList& all();
QString displayName(const QString& state);
} // namespace ApplicationState

/// An application brought over from the counter's earlier records, with the state it has reached.
struct ApplicationRecord
{
    QString caseNumber;
    QString itemCode;      ///< implementation code
    QString applicantKind; ///< "person" or "organisation"
    QString applicantIdentifier;
    QString applicantName;
    QString applicantPhone;
    QString state;
    QDate receivedOn;
    QDate acceptedOn;
    QDate dueDate;
    QString acceptedBy; ///< user id
    QString decidedBy;
    QDate decidedOn;
};

/// One line of the applications overview.
struct ApplicationSummary
{
    QString id;
    QString caseNumber;
    QString itemName;
    QString applicantName;
    QString state;
    QDate receivedOn;
    QDate dueDate;
    QString siteName;
};

/// Applications as a whole. The intake, review and print workspaces of later work write them step by
/// step; here they are recorded with the state they reached (the demo, a migration from paper
/// records) and listed.
class ApplicationService final
{
public:
    explicit ApplicationService(EventStore& store) : m_store(store) {}

    /// Records an application with its state; a counter clerk's work (TakeApplications).
    Result<QString> record(const Session& actor, const ApplicationRecord& application);

    /// The applications of the actor's site (all sites for a central user), newest first.
    Result<QList<ApplicationSummary>> list(const Session& actor, const QStringList& states = {});
    /// How many applications are in each state, for the workspaces' overviews.
    Result<QMap<QString, int>> countByState(const Session& actor);

private:
    EventStore& m_store;
};

} // namespace OneSeal
