#include "dashboard.h"

#include "dashboardcharts.h"
#include "dashboardtablemodel.h"
#include "services/services.h"
#include "uilog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace OneSeal {
namespace {

/// The site each user last chose, kept while the client runs and never written anywhere: a hall manager
/// who comes back to the dashboard finds the site they were looking at.
QHash<QString, QString>& chosenSites()
{
    static QHash<QString, QString> sites;
    return sites;
}

} // namespace

Dashboard::Dashboard(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_groupModel(new DashboardTableModel(this)),
      m_overdueModel(new DashboardTableModel(this)), m_groupProxy(new QSortFilterProxyModel(this)),
      m_overdueProxy(new QSortFilterProxyModel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_groupProxy->setSourceModel(m_groupModel);
    m_groupProxy->setSortRole(DashboardTableModel::SortRole);
    m_overdueProxy->setSourceModel(m_overdueModel);
    m_overdueProxy->setSortRole(DashboardTableModel::SortRole);
    // Typing a date fires on every digit; the report runs once the person stops.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &Dashboard::runReport);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildRangeBar());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    auto* splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(QStringLiteral("overviewPage"));
    m_groupView = buildTable(m_groupModel, QStringLiteral("groupTable"));
    m_groupView->setModel(m_groupProxy);
    splitter->addWidget(m_groupView);
    m_charts = new DashboardCharts(splitter);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_tabs->addTab(splitter, tr("Figures"));
    m_overdueView = buildTable(m_overdueModel, QStringLiteral("overdueTable"));
    m_overdueView->setModel(m_overdueProxy);
    m_tabs->addTab(m_overdueView, tr("Overdue cases"));
    layout->addWidget(m_tabs, 1);

    auto* footer = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setFormat(tr("%v of %m cases"));
    m_progress->hide();
    footer->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReportButton"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &Dashboard::cancelReport);
    footer->addWidget(m_cancel);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->addWidget(m_status, 1);
    m_export = new QPushButton(tr("Export CSV (Ctrl+E)"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &Dashboard::exportCurrentTable);
    footer->addWidget(m_export);
    layout->addLayout(footer);

    // The keys work wherever the focus is inside the dashboard.
    const QList<std::tuple<QKeySequence, void (Dashboard::*)()>> keys{
        {QKeySequence(Qt::Key_Escape), &Dashboard::cancelReport},
        {QKeySequence(Qt::CTRL | Qt::Key_E), &Dashboard::exportCurrentTable},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), &Dashboard::runReport},
        {QKeySequence(Qt::CTRL | Qt::Key_Enter), &Dashboard::runReport},
    };
    for (const auto& [key, slot] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    setFocusProxy(m_from);
    applyQuickRange(ThisMonth);
}

Dashboard::~Dashboard() = default;

QWidget* Dashboard::buildRangeBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto dateEdit = [bar](const QString& name) {
        auto* edit = new QDateEdit(bar);
        edit->setObjectName(name);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDate"));
    m_to = dateEdit(QStringLiteral("toDate"));
    auto* fromLabel = new QLabel(tr("&From"), bar);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), bar);
    toLabel->setBuddy(m_to);

    m_quick = new QComboBox(bar);
    m_quick->setObjectName(QStringLiteral("quickRange"));
    m_quick->addItem(tr("Chosen days"), CustomRange);
    m_quick->addItem(tr("This month"), ThisMonth);
    m_quick->addItem(tr("Last month"), LastMonth);
    m_quick->addItem(tr("This year"), ThisYear);
    auto* quickLabel = new QLabel(tr("&Range"), bar);
    quickLabel->setBuddy(m_quick);

    m_grouping = new QComboBox(bar);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    for (ReportGrouping g : {ReportGrouping::Section, ReportGrouping::Item, ReportGrouping::Window,
                             ReportGrouping::Person})
        m_grouping->addItem(ReportService::groupingName(g), int(g));
    auto* groupingLabel = new QLabel(tr("&By"), bar);
    groupingLabel->setBuddy(m_grouping);

    // Filled by setViewer() with the sites the viewer may choose; hidden while there is one or none.
    m_site = new QComboBox(bar);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteLabel = new QLabel(tr("&Site"), bar);
    m_siteLabel->setBuddy(m_site);
    m_siteLabel->hide();
    m_site->hide();

    m_run = new QPushButton(tr("Run (Ctrl+Enter)"), bar);
    m_run->setObjectName(QStringLiteral("runReportButton"));
    connect(m_run, &QPushButton::clicked, this, &Dashboard::runReport);

    for (QWidget* w : std::initializer_list<QWidget*>{fromLabel, m_from, toLabel, m_to, quickLabel, m_quick,
                                                      groupingLabel, m_grouping, m_siteLabel, m_site, m_run})
        row->addWidget(w);
    row->addStretch(1);

    connect(m_quick, &QComboBox::activated, this,
            [this](int index) { applyQuickRange(QuickRange(m_quick->itemData(index).toInt())); });
    auto dateChanged = [this] {
        if (m_settingRange)
            return;
        // A day typed by hand is no longer "this month".
        m_quick->setCurrentIndex(m_quick->findData(CustomRange));
        scheduleReport();
    };
    connect(m_from, &QDateEdit::dateChanged, this, dateChanged);
    connect(m_to, &QDateEdit::dateChanged, this, dateChanged);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &Dashboard::scheduleReport);
    connect(m_site, &QComboBox::activated, this, [this](int index) { selectSite(m_site->itemData(index).toString()); });
    return bar;
}

