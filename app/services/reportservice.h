#pragma once

#include "core/result.h"
#include "session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace OneSeal {

class EventStore;

/// What the rows of a report are: one per section, item, window or person.
enum class ReportGrouping { Section, Item, Window, Person };

/// Which cases a report reads: those of one section or of every section, and those taken in at one site
/// (the county hall or a town centre) or at every site. An empty id means every one.
struct ReportScope
{
    QString sectionId;
    QString siteId;

    bool operator==(const ReportScope&) const = default;
};

/// A site a report may be limited to, as the site filter lists it.
struct ReportSite
{
    QString id;
    QString name;
    bool central = false; ///< the county hall; the town centres are not
};

/// What a figure of a report table is, so that a table can format, sort and align it without reading
/// its text back.
enum class FigureKind {
    Text,        ///< a name: section, item, window, person, case number
    Count,       ///< a number of cases
    Permille,    ///< a rate in per mille; -1 when there is nothing to rate (nothing decided)
    WorkingDays, ///< a duration in working days
    Date,        ///< a day; invalid when it is not known
};

/// One cell of a report table: its kind and its value.
struct ReportCell
{
    FigureKind kind = FigureKind::Text;
    QString text;     ///< FigureKind::Text
    qint64 value = 0; ///< Count, Permille, WorkingDays
    QDate date;       ///< FigureKind::Date

    static ReportCell ofText(const QString& text) { return {FigureKind::Text, text, 0, {}}; }
    static ReportCell ofCount(qint64 count) { return {FigureKind::Count, {}, count, {}}; }
    static ReportCell ofPermille(qint64 permille) { return {FigureKind::Permille, {}, permille, {}}; }
    static ReportCell ofWorkingDays(qint64 days) { return {FigureKind::WorkingDays, {}, days, {}}; }
    static ReportCell ofDate(const QDate& date) { return {FigureKind::Date, {}, 0, date}; }

    bool isNumber() const
    {
        return kind == FigureKind::Count || kind == FigureKind::Permille || kind == FigureKind::WorkingDays;
    }
    /// The cell as `onesealctl report` prints it and the CSV holds it, whatever the language: "1234",
    /// "87.5%", "—" for a rate of nothing, "2026-04-09", and a translated "unknown" for a day not known.
    QString plainText() const;
};

/// A report table with typed cells: what the dashboard shows, sorts and exports.
struct ReportTable
{
    QStringList headers;
    QList<QList<ReportCell>> rows;

    /// The rows as plain text (ReportCell::plainText), as printed and exported.
    QList<QStringList> plainRows() const;
};

/// One case as a report sees it on the last day of the range, read with the statutory clock.
struct CaseFigures
{
    QString caseNumber;
    QString itemName;
    QString sectionName;
    QString windowName; ///< the window that took it in
    QString personName; ///< who decided it, or who holds it while it is open
    QDate acceptedOn;   ///< the clock's start day
    std::optional<QDate> dueDate; ///< promised, with extension and suspensions; empty when unknown
    QDate decidedOn;    ///< valid when it was decided by the end of the range
    int agencyDays = 0;    ///< working days the clock ran (time with the agency)
    int applicantDays = 0; ///< working days the clock stood still (time with the applicant)
    int extensionDays = 0;
    int remainingDays = 0; ///< against the promised limit; negative when passed
    bool onTime = false;   ///< decided within the promised limit
    bool overdue = false;  ///< still open at the end of the range and past its promised limit
    bool severe = false;   ///< past the statutory limit
    QString clockError;    ///< why the clock could not be read (a year without calendar); figures are empty then

    bool decided() const { return decidedOn.isValid(); }
};

/// The figures of one row (a section, an item, a window or a person), or of the whole range.
struct ReportRow
{
    QString group;
    int cases = 0;    ///< cases open at some point of the range
    int accepted = 0; ///< accepted within the range
    int decided = 0;  ///< decided within the range
    int onTime = 0;   ///< of those decided, within the promised limit
    int backlog = 0;  ///< still open at the end of the range
    int overdue = 0;  ///< of the backlog, past the promised limit
    int agencyDays = 0;
    int applicantDays = 0;
    int unreadable = 0; ///< cases whose clock could not be read; they count in no other figure

    /// The on-time rate in per mille, rounded; -1 when nothing was decided.
    int onTimePermille() const;
    /// The on-time rate as people read it ("87.5%"), "—" when nothing was decided.
    QString onTimeText() const;
};

