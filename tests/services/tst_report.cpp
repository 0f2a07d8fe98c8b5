#include "core/residentid.h"
#include "services/services.h"
#include "services/setup.h"

#include <QFile>
#include <QProcess>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // SSDJ, 5 promised / 10 statutory
const QStringList kFoodMaterials{
    QStringLiteral("食品经营许可申请书"), QStringLiteral("营业执照或者其他主体资格证明文件"),
    QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), QStringLiteral("食品安全管理制度文本"),
    QStringLiteral("食品安全管理人员及从业人员健康证明")};

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

QDateTime morningOf(const QDate& day)
{
    return QDateTime(day, QTime(1, 30), Qt::UTC); // 09:30 in China
}

const ReportRow* rowNamed(const Report& report, const QString& group)
{
    for (const ReportRow& row : report.rows) {
        if (row.group == group)
            return &row;
    }
    return nullptr;
}

const CaseFigures* caseNamed(const Report& report, const QString& number)
{
    for (const CaseFigures& c : report.cases) {
        if (c.caseNumber == number)
            return &c;
    }
    return nullptr;
}

} // namespace

/// The report's figures on six food-licence cases of 商事登记科 around 清明 2026 (04-04 … 04-06 off), each
/// with a known story: decided on the due day, a 检验 across the holiday, an extension, one day late,
/// left open past its limit, and one just taken in.
class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void aprilFiguresBySection();
    void overdueListNamesTheOpenLateCase();
    void agencyAndApplicantDaysPerCase();
    void earlierRangeShowsTheCasesAsTheyWere();
    void groupsByPersonAndWindow();
    void rangeRunningPastTodayIsReadOnToday();
    void rangeBeforeTheCasesIsEmpty();
    void badRangeIsRefused();
    void progressCanCancel();
    void csvHasBomAndQuotesFormulas();
    void typedTableExportsThePrintedText();
    void hallManagerPicksASite();
    void chiefGetsNoOtherSiteOrSection();
    void commandLinePrintsTheSameTable();

private:
    Session as(const QString& username);
    QString accept(const QDate& day, const QString& clerk = QStringLiteral("clerk"));
    QString siteCalled(const QString& name);
    void on(const QDate& day) { m_clock->set(morningOf(day)); }
    void toDecision(const QString& number);
    void decide(const QString& number, const QDate& day);
    Report report(const QDate& from, const QDate& to, ReportGrouping grouping = ReportGrouping::Section);

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
    int m_requests = 0;
    QString m_onDueDay, m_procedure, m_extended, m_late, m_open, m_fresh, m_before, m_mayHall, m_mayTown;
};

