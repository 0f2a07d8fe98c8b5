#pragma once

#include "uitext.h"

#include <QList>
#include <QString>
#include <QStyledItemDelegate>
#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace OneSeal {

/// An editor for a column of stored keys: shows the label, offers a combo box, stores the key in
/// Qt::UserRole and the label as the text.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    explicit ChoiceDelegate(QList<UiText::Choice> choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<UiText::Choice> m_choices;
};

/// A small editable table inside a form (an item's materials, legal basis, fees): rows are added
/// and removed with buttons, cells edited in place by keyboard.
class TableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableEditor)

public:
    struct Column
    {
        enum class Type { Text, Number, Flag, Choice };
        QString header;
        Type type = Type::Text;
        QList<UiText::Choice> choices;
        int width = 0;              ///< 0: fit the header
        QVariant defaultValue = {}; ///< of a new row
    };

    TableEditor(QList<Column> columns, QWidget* parent = nullptr);

    QStandardItemModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Appends a row; @p values holds one value per column (QString, int, bool, or the choice key).
    void appendRow(const QVariantList& values);
    int rowCount() const;
    QString text(int row, int column) const;
    int number(int row, int column) const;
    bool flag(int row, int column) const;
    /// The stored key of a choice cell.
    QString choice(int row, int column) const;

private:
    void addEmptyRow();
    void removeCurrentRow();

    QList<Column> m_columns;
    QStandardItemModel* m_model;
    QTableView* m_view;
};

} // namespace OneSeal
