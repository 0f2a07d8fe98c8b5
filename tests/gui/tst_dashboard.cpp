#include "core/residentid.h"
#include "dashboard.h"
#include "dashboardcharts.h"
#include "dashboardtablemodel.h"
#include "intaketestsupport.h"
#include "mainwindow.h"
#include "reviewworkspace.h"
#include "services/services.h"
#include "services/setup.h"
#include "translators.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");
const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // 商事登记科, 5 promised days

QtMessageHandler g_testLog = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform cannot raise windows or grab the keyboard for the file dialog; that is no news.
    if (message.contains(QStringLiteral("propagateSizeHints")) || message.contains(QStringLiteral("does not support")))
        return;
    g_testLog(type, context, message);
}

QDateTime morningOf(const QDate& day)
{
    return QDateTime(day, QTime(1, 30), Qt::UTC);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void typeText(const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

template <typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

/// The dashboard at the keyboard, in Chinese, over a real database with cases of 商事登记科 in April 2026
/// (清明 04-04 … 04-06 off): quick ranges and typed days, the CSV export read back, a report cancelled
/// while it runs on its worker thread, and the tab in the section chief's review workspace.
class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void showsThisMonthWhenOpened();
    void quickRangeAndTypedDaysChangeTheFigures();
    void exportsTheTableAsCsvForExcel();
    void escCancelsARunningReport();
    void chiefReachesItFromTheReviewWorkspace();
    void figuresSortByTheirValue();
    void hallManagerChoosesTheSite();

private:
    Session as(const QString& username);
    QString accept(const QDate& day, const QString& clerk = QStringLiteral("clerk"));
    void decide(const QString& number, const QDate& day);
    /// A dashboard in a window, shown, with testers on its models, after its first report.
    Dashboard* open();
    QString status() const { return child<QLabel>(m_dashboard.get(), "reportStatus")->text(); }

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
    int m_requests = 0;
    QString m_open;
    QString m_town;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QObject> m_testers;
};

Session TestDashboard::as(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

QString TestDashboard::accept(const QDate& day, const QString& clerk)
{
    m_clock->set(morningOf(day));
    IntakeRequest r;
    r.requestId = QStringLiteral("gui-dashboard-%1").arg(++m_requests, 4, 10, QLatin1Char('0'));
    r.applicantKind = QStringLiteral("person");
    const QString body = QStringLiteral("11010519491231%1").arg(m_requests, 3, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + ResidentId::checkCharacter(body);
    r.applicantName = QStringLiteral("赵敏");
    r.itemCode = kFoodLicence;
    r.materials = IntakeTesting::received(IntakeTesting::kFoodMaterials);
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(as(clerk), r);
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result ? result->caseNumber : QString();
}

void TestDashboard::decide(const QString& number, const QDate& day)
{
    ReviewService& review = m_services->review();
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QVERIFY(review.recordOpinion(as(QStringLiteral("reviewer")), number, {QStringLiteral("同意。"), true, false, {}})
                .ok());
    m_clock->set(morningOf(day));
    QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
    QVERIFY(review.decide(as(QStringLiteral("approver")), number, true, QStringLiteral("符合条件")).ok());
}

void TestDashboard::initTestCase()
{
    g_testLog = qInstallMessageHandler(quietOffscreen);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(defaultUiLanguage()));
    QLocale::setDefault(QLocale(defaultUiLanguage()));
    QVERIFY(QDir().mkpath(kOutput));
    QVERIFY(m_dir.isValid());
    // The demo's own applications are made in the weeks before "today": put them in December, after the
    // months this test reads.
    m_clock = std::make_shared<FixedClock>(morningOf(QDate(2026, 12, 15)));
    auto opened = Services::open(m_dir.filePath(QStringLiteral("demo.db")), OpenMode::ReadWrite, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_services = std::move(opened).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));

    // April: decided a day before its due day 04-09, decided a day late on 04-10, and one left open; all
    // taken in on 04-01.
    const QDate april1(2026, 4, 1);
    decide(accept(april1), QDate(2026, 4, 8));
    decide(accept(april1), QDate(2026, 4, 10));
    m_open = accept(april1);
    QVERIFY(!m_open.isEmpty());
    // March: one case taken in at 丽春镇 for the county's 商事登记科 (代收代办), decided on time.
    m_town = accept(QDate(2026, 3, 2), QStringLiteral("clerk.lc"));
    QVERIFY(m_town.startsWith(QStringLiteral("LC-")));
    decide(m_town, QDate(2026, 3, 4));
    // The day the dashboard is opened: "this month" is May, "last month" April.
    m_clock->set(morningOf(QDate(2026, 5, 15)));
}

void TestDashboard::cleanup()
{
    m_testers.reset();
    m_dashboard.reset();
}

void TestDashboard::cleanupTestCase()
{
    m_services.reset();
}

Dashboard* TestDashboard::open()
{
    m_dashboard = std::make_unique<Dashboard>(*m_services);
    m_dashboard->setViewer(as(QStringLiteral("hallmanager")));
    m_testers = std::make_unique<QObject>();
    new QAbstractItemModelTester(m_dashboard->groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_testers.get());
    new QAbstractItemModelTester(m_dashboard->overdueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_testers.get());
    for (auto* proxy : m_dashboard->findChildren<QAbstractProxyModel*>())
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_testers.get());
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    m_dashboard->resize(1280, 800);
    m_dashboard->show();
    m_dashboard->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dashboard.get()))
        qWarning("the dashboard's window did not become active");
    if (!shown.wait(10000))
        qWarning("the first report did not arrive");
    return m_dashboard.get();
}