/// A report over a date range: its rows, their total and every case it counted.
struct Report
{
    QDate from;
    QDate to;
    /// The day the clocks were read: the range's last day, or today when the range runs on past it.
    QDate asOf;
    ReportGrouping grouping = ReportGrouping::Section;
    ReportScope scope; ///< the section and site it was limited to
    QList<ReportRow> rows; ///< by group name
    ReportRow total;
    QList<CaseFigures> cases; ///< by case number

    /// The cases open at the end of the range and past their promised limit, most overdue first.
    QList<CaseFigures> overdueCases() const;
};

/// The figures the section chief and the hall manager watch: backlog, on-time rate, overdue cases and
/// the time a case spent with the agency against the time it waited for the applicant, per section,
/// item, window or person, over any date range. Every case is read with the same statutory clock as
/// the review queue, on the last day of the range (today for a range that runs on past today), so that a
/// report of a past month shows that month as it was and this year's report shows no day to come. Read-only: it may run on its own read-only connection in a worker thread.
class ReportService final
{
public:
    /// Called after each case; returning false stops the report, which then fails with "report.cancelled".
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportService(EventStore& store) : m_store(store) {}

    Result<Report> report(const QDate& from, const QDate& to, ReportGrouping grouping,
                          const Progress& progress = {});
    /// The same report over the cases of @p scope only: one section's, those taken in at one site, or both.
    /// Nobody's rights are checked: this is the operator's report over the whole database file.
    Result<Report> report(const QDate& from, const QDate& to, ReportGrouping grouping, const ReportScope& scope,
                          const Progress& progress = {});

    /// The report that @p actor asked for over @p wanted, after scopeFor() checked it: a section chief who
    /// asks for another section or another site is refused here, whatever the screen offered.
    Result<Report> report(const Session& actor, const QDate& from, const QDate& to, ReportGrouping grouping,
                          const ReportScope& wanted, const Progress& progress = {});

    /// The scope @p actor reads when asking for @p wanted. A role that sees every section (the hall
    /// manager) gets what it asks for. A section chief gets their own section whatever section they name
    /// unless it is another one, which is refused ("report.other_section"); they may leave the site open
    /// (their section's cases, as the section decides those a town centre forwarded) or name their own,
    /// and naming another site is refused ("report.other_site"). Anyone else is refused.
    static Result<ReportScope> scopeFor(const Session& actor, const ReportScope& wanted);

    /// The sites @p actor may limit a report to: every active site, the county hall first and then the
    /// town centres by code, for a role that sees every section; the actor's own site for a section
    /// chief. Refused for anyone who may not read the figures.
    Result<QList<ReportSite>> sites(const Session& actor);

    /// Whose figures @p actor may read (DOMAIN.md: a user sees their own section's work unless their role
    /// says otherwise): an empty id for every section (the hall manager), the actor's own section for a
    /// section chief, and an error for anyone else or for a chief whose account names no section.
    static Result<QString> sectionScope(const Session& actor);

    /// "section", "item", "window", "person".
    static QString groupingKey(ReportGrouping grouping);
    static bool groupingFromKey(const QString& key, ReportGrouping* grouping);
    /// The name of a grouping as a column header, translated ("Section" / "科室").
    static QString groupingName(ReportGrouping grouping);

    /// The rows and the total with typed cells, as the dashboard shows them.
    static ReportTable groupTable(const Report& report);
    /// The overdue list with typed cells.
    static ReportTable overdueTable(const QList<CaseFigures>& cases);

    /// The table of the rows and the total, as `onesealctl report` prints it and the dashboard exports it.
    static QStringList rowHeaders(ReportGrouping grouping);
    static QList<QStringList> rowTable(const Report& report);
    /// The overdue list as a table.
    static QStringList caseHeaders();
    static QList<QStringList> caseTable(const QList<CaseFigures>& cases);

    /// A CSV file of @p headers and @p rows: UTF-8 with a byte order mark so that Excel reads the Chinese
    /// text, CRLF lines, and text that a spreadsheet would run as a formula quoted as text.
    static QByteArray csv(const QStringList& headers, const QList<QStringList>& rows);

private:
    Result<Report> run(const QDate& from, const QDate& to, ReportGrouping grouping, const ReportScope& scope,
                       const Progress& progress);

    EventStore& m_store;
};

} // namespace OneSeal
