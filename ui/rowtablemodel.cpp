#include "rowtablemodel.h"

#include <QApplication>
#include <QPalette>

namespace OneSeal {

RowTableModel::RowTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void RowTableModel::setRows(QList<TableRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (TableRow& row : m_rows) {
        while (row.cells.size() < m_headers.size())
            row.cells.append(QString());
    }
    endResetModel();
}

int RowTableModel::rowOfKey(const QString& key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return int(i);
    }
    return -1;
}

int RowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return row.cells.at(index.column());
    case KeyRole: return row.key;
    case SearchRole: return (row.cells.join(u' ') + u' ' + row.searchText).toLower();
    case SortRole:
        if (index.column() < row.sortKeys.size() && row.sortKeys.at(index.column()).isValid())
            return row.sortKeys.at(index.column());
        return row.cells.at(index.column());
    case Qt::TextAlignmentRole:
        // Counts and limits line up on the right, as numbers do in any ledger.
        if (index.column() < row.sortKeys.size() && row.sortKeys.at(index.column()).typeId() == QMetaType::Int)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.inactive)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace OneSeal