void TestDashboard::showsThisMonthWhenOpened()
{
    Dashboard* d = open();
    QCOMPARE(d->from(), QDate(2026, 5, 1));
    QCOMPARE(d->to(), QDate(2026, 5, 31));
    // In May only the open case is left: backlog 1, overdue 1, nothing decided.
    QCOMPARE(d->groupModel()->rowCount(), 2);
    QCOMPARE(d->groupModel()->headers().first(), QStringLiteral("科室"));
    const QStringList section = d->groupModel()->rows().first();
    QCOMPARE(section.at(0), QStringLiteral("商事登记科"));
    QCOMPARE(section.at(6), QStringLiteral("1")); // backlog
    QCOMPARE(section.at(7), QStringLiteral("1")); // overdue
    QCOMPARE(d->groupModel()->rows().last().first(), QStringLiteral("合计"));
    QCOMPARE(d->overdueModel()->rowCount(), 1);
    QCOMPARE(d->overdueModel()->rows().first().first(), m_open);
    QVERIFY2(status().contains(QStringLiteral("按时办结率")), qPrintable(status()));
}

void TestDashboard::quickRangeAndTypedDaysChangeTheFigures()
{
    Dashboard* d = open();
    QSignalSpy shown(d, &Dashboard::reportShown);
    // Alt+R reaches the quick ranges; one step down from "this month" is "last month".
    press(Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(d, "quickRange"));
    press(Qt::Key_Down);
    QVERIFY(shown.wait(10000));
    QCOMPARE(d->from(), QDate(2026, 4, 1));
    QCOMPARE(d->to(), QDate(2026, 4, 30));
    QStringList section = d->groupModel()->rows().first();
    QCOMPARE(section.at(3), QStringLiteral("2"));     // decided
    QCOMPARE(section.at(4), QStringLiteral("1"));     // on time
    QCOMPARE(section.at(5), QStringLiteral("50.0%")); // on-time rate

    // The last day typed by hand: on 04-09 only the first case was decided, and on time.
    shown.clear();
    press(Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(d, "toDate"));
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("2026-04-09"));
    QCOMPARE(d->to(), QDate(2026, 4, 9));
    QVERIFY(shown.wait(10000));
    QCOMPARE(child<QComboBox>(d, "quickRange")->currentData().toInt(), int(Dashboard::CustomRange));
    section = d->groupModel()->rows().first();
    QCOMPARE(section.at(3), QStringLiteral("1"));
    QCOMPARE(section.at(5), QStringLiteral("100.0%"));
    QCOMPARE(d->overdueModel()->rowCount(), 0);

    // By person: the approver who decided, and the case nobody has claimed yet.
    shown.clear();
    press(Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(d, "groupingCombo"));
    press(Qt::Key_Down); // 事项
    press(Qt::Key_Down); // 窗口
    press(Qt::Key_Down); // 人员
    QVERIFY(shown.wait(10000));
    QCOMPARE(d->groupModel()->headers().first(), QStringLiteral("人员"));
    QStringList people;
    for (const QStringList& row : d->groupModel()->rows())
        people.append(row.first());
    QVERIFY2(people.contains(QStringLiteral("陈静")), qPrintable(people.join(u',')));

    // Back to April by section for the picture a person looks at.
    shown.clear();
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    press(Qt::Key_R, Qt::AltModifier);
    press(Qt::Key_Down); // from "chosen days" to "this month"
    press(Qt::Key_Down); // "last month"
    QTRY_COMPARE_WITH_TIMEOUT(d->to(), QDate(2026, 4, 30), 5000);
    QVERIFY(shown.wait(10000));
    const auto categories = d->charts()->onTimeChart()->axes(Qt::Vertical);
    QCOMPARE(categories.size(), 1);
    QCOMPARE(qobject_cast<QBarCategoryAxis*>(categories.first())->categories(), QStringList{QStringLiteral("商事登记科")});
    QTest::qWait(200); // the charts lay their new bars out on the next turns of the event loop
    QVERIFY(d->grab().save(kOutput + QStringLiteral("dashboard-april.png"), "PNG"));
}

