#include "ticketservice.h"

#include "core/event.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TicketService)
};

const QString kColumns = QStringLiteral(
    "t.id, t.ticket_number, t.window_kind, t.state, t.day, t.issued_at, t.called_at, t.finished_at, "
    "coalesce(w.code, ''), t.recalls, t.transfers, t.waiting_seconds, t.counter_seconds, coalesce(a.case_number, '')");
const QString kFrom = QStringLiteral(
    " FROM tickets t LEFT JOIN windows w ON w.id = t.window_id LEFT JOIN applications a ON a.id = t.application_id ");

QDateTime eventTime(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Ticket ticketFrom(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toString();
    t.number = q.value(1).toString();
    t.windowKind = q.value(2).toString();
    t.state = q.value(3).toString();
    t.day = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    t.issuedAt = eventTime(q.value(5).toString());
    t.calledAt = eventTime(q.value(6).toString());
    t.finishedAt = eventTime(q.value(7).toString());
    t.windowCode = q.value(8).toString();
    t.recalls = q.value(9).toInt();
    t.transfers = q.value(10).toInt();
    t.waitingSeconds = q.value(11).toLongLong();
    t.counterSeconds = q.value(12).toLongLong();
    t.caseNumber = q.value(13).toString();
    return t;
}

/// Seconds from @p from to @p to, never negative: a device clock set back must not make time run backwards.
qint64 secondsBetween(const QDateTime& from, const QDateTime& to)
{
    return from.isValid() ? std::max<qint64>(0, from.secsTo(to)) : 0;
}

} // namespace

const QStringList& TicketService::windowKinds()
{
    static const QStringList kinds{QStringLiteral("commerce"), QStringLiteral("planning"), QStringLiteral("general")};
    return kinds;
}

QString TicketService::windowKindName(const QString& kind)
{
    if (kind == u"commerce")
        return Text::tr("Business registration");
    if (kind == u"planning")
        return Text::tr("Planning and construction");
    if (kind == u"general")
        return Text::tr("General services");
    return kind;
}

