#include "syncconflicts.h"

#include "db/database.h"
#include "services/eventstore.h"
#include "services/session.h"

#include <QCoreApplication>
#include <QHash>

namespace OneSeal::SyncConflicts {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)
};

const QString kVersionConflict = QStringLiteral("sync.version_conflict");

} // namespace

QString reasonText(const QString& code, const QString& serverMessage)
{
    if (code == u"sync.wrong_site")
        return Text::tr("The step was recorded for another site than the one this device is enrolled for.");
    if (code == u"sync.wrong_user")
        return Text::tr("The step was made with an account that does not work at this site; only the site's own "
                        "staff record its work.");
    if (code == u"sync.central_only")
        return Text::tr("Only the central hall changes the catalogue, calendar, organisation, seals, dishonesty "
                        "list and settings.");
    if (code == u"sync.not_owner")
        return Text::tr("The application or account is held by another site; this site may not change it.");
    if (code == kVersionConflict)
        return Text::tr("Someone else changed the same record first; the step was made on an older state.");
    if (code == u"sync.application_closed")
        return Text::tr("The application was closed before this step reached the central store.");
    if (code.startsWith(u"db.") || code.startsWith(u"projection."))
        return Text::tr("The central store could not apply the step to its records (%1).").arg(serverMessage);
    return Text::tr("The central store refused the step (%1: %2).").arg(code, serverMessage);
}

QString advice(const QString& code)
{
    if (code == kVersionConflict)
        return Text::tr("Open the case, check what changed, then redo the step or send it again.");
    if (code == u"sync.central_only")
        return Text::tr("Ask the central hall to make the change.");
    if (code == u"sync.not_owner" || code == u"sync.application_closed")
        return Text::tr("Open the case to see who holds it now; the step cannot be made here.");
    if (code == u"sync.wrong_user" || code == u"sync.wrong_site")
        return Text::tr("Sign in with your own account and redo the step.");
    return Text::tr("Tell the IT team.");
}

