#include "reviewservice.h"

#include "applicationservice.h"
#include "calendarservice.h"
#include "core/catalogueitem.h"
#include "core/masking.h"
#include "core/numbering.h"
#include "core/textinput.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "sealeddocument.h"
#include "eventstore.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
};

const QString kYellowMinDays = QStringLiteral("clock.yellow_min_days");
const QString kYellowPercent = QStringLiteral("clock.yellow_percent");
const QString kSupplementStops = QStringLiteral("clock.supplement_stops_clock");
const QString kReviewStepDays = QStringLiteral("clock.review_step_days");
const QString kDecisionStepDays = QStringLiteral("clock.decision_step_days");

const QString kGrant = QStringLiteral("grant");
const QString kRefuse = QStringLiteral("refuse");

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Error caseError(const char* code, const QString& message)
{
    return makeError(QString::fromLatin1(code), message, QStringLiteral("case_number"));
}

/// A person's name as the queue shows it to everyone in the section: the family name and, for three
/// characters or more, the last one (张*, 欧阳*明). Organisations' names are no personal data.
QString maskName(const QString& name, bool person)
{
    if (!person)
        return name;
    const QList<uint> chars = name.toUcs4();
    if (chars.size() < 2)
        return name;
    QString masked = QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), 1);
    masked += QString(chars.size() < 3 ? 1 : chars.size() - 2, u'*');
    if (chars.size() >= 3)
        masked += QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData() + chars.size() - 1), 1);
    return masked;
}

/// A case as the review rules need it.
struct CaseFacts
{
    QString id;
    QString caseNumber;
    QString state;
    QString itemName;
    QString itemLegalBasis;
    QString sectionId;
    QString sectionName;
    QString acceptedBy;
    QString holderId;
    QString holderName;
    QDate claimedOn;
    QString step;
    QDate stepStartedOn;
    QDate clockStart;
    QDate receivedOn;
    int promisedDays = 0;
    int statutoryDays = 0;
    QDate decidedOn;
    QString decision;
    QString decisionReasons;
    int extensionDays = 0;
    QDate extendedOn;
    QString holdingSiteId;
    QString applicantName;

    bool decided() const { return decidedOn.isValid() || !decision.isEmpty(); }
};

const QString kCaseColumns = QStringLiteral(
    "SELECT a.id, a.case_number, a.state, i.name, i.legal_basis, i.section_id, s.name, coalesce(a.accepted_by, ''), "
    "a.holder_id, coalesce(u.display_name, ''), a.claimed_on, a.review_step, a.step_started_on, "
    "CASE WHEN a.clock_start_on <> '' THEN a.clock_start_on ELSE a.accepted_on END, a.received_on, "
    "i.promised_days, i.statutory_days, a.decided_on, a.decision, a.decision_reasons, a.extension_days, "
    "a.extended_on, a.holding_site_id, p.name, p.kind "
    "FROM applications a JOIN items i ON i.id = a.item_id JOIN sections s ON s.id = i.section_id "
    "JOIN applicants p ON p.id = a.applicant_id LEFT JOIN users u ON u.id = a.holder_id ");

CaseFacts caseFrom(const QSqlQuery& q)
{
    CaseFacts c;
    c.id = q.value(0).toString();
    c.caseNumber = q.value(1).toString();
    c.state = q.value(2).toString();
    c.itemName = q.value(3).toString();
    if (const QJsonArray basis = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array(); !basis.isEmpty())
        c.itemLegalBasis =
            basis.first().toObject().value(u"law").toString() + basis.first().toObject().value(u"article").toString();
    c.sectionId = q.value(5).toString();
    c.sectionName = q.value(6).toString();
    c.acceptedBy = q.value(7).toString();
    c.holderId = q.value(8).toString();
    c.holderName = q.value(9).toString();
    c.claimedOn = dateOf(q.value(10));
    c.step = q.value(11).toString().isEmpty() ? ReviewStep::Review : q.value(11).toString();
    c.stepStartedOn = dateOf(q.value(12));
    c.clockStart = dateOf(q.value(13));
    c.receivedOn = dateOf(q.value(14));
    c.promisedDays = q.value(15).toInt();
    c.statutoryDays = q.value(16).toInt();
    c.decidedOn = dateOf(q.value(17));
    c.decision = q.value(18).toString();
    c.decisionReasons = q.value(19).toString();
    c.extensionDays = q.value(20).toInt();
    c.extendedOn = dateOf(q.value(21));
    c.holdingSiteId = q.value(22).toString();
    c.applicantName = q.value(23).toString();
    return c;
}

