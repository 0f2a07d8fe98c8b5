#include "reportservice.h"

#include "applicationservice.h"
#include "calendarservice.h"
#include "db/database.h"
#include "eventstore.h"
#include "reviewservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
};

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// Every case that was open on some day of the range: accepted by its end and not decided before its
/// start. A withdrawn case has no decision day to close it, so it would count as backlog for ever.
const QString kCases = QStringLiteral(
    "SELECT a.id, a.case_number, i.name, s.name, coalesce(tw.name, uw.name, ''), coalesce(d.display_name, ''), "
    "coalesce(h.display_name, ''), "
    "CASE WHEN a.clock_start_on <> '' THEN a.clock_start_on ELSE a.accepted_on END AS start_on, "
    "i.promised_days, i.statutory_days, a.decided_on, a.extension_days, a.extended_on "
    "FROM applications a JOIN items i ON i.id = a.item_id JOIN sections s ON s.id = i.section_id "
    "LEFT JOIN tickets t ON t.id = a.ticket_id LEFT JOIN windows tw ON tw.id = t.window_id "
    "LEFT JOIN users c ON c.id = a.accepted_by LEFT JOIN windows uw ON uw.id = c.window_id "
    "LEFT JOIN users d ON d.id = a.decided_by LEFT JOIN users h ON h.id = a.holder_id "
    "WHERE start_on <> '' AND start_on <= ? AND (a.decided_on = '' OR a.decided_on >= ?) AND a.state <> ? "
    "AND (coalesce(?, '') = '' OR i.section_id = ?) AND (coalesce(?, '') = '' OR a.site_id = ?) "
    "ORDER BY a.case_number");

Result<QHash<QString, QList<ClockSuspension>>> allSuspensions(Database& db, const QDate& to)
{
    auto q = db.query(QStringLiteral("SELECT application_id, kind, procedure, started_on, ended_on, expected_days "
                                     "FROM case_suspensions WHERE started_on <= ? ORDER BY started_on, id"),
                      {iso(to)});
    if (!q)
        return q.error();
    QHash<QString, QList<ClockSuspension>> map;
    while (q->next())
        map[q->value(0).toString()].append({q->value(1).toString() == u"supplement"
                                                ? ClockSuspension::Kind::Supplement
                                                : ClockSuspension::Kind::SpecialProcedure,
                                            q->value(2).toString(), dateOf(q->value(3)), dateOf(q->value(4)),
                                            q->value(5).toInt()});
    return map;
}

QString groupOf(const CaseFigures& c, ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Section: return c.sectionName;
    case ReportGrouping::Item: return c.itemName;
    case ReportGrouping::Window: return c.windowName.isEmpty() ? Text::tr("(no window)") : c.windowName;
    case ReportGrouping::Person: return c.personName.isEmpty() ? Text::tr("(not claimed)") : c.personName;
    }
    return QString();
}

void add(ReportRow& row, const CaseFigures& c, const QDate& from, const QDate& to)
{
    ++row.cases;
    if (!c.clockError.isEmpty()) {
        ++row.unreadable;
        return;
    }
    if (c.acceptedOn >= from && c.acceptedOn <= to)
        ++row.accepted;
    if (c.decided()) {
        ++row.decided;
        row.onTime += c.onTime ? 1 : 0;
    } else {
        ++row.backlog;
        row.overdue += c.overdue ? 1 : 0;
    }
    row.agencyDays += c.agencyDays;
    row.applicantDays += c.applicantDays;
}

QString displayName(const Session& actor)
{
    return actor.displayName.isEmpty() ? actor.username : actor.displayName;
}

QString csvCell(const QString& text)
{
    QString cell = text;
    // A cell that starts like a formula (=, +, @, or - before anything but a number) would run in the
    // spreadsheet; an apostrophe makes it text.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?%?$"));
    if (!cell.isEmpty() && QStringLiteral("=+@-").contains(cell.front()) && !number.match(cell).hasMatch())
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return cell;
}

} // namespace

