#include "sealeddocument.h"

#include "core/numbering.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"
#include "settingsservice.h"

#include <QCoreApplication>

namespace OneSeal {
namespace {

// The messages were the review service's first; they keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
};

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<QString> issueSealedDocument(EventStore& store, const Session& actor, const DocumentCase& c, const QString& kind,
                                    const QString& mark, QJsonObject fields)
{
    Database& db = store.database();
    const QDate today = store.clock().today();
    auto site = db.query(QStringLiteral("SELECT agency_name, document_prefix, phone FROM sites WHERE id = ?"),
                         {c.holdingSiteId});
    if (!site)
        return site.error();
    if (!site->next())
        return makeError(QStringLiteral("review.no_site"), Text::tr("The site holding case %1 is missing.")
                                                               .arg(c.caseNumber));
    auto seal = db.query(QStringLiteral("SELECT ring_text, bottom_text, serial_code FROM seals WHERE owner_site_id = ? "
                                        "AND active = 1 ORDER BY kind LIMIT 1"),
                         {c.holdingSiteId});
    if (!seal)
        return seal.error();
    if (!seal->next())
        return makeError(QStringLiteral("review.no_seal"),
                         Text::tr("The site holding case %1 has no seal in the registry; a document cannot be "
                                  "issued without one.")
                             .arg(c.caseNumber));
    auto last = db.query(QStringLiteral("SELECT coalesce(max(number), 0) FROM notices WHERE site_id = ? AND kind = ? "
                                        "AND year = ?"),
                         {c.holdingSiteId, kind, today.year()});
    if (!last)
        return last.error();
    last->next();
    const int number = last->value(0).toInt() + 1;
    const QString documentNumber = formatDocumentNumber(site->value(1).toString(), mark, today.year(), number);
    fields.insert(QStringLiteral("doc_number"), documentNumber);
    fields.insert(QStringLiteral("case_number"), c.caseNumber);
    fields.insert(QStringLiteral("applicant_name"), c.applicantName);
    fields.insert(QStringLiteral("item_name"), c.itemName);
    fields.insert(QStringLiteral("received_date"), iso(c.receivedOn));
    fields.insert(QStringLiteral("accepted_date"), iso(c.clockStart));
    fields.insert(QStringLiteral("issue_date"), iso(today));
    fields.insert(QStringLiteral("agency_name"), site->value(0).toString());
    fields.insert(QStringLiteral("contact_name"), actor.displayName);
    fields.insert(QStringLiteral("contact_phone"), site->value(2).toString());
    fields.insert(QStringLiteral("verification_text"), QStringLiteral("%1?c=%2&n=%3")
                                                           .arg(SettingsService(store).verificationBaseUrl(),
                                                                c.caseNumber, documentNumber));
    fields.insert(QStringLiteral("seal"), QJsonObject{{QStringLiteral("ring_text"), seal->value(0).toString()},
                                                      {QStringLiteral("bottom_text"), seal->value(1).toString()},
                                                      {QStringLiteral("serial_code"), seal->value(2).toString()}});
    const QString id = makeUuid7(store.clock().nowUtc());
    const auto issued = store.record(actor, QStringLiteral("notice.issued"), QStringLiteral("notice"), id,
                                     {{QStringLiteral("application_id"), c.applicationId},
                                      {QStringLiteral("kind"), kind},
                                      {QStringLiteral("site_id"), c.holdingSiteId},
                                      {QStringLiteral("year"), today.year()},
                                      {QStringLiteral("number"), number},
                                      {QStringLiteral("document_number"), documentNumber},
                                      {QStringLiteral("issued_on"), iso(today)},
                                      {QStringLiteral("issued_by"), actor.userId},
                                      {QStringLiteral("fields"), fields}});
    if (!issued)
        return issued.error();
    return id;
}

} // namespace OneSeal