void Dashboard::setViewer(const Session& viewer)
{
    m_viewer = viewer;
    m_site->clear();
    const auto sites = m_services.reports().sites(viewer);
    if (sites && sites->size() > 1) {
        m_site->addItem(tr("All sites"), QString());
        for (const ReportSite& site : *sites)
            m_site->addItem(site.name, site.id);
    }
    const bool choice = m_site->count() > 1;
    m_site->setVisible(choice);
    m_siteLabel->setVisible(choice);
    const int remembered = choice ? m_site->findData(chosenSites().value(viewer.userId)) : -1;
    m_scope.siteId = remembered > 0 ? m_site->itemData(remembered).toString() : QString();
    if (choice)
        m_site->setCurrentIndex(std::max(remembered, 0));
}

void Dashboard::selectSite(const QString& siteId)
{
    const int index = m_site->findData(siteId);
    if (index < 0 || siteId == m_scope.siteId)
        return;
    m_site->setCurrentIndex(index);
    m_scope.siteId = siteId;
    if (m_viewer)
        chosenSites().insert(m_viewer->userId, siteId);
    scheduleReport();
}

QTableView* Dashboard::buildTable(DashboardTableModel* model, const QString& objectName)
{
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Figures are read whole; the name of the section, item or case takes what is left. A reset model
    // forgets a section's mode, so it is set again each time.
    connect(model, &QAbstractItemModel::modelReset, view, [view] {
        if (view->horizontalHeader()->count() > 0)
            view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    });
    view->sortByColumn(-1, Qt::AscendingOrder); // the service's order: by name, the total last
    return view;
}

QDate Dashboard::from() const
{
    return m_from->date();
}

QDate Dashboard::to() const
{
    return m_to->date();
}

void Dashboard::applyQuickRange(QuickRange range)
{
    const QDate today = m_services.clock().today();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate first;
    QDate last;
    switch (range) {
    case CustomRange: return;
    case ThisMonth:
        first = monthStart;
        last = monthStart.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        first = monthStart.addMonths(-1);
        last = monthStart.addDays(-1);
        break;
    case ThisYear:
        first = QDate(today.year(), 1, 1);
        last = QDate(today.year(), 12, 31);
        break;
    }
    m_settingRange = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_settingRange = false;
    m_quick->setCurrentIndex(m_quick->findData(range));
    scheduleReport();
}

void Dashboard::scheduleReport()
{
    if (m_shownOnce)
        m_debounce->start();
}

void Dashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first report runs when somebody looks, not when the client starts.
    if (!m_shownOnce) {
        m_shownOnce = true;
        runReport();
    }
}

bool Dashboard::isRunning() const
{
    return m_job != nullptr;
}

