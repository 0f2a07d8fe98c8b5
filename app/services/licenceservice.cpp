#include "licenceservice.h"

#include "accountservice.h"
#include "applicationservice.h"
#include "core/canonicaljson.h"
#include "core/cose.h"
#include "core/masking.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"
#include "security/sealkeystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>
#include <tuple>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LicenceService)
};

constexpr int kSerialDigits = 6;
const QString kDefaultVerifyUrl = QStringLiteral("https://zwfw.pengzhou.gov.cn/v/");

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Error refused(const char* code, const QString& message, const char* field = "")
{
    return makeError(QString::fromLatin1(code), message, QString::fromLatin1(field));
}

/// A licence's status as people say it, for messages.
QString statusName(const QString& status)
{
    if (status == u"void")
        return Text::tr("void");
    if (status == u"revoked")
        return Text::tr("revoked");
    return Text::tr("issued");
}

/// The register record a print's code is bound to: its hash goes into the code, so a code can be matched
/// against the register and not just against the seal's key.
QByteArray recordHash(const LicenceRecord& licence, int printNumber)
{
    const QJsonObject record{
        {QStringLiteral("serial"), licence.serial},
        {QStringLiteral("print_number"), printNumber},
        {QStringLiteral("item"), licence.itemName},
        {QStringLiteral("holder_name"), licence.holderName},
        {QStringLiteral("holder_identifier"), licence.holderIdentifier},
        {QStringLiteral("issued_on"), iso(licence.issuedOn)},
        {QStringLiteral("valid_until"), iso(licence.validUntil)},
        {QStringLiteral("template"), licence.templateName},
        {QStringLiteral("template_version"), licence.templateVersion},
        {QStringLiteral("fields"), licence.fields},
    };
    return QCryptographicHash::hash(canonicalJson(record).value(), QCryptographicHash::Sha256).left(16);
}

/// The notices the counter issues as it takes an application in.
bool isCounterNotice(const QString& kind)
{
    return kind == u"acceptance_notice" || kind == u"rejection_notice" || kind == u"supplement_notice" ||
           kind == u"supplement_receipt" || kind == u"application_receipt";
}

bool isDecision(const QString& kind)
{
    return kind == u"grant_decision" || kind == u"refusal_decision";
}

/// Besides the seal keeper's, the rights that issue a notice of @p kind and so let its issuer print it where
/// it was issued, since the applicant takes it from their hands: the counter's notices need the right to take
/// applications in, the back office's that of the step issuing them (a special procedure starts in review or
/// at the decision). A kind not named here is printed by the seal keeper only.
QList<Permission> issuingRights(const QString& kind)
{
    if (isCounterNotice(kind))
        return {Permission::TakeApplications};
    if (kind == u"special_procedure_notice")
        return {Permission::ReviewApplications, Permission::DecideApplications};
    if (kind == u"extension_notice" || isDecision(kind))
        return {Permission::DecideApplications};
    return {};
}

/// A notice's kind as people say it, for messages.
QString noticeKindName(const QString& kind)
{
    if (kind == u"acceptance_notice")
        return Text::tr("acceptance notice");
    if (kind == u"rejection_notice")
        return Text::tr("rejection notice");
    if (kind == u"supplement_notice")
        return Text::tr("supplement notice");
    if (kind == u"supplement_receipt")
        return Text::tr("supplement receipt");
    if (kind == u"application_receipt")
        return Text::tr("application receipt");
    if (kind == u"special_procedure_notice")
        return Text::tr("special procedure notice");
    if (kind == u"extension_notice")
        return Text::tr("extension notice");
    if (kind == u"grant_decision")
        return Text::tr("grant decision");
    if (kind == u"refusal_decision")
        return Text::tr("refusal decision");
    return kind;
}

QString personName(const Session& session)
{
    return session.displayName.isEmpty() ? session.username : session.displayName;
}

} // namespace

struct LicenceService::Seal
{
    QString id;
    QString code;
    QString siteId;
    QString ownerName;
    QString ringText;
    QString bottomText;
    QString serialCode;
    QString keyId; ///< hex; empty when the seal has no key yet
    bool active = false;
};

Result<LicenceService::Seal> LicenceService::seal(const QString& column, const QString& value)
{
    auto q = m_store.database().query(
        QStringLiteral("SELECT id, code, owner_site_id, owner_name, ring_text, bottom_text, serial_code, key_id, "
                       "active FROM seals WHERE %1 = ?")
            .arg(column),
        {value});
    if (!q)
        return q.error();
    if (!q->next())
        return refused("licence.unknown_seal",
                       Text::tr("There is no seal \"%1\" in the seal registry; check the seal's code.").arg(value),
                       "seal");
    return Seal{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                q->value(6).toString(), q->value(7).toString(), q->value(8).toInt() == 1};
}

Result<QString> LicenceService::generateSealKey(const Session& admin, const QString& sealCode)
{
    if (Status allowed = require(admin, Permission::ManageKeys); !allowed)
        return allowed.error();
    const auto found = seal(QStringLiteral("code"), sealCode);
    if (!found)
        return found.error();
    const auto publicKey = m_keys.generate(found->code);
    if (!publicKey)
        return publicKey.error();
    const QByteArray keyId = Cose::keyIdOf(*publicKey);
    const QString keyHex = QString::fromLatin1(keyId.toHex());
    const QString now = m_store.clock().nowUtc().toString(Qt::ISODateWithMs);
    const Status status = m_store.transaction([&]() -> Status {
        const auto key =
            m_store.record(admin, QStringLiteral("seal_key.registered"), QStringLiteral("seal_key"), keyHex,
                           {{QStringLiteral("seal_id"), found->id},
                            {QStringLiteral("public_key"), QString::fromLatin1(publicKey->toHex())},
                            {QStringLiteral("registered_at"), now},
                            {QStringLiteral("registered_by"), admin.userId}});
        if (!key)
            return key.error();
        const auto current =
            m_store.record(admin, QStringLiteral("seal.key_registered"), QStringLiteral("seal"), found->id,
                           {{QStringLiteral("public_key"), QString::fromLatin1(publicKey->toHex())},
                            {QStringLiteral("key_id"), keyHex},
                            {QStringLiteral("key_registered_at"), now}});
        return current ? Status() : Status(current.error());
    });
    if (!status) {
        (void)m_keys.remove(found->code, keyId); // a key nobody registered must not linger in the keychain
        return status.error();
    }
    return keyHex;
}

