#include "intakeservice.h"

#include "applicationservice.h"
#include "calendarservice.h"
#include "core/creditcode.h"
#include "core/numbering.h"
#include "core/residentid.h"
#include "core/textinput.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"
#include "sealeddocument.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)
};

const QString kReceived = QStringLiteral("received");
const QString kMissing = QStringLiteral("missing");
const QString kDefective = QStringLiteral("defective");
/// Art. 32(4): a supplement notice later than this many working days after receipt makes the
/// application count as accepted on the day it was received.
constexpr int kSupplementNoticeDays = 5;
/// The supplement deadline when the clerk sets none (the 行政复议法 Art. 31 period, for comparison).
constexpr int kDefaultSupplementDays = 10;

Error fieldError(const char* code, const QString& message, const char* field)
{
    return makeError(QString::fromLatin1(code), message, QString::fromLatin1(field));
}

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonArray materialsJson(const QList<ReceivedMaterial>& materials)
{
    QJsonArray array;
    for (const ReceivedMaterial& m : materials)
        array.append(QJsonObject{{QStringLiteral("name"), m.name},
                                 {QStringLiteral("originals"), m.originals},
                                 {QStringLiteral("copies"), m.copies},
                                 {QStringLiteral("status"), m.status},
                                 {QStringLiteral("note"), m.note}});
    return array;
}

QList<ReceivedMaterial> materialsFrom(const QJsonArray& array)
{
    QList<ReceivedMaterial> list;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        list.append({o.value(u"name").toString(), o.value(u"originals").toInt(), o.value(u"copies").toInt(),
                     o.value(u"status").toString(), o.value(u"note").toString()});
    }
    return list;
}

/// The item as intake needs it.
struct ItemFacts
{
    QString id;
    QString name;
    QString level;
    int statutoryDays = 0;
    int promisedDays = 0;
    bool onTheSpot = false;
    QString legalBasis; ///< the first provision, "《law》article", as a supplement notice cites it
    QStringList requiredMaterials;
};

/// The site as intake needs it.
struct SiteFacts
{
    QString id;
    QString kind;
    QString casePrefix;
    QString agencyName;
    QString documentPrefix;
};

/// The 补正材料接收凭证 goes out with the notice of the same request; it is found again by this id.
QString receiptRequestId(const QString& requestId)
{
    return requestId + QStringLiteral(":receipt");
}

} // namespace

const QStringList& IntakeService::rejectionReasons()
{
    static const QStringList reasons{QStringLiteral("not_licensable"), QStringLiteral("not_competent"),
                                     QStringLiteral("false_materials"), QStringLiteral("other")};
    return reasons;
}

QString IntakeService::rejectionReasonText(const QString& reason)
{
    if (reason == u"not_licensable")
        return Text::tr("The matter needs no administrative licence");
    if (reason == u"not_competent")
        return Text::tr("The matter is not within this agency's competence");
    if (reason == u"false_materials")
        return Text::tr("The materials conceal facts or are false");
    if (reason == u"other")
        return Text::tr("Other reason");
    return reason;
}

Result<IntakeRequest> IntakeRequest::fromJson(const QJsonObject& json)
{
    IntakeRequest r;
    const QJsonObject applicant = json.value(u"applicant").toObject();
    const QJsonObject agent = json.value(u"agent").toObject();
    r.requestId = json.value(u"request_id").toString();
    r.applicantKind = applicant.value(u"kind").toString();
    r.applicantIdentifier = applicant.value(u"identifier").toString();
    r.applicantName = applicant.value(u"name").toString();
    r.applicantPhone = applicant.value(u"phone").toString();
    r.applicantAddress = applicant.value(u"address").toString();
    r.agentName = agent.value(u"name").toString();
    r.agentIdentifier = agent.value(u"identifier").toString();
    r.agentPhone = agent.value(u"phone").toString();
    r.itemCode = json.value(u"item_code").toString();
    r.materials = materialsFrom(json.value(u"materials").toArray());
    r.outcome = json.value(u"outcome").toString();
    const QString deadline = json.value(u"supplement_deadline").toString();
    r.supplementDeadline = QDate::fromString(deadline, Qt::ISODate);
    if (!deadline.isEmpty() && !r.supplementDeadline.isValid())
        return fieldError("input.date", Text::tr("The supplement deadline must be a date written as YYYY-MM-DD."),
                          "supplement_deadline");
    const QJsonObject rejection = json.value(u"rejection").toObject();
    r.rejectionReason = rejection.value(u"reason").toString();
    r.rejectionText = rejection.value(u"text").toString();
    r.rejectionBasis = rejection.value(u"basis").toString();
    r.dishonestyNote = json.value(u"dishonesty_note").toString();
    return r;
}

QJsonObject IntakeRequest::toJson() const
{
    QJsonObject json{
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("kind"), applicantKind},
                                                  {QStringLiteral("identifier"), applicantIdentifier},
                                                  {QStringLiteral("name"), applicantName},
                                                  {QStringLiteral("phone"), applicantPhone},
                                                  {QStringLiteral("address"), applicantAddress}}},
        {QStringLiteral("item_code"), itemCode},
        {QStringLiteral("materials"), materialsJson(materials)},
        {QStringLiteral("outcome"), outcome},
    };
    if (!agentName.isEmpty())
        json.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("name"), agentName},
                                                         {QStringLiteral("identifier"), agentIdentifier},
                                                         {QStringLiteral("phone"), agentPhone}});
    if (supplementDeadline.isValid())
        json.insert(QStringLiteral("supplement_deadline"), iso(supplementDeadline));
    if (!rejectionReason.isEmpty())
        json.insert(QStringLiteral("rejection"), QJsonObject{{QStringLiteral("reason"), rejectionReason},
                                                             {QStringLiteral("text"), rejectionText},
                                                             {QStringLiteral("basis"), rejectionBasis}});
    if (!dishonestyNote.isEmpty())
        json.insert(QStringLiteral("dishonesty_note"), dishonestyNote);
    return json;
}

