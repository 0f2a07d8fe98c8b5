#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace OneSeal {

/// A table of the dashboard, exactly as it exports: the headers and the cells as text, so that what a
/// person sees, what the CSV holds and what `onesealctl report` prints are the same. Numbers sort as
/// numbers (SortRole) and sit right-aligned.
class DashboardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTableModel)

public:
    static constexpr int SortRole = Qt::UserRole;

    explicit DashboardTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    /// Replaces the table; rows shorter than @p headers show empty cells.
    void setTable(const QStringList& headers, const QList<QStringList>& rows);
    const QStringList& headers() const { return m_headers; }
    const QList<QStringList>& rows() const { return m_rows; }
    /// The table as CSV (UTF-8 with BOM), in the model's own order.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace OneSeal
