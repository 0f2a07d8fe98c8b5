#include "importproblemsdialog.h"

#include "rowtablemodel.h"
#include "uitext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace OneSeal {

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName, const QList<CatalogueProblem>& problems,
                                           QWidget* parent)
    : QDialog(parent), m_model(new RowTableModel({tr("Row"), tr("Text line"), tr("Field"), tr("Problem")}, this))
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    setWindowTitle(tr("Import refused"));
    auto* intro = new QLabel(tr("Nothing was imported from %1: it has %n problem(s). Correct them all and import "
                                "the file again.",
                                nullptr, int(problems.size()))
                                 .arg(fileName),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    QList<TableRow> rows;
    auto number = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    for (const CatalogueProblem& problem : problems)
        rows.append(
            {{number(problem.row), number(problem.line), UiText::catalogueField(problem.field), problem.message},
             {},
             {},
             {problem.row, problem.line},
             false});
    m_model->setRows(std::move(rows));
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("problemsView"));
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    view->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

} // namespace OneSeal
