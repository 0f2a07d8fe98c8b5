#include "applicationsworkspace.h"

#include "fielderrors.h"
#include "filteredtable.h"
#include "services/services.h"
#include "ticketpanel.h"
#include "uitext.h"
#include "workspaceheader.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OneSeal {

ApplicationsWorkspace::ApplicationsWorkspace(Services& services, const Session& session, const Description& description,
                                             QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session), m_states(description.states),
      m_layout(new QVBoxLayout(this)), m_listPage(new QWidget(this)), m_counts(new QLabel(this)),
      m_error(FieldErrors::makeErrorLabel(this)),
      m_table(new FilteredTable(
          {tr("Case number"), tr("Item"), tr("Applicant"), tr("State"), tr("Received"), tr("Due date"), tr("Held by")},
          tr("Filter by case number, item, applicant or state"), this)),
      m_refreshAction(new QAction(tr("Refresh"), this))
{
    m_counts->setObjectName(QStringLiteral("stateCountsLabel"));
    m_counts->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("applicationsTable"));

    m_layout->addWidget(new WorkspaceHeader(description.title, description.purpose, description.status, this));
    // A clerk at a window calls the queue from whatever they are working on, so the panel sits above the work.
    if (session.may(Permission::TakeApplications) && !session.windowId.isEmpty()) {
        m_tickets = new TicketPanel(services, session, this);
        m_tickets->installShortcuts(this);
        m_layout->addWidget(m_tickets);
    }
    auto* list = new QVBoxLayout(m_listPage);
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(m_counts);
    list->addWidget(m_error);
    list->addWidget(m_table, 1);
    m_layout->addWidget(m_listPage, 1);
    setFocusProxy(m_table);

    // F5 belongs to the workspace, so that it refreshes the same whether the workspace stands alone (as its
    // tests open it) or sits in the main window, and its keys are all in one place. The main window
    // has a Refresh of its own for the places that are no workspace (the navigation, the dashboard, the
    // administration) and takes this key off (MainWindow::createWorkspaces): Qt gives a narrower shortcut
    // context no precedence, so two enabled shortcuts on one key in one window are ambiguous and neither fires.
    m_refreshAction->setObjectName(QStringLiteral("workspaceRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5)); // QKeySequence::Refresh is Ctrl+R on some desktops
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &ApplicationsWorkspace::refresh);
    addAction(m_refreshAction);
    refreshApplications();
}

ApplicationsWorkspace::~ApplicationsWorkspace() = default;

QString ApplicationsWorkspace::currentTicketId() const
{
    return m_tickets ? m_tickets->currentTicketId() : QString();
}

QTabWidget* ApplicationsWorkspace::addTool(QWidget* tool, const QString& title)
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_layout->removeWidget(m_listPage);
    tabs->addTab(tool, title);
    tabs->addTab(m_listPage, tr("Applications"));
    m_layout->addWidget(tabs, 1);
    setFocusProxy(tool);
    return tabs;
}

void ApplicationsWorkspace::refresh()
{
    refreshApplications();
}

void ApplicationsWorkspace::refreshApplications()
{
    m_error->hide();
    const auto list = m_services.applications().list(m_session, m_states);
    if (!list) {
        m_error->setText(list.error().message);
        m_error->show();
        m_table->setRows({});
        m_counts->clear();
        return;
    }
    QList<TableRow> rows;
    QMap<QString, int> counts;
    for (const ApplicationSummary& a : *list) {
        ++counts[a.state];
        rows.append({{a.caseNumber, a.itemName, a.applicantName, ApplicationState::displayName(a.state),
                      UiText::date(a.receivedOn), UiText::date(a.dueDate), a.siteName},
                     a.id,
                     {},
                     {},
                     false});
    }
    m_table->setRows(std::move(rows));
    QStringList parts;
    for (const QString& state : m_states)
        parts.append(tr("%1: %2").arg(ApplicationState::displayName(state)).arg(counts.value(state)));
    m_counts->setText(tr("Applications by state: %1").arg(parts.join(QStringLiteral("　"))));
}

} // namespace OneSeal