int ReportRow::onTimePermille() const
{
    return decided > 0 ? (onTime * 1000 + decided / 2) / decided : -1;
}

QString ReportRow::onTimeText() const
{
    return ReportCell::ofPermille(onTimePermille()).plainText();
}

QString ReportCell::plainText() const
{
    switch (kind) {
    case FigureKind::Text: return text;
    case FigureKind::Count:
    case FigureKind::WorkingDays: return QString::number(value);
    case FigureKind::Permille:
        return value < 0 ? QStringLiteral("—") : QStringLiteral("%1.%2%").arg(value / 10).arg(value % 10);
    case FigureKind::Date: return date.isValid() ? iso(date) : Text::tr("unknown");
    }
    return QString();
}

QList<QStringList> ReportTable::plainRows() const
{
    QList<QStringList> table;
    for (const QList<ReportCell>& row : rows) {
        QStringList cells;
        for (const ReportCell& cell : row)
            cells.append(cell.plainText());
        table.append(cells);
    }
    return table;
}

QList<CaseFigures> Report::overdueCases() const
{
    QList<CaseFigures> list;
    std::copy_if(cases.cbegin(), cases.cend(), std::back_inserter(list), [](const CaseFigures& c) { return c.overdue; });
    std::stable_sort(list.begin(), list.end(),
                     [](const CaseFigures& a, const CaseFigures& b) { return a.remainingDays < b.remainingDays; });
    return list;
}

Result<QString> ReportService::sectionScope(const Session& actor)
{
    if (actor.may(Permission::ViewEverySection))
        return QString();
    if (Status allowed = require(actor, Permission::ViewDashboard); !allowed)
        return allowed.error();
    if (actor.sectionId.isEmpty())
        return makeError(QStringLiteral("report.no_section"),
                         Text::tr("%1 belongs to no section, so there are no section figures to show; ask the "
                                  "system administrator to set the account's section.")
                             .arg(displayName(actor)),
                         QStringLiteral("section"));
    return actor.sectionId;
}

Result<ReportScope> ReportService::scopeFor(const Session& actor, const ReportScope& wanted)
{
    const auto section = sectionScope(actor);
    if (!section)
        return section.error();
    if (section->isEmpty())
        return wanted; // every section and every site
    if (!wanted.sectionId.isEmpty() && wanted.sectionId != *section)
        return makeError(QStringLiteral("report.other_section"),
                         Text::tr("%1 may read the figures of their own section only, not those of another.")
                             .arg(displayName(actor)),
                         QStringLiteral("section"));
    if (!wanted.siteId.isEmpty() && wanted.siteId != actor.siteId)
        return makeError(QStringLiteral("report.other_site"),
                         Text::tr("%1 may read the figures of their own site only, not those of another.")
                             .arg(displayName(actor)),
                         QStringLiteral("site"));
    return ReportScope{*section, wanted.siteId};
}

Result<QList<ReportSite>> ReportService::sites(const Session& actor)
{
    const auto section = sectionScope(actor);
    if (!section)
        return section.error();
    const bool every = section->isEmpty();
    auto q = m_store.database().query(
        QStringLiteral("SELECT id, name, kind FROM sites WHERE active = 1 AND (? OR id = ?) "
                       "ORDER BY kind = 'central' DESC, code"),
        {every, actor.siteId});
    if (!q)
        return q.error();
    QList<ReportSite> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString() == u"central"});
    return list;
}

Result<Report> ReportService::report(const QDate& from, const QDate& to, ReportGrouping grouping,
                                     const Progress& progress)
{
    return run(from, to, grouping, {}, progress);
}

Result<Report> ReportService::report(const QDate& from, const QDate& to, ReportGrouping grouping,
                                     const ReportScope& scope, const Progress& progress)
{
    return run(from, to, grouping, scope, progress);
}

Result<Report> ReportService::report(const Session& actor, const QDate& from, const QDate& to,
                                     ReportGrouping grouping, const ReportScope& wanted, const Progress& progress)
{
    const auto scope = scopeFor(actor, wanted);
    if (!scope)
        return scope.error();
    return run(from, to, grouping, *scope, progress);
}