Result<QList<DishonestyHit>> IntakeService::lookUpDishonesty(const Session& clerk, const QString& identifier)
{
    if (Status allowed = require(clerk, Permission::TakeApplications); !allowed)
        return allowed.error();
    Database& db = m_store.database();
    const QDate today = m_store.clock().today();
    auto q =
        db.query(QStringLiteral("SELECT e.subject_name, e.measure, e.legal_basis, d.name, e.valid_from, e.valid_to "
                                "FROM dishonesty_entries e JOIN departments d ON d.id = e.department_id "
                                "WHERE e.identifier = ? AND e.valid_from <= ? "
                                "AND (e.valid_to = '' OR e.valid_to >= ?) ORDER BY e.valid_from"),
                 {identifier, iso(today), iso(today)});
    if (!q)
        return q.error();
    QList<DishonestyHit> hits;
    while (q->next())
        hits.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     QDate::fromString(q->value(4).toString(), Qt::ISODate),
                     QDate::fromString(q->value(5).toString(), Qt::ISODate)});
    const auto event = m_store.record(clerk, QStringLiteral("dishonesty.looked_up"),
                                      QStringLiteral("dishonesty_lookup"), makeUuid7(m_store.clock().nowUtc()),
                                      {{QStringLiteral("identifier"), identifier},
                                       {QStringLiteral("hits"), int(hits.size())},
                                       {QStringLiteral("looked_up_by"), clerk.userId},
                                       {QStringLiteral("looked_up_at"), formatEventTime(m_store.clock().nowUtc())}});
    if (!event)
        return event.error();
    return hits;
}

