#include "cli.h"
#include "services/services.h"

#include <QCoreApplication>
#include <cstdio>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

// onesealctl report --db FILE --from DATE --to DATE [--by section|item|window|person] [--site CODE] [--csv]
int report(Arguments& args)
{
    const QString synopsis = QStringLiteral(
        "onesealctl report --db FILE --from YYYY-MM-DD --to YYYY-MM-DD [--by section|item|window|person] "
        "[--site CODE] [--csv]");
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString fromText = args.option(QStringLiteral("--from"));
    const QString toText = args.option(QStringLiteral("--to"));
    const QString byText = args.option(QStringLiteral("--by"));
    const QString siteCode = args.option(QStringLiteral("--site"));
    const bool asCsv = args.flag(QStringLiteral("--csv"));
    if (dbPath.isEmpty() || fromText.isEmpty() || toText.isEmpty())
        return usage(Text::tr("report needs --db, --from and --to"), synopsis);
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return usage(Text::tr("--from and --to need dates written as YYYY-MM-DD"), synopsis);
    ReportGrouping grouping = ReportGrouping::Section;
    if (!byText.isEmpty() && !ReportService::groupingFromKey(byText, &grouping))
        return usage(Text::tr("--by is one of section, item, window or person, not \"%1\"").arg(byText), synopsis);
    auto services = Services::open(dbPath, OpenMode::ReadOnly);
    if (!services)
        return fail(services.error().message);
    // --site limits the figures to the cases taken in at that site (PZ, LC …), as the hall manager's site filter does.
    ReportScope scope;
    if (!siteCode.isEmpty()) {
        const auto site = (*services)->referenceData().idForCode(QStringLiteral("site"), siteCode.trimmed());
        if (!site)
            return usage(Text::tr("--site names a site by its code (PZ, LC …); there is no site \"%1\"").arg(siteCode),
                         synopsis);
        scope.siteId = *site;
    }
    const auto report = (*services)->reports().report(from, to, grouping, scope);
    if (!report)
        return fail(report.error().message);
    const QStringList headers = ReportService::rowHeaders(grouping);
    const QList<QStringList> rows = ReportService::rowTable(*report);
    if (asCsv) {
        // Raw bytes: the byte order mark and CRLF lines must reach the file unchanged.
        out().flush();
        const QByteArray bytes = ReportService::csv(headers, rows);
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return Ok;
    }
    // Tab-separated, one group a line and the total last, so that scripts can cut it.
    out() << headers.join(u'\t') << Qt::endl;
    for (const QStringList& row : rows)
        out() << row.join(u'\t') << Qt::endl;
    if (report->total.unreadable > 0)
        err() << Text::tr("warning: %n case(s) left out: their clock runs into a year without a holiday calendar",
                          nullptr, report->total.unreadable)
              << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