Result<CaseFacts> loadCase(Database& db, const QString& caseNumber)
{
    auto q = db.query(kCaseColumns + QStringLiteral("WHERE a.case_number = ?"), {caseNumber.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return caseError("review.no_case",
                         Text::tr("There is no case %1; check the number on the acceptance notice.").arg(caseNumber));
    return caseFrom(*q);
}

bool isOpen(const CaseFacts& c)
{
    return c.state == ApplicationState::Accepted || c.state == ApplicationState::InReview;
}

/// Refuses any change of a case that is not waiting in the back office.
Status requireOpen(const CaseFacts& c)
{
    if (c.decided())
        return caseError("review.decided",
                         Text::tr("Case %1 is decided (%2); only the section chief may change it, through a "
                                  "recorded correction.")
                             .arg(c.caseNumber, ApplicationState::displayName(c.state)));
    if (!isOpen(c))
        return caseError("review.not_open",
                         Text::tr("Case %1 is %2, not waiting in a section's queue.")
                             .arg(c.caseNumber, ApplicationState::displayName(c.state)));
    return {};
}

Status requireSection(const Session& actor, const CaseFacts& c)
{
    if (actor.sectionId != c.sectionId)
        return makeError(QStringLiteral("review.other_section"),
                         Text::tr("Case %1 belongs to %2; %3 works for another section.")
                             .arg(c.caseNumber, c.sectionName, actor.displayName));
    return {};
}

/// The section chief: an approver of the case's section.
Status requireChief(const Session& actor, const CaseFacts& c)
{
    if (!actor.has(Role::Approver) || actor.sectionId != c.sectionId)
        return makeError(QStringLiteral("review.not_chief"),
                         Text::tr("Only the chief of %1 (an approver of that section) may do this; %2 is not.")
                             .arg(c.sectionName, actor.displayName));
    return {};
}

/// A claimed case is locked for everybody but its holder.
Status requireHolder(const Session& actor, const CaseFacts& c)
{
    if (c.holderId.isEmpty())
        return caseError("review.not_claimed",
                         Text::tr("Claim case %1 from the queue first.").arg(c.caseNumber));
    if (c.holderId != actor.userId)
        return caseError("review.locked", Text::tr("Case %1 is held by %2 since %3; ask them or the section chief "
                                                   "to release it.")
                                              .arg(c.caseNumber, c.holderName, formatChineseDate(c.claimedOn)));
    return {};
}

/// The permission the current step needs.
Permission stepPermission(const QString& step)
{
    return step == ReviewStep::Decision ? Permission::DecideApplications : Permission::ReviewApplications;
}

QString stepName(const QString& step)
{
    return step == ReviewStep::Decision ? Text::tr("decision") : Text::tr("review");
}

int intSetting(Database& db, const QString& key, int fallback)
{
    auto q = db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    bool ok = false;
    const int value = q && q->next() ? q->value(0).toInt(&ok) : 0;
    return ok ? value : fallback;
}

Result<QList<ClockSuspension>> suspensionsOf(Database& db, const QString& applicationId)
{
    auto q = db.query(QStringLiteral("SELECT kind, procedure, started_on, ended_on, expected_days FROM "
                                     "case_suspensions WHERE application_id = ? ORDER BY started_on, id"),
                      {applicationId});
    if (!q)
        return q.error();
    QList<ClockSuspension> list;
    while (q->next())
        list.append({q->value(0).toString() == u"supplement" ? ClockSuspension::Kind::Supplement
                                                             : ClockSuspension::Kind::SpecialProcedure,
                     q->value(1).toString(), dateOf(q->value(2)), dateOf(q->value(3)), q->value(4).toInt()});
    return list;
}

Result<QDate> opinionDay(Database& db, const QString& applicationId)
{
    auto q = db.query(QStringLiteral("SELECT max(recorded_on) FROM review_opinions WHERE application_id = ?"),
                      {applicationId});
    if (!q)
        return q.error();
    return q->next() ? dateOf(q->value(0)) : QDate();
}

} // namespace

// ---- settings and the clock --------------------------------------------------------------------------------

Result<ClockSettings> ReviewService::clockSettings()
{
    Database& db = m_store.database();
    ClockSettings s;
    s.policy.yellowMinDays = intSetting(db, kYellowMinDays, s.policy.yellowMinDays);
    s.policy.yellowPercent = intSetting(db, kYellowPercent, s.policy.yellowPercent);
    // The 行政许可法 has no general pause for review-stage supplements: the clock runs unless local
    // policy says otherwise.
    s.policy.supplementStopsClock = intSetting(db, kSupplementStops, 0) != 0;
    s.reviewStepDays = intSetting(db, kReviewStepDays, s.reviewStepDays);
    s.decisionStepDays = intSetting(db, kDecisionStepDays, s.decisionStepDays);
    return s;
}

Status ReviewService::setClockSettings(const Session& admin, const ClockSettings& s)
{
    if (Status allowed = require(admin, Permission::ManageConfiguration); !allowed)
        return allowed;
    if (s.policy.yellowMinDays < 0 || s.policy.yellowMinDays > 60)
        return makeError(QStringLiteral("input.range"),
                         Text::tr("The yellow light's working days must be between 0 and 60."), kYellowMinDays);
    if (s.policy.yellowPercent < 0 || s.policy.yellowPercent > 100)
        return makeError(QStringLiteral("input.range"),
                         Text::tr("The yellow light's share of the promised limit must be between 0 and 100 %."),
                         kYellowPercent);
    if (s.reviewStepDays < 0 || s.decisionStepDays < 0 || s.reviewStepDays > 60 || s.decisionStepDays > 60)
        return makeError(QStringLiteral("input.range"),
                         Text::tr("A step limit must be between 0 (none) and 60 working days."), kReviewStepDays);
    const QList<std::pair<QString, int>> values{{kYellowMinDays, s.policy.yellowMinDays},
                                                {kYellowPercent, s.policy.yellowPercent},
                                                {kSupplementStops, s.policy.supplementStopsClock ? 1 : 0},
                                                {kReviewStepDays, s.reviewStepDays},
                                                {kDecisionStepDays, s.decisionStepDays}};
    return m_store.transaction([&]() -> Status {
        for (const auto& [key, value] : values) {
            const auto event = m_store.record(admin, QStringLiteral("setting.changed"), QStringLiteral("setting"), key,
                                              {{QStringLiteral("value"), QString::number(value)}});
            if (!event)
                return event.error();
        }
        return {};
    });
}

namespace {

Result<ClockReading> readClock(Database& db, const WorkingCalendar& calendar, const ClockSettings& settings,
                               const CaseFacts& c, const QDate& asOf)
{
    const auto suspensions = suspensionsOf(db, c.id);
    if (!suspensions)
        return suspensions.error();
    const auto opinion = opinionDay(db, c.id);
    if (!opinion)
        return opinion.error();
    ClockInput input;
    input.clockStart = c.clockStart;
    input.promisedDays = c.promisedDays;
    input.statutoryDays = c.statutoryDays;
    input.suspensions = *suspensions;
    // An extension granted after the day asked about was not known then.
    input.extensionDays = c.extendedOn.isValid() && c.extendedOn <= asOf ? c.extensionDays : 0;
    input.decidedOn = c.decidedOn;
    input.steps.append({Text::tr("review"), c.clockStart, *opinion, settings.reviewStepDays});
    if (opinion->isValid())
        input.steps.append({Text::tr("decision"), *opinion, c.decidedOn, settings.decisionStepDays});
    return StatutoryClock::read(calendar, input, settings.policy, asOf);
}

} // namespace

Result<ClockReading> ReviewService::clock(const QString& caseNumber, const QDate& asOf)
{
    const auto c = loadCase(m_store.database(), caseNumber);
    if (!c)
        return c.error();
    if (!c->clockStart.isValid())
        return caseError("review.not_accepted",
                         Text::tr("Case %1 was not accepted, so it has no clock.").arg(c->caseNumber));
    const auto calendar = CalendarService(m_store).calendar();
    if (!calendar)
        return calendar.error();
    const auto settings = clockSettings();
    if (!settings)
        return settings.error();
    return readClock(m_store.database(), *calendar, *settings, *c, asOf.isValid() ? asOf : m_store.clock().today());
}

namespace {

QueueEntry queueEntryFrom(Database& db, const WorkingCalendar& calendar, const ClockSettings& settings,
                          const QSqlQuery& q, const QDate& day)
{
    const CaseFacts c = caseFrom(q);
    QueueEntry e;
    e.applicationId = c.id;
    e.caseNumber = c.caseNumber;
    e.itemName = c.itemName;
    e.applicant = maskName(c.applicantName, q.value(24).toString() == u"person");
    e.step = c.step;
    e.holderId = c.holderId;
    e.holderName = c.holderName;
    e.state = c.state;
    if (const auto reading = readClock(db, calendar, settings, c, day))
        e.reading = *reading;
    else
        e.clockError = reading.error().message;
    return e;
}

} // namespace

Result<QList<QueueEntry>> ReviewService::queueEntries(const QStringList& applicationIds, const QDate& asOf)
{
    if (applicationIds.isEmpty())
        return QList<QueueEntry>();
    Database& db = m_store.database();
    QVariantList binds;
    for (const QString& id : applicationIds)
        binds.append(id);
    auto q = db.query(kCaseColumns + QStringLiteral("WHERE a.id IN (%1)")
                                         .arg(QStringList(applicationIds.size(), QStringLiteral("?")).join(u',')),
                      binds);
    if (!q)
        return q.error();
    const auto calendar = CalendarService(m_store).calendar();
    if (!calendar)
        return calendar.error();
    const auto settings = clockSettings();
    if (!settings)
        return settings.error();
    const QDate day = asOf.isValid() ? asOf : m_store.clock().today();
    QHash<QString, QueueEntry> byId;
    while (q->next()) {
        QueueEntry e = queueEntryFrom(db, *calendar, *settings, *q, day);
        byId.insert(e.applicationId, e);
    }
    QList<QueueEntry> entries;
    for (const QString& id : applicationIds)
        if (const auto it = byId.constFind(id); it != byId.cend())
            entries.append(*it);
    return entries;
}

Result<QList<QueueEntry>> ReviewService::queue(const QString& section, const QDate& asOf)
{
    Database& db = m_store.database();
    auto known = db.query(QStringLiteral("SELECT id FROM sections WHERE id = ? OR code = ? OR name = ?"),
                          {section.trimmed(), section.trimmed(), section.trimmed()});
    if (!known)
        return known.error();
    if (!known->next())
        return makeError(QStringLiteral("review.no_section"),
                         Text::tr("There is no section \"%1\"; give its code (SSDJ) or its name (商事登记科).")
                             .arg(section),
                         QStringLiteral("section"));
    const QString sectionId = known->value(0).toString();
    auto q = db.query(kCaseColumns + QStringLiteral("WHERE i.section_id = ? AND a.state IN (?, ?) "
                                                    "ORDER BY a.case_number"),
                      {sectionId, ApplicationState::Accepted, ApplicationState::InReview});
    if (!q)
        return q.error();
    const auto calendar = CalendarService(m_store).calendar();
    if (!calendar)
        return calendar.error();
    const auto settings = clockSettings();
    if (!settings)
        return settings.error();
    const QDate day = asOf.isValid() ? asOf : m_store.clock().today();
    QList<QueueEntry> entries;
    while (q->next())
        entries.append(queueEntryFrom(db, *calendar, *settings, *q, day));
    // Most urgent first: past the statutory limit, then by working days left.
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry& a, const QueueEntry& b) {
        if (a.clockError.isEmpty() != b.clockError.isEmpty())
            return !a.clockError.isEmpty();
        if (a.reading.severe != b.reading.severe)
            return a.reading.severe;
        return a.reading.remainingDays < b.reading.remainingDays;
    });
    return entries;
}