Result<QString> LicenceService::resultTemplateFor(const QString& caseNumber)
{
    auto q = m_store.database().query(QStringLiteral("SELECT i.result_template FROM applications a JOIN items i ON "
                                                     "i.id = a.item_id WHERE a.case_number = ?"),
                                      {caseNumber.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return refused("licence.unknown_case",
                       Text::tr("There is no application with the case number \"%1\".").arg(caseNumber), "case");
    return q->value(0).toString();
}

Result<LicenceRecord> LicenceService::issue(const Session& sealKeeper, const LicenceIssueRequest& request)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed.error();
    const auto found = seal(QStringLiteral("code"), request.sealCode);
    if (!found)
        return found.error();
    if (!found->active)
        return refused("licence.seal_inactive", Text::tr("The seal %1 is no longer in use.").arg(found->code), "seal");
    // A seal's serials are issued only at its own site: that is what keeps two sites' serials apart offline.
    if (found->siteId != sealKeeper.siteId)
        return refused(
            "licence.foreign_seal",
            Text::tr("The seal %1 belongs to another site; licences under it are issued there only.").arg(found->code),
            "seal");
    if (found->keyId.isEmpty())
        return refused("licence.no_key",
                       Text::tr("The seal %1 has no signing key yet; the security administrator makes one with "
                                "\"onesealctl seal keygen\".")
                           .arg(found->code),
                       "seal");
    Database& db = m_store.database();
    auto app = db.query(QStringLiteral("SELECT a.id, a.state, ap.name, ap.identifier, i.name, i.result_template, "
                                       "i.result_name "
                                       "FROM applications a JOIN applicants ap ON ap.id = a.applicant_id "
                                       "JOIN items i ON i.id = a.item_id WHERE a.case_number = ?"),
                        {request.caseNumber.trimmed()});
    if (!app)
        return app.error();
    if (!app->next())
        return refused("licence.unknown_case",
                       Text::tr("There is no application with the case number \"%1\".").arg(request.caseNumber),
                       "case");
    LicenceRecord licence;
    licence.applicationId = app->value(0).toString();
    licence.caseNumber = request.caseNumber.trimmed();
    const QString state = app->value(1).toString();
    licence.holderName = app->value(2).toString();
    licence.holderIdentifier = app->value(3).toString();
    licence.itemName = app->value(4).toString();
    if (state != ApplicationState::Approved && state != ApplicationState::Issued)
        return refused("licence.not_approved",
                       Text::tr("The application %1 is %2; only an application decided 准予 gets a licence.")
                           .arg(licence.caseNumber, ApplicationState::displayName(state)),
                       "case");
    if (request.templateName != app->value(5).toString())
        return refused("licence.wrong_template",
                       Text::tr("The item's result is printed on the template \"%1\", not \"%2\".")
                           .arg(app->value(5).toString(), request.templateName),
                       "template");
    auto existing =
        db.query(QStringLiteral("SELECT serial FROM licences WHERE application_id = ? AND status = 'issued'"),
                 {licence.applicationId});
    if (!existing)
        return existing.error();
    if (existing->next())
        return refused("licence.exists",
                       Text::tr("The application %1 has the licence %2 already; reprint it, or void it first.")
                           .arg(licence.caseNumber, existing->value(0).toString()),
                       "case");
    const QDate today = m_store.clock().today();
    if (request.validUntil.isValid() && request.validUntil < today)
        return refused("licence.expired_on_issue",
                       Text::tr("The validity end %1 lies in the past.").arg(iso(request.validUntil)), "valid_until");

    licence.id = makeUuid7(m_store.clock().nowUtc());
    licence.sealId = found->id;
    licence.sealCode = found->code;
    licence.templateName = request.templateName;
    licence.templateVersion = request.templateVersion;
    licence.issuedOn = today;
    licence.validUntil = request.validUntil;
    licence.fields = request.fields;
    // What the licence is called ("取水许可证"): the generic templates print it as their title.
    licence.fields.insert(QStringLiteral("result_name"), app->value(6).toString());
    licence.status = QStringLiteral("issued");
    const Status status = m_store.transaction([&]() -> Status {
        // Inside the write transaction, so two print centres at one site cannot take the same number.
        auto last =
            db.query(QStringLiteral("SELECT coalesce(max(number), 0) FROM licences WHERE seal_id = ? AND year = ?"),
                     {found->id, today.year()});
        if (!last)
            return last.error();
        last->next();
        const int number = last->value(0).toInt() + 1;
        licence.serial = QStringLiteral("%1-%2-%3")
                             .arg(found->serialCode)
                             .arg(today.year())
                             .arg(number, kSerialDigits, 10, QLatin1Char('0'));
        const auto recorded =
            m_store.record(sealKeeper, QStringLiteral("licence.issued"), QStringLiteral("licence"), licence.id,
                           {{QStringLiteral("serial"), licence.serial},
                            {QStringLiteral("seal_id"), found->id},
                            {QStringLiteral("year"), today.year()},
                            {QStringLiteral("number"), number},
                            {QStringLiteral("site_id"), sealKeeper.siteId},
                            {QStringLiteral("application_id"), licence.applicationId},
                            {QStringLiteral("template"), licence.templateName},
                            {QStringLiteral("template_version"), licence.templateVersion},
                            {QStringLiteral("item_name"), licence.itemName},
                            {QStringLiteral("holder_name"), licence.holderName},
                            {QStringLiteral("holder_identifier"), licence.holderIdentifier},
                            {QStringLiteral("issued_on"), iso(licence.issuedOn)},
                            {QStringLiteral("valid_until"), iso(licence.validUntil)},
                            {QStringLiteral("fields"), licence.fields},
                            {QStringLiteral("status"), licence.status},
                            {QStringLiteral("issued_by"), sealKeeper.userId}});
        return recorded ? Status() : Status(recorded.error());
    });
    if (!status)
        return status.error();
    return licence;
}

Result<LicenceRecord> LicenceService::licence(const QString& serial)
{
    auto q = m_store.database().query(
        QStringLiteral("SELECT l.id, l.serial, l.seal_id, s.code, l.application_id, a.case_number, l.template, "
                       "l.template_version, l.item_name, l.holder_name, l.holder_identifier, l.issued_on, "
                       "l.valid_until, l.fields, l.status, l.status_reason FROM licences l "
                       // Another site's licence reaches this register without its application, which stays
                       // private to the sites concerned: the case number is then unknown here.
                       "JOIN seals s ON s.id = l.seal_id LEFT JOIN applications a ON a.id = l.application_id "
                       "WHERE l.serial = ?"),
        {serial.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return refused("licence.unknown", Text::tr("There is no licence with the serial \"%1\".").arg(serial),
                       "serial");
    LicenceRecord r;
    r.id = q->value(0).toString();
    r.serial = q->value(1).toString();
    r.sealId = q->value(2).toString();
    r.sealCode = q->value(3).toString();
    r.applicationId = q->value(4).toString();
    r.caseNumber = q->value(5).isNull() ? QString() : q->value(5).toString();
    r.templateName = q->value(6).toString();
    r.templateVersion = q->value(7).toInt();
    r.itemName = q->value(8).toString();
    r.holderName = q->value(9).toString();
    r.holderIdentifier = q->value(10).toString();
    r.issuedOn = QDate::fromString(q->value(11).toString(), Qt::ISODate);
    r.validUntil = QDate::fromString(q->value(12).toString(), Qt::ISODate);
    r.fields = QJsonDocument::fromJson(q->value(13).toString().toUtf8()).object();
    r.status = q->value(14).toString();
    r.statusReason = q->value(15).toString();
    return r;
}

Result<QList<PrintQueueEntry>> LicenceService::printQueue(const Session& sealKeeper, bool includePrinted)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed.error();
    // A case comes back into the queue when its licence was voided, so that a corrected one can be issued.
    auto q = m_store.database().query(
        QStringLiteral(
            "SELECT a.case_number, i.name, ap.name, ap.identifier, i.result_template, "
            "coalesce(nullif(a.print_queued_on, ''), a.decided_on), '', '', 0 FROM applications a "
            "JOIN items i ON i.id = a.item_id JOIN applicants ap ON ap.id = a.applicant_id "
            "WHERE a.holding_site_id = ? AND (a.state = 'approved' OR (a.state = 'issued' AND EXISTS "
            "(SELECT 1 FROM licences v WHERE v.application_id = a.id AND v.status = 'void'))) "
            "AND NOT EXISTS (SELECT 1 FROM licences l WHERE l.application_id = a.id AND l.status = 'issued') "
            "UNION ALL SELECT a.case_number, l.item_name, l.holder_name, l.holder_identifier, l.template, "
            "coalesce(nullif(a.print_queued_on, ''), l.issued_on), l.serial, l.status, "
            "(SELECT count(*) FROM licence_prints p WHERE p.licence_id = l.id AND p.succeeded = 1) "
            "FROM licences l JOIN applications a ON a.id = l.application_id WHERE l.site_id = ? AND (? = 1 OR "
            "(l.status = 'issued' AND NOT EXISTS (SELECT 1 FROM licence_prints p WHERE p.licence_id = l.id "
            "AND p.succeeded = 1))) ORDER BY 6, 1, 7"),
        {sealKeeper.siteId, sealKeeper.siteId, includePrinted ? 1 : 0});
    if (!q)
        return q.error();
    QList<PrintQueueEntry> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), QDate::fromString(q->value(5).toString(), Qt::ISODate),
                     q->value(6).toString(), q->value(7).toString(), q->value(8).toInt(), QString(), QString()});
    // The sealed notices issued here: waiting until one print of each went through.
    auto notices = m_store.database().query(
        QStringLiteral("SELECT a.case_number, i.name, ap.name, ap.identifier, n.kind, n.issued_on, n.id, "
                       "n.document_number, (SELECT count(*) FROM notice_prints p WHERE p.notice_id = n.id "
                       "AND p.succeeded = 1) AS prints FROM notices n JOIN applications a ON a.id = n.application_id "
                       "JOIN items i ON i.id = a.item_id JOIN applicants ap ON ap.id = a.applicant_id "
                       "WHERE n.site_id = ? AND (? = 1 OR prints = 0)"),
        {sealKeeper.siteId, includePrinted ? 1 : 0});
    if (!notices)
        return notices.error();
    while (notices->next())
        list.append({notices->value(0).toString(), notices->value(1).toString(), notices->value(2).toString(),
                     notices->value(3).toString(), notices->value(4).toString(),
                     QDate::fromString(notices->value(5).toString(), Qt::ISODate), QString(), QString(),
                     notices->value(8).toInt(), notices->value(6).toString(), notices->value(7).toString()});
    std::stable_sort(list.begin(), list.end(), [](const PrintQueueEntry& a, const PrintQueueEntry& b) {
        return std::tie(a.queuedOn, a.caseNumber) < std::tie(b.queuedOn, b.caseNumber);
    });
    return list;
}

