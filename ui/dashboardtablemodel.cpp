#include "dashboardtablemodel.h"

#include "services/reportservice.h"

#include <optional>

namespace OneSeal {
namespace {

/// The number a cell holds ("12", "87.5%"), or nothing when it is text.
std::optional<double> numberIn(const QString& cell)
{
    QString text = cell;
    if (text.endsWith(u'%'))
        text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

void DashboardTableModel::setTable(const QStringList& headers, const QList<QStringList>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

QByteArray DashboardTableModel::toCsv() const
{
    return ReportService::csv(m_headers, m_rows);
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList& row = m_rows.at(index.row());
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return cell;
    case SortRole: {
        // A rate of "—" (nothing decided) sorts below every number.
        if (const auto number = numberIn(cell))
            return *number;
        return cell == u"—" ? QVariant(-1.0) : QVariant(cell);
    }
    case Qt::TextAlignmentRole:
        return numberIn(cell) || cell == u"—" ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace OneSeal