Result<Report> ReportService::run(const QDate& from, const QDate& to, ReportGrouping grouping,
                                  const ReportScope& scope, const Progress& progress)
{
    if (!from.isValid() || !to.isValid())
        return makeError(QStringLiteral("input.date"), Text::tr("Give the range's first and last day as YYYY-MM-DD."),
                         QStringLiteral("from"));
    if (to < from)
        return makeError(QStringLiteral("input.range"),
                         Text::tr("The range ends (%1) before it starts (%2); swap the two days.").arg(iso(to), iso(from)),
                         QStringLiteral("to"));
    // Days to come have not been worked yet: "this year" reads the open cases on today.
    const QDate asOf = std::min(to, m_store.clock().today());
    Database& db = m_store.database();
    const auto calendar = CalendarService(m_store).calendar();
    if (!calendar)
        return calendar.error();
    const auto settings = ReviewService(m_store).clockSettings();
    if (!settings)
        return settings.error();
    const auto suspensions = allSuspensions(db, asOf);
    if (!suspensions)
        return suspensions.error();
    auto q = db.query(kCases, {iso(asOf), iso(from), ApplicationState::Withdrawn, scope.sectionId, scope.sectionId,
                                scope.siteId, scope.siteId});
    if (!q)
        return q.error();

    struct Row
    {
        QString id;
        CaseFigures figures;
        ClockInput input;
    };
    QList<Row> rows;
    while (q->next()) {
        Row r;
        r.id = q->value(0).toString();
        CaseFigures& c = r.figures;
        c.caseNumber = q->value(1).toString();
        c.itemName = q->value(2).toString();
        c.sectionName = q->value(3).toString();
        c.windowName = q->value(4).toString();
        c.acceptedOn = dateOf(q->value(7));
        const QDate decidedOn = dateOf(q->value(10));
        // A decision after the range is not known on its last day: the case was still open then.
        c.decidedOn = decidedOn.isValid() && decidedOn <= asOf ? decidedOn : QDate();
        c.personName = c.decided() ? q->value(5).toString() : q->value(6).toString();
        r.input.clockStart = c.acceptedOn;
        r.input.promisedDays = q->value(8).toInt();
        r.input.statutoryDays = q->value(9).toInt();
        r.input.decidedOn = c.decidedOn;
        const QDate extendedOn = dateOf(q->value(12));
        r.input.extensionDays = extendedOn.isValid() && extendedOn <= asOf ? q->value(11).toInt() : 0;
        r.input.suspensions = suspensions->value(r.id);
        rows.append(r);
    }

    Report report;
    report.from = from;
    report.to = to;
    report.asOf = asOf;
    report.grouping = grouping;
    report.scope = scope;
    QMap<QString, ReportRow> groups;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CaseFigures& c = rows[i].figures;
        if (const auto reading = StatutoryClock::read(*calendar, rows.at(i).input, settings->policy, asOf)) {
            c.dueDate = reading->dueDate;
            c.agencyDays = reading->elapsedDays;
            c.applicantDays = reading->suspendedDays;
            c.extensionDays = reading->extensionDays;
            c.remainingDays = reading->remainingDays;
            c.severe = reading->severe;
            c.onTime = c.decided() && reading->remainingDays >= 0;
            c.overdue = !c.decided() && reading->remainingDays < 0;
        } else {
            c.clockError = reading.error().message;
        }
        const QString group = groupOf(c, grouping);
        ReportRow& row = groups[group];
        row.group = group;
        add(row, c, from, asOf);
        add(report.total, c, from, asOf);
        report.cases.append(c);
        if (progress && !progress(int(i + 1), int(rows.size())))
            return makeError(QStringLiteral("report.cancelled"), Text::tr("The report was cancelled."));
    }
    report.total.group = Text::tr("Total");
    report.rows = groups.values();
    return report;
}