Result<NoticePrintJob> LicenceService::previewNotice(const Session& actor, const QString& noticeId)
{
    auto q = m_store.database().query(
        QStringLiteral("SELECT n.kind, n.document_number, a.case_number, n.fields, n.site_id, n.application_id, "
                       "(SELECT coalesce(max(print_number), 0) FROM notice_prints p WHERE p.notice_id = n.id), "
                       "i.section_id, coalesce(s.name, ''), i.on_the_spot, coalesce(a.accepted_by, '') "
                       "FROM notices n JOIN applications a ON a.id = n.application_id "
                       "JOIN items i ON i.id = a.item_id LEFT JOIN sections s ON s.id = i.section_id WHERE n.id = ?"),
        {noticeId});
    if (!q)
        return q.error();
    if (!q->next())
        return refused("notice.not_found", Text::tr("There is no notice %1.").arg(noticeId), "notice");
    const QString kind = q->value(0).toString();
    const QString documentNumber = q->value(1).toString();
    const QList<Permission> rights = issuingRights(kind);
    const bool keeper = actor.may(Permission::ApplySeal);
    const bool issuer = std::any_of(rights.cbegin(), rights.cend(), [&](Permission p) { return actor.may(p); });
    // A decision taken at the window (即办件) leaves it with the applicant: the clerk who took the case in
    // prints it there.
    const bool window = isDecision(kind) && q->value(9).toBool() && actor.may(Permission::TakeApplications) &&
                        q->value(10).toString() == actor.userId;
    if (!keeper && !issuer && !window) {
        if (rights.isEmpty())
            return refused("notice.not_permitted",
                           Text::tr("Only a seal keeper prints the %1 %2; %3 is none.")
                               .arg(noticeKindName(kind), documentNumber, personName(actor)),
                           "notice");
        return refused(
            "notice.not_permitted",
            Text::tr("Printing the %1 %2 needs the right to apply a seal or to %3, which issues it; %4 "
                     "holds neither.")
                .arg(noticeKindName(kind), documentNumber, Roles::permissionName(rights.first()), personName(actor)),
            "notice");
    }
    if (q->value(4).toString() != actor.siteId)
        return refused("notice.foreign_site",
                       Text::tr("The notice %1 was issued at another site and is printed there.").arg(documentNumber),
                       "notice");
    // The back office prints only its own section's documents, as it decides only its own cases.
    if (!keeper && !window && !isCounterNotice(kind) && q->value(7).toString() != actor.sectionId)
        return refused("notice.other_section",
                       Text::tr("The %1 %2 belongs to a case of %3; %4 works for another section, so %3 or the seal "
                                "keeper prints it.")
                           .arg(noticeKindName(kind), documentNumber, q->value(8).toString(), personName(actor)),
                       "notice");
    NoticePrintJob job;
    job.noticeId = noticeId;
    job.kind = kind;
    job.documentNumber = documentNumber;
    job.caseNumber = q->value(2).toString();
    job.fields = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
    job.printNumber = q->value(6).toInt() + 1;
    return job;
}