Result<std::optional<KnownApplicant>> IntakeService::findApplicant(const Session& clerk, const QString& kind,
                                                                   const QString& identifier)
{
    if (Status allowed = require(clerk, Permission::TakeApplications); !allowed)
        return allowed.error();
    auto q = m_store.database().query(
        QStringLiteral("SELECT name, phone, address FROM applicants WHERE kind = ? AND identifier = ?"),
        {kind, identifier});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<KnownApplicant>();
    return std::optional<KnownApplicant>(
        KnownApplicant{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
}

Result<IntakeResult> IntakeService::previousResult(const QString& requestId)
{
    auto q = m_store.database().query(
        QStringLiteral("SELECT a.id, a.case_number, n.kind, n.document_number, n.id, a.due_date, a.statutory_due_date, "
                       "s.code, s.name, a.site_id, a.holding_site_id FROM notices n JOIN applications a ON a.id = "
                       "n.application_id "
                       "JOIN sites s ON s.id = a.holding_site_id WHERE n.request_id = ?"),
        {requestId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("intake.new_request"), QString());
    IntakeResult result;
    result.applicationId = q->value(0).toString();
    result.caseNumber = q->value(1).toString();
    result.noticeKind = q->value(2).toString();
    result.outcome = result.noticeKind == u"acceptance_notice"     ? IntakeOutcome::Accept
                     : result.noticeKind == u"supplement_notice"   ? IntakeOutcome::Supplement
                     : result.noticeKind == u"application_receipt" ? IntakeOutcome::Receive
                                                                   : IntakeOutcome::Reject;
    result.documentNumber = q->value(3).toString();
    result.noticeId = q->value(4).toString();
    result.dueDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
    result.statutoryDueDate = QDate::fromString(q->value(6).toString(), Qt::ISODate);
    result.holdingSite = q->value(7).toString();
    result.holdingSiteName = q->value(8).toString();
    result.forwarded = q->value(9).toString() != q->value(10).toString();
    result.repeated = true;
    auto receipt = m_store.database().query(
        QStringLiteral("SELECT id, document_number FROM notices WHERE request_id = ?"), {receiptRequestId(requestId)});
    if (receipt && receipt->next()) {
        result.receiptNoticeId = receipt->value(0).toString();
        result.receiptDocumentNumber = receipt->value(1).toString();
    }
    return result;
}

Result<IntakeResult> IntakeService::submit(const Session& clerk, const IntakeRequest& request)
{
    return issue(clerk, request, QString());
}

Result<QString> IntakeService::caseId(const QString& caseNumber)
{
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM applications WHERE case_number = ?"),
                                      {caseNumber.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return fieldError("intake.no_case",
                          Text::tr("There is no case %1; check the number on the notice.").arg(caseNumber.trimmed()),
                          "case_number");
    return q->value(0).toString();
}

Result<IntakeRequest> IntakeService::resumable(const QString& caseNumber)
{
    if (const auto id = caseId(caseNumber); !id)
        return id.error();
    auto q = m_store.database().query(
        QStringLiteral("SELECT p.kind, p.identifier, p.name, p.phone, p.address, a.agent_name, a.agent_identifier, "
                       "a.agent_phone, i.implementation_code, a.materials, a.state FROM applications a "
                       "JOIN applicants p ON p.id = a.applicant_id JOIN items i ON i.id = a.item_id "
                       "WHERE a.case_number = ?"),
        {caseNumber.trimmed()});
    if (!q)
        return q.error();
    q->next();
    const QString state = q->value(10).toString();
    if (state != ApplicationState::SupplementRequested && state != ApplicationState::Received)
        return fieldError("intake.not_waiting",
                          Text::tr("Case %1 is not waiting at the counter (it is %2); it cannot be resumed here.")
                              .arg(caseNumber.trimmed(), ApplicationState::displayName(state)),
                          "case_number");
    IntakeRequest r;
    r.applicantKind = q->value(0).toString();
    r.applicantIdentifier = q->value(1).toString();
    r.applicantName = q->value(2).toString();
    r.applicantPhone = q->value(3).toString();
    r.applicantAddress = q->value(4).toString();
    r.agentName = q->value(5).toString();
    r.agentIdentifier = q->value(6).toString();
    r.agentPhone = q->value(7).toString();
    r.itemCode = q->value(8).toString();
    r.materials = materialsFrom(QJsonDocument::fromJson(q->value(9).toString().toUtf8()).array());
    return r;
}

Result<IntakeResult> IntakeService::resume(const Session& clerk, const QString& caseNumber,
                                           const IntakeRequest& request)
{
    // A resubmitted form (a double click, a retry) gives back what it gave the first time, whatever the
    // case has become since.
    if (const auto previous = previousResult(request.requestId);
        previous || previous.error().code != u"intake.new_request")
        return previous;
    const auto id = caseId(caseNumber);
    if (!id)
        return id.error();
    const auto stored = resumable(caseNumber);
    if (!stored)
        return stored.error();
    IntakeRequest merged = request;
    const auto fill = [](QString& field, const QString& recorded) {
        if (field.trimmed().isEmpty())
            field = recorded;
    };
    fill(merged.applicantKind, stored->applicantKind);
    fill(merged.applicantIdentifier, stored->applicantIdentifier);
    fill(merged.applicantName, stored->applicantName);
    fill(merged.applicantPhone, stored->applicantPhone);
    fill(merged.applicantAddress, stored->applicantAddress);
    if (merged.agentName.trimmed().isEmpty() && merged.agentIdentifier.trimmed().isEmpty()) {
        merged.agentName = stored->agentName;
        merged.agentIdentifier = stored->agentIdentifier;
        merged.agentPhone = stored->agentPhone;
    }
    fill(merged.itemCode, stored->itemCode);
    if (merged.materials.isEmpty())
        merged.materials = stored->materials;
    return issue(clerk, merged, *id);
}

Result<IntakeResult> IntakeService::issue(const Session& clerk, const IntakeRequest& r, const QString& existingId)
{
    if (Status allowed = require(clerk, Permission::TakeApplications); !allowed)
        return allowed.error();
    if (clerk.siteId.isEmpty())
        return makeError(QStringLiteral("intake.no_site"),
                         Text::tr("Your account belongs to no site; an administrator must assign one."));
    static const QRegularExpression requestIdPattern(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));
    if (!requestIdPattern.match(r.requestId).hasMatch())
        return fieldError("input.request_id", Text::tr("The request id must be 8-64 letters, digits or hyphens."),
                          "request_id");
    if (const auto previous = previousResult(r.requestId); previous || previous.error().code != u"intake.new_request")
        return previous;

    Database& db = m_store.database();
    const QDate today = m_store.clock().today();

    // ---- the applicant and the agent ----------------------------------------------------------------
    QString identifier;
    if (r.applicantKind == u"person") {
        const ResidentIdCheck check = ResidentId::check(r.applicantIdentifier, today);
        if (!check.valid())
            return fieldError("input.resident_id", check.message, "applicant_identifier");
        identifier = check.normalised;
    } else if (r.applicantKind == u"organisation") {
        const CreditCodeCheck check = CreditCode::check(r.applicantIdentifier);
        if (!check.valid())
            return fieldError("input.credit_code", check.message, "applicant_identifier");
        identifier = check.normalised;
    } else {
        return fieldError("input.applicant_kind",
                          Text::tr("Choose whether the applicant is a person or an organisation."), "applicant_kind");
    }
    const auto name = checkText(r.applicantName, Text::tr("Applicant name"), 60);
    if (!name)
        return Error{name.error().code, name.error().message, QStringLiteral("applicant_name")};
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+() -]{0,20}$"));
    if (!phonePattern.match(r.applicantPhone).hasMatch())
        return fieldError("input.phone", Text::tr("The phone number may hold only digits, spaces, +, - and brackets."),
                          "applicant_phone");
    const auto address = checkText(r.applicantAddress, Text::tr("Address"), 120, false);
    if (!address)
        return Error{address.error().code, address.error().message, QStringLiteral("applicant_address")};
    QString agentIdentifier;
    if (!r.agentName.trimmed().isEmpty() || !r.agentIdentifier.trimmed().isEmpty()) {
        const auto agentName = checkText(r.agentName, Text::tr("Agent name"), 60);
        if (!agentName)
            return Error{agentName.error().code, agentName.error().message, QStringLiteral("agent_name")};
        const ResidentIdCheck check = ResidentId::check(r.agentIdentifier, today);
        if (!check.valid())
            return fieldError("input.resident_id", Text::tr("Agent: %1").arg(check.message), "agent_identifier");
        agentIdentifier = check.normalised;
    }

    // ---- the item ----------------------------------------------------------------------------------------
    auto itemQuery = db.query(QStringLiteral("SELECT id, name, level, statutory_days, promised_days, on_the_spot, "
                                             "materials, active, legal_basis FROM items WHERE implementation_code = ?"),
                              {r.itemCode.trimmed()});
    if (!itemQuery)
        return itemQuery.error();
    if (!itemQuery->next() || !itemQuery->value(7).toBool())
        return fieldError("input.item",
                          Text::tr("There is no item %1 in the catalogue; choose the item again.").arg(r.itemCode),
                          "item");
    ItemFacts item{itemQuery->value(0).toString(),
                   itemQuery->value(1).toString(),
                   itemQuery->value(2).toString(),
                   itemQuery->value(3).toInt(),
                   itemQuery->value(4).toInt(),
                   itemQuery->value(5).toBool(),
                   {},
                   {}};
    if (const QJsonArray basis = QJsonDocument::fromJson(itemQuery->value(8).toString().toUtf8()).array();
        !basis.isEmpty())
        item.legalBasis =
            basis.first().toObject().value(u"law").toString() + basis.first().toObject().value(u"article").toString();
    for (const QJsonValue& m : QJsonDocument::fromJson(itemQuery->value(6).toString().toUtf8()).array()) {
        if (m.toObject().value(u"required").toBool())
            item.requiredMaterials.append(m.toObject().value(u"name").toString());
    }

    // ---- the materials and the outcome -------------------------------------------------------------------
    if (r.outcome != IntakeOutcome::Accept && r.outcome != IntakeOutcome::Supplement &&
        r.outcome != IntakeOutcome::Reject && r.outcome != IntakeOutcome::Receive)
        return fieldError("input.outcome", Text::tr("Choose accept, supplement, reject or receive."), "outcome");
    QStringList notAtHand;
    for (const ReceivedMaterial& m : r.materials) {
        if (m.status != kReceived && m.status != kMissing && m.status != kDefective)
            return fieldError("input.material_status",
                              Text::tr("Material \"%1\": mark it received, missing or defective.").arg(m.name),
                              "materials");
        if (m.originals < 0 || m.copies < 0)
            return fieldError("input.material_count",
                              Text::tr("Material \"%1\": the counts must not be negative.").arg(m.name), "materials");
        if (m.status != kReceived)
            notAtHand.append(m.name);
    }
    for (const QString& required : item.requiredMaterials) {
        const bool listed = std::any_of(r.materials.cbegin(), r.materials.cend(),
                                        [&](const ReceivedMaterial& m) { return m.name == required; });
        if (!listed)
            notAtHand.append(required);
    }
    if (r.outcome == IntakeOutcome::Accept && !notAtHand.isEmpty())
        return fieldError("intake.materials_incomplete",
                          Text::tr("Not all materials are at hand (%1); issue a supplement notice instead.")
                              .arg(notAtHand.join(QStringLiteral("、"))),
                          "materials");
    if (r.outcome == IntakeOutcome::Supplement && notAtHand.isEmpty())
        return fieldError("intake.nothing_to_supplement",
                          Text::tr("Every material is at hand; mark what is missing or defective, or accept."),
                          "materials");
    if (r.outcome == IntakeOutcome::Reject) {
        if (!IntakeService::rejectionReasons().contains(r.rejectionReason))
            return fieldError("input.rejection_reason", Text::tr("Choose the reason for not accepting from the list."),
                              "rejection_reason");
        if (const auto basis = checkText(r.rejectionBasis, Text::tr("Legal basis"), 200); !basis)
            return Error{basis.error().code, basis.error().message, QStringLiteral("rejection_basis")};
        if (const auto text = checkText(r.rejectionText, Text::tr("Explanation"), 500, true, TextLines::Multiple);
            !text)
            return Error{text.error().code, text.error().message, QStringLiteral("rejection_text")};
    }

    // ---- the sites -----------------------------------------------------------------------------------------
    auto siteFacts = [&db](const QString& where, const QVariant& value) -> Result<SiteFacts> {
        auto q =
            db.query(QStringLiteral("SELECT id, kind, case_prefix, agency_name, document_prefix FROM sites WHERE ") +
                         where + QStringLiteral(" ORDER BY code LIMIT 1"),
                     {value});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(QStringLiteral("intake.no_site"), Text::tr("The site of this counter is missing."));
        return SiteFacts{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                         q->value(4).toString()};
    };
    const auto site = siteFacts(QStringLiteral("id = ?"), clerk.siteId);
    if (!site)
        return site.error();
    // A county item taken in at a town is accepted there (代收) and handled centrally (代办).
    const bool forwarded = site->kind == u"town" && item.level == u"county";
    const auto holding = forwarded ? siteFacts(QStringLiteral("kind = ?"), QStringLiteral("central")) : site;
    if (!holding)
        return holding.error();

    IntakeResult result;
    const Status status = m_store.transaction([&]() -> Status {
        // ---- the dishonesty list: shown, never blocking silently, every lookup audited ----------------
        const auto hits = lookUpDishonesty(clerk, identifier);
        if (!hits)
            return hits.error();
        const auto note = checkText(r.dishonestyNote, Text::tr("Reason for going on"), 200, false);
        if (!note)
            return Error{note.error().code, note.error().message, QStringLiteral("dishonesty_note")};
        if (!hits->isEmpty() && note->isEmpty())
            return fieldError(
                "intake.dishonesty_note_required",
                Text::tr("The applicant is on the dishonesty list (%1 entries: %2); record why you go on.")
                    .arg(hits->size())
                    .arg(hits->first().measure),
                "dishonesty_note");

        // ---- the existing case, when the applicant comes back -------------------------------------------
        QDate receivedOn = today;
        QString previousState;
        QList<ReceivedMaterial> previousMaterials;
        QString caseNumber;
        QString applicationId = existingId;
        if (!existingId.isEmpty()) {
            auto existing =
                db.query(QStringLiteral("SELECT case_number, state, received_on, materials, item_id, site_id "
                                        "FROM applications WHERE id = ?"),
                         {existingId});
            if (!existing)
                return existing.error();
            existing->next();
            previousState = existing->value(1).toString();
            if (previousState != ApplicationState::SupplementRequested && previousState != ApplicationState::Received)
                return fieldError(
                    "intake.not_waiting",
                    Text::tr("Case %1 is not waiting for a supplement.").arg(existing->value(0).toString()),
                    "case_number");
            if (r.outcome == IntakeOutcome::Receive)
                return fieldError("intake.received_already",
                                  Text::tr("Case %1 was received already; accept it, ask for a supplement or "
                                           "refuse it.")
                                      .arg(existing->value(0).toString()),
                                  "outcome");
            previousMaterials = materialsFrom(QJsonDocument::fromJson(existing->value(3).toString().toUtf8()).array());
            if (existing->value(4).toString() != item.id)
                return fieldError("intake.other_item",
                                  Text::tr("Case %1 is for another item.").arg(existing->value(0).toString()), "item");
            if (r.outcome == IntakeOutcome::Supplement && previousState == ApplicationState::SupplementRequested &&
                previousMaterials == r.materials)
                return fieldError("intake.second_supplement",
                                  Text::tr("A supplement notice was issued already and the materials have not "
                                           "changed; the one-time notice must list everything at once."),
                                  "materials");
            caseNumber = existing->value(0).toString();
            receivedOn = QDate::fromString(existing->value(2).toString(), Qt::ISODate);
        } else {
            // A second window (or a second clerk) taking in the same application: the open case is named
            // rather than a duplicate made. Checked inside the write transaction, so two at once cannot both pass.
            auto open = db.query(
                QStringLiteral("SELECT a.case_number, a.state FROM applications a JOIN applicants p "
                               "ON p.id = a.applicant_id WHERE p.kind = ? AND p.identifier = ? AND a.item_id = ? "
                               "AND (a.state IN (?, ?) OR (a.state = ? AND a.accepted_on = ?)) LIMIT 1"),
                {r.applicantKind, identifier, item.id, ApplicationState::Received,
                 ApplicationState::SupplementRequested, ApplicationState::Accepted, iso(today)});
            if (!open)
                return open.error();
            if (open->next())
                return fieldError(
                    "intake.duplicate",
                    Text::tr("This applicant's application for this item is already case %1 (%2); "
                             "resume that case instead of taking it in twice.")
                        .arg(open->value(0).toString(), ApplicationState::displayName(open->value(1).toString())),
                    "applicant_identifier");
            auto count = db.query(QStringLiteral("SELECT count(*) FROM applications WHERE case_number LIKE ?"),
                                  {QString(formatCaseNumber(site->casePrefix, today, 0).chopped(4) + u'%')});
            if (!count)
                return count.error();
            count->next();
            caseNumber = formatCaseNumber(site->casePrefix, today, count->value(0).toInt() + 1);
            applicationId = makeUuid7(m_store.clock().nowUtc());
        }

        // ---- the applicant ---------------------------------------------------------------------------------
        auto applicant = db.query(QStringLiteral("SELECT id FROM applicants WHERE kind = ? AND identifier = ?"),
                                  {r.applicantKind, identifier});
        if (!applicant)
            return applicant.error();
        const QString applicantId =
            applicant->next() ? applicant->value(0).toString() : makeUuid7(m_store.clock().nowUtc());
        if (const auto saved =
                m_store.record(clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"), applicantId,
                               {{QStringLiteral("kind"), r.applicantKind},
                                {QStringLiteral("identifier"), identifier},
                                {QStringLiteral("name"), *name},
                                {QStringLiteral("phone"), r.applicantPhone.trimmed()},
                                {QStringLiteral("address"), *address}});
            !saved)
            return saved.error();

        // ---- the clock, for 受理 ---------------------------------------------------------------------------
        const auto calendar = CalendarService(m_store).calendar();
        if (!calendar)
            return calendar.error();
        // Art. 32(4): the first supplement notice (or, without one, the decision to accept) is due within five
        // working days of receipt; later, the application counts as accepted on the day it was received.
        QDate firstNoticeDay = today;
        auto firstNotice = db.query(QStringLiteral("SELECT min(issued_on) FROM notices WHERE application_id = ? "
                                                   "AND kind = 'supplement_notice'"),
                                    {applicationId});
        if (!firstNotice)
            return firstNotice.error();
        if (firstNotice->next() && !firstNotice->value(0).toString().isEmpty())
            firstNoticeDay = QDate::fromString(firstNotice->value(0).toString(), Qt::ISODate);
        if (r.outcome == IntakeOutcome::Accept || r.outcome == IntakeOutcome::Supplement) {
            const auto late = calendar->workingDaysBetween(receivedOn, firstNoticeDay);
            if (!late)
                return late.error();
            result.lateNotice = *late > kSupplementNoticeDays;
        }
        QDate clockStart;
        if (r.outcome == IntakeOutcome::Accept) {
            clockStart = result.lateNotice ? receivedOn : today;
            // A limit that runs into a year without a calendar stays unknown rather than guessed.
            if (const auto due = calendar->addWorkingDays(clockStart, item.promisedDays))
                result.dueDate = *due;
            if (const auto due = calendar->addWorkingDays(clockStart, item.statutoryDays))
                result.statutoryDueDate = *due;
        }
        QDate deadline = r.supplementDeadline;
        if (r.outcome == IntakeOutcome::Supplement && !deadline.isValid()) {
            if (const auto due = calendar->addWorkingDays(today, kDefaultSupplementDays))
                deadline = *due;
        }
        if (r.outcome == IntakeOutcome::Supplement && (!deadline.isValid() || deadline <= today))
            return fieldError("input.supplement_deadline",
                              Text::tr("The supplement deadline must be a day after today."), "supplement_deadline");

        // ---- the application -----------------------------------------------------------------------------
        const QString state = r.outcome == IntakeOutcome::Accept       ? ApplicationState::Accepted
                              : r.outcome == IntakeOutcome::Supplement ? ApplicationState::SupplementRequested
                              : r.outcome == IntakeOutcome::Receive    ? ApplicationState::Received
                                                                       : ApplicationState::Rejected;
        QJsonObject fields{{QStringLiteral("case_number"), caseNumber},
                           {QStringLiteral("site_id"), site->id},
                           {QStringLiteral("holding_site_id"), holding->id},
                           {QStringLiteral("item_id"), item.id},
                           {QStringLiteral("applicant_id"), applicantId},
                           {QStringLiteral("agent_name"), r.agentName.trimmed()},
                           {QStringLiteral("agent_identifier"), agentIdentifier},
                           {QStringLiteral("agent_phone"), r.agentPhone.trimmed()},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("received_on"), iso(receivedOn)},
                           {QStringLiteral("materials"), materialsJson(r.materials)},
                           {QStringLiteral("dishonesty_note"), *note}};
        if (!r.ticketId.isEmpty()) // links the case to its queue ticket for waiting and counter time
            fields.insert(QStringLiteral("ticket_id"), r.ticketId);
        if (r.outcome == IntakeOutcome::Accept) {
            fields.insert(QStringLiteral("accepted_on"), iso(today));
            fields.insert(QStringLiteral("accepted_by"), clerk.userId);
            fields.insert(QStringLiteral("clock_start_on"), iso(clockStart));
            fields.insert(QStringLiteral("due_date"), iso(result.dueDate));
            fields.insert(QStringLiteral("statutory_due_date"), iso(result.statutoryDueDate));
        } else if (r.outcome == IntakeOutcome::Supplement) {
            fields.insert(QStringLiteral("supplement_deadline"), iso(deadline));
        } else if (r.outcome == IntakeOutcome::Reject) {
            fields.insert(QStringLiteral("rejection_reason"), r.rejectionReason);
        }
        const QString eventType = r.outcome == IntakeOutcome::Accept ? QStringLiteral("application.accepted")
                                  : r.outcome == IntakeOutcome::Supplement
                                      ? QStringLiteral("application.supplement_requested")
                                  : r.outcome == IntakeOutcome::Receive ? QStringLiteral("application.received")
                                                                        : QStringLiteral("application.rejected");
        if (const auto recorded =
                m_store.record(clerk, eventType, QStringLiteral("application"), applicationId, fields);
            !recorded)
            return recorded.error();

        // ---- the notice and its document number -----------------------------------------------------------
        const QString kind = r.outcome == IntakeOutcome::Accept       ? QStringLiteral("acceptance_notice")
                             : r.outcome == IntakeOutcome::Supplement ? QStringLiteral("supplement_notice")
                             : r.outcome == IntakeOutcome::Receive    ? QStringLiteral("application_receipt")
                                                                      : QStringLiteral("rejection_notice");
        const QString mark = r.outcome == IntakeOutcome::Accept       ? QStringLiteral("受")
                             : r.outcome == IntakeOutcome::Supplement ? QStringLiteral("补")
                             : r.outcome == IntakeOutcome::Receive    ? QStringLiteral("收")
                                                                      : QStringLiteral("不受");
        // Numbers run per site (its agency), kind and year without gaps: the next is the highest plus one,
        // taken inside the transaction that records the notice.
        const auto nextNumber = [&](const QString& noticeKind) -> Result<int> {
            auto last =
                db.query(QStringLiteral("SELECT coalesce(max(number), 0) FROM notices WHERE site_id = ? AND kind = ? "
                                        "AND year = ?"),
                         {site->id, noticeKind, today.year()});
            if (!last)
                return last.error();
            last->next();
            return last->value(0).toInt() + 1;
        };
        const auto numbered = nextNumber(kind);
        if (!numbered)
            return numbered.error();
        const int number = *numbered;
        const QString documentNumber = formatDocumentNumber(site->documentPrefix, mark, today.year(), number);
        // The notice's fields are those its template (resources/templates) prints, so that the stored
        // notice can be printed again exactly as it was issued.
        QJsonArray rows;
        for (const ReceivedMaterial& m : r.materials) {
            if (r.outcome == IntakeOutcome::Supplement) {
                if (m.status == kReceived)
                    continue;
                const QString problem = m.status == kMissing ? Text::tr("Not submitted") : Text::tr("Not in due form");
                rows.append(QJsonObject{
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("problem"), m.note.isEmpty() ? problem : problem + QStringLiteral("：") + m.note},
                    {QStringLiteral("requirement"),
                     Text::tr("%1 original(s), %2 copy(ies)").arg(m.originals).arg(m.copies)}});
            } else if (r.outcome != IntakeOutcome::Receive || m.status == kReceived) {
                rows.append(QJsonObject{{QStringLiteral("name"), m.name},
                                        {QStringLiteral("originals"), m.originals},
                                        {QStringLiteral("copies"), m.copies}});
            }
        }
        for (const QString& required : notAtHand) {
            const bool listed = std::any_of(r.materials.cbegin(), r.materials.cend(),
                                            [&](const ReceivedMaterial& m) { return m.name == required; });
            if (!listed && r.outcome == IntakeOutcome::Supplement)
                rows.append(QJsonObject{{QStringLiteral("name"), required},
                                        {QStringLiteral("problem"), Text::tr("Not submitted")},
                                        {QStringLiteral("requirement"), Text::tr("As the service guide lists it")}});
        }
        auto seal =
            db.query(QStringLiteral("SELECT ring_text, bottom_text, serial_code FROM seals WHERE owner_site_id = ? "
                                    "AND active = 1 ORDER BY kind LIMIT 1"),
                     {site->id});
        if (!seal)
            return seal.error();
        if (!seal->next())
            return makeError(QStringLiteral("intake.no_seal"),
                             Text::tr("This site has no seal in the registry; a notice cannot be issued without one."));
        auto contact = db.query(QStringLiteral("SELECT phone FROM sites WHERE id = ?"), {site->id});
        if (!contact)
            return contact.error();
        contact->next();
        QJsonObject noticeFields{
            {QStringLiteral("doc_number"), documentNumber},
            {QStringLiteral("case_number"), caseNumber},
            {QStringLiteral("applicant_name"), *name},
            {QStringLiteral("item_name"), item.name},
            {QStringLiteral("received_date"), iso(receivedOn)},
            {QStringLiteral("issue_date"), iso(today)},
            {QStringLiteral("materials"), rows},
            {QStringLiteral("contact_name"), clerk.displayName},
            {QStringLiteral("contact_phone"), contact->value(0).toString()},
            {QStringLiteral("agency_name"), site->agencyName},
            {QStringLiteral("verification_text"),
             QStringLiteral("%1?c=%2&n=%3")
                 .arg(SettingsService(m_store).verificationBaseUrl(), caseNumber, documentNumber)},
            {QStringLiteral("seal"), QJsonObject{{QStringLiteral("ring_text"), seal->value(0).toString()},
                                                 {QStringLiteral("bottom_text"), seal->value(1).toString()},
                                                 {QStringLiteral("serial_code"), seal->value(2).toString()}}},
        };
        if (r.outcome == IntakeOutcome::Accept) {
            // The notice promises the decision by the statutory limit; the promised limit is the
            // service standard the hall measures itself by.
            if (result.statutoryDueDate.isValid())
                noticeFields.insert(QStringLiteral("due_date"), iso(result.statutoryDueDate));
        } else if (r.outcome == IntakeOutcome::Supplement) {
            noticeFields.insert(QStringLiteral("supplement_deadline"), iso(deadline));
            noticeFields.insert(QStringLiteral("legal_basis"), item.legalBasis);
        } else if (r.outcome == IntakeOutcome::Reject) {
            QString reason = IntakeService::rejectionReasonText(r.rejectionReason) + QStringLiteral("：") +
                             r.rejectionText.trimmed();
            while (reason.endsWith(u'。'))
                reason.chop(1);
            noticeFields.insert(QStringLiteral("rejection_reason"), reason);
            noticeFields.insert(QStringLiteral("rejection_basis"), r.rejectionBasis.trimmed());
            noticeFields.insert(QStringLiteral("reconsideration_body"), SettingsService(m_store).reconsiderationBody());
        }
        result.noticeId = makeUuid7(m_store.clock().nowUtc());
        if (const auto issued =
                m_store.record(clerk, QStringLiteral("notice.issued"), QStringLiteral("notice"), result.noticeId,
                               {{QStringLiteral("application_id"), applicationId},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("request_id"), r.requestId},
                                {QStringLiteral("site_id"), site->id},
                                {QStringLiteral("year"), today.year()},
                                {QStringLiteral("number"), number},
                                {QStringLiteral("document_number"), documentNumber},
                                {QStringLiteral("issued_on"), iso(today)},
                                {QStringLiteral("issued_by"), clerk.userId},
                                {QStringLiteral("fields"), noticeFields}});
            !issued)
            return issued.error();

        // ---- the 补正材料接收凭证, when the applicant came back with a supplement --------------------------
        if (previousState == ApplicationState::SupplementRequested) {
            QStringList wanted;
            for (const ReceivedMaterial& m : previousMaterials) {
                if (m.status != kReceived)
                    wanted.append(m.name);
            }
            for (const QString& required : item.requiredMaterials) {
                const bool listed = std::any_of(previousMaterials.cbegin(), previousMaterials.cend(),
                                                [&](const ReceivedMaterial& m) { return m.name == required; });
                if (!listed)
                    wanted.append(required);
            }
            QJsonArray handedIn;
            for (const ReceivedMaterial& m : r.materials) {
                if (m.status == kReceived && wanted.contains(m.name))
                    handedIn.append(QJsonObject{{QStringLiteral("name"), m.name},
                                                {QStringLiteral("originals"), m.originals},
                                                {QStringLiteral("copies"), m.copies}});
            }
            auto lastNotice = db.query(QStringLiteral("SELECT document_number FROM notices WHERE application_id = ? "
                                                      "AND kind = 'supplement_notice' ORDER BY issued_on DESC, "
                                                      "number DESC LIMIT 1"),
                                       {applicationId});
            if (!lastNotice)
                return lastNotice.error();
            const QString supplementNumber = lastNotice->next() ? lastNotice->value(0).toString() : QString();
            const auto receiptNumber = nextNumber(QStringLiteral("supplement_receipt"));
            if (!receiptNumber)
                return receiptNumber.error();
            const QString receiptDocument =
                formatDocumentNumber(site->documentPrefix, QStringLiteral("补收"), today.year(), *receiptNumber);
            QJsonObject receiptFields = noticeFields;
            receiptFields.insert(QStringLiteral("doc_number"), receiptDocument);
            receiptFields.insert(QStringLiteral("supplement_notice_number"), supplementNumber);
            receiptFields.insert(QStringLiteral("materials"), handedIn);
            receiptFields.insert(QStringLiteral("verification_text"),
                                 QStringLiteral("%1?c=%2&n=%3")
                                     .arg(SettingsService(m_store).verificationBaseUrl(), caseNumber, receiptDocument));
            for (const char* key : {"due_date", "supplement_deadline", "legal_basis", "rejection_reason",
                                    "rejection_basis", "reconsideration_body"})
                receiptFields.remove(QLatin1String(key));
            result.receiptNoticeId = makeUuid7(m_store.clock().nowUtc());
            result.receiptDocumentNumber = receiptDocument;
            if (const auto receipt = m_store.record(clerk, QStringLiteral("notice.issued"), QStringLiteral("notice"),
                                                    result.receiptNoticeId,
                                                    {{QStringLiteral("application_id"), applicationId},
                                                     {QStringLiteral("kind"), QStringLiteral("supplement_receipt")},
                                                     {QStringLiteral("request_id"), receiptRequestId(r.requestId)},
                                                     {QStringLiteral("site_id"), site->id},
                                                     {QStringLiteral("year"), today.year()},
                                                     {QStringLiteral("number"), *receiptNumber},
                                                     {QStringLiteral("document_number"), receiptDocument},
                                                     {QStringLiteral("issued_on"), iso(today)},
                                                     {QStringLiteral("issued_by"), clerk.userId},
                                                     {QStringLiteral("fields"), receiptFields}});
                !receipt)
                return receipt.error();
        }

        result.applicationId = applicationId;
        result.caseNumber = caseNumber;
        result.outcome = r.outcome;
        result.noticeKind = kind;
        result.documentNumber = documentNumber;
        auto holdingCode = db.query(QStringLiteral("SELECT code, name FROM sites WHERE id = ?"), {holding->id});
        if (holdingCode && holdingCode->next()) {
            result.holdingSite = holdingCode->value(0).toString();
            result.holdingSiteName = holdingCode->value(1).toString();
        }
        result.forwarded = forwarded;
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Result<IssuedNotice> IntakeService::notice(const QString& noticeId)
{
    auto q = m_store.database().query(QStringLiteral("SELECT n.kind, n.document_number, a.case_number, n.fields "
                                                     "FROM notices n JOIN applications a ON a.id = n.application_id "
                                                     "WHERE n.id = ?"),
                                      {noticeId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("intake.no_notice"), Text::tr("There is no notice %1.").arg(noticeId));
    return IssuedNotice{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object()};
}

Result<QString> IntakeService::decideOnTheSpot(const Session& approver, const QString& caseNumber, bool approve,
                                               const QString& reasons)
{
    if (Status allowed = require(approver, Permission::DecideApplications); !allowed)
        return allowed.error();
    Database& db = m_store.database();
    auto q = db.query(
        QStringLiteral("SELECT a.id, a.state, a.accepted_by, i.on_the_spot, a.case_number, i.name, i.legal_basis, "
                       "a.received_on, CASE WHEN a.clock_start_on <> '' THEN a.clock_start_on ELSE a.accepted_on END, "
                       "a.holding_site_id, p.name, i.section_id, coalesce(s.name, '') "
                       "FROM applications a JOIN items i ON i.id = a.item_id "
                       "JOIN applicants p ON p.id = a.applicant_id LEFT JOIN sections s ON s.id = i.section_id "
                       "WHERE a.case_number = ?"),
        {caseNumber.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return fieldError("intake.no_case", Text::tr("There is no case %1.").arg(caseNumber), "case_number");
    if (!q->value(3).toBool())
        return makeError(
            QStringLiteral("intake.not_on_the_spot"),
            Text::tr("Case %1 is no item decided on the spot; it goes to the section's queue.").arg(caseNumber));
    if (q->value(1).toString() != ApplicationState::Accepted)
        return makeError(QStringLiteral("intake.not_accepted"),
                         Text::tr("Case %1 is not accepted and waiting for a decision.").arg(caseNumber));
    if (q->value(2).toString() == approver.userId)
        return makeError(QStringLiteral("intake.same_person"),
                         Text::tr("You accepted case %1 yourself; another approver must decide it.").arg(caseNumber));
    // 后台分类审批: each item is decided by one section, at the window as in the back office, so an approver
    // of another section may not decide it here either.
    if (q->value(11).toString() != approver.sectionId)
        return makeError(QStringLiteral("intake.other_section"),
                         Text::tr("Case %1 is decided by %2; %3 is no approver of that section, so an approver of "
                                  "%2 must decide it.")
                             .arg(caseNumber, q->value(12).toString(),
                                  approver.displayName.isEmpty() ? approver.username : approver.displayName));
    const auto text = checkText(reasons, Text::tr("Reasons"), 500, !approve, TextLines::Multiple);
    if (!text)
        return Error{text.error().code, text.error().message, QStringLiteral("reasons")};

    const QString applicationId = q->value(0).toString();
    const QString number = q->value(4).toString();
    const QString holdingSiteId = q->value(9).toString();
    QString legalBasis = QStringLiteral("有关法律、法规");
    if (const QJsonArray basis = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array(); !basis.isEmpty())
        legalBasis =
            basis.first().toObject().value(u"law").toString() + basis.first().toObject().value(u"article").toString();
    // The decision document is the same 准予/不予行政许可决定书 the back office issues, numbered by the agency
    // that holds the case and sealed with its seal, so that the applicant leaves the window with it.
    const DocumentCase documentCase{applicationId,
                                    number,
                                    holdingSiteId,
                                    q->value(10).toString(),
                                    q->value(5).toString(),
                                    QDate::fromString(q->value(7).toString(), Qt::ISODate),
                                    QDate::fromString(q->value(8).toString(), Qt::ISODate)};
    QJsonObject fields{{QStringLiteral("legal_basis"), legalBasis}};
    if (approve) {
        fields.insert(QStringLiteral("decision_reasons"), *text);
    } else {
        QString refusal = text->trimmed();
        while (refusal.endsWith(u'。'))
            refusal.chop(1);
        fields.insert(QStringLiteral("refusal_reasons"), refusal);
        fields.insert(QStringLiteral("reconsideration_body"), SettingsService(m_store).reconsiderationBody());
    }
    const QDate today = m_store.clock().today();
    const QString kind = approve ? QStringLiteral("grant_decision") : QStringLiteral("refusal_decision");
    QString documentId;
    const Status status = m_store.transaction([&]() -> Status {
        // As a decision in the back office: the clock freezes and a grant goes to the print centre's queue.
        const auto event = m_store.record(
            approver, QStringLiteral("application.decided"), QStringLiteral("application"), applicationId,
            {{QStringLiteral("state"), approve ? ApplicationState::Approved : ApplicationState::Denied},
             {QStringLiteral("decision"), approve ? QStringLiteral("grant") : QStringLiteral("refuse")},
             {QStringLiteral("decision_reasons"), *text},
             {QStringLiteral("decided_by"), approver.userId},
             {QStringLiteral("decided_on"), iso(today)},
             {QStringLiteral("holder_id"), QString()},
             {QStringLiteral("review_step"), QString()},
             {QStringLiteral("print_queued_on"), approve ? iso(today) : QString()}});
        if (!event)
            return event.error();
        const auto issued = issueSealedDocument(m_store, approver, documentCase, kind,
                                                approve ? QStringLiteral("准") : QStringLiteral("不准"), fields);
        if (!issued)
            return issued.error();
        documentId = *issued;
        return {};
    });
    if (!status)
        return status.error();
    return documentId;
}

} // namespace OneSeal