void TestDashboard::exportsTheTableAsCsvForExcel()
{
    Dashboard* d = open();
    const QString path = m_dir.filePath(QStringLiteral("may.csv"));
    press(Qt::Key_E, Qt::ControlModifier);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = d->findChild<QFileDialog*>(QStringLiteral("exportDialog"))) && dialog->isVisible());
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_A, Qt::ControlModifier);
    typeText(path);
    press(Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("科室,案件数,")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(QStringLiteral("按时办结率")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("商事登记科,1,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("合计,")), qPrintable(lines.at(2)));
    QVERIFY2(status().contains(QDir::toNativeSeparators(path)), qPrintable(status()));

    // The overdue list exports from its own tab.
    auto* tabs = child<QTabWidget>(d, "dashboardTabs");
    tabs->setCurrentIndex(Dashboard::OverdueTable);
    const QString overduePath = m_dir.filePath(QStringLiteral("overdue.csv"));
    QVERIFY(d->exportTable(Dashboard::OverdueTable, overduePath));
    QFile overdue(overduePath);
    QVERIFY(overdue.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(overdue.readAll().mid(3));
    QVERIFY2(text.startsWith(QStringLiteral("案件编号,")), qPrintable(text));
    QVERIFY2(text.contains(m_open + u','), qPrintable(text));
}

void TestDashboard::escCancelsARunningReport()
{
    Dashboard* d = open();
    const int rowsBefore = d->groupModel()->rowCount();
    // The worker stops at the first case until the test lets it go on: a slow database.
    auto reached = std::make_shared<QSemaphore>();
    auto release = std::make_shared<QSemaphore>();
    d->setCaseHook([reached, release](int done, int) {
        if (done == 1) {
            reached->release();
            release->tryAcquire(1, 20000); // never hold the worker for ever, even when the test fails
        }
    });
    QSignalSpy stopped(d, &Dashboard::reportStopped);
    const auto letGo = qScopeGuard([release] { release->release(); });
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(reached->available() == 1);
    QVERIFY(d->isRunning());
    QVERIFY(child<QProgressBar>(d, "reportProgress")->isVisible());
    QVERIFY(child<QWidget>(d, "cancelReportButton")->isVisible());
    // The window still answers while the worker is held: the tab can change and come back.
    auto* tabs = child<QTabWidget>(d, "dashboardTabs");
    tabs->setCurrentIndex(Dashboard::OverdueTable);
    QCoreApplication::processEvents();
    tabs->setCurrentIndex(Dashboard::GroupTable);

    press(Qt::Key_Escape);
    QCOMPARE(status(), QStringLiteral("正在取消…"));
    release->release();
    QVERIFY(stopped.wait(10000));
    QVERIFY(!d->isRunning());
    QVERIFY(!child<QProgressBar>(d, "reportProgress")->isVisible());
    QVERIFY2(status().contains(QStringLiteral("已取消")), qPrintable(status()));
    QCOMPARE(d->groupModel()->rowCount(), rowsBefore); // the figures before stay
}

void TestDashboard::chiefReachesItFromTheReviewWorkspace()
{
    const Session approver = as(QStringLiteral("approver"));
    ReviewWorkspace workspace(*m_services, approver);
    workspace.resize(1280, 800);
    workspace.show();
    workspace.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    auto* dashboard = workspace.findChild<Dashboard*>();
    QVERIFY(dashboard);
    QVERIFY(!dashboard->isVisible());
    QSignalSpy shown(dashboard, &Dashboard::reportShown);
    workspace.setFocus();
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dashboard->isVisible());
    QVERIFY(shown.wait(10000));
    QVERIFY(dashboard->isAncestorOf(QApplication::focusWidget()));

    const Session reviewer = as(QStringLiteral("reviewer"));
    ReviewWorkspace plain(*m_services, reviewer);
    QVERIFY(!plain.findChild<Dashboard*>());
}

void TestDashboard::figuresSortByTheirValue()
{
    // Three sections: a rate of 9.5% over 987 cases, 10.0% over 1234, and one with nothing decided.
    ReportTable table;
    table.headers = ReportService::rowHeaders(ReportGrouping::Section);
    auto row = [](const QString& name, qint64 cases, qint64 permille, qint64 days) {
        return QList<ReportCell>{ReportCell::ofText(name),          ReportCell::ofCount(cases),
                                 ReportCell::ofCount(cases),        ReportCell::ofCount(0),
                                 ReportCell::ofCount(0),            ReportCell::ofPermille(permille),
                                 ReportCell::ofCount(0),            ReportCell::ofCount(0),
                                 ReportCell::ofWorkingDays(days),   ReportCell::ofWorkingDays(0)};
    };
    table.rows = {row(QStringLiteral("投资立项科"), 987, 95, 12000), row(QStringLiteral("商事登记科"), 1234, 100, 900),
                  row(QStringLiteral("社会事务科"), 5, -1, 35)};
    DashboardTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::Chinese, QLocale::China));
    model.setTable(table);
    QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("9.5%"));
    QCOMPARE(model.index(1, 5).data().toString(), QStringLiteral("10.0%"));
    QCOMPARE(model.index(2, 5).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("1,234"));
    QCOMPARE(model.index(0, 8).data().toString(), QStringLiteral("12,000"));
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, 5).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));

    auto sorted = [&](int column, int role) {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(role);
        proxy.sort(column, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names.append(proxy.index(r, 0).data().toString());
        return names;
    };
    // By the rate: nothing decided first, then 9.5% below 10.0%; the text on screen would put "10.0%" first.
    QCOMPARE(sorted(5, DashboardTableModel::SortRole),
             (QStringList{QStringLiteral("社会事务科"), QStringLiteral("投资立项科"), QStringLiteral("商事登记科")}));
    QCOMPARE(sorted(5, Qt::DisplayRole).at(0), QStringLiteral("商事登记科"));
    // By cases and by days: 987 below 1,234 and 900 below 12,000, which the text would turn round.
    QCOMPARE(sorted(1, DashboardTableModel::SortRole),
             (QStringList{QStringLiteral("社会事务科"), QStringLiteral("投资立项科"), QStringLiteral("商事登记科")}));
    QCOMPARE(sorted(8, DashboardTableModel::SortRole),
             (QStringList{QStringLiteral("社会事务科"), QStringLiteral("商事登记科"), QStringLiteral("投资立项科")}));
    QCOMPARE(sorted(8, Qt::DisplayRole).at(0), QStringLiteral("投资立项科"));

    // The export keeps the plain figures that onesealctl prints, not the screen's.
    const QString csv = QString::fromUtf8(model.toCsv().mid(3));
    QVERIFY2(csv.contains(QStringLiteral("\r\n商事登记科,1234,1234,0,0,10.0%,0,0,900,0\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("\r\n社会事务科,5,5,0,0,—,0,0,35,0\r\n")), qPrintable(csv));
}

void TestDashboard::hallManagerChoosesTheSite()
{
    const Session manager = as(QStringLiteral("hallmanager"));
    auto openWindow = [&](std::unique_ptr<MainWindow>& window) -> Dashboard* {
        window = std::make_unique<MainWindow>(*m_services, manager, m_services->database().path());
        window->resize(1280, 800);
        auto* dashboard = window->workspaceWidget(Workspace::Dashboard)->findChild<Dashboard*>();
        if (!dashboard)
            return nullptr;
        QSignalSpy shown(dashboard, &Dashboard::reportShown);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the main window did not become active");
        if (!shown.wait(10000))
            qWarning("the first report did not arrive");
        return dashboard;
    };
    auto totalCases = [](Dashboard* d) { return d->groupModel()->table().rows.last().at(1).value; };
    // The figures the service gives the hall manager for a site over the dashboard's range.
    auto serviceReport = [&](Dashboard* d, const QString& siteId) {
        const auto r = m_services->reports().report(manager, d->from(), d->to(), ReportGrouping::Section,
                                                    {QString(), siteId});
        return r ? *r : Report();
    };

    std::unique_ptr<MainWindow> window;
    Dashboard* d = openWindow(window);
    QVERIFY(d);
    auto* site = child<QComboBox>(d, "siteCombo");
    QVERIFY(site->isVisible());
    QCOMPARE(site->itemText(0), QStringLiteral("全部站点"));
    QCOMPARE(site->itemText(1), QStringLiteral("彭州市政务服务中心"));
    const int town = site->findText(QStringLiteral("丽春镇便民服务中心"));
    QVERIFY(town > 1);
    const QString townId = site->itemData(town).toString();
    const QString hallId = site->itemData(1).toString();

    // January to April on every site: the demo's cases, March's town case and April's three at the hall.
    // (A range that ends before the machine's real today: the worker reads with the system clock.)
    QSignalSpy shown(d, &Dashboard::reportShown);
    child<QDateEdit>(d, "fromDate")->setDate(QDate(2026, 1, 1));
    child<QDateEdit>(d, "toDate")->setDate(QDate(2026, 4, 30));
    QVERIFY(shown.wait(10000));
    const qint64 everySite = totalCases(d);
    QCOMPARE(everySite, qint64(serviceReport(d, QString()).total.cases));

    // Alt+S and the arrow keys: 丽春镇's figures are those of the cases taken in there alone.
    shown.clear();
    press(Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), site);
    for (int i = 0; i < town; ++i)
        press(Qt::Key_Down);
    QCOMPARE(site->currentIndex(), town);
    QVERIFY(shown.wait(10000));
    QCOMPARE(d->siteId(), townId);
    const Report atTown = serviceReport(d, townId);
    QVERIFY(std::any_of(atTown.cases.cbegin(), atTown.cases.cend(),
                        [&](const CaseFigures& c) { return c.caseNumber == m_town; }));
    QVERIFY(std::all_of(atTown.cases.cbegin(), atTown.cases.cend(),
                        [](const CaseFigures& c) { return c.caseNumber.startsWith(QStringLiteral("LC-")); }));
    QCOMPARE(d->groupModel()->rows(), ReportService::rowTable(atTown));
    QVERIFY2(totalCases(d) >= 1 && totalCases(d) < everySite, qPrintable(QString::number(totalCases(d))));
    const QString text = child<QLabel>(d, "reportStatus")->text();
    QVERIFY2(text.startsWith(QStringLiteral("丽春镇便民服务中心：")), qPrintable(text));
    QTest::qWait(200);
    QVERIFY(window->grab().save(kOutput + QStringLiteral("dashboard-site-filter.png"), "PNG"));

    // The county hall's figures: April's three cases among them, not the town's.
    shown.clear();
    while (site->currentIndex() > 1)
        press(Qt::Key_Up);
    QVERIFY(shown.wait(10000));
    QCOMPARE(d->siteId(), hallId);
    const Report atHall = serviceReport(d, hallId);
    QVERIFY(std::none_of(atHall.cases.cbegin(), atHall.cases.cend(),
                         [&](const CaseFigures& c) { return c.caseNumber == m_town; }));
    QCOMPARE(d->groupModel()->rows(), ReportService::rowTable(atHall));
    QVERIFY(totalCases(d) >= 3 && totalCases(d) + qint64(atTown.total.cases) <= everySite);

    // Back to the town; a new window of the same sign-in comes back to it.
    shown.clear();
    while (site->currentIndex() < town)
        press(Qt::Key_Down);
    QVERIFY(shown.wait(10000));
    window.reset();
    d = openWindow(window);
    QVERIFY(d);
    site = child<QComboBox>(d, "siteCombo");
    QCOMPARE(site->currentIndex(), town);
    QCOMPARE(d->siteId(), townId);
    QCOMPARE(d->from(), QDate(2026, 5, 1)); // this month
    QCOMPARE(d->groupModel()->rows(), ReportService::rowTable(serviceReport(d, townId)));

    // Every site again, so that the choice outlives no test.
    d->selectSite(QString());
    QCOMPARE(site->currentIndex(), 0);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