Result<NoticePrintJob> LicenceService::printNotice(const Session& actor, const NoticePrintRequest& request,
                                                   const NoticeRenderer& render)
{
    auto job = previewNotice(actor, request.noticeId);
    if (!job)
        return job.error();
    if (request.copies < 1)
        return refused("notice.copies", Text::tr("Print at least one copy."), "copies");
    if (request.printer.trimmed().isEmpty())
        return refused("notice.printer", Text::tr("Name the printer (or the PDF file) the notice goes to."),
                       "printer");
    Database& db = m_store.database();
    auto application = db.query(QStringLiteral("SELECT application_id FROM notices WHERE id = ?"), {job->noticeId});
    if (!application)
        return application.error();
    application->next();
    const QString applicationId = application->value(0).toString();
    job->printId = makeUuid7(m_store.clock().nowUtc());

    // As with a licence: rendered outside the transaction, and recorded whatever the printer made of it.
    const Status rendered = render ? render(*job) : Status();
    const Status recorded = m_store.transaction([&]() -> Status {
        auto again = db.query(
            QStringLiteral("SELECT coalesce(max(print_number), 0) FROM notice_prints WHERE notice_id = ?"),
            {job->noticeId});
        if (!again)
            return again.error();
        again->next();
        if (again->value(0).toInt() + 1 != job->printNumber)
            return refused("notice.print_race", Text::tr("Someone else printed %1 at the same moment; print again.")
                                                    .arg(job->documentNumber));
        const auto event =
            m_store.record(actor, QStringLiteral("notice_print.recorded"), QStringLiteral("notice_print"), job->printId,
                           {{QStringLiteral("notice_id"), job->noticeId},
                            {QStringLiteral("application_id"), applicationId},
                            {QStringLiteral("print_number"), job->printNumber},
                            {QStringLiteral("printer"), request.printer.trimmed()},
                            {QStringLiteral("copies"), request.copies},
                            {QStringLiteral("window_id"), actor.windowId},
                            {QStringLiteral("succeeded"), rendered.ok()},
                            {QStringLiteral("printed_by"), actor.userId},
                            {QStringLiteral("printed_at"), m_store.clock().nowUtc().toString(Qt::ISODateWithMs)}});
        if (!event)
            return event.error();
        return {};
    });
    if (!recorded)
        return recorded.error();
    if (!rendered)
        return rendered.error();
    return job;
}

Result<QList<IssuingSeal>> LicenceService::issuingSeals(const Session& sealKeeper)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed.error();
    auto q = m_store.database().query(
        QStringLiteral("SELECT code, name, key_id FROM seals WHERE owner_site_id = ? AND active = 1 ORDER BY code"),
        {sealKeeper.siteId});
    if (!q)
        return q.error();
    QList<IssuingSeal> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), !q->value(2).toString().isEmpty()});
    return list;
}

