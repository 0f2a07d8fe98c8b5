#pragma once

#include "rowtablemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace OneSeal {

/// A filter box over a sortable, read-only table: the way every list of the client is browsed.
/// Typing narrows the rows at once; Down moves from the box into the table; Enter or a double click
/// on a row emits rowActivated with the row's key.
class FilteredTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilteredTable)

public:
    FilteredTable(const QStringList& headers, const QString& filterPlaceholder, QWidget* parent = nullptr);

    RowTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }

    void setRows(QList<TableRow> rows);
    /// The key of the selected row, empty when none is selected.
    QString currentKey() const;
    /// Selects the row of @p key if it is still there, as after a reload.
    void selectKey(const QString& key);

signals:
    void rowActivated(const QString& key);
    void currentKeyChanged(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();

    RowTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
};

} // namespace OneSeal
