#include "cli.h"
#include "print/documentrenderer.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The day --on names, today when it is absent; invalid when it is written wrongly.
QDate dayOption(Arguments& args, bool* ok)
{
    const QString text = args.option(QStringLiteral("--on"));
    *ok = true;
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text, Qt::ISODate);
    *ok = day.isValid();
    return day;
}

QString lightText(const ClockReading& r)
{
    QString text = StatutoryClock::lightKey(r.light);
    if (r.severe)
        text += QStringLiteral("+severe");
    return text;
}

QString dueText(const std::optional<QDate>& due)
{
    return due ? due->toString(Qt::ISODate) : Text::tr("unknown");
}

/// Prints document @p noticeId to DIR/CASE-KIND.pdf when --out was given; returns the line's tail. The file is
/// @p actor's print of the document, recorded as one, so it no longer waits in the print centre.
Result<QString> writeDocument(Services& services, const Session& actor, const QString& noticeId, const QString& outDir)
{
    const auto notice = services.intake().notice(noticeId);
    if (!notice)
        return notice.error();
    if (outDir.isEmpty())
        return notice->documentNumber;
    if (!QDir().mkpath(outDir))
        return makeError(QStringLiteral("cli.out"), Text::tr("Cannot create the folder %1.").arg(outDir));
    const auto layout = DocumentRenderer::load(notice->kind);
    if (!layout)
        return layout.error();
    const QString pdf = QDir(outDir).filePath(QStringLiteral("%1-%2.pdf").arg(notice->caseNumber, notice->kind));
    const auto printed = services.licences().printNotice(
        actor, {noticeId, QStringLiteral("PDF:") + QFileInfo(pdf).absoluteFilePath(), 1},
        [&](const NoticePrintJob& job) { return DocumentRenderer::renderPdf(*layout, job.fields, pdf); });
    if (!printed)
        return makeError(printed.error().code,
                         Text::tr("The change was recorded, but its document could not be written: %1")
                             .arg(printed.error().message));
    return QString(notice->documentNumber + u' ' + pdf);
}

} // namespace

// onesealctl queue --db FILE --section NAME [--on DATE]
int queue(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl queue --db FILE --section NAME [--on YYYY-MM-DD]");
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString section = args.option(QStringLiteral("--section"));
    bool ok = false;
    const QDate day = dayOption(args, &ok);
    if (dbPath.isEmpty() || section.isEmpty())
        return usage(Text::tr("queue needs --db and --section"), synopsis);
    if (!ok)
        return usage(Text::tr("--on needs a date written as YYYY-MM-DD"), synopsis);
    auto services = Services::open(dbPath, OpenMode::ReadOnly);
    if (!services)
        return fail(services.error().message);
    const auto entries = (*services)->review().queue(section, day);
    if (!entries)
        return fail(entries.error().message);
    // One case a line, tab-separated so that scripts can cut it: case, light, working days left, step,
    // holder, item, applicant (masked).
    for (const QueueEntry& e : *entries) {
        const QString light = e.clockError.isEmpty() ? lightText(e.reading) : Text::tr("unknown");
        const QString left = e.clockError.isEmpty() ? QString::number(e.reading.remainingDays) : QStringLiteral("?");
        const QString step = e.reading.suspended ? e.step + QStringLiteral("+suspended") : e.step;
        out() << e.caseNumber << '\t' << light << '\t' << left << '\t' << step << '\t'
              << (e.holderName.isEmpty() ? QStringLiteral("-") : e.holderName) << '\t' << e.itemName << '\t'
              << e.applicant << Qt::endl;
    }
    return Ok;
}

// onesealctl clock --db FILE --case NUMBER [--on DATE]
int clock(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl clock --db FILE --case NUMBER [--on YYYY-MM-DD]");
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString caseNumber = args.option(QStringLiteral("--case"));
    bool ok = false;
    const QDate day = dayOption(args, &ok);
    if (dbPath.isEmpty() || caseNumber.isEmpty())
        return usage(Text::tr("clock needs --db and --case"), synopsis);
    if (!ok)
        return usage(Text::tr("--on needs a date written as YYYY-MM-DD"), synopsis);
    auto services = Services::open(dbPath, OpenMode::ReadOnly);
    if (!services)
        return fail(services.error().message);
    const auto r = (*services)->review().clock(caseNumber, day);
    if (!r)
        return fail(r.error().message);
    out() << Text::tr("case: %1").arg(caseNumber.trimmed()) << Qt::endl
          << Text::tr("as of: %1%2")
                 .arg(r->asOf.toString(Qt::ISODate), r->frozen ? Text::tr(" (decided; the clock is frozen)") : QString())
          << Qt::endl
          << Text::tr("start: %1").arg(r->start.toString(Qt::ISODate)) << Qt::endl
          << Text::tr("due date: %1").arg(dueText(r->dueDate)) << Qt::endl
          << Text::tr("statutory due date: %1").arg(dueText(r->statutoryDueDate)) << Qt::endl
          << Text::tr("suspended working days: %1%2")
                 .arg(r->suspendedDays)
                 .arg(r->suspended ? Text::tr(" (suspended now)") : QString())
          << Qt::endl
          << Text::tr("extension: %1").arg(r->extensionDays) << Qt::endl
          << Text::tr("remaining working days: %1").arg(r->remainingDays) << Qt::endl
          << Text::tr("statutory remaining working days: %1").arg(r->statutoryRemainingDays) << Qt::endl
          << Text::tr("light: %1").arg(lightText(*r)) << Qt::endl;
    for (const ClockWarning& w : r->warnings)
        out() << Text::tr("warning: %1").arg(w.message) << Qt::endl;
    return Ok;
}

