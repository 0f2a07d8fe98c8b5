#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace OneSeal {

/// One row as a table shows it: the cells' text and what the views need beyond it.
struct TableRow
{
    QStringList cells;
    /// The record behind the row (an id), so that a page finds it again after sorting and filtering.
    QString key;
    /// Extra text the filter box matches besides the cells (pinyin initials, codes not shown).
    QString searchText;
    /// Per-column values to sort by where the text would sort wrongly (numbers); empty for the text.
    QVariantList sortKeys;
    /// Shown dimmed: disabled accounts, items no longer in use.
    bool inactive = false;
};

/// A read-only table of rows prepared by a page. Every list in the client is small enough (a site's
/// applications, the catalogue, the journal) to be held whole, and editing happens in dialogs, so
/// one plain model serves them all and one model test covers them.
class RowTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTableModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        SearchRole, ///< the whole row's text plus searchText, lower case, on every column
        SortRole,
    };

    explicit RowTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(QList<TableRow> rows);
    const TableRow& row(int index) const { return m_rows.at(index); }
    /// The row of the record @p key, or -1.
    int rowOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<TableRow> m_rows;
};

} // namespace OneSeal