Result<Session> LicenceService::authenticateSecond(const Session& actor, const SecondPerson& second)
{
    if (second.username.trimmed().isEmpty())
        return refused("licence.second_person_missing",
                       Text::tr("A second person must confirm this: an approver or another seal keeper signs in "
                                "with their own password."),
                       "second_person");
    if (second.username.trimmed() == actor.username)
        return refused("licence.second_person_same",
                       Text::tr("The second person must be someone other than %1.").arg(actor.username),
                       "second_person");
    // A real sign-in: a wrong password counts towards the second person's lock like any other.
    const auto session = m_accounts.signIn(second.username, second.password);
    if (!session)
        return session.error();
    if (session->userId == actor.userId)
        return refused("licence.second_person_same",
                       Text::tr("The second person must be someone other than %1.").arg(actor.username),
                       "second_person");
    if (!session->has(Role::Approver) && !session->has(Role::SealKeeper))
        return refused(
            "licence.second_person_role",
            Text::tr("%1 is neither an approver nor a seal keeper and cannot confirm this.").arg(session->username),
            "second_person");
    return session;
}

Status LicenceService::confirmSecondPerson(const Session& sealKeeper, const SecondPerson& second)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed;
    const auto witness = authenticateSecond(sealKeeper, second);
    return witness ? Status() : Status(witness.error());
}

LicencePrintJob LicenceService::jobFor(const LicenceRecord& licence, const Seal& seal, int printNumber,
                                       const QString& code)
{
    LicencePrintJob job;
    job.serial = licence.serial;
    job.printNumber = printNumber;
    job.code = code;
    job.templateName = licence.templateName;
    job.fields = licence.fields;
    auto verifyUrl =
        m_store.database().query(QStringLiteral("SELECT value FROM settings WHERE key = 'licence.verify_url'"));
    const QString base = verifyUrl && verifyUrl->next() ? verifyUrl->value(0).toString() : kDefaultVerifyUrl;
    const QJsonObject standard{
        {QStringLiteral("licence_serial"), licence.serial},
        {QStringLiteral("print_number"), QString::number(printNumber)},
        {QStringLiteral("holder_name"), licence.holderName},
        {QStringLiteral("holder_identifier"), licence.holderIdentifier},
        {QStringLiteral("item_name"), licence.itemName},
        {QStringLiteral("case_number"), licence.caseNumber},
        {QStringLiteral("issue_date"), iso(licence.issuedOn)},
        {QStringLiteral("valid_until"),
         licence.validUntil.isValid() ? iso(licence.validUntil) : QStringLiteral("长期")},
        {QStringLiteral("agency_name"), seal.ownerName},
        {QStringLiteral("verification_text"), code},
        {QStringLiteral("verify_url"), QString(base + licence.serial)},
        {QStringLiteral("seal"), QJsonObject{{QStringLiteral("ring_text"), seal.ringText},
                                             {QStringLiteral("bottom_text"), seal.bottomText},
                                             {QStringLiteral("serial_code"), seal.serialCode}}},
    };
    for (auto it = standard.begin(); it != standard.end(); ++it)
        job.fields.insert(it.key(), it.value());
    return job;
}

Result<LicencePrintJob> LicenceService::preview(const Session& sealKeeper, const QString& serial)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed.error();
    const auto licence = this->licence(serial);
    if (!licence)
        return licence.error();
    const auto found = seal(QStringLiteral("id"), licence->sealId);
    if (!found)
        return found.error();
    auto printed = m_store.database().query(
        QStringLiteral("SELECT coalesce(max(print_number), 0) FROM licence_prints WHERE licence_id = ?"),
        {licence->id});
    if (!printed)
        return printed.error();
    printed->next();
    // A preview carries no signature, so a preview sheet that leaves the room never verifies as genuine.
    return jobFor(*licence, *found, printed->value(0).toInt() + 1, QStringLiteral("OS1:DRAFT"));
}

Result<LicencePrintJob> LicenceService::print(const Session& sealKeeper, const LicencePrintRequest& request,
                                              const Renderer& render)
{
    return printOnce(sealKeeper, request, false, QString(), QString(), render);
}

Result<LicencePrintJob> LicenceService::reprint(const Session& sealKeeper, const LicencePrintRequest& request,
                                                const QString& reason, const SecondPerson& second,
                                                const Renderer& render)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return refused("licence.reason_missing", Text::tr("Say why the licence is printed again (lost, damaged …)."),
                       "reason");
    const auto witness = authenticateSecond(sealKeeper, second);
    if (!witness)
        return witness.error();
    return printOnce(sealKeeper, request, true, reason.trimmed(), witness->userId, render);
}