Session TestReport::as(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

QString TestReport::accept(const QDate& day, const QString& clerk)
{
    on(day);
    IntakeRequest r;
    r.requestId = QStringLiteral("report-test-%1").arg(++m_requests, 4, 10, QLatin1Char('0'));
    r.applicantKind = QStringLiteral("person");
    const QString body = QStringLiteral("11010519491231%1").arg(m_requests, 3, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + ResidentId::checkCharacter(body);
    r.applicantName = QStringLiteral("刘洋");
    r.itemCode = kFoodLicence;
    for (const QString& name : kFoodMaterials)
        r.materials.append({name, 1, 0, QStringLiteral("received"), QString()});
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(as(clerk), r);
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result ? result->caseNumber : QString();
}

void TestReport::toDecision(const QString& number)
{
    ReviewService& review = m_services->review();
    const Session reviewer = as(QStringLiteral("reviewer"));
    QVERIFY(review.claim(reviewer, number).ok());
    const Status recorded = review.recordOpinion(reviewer, number, {QStringLiteral("符合法定条件。"), true, false, {}});
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
}

void TestReport::decide(const QString& number, const QDate& day)
{
    on(day);
    const Session approver = as(QStringLiteral("approver"));
    QVERIFY(m_services->review().claim(approver, number).ok());
    const auto decided = m_services->review().decide(approver, number, true, QStringLiteral("符合条件"));
    QVERIFY2(decided.ok(), qPrintable(message(decided)));
}

QString TestReport::siteCalled(const QString& name)
{
    const auto sites = m_services->reports().sites(as(QStringLiteral("hallmanager")));
    if (!sites)
        return QString();
    for (const ReportSite& site : *sites) {
        if (site.name == name)
            return site.id;
    }
    return QString();
}

Report TestReport::report(const QDate& from, const QDate& to, ReportGrouping grouping)
{
    const auto r = m_services->reports().report(from, to, grouping);
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r ? *r : Report();
}

void TestReport::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(m_dir.isValid());
    // The demo's own applications are made in the weeks before "today": put them in December, after the
    // months this test reads, and go back in time for the cases whose figures it knows.
    m_clock = std::make_shared<FixedClock>(morningOf(QDate(2026, 12, 15)));
    auto services = Services::open(m_dir.filePath(QStringLiteral("report.sqlite")), OpenMode::ReadWrite, m_clock);
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    ReviewService& review = m_services->review();
    const Session reviewer = as(QStringLiteral("reviewer"));

    // Decided in March: outside an April report.
    m_before = accept(QDate(2026, 3, 16));
    toDecision(m_before);
    decide(m_before, QDate(2026, 3, 18));

    const QDate april1(2026, 4, 1);
    // Due Thursday 04-09 (five working days, 清明 Monday 04-06 not among them), decided that day: on time.
    m_onDueDay = accept(april1);
    toDecision(m_onDueDay);
    decide(m_onDueDay, QDate(2026, 4, 9));

    // 检验 from Thursday 04-02 to Friday 04-10: 04-03, 04-07 … 04-10 stand still (five working days; the
    // holiday was no working day anyway). Decided Tuesday 04-14 after three counted days.
    m_procedure = accept(april1);
    QVERIFY(review.claim(reviewer, m_procedure).ok());
    on(QDate(2026, 4, 2));
    QVERIFY(review.suspend(reviewer, m_procedure, {true, QStringLiteral("检验"), 5, QStringLiteral("水质检验")}).ok());
    on(QDate(2026, 4, 10));
    QVERIFY(review.resume(reviewer, m_procedure).ok());
    on(QDate(2026, 4, 13));
    QVERIFY(review.recordOpinion(reviewer, m_procedure, {QStringLiteral("检验合格。"), true, false, {}}).ok());
    decide(m_procedure, QDate(2026, 4, 14));

    // Extended by ten on the first day (due 04-23), decided Monday 04-20 after twelve working days.
    m_extended = accept(april1);
    QVERIFY(review.extend(as(QStringLiteral("approver")), m_extended, false, QStringLiteral("需现场核查")).ok());
    toDecision(m_extended);
    decide(m_extended, QDate(2026, 4, 20));

    // Decided Friday 04-10: six working days of five, one late.
    m_late = accept(april1);
    toDecision(m_late);
    decide(m_late, QDate(2026, 4, 10));

    // Claimed and left: on 04-30 twenty working days have run, fifteen past the limit.
    m_open = accept(april1);
    QVERIFY(review.claim(reviewer, m_open).ok());

    // Taken in on 04-29, nobody has claimed it.
    m_fresh = accept(QDate(2026, 4, 29));
    QVERIFY(!m_fresh.isEmpty());

    // May: one case taken in at the county hall's window, one at 丽春镇 for the county (代收代办); both
    // are 商事登记科's to decide, and the town's is decided late.
    m_mayHall = accept(QDate(2026, 5, 11));
    toDecision(m_mayHall);
    decide(m_mayHall, QDate(2026, 5, 12));
    m_mayTown = accept(QDate(2026, 5, 11), QStringLiteral("clerk.lc"));
    QVERIFY(m_mayTown.startsWith(QStringLiteral("LC-")));
    toDecision(m_mayTown);
    decide(m_mayTown, QDate(2026, 5, 29));
    on(QDate(2026, 6, 1)); // April and May are past
}

void TestReport::aprilFiguresBySection()
{
    const Report r = report(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(r.rows.size(), 1);
    const ReportRow& row = r.rows.first();
    QCOMPARE(row.group, QStringLiteral("商事登记科"));
    QCOMPARE(row.cases, 6); // the March case is out
    QCOMPARE(row.accepted, 6);
    QCOMPARE(row.decided, 4);
    QCOMPARE(row.onTime, 3);
    QCOMPARE(row.onTimePermille(), 750);
    QCOMPARE(row.onTimeText(), QStringLiteral("75.0%"));
    QCOMPARE(row.backlog, 2);
    QCOMPARE(row.overdue, 1);
    QCOMPARE(row.agencyDays, 5 + 3 + 12 + 6 + 20 + 1);
    QCOMPARE(row.applicantDays, 5);
    QCOMPARE(r.total.decided, 4);
    QCOMPARE(r.total.group, QStringLiteral("Total"));
    // The printed table has the group rows and the total last.
    const QList<QStringList> table = ReportService::rowTable(r);
    QCOMPARE(table.size(), 2);
    QCOMPARE(table.first(), (QStringList{QStringLiteral("商事登记科"), QStringLiteral("6"), QStringLiteral("6"),
                                         QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("75.0%"),
                                         QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("47"),
                                         QStringLiteral("5")}));
}

void TestReport::overdueListNamesTheOpenLateCase()
{
    const Report r = report(QDate(2026, 4, 1), QDate(2026, 4, 30));
    const QList<CaseFigures> overdue = r.overdueCases();
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first().caseNumber, m_open);
    QCOMPARE(overdue.first().dueDate, std::optional<QDate>(QDate(2026, 4, 9)));
    QCOMPARE(overdue.first().remainingDays, -15);
    QVERIFY(overdue.first().severe); // ten statutory days passed too
    const QList<QStringList> table = ReportService::caseTable(overdue);
    QCOMPARE(table.first().at(0), m_open);
    QCOMPARE(table.first().at(6), QStringLiteral("2026-04-09"));
    QCOMPARE(table.first().at(7), QStringLiteral("15"));
}

void TestReport::agencyAndApplicantDaysPerCase()
{
    const Report r = report(QDate(2026, 4, 1), QDate(2026, 4, 30));
    const QList<std::tuple<QString, int, int, bool, QDate>> expected{
        {m_onDueDay, 5, 0, true, QDate(2026, 4, 9)},
        {m_procedure, 3, 5, true, QDate(2026, 4, 16)},
        {m_extended, 12, 0, true, QDate(2026, 4, 23)},
        {m_late, 6, 0, false, QDate(2026, 4, 9)},
    };
    for (const auto& [number, agency, applicant, onTime, due] : expected) {
        const CaseFigures* c = caseNamed(r, number);
        QVERIFY2(c, qPrintable(number));
        QVERIFY(c->decided());
        QCOMPARE(c->agencyDays, agency);
        QCOMPARE(c->applicantDays, applicant);
        QCOMPARE(c->onTime, onTime);
        QCOMPARE(c->dueDate, std::optional<QDate>(due));
    }
    QCOMPARE(caseNamed(r, m_extended)->extensionDays, 10);
    QCOMPARE(caseNamed(r, m_fresh)->agencyDays, 1);
    QVERIFY(!caseNamed(r, m_fresh)->overdue);
}

void TestReport::earlierRangeShowsTheCasesAsTheyWere()
{
    // On 04-09 only the first case was decided, on its due day; the 检验 was still running; nobody was
    // late yet.
    const Report r = report(QDate(2026, 4, 1), QDate(2026, 4, 9));
    QCOMPARE(r.total.cases, 5);
    QCOMPARE(r.total.decided, 1);
    QCOMPARE(r.total.onTimeText(), QStringLiteral("100.0%"));
    QCOMPARE(r.total.backlog, 4);
    QCOMPARE(r.total.overdue, 0);
    const CaseFigures* procedure = caseNamed(r, m_procedure);
    QCOMPARE(procedure->agencyDays, 1);
    QCOMPARE(procedure->applicantDays, 4);
    QCOMPARE(caseNamed(r, m_late)->remainingDays, 0);
    QVERIFY(!caseNamed(r, m_late)->decided());
    QVERIFY(r.overdueCases().isEmpty());
}

void TestReport::groupsByPersonAndWindow()
{
    const Report byPerson = report(QDate(2026, 4, 1), QDate(2026, 4, 30), ReportGrouping::Person);
    QCOMPARE(byPerson.rows.size(), 3);
    const ReportRow* approver = rowNamed(byPerson, QStringLiteral("陈静"));
    QVERIFY(approver);
    QCOMPARE(approver->decided, 4);
    QCOMPARE(approver->onTime, 3);
    const ReportRow* reviewer = rowNamed(byPerson, QStringLiteral("张伟"));
    QVERIFY(reviewer);
    QCOMPARE(reviewer->backlog, 1);
    QCOMPARE(reviewer->overdue, 1);
    QCOMPARE(reviewer->onTimeText(), QStringLiteral("—"));
    QVERIFY(rowNamed(byPerson, QStringLiteral("(not claimed)")));

    const Report byWindow = report(QDate(2026, 4, 1), QDate(2026, 4, 30), ReportGrouping::Window);
    QCOMPARE(byWindow.rows.size(), 1);
    QCOMPARE(byWindow.rows.first().group, QStringLiteral("商事登记 1 号窗口"));
    const Report byItem = report(QDate(2026, 4, 1), QDate(2026, 4, 30), ReportGrouping::Item);
    QCOMPARE(byItem.rows.size(), 1);
    QVERIFY2(byItem.rows.first().group.contains(QStringLiteral("食品经营")), qPrintable(byItem.rows.first().group));
}

void TestReport::rangeRunningPastTodayIsReadOnToday()
{
    // On Wednesday 04-15 the April report counts no day to come: three cases decided so far, the extended
    // one and the forgotten one open after nine working days, and the case of 04-29 not taken in yet.
    on(QDate(2026, 4, 15));
    const Report r = report(QDate(2026, 4, 1), QDate(2026, 4, 30));
    on(QDate(2026, 6, 1));
    QCOMPARE(r.asOf, QDate(2026, 4, 15));
    QCOMPARE(r.total.cases, 5);
    QCOMPARE(r.total.decided, 3);
    QCOMPARE(r.total.onTime, 2);
    QCOMPARE(r.total.backlog, 2);
    QCOMPARE(r.total.overdue, 1);
    QCOMPARE(caseNamed(r, m_open)->agencyDays, 9);
    QCOMPARE(caseNamed(r, m_extended)->remainingDays, 6);
    QVERIFY(!caseNamed(r, m_fresh));
}

void TestReport::rangeBeforeTheCasesIsEmpty()
{
    const Report r = report(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.total.cases, 0);
    QCOMPARE(r.total.onTimeText(), QStringLiteral("—"));
}

void TestReport::badRangeIsRefused()
{
    const auto r = m_services->reports().report(QDate(2026, 4, 30), QDate(2026, 4, 1), ReportGrouping::Section);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("input.range"));
    QCOMPARE(r.error().field, QStringLiteral("to"));
}

