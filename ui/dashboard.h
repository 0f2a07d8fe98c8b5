#pragma once

#include "dashboardjob.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace OneSeal {

class DashboardCharts;
class DashboardTableModel;
class Services;

/// The section chief's and the hall manager's dashboard: for a date range (two date fields, or this
/// month, last month, this year) and a grouping (section, item, window, person), the backlog, the
/// on-time rate, the overdue cases and the days with the agency against the days with the applicant,
/// as tables and charts. A viewer who sees more than one site (the hall manager) picks the site too:
/// every site, the county hall or one town centre (Alt+S), remembered while the client runs. The report
/// runs on a worker thread over its own read-only connection, with a progress bar; Esc or the Cancel
/// button stops it and keeps the figures shown before. Ctrl+E exports the table in view as CSV that
/// Excel opens with its Chinese intact.
class Dashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    enum QuickRange { CustomRange, ThisMonth, LastMonth, ThisYear };
    enum Table { GroupTable, OverdueTable };

    explicit Dashboard(Services& services, QWidget* parent = nullptr);
    ~Dashboard() override;

    /// Runs the report for the range and grouping shown now, cancelling one that still runs.
    void runReport();
    void cancelReport();
    bool isRunning() const;
    /// Sets both date fields to @p range as of the services' today.
    void applyQuickRange(QuickRange range);
    /// Asks where to save the table in view (a file dialog that does not block), then writes it.
    void exportCurrentTable();
    /// Writes @p table to @p path as CSV; false with the reason shown when it cannot.
    bool exportTable(Table table, const QString& path);

    QDate from() const;
    QDate to() const;
    DashboardTableModel* groupModel() const { return m_groupModel; }
    DashboardTableModel* overdueModel() const { return m_overdueModel; }
    DashboardCharts* charts() const { return m_charts; }
    /// Limits the figures to section @p sectionId (ReportService::sectionScope); every section when empty.
    void setSectionScope(const QString& sectionId) { m_scope.sectionId = sectionId; }
    /// Reads the figures as @p viewer: the service checks every report against them, and the site filter
    /// lists the sites they may choose (shown only when there is more than one).
    void setViewer(const Session& viewer);
    /// The site the figures are limited to; empty for every site.
    QString siteId() const { return m_scope.siteId; }
    /// Limits the figures to site @p siteId (one the site filter lists; empty for every site) and runs
    /// the report again.
    void selectSite(const QString& siteId);
    /// See DashboardJob::CaseHook; for tests only.
    void setCaseHook(DashboardJob::CaseHook hook) { m_hook = std::move(hook); }

signals:
    /// A report's figures are on screen.
    void reportShown();
    /// A report stopped without figures: cancelled, or it failed (the message is on screen).
    void reportStopped();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildRangeBar();
    QTableView* buildTable(DashboardTableModel* model, const QString& objectName);
    void scheduleReport();
    void showReport(const Report& report);
    void showFailure(const QString& code, const QString& message);
    void setRunning(bool running);
    void showStatus(const QString& text, bool error);

    Services& m_services;
    DashboardJob::CaseHook m_hook;
    ReportScope m_scope;
    std::optional<Session> m_viewer;
    DashboardJob* m_job = nullptr;
    bool m_shownOnce = false;
    bool m_settingRange = false;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_quick = nullptr;
    QComboBox* m_grouping = nullptr;
    QLabel* m_siteLabel = nullptr;
    QComboBox* m_site = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    DashboardTableModel* m_groupModel;
    DashboardTableModel* m_overdueModel;
    QSortFilterProxyModel* m_groupProxy;
    QSortFilterProxyModel* m_overdueProxy;
    QTableView* m_groupView = nullptr;
    QTableView* m_overdueView = nullptr;
    DashboardCharts* m_charts = nullptr;
    QTimer* m_debounce;
};

} // namespace OneSeal