QString ReportService::groupingKey(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Section: return QStringLiteral("section");
    case ReportGrouping::Item: return QStringLiteral("item");
    case ReportGrouping::Window: return QStringLiteral("window");
    case ReportGrouping::Person: return QStringLiteral("person");
    }
    return QString();
}

bool ReportService::groupingFromKey(const QString& key, ReportGrouping* grouping)
{
    for (ReportGrouping g : {ReportGrouping::Section, ReportGrouping::Item, ReportGrouping::Window,
                             ReportGrouping::Person}) {
        if (groupingKey(g) == key) {
            *grouping = g;
            return true;
        }
    }
    return false;
}

QString ReportService::groupingName(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Section: return Text::tr("Section");
    case ReportGrouping::Item: return Text::tr("Item");
    case ReportGrouping::Window: return Text::tr("Window");
    case ReportGrouping::Person: return Text::tr("Person");
    }
    return QString();
}

QStringList ReportService::rowHeaders(ReportGrouping grouping)
{
    return {groupingName(grouping),       Text::tr("Cases"),          Text::tr("Accepted"),
            Text::tr("Decided"),          Text::tr("On time"),        Text::tr("On-time rate"),
            Text::tr("Backlog"),          Text::tr("Overdue"),        Text::tr("Days with the agency"),
            Text::tr("Days with the applicant")};
}

ReportTable ReportService::groupTable(const Report& report)
{
    ReportTable table;
    table.headers = rowHeaders(report.grouping);
    QList<ReportRow> rows = report.rows;
    rows.append(report.total);
    for (const ReportRow& r : std::as_const(rows))
        table.rows.append({ReportCell::ofText(r.group), ReportCell::ofCount(r.cases), ReportCell::ofCount(r.accepted),
                           ReportCell::ofCount(r.decided), ReportCell::ofCount(r.onTime),
                           ReportCell::ofPermille(r.onTimePermille()), ReportCell::ofCount(r.backlog),
                           ReportCell::ofCount(r.overdue), ReportCell::ofWorkingDays(r.agencyDays),
                           ReportCell::ofWorkingDays(r.applicantDays)});
    return table;
}

QList<QStringList> ReportService::rowTable(const Report& report)
{
    return groupTable(report).plainRows();
}

QStringList ReportService::caseHeaders()
{
    return {Text::tr("Case"),          Text::tr("Item"),          Text::tr("Section"),
            Text::tr("Window"),        Text::tr("Person"),        Text::tr("Accepted on"),
            Text::tr("Due date"),      Text::tr("Days overdue"),  Text::tr("Days with the agency"),
            Text::tr("Days with the applicant")};
}

ReportTable ReportService::overdueTable(const QList<CaseFigures>& cases)
{
    ReportTable table;
    table.headers = caseHeaders();
    for (const CaseFigures& c : cases)
        table.rows.append({ReportCell::ofText(c.caseNumber), ReportCell::ofText(c.itemName),
                           ReportCell::ofText(c.sectionName), ReportCell::ofText(c.windowName),
                           ReportCell::ofText(c.personName), ReportCell::ofDate(c.acceptedOn),
                           ReportCell::ofDate(c.dueDate.value_or(QDate())),
                           ReportCell::ofWorkingDays(std::max(0, -c.remainingDays)),
                           ReportCell::ofWorkingDays(c.agencyDays), ReportCell::ofWorkingDays(c.applicantDays)});
    return table;
}

QList<QStringList> ReportService::caseTable(const QList<CaseFigures>& cases)
{
    return overdueTable(cases).plainRows();
}

QByteArray ReportService::csv(const QStringList& headers, const QList<QStringList>& rows)
{
    QString out;
    QStringList cells;
    for (const QString& h : headers)
        cells.append(csvCell(h));
    out += cells.join(u',') + QStringLiteral("\r\n");
    for (const QStringList& row : rows) {
        cells.clear();
        for (const QString& cell : row)
            cells.append(csvCell(cell));
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace OneSeal
