#pragma once

#include "services/reportservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace OneSeal {

/// A table of the dashboard over the report's typed cells: counts and working days shown in the
/// locale's digits ("1,234"), rates with one decimal ("87.5%"), sorted by their value (SortRole) and
/// right-aligned. The CSV export holds the plain text that `onesealctl report` prints ("1234"), whatever
/// the screen shows.
class DashboardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTableModel)

public:
    /// The cell's value for sorting: a number for counts, rates and days (a rate of nothing sorts below
    /// every rate), a date for days, the text for names.
    static constexpr int SortRole = Qt::UserRole;

    explicit DashboardTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    /// Replaces the table; rows shorter than its headers show empty cells.
    void setTable(ReportTable table);
    /// The locale the figures are written in; the default locale (the UI language) until set.
    void setLocale(const QLocale& locale);
    const QStringList& headers() const { return m_table.headers; }
    const ReportTable& table() const { return m_table; }
    /// The rows as exported, in the model's own order.
    QList<QStringList> rows() const { return m_table.plainRows(); }
    /// The table as CSV (UTF-8 with BOM), in the model's own order.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const ReportCell& cell) const;

    ReportTable m_table;
    QLocale m_locale;
};

} // namespace OneSeal