void TestReport::progressCanCancel()
{
    QList<int> seen;
    const auto r = m_services->reports().report(QDate(2026, 4, 1), QDate(2026, 4, 30), ReportGrouping::Section,
                                                [&](int done, int total) {
                                                    seen.append(done);
                                                    return total == 6 && done < 2;
                                                });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("report.cancelled"));
    QCOMPARE(seen, (QList<int>{1, 2}));
}

void TestReport::csvHasBomAndQuotesFormulas()
{
    const QByteArray bytes = ReportService::csv({QStringLiteral("科室"), QStringLiteral("按时率")},
                                                {{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("75.0%")},
                                                 {QStringLiteral("a,b"), QStringLiteral("-3")}});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)),
             QStringLiteral("科室,按时率\r\n\"'=HYPERLINK(\"\"x\"\")\",75.0%\r\n\"a,b\",-3\r\n"));
}

void TestReport::commandLinePrintsTheSameTable()
{
    const QDate from(2026, 4, 1);
    const QDate to(2026, 4, 30);
    const Report r = report(from, to, ReportGrouping::Person);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C")); // English headers, as the service gives them here
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    cli.setProcessEnvironment(env);
    const QStringList range{QStringLiteral("report"), QStringLiteral("--db"), m_services->database().path(),
                            QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-04-30"), QStringLiteral("--by"), QStringLiteral("person")};
    cli.start(QStringLiteral(ONESEAL_CLI), range + QStringList{QStringLiteral("--csv")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(cli.readAllStandardOutput(),
             ReportService::csv(ReportService::rowHeaders(ReportGrouping::Person), ReportService::rowTable(r)));

    cli.start(QStringLiteral(ONESEAL_CLI), range);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), r.rows.size() + 2);
    QCOMPARE(lines.first().split(u'\t'), ReportService::rowHeaders(ReportGrouping::Person));
    QCOMPARE(lines.last(), QStringLiteral("Total\t6\t6\t4\t3\t75.0%\t2\t1\t47\t5"));

    // A grouping it does not know is a usage error that names the ones it does.
    cli.start(QStringLiteral(ONESEAL_CLI), range.mid(0, 7) + QStringList{QStringLiteral("--by"), QStringLiteral("month")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("\"month\"")) && error.contains(QStringLiteral("window")), qPrintable(error));

    // --site takes a site's code and gives the figures of the cases taken in there: 丽春镇's one May case.
    const QStringList may{QStringLiteral("report"),    QStringLiteral("--db"),       m_services->database().path(),
                          QStringLiteral("--from"),    QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-05-31")};
    const auto atTown =
        m_services->reports().report(QDate(2026, 5, 1), QDate(2026, 5, 31), ReportGrouping::Section,
                                     ReportScope{QString(), siteCalled(QStringLiteral("丽春镇便民服务中心"))});
    QVERIFY(atTown.ok());
    QCOMPARE(atTown->total.cases, 1);
    cli.start(QStringLiteral(ONESEAL_CLI), may + QStringList{QStringLiteral("--site"), QStringLiteral("LC")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QStringList townLines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(townLines.last(), ReportService::rowTable(*atTown).last().join(u'\t'));
    QVERIFY(townLines.last().startsWith(QStringLiteral("Total\t1\t")));

    cli.start(QStringLiteral(ONESEAL_CLI), may + QStringList{QStringLiteral("--site"), QStringLiteral("XX")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    const QString unknown = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(unknown.contains(QStringLiteral("\"XX\"")), qPrintable(unknown));
}

void TestReport::typedTableExportsThePrintedText()
{
    const Report r = report(QDate(2026, 4, 1), QDate(2026, 4, 30));
    const ReportTable table = ReportService::groupTable(r);
    QCOMPARE(table.headers, ReportService::rowHeaders(ReportGrouping::Section));
    QCOMPARE(table.rows.size(), 2);
    // The figures travel as numbers: counts, the rate in per mille and the days, not as text to read back.
    const QList<ReportCell>& row = table.rows.first();
    QCOMPARE(row.at(0).kind, FigureKind::Text);
    QCOMPARE(row.at(1).kind, FigureKind::Count);
    QCOMPARE(row.at(1).value, qint64(6));
    QCOMPARE(row.at(5).kind, FigureKind::Permille);
    QCOMPARE(row.at(5).value, qint64(750));
    QCOMPARE(row.at(8).kind, FigureKind::WorkingDays);
    QCOMPARE(row.at(8).value, qint64(47));
    QCOMPARE(table.plainRows(), ReportService::rowTable(r));
    QCOMPARE(ReportCell::ofPermille(-1).plainText(), QStringLiteral("—"));
    QCOMPARE(ReportCell::ofPermille(1000).plainText(), QStringLiteral("100.0%"));
    QCOMPARE(ReportCell::ofCount(1234).plainText(), QStringLiteral("1234"));

    const ReportTable overdue = ReportService::overdueTable(r.overdueCases());
    QCOMPARE(overdue.rows.first().at(6).kind, FigureKind::Date);
    QCOMPARE(overdue.rows.first().at(6).date, QDate(2026, 4, 9));
    QCOMPARE(overdue.rows.first().at(7).value, qint64(15));
    QCOMPARE(overdue.plainRows(), ReportService::caseTable(r.overdueCases()));
}

void TestReport::hallManagerPicksASite()
{
    const Session manager = as(QStringLiteral("hallmanager"));
    const auto sites = m_services->reports().sites(manager);
    QVERIFY2(sites.ok(), qPrintable(message(sites)));
    QVERIFY2(sites->size() > 2, "the county hall and the town centres");
    QVERIFY(sites->first().central);
    QCOMPARE(sites->first().name, QStringLiteral("彭州市政务服务中心"));
    const QString hall = sites->first().id;
    const QString town = siteCalled(QStringLiteral("丽春镇便民服务中心"));
    QVERIFY(!town.isEmpty());

    const QDate from(2026, 5, 1);
    const QDate to(2026, 5, 31);
    const auto every = m_services->reports().report(manager, from, to, ReportGrouping::Section, {});
    QVERIFY2(every.ok(), qPrintable(message(every)));
    // April's two open cases and May's two.
    QCOMPARE(every->total.cases, 4);
    QCOMPARE(every->total.decided, 2);
    QCOMPARE(every->total.onTime, 1);

    // The town centre's figures are those of the case it took in alone: one case, decided late.
    const auto atTown = m_services->reports().report(manager, from, to, ReportGrouping::Section, {QString(), town});
    QVERIFY2(atTown.ok(), qPrintable(message(atTown)));
    QCOMPARE(atTown->scope.siteId, town);
    QCOMPARE(atTown->cases.size(), 1);
    QCOMPARE(atTown->cases.first().caseNumber, m_mayTown);
    QCOMPARE(atTown->total.decided, 1);
    QCOMPARE(atTown->total.onTimeText(), QStringLiteral("0.0%"));

    const auto atHall = m_services->reports().report(manager, from, to, ReportGrouping::Section, {QString(), hall});
    QVERIFY(atHall.ok());
    QCOMPARE(atHall->cases.size(), 3);
    QVERIFY(caseNamed(*atHall, m_mayHall));
    QVERIFY(!caseNamed(*atHall, m_mayTown));
    QCOMPARE(atHall->total.backlog, 2);
    QCOMPARE(atHall->total.onTimeText(), QStringLiteral("100.0%"));

    // A site with no case in the range shows nothing rather than every site's figures.
    const QString other = siteCalled(QStringLiteral("九尺镇便民服务中心"));
    QVERIFY(!other.isEmpty());
    const auto empty = m_services->reports().report(manager, from, to, ReportGrouping::Section, {QString(), other});
    QVERIFY(empty.ok());
    QCOMPARE(empty->total.cases, 0);
}

void TestReport::chiefGetsNoOtherSiteOrSection()
{
    const Session chief = as(QStringLiteral("approver"));
    const QDate from(2026, 5, 1);
    const QDate to(2026, 5, 31);
    // The chief's own figures: their section's, the town centre's case for it too, as before there was
    // a site to choose.
    const auto own = m_services->reports().report(chief, from, to, ReportGrouping::Section, {});
    QVERIFY2(own.ok(), qPrintable(message(own)));
    QCOMPARE(own->scope.sectionId, chief.sectionId);
    QCOMPARE(own->total.cases, 4);
    QVERIFY(caseNamed(*own, m_mayTown));

    // A town centre's figures are refused by the service, whatever a screen offers.
    const QString town = siteCalled(QStringLiteral("丽春镇便民服务中心"));
    const auto otherSite = m_services->reports().report(chief, from, to, ReportGrouping::Section, {QString(), town});
    QVERIFY(!otherSite.ok());
    QCOMPARE(otherSite.error().code, QStringLiteral("report.other_site"));
    QCOMPARE(otherSite.error().field, QStringLiteral("site"));
    const auto mine = m_services->reports().sites(chief);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().id, chief.siteId);

    // So is another section's, and a reviewer has no figures at all.
    const QString planning = as(QStringLiteral("approver.ghjs")).sectionId;
    QVERIFY(!planning.isEmpty() && planning != chief.sectionId);
    const auto otherSection = m_services->reports().report(chief, from, to, ReportGrouping::Section, {planning, {}});
    QVERIFY(!otherSection.ok());
    QCOMPARE(otherSection.error().code, QStringLiteral("report.other_section"));
    const auto reviewer = m_services->reports().report(as(QStringLiteral("reviewer")), from, to,
                                                       ReportGrouping::Section, {});
    QVERIFY(!reviewer.ok());
    QCOMPARE(reviewer.error().code, QStringLiteral("auth.forbidden"));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