Result<LicencePrintJob> LicenceService::printOnce(const Session& sealKeeper, const LicencePrintRequest& request,
                                                  bool reprint, const QString& reason, const QString& secondUserId,
                                                  const Renderer& render)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed.error();
    const auto licence = this->licence(request.serial);
    if (!licence)
        return licence.error();
    if (licence->status != u"issued")
        return refused(
            "licence.not_printable",
            Text::tr("The licence %1 is %2 and cannot be printed.").arg(licence->serial, statusName(licence->status)),
            "serial");
    const auto found = seal(QStringLiteral("id"), licence->sealId);
    if (!found)
        return found.error();
    if (found->siteId != sealKeeper.siteId)
        return refused(
            "licence.foreign_seal",
            Text::tr("The seal %1 belongs to another site; its licences are printed there.").arg(found->code), "seal");
    if (request.copies < 1)
        return refused("licence.copies", Text::tr("Print at least one copy."), "copies");
    if (request.printer.trimmed().isEmpty())
        return refused("licence.printer", Text::tr("Name the printer (or the PDF file) the licence goes to."),
                       "printer");
    Database& db = m_store.database();
    const QString stock = request.stockNumber.trimmed();
    if (!stock.isEmpty()) {
        auto used = db.query(QStringLiteral("SELECT 1 FROM licence_prints WHERE stock_number = ? UNION ALL "
                                            "SELECT 1 FROM spoiled_sheets WHERE stock_number = ?"),
                             {stock, stock});
        if (!used)
            return used.error();
        if (used->next())
            return refused(
                "licence.stock_used",
                Text::tr("The security-paper sheet %1 was used or spoiled before; take the next sheet.").arg(stock),
                "stock_number");
    }
    auto printed = db.query(QStringLiteral("SELECT coalesce(max(print_number), 0), coalesce(max(succeeded), 0) "
                                           "FROM licence_prints WHERE licence_id = ?"),
                            {licence->id});
    if (!printed)
        return printed.error();
    printed->next();
    const int printNumber = printed->value(0).toInt() + 1;
    const bool printedBefore = printed->value(1).toInt() == 1;
    if (printedBefore && !reprint)
        return refused("licence.printed_before",
                       Text::tr("The licence %1 was printed before; a further print is a reprint, with a reason and "
                                "a second person.")
                           .arg(licence->serial),
                       "serial");
    if (!printedBefore && reprint)
        return refused("licence.not_printed_yet",
                       Text::tr("The licence %1 has not been printed yet; print it first.").arg(licence->serial),
                       "serial");

    LicenceClaims claims;
    claims.issuer = found->code;
    claims.serial = licence->serial;
    claims.printNumber = printNumber;
    claims.item = licence->itemName;
    claims.holderName = licence->holderName;
    claims.holderIdMasked = maskIdentifier(licence->holderIdentifier);
    claims.issuedOn = licence->issuedOn;
    claims.validUntil = licence->validUntil;
    claims.templateVersion = licence->templateVersion;
    claims.recordHash = recordHash(*licence, printNumber);
    const auto code = m_keys.signLicence(found->code, QByteArray::fromHex(found->keyId.toLatin1()), claims);
    if (!code)
        return code.error();

    LicencePrintJob job = jobFor(*licence, *found, printNumber, *code);
    job.printId = makeUuid7(m_store.clock().nowUtc());

    // Rendering happens outside the transaction (a printer may take its time); the outcome is recorded either way.
    const Status rendered = render ? render(job) : Status();
    const Status recorded = m_store.transaction([&]() -> Status {
        auto again =
            db.query(QStringLiteral("SELECT coalesce(max(print_number), 0) FROM licence_prints WHERE licence_id = ?"),
                     {licence->id});
        if (!again)
            return again.error();
        again->next();
        if (again->value(0).toInt() + 1 != printNumber)
            return refused("licence.print_race",
                           Text::tr("Someone else printed %1 at the same moment; print again.").arg(licence->serial));
        const auto event = m_store.record(
            sealKeeper, QStringLiteral("licence_print.recorded"), QStringLiteral("licence_print"), job.printId,
            {{QStringLiteral("licence_id"), licence->id},
             {QStringLiteral("print_number"), printNumber},
             {QStringLiteral("kind"), reprint ? QStringLiteral("reprint") : QStringLiteral("print")},
             {QStringLiteral("printer"), request.printer.trimmed()},
             {QStringLiteral("copies"), request.copies},
             {QStringLiteral("stock_number"), stock},
             {QStringLiteral("window_id"), sealKeeper.windowId},
             {QStringLiteral("succeeded"), rendered.ok()},
             {QStringLiteral("printed_by"), sealKeeper.userId},
             {QStringLiteral("second_person"), secondUserId},
             {QStringLiteral("reason"), reason},
             {QStringLiteral("printed_at"), m_store.clock().nowUtc().toString(Qt::ISODateWithMs)},
             {QStringLiteral("record_hash"), QString::fromLatin1(claims.recordHash.toHex())},
             {QStringLiteral("code"), *code}});
        if (!event)
            return event.error();
        if (!rendered.ok())
            return {};
        auto state = db.query(QStringLiteral("SELECT state FROM applications WHERE id = ?"), {licence->applicationId});
        if (!state)
            return state.error();
        if (state->next() && state->value(0).toString() == ApplicationState::Approved) {
            const auto issued =
                m_store.record(sealKeeper, QStringLiteral("application.licence_printed"), QStringLiteral("application"),
                               licence->applicationId, {{QStringLiteral("state"), ApplicationState::Issued}});
            if (!issued)
                return issued.error();
        }
        return {};
    });
    if (!recorded)
        return recorded.error();
    if (!rendered)
        return rendered.error();
    return job;
}

Status LicenceService::voidLicence(const Session& sealKeeper, const QString& serial, const QString& reason,
                                   const SecondPerson& second)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return refused("licence.reason_missing", Text::tr("Say why the licence is voided."), "reason");
    const auto licence = this->licence(serial);
    if (!licence)
        return licence.error();
    if (licence->status != u"issued")
        return refused("licence.not_voidable",
                       Text::tr("The licence %1 is %2 already.").arg(licence->serial, statusName(licence->status)),
                       "serial");
    const auto witness = authenticateSecond(sealKeeper, second);
    if (!witness)
        return witness.error();
    const auto recorded =
        m_store.record(sealKeeper, QStringLiteral("licence.voided"), QStringLiteral("licence"), licence->id,
                       {{QStringLiteral("status"), QStringLiteral("void")},
                        {QStringLiteral("status_reason"), reason.trimmed()},
                        {QStringLiteral("status_by"), sealKeeper.userId},
                        {QStringLiteral("status_second"), witness->userId},
                        {QStringLiteral("status_at"), m_store.clock().nowUtc().toString(Qt::ISODateWithMs)}});
    return recorded ? Status() : Status(recorded.error());
}

