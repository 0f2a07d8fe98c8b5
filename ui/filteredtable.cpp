#include "filteredtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace OneSeal {

FilteredTable::FilteredTable(const QStringList& headers, const QString& filterPlaceholder, QWidget* parent)
    : QWidget(parent), m_model(new RowTableModel(headers, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this)), m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RowTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RowTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &FilteredTable::updateCount);

    m_view->setModel(m_proxy);
    // No column sorted at first: the services give the order people expect (newest first, by code).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit rowActivated(index.data(RowTableModel::KeyRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit currentKeyChanged(current.data(RowTableModel::KeyRole).toString());
            });

    m_count->setObjectName(QStringLiteral("rowCountLabel"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_filter);
    updateCount();
}

void FilteredTable::setRows(QList<TableRow> rows)
{
    const QString selected = currentKey();
    m_model->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
    // Long texts (item names, descriptions) would push the other columns out of sight.
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 360));
    selectKey(selected);
    updateCount();
}

QString FilteredTable::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return {};
    return current.data(RowTableModel::KeyRole).toString();
}

void FilteredTable::selectKey(const QString& key)
{
    if (key.isEmpty())
        return;
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

bool FilteredTable::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the filter box goes to the first row, so a clerk can type, then pick, never touching the mouse.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::ShortcutFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilteredTable::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n row(s)", nullptr, total) : tr("%1 of %2 rows").arg(shown).arg(total));
}

} // namespace OneSeal
