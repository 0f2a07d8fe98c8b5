#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace OneSeal {

struct Report;

/// The dashboard's three charts side by side, one bar per group: backlog against overdue, the on-time
/// rate, and the working days with the agency stacked on those with the applicant. Bars run sideways
/// so that long Chinese names of items and sections stay readable on the left.
class DashboardCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)

public:
    /// The most groups a chart shows (those with the most cases); the tables hold them all.
    static constexpr int kMaxGroups = 10;

    explicit DashboardCharts(QWidget* parent = nullptr);

    void setReport(const Report& report);
    QChart* backlogChart() const;
    QChart* onTimeChart() const;
    QChart* daysChart() const;

private:
    QChartView* m_backlog;
    QChartView* m_onTime;
    QChartView* m_days;
};

} // namespace OneSeal