Status LicenceService::revoke(const Session& approver, const QString& serial, const QString& reason)
{
    if (Status allowed = require(approver, Permission::DecideApplications); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return refused("licence.reason_missing", Text::tr("Give the decision by which the licence is revoked."),
                       "reason");
    const auto licence = this->licence(serial);
    if (!licence)
        return licence.error();
    if (licence->status != u"issued")
        return refused("licence.not_revocable",
                       Text::tr("The licence %1 is %2 already.").arg(licence->serial, statusName(licence->status)),
                       "serial");
    const auto recorded =
        m_store.record(approver, QStringLiteral("licence.revoked"), QStringLiteral("licence"), licence->id,
                       {{QStringLiteral("status"), QStringLiteral("revoked")},
                        {QStringLiteral("status_reason"), reason.trimmed()},
                        {QStringLiteral("status_by"), approver.userId},
                        {QStringLiteral("status_at"), m_store.clock().nowUtc().toString(Qt::ISODateWithMs)}});
    return recorded ? Status() : Status(recorded.error());
}

Result<LicenceRecord> LicenceService::handOver(const Session& actor, const QString& serial)
{
    if (!actor.may(Permission::TakeApplications) && !actor.may(Permission::ApplySeal))
        return require(actor, Permission::TakeApplications).error();
    const auto licence = this->licence(serial);
    if (!licence)
        return licence.error();
    Database& db = m_store.database();
    if (licence->status != u"issued") {
        auto q = db.query(QStringLiteral("SELECT l.status_at, l.status_reason, COALESCE(u.display_name, l.status_by), "
                                         "(SELECT value FROM sync_state WHERE key = 'last_sync') FROM licences l "
                                         "LEFT JOIN users u ON u.id = l.status_by WHERE l.id = ?"),
                          {licence->id});
        if (!q)
            return q.error();
        q->next();
        const QString when = QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString lastSync = q->value(3).isNull()
                                     ? Text::tr("never synchronised")
                                     : QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs)
                                           .toLocalTime()
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (licence->status == u"revoked")
            return refused("licence.revoked_no_handover",
                           Text::tr("The licence %1 was revoked on %2 by %3 (%4): it must not be handed over. Keep "
                                    "the sheet and refer the holder to the approval section. The register is as of "
                                    "the last sync with the central store (%5).")
                               .arg(licence->serial, when, q->value(2).toString(), q->value(1).toString(), lastSync),
                           "serial");
        return refused("licence.void_no_handover",
                       Text::tr("The licence %1 was voided on %2 by %3 (%4): it must not be handed over. The "
                                "register is as of the last sync with the central store (%5).")
                           .arg(licence->serial, when, q->value(2).toString(), q->value(1).toString(), lastSync),
                       "serial");
    }
    auto app = db.query(QStringLiteral("SELECT state, site_id, holding_site_id FROM applications WHERE id = ?"),
                        {licence->applicationId});
    if (!app)
        return app.error();
    if (!app->next() || (app->value(1).toString() != actor.siteId && app->value(2).toString() != actor.siteId))
        return refused("licence.handover_elsewhere",
                       Text::tr("The licence %1 belongs to an application of another site; it is handed over where "
                                "the application was taken in.")
                           .arg(licence->serial),
                       "serial");
    const QString state = app->value(0).toString();
    if (state == ApplicationState::Delivered)
        return refused("licence.handed_over",
                       Text::tr("The licence %1 was handed over already.").arg(licence->serial), "serial");
    if (state != ApplicationState::Issued)
        return refused("licence.not_printed",
                       Text::tr("The licence %1 has not been printed yet; print it before handing it over.")
                           .arg(licence->serial),
                       "serial");
    const auto recorded =
        m_store.record(actor, QStringLiteral("application.delivered"), QStringLiteral("application"),
                       licence->applicationId,
                       {{QStringLiteral("state"), ApplicationState::Delivered},
                        {QStringLiteral("delivered_on"), m_store.clock().nowUtc().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("delivered_by"), actor.userId}});
    if (!recorded)
        return recorded.error();
    return *licence;
}

Status LicenceService::recordSpoiledSheet(const Session& sealKeeper, const QString& stockNumber, const QString& reason,
                                          const QString& serial)
{
    if (Status allowed = require(sealKeeper, Permission::ApplySeal); !allowed)
        return allowed;
    const QString stock = stockNumber.trimmed();
    if (stock.isEmpty())
        return refused("licence.stock_missing", Text::tr("Give the spoiled sheet's stock number."), "stock_number");
    if (reason.trimmed().isEmpty())
        return refused("licence.reason_missing", Text::tr("Say how the sheet was spoiled."), "reason");
    QString licenceId;
    if (!serial.trimmed().isEmpty()) {
        const auto licence = this->licence(serial);
        if (!licence)
            return licence.error();
        licenceId = licence->id;
    }
    auto spoiled =
        m_store.database().query(QStringLiteral("SELECT 1 FROM spoiled_sheets WHERE stock_number = ?"), {stock});
    if (!spoiled)
        return spoiled.error();
    if (spoiled->next())
        return refused("licence.stock_spoiled", Text::tr("The sheet %1 is recorded as spoiled already.").arg(stock),
                       "stock_number");
    QJsonObject payload{{QStringLiteral("stock_number"), stock},
                        {QStringLiteral("site_id"), sealKeeper.siteId},
                        {QStringLiteral("window_id"), sealKeeper.windowId},
                        {QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("recorded_by"), sealKeeper.userId},
                        {QStringLiteral("recorded_at"), m_store.clock().nowUtc().toString(Qt::ISODateWithMs)}};
    if (!licenceId.isEmpty())
        payload.insert(QStringLiteral("licence_id"), licenceId);
    const auto recorded = m_store.record(sealKeeper, QStringLiteral("spoiled_sheet.recorded"),
                                         QStringLiteral("spoiled_sheet"), makeUuid7(m_store.clock().nowUtc()), payload);
    return recorded ? Status() : Status(recorded.error());
}

