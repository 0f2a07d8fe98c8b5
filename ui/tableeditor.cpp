#include "tableeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace OneSeal {

ChoiceDelegate::ChoiceDelegate(QList<UiText::Choice> choices, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const UiText::Choice& choice : m_choices)
        combo->addItem(choice.second, choice.first);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::UserRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

TableEditor::TableEditor(QList<Column> columns, QWidget* parent)
    : QWidget(parent), m_columns(std::move(columns)), m_model(new QStandardItemModel(0, int(m_columns.size()), this)),
      m_view(new QTableView(this))
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_model->setHeaderData(int(i), Qt::Horizontal, m_columns.at(i).header);
        if (m_columns.at(i).type == Column::Type::Choice)
            m_view->setItemDelegateForColumn(int(i), new ChoiceDelegate(m_columns.at(i).choices, m_view));
    }
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).width > 0)
            m_view->setColumnWidth(int(i), m_columns.at(i).width);
        else
            m_view->resizeColumnToContents(int(i));
    }

    auto* add = new QPushButton(tr("Add row"), this);
    add->setObjectName(QStringLiteral("addRowButton"));
    auto* remove = new QPushButton(tr("Remove row"), this);
    remove->setObjectName(QStringLiteral("removeRowButton"));
    connect(add, &QPushButton::clicked, this, &TableEditor::addEmptyRow);
    connect(remove, &QPushButton::clicked, this, &TableEditor::removeCurrentRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
}

void TableEditor::appendRow(const QVariantList& values)
{
    QList<QStandardItem*> items;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column& column = m_columns.at(i);
        const QVariant value = i < values.size() ? values.at(i) : column.defaultValue;
        auto* item = new QStandardItem;
        switch (column.type) {
        case Column::Type::Text: item->setText(value.toString()); break;
        case Column::Type::Number: item->setData(value.toInt(), Qt::EditRole); break;
        case Column::Type::Flag:
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
            break;
        case Column::Type::Choice: {
            const QString key = value.toString().isEmpty() && !column.choices.isEmpty() ? column.choices.first().first
                                                                                        : value.toString();
            item->setData(key, Qt::UserRole);
            item->setText(UiText::labelOf(column.choices, key));
            break;
        }
        }
        items.append(item);
    }
    m_model->appendRow(items);
}

int TableEditor::rowCount() const
{
    return m_model->rowCount();
}

QString TableEditor::text(int row, int column) const
{
    return m_model->item(row, column)->text().trimmed();
}

int TableEditor::number(int row, int column) const
{
    return m_model->item(row, column)->data(Qt::EditRole).toInt();
}

bool TableEditor::flag(int row, int column) const
{
    return m_model->item(row, column)->checkState() == Qt::Checked;
}

QString TableEditor::choice(int row, int column) const
{
    return m_model->item(row, column)->data(Qt::UserRole).toString();
}

void TableEditor::addEmptyRow()
{
    appendRow({});
    const QModelIndex first = m_model->index(m_model->rowCount() - 1, 0);
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(first);
}

void TableEditor::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRow(current.row());
}

} // namespace OneSeal