Result<Ticket> TicketService::issue(const Session& actor, const QString& windowKind)
{
    if (Status allowed = require(actor, Permission::TakeApplications); !allowed)
        return allowed.error();
    if (actor.siteId.isEmpty())
        return makeError(QStringLiteral("ticket.no_site"),
                         Text::tr("Your account belongs to no site; an administrator must assign one."));
    if (!windowKinds().contains(windowKind))
        return makeError(QStringLiteral("input.window_kind"),
                         Text::tr("There is no window kind \"%1\"; choose one of %2.")
                             .arg(windowKind, windowKinds().join(QStringLiteral(", "))),
                         QStringLiteral("window_kind"));
    Database& db = m_store.database();
    QString ticketId;
    const Status status = m_store.transaction([&]() -> Status {
        // The letter is the one the site's windows of this kind show above the counter.
        auto letter = db.query(QStringLiteral("SELECT ticket_letter FROM windows WHERE site_id = ? AND kind = ? "
                                              "AND active = 1 ORDER BY code LIMIT 1"),
                               {actor.siteId, windowKind});
        if (!letter)
            return letter.error();
        if (!letter->next())
            return makeError(QStringLiteral("ticket.no_window"),
                             Text::tr("This site has no open %1 window; issue a ticket for another kind or open "
                                      "a window of this kind first.")
                                 .arg(windowKindName(windowKind)),
                             QStringLiteral("window_kind"));
        const QString prefix = letter->value(0).toString();
        const QDate today = m_store.clock().today();
        auto last =
            db.query(QStringLiteral("SELECT coalesce(max(number), 0) FROM tickets WHERE site_id = ? AND day = ? "
                                    "AND letter = ?"),
                     {actor.siteId, today.toString(Qt::ISODate), prefix});
        if (!last)
            return last.error();
        last->next();
        const int number = last->value(0).toInt() + 1;
        const QDateTime now = m_store.clock().nowUtc();
        ticketId = makeUuid7(now);
        const auto event =
            m_store.record(actor, QStringLiteral("ticket.issued"), QStringLiteral("ticket"), ticketId,
                           {{QStringLiteral("site_id"), actor.siteId},
                            {QStringLiteral("day"), today.toString(Qt::ISODate)},
                            {QStringLiteral("letter"), prefix},
                            {QStringLiteral("number"), number},
                            {QStringLiteral("ticket_number"),
                             QString(prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0')))},
                            {QStringLiteral("window_kind"), windowKind},
                            {QStringLiteral("state"), TicketState::Waiting},
                            {QStringLiteral("issued_at"), formatEventTime(now)},
                            {QStringLiteral("issued_by"), actor.userId},
                            {QStringLiteral("queued_at"), formatEventTime(now)}});
        return event ? Status() : Status(event.error());
    });
    if (!status)
        return status.error();
    return load(ticketId);
}

Result<TicketService::Window> TicketService::windowOf(const Session& clerk)
{
    if (Status allowed = require(clerk, Permission::TakeApplications); !allowed)
        return allowed.error();
    if (clerk.windowId.isEmpty())
        return makeError(QStringLiteral("ticket.no_window"),
                         Text::tr("Your account works at no window; an administrator must assign one to call "
                                  "tickets."));
    auto q =
        m_store.database().query(QStringLiteral("SELECT id, code, kind FROM windows WHERE id = ?"), {clerk.windowId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("ticket.no_window"),
                         Text::tr("Your window is not in the organisation any more; ask an administrator."));
    return Window{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
}

Result<Ticket> TicketService::load(const QString& ticketId)
{
    auto q = m_store.database().query(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE t.id = ?"),
                                      {ticketId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("ticket.unknown"), Text::tr("There is no ticket %1.").arg(ticketId));
    return ticketFrom(*q);
}

Result<QString> TicketService::currentId(const Session& clerk, const Window& window)
{
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM tickets WHERE window_id = ? AND state = ? "
                                                     "AND site_id = ? ORDER BY called_at DESC LIMIT 1"),
                                      {window.id, TicketState::Called, clerk.siteId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<Ticket> TicketService::callNext(const Session& clerk)
{
    const auto window = windowOf(clerk);
    if (!window)
        return window.error();
    Database& db = m_store.database();
    QString ticketId;
    const Status status = m_store.transaction([&]() -> Status {
        const auto busy = currentId(clerk, *window);
        if (!busy)
            return busy.error();
        if (!busy->isEmpty()) {
            const auto ticket = load(*busy);
            return makeError(QStringLiteral("ticket.window_busy"),
                             Text::tr("Ticket %1 is still at your window; finish, skip or transfer it first.")
                                 .arg(ticket ? ticket->number : *busy));
        }
        // Oldest first: a ticket passed on from another window was issued earlier and so goes ahead.
        auto next =
            db.query(QStringLiteral("SELECT id, queued_at FROM tickets WHERE site_id = ? AND day = ? "
                                    "AND window_kind = ? AND state = ? ORDER BY issued_at, number LIMIT 1"),
                     {clerk.siteId, m_store.clock().today().toString(Qt::ISODate), window->kind, TicketState::Waiting});
        if (!next)
            return next.error();
        if (!next->next())
            return makeError(QStringLiteral("ticket.none_waiting"),
                             Text::tr("Nobody is waiting for a %1 window.").arg(windowKindName(window->kind)));
        ticketId = next->value(0).toString();
        const QDateTime now = m_store.clock().nowUtc();
        const auto ticket = load(ticketId);
        if (!ticket)
            return ticket.error();
        const auto event =
            m_store.record(clerk, QStringLiteral("ticket.called"), QStringLiteral("ticket"), ticketId,
                           {{QStringLiteral("state"), TicketState::Called},
                            {QStringLiteral("window_id"), window->id},
                            {QStringLiteral("called_by"), clerk.userId},
                            {QStringLiteral("called_at"), formatEventTime(now)},
                            {QStringLiteral("waiting_seconds"),
                             ticket->waitingSeconds + secondsBetween(eventTime(next->value(1).toString()), now)}});
        return event ? Status() : Status(event.error());
    });
    if (!status)
        return status.error();
    return load(ticketId);
}

Result<Ticket> TicketService::change(const Session& clerk, const QString& type,
                                     const std::function<Result<QJsonObject>(const Window&, const Ticket&)>& fields)
{
    const auto window = windowOf(clerk);
    if (!window)
        return window.error();
    QString ticketId;
    const Status status = m_store.transaction([&]() -> Status {
        const auto current = currentId(clerk, *window);
        if (!current)
            return current.error();
        if (current->isEmpty())
            return makeError(QStringLiteral("ticket.none_called"),
                             Text::tr("No ticket is at your window; call the next one first."));
        ticketId = *current;
        const auto ticket = load(ticketId);
        if (!ticket)
            return ticket.error();
        const auto payload = fields(*window, *ticket);
        if (!payload)
            return payload.error();
        const auto event = m_store.record(clerk, type, QStringLiteral("ticket"), ticketId, *payload);
        return event ? Status() : Status(event.error());
    });
    if (!status)
        return status.error();
    return load(ticketId);
}

Result<Ticket> TicketService::recall(const Session& clerk)
{
    return change(clerk, QStringLiteral("ticket.recalled"), [](const Window&, const Ticket& t) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("recalls"), t.recalls + 1}};
    });
}

Result<Ticket> TicketService::skip(const Session& clerk)
{
    return change(clerk, QStringLiteral("ticket.skipped"), [this](const Window&, const Ticket&) -> Result<QJsonObject> {
        return QJsonObject{{QStringLiteral("state"), TicketState::Skipped},
                           {QStringLiteral("finished_at"), formatEventTime(m_store.clock().nowUtc())}};
    });
}

Result<Ticket> TicketService::transfer(const Session& clerk, const QString& windowKind)
{
    if (!windowKinds().contains(windowKind))
        return makeError(QStringLiteral("input.window_kind"),
                         Text::tr("There is no window kind \"%1\"; choose one of %2.")
                             .arg(windowKind, windowKinds().join(QStringLiteral(", "))),
                         QStringLiteral("window_kind"));
    return change(
        clerk, QStringLiteral("ticket.transferred"),
        [this, &clerk, &windowKind](const Window& window, const Ticket& t) -> Result<QJsonObject> {
            if (windowKind == window.kind)
                return makeError(QStringLiteral("ticket.same_kind"),
                                 Text::tr("Ticket %1 is already in the %2 queue; choose another kind of window.")
                                     .arg(t.number, windowKindName(windowKind)),
                                 QStringLiteral("window_kind"));
            auto open = m_store.database().query(
                QStringLiteral("SELECT 1 FROM windows WHERE site_id = ? AND kind = ? AND active = 1 LIMIT 1"),
                {clerk.siteId, windowKind});
            if (!open)
                return open.error();
            if (!open->next())
                return makeError(QStringLiteral("ticket.no_window"),
                                 Text::tr("This site has no open %1 window to pass ticket %2 to.")
                                     .arg(windowKindName(windowKind), t.number),
                                 QStringLiteral("window_kind"));
            const QDateTime now = m_store.clock().nowUtc();
            return QJsonObject{{QStringLiteral("state"), TicketState::Waiting},
                               {QStringLiteral("window_kind"), windowKind},
                               {QStringLiteral("window_id"), QJsonValue::Null},
                               {QStringLiteral("queued_at"), formatEventTime(now)},
                               {QStringLiteral("transfers"), t.transfers + 1},
                               {QStringLiteral("counter_seconds"), t.counterSeconds + secondsBetween(t.calledAt, now)}};
        });
}

Result<Ticket> TicketService::finish(const Session& clerk, const QString& caseNumber)
{
    return change(
        clerk, QStringLiteral("ticket.finished"),
        [this, &caseNumber](const Window&, const Ticket& t) -> Result<QJsonObject> {
            Database& db = m_store.database();
            // The case named, or else the latest case that intake took in for this ticket.
            auto q = caseNumber.trimmed().isEmpty()
                         ? db.query(QStringLiteral("SELECT id FROM applications WHERE ticket_id = ? "
                                                   "ORDER BY received_on DESC, case_number DESC LIMIT 1"),
                                    {t.id})
                         : db.query(QStringLiteral("SELECT id FROM applications WHERE case_number = ?"),
                                    {caseNumber.trimmed()});
            if (!q)
                return q.error();
            const bool found = q->next();
            if (!found && !caseNumber.trimmed().isEmpty())
                return makeError(QStringLiteral("ticket.no_case"),
                                 Text::tr("There is no case %1; check the number on the notice.").arg(caseNumber),
                                 QStringLiteral("case_number"));
            const QDateTime now = m_store.clock().nowUtc();
            QJsonObject fields{{QStringLiteral("state"), TicketState::Finished},
                               {QStringLiteral("finished_at"), formatEventTime(now)},
                               {QStringLiteral("counter_seconds"), t.counterSeconds + secondsBetween(t.calledAt, now)}};
            if (found)
                fields.insert(QStringLiteral("application_id"), q->value(0).toString());
            return fields;
        });
}

Result<std::optional<Ticket>> TicketService::current(const Session& clerk)
{
    const auto window = windowOf(clerk);
    if (!window)
        return window.error();
    const auto id = currentId(clerk, *window);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return std::optional<Ticket>();
    const auto ticket = load(*id);
    if (!ticket)
        return ticket.error();
    return std::optional<Ticket>(*ticket);
}

Result<int> TicketService::waitingCount(const Session& clerk)
{
    const auto window = windowOf(clerk);
    if (!window)
        return window.error();
    auto q = m_store.database().query(
        QStringLiteral("SELECT count(*) FROM tickets WHERE site_id = ? AND day = ? "
                       "AND window_kind = ? AND state = ?"),
        {clerk.siteId, m_store.clock().today().toString(Qt::ISODate), window->kind, TicketState::Waiting});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<QList<Ticket>> TicketService::list(const QString& site, const QDate& day)
{
    auto q = m_store.database().query(
        QStringLiteral("SELECT ") + kColumns + kFrom +
            QStringLiteral("WHERE t.site_id IN (SELECT id FROM sites WHERE id = ? OR code = ?) "
                           "AND t.day = ? ORDER BY t.issued_at, t.letter, t.number"),
        {site, site, day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Ticket> tickets;
    while (q->next())
        tickets.append(ticketFrom(*q));
    return tickets;
}

} // namespace OneSeal