Result<QList<SheetUse>> LicenceService::sheets(const Session& actor, const QString& windowCode)
{
    if (Status allowed = require(actor, Permission::ApplySeal); !allowed)
        return allowed.error();
    QString windowId = QStringLiteral(""); // empty, not null: SQL compares NULL with nothing
    if (!windowCode.trimmed().isEmpty()) {
        auto w = m_store.database().query(QStringLiteral("SELECT id FROM windows WHERE site_id = ? AND code = ?"),
                                          {actor.siteId, windowCode.trimmed()});
        if (!w)
            return w.error();
        if (!w->next())
            return refused("licence.unknown_window", Text::tr("This site has no window %1.").arg(windowCode), "window");
        windowId = w->value(0).toString();
    }
    auto q = m_store.database().query(
        QStringLiteral("SELECT p.stock_number, CASE p.succeeded WHEN 1 THEN 'printed' ELSE 'failed' END, l.serial, "
                       "p.print_number, p.window_id, p.printed_at FROM licence_prints p "
                       "JOIN licences l ON l.id = p.licence_id "
                       "WHERE p.stock_number <> '' AND l.site_id = ? AND (? = '' OR p.window_id = ?) "
                       "UNION ALL SELECT s.stock_number, 'spoiled', coalesce(l.serial, ''), 0, s.window_id, "
                       "s.recorded_at FROM spoiled_sheets s LEFT JOIN licences l ON l.id = s.licence_id "
                       "WHERE s.site_id = ? AND (? = '' OR s.window_id = ?) ORDER BY 1"),
        {actor.siteId, windowId, windowId, actor.siteId, windowId, windowId});
    if (!q)
        return q.error();
    QList<SheetUse> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                     q->value(4).toString(), q->value(5).toString()});
    return list;
}

Result<QString> LicenceService::printState(const QString& serial, int printNumber)
{
    const auto licence = this->licence(serial);
    if (!licence)
        return licence.error();
    if (licence->status == u"void")
        return LicenceState::Void;
    if (licence->status == u"revoked")
        return LicenceState::Revoked;
    auto q = m_store.database().query(
        QStringLiteral(
            "SELECT succeeded, (SELECT count(*) FROM licence_prints later WHERE later.licence_id = p.licence_id "
            "AND later.print_number > p.print_number AND later.succeeded = 1) FROM licence_prints p "
            "WHERE p.licence_id = ? AND p.print_number = ?"),
        {licence->id, printNumber});
    if (!q)
        return q.error();
    if (!q->next())
        return LicenceState::Unregistered;
    if (q->value(0).toInt() != 1)
        return LicenceState::Void; // the job failed: whatever came out of the printer was never issued
    if (q->value(1).toInt() > 0)
        return LicenceState::Superseded;
    if (licence->validUntil.isValid() && licence->validUntil < m_store.clock().today())
        return LicenceState::Expired;
    return LicenceState::Valid;
}

LicenceVerification LicenceService::verify(const QString& code)
{
    LicenceVerification v;
    const auto opened = LicenceToken::open(code);
    if (!opened) {
        v.reason = opened.error().message;
        return v;
    }
    Database& db = m_store.database();
    auto key = db.query(QStringLiteral("SELECT k.public_key, s.code FROM seal_keys k JOIN seals s ON s.id = k.seal_id "
                                       "WHERE k.id = ?"),
                        {QString::fromLatin1(opened->keyId.toHex())});
    if (!key || !key->next()) {
        v.reason = Text::tr("No seal in the registry has the key %1.").arg(QString::fromLatin1(opened->keyId.toHex()));
        return v;
    }
    const QByteArray publicKey = QByteArray::fromHex(key->value(0).toString().toLatin1());
    const QString sealCode = key->value(1).toString();
    const auto claims = LicenceToken::verify(*opened, publicKey);
    if (!claims) {
        v.reason = claims.error().message;
        return v;
    }
    if (claims->issuer != sealCode) {
        v.reason = Text::tr("The code names the seal %1 but is signed with a key of the seal %2.")
                       .arg(claims->issuer, sealCode);
        return v;
    }
    v.claims = *claims;
    const auto licence = this->licence(claims->serial);
    if (!licence) {
        v.genuine = true;
        v.state = LicenceState::Unregistered;
        v.reason =
            Text::tr("The seal's signature is genuine, but this register has no licence %1 (not synchronised yet?).")
                .arg(claims->serial);
        return v;
    }
    auto print =
        db.query(QStringLiteral("SELECT record_hash FROM licence_prints WHERE licence_id = ? AND print_number = ?"),
                 {licence->id, claims->printNumber});
    if (print && print->next() && print->value(0).toString() != QString::fromLatin1(claims->recordHash.toHex())) {
        // Signed with our key but not what the register holds for this print: a key in the wrong hands.
        v.reason = Text::tr("The code is signed, but does not match print %1 of %2 in the register.")
                       .arg(claims->printNumber)
                       .arg(claims->serial);
        return v;
    }
    if (licence->sealCode != sealCode) {
        v.reason = Text::tr("The licence %1 was issued under another seal.").arg(claims->serial);
        return v;
    }
    v.genuine = true;
    const auto state = printState(claims->serial, claims->printNumber);
    v.state = state ? *state : LicenceState::Unregistered;
    v.reason = licence->statusReason;
    return v;
}

} // namespace OneSeal
