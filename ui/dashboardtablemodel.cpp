#include "dashboardtablemodel.h"

namespace OneSeal {

void DashboardTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void DashboardTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QByteArray DashboardTableModel::toCsv() const
{
    return ReportService::csv(m_table.headers, m_table.plainRows());
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QString DashboardTableModel::displayText(const ReportCell& cell) const
{
    switch (cell.kind) {
    case FigureKind::Count:
    case FigureKind::WorkingDays: return m_locale.toString(cell.value);
    case FigureKind::Permille:
        // Per mille in integers: one decimal exactly, no rounding of a binary fraction.
        if (cell.value < 0)
            return QStringLiteral("—");
        return m_locale.toString(cell.value / 10) + m_locale.decimalPoint() + m_locale.toString(cell.value % 10)
               + m_locale.percent();
    case FigureKind::Text:
    case FigureKind::Date: return cell.plainText();
    }
    return QString();
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<ReportCell>& row = m_table.rows.at(index.row());
    const ReportCell cell = index.column() < row.size() ? row.at(index.column()) : ReportCell();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return displayText(cell);
    case SortRole:
        switch (cell.kind) {
        case FigureKind::Count:
        case FigureKind::Permille:
        case FigureKind::WorkingDays: return cell.value;
        case FigureKind::Date: return cell.date;
        case FigureKind::Text: return cell.text;
        }
        return {};
    case Qt::TextAlignmentRole:
        return cell.isNumber() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.headers.size())
        return m_table.headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace OneSeal
