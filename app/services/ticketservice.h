#pragma once

#include "core/result.h"
#include "session.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace OneSeal {

class EventStore;

/// Where a ticket is in the hall.
namespace TicketState {
inline const QString Waiting = QStringLiteral("waiting");   ///< in its window kind's queue
inline const QString Called = QStringLiteral("called");     ///< at a window now
inline const QString Skipped = QStringLiteral("skipped");   ///< 弃号: called and did not come
inline const QString Finished = QStringLiteral("finished"); ///< served
} // namespace TicketState

/// One queue ticket as the hall sees it.
struct Ticket
{
    QString id;
    QString number; ///< what the applicant holds and the hall calls out: "A001"
    QString windowKind;
    QString state;
    QDate day;
    QDateTime issuedAt;
    QDateTime calledAt;   ///< the last call; invalid while it waits
    QDateTime finishedAt; ///< invalid until it is finished
    QString windowCode;   ///< the window that called it last
    int recalls = 0;
    int transfers = 0;
    qint64 waitingSeconds = 0; ///< issued (or transferred) → called, summed over every queue it waited in
    qint64 counterSeconds = 0; ///< called → finished or transferred, summed over every window
    QString caseNumber;        ///< the case it was served for, once there is one
};

/// 叫号: a ticket per applicant, a letter per window kind (the windows' ticket_letter), numbered per
/// site, day and letter. A window calls the oldest waiting ticket of its own kind, may call it out
/// again, mark it a no-show, pass it to another kind of window or finish it; finishing links the
/// ticket to the case taken in for it, so that waiting, counter and back-office time add up per
/// applicant. Every change is one journal event.
class TicketService final
{
public:
    explicit TicketService(EventStore& store) : m_store(store) {}

    /// "commerce", "planning", "general": the window kinds of the organisation.
    static const QStringList& windowKinds();
    /// The name of a window kind for people, translated.
    static QString windowKindName(const QString& kind);

    /// Issues the next ticket of @p windowKind at the actor's site for today.
    Result<Ticket> issue(const Session& actor, const QString& windowKind);
    /// The actor's window calls the oldest waiting ticket of its kind.
    Result<Ticket> callNext(const Session& clerk);
    /// Calls the window's current ticket out again (重呼).
    Result<Ticket> recall(const Session& clerk);
    /// The window's current ticket did not come (弃号).
    Result<Ticket> skip(const Session& clerk);
    /// Passes the window's current ticket to the queue of @p windowKind; it keeps its number.
    Result<Ticket> transfer(const Session& clerk, const QString& windowKind);
    /// Finishes the window's current ticket, linked to @p caseNumber, or when empty to the case that
    /// intake recorded for this ticket (if any).
    Result<Ticket> finish(const Session& clerk, const QString& caseNumber = QString());

    /// The ticket at the clerk's window now, if any.
    Result<std::optional<Ticket>> current(const Session& clerk);
    /// How many tickets wait for the clerk's kind of window.
    Result<int> waitingCount(const Session& clerk);
    /// Every ticket of @p site (its id or its code, "PZ") on @p day, in the order they were issued.
    Result<QList<Ticket>> list(const QString& site, const QDate& day);

private:
    struct Window
    {
        QString id;
        QString code;
        QString kind;
    };
    Result<Window> windowOf(const Session& clerk);
    Result<Ticket> load(const QString& ticketId);
    Result<QString> currentId(const Session& clerk, const Window& window);
    Result<Ticket> change(const Session& clerk, const QString& type,
                          const std::function<Result<QJsonObject>(const Window&, const Ticket&)>& fields);

    EventStore& m_store;
};

} // namespace OneSeal
