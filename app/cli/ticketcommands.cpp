#include "cli.h"
#include "services/services.h"

#include <QCoreApplication>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

/// One ticket as one line of words, for people and for scripts (`cut -d' '`): number, state, window
/// kind, window, seconds waited, seconds at the counter, case.
QString line(const Ticket& t)
{
    return QStringList{t.number,
                       t.state,
                       t.windowKind,
                       orDash(t.windowCode),
                       QString::number(t.waitingSeconds),
                       QString::number(t.counterSeconds),
                       orDash(t.caseNumber)}
        .join(u' ');
}

} // namespace

// onesealctl ticket --db FILE issue --kind KIND --user NAME
// onesealctl ticket --db FILE call|recall|skip --user CLERK
// onesealctl ticket --db FILE transfer --kind KIND --user CLERK
// onesealctl ticket --db FILE finish [--case CASE] --user CLERK
// onesealctl ticket --db FILE list (--site CODE | --user NAME) [--date YYYY-MM-DD]
int ticket(Arguments& args)
{
    const QString synopsis =
        QStringLiteral("onesealctl ticket --db FILE issue --kind commerce|planning|general --user NAME\n"
                       "onesealctl ticket --db FILE call|recall|skip --user CLERK\n"
                       "onesealctl ticket --db FILE transfer --kind KIND --user CLERK\n"
                       "onesealctl ticket --db FILE finish [--case CASE] --user CLERK\n"
                       "onesealctl ticket --db FILE list (--site CODE | --user NAME) [--date YYYY-MM-DD]");
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString user = args.option(QStringLiteral("--user"));
    const QString kind = args.option(QStringLiteral("--kind"));
    const QString caseNumber = args.option(QStringLiteral("--case"));
    const QString site = args.option(QStringLiteral("--site"));
    const QString date = args.option(QStringLiteral("--date"));
    const QStringList words = args.positional();
    static const QStringList actions{QStringLiteral("issue"), QStringLiteral("call"),     QStringLiteral("recall"),
                                     QStringLiteral("skip"),  QStringLiteral("transfer"), QStringLiteral("finish"),
                                     QStringLiteral("list")};
    if (words.size() != 1 || !actions.contains(words.first()))
        return usage(Text::tr("ticket needs one of: %1").arg(actions.join(QStringLiteral(", "))), synopsis);
    const QString action = words.first();
    if (dbPath.isEmpty())
        return usage(Text::tr("ticket needs --db FILE"), synopsis);
    if ((action == u"issue" || action == u"transfer") && kind.isEmpty())
        return usage(Text::tr("ticket %1 needs --kind commerce, planning or general").arg(action), synopsis);
    if (action == u"list" ? user.isEmpty() && site.isEmpty() : user.isEmpty())
        return usage(action == u"list" ? Text::tr("ticket list needs --site CODE or --user NAME")
                                       : Text::tr("ticket %1 needs --user: the clerk at the window").arg(action),
                     synopsis);
    const QDate day = date.isEmpty() ? QDate() : QDate::fromString(date, Qt::ISODate);
    if (!date.isEmpty() && !day.isValid())
        return usage(Text::tr("--date must be a date written as YYYY-MM-DD"), synopsis);

    auto services = Services::open(dbPath, action == u"list" ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!services)
        return fail(services.error().message);
    TicketService& tickets = (*services)->tickets();
    Session session;
    if (!user.isEmpty()) {
        // The operator of the command line acts for the named clerk; the journal records that clerk.
        const auto found = (*services)->accounts().sessionFor(user);
        if (!found)
            return fail(found.error().message);
        session = *found;
    }

    if (action == u"list") {
        const auto list =
            tickets.list(site.isEmpty() ? session.siteId : site, day.isValid() ? day : (*services)->clock().today());
        if (!list)
            return fail(list.error().message);
        for (const Ticket& t : *list)
            out() << line(t) << Qt::endl;
        return Ok;
    }
    const Result<Ticket> result = action == u"issue"      ? tickets.issue(session, kind)
                                  : action == u"call"     ? tickets.callNext(session)
                                  : action == u"recall"   ? tickets.recall(session)
                                  : action == u"skip"     ? tickets.skip(session)
                                  : action == u"transfer" ? tickets.transfer(session, kind)
                                                          : tickets.finish(session, caseNumber);
    if (!result)
        return fail(result.error().message);
    out() << line(*result) << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