// onesealctl review --db FILE --case N --user U VERB …
int review(Arguments& args)
{
    const QString synopsis = QStringLiteral(
        "onesealctl review --db FILE --case NUMBER --user NAME VERB [options]\n"
        "  claim | release | reassign --to NAME\n"
        "  opinion --text TEXT [--refuse] [--on-site --second NAME]\n"
        "  decide --grant|--refuse [--reasons TEXT] [--out DIR]\n"
        "  correct --grant|--refuse --reasons TEXT --why TEXT [--out DIR]\n"
        "  suspend --procedure 检验 --days N --reason TEXT [--out DIR] | suspend --supplement --reason TEXT [--days N]\n"
        "  resume | extend --reason TEXT [--joint] [--out DIR]");
    // Options with values are named before the verb is looked for, so that no value is taken for it.
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString caseNumber = args.option(QStringLiteral("--case"));
    const QString user = args.option(QStringLiteral("--user"));
    const QString to = args.option(QStringLiteral("--to"));
    const QString text = args.option(QStringLiteral("--text"));
    const QString second = args.option(QStringLiteral("--second"));
    const QString reasons = args.option(QStringLiteral("--reasons"));
    const QString why = args.option(QStringLiteral("--why"));
    const QString procedure = args.option(QStringLiteral("--procedure"));
    const QString daysText = args.option(QStringLiteral("--days"));
    const QString reason = args.option(QStringLiteral("--reason"));
    const QString outDir = args.option(QStringLiteral("--out"));
    const QStringList verbs = args.positional();
    const bool grant = args.flag(QStringLiteral("--grant"));
    const bool refuse = args.flag(QStringLiteral("--refuse"));
    const bool onSite = args.flag(QStringLiteral("--on-site"));
    const bool supplement = args.flag(QStringLiteral("--supplement"));
    const bool joint = args.flag(QStringLiteral("--joint"));
    if (dbPath.isEmpty() || caseNumber.isEmpty() || user.isEmpty() || verbs.size() != 1)
        return usage(Text::tr("review needs --db, --case, --user and one verb"), synopsis);
    const QString verb = verbs.first();
    bool daysOk = daysText.isEmpty();
    const int days = daysText.isEmpty() ? 0 : daysText.toInt(&daysOk);
    if (!daysOk)
        return usage(Text::tr("--days needs a whole number of working days, not \"%1\"").arg(daysText), synopsis);
    if ((verb == u"decide" || verb == u"correct") && grant == refuse)
        return usage(Text::tr("%1 needs either --grant or --refuse").arg(verb), synopsis);

    auto services = Services::open(dbPath, OpenMode::ReadWrite);
    if (!services)
        return fail(services.error().message);
    // As with intake, the operator of the command line holds the database file and acts for the named
    // user; the journal records that user, and every rule of the service applies to them.
    const auto session = (*services)->accounts().sessionFor(user);
    if (!session)
        return fail(session.error().message);
    ReviewService& service = (*services)->review();
    const QString number = caseNumber.trimmed();

    Status status;
    Result<QString> document = QString();
    if (verb == u"claim") {
        status = service.claim(*session, number);
    } else if (verb == u"release") {
        status = service.release(*session, number);
    } else if (verb == u"reassign") {
        status = service.reassign(*session, number, to);
    } else if (verb == u"opinion") {
        status = service.recordOpinion(*session, number, {text, !refuse, onSite, second});
    } else if (verb == u"decide") {
        document = service.decide(*session, number, grant, reasons);
    } else if (verb == u"correct") {
        document = service.correctDecision(*session, number, grant, reasons, why);
    } else if (verb == u"suspend") {
        document = service.suspend(*session, number, {!supplement, procedure, days, reason});
    } else if (verb == u"resume") {
        status = service.resume(*session, number);
    } else if (verb == u"extend") {
        document = service.extend(*session, number, joint, reason);
    } else {
        return usage(Text::tr("unknown review verb \"%1\"").arg(verb), synopsis);
    }
    if (!status)
        return fail(status.error().message);
    if (!document)
        return fail(document.error().message);
    out() << verb << ' ' << number;
    if (!document->isEmpty()) {
        const auto written = writeDocument(**services, *session, *document, outDir);
        if (!written)
            return fail(written.error().message);
        out() << ' ' << *written;
    }
    out() << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
