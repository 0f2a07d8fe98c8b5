#include "reviewworkspace.h"

#include "dashboard.h"
#include "reviewqueuemodel.h"
#include "services/applicationservice.h"
#include "services/services.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace OneSeal {

ReviewWorkspace::ReviewWorkspace(Services& services, const Session& session, QWidget* parent)
    : ApplicationsWorkspace(services, session, describe(), parent), m_services(services), m_session(session),
      m_model(new ReviewQueueModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewQueueModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column: case, item, applicant, step, holder
    QTabWidget* tabs = addTool(buildQueueTool(), tr("Section queue"));
    if (session.has(Role::Approver)) { // the section chief watches the figures beside the queue
        auto* dashboard = new Dashboard(services, tabs);
        tabs->addTab(dashboard, tr("Dashboard (Ctrl+Shift+D)"));
        auto* show = new QAction(this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        show->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(show, &QAction::triggered, dashboard, [tabs, dashboard] {
            tabs->setCurrentWidget(dashboard);
            dashboard->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(show);
    }
    refreshQueue();
}

ApplicationsWorkspace::Description ReviewWorkspace::describe()
{
    return {tr("Review and decision"),
            tr("Your section's queue, most urgent first, with each case's light: green, yellow when little time "
               "is left, red once the promised limit passed and overdue by law past the statutory limit. Claim a "
               "case, record the review opinion, and, as an approver, decide it."),
            tr("Keys: F6 claim, F7 release, F8 record the opinion, F9 decide; Ctrl+F filters. Special "
               "procedures, supplements, extensions and corrections are on the command line (onesealctl review) "
               "for now."),
            {ApplicationState::Accepted, ApplicationState::InReview, ApplicationState::Approved,
             ApplicationState::Denied}};
}

QWidget* ReviewWorkspace::buildQueueTool()
{
    auto* tool = new QWidget(this);
    tool->setObjectName(QStringLiteral("reviewQueueTool"));
    auto* layout = new QVBoxLayout(tool);

    m_filter = new QLineEdit(tool);
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setPlaceholderText(tr("Filter by case number, item, applicant, step or holder (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_filter);

    m_view = new QTableView(tool);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the opinion, as a form would
    m_view->verticalHeader()->hide();
    // Case numbers and lights are read whole; the item takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::ItemColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    m_text = new QPlainTextEdit(tool);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setPlaceholderText(tr("Opinion (review) or reasons (decision)"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    layout->addWidget(m_text);

    auto* buttons = new QHBoxLayout;
    m_outcome = new QComboBox(tool);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->addItem(tr("Grant (准予)"), true);
    m_outcome->addItem(tr("Refuse (不予)"), false);
    buttons->addWidget(m_outcome);
    const QList<std::tuple<QString, QString, QKeySequence, void (ReviewWorkspace::*)()>> steps{
        {QStringLiteral("claimButton"), tr("Claim (F6)"), QKeySequence(Qt::Key_F6), &ReviewWorkspace::claimCase},
        {QStringLiteral("releaseButton"), tr("Release (F7)"), QKeySequence(Qt::Key_F7), &ReviewWorkspace::releaseCase},
        {QStringLiteral("opinionButton"), tr("Record opinion (F8)"), QKeySequence(Qt::Key_F8),
         &ReviewWorkspace::recordOpinion},
        {QStringLiteral("decideButton"), tr("Decide (F9)"), QKeySequence(Qt::Key_F9), &ReviewWorkspace::decideCase},
        {QStringLiteral("refreshButton"), tr("Refresh (F5)"), QKeySequence(Qt::Key_F5), &ReviewWorkspace::refreshQueue},
    };
    for (const auto& [name, text, key, slot] : steps) {
        auto* button = new QPushButton(text, tool);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        // The keys work wherever the focus is inside the workspace.
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(tool);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    return tool;
}

QString ReviewWorkspace::currentCase() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReviewQueueModel::CaseNumberRole).toString() : QString();
}

void ReviewWorkspace::selectCase(const QString& caseNumber)
{
    const int row = m_model->rowOf(caseNumber);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ReviewQueueModel::CaseColumn));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ReviewWorkspace::refreshQueue()
{
    const QString selected = currentCase();
    const auto entries = m_services.review().queue(m_session.sectionId, m_services.clock().today());
    if (!entries) {
        m_model->setEntries({});
        showOutcome(entries.error().message, true);
        return;
    }
    m_model->setEntries(*entries);
    selectCase(selected);
    refresh(); // the applications tab beside the queue
}

void ReviewWorkspace::showOutcome(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

void ReviewWorkspace::claimCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    if (const Status status = m_services.review().claim(m_session, number); !status)
        return showOutcome(status.error().message, true);
    refreshQueue();
    selectCase(number);
    showOutcome(tr("You hold case %1 now; nobody else can change it until you release it.").arg(number), false);
    m_text->setFocus();
}

void ReviewWorkspace::releaseCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    if (const Status status = m_services.review().release(m_session, number); !status)
        return showOutcome(status.error().message, true);
    refreshQueue();
    selectCase(number);
    showOutcome(tr("Case %1 is back in the queue.").arg(number), false);
}

void ReviewWorkspace::recordOpinion()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    const bool grant = m_outcome->currentData().toBool();
    if (const Status status =
            m_services.review().recordOpinion(m_session, number, {m_text->toPlainText(), grant, false, {}});
        !status)
        return showOutcome(status.error().message, true);
    m_text->clear();
    refreshQueue();
    selectCase(number);
    showOutcome(tr("The opinion on case %1 is recorded; the case waits for an approver's decision.").arg(number), false);
    m_view->setFocus();
}

void ReviewWorkspace::decideCase()
{
    const QString number = currentCase();
    if (number.isEmpty())
        return showOutcome(tr("Choose a case in the queue first."), true);
    const bool grant = m_outcome->currentData().toBool();
    const auto document = m_services.review().decide(m_session, number, grant, m_text->toPlainText());
    if (!document)
        return showOutcome(document.error().message, true);
    const auto notice = m_services.intake().notice(*document);
    m_text->clear();
    refreshQueue();
    showOutcome((grant ? tr("Case %1 is granted (%2); it waits in the print centre.")
                       : tr("Case %1 is refused (%2); the decision states the reasons and the remedies."))
                    .arg(number, notice ? notice->documentNumber : QString()),
                false);
    m_view->setFocus();
}

bool ReviewWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the filter goes into the queue, as in every list of the client.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_view->setFocus();
        m_view->setCurrentIndex(m_proxy->index(0, ReviewQueueModel::CaseColumn));
        return true;
    }
    return ApplicationsWorkspace::eventFilter(watched, event);
}

} // namespace OneSeal
