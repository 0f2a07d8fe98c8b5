#include "cli.h"
#include "db/journal.h"
#include "services/services.h"
#include "services/setup.h"

#include <QCoreApplication>
#include <QHash>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Codes of sites and user names by id, so that a journal line names them as people do.
QHash<QString, QString> namesById(Database& db, const QString& sql)
{
    QHash<QString, QString> names;
    if (auto q = db.query(sql)) {
        while (q->next())
            names.insert(q->value(0).toString(), q->value(1).toString());
    }
    return names;
}

} // namespace

// onesealctl audit verify --db FILE
int audit(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl audit verify --db FILE");
    const QString path = args.option(QStringLiteral("--db"));
    if (args.positional() != QStringList{QStringLiteral("verify")} || path.isEmpty())
        return usage(Text::tr("say verify, with --db"), synopsis);
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return fail(db.error().message);
    const JournalVerification report = Journal::verify(**db);
    if (!report.ok) {
        out() << Text::tr("broken at event %1 (%2): %3").arg(report.brokenSeq).arg(report.brokenId, report.reason)
              << Qt::endl;
        return Failed;
    }
    out() << "ok " << report.eventCount << " events" << Qt::endl;
    return Ok;
}

// onesealctl journal list --db FILE | journal replay --db FILE --into NEW
int journal(Arguments& args)
{
    const QString synopsis =
        QStringLiteral("onesealctl journal list --db FILE | onesealctl journal replay --db FILE --into NEW");
    const QString path = args.option(QStringLiteral("--db"));
    const QString into = args.option(QStringLiteral("--into"));
    const QStringList words = args.positional();
    if (words.size() != 1 || path.isEmpty())
        return usage(Text::tr("say list or replay, with --db"), synopsis);

    if (words.first() == u"list") {
        auto db = Database::open(path, OpenMode::ReadOnly);
        if (!db)
            return fail(db.error().message);
        const auto sites = namesById(**db, QStringLiteral("SELECT id, code FROM sites"));
        const auto users = namesById(**db, QStringLiteral("SELECT id, username FROM users"));
        const auto events = Journal::list(**db);
        if (!events)
            return fail(events.error().message);
        for (const Event& e : *events) {
            const QString site = e.siteId.isEmpty() ? QStringLiteral("-") : sites.value(e.siteId, e.siteId);
            out() << e.seq << '\t' << formatEventTime(e.deviceTime) << '\t' << site << '\t'
                  << users.value(e.userId, e.userId) << '\t' << e.type << '\t' << e.subjectType << ':' << e.subjectId
                  << Qt::endl;
        }
        return Ok;
    }
    if (words.first() == u"replay") {
        if (into.isEmpty())
            return usage(Text::tr("replay needs --into with the name of a new database file"), synopsis);
        auto source = Services::open(path, OpenMode::ReadOnly);
        if (!source)
            return fail(source.error().message);
        const auto replayed = Setup::replayJournal(**source, into);
        if (!replayed)
            return fail(replayed.error().message);
        out() << Text::tr("Replayed %1 events into %2.").arg(*replayed).arg(into) << Qt::endl;
        return Ok;
    }
    return usage(Text::tr("say list or replay, with --db"), synopsis);
}

} // namespace OneSeal::Cli
