#include "cli.h"
#include "services/services.h"

#include <QCoreApplication>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

// onesealctl due-date --start YYYY-MM-DD --days N [--db FILE]
int dueDate(Arguments& args)
{
    const QString synopsis = QStringLiteral("onesealctl due-date --start YYYY-MM-DD --days N [--db FILE]");
    const QString startText = args.option(QStringLiteral("--start"));
    const QString daysText = args.option(QStringLiteral("--days"));
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QDate start = QDate::fromString(startText, Qt::ISODate);
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!start.isValid())
        return usage(Text::tr("--start needs a date written as YYYY-MM-DD, not \"%1\"").arg(startText), synopsis);
    if (!ok || days < 0)
        return usage(Text::tr("--days needs a whole number of working days (0 or more), not \"%1\"").arg(daysText),
                     synopsis);

    WorkingCalendar calendar = CalendarService::shippedCalendar();
    std::unique_ptr<Services> services;
    if (!dbPath.isEmpty()) {
        auto opened = Services::open(dbPath, OpenMode::ReadOnly);
        if (!opened)
            return fail(opened.error().message);
        auto loaded = (*opened)->calendar().calendar();
        if (!loaded)
            return fail(loaded.error().message);
        calendar = *loaded;
    }
    if (!calendar.hasYear(start.year()))
        return fail(Text::tr("The start date %1 lies in %2, which has no holiday calendar loaded; an administrator "
                             "must import the %2 calendar first.")
                        .arg(startText)
                        .arg(start.year()));
    const auto due = calendar.addWorkingDays(start, days);
    if (!due)
        return fail(due.error().message);
    out() << due->toString(Qt::ISODate) << Qt::endl;
    return Ok;
}

// onesealctl calendar import --db FILE --file YEAR.json | calendar list --db FILE
int calendar(Arguments& args)
{
    const QString synopsis =
        QStringLiteral("onesealctl calendar import --db FILE --file YEAR.json | onesealctl calendar list --db FILE");
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString file = args.option(QStringLiteral("--file"));
    const QStringList words = args.positional();
    if (words.size() != 1 || dbPath.isEmpty() || (words.first() != u"import" && words.first() != u"list"))
        return usage(Text::tr("say import or list, with --db"), synopsis);
    const bool import = words.first() == u"import";
    if (import && file.isEmpty())
        return usage(Text::tr("import needs --file with a holiday calendar in the holiday-cn JSON format"), synopsis);
    auto services = Services::open(dbPath, import ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!services)
        return fail(services.error().message);
    if (import) {
        if (Status status = (*services)->calendar().importFile(Session::system(), file); !status)
            return fail(status.error().message);
    }
    const auto years = (*services)->calendar().years();
    if (!years)
        return fail(years.error().message);
    for (const CalendarYear& year : *years) {
        int off = 0;
        for (const CalendarDay& day : year.days)
            off += day.offDay ? 1 : 0;
        out()
            << Text::tr("%1: %2 days off, %3 make-up working days").arg(year.year).arg(off).arg(year.days.size() - off)
            << Qt::endl;
    }
    return Ok;
}

} // namespace OneSeal::Cli