// ---- who holds a case ----------------------------------------------------------------------------------------

Status ReviewService::claim(const Session& actor, const QString& caseNumber)
{
    const auto c = loadCase(m_store.database(), caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open;
    if (Status allowed = require(actor, stepPermission(c->step)); !allowed)
        return makeError(allowed.error().code, Text::tr("Case %1 is at the %2 step: %3")
                                                   .arg(c->caseNumber, stepName(c->step), allowed.error().message));
    if (Status section = requireSection(actor, *c); !section)
        return section;
    if (c->holderId == actor.userId)
        return {};
    if (!c->holderId.isEmpty())
        return requireHolder(actor, *c);
    const QDate today = m_store.clock().today();
    QJsonObject fields{{QStringLiteral("holder_id"), actor.userId},
                       {QStringLiteral("claimed_on"), iso(today)},
                       {QStringLiteral("state"), ApplicationState::InReview},
                       {QStringLiteral("review_step"), c->step}};
    if (!c->stepStartedOn.isValid())
        fields.insert(QStringLiteral("step_started_on"), iso(c->clockStart));
    const auto event =
        m_store.record(actor, QStringLiteral("application.claimed"), QStringLiteral("application"), c->id, fields);
    return event ? Status() : Status(event.error());
}

Status ReviewService::release(const Session& actor, const QString& caseNumber)
{
    const auto c = loadCase(m_store.database(), caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open;
    if (c->holderId.isEmpty())
        return caseError("review.not_claimed", Text::tr("Nobody holds case %1.").arg(c->caseNumber));
    if (c->holderId != actor.userId) {
        if (Status chief = requireChief(actor, *c); !chief)
            return requireHolder(actor, *c);
    }
    const auto event = m_store.record(actor, QStringLiteral("application.released"), QStringLiteral("application"),
                                      c->id, {{QStringLiteral("holder_id"), QString()},
                                              {QStringLiteral("claimed_on"), QString()}});
    return event ? Status() : Status(event.error());
}

Status ReviewService::reassign(const Session& chief, const QString& caseNumber, const QString& username)
{
    const auto c = loadCase(m_store.database(), caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open;
    if (Status allowed = requireChief(chief, *c); !allowed)
        return allowed;
    auto q = m_store.database().query(
        QStringLiteral("SELECT u.id, u.display_name, coalesce(u.section_id, ''), "
                       "(SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) "
                       "FROM users u WHERE u.username = ? AND u.active = 1"),
        {username.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("review.no_user"),
                         Text::tr("There is no active user \"%1\".").arg(username), QStringLiteral("user"));
    Session target;
    target.userId = q->value(0).toString();
    target.displayName = q->value(1).toString();
    target.sectionId = q->value(2).toString();
    for (const QString& key : q->value(3).toString().split(u',', Qt::SkipEmptyParts)) {
        Role role;
        if (Roles::fromKey(key, &role))
            target.roles.append(role);
    }
    if (Status section = requireSection(target, *c); !section)
        return section;
    if (!target.may(stepPermission(c->step)))
        return makeError(QStringLiteral("review.wrong_role"),
                         Text::tr("%1 may not work on the %2 step of case %3.")
                             .arg(target.displayName, stepName(c->step), c->caseNumber),
                         QStringLiteral("user"));
    QJsonObject fields{{QStringLiteral("holder_id"), target.userId},
                       {QStringLiteral("claimed_on"), iso(m_store.clock().today())},
                       {QStringLiteral("state"), ApplicationState::InReview},
                       {QStringLiteral("review_step"), c->step}};
    const auto event =
        m_store.record(chief, QStringLiteral("application.reassigned"), QStringLiteral("application"), c->id, fields);
    return event ? Status() : Status(event.error());
}

// ---- review --------------------------------------------------------------------------------------------------

Status ReviewService::recordOpinion(const Session& reviewer, const QString& caseNumber, const ReviewOpinion& o)
{
    Database& db = m_store.database();
    const auto c = loadCase(db, caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open;
    if (Status allowed = require(reviewer, Permission::ReviewApplications); !allowed)
        return allowed;
    if (c->step != ReviewStep::Review)
        return caseError("review.wrong_step",
                         Text::tr("Case %1 has its opinion already and waits for the decision.").arg(c->caseNumber));
    if (Status holder = requireHolder(reviewer, *c); !holder)
        return holder;
    const auto suspensions = suspensionsOf(db, c->id);
    if (!suspensions)
        return suspensions.error();
    if (std::any_of(suspensions->cbegin(), suspensions->cend(), [](const auto& s) { return !s.endedOn.isValid(); }))
        return caseError("review.suspended",
                         Text::tr("The clock of case %1 is stopped; resume it before recording the opinion.")
                             .arg(c->caseNumber));
    const auto text = checkText(o.opinion, Text::tr("Opinion"), 1000, true, TextLines::Multiple);
    if (!text)
        return Error{text.error().code, text.error().message, QStringLiteral("opinion")};
    QString secondId;
    if (o.onSite) {
        // 行政许可法 Art. 34: a check on site is made by two or more officials.
        auto q = db.query(QStringLiteral("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                                         "WHERE u.username = ? AND u.active = 1 AND r.role = 'reviewer' "
                                         "AND u.section_id = ?"),
                          {o.secondReviewer.trimmed(), c->sectionId});
        if (!q)
            return q.error();
        if (o.secondReviewer.trimmed().isEmpty() || !q->next())
            return makeError(QStringLiteral("review.second_reviewer"),
                             Text::tr("An on-site check needs a second reviewer of %1; name one.").arg(c->sectionName),
                             QStringLiteral("second_reviewer"));
        secondId = q->value(0).toString();
        if (secondId == reviewer.userId)
            return makeError(QStringLiteral("review.second_reviewer"),
                             Text::tr("The second reviewer of an on-site check must be another person."),
                             QStringLiteral("second_reviewer"));
    }
    const QDate today = m_store.clock().today();
    return m_store.transaction([&]() -> Status {
        const auto opinion = m_store.record(
            reviewer, QStringLiteral("review_opinion.recorded"), QStringLiteral("review_opinion"),
            makeUuid7(m_store.clock().nowUtc()),
            {{QStringLiteral("application_id"), c->id},
             {QStringLiteral("opinion"), *text},
             {QStringLiteral("recommendation"), o.recommendGrant ? kGrant : kRefuse},
             {QStringLiteral("on_site"), o.onSite},
             {QStringLiteral("reviewer_id"), reviewer.userId},
             {QStringLiteral("second_reviewer_id"), secondId},
             {QStringLiteral("recorded_on"), iso(today)}});
        if (!opinion)
            return opinion.error();
        // The case goes back to the queue for an approver to claim.
        const auto moved = m_store.record(reviewer, QStringLiteral("application.reviewed"),
                                          QStringLiteral("application"), c->id,
                                          {{QStringLiteral("review_step"), ReviewStep::Decision},
                                           {QStringLiteral("step_started_on"), iso(today)},
                                           {QStringLiteral("holder_id"), QString()},
                                           {QStringLiteral("claimed_on"), QString()}});
        return moved ? Status() : Status(moved.error());
    });
}

// ---- documents -----------------------------------------------------------------------------------------------

namespace {

/// The review's documents go out through the one sealed-document path that intake uses as well.
Result<QString> issueDocument(EventStore& store, const Session& actor, const CaseFacts& c, const QString& kind,
                              const QString& mark, QJsonObject fields)
{
    return issueSealedDocument(store, actor,
                               {c.id, c.caseNumber, c.holdingSiteId, c.applicantName, c.itemName, c.receivedOn,
                                c.clockStart},
                               kind, mark, std::move(fields));
}

/// Issues the decision document (准予 / 不予行政许可决定书) of @p c, with the reasons the decision gives.
Result<QString> issueDecision(EventStore& store, const Session& actor, const CaseFacts& c, bool grant,
                              const QString& reasons)
{
    // The templates cite Art. 38 themselves; the item's own rule follows it, or the generic words when the
    // catalogue names none.
    QJsonObject fields{{QStringLiteral("legal_basis"),
                        c.itemLegalBasis.isEmpty() ? QStringLiteral("有关法律、法规") : c.itemLegalBasis}};
    if (grant) {
        fields.insert(QStringLiteral("decision_reasons"), reasons);
    } else {
        QString text = reasons.trimmed();
        while (text.endsWith(u'。'))
            text.chop(1);
        fields.insert(QStringLiteral("refusal_reasons"), text);
        fields.insert(QStringLiteral("reconsideration_body"), SettingsService(store).reconsiderationBody());
    }
    return issueDocument(store, actor, c, grant ? QStringLiteral("grant_decision") : QStringLiteral("refusal_decision"),
                         grant ? QStringLiteral("准") : QStringLiteral("不准"), std::move(fields));
}

} // namespace

// ---- the decision --------------------------------------------------------------------------------------------

Result<QString> ReviewService::decide(const Session& approver, const QString& caseNumber, bool grant,
                                      const QString& reasons)
{
    Database& db = m_store.database();
    const auto c = loadCase(db, caseNumber);
    if (!c)
        return c.error();
    if (Status allowed = require(approver, Permission::DecideApplications); !allowed)
        return allowed.error();
    if (Status open = requireOpen(*c); !open)
        return open.error();
    if (Status section = requireSection(approver, *c); !section)
        return section.error();
    if (c->acceptedBy == approver.userId)
        return caseError("review.same_person",
                         Text::tr("You accepted case %1 yourself; another approver must decide it.").arg(c->caseNumber));
    if (c->step != ReviewStep::Decision)
        return caseError("review.no_opinion",
                         Text::tr("Case %1 has no review opinion yet; it is decided after the review.")
                             .arg(c->caseNumber));
    if (Status holder = requireHolder(approver, *c); !holder)
        return holder.error();
    const auto suspensions = suspensionsOf(db, c->id);
    if (!suspensions)
        return suspensions.error();
    if (std::any_of(suspensions->cbegin(), suspensions->cend(), [](const auto& s) { return !s.endedOn.isValid(); }))
        return caseError("review.suspended",
                         Text::tr("The clock of case %1 is stopped; resume it before deciding.").arg(c->caseNumber));
    // 行政许可法 Art. 38: a refusal states its reasons.
    const auto text = checkText(reasons, Text::tr("Reasons"), 1000, !grant, TextLines::Multiple);
    if (!text)
        return Error{text.error().code, text.error().message, QStringLiteral("reasons")};
    const QDate today = m_store.clock().today();
    Result<QString> document = QString();
    const Status status = m_store.transaction([&]() -> Status {
        const auto decided = m_store.record(
            approver, QStringLiteral("application.decided"), QStringLiteral("application"), c->id,
            {{QStringLiteral("state"), grant ? ApplicationState::Approved : ApplicationState::Denied},
             {QStringLiteral("decision"), grant ? kGrant : kRefuse},
             {QStringLiteral("decision_reasons"), *text},
             {QStringLiteral("decided_by"), approver.userId},
             {QStringLiteral("decided_on"), iso(today)},
             {QStringLiteral("holder_id"), QString()},
             {QStringLiteral("review_step"), QString()},
             {QStringLiteral("print_queued_on"), grant ? iso(today) : QString()}});
        if (!decided)
            return decided.error();
        document = issueDecision(m_store, approver, *c, grant, *text);
        return document ? Status() : Status(document.error());
    });
    if (!status)
        return status.error();
    return document;
}

Result<QString> ReviewService::correctDecision(const Session& chief, const QString& caseNumber, bool grant,
                                               const QString& reasons, const QString& why)
{
    const auto c = loadCase(m_store.database(), caseNumber);
    if (!c)
        return c.error();
    if (Status allowed = requireChief(chief, *c); !allowed)
        return allowed.error();
    if (!c->decided() || (c->state != ApplicationState::Approved && c->state != ApplicationState::Denied))
        return caseError("review.not_decided",
                         Text::tr("Case %1 is %2; only a decision that is not yet printed can be corrected.")
                             .arg(c->caseNumber, ApplicationState::displayName(c->state)));
    if (c->acceptedBy == chief.userId)
        return caseError("review.same_person",
                         Text::tr("You accepted case %1 yourself; another approver must decide it.").arg(c->caseNumber));
    const auto whyText = checkText(why, Text::tr("Reason for the correction"), 500, true, TextLines::Multiple);
    if (!whyText)
        return Error{whyText.error().code, whyText.error().message, QStringLiteral("why")};
    const auto text = checkText(reasons, Text::tr("Reasons"), 1000, !grant, TextLines::Multiple);
    if (!text)
        return Error{text.error().code, text.error().message, QStringLiteral("reasons")};
    const QDate today = m_store.clock().today();
    Result<QString> document = QString();
    const Status status = m_store.transaction([&]() -> Status {
        const auto recorded = m_store.record(chief, QStringLiteral("decision_correction.recorded"),
                                             QStringLiteral("decision_correction"), makeUuid7(m_store.clock().nowUtc()),
                                             {{QStringLiteral("application_id"), c->id},
                                              {QStringLiteral("corrected_by"), chief.userId},
                                              {QStringLiteral("corrected_on"), iso(today)},
                                              {QStringLiteral("reason"), *whyText},
                                              {QStringLiteral("previous_decision"), c->decision},
                                              {QStringLiteral("previous_reasons"), c->decisionReasons},
                                              {QStringLiteral("decision"), grant ? kGrant : kRefuse},
                                              {QStringLiteral("decision_reasons"), *text}});
        if (!recorded)
            return recorded.error();
        // The clock stays frozen on the first decision day: the correction does not reopen the case.
        const auto corrected = m_store.record(
            chief, QStringLiteral("application.decision_corrected"), QStringLiteral("application"), c->id,
            {{QStringLiteral("state"), grant ? ApplicationState::Approved : ApplicationState::Denied},
             {QStringLiteral("decision"), grant ? kGrant : kRefuse},
             {QStringLiteral("decision_reasons"), *text},
             {QStringLiteral("print_queued_on"), grant ? iso(today) : QString()}});
        if (!corrected)
            return corrected.error();
        document = issueDecision(m_store, chief, *c, grant, *text);
        return document ? Status() : Status(document.error());
    });
    if (!status)
        return status.error();
    return document;
}

// ---- stopping and extending the clock -------------------------------------------------------------------------

Result<QString> ReviewService::suspend(const Session& actor, const QString& caseNumber, const SuspensionRequest& r)
{
    Database& db = m_store.database();
    const auto c = loadCase(db, caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open.error();
    if (Status holder = requireHolder(actor, *c); !holder)
        return holder.error();
    const auto suspensions = suspensionsOf(db, c->id);
    if (!suspensions)
        return suspensions.error();
    if (std::any_of(suspensions->cbegin(), suspensions->cend(), [](const auto& s) { return !s.endedOn.isValid(); }))
        return caseError("review.suspended",
                         Text::tr("The clock of case %1 is stopped already; resume it first.").arg(c->caseNumber));
    if (r.specialProcedure && !SpecialProcedure::kinds().contains(r.procedure))
        return makeError(QStringLiteral("input.procedure"),
                         Text::tr("A special procedure is one of %1.").arg(SpecialProcedure::kinds().join(u'、')),
                         QStringLiteral("procedure"));
    // Art. 45: the applicant is told in writing how long the procedure takes.
    if (r.specialProcedure && (r.expectedDays < 1 || r.expectedDays > 250))
        return makeError(QStringLiteral("input.expected_days"),
                         Text::tr("Give the expected duration of the %1 in working days (1–250).").arg(r.procedure),
                         QStringLiteral("expected_days"));
    if (!r.specialProcedure && (r.expectedDays < 0 || r.expectedDays > 60))
        return makeError(QStringLiteral("input.expected_days"),
                         Text::tr("The supplement period must be between 0 and 60 working days."),
                         QStringLiteral("expected_days"));
    const auto reason = checkText(r.reason, Text::tr("Reason"), 500, true, TextLines::Multiple);
    if (!reason)
        return Error{reason.error().code, reason.error().message, QStringLiteral("reason")};
    const QDate today = m_store.clock().today();
    Result<QString> document = QString();
    const Status status = m_store.transaction([&]() -> Status {
        if (r.specialProcedure) {
            const auto calendar = CalendarService(m_store).calendar();
            if (!calendar)
                return calendar.error();
            const auto until = calendar->addWorkingDays(today, r.expectedDays);
            if (!until)
                return until.error();
            document = issueDocument(m_store, actor, *c, QStringLiteral("special_procedure_notice"),
                                     QStringLiteral("特"),
                                     {{QStringLiteral("procedure"), r.procedure},
                                      {QStringLiteral("expected_days"), r.expectedDays},
                                      {QStringLiteral("expected_end_date"), iso(*until)},
                                      {QStringLiteral("procedure_reason"), *reason},
                                      {QStringLiteral("start_date"), iso(today)}});
            if (!document)
                return document.error();
        }
        const auto started = m_store.record(
            actor, QStringLiteral("case_suspension.started"), QStringLiteral("case_suspension"),
            makeUuid7(m_store.clock().nowUtc()),
            {{QStringLiteral("application_id"), c->id},
             {QStringLiteral("kind"), r.specialProcedure ? QStringLiteral("special_procedure")
                                                         : QStringLiteral("supplement")},
             {QStringLiteral("procedure"), r.specialProcedure ? r.procedure : QString()},
             {QStringLiteral("reason"), *reason},
             {QStringLiteral("expected_days"), r.expectedDays},
             {QStringLiteral("started_on"), iso(today)},
             {QStringLiteral("started_by"), actor.userId},
             {QStringLiteral("notice_id"), document ? *document : QString()}});
        return started ? Status() : Status(started.error());
    });
    if (!status)
        return status.error();
    return document;
}

Status ReviewService::resume(const Session& actor, const QString& caseNumber)
{
    Database& db = m_store.database();
    const auto c = loadCase(db, caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open;
    if (Status holder = requireHolder(actor, *c); !holder)
        return holder;
    auto q = db.query(QStringLiteral("SELECT id FROM case_suspensions WHERE application_id = ? AND ended_on = ''"),
                      {c->id});
    if (!q)
        return q.error();
    if (!q->next())
        return caseError("review.not_suspended", Text::tr("The clock of case %1 is running.").arg(c->caseNumber));
    const auto event = m_store.record(actor, QStringLiteral("case_suspension.ended"), QStringLiteral("case_suspension"),
                                      q->value(0).toString(),
                                      {{QStringLiteral("ended_on"), iso(m_store.clock().today())},
                                       {QStringLiteral("ended_by"), actor.userId}});
    return event ? Status() : Status(event.error());
}

Result<QString> ReviewService::extend(const Session& approver, const QString& caseNumber, bool joint,
                                      const QString& reason)
{
    Database& db = m_store.database();
    const auto c = loadCase(db, caseNumber);
    if (!c)
        return c.error();
    if (Status open = requireOpen(*c); !open)
        return open.error();
    // Art. 42: the extension is approved by the agency's head; here, the section's approver.
    if (Status chief = requireChief(approver, *c); !chief)
        return chief.error();
    if (c->extensionDays > 0)
        return caseError("review.extended",
                         Text::tr("Case %1 was extended on %2 already; the law allows one extension.")
                             .arg(c->caseNumber, formatChineseDate(c->extendedOn)));
    const auto text = checkText(reason, Text::tr("Reason for the extension"), 500, true, TextLines::Multiple);
    if (!text)
        return Error{text.error().code, text.error().message, QStringLiteral("reason")};
    const QDate today = m_store.clock().today();
    const auto before = clock(caseNumber, today);
    if (!before)
        return before.error();
    const int days = StatutoryClock::extensionDays(joint);
    Result<QString> document = QString();
    const Status status = m_store.transaction([&]() -> Status {
        const auto extended = m_store.record(approver, QStringLiteral("application.extended"),
                                             QStringLiteral("application"), c->id,
                                             {{QStringLiteral("extension_days"), days},
                                              {QStringLiteral("extension_reason"), *text},
                                              {QStringLiteral("extended_by"), approver.userId},
                                              {QStringLiteral("extended_on"), iso(today)}});
        if (!extended)
            return extended.error();
        const auto after = clock(caseNumber, today);
        if (!after)
            return after.error();
        if (!before->statutoryDueDate || !after->statutoryDueDate)
            return makeError(QStringLiteral("calendar.unknown_year"),
                             Text::tr("The new time limit of case %1 runs into a year without a holiday calendar; "
                                      "import that year's calendar before extending.")
                                 .arg(c->caseNumber));
        document = issueDocument(m_store, approver, *c, QStringLiteral("extension_notice"), QStringLiteral("延"),
                                 {{QStringLiteral("extension_days"), days},
                                  {QStringLiteral("extension_reason"), *text},
                                  {QStringLiteral("original_due_date"), iso(*before->statutoryDueDate)},
                                  {QStringLiteral("new_due_date"), iso(*after->statutoryDueDate)},
                                  {QStringLiteral("joint"), joint ? QStringLiteral("yes") : QString()}});
        return document ? Status() : Status(document.error());
    });
    if (!status)
        return status.error();
    return document;
}

} // namespace OneSeal