void Dashboard::runReport()
{
    m_debounce->stop();
    if (m_job) {
        // The newer range wins; the old job's outcome no longer reaches the screen.
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (to() < from()) {
        showStatus(tr("The range ends before it starts; set the first day (From) on or before the last (To)."), true);
        return;
    }
    const auto grouping = ReportGrouping(m_grouping->currentData().toInt());
    m_job = new DashboardJob(m_services.database().path(), from(), to(), grouping, m_hook, this);
    m_job->setScope(m_scope);
    if (m_viewer)
        m_job->setViewer(*m_viewer);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(m_job, &DashboardJob::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job, &DashboardJob::finished, this, [this, timer](const Report& report) {
        const qint64 ms = timer->elapsed();
        showReport(report);
        qCInfo(lcUi, "report %s..%s: %lld cases in %lld ms", qPrintable(report.from.toString(Qt::ISODate)),
               qPrintable(report.to.toString(Qt::ISODate)), static_cast<long long>(report.cases.size()),
               static_cast<long long>(ms));
    });
    connect(m_job, &DashboardJob::failed, this, [this](const QString& code, const QString& message) {
        showFailure(code, message);
    });
    setRunning(true);
    showStatus(tr("Reading the cases from %1 to %2…")
                   .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate)),
               false);
    m_job->start();
}

void Dashboard::cancelReport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling…"), false);
}

void Dashboard::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy until the first case tells the count
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running);
}

void Dashboard::showReport(const Report& report)
{
    m_job->deleteLater();
    m_job = nullptr;
    setRunning(false);
    m_groupModel->setTable(ReportService::groupTable(report));
    const QList<CaseFigures> overdue = report.overdueCases();
    m_overdueModel->setTable(ReportService::overdueTable(overdue));
    m_tabs->setTabText(OverdueTable, tr("Overdue cases (%1)").arg(overdue.size()));
    m_charts->setReport(report);
    QString text = tr("%1 to %2: %n case(s), on-time rate %3, backlog %4, overdue %5.", nullptr,
                      int(report.total.cases))
                       .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
                            report.total.onTimeText())
                       .arg(report.total.backlog)
                       .arg(report.total.overdue);
    if (const int site = m_site->findData(report.scope.siteId); !report.scope.siteId.isEmpty() && site >= 0)
        text = tr("%1: %2").arg(m_site->itemText(site), text);
    if (report.asOf < report.to)
        text += u' ' + tr("Open cases are read on today, %1.").arg(report.asOf.toString(Qt::ISODate));
    if (report.total.unreadable > 0)
        text += u' ' + tr("%n case(s) left out: their clock runs into a year without a holiday calendar.", nullptr,
                           report.total.unreadable);
    showStatus(text, report.total.unreadable > 0);
    emit reportShown();
}

void Dashboard::showFailure(const QString& code, const QString& message)
{
    m_job->deleteLater();
    m_job = nullptr;
    setRunning(false);
    if (code == u"report.cancelled")
        showStatus(m_groupModel->rowCount() > 0 ? tr("Cancelled; the figures shown are those of the report before.")
                                                : tr("Cancelled."),
                   false);
    else
        showStatus(message, true);
    emit reportStopped();
}

void Dashboard::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void Dashboard::exportCurrentTable()
{
    if (m_job)
        return; // the figures on screen are about to change
    const Table table = m_tabs->currentIndex() == OverdueTable ? OverdueTable : GroupTable;
    const QString kind = table == OverdueTable ? QStringLiteral("overdue")
                                               : ReportService::groupingKey(ReportGrouping(m_grouping->currentData().toInt()));
    const QString name = QStringLiteral("oneseal-%1-%2-%3.csv")
                             .arg(kind, from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    auto* dialog = new QFileDialog(this, tr("Export as CSV"), QDir::home().filePath(name),
                                   tr("CSV for spreadsheets (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, table](const QString& path) { exportTable(table, path); });
    dialog->open();
}

bool Dashboard::exportTable(Table table, const QString& path)
{
    const DashboardTableModel* model = table == OverdueTable ? m_overdueModel : m_groupModel;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(model->toCsv()) < 0 || !file.commit()) {
        showStatus(tr("Cannot write %1: %2. Choose another folder.")
                       .arg(QDir::toNativeSeparators(path), file.errorString()),
                   true);
        return false;
    }
    showStatus(tr("Exported %n row(s) to %1.", nullptr, model->rowCount()).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

} // namespace OneSeal
