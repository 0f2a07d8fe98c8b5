#include "applicationservice.h"

#include "core/creditcode.h"
#include "core/residentid.h"
#include "core/textinput.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)
};

QString isoOrEmpty(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue optionalId(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

namespace ApplicationState {

const QStringList& all()
{
    static const QStringList states{Received, SupplementRequested, Rejected, Accepted, InReview, Approved, Denied,
                                    Issued,   Delivered,           Withdrawn};
    return states;
}

QString displayName(const QString& state)
{
    if (state == Received)
        return Text::tr("Received");
    if (state == SupplementRequested)
        return Text::tr("Awaiting supplement");
    if (state == Rejected)
        return Text::tr("Not accepted");
    if (state == Accepted)
        return Text::tr("Accepted");
    if (state == InReview)
        return Text::tr("In review");
    if (state == Approved)
        return Text::tr("Approved, awaiting seal");
    if (state == Denied)
        return Text::tr("Refused");
    if (state == Issued)
        return Text::tr("Licence issued");
    if (state == Delivered)
        return Text::tr("Delivered");
    if (state == Withdrawn)
        return Text::tr("Withdrawn");
    return state;
}

} // namespace ApplicationState

Result<QString> ApplicationService::record(const Session& actor, const ApplicationRecord& a)
{
    if (Status allowed = require(actor, Permission::TakeApplications); !allowed)
        return allowed.error();
    if (actor.siteId.isEmpty())
        return makeError(QStringLiteral("application.no_site"),
                         Text::tr("Your account belongs to no site; an administrator must assign one."));
    if (!ApplicationState::all().contains(a.state))
        return makeError(QStringLiteral("input.invalid"), Text::tr("Unknown application state %1.").arg(a.state),
                         QStringLiteral("state"));
    const bool person = a.applicantKind == u"person";
    const QString identifier = person ? ResidentId::check(a.applicantIdentifier, m_store.clock().today()).normalised
                                      : CreditCode::check(a.applicantIdentifier).normalised;
    if (person) {
        if (const auto check = ResidentId::check(identifier, m_store.clock().today()); !check.valid())
            return makeError(QStringLiteral("input.resident_id"), check.message,
                             QStringLiteral("applicant_identifier"));
    } else if (const auto check = CreditCode::check(identifier); !check.valid()) {
        return makeError(QStringLiteral("input.credit_code"), check.message, QStringLiteral("applicant_identifier"));
    }
    const auto name = checkText(a.applicantName, Text::tr("Applicant name"), 60);
    if (!name)
        return Error{name.error().code, name.error().message, QStringLiteral("applicant_name")};

    Database& db = m_store.database();
    QString applicationId;
    const Status status = m_store.transaction([&]() -> Status {
        auto item = db.query(QStringLiteral("SELECT id FROM items WHERE implementation_code = ?"), {a.itemCode});
        if (!item)
            return item.error();
        if (!item->next())
            return makeError(QStringLiteral("input.item"),
                             Text::tr("There is no item with the code %1.").arg(a.itemCode), QStringLiteral("item"));
        const QString itemId = item->value(0).toString();

        auto applicant = db.query(QStringLiteral("SELECT id FROM applicants WHERE kind = ? AND identifier = ?"),
                                  {a.applicantKind, identifier});
        if (!applicant)
            return applicant.error();
        const QString applicantId =
            applicant->next() ? applicant->value(0).toString() : makeUuid7(m_store.clock().nowUtc());
        const auto savedApplicant =
            m_store.record(actor, QStringLiteral("applicant.saved"), QStringLiteral("applicant"), applicantId,
                           {{QStringLiteral("kind"), a.applicantKind},
                            {QStringLiteral("identifier"), identifier},
                            {QStringLiteral("name"), *name},
                            {QStringLiteral("phone"), a.applicantPhone}});
        if (!savedApplicant)
            return savedApplicant.error();

        applicationId = makeUuid7(m_store.clock().nowUtc());
        const auto recorded =
            m_store.record(actor, QStringLiteral("application.recorded"), QStringLiteral("application"), applicationId,
                           {{QStringLiteral("case_number"), a.caseNumber},
                            {QStringLiteral("site_id"), actor.siteId},
                            {QStringLiteral("holding_site_id"), actor.siteId},
                            {QStringLiteral("item_id"), itemId},
                            {QStringLiteral("applicant_id"), applicantId},
                            {QStringLiteral("state"), a.state},
                            {QStringLiteral("received_on"), isoOrEmpty(a.receivedOn)},
                            {QStringLiteral("accepted_on"), isoOrEmpty(a.acceptedOn)},
                            {QStringLiteral("due_date"), isoOrEmpty(a.dueDate)},
                            {QStringLiteral("accepted_by"), optionalId(a.acceptedBy)},
                            {QStringLiteral("decided_by"), optionalId(a.decidedBy)},
                            {QStringLiteral("decided_on"), isoOrEmpty(a.decidedOn)}});
        return recorded ? Status() : Status(recorded.error());
    });
    if (!status)
        return status.error();
    return applicationId;
}

Result<QList<ApplicationSummary>> ApplicationService::list(const Session& actor, const QStringList& states)
{
    // Applications hold personal data: only the business roles see them, never the administrators.
    bool business = false;
    for (Role role : actor.roles)
        business = business || !Roles::isAdminRole(role);
    if (!business)
        return makeError(QStringLiteral("auth.forbidden"),
                         Text::tr("%1 may not see applications: only business roles may.")
                             .arg(actor.displayName.isEmpty() ? actor.username : actor.displayName));
    QString sql = QStringLiteral(
        "SELECT a.id, a.case_number, i.name, p.name, a.state, a.received_on, a.due_date, s.name "
        "FROM applications a JOIN items i ON i.id = a.item_id JOIN applicants p ON p.id = a.applicant_id "
        "JOIN sites s ON s.id = a.holding_site_id WHERE 1 = 1");
    QVariantList binds;
    auto site = m_store.database().query(QStringLiteral("SELECT kind FROM sites WHERE id = ?"), {actor.siteId});
    if (!site)
        return site.error();
    const bool central = site->next() && site->value(0).toString() == u"central";
    if (!central) {
        sql += QStringLiteral(" AND (a.site_id = ? OR a.holding_site_id = ?)");
        binds << actor.siteId << actor.siteId;
    }
    if (!states.isEmpty()) {
        sql += QStringLiteral(" AND a.state IN (%1)").arg(QStringList(states.size(), QStringLiteral("?")).join(u','));
        for (const QString& state : states)
            binds << state;
    }
    sql += QStringLiteral(" ORDER BY a.received_on DESC, a.case_number DESC");
    auto q = m_store.database().query(sql, binds);
    if (!q)
        return q.error();
    QList<ApplicationSummary> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), QDate::fromString(q->value(5).toString(), Qt::ISODate),
                     QDate::fromString(q->value(6).toString(), Qt::ISODate), q->value(7).toString()});
    return list;
}

Result<QMap<QString, int>> ApplicationService::countByState(const Session& actor)
{
    const auto all = list(actor);
    if (!all)
        return all.error();
    QMap<QString, int> counts;
    for (const ApplicationSummary& summary : *all)
        ++counts[summary.state];
    return counts;
}

} // namespace OneSeal