QString eventName(const QString& type)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("site.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Site saved")},
        {QStringLiteral("window.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Service window saved")},
        {QStringLiteral("section.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Section saved")},
        {QStringLiteral("department.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Department saved")},
        {QStringLiteral("seal.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Seal saved")},
        {QStringLiteral("item.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Catalogue item changed")},
        {QStringLiteral("applicant.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Applicant saved")},
        {QStringLiteral("application.recorded"), QT_TRANSLATE_NOOP("SyncConflicts", "Application recorded")},
        {QStringLiteral("dishonesty_entry.saved"), QT_TRANSLATE_NOOP("SyncConflicts", "Dishonesty list entry saved")},
        {QStringLiteral("setting.changed"), QT_TRANSLATE_NOOP("SyncConflicts", "Setting changed")},
        {QStringLiteral("user.created"), QT_TRANSLATE_NOOP("SyncConflicts", "Account created")},
        {QStringLiteral("user.updated"), QT_TRANSLATE_NOOP("SyncConflicts", "Account changed")},
        {QStringLiteral("user.password_set"), QT_TRANSLATE_NOOP("SyncConflicts", "Password set")},
        {QStringLiteral("user.signin_failed"), QT_TRANSLATE_NOOP("SyncConflicts", "Failed sign-in")},
        {QStringLiteral("user.signed_in"), QT_TRANSLATE_NOOP("SyncConflicts", "Signed in")},
        {QStringLiteral("user.unlocked"), QT_TRANSLATE_NOOP("SyncConflicts", "Account unlocked")},
        {QStringLiteral("user.roles_set"), QT_TRANSLATE_NOOP("SyncConflicts", "Roles assigned")},
        {QStringLiteral("calendar.year_imported"), QT_TRANSLATE_NOOP("SyncConflicts", "Working calendar imported")},
        {QStringLiteral("application.received"), QT_TRANSLATE_NOOP("SyncConflicts", "Application received")},
        {QStringLiteral("application.accepted"), QT_TRANSLATE_NOOP("SyncConflicts", "Application accepted")},
        {QStringLiteral("application.supplement_requested"),
         QT_TRANSLATE_NOOP("SyncConflicts", "Supplementary materials requested")},
        {QStringLiteral("application.rejected"), QT_TRANSLATE_NOOP("SyncConflicts", "Application not accepted")},
        {QStringLiteral("application.decided"), QT_TRANSLATE_NOOP("SyncConflicts", "Decision made")},
        {QStringLiteral("notice.issued"), QT_TRANSLATE_NOOP("SyncConflicts", "Notice issued")},
        {QStringLiteral("dishonesty.looked_up"), QT_TRANSLATE_NOOP("SyncConflicts", "Dishonesty list consulted")},
        {QStringLiteral("application.claimed"), QT_TRANSLATE_NOOP("SyncConflicts", "Case taken for review")},
        {QStringLiteral("application.released"), QT_TRANSLATE_NOOP("SyncConflicts", "Case released")},
        {QStringLiteral("application.reassigned"), QT_TRANSLATE_NOOP("SyncConflicts", "Case reassigned")},
        {QStringLiteral("application.reviewed"), QT_TRANSLATE_NOOP("SyncConflicts", "Review step completed")},
        {QStringLiteral("application.extended"), QT_TRANSLATE_NOOP("SyncConflicts", "Time limit extended")},
        {QStringLiteral("application.decision_corrected"), QT_TRANSLATE_NOOP("SyncConflicts", "Decision corrected")},
        {QStringLiteral("review_opinion.recorded"), QT_TRANSLATE_NOOP("SyncConflicts", "Review opinion recorded")},
        {QStringLiteral("case_suspension.started"), QT_TRANSLATE_NOOP("SyncConflicts", "Time limit suspended")},
        {QStringLiteral("case_suspension.ended"), QT_TRANSLATE_NOOP("SyncConflicts", "Suspension ended")},
        {QStringLiteral("decision_correction.recorded"),
         QT_TRANSLATE_NOOP("SyncConflicts", "Decision correction recorded")},
        {QStringLiteral("ticket.issued"), QT_TRANSLATE_NOOP("SyncConflicts", "Queue ticket issued")},
        {QStringLiteral("ticket.called"), QT_TRANSLATE_NOOP("SyncConflicts", "Queue ticket called")},
        {QStringLiteral("ticket.recalled"), QT_TRANSLATE_NOOP("SyncConflicts", "Queue ticket called again")},
        {QStringLiteral("ticket.skipped"), QT_TRANSLATE_NOOP("SyncConflicts", "Queue ticket skipped")},
        {QStringLiteral("ticket.transferred"), QT_TRANSLATE_NOOP("SyncConflicts", "Queue ticket transferred")},
        {QStringLiteral("ticket.finished"), QT_TRANSLATE_NOOP("SyncConflicts", "Queue ticket finished")},
        {QStringLiteral("seal.key_registered"), QT_TRANSLATE_NOOP("SyncConflicts", "Seal key registered")},
        {QStringLiteral("seal_key.registered"), QT_TRANSLATE_NOOP("SyncConflicts", "Seal key registered")},
        {QStringLiteral("licence.issued"), QT_TRANSLATE_NOOP("SyncConflicts", "Licence issued")},
        {QStringLiteral("licence.voided"), QT_TRANSLATE_NOOP("SyncConflicts", "Licence voided")},
        {QStringLiteral("licence.revoked"), QT_TRANSLATE_NOOP("SyncConflicts", "Licence revoked")},
        {QStringLiteral("licence_print.recorded"), QT_TRANSLATE_NOOP("SyncConflicts", "Licence printed")},
        {QStringLiteral("application.licence_printed"), QT_TRANSLATE_NOOP("SyncConflicts", "Licence printed")},
        {QStringLiteral("spoiled_sheet.recorded"), QT_TRANSLATE_NOOP("SyncConflicts", "Spoiled sheet recorded")},
        {QStringLiteral("application.delivered"), QT_TRANSLATE_NOOP("SyncConflicts", "Licence handed over")},
        {QStringLiteral("notice_print.recorded"), QT_TRANSLATE_NOOP("SyncConflicts", "Notice printed")},
    };
    const auto it = names.constFind(type);
    return it == names.cend() ? type : QCoreApplication::translate("SyncConflicts", *it);
}

bool resubmittable(const QString& code)
{
    return code == kVersionConflict;
}

Result<QString> resubmit(EventStore& store, const Session& actor, const ConflictEntry& entry)
{
    if (!resubmittable(entry.conflict.reasonCode))
        return makeError(QStringLiteral("sync.not_resubmittable"),
                         Text::tr("This step would be refused again as it is; %1").arg(advice(entry.conflict.reasonCode)));
    QString id;
    const Status done = store.transaction([&]() -> Status {
        const auto event = store.record(actor, entry.conflict.type, entry.conflict.subjectType,
                                        entry.conflict.subjectId, entry.payload);
        if (!event)
            return event.error();
        id = event->id;
        return SyncState::markConflictSeen(store.database(), entry.conflict.eventId);
    });
    if (!done)
        return done.error();
    return id;
}

} // namespace OneSeal::SyncConflicts
