#include "dashboardcharts.h"

#include "services/reportservice.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace OneSeal {
namespace {

QChartView* makeView(QWidget* parent, const QString& objectName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // a screenshot or a glance shows the final bars
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    view->setFocusPolicy(Qt::NoFocus); // nothing to do there by keyboard; Tab goes from table to table
    return view;
}

/// A long item name cut to what fits beside a bar; the table and the tooltip keep it whole.
QString shortName(const QString& name)
{
    constexpr int kMax = 12;
    return name.size() <= kMax ? name : name.left(kMax - 1) + u'…';
}

/// Replaces the series and axes of @p chart with @p series over @p categories and a value axis to @p max.
void fill(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, qreal max, const QString& format)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // the chart gives up ownership on removal
    }
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    values->setLabelFormat(format);
    if (format == u"%d") {
        // Whole numbers of cases and days: ticks on a step of 1, 2 or 5 times a power of ten, at most ten
        // of them, so that no two ticks carry the same rounded label.
        const int top = std::max(1, int(std::ceil(max)));
        int step = 1;
        for (int scale = 1; top / step > 10; scale *= 10) {
            for (int factor : {1, 2, 5}) {
                step = factor * scale;
                if (top / step <= 10)
                    break;
            }
        }
        const int end = (top + step - 1) / step * step;
        values->setRange(0, end);
        values->setTickCount(end / step + 1);
    } else {
        values->setRange(0, max);
        values->setTickCount(5);
    }
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent), m_backlog(makeView(this, QStringLiteral("backlogChart"))),
      m_onTime(makeView(this, QStringLiteral("onTimeChart"))), m_days(makeView(this, QStringLiteral("daysChart")))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_backlog, 1);
    layout->addWidget(m_onTime, 1);
    layout->addWidget(m_days, 1);
    m_backlog->chart()->setTitle(tr("Backlog and overdue"));
    m_onTime->chart()->setTitle(tr("On-time rate (%)"));
    m_days->chart()->setTitle(tr("Working days with the agency and with the applicant"));
}

QChart* DashboardCharts::backlogChart() const
{
    return m_backlog->chart();
}

QChart* DashboardCharts::onTimeChart() const
{
    return m_onTime->chart();
}

QChart* DashboardCharts::daysChart() const
{
    return m_days->chart();
}

void DashboardCharts::setReport(const Report& report)
{
    // The groups with the most cases; a horizontal bar chart lists its first category at the bottom, so
    // they go in reverse to read from the top down.
    QList<ReportRow> rows = report.rows;
    std::stable_sort(rows.begin(), rows.end(), [](const ReportRow& a, const ReportRow& b) { return a.cases > b.cases; });
    const bool cut = rows.size() > kMaxGroups;
    if (cut)
        rows.resize(kMaxGroups);
    std::reverse(rows.begin(), rows.end());

    QStringList categories;
    auto* backlog = new QBarSet(tr("Backlog"));
    auto* overdue = new QBarSet(tr("Overdue"));
    auto* onTime = new QBarSet(tr("On time"));
    auto* agency = new QBarSet(tr("With the agency"));
    auto* applicant = new QBarSet(tr("With the applicant"));
    overdue->setColor(QColor(0xc6, 0x28, 0x28));
    backlog->setColor(QColor(0x15, 0x65, 0xc0));
    onTime->setColor(QColor(0x2e, 0x7d, 0x32));
    agency->setColor(QColor(0x15, 0x65, 0xc0));
    applicant->setColor(QColor(0xf9, 0xa8, 0x25));
    int maxBacklog = 0;
    int maxDays = 0;
    for (const ReportRow& row : std::as_const(rows)) {
        categories.append(shortName(row.group));
        *backlog << row.backlog;
        *overdue << row.overdue;
        const int permille = row.onTimePermille();
        *onTime << (permille < 0 ? 0.0 : permille / 10.0);
        *agency << row.agencyDays;
        *applicant << row.applicantDays;
        maxBacklog = std::max(maxBacklog, row.backlog);
        maxDays = std::max(maxDays, row.agencyDays + row.applicantDays);
    }

    auto* backlogSeries = new QHorizontalBarSeries;
    backlogSeries->append(backlog);
    backlogSeries->append(overdue);
    fill(m_backlog->chart(), backlogSeries, categories, maxBacklog, QStringLiteral("%d"));

    auto* onTimeSeries = new QHorizontalBarSeries;
    onTimeSeries->append(onTime);
    onTimeSeries->setLabelsVisible(true);
    onTimeSeries->setLabelsFormat(QStringLiteral("@value"));
    onTimeSeries->setLabelsPrecision(3);
    fill(m_onTime->chart(), onTimeSeries, categories, 100, QStringLiteral("%.0f"));
    m_onTime->chart()->legend()->hide();

    auto* daysSeries = new QHorizontalStackedBarSeries;
    daysSeries->append(agency);
    daysSeries->append(applicant);
    fill(m_days->chart(), daysSeries, categories, maxDays, QStringLiteral("%d"));

    const QString more = cut ? tr(" (the %1 groups with most cases)").arg(kMaxGroups) : QString();
    m_backlog->chart()->setTitle(tr("Backlog and overdue") + more);
    m_onTime->chart()->setTitle(tr("On-time rate (%)") + more);
    m_days->chart()->setTitle(tr("Working days with the agency and with the applicant") + more);
}

} // namespace OneSeal
