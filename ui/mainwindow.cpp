#include "mainwindow.h"

#include "adminworkspace.h"
#include "applicationsworkspace.h"
#include "changepassworddialog.h"
#include "conflictsdialog.h"
#include "dashboard.h"
#include "db/database.h"
#include "deviceenroldialog.h"
#include "filteredtable.h"
#include "enforcementworkspace.h"
#include "idlewatcher.h"
#include "intakeworkspace.h"
#include "lockscreen.h"
#include "printcentreworkspace.h"
#include "reviewworkspace.h"
#include "services/services.h"
#include "settingsdialog.h"
#include "supervisionworkspace.h"
#include "sync/backgroundsync.h"
#include "sync/syncstate.h"
#include "syncstatuswidget.h"
#include "uilog.h"
#include "workspaceheader.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace OneSeal {

MainWindow::MainWindow(Services& services, Session session, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_session(std::move(session)), m_workspaces(workspacesFor(m_session)),
      m_stack(new QStackedWidget(this)), m_navigation(new QButtonGroup(this)), m_userLabel(new QLabel(this)),
      m_lockScreen(nullptr), m_idle(new IdleWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneSeal"));
    createWorkspaces();
    createMenus();
    m_databasePath = databasePath;
    createStatusBar(databasePath);
    startSync(databasePath);

    m_lockScreen = new LockScreen(this);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::tryUnlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_idle, &IdleWatcher::idleTimedOut, this, &MainWindow::lock);
    setIdleInterval(std::chrono::minutes(m_services.settings().idleLockMinutes()));
    m_idle->start();

    resize(1280, 800);
    if (!m_workspaces.isEmpty())
        showWorkspace(0);
}

MainWindow::~MainWindow() = default;

QList<Workspace> MainWindow::workspacesFor(const Session& session)
{
    QList<Workspace> list;
    if (session.may(Permission::TakeApplications))
        list.append(Workspace::Intake);
    if (session.may(Permission::ReviewApplications) || session.may(Permission::DecideApplications))
        list.append(Workspace::Review);
    if (session.may(Permission::ApplySeal))
        list.append(Workspace::PrintCentre);
    if (session.may(Permission::Supervise))
        list.append(Workspace::Supervision);
    if (session.may(Permission::Enforce))
        list.append(Workspace::Enforcement);
    // A section chief's dashboard sits beside their queue; the hall manager, who has no queue, gets it alone.
    if (session.may(Permission::ViewEverySection))
        list.append(Workspace::Dashboard);
    if (session.may(Permission::ManageAccounts) || session.may(Permission::ManageConfiguration) ||
        session.may(Permission::AssignRoles) || session.may(Permission::ManageKeys) ||
        session.may(Permission::ReadAuditLog))
        list.append(Workspace::Admin);
    return list;
}

QString MainWindow::workspaceName(Workspace workspace)
{
    // The mnemonics are distinct from each other and from the menus' (File, View, Help).
    switch (workspace) {
    case Workspace::Intake: return tr("&Intake");
    case Workspace::Review: return tr("&Review");
    case Workspace::PrintCentre: return tr("&Print centre");
    case Workspace::Supervision: return tr("&Supervision");
    case Workspace::Enforcement: return tr("&Enforcement");
    case Workspace::Admin: return tr("&Administration");
    case Workspace::Dashboard: return tr("&Dashboard");
    }
    return {};
}

void MainWindow::createWorkspaces()
{
    auto* navigation = new QFrame(this);
    navigation->setObjectName(QStringLiteral("navigation"));
    navigation->setFixedWidth(168);
    navigation->setStyleSheet(
        QStringLiteral("#navigation { background: #263238; }"
                       "#navigation QToolButton { color: #eceff1; border: none; padding: 10px 14px; text-align: left; }"
                       "#navigation QToolButton:hover { background: #37474f; }"
                       "#navigation QToolButton:checked { background: #1565c0; color: white; font-weight: bold; }"
                       "#navigation QToolButton:focus { outline: none; border-left: 3px solid #90caf9; }"));
    auto* navLayout = new QVBoxLayout(navigation);
    navLayout->setContentsMargins(0, 8, 0, 8);
    navLayout->setSpacing(2);

    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        const Workspace workspace = m_workspaces.at(i);
        QWidget* widget = nullptr;
        switch (workspace) {
        case Workspace::Intake: widget = new IntakeWorkspace(m_services, m_session, m_stack); break;
        case Workspace::Review: widget = new ReviewWorkspace(m_services, m_session, m_stack); break;
        case Workspace::PrintCentre: widget = new PrintCentreWorkspace(m_services, m_session, m_stack); break;
        case Workspace::Supervision: widget = new SupervisionWorkspace(m_services, m_session, m_stack); break;
        case Workspace::Enforcement: widget = new EnforcementWorkspace(m_services, m_session, m_stack); break;
        case Workspace::Dashboard: widget = createDashboardWorkspace(); break;
        case Workspace::Admin: {
            auto* admin = new AdminWorkspace(m_services, m_session, m_stack);
            connect(admin, &AdminWorkspace::idleLockMinutesChanged, this,
                    [this](int minutes) { setIdleInterval(std::chrono::minutes(minutes)); });
            widget = admin;
            break;
        }
        }
        // The window's Refresh (F5) reaches every workspace; the workspace's own key would make it ambiguous.
        if (auto* applications = qobject_cast<ApplicationsWorkspace*>(widget))
            applications->refreshAction()->setShortcuts({});
        m_stack->addWidget(widget);
        m_workspaceWidgets.append(widget);

        auto* button = new QToolButton(navigation);
        button->setObjectName(widget->objectName() + QStringLiteral("Button"));
        button->setText(workspaceName(workspace));
        button->setToolTip(tr("%1 (Ctrl+%2)").arg(QString(workspaceName(workspace)).remove(u'&')).arg(i + 1));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::TabFocus);
        m_navigation->addButton(button, int(i));
        navLayout->addWidget(button);
    }
    navLayout->addStretch(1);
    m_navigation->setExclusive(true);
    connect(m_navigation, &QButtonGroup::idClicked, this, &MainWindow::showWorkspace);

    if (m_workspaces.isEmpty()) {
        auto* none = new QLabel(tr("Your account has no role yet, so there is no workspace for you. Ask the "
                                   "security administrator to assign your roles, then sign in again."),
                                m_stack);
        none->setObjectName(QStringLiteral("noWorkspaceLabel"));
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(none);
    }

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigation);
    auto* stackFrame = new QWidget(central);
    auto* stackLayout = new QVBoxLayout(stackFrame);
    stackLayout->setContentsMargins(12, 10, 12, 6);
    stackLayout->addWidget(m_stack);
    layout->addWidget(stackFrame, 1);
    setCentralWidget(central);
}

QWidget* MainWindow::createDashboardWorkspace()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("dashboardWorkspace"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new WorkspaceHeader(
        tr("Hall dashboard"),
        tr("The figures of every section and every window of the hall: backlog, on-time rate, overdue cases and "
           "the days with the agency against the days with the applicant. Read only: cases are decided in the "
           "sections' queues."),
        QString(), page));
    auto* dashboard = new Dashboard(m_services, page);
    dashboard->setViewer(m_session);
    // Only a role that sees every section gets this workspace; should that change, fall back to the own one.
    const auto scope = ReportService::sectionScope(m_session);
    dashboard->setSectionScope(scope ? *scope : m_session.sectionId);
    layout->addWidget(dashboard, 1);
    return page;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    file->addSeparator();
    QAction* password = file->addAction(tr("Change &password..."), this, &MainWindow::openChangePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* settings = file->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    m_actions << lockAction << signOut << password << settings << quit;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (qsizetype i = 0; i < m_workspaces.size(); ++i) {
        const int index = int(i);
        QAction* action =
            view->addAction(workspaceName(m_workspaces.at(i)), this, [this, index] { showWorkspace(index); });
        action->setObjectName(m_workspaceWidgets.at(i)->objectName() + QStringLiteral("Action"));
        // Ctrl+1 … Ctrl+9: the workspaces in the order the navigation lists them.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_actions << action;
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrent);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5)); // not QKeySequence::Refresh, Ctrl+R on some desktops
    refresh->setStatusTip(tr("Read the current workspace again (F5)"));
    m_actions << refresh;
    view->addSeparator();
    QAction* conflicts = view->addAction(tr("Refused s&teps..."), this, &MainWindow::openConflicts);
    conflicts->setObjectName(QStringLiteral("conflictsAction"));
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QAction* syncNow = view->addAction(tr("Sync &now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    // F12, not F9: F5–F9 are the workspaces' (the review queue decides with F9, the window's queue has F2–F7).
    syncNow->setShortcut(QKeySequence(Qt::Key_F12));
    syncNow->setStatusTip(tr("Send this window's steps to the central store and fetch the other sites' now (F12)"));
    m_actions << conflicts << syncNow;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About OneSeal"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    m_actions << about;
}

void MainWindow::createStatusBar(const QString& databasePath)
{
    QString site;
    if (const auto sites = m_services.referenceData().list(QStringLiteral("site"))) {
        for (const QJsonObject& record : *sites) {
            if (record.value(u"id").toString() == m_session.siteId)
                site = record.value(u"name").toString();
        }
    }
    QStringList roles;
    for (Role role : m_session.roles)
        roles.append(Roles::displayName(role));
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_userLabel->setText(tr("%1 · %2 · %3")
                             .arg(m_session.displayName, roles.isEmpty() ? tr("no role") : roles.join(u'、'),
                                  site.isEmpty() ? tr("no site") : site));
    auto* database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("databaseStatusLabel"));
    database->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_userLabel, 1);
    m_syncStatus = new SyncStatusWidget(this);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::openConflicts);
    m_syncStatus->setEnrolAvailable(m_session.has(Role::SystemAdmin));
    connect(m_syncStatus, &SyncStatusWidget::enrolRequested, this, &MainWindow::openDeviceEnrolment);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(database);
}

void MainWindow::startSync(const QString& databasePath)
{
    Database& db = m_services.database();
    const QString server = SyncState::value(db, SyncState::kServerUrl);
    if (server.isEmpty())
        return;
    m_sync = new BackgroundSync(databasePath, db.deviceId(), QUrl(server), this);
    connect(m_sync, &BackgroundSync::snapshotChanged, m_syncStatus, &SyncStatusWidget::showSnapshot);
    // Other sites' steps just arrived: the applications list on screen reads them in (keeping its selection).
    // Only the list: a workspace's whole refresh() would also overwrite the message of the user's last step.
    connect(m_sync, &BackgroundSync::dataChanged, this, [this] {
        if (auto* applications = qobject_cast<ApplicationsWorkspace*>(m_stack->currentWidget()))
            applications->refreshApplications();
    });
    SyncSnapshot initial;
    const QString last = SyncState::value(db, SyncState::kLastSync);
    initial.lastSync = QDateTime::fromString(last, Qt::ISODateWithMs);
    if (const auto pending = SyncState::pendingCount(db))
        initial.pending = *pending;
    if (const auto conflicts = SyncState::openConflictCount(db))
        initial.conflicts = *conflicts;
    m_syncStatus->showSnapshot(initial);
    m_sync->start();
}

void MainWindow::openDeviceEnrolment()
{
    if (isLocked() || !m_session.has(Role::SystemAdmin))
        return;
    auto* dialog = new DeviceEnrolDialog(m_services.database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceEnrolDialog::deviceEnrolled, this, [this](const QUrl&, const QString& sessionToken) {
        // A new enrolment may name another server or replace a refused token: the sync starts afresh.
        delete m_sync;
        m_sync = nullptr;
        startSync(m_databasePath);
        if (m_sync && !sessionToken.isEmpty())
            m_sync->useSessionToken(sessionToken);
    });
    dialog->open();
}

void MainWindow::openConflicts()
{
    if (isLocked())
        return;
    auto* dialog = new ConflictsDialog(m_services, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictsDialog::caseRequested, this, &MainWindow::showCase);
    connect(dialog, &ConflictsDialog::conflictsChanged, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    dialog->open();
}

void MainWindow::showCase(const QString& caseNumber)
{
    for (qsizetype i = 0; i < m_workspaceWidgets.size(); ++i) {
        auto* applications = qobject_cast<ApplicationsWorkspace*>(m_workspaceWidgets.at(i));
        if (!applications)
            continue;
        showWorkspace(int(i));
        applications->refreshApplications();
        applications->table()->filterEdit()->setText(caseNumber);
        applications->table()->view()->setFocus();
        return;
    }
    statusBar()->showMessage(tr("None of your workspaces lists applications; the case is %1.").arg(caseNumber), 8000);
}

QWidget* MainWindow::workspaceWidget(Workspace workspace) const
{
    const qsizetype index = m_workspaces.indexOf(workspace);
    return index < 0 ? nullptr : m_workspaceWidgets.at(index);
}

Workspace MainWindow::currentWorkspace() const
{
    const qsizetype index = m_workspaceWidgets.indexOf(m_stack->currentWidget());
    return index < 0 ? Workspace::Intake : m_workspaces.at(index);
}

void MainWindow::showWorkspace(int index)
{
    if (index < 0 || index >= m_workspaceWidgets.size() || isLocked())
        return;
    m_stack->setCurrentIndex(index);
    if (QAbstractButton* button = m_navigation->button(index))
        button->setChecked(true);
    const QString name = QString(workspaceName(m_workspaces.at(index))).remove(u'&');
    setWindowTitle(tr("%1 - OneSeal").arg(name));
    // Switching by keyboard puts the cursor where work starts: the workspace's filter box.
    m_workspaceWidgets.at(index)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setWorkEnabled(bool enabled)
{
    // Disabled, not just covered: the keyboard must not reach the work behind the lock screen either.
    centralWidget()->setEnabled(enabled);
    menuBar()->setEnabled(enabled);
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    qCInfo(lcUi) << "screen locked for" << m_session.username;
    m_idle->stop();
    // A dialog left open would stay usable above the lock screen.
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    setWorkEnabled(false);
    m_lockScreen->lock(m_session.displayName);
}

bool MainWindow::isLocked() const
{
    return m_lockScreen && m_lockScreen->isVisible();
}

void MainWindow::tryUnlock(const QString& password)
{
    if (Status status = m_services.accounts().confirmPassword(m_session, password); !status) {
        m_lockScreen->showError(status.error().message);
        return;
    }
    qCInfo(lcUi) << "screen unlocked for" << m_session.username;
    m_lockScreen->unlock();
    setWorkEnabled(true);
    m_idle->start();
    if (QWidget* current = m_stack->currentWidget())
        current->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idle->setInterval(interval);
}

void MainWindow::refreshCurrent()
{
    // Each workspace knows what it shows: the print centre its queue and paper, the review its queue.
    QWidget* current = m_stack->currentWidget();
    if (auto* applications = qobject_cast<ApplicationsWorkspace*>(current))
        applications->refresh();
    else if (auto* admin = qobject_cast<AdminWorkspace*>(current))
        admin->refresh();
    else if (auto* dashboard = current ? current->findChild<Dashboard*>() : nullptr)
        dashboard->runReport();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_services.settings().idleLockMinutes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openChangePassword()
{
    auto* dialog = new ChangePasswordDialog(m_services.accounts(), m_session, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password was changed."), 5000); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About OneSeal"),
                                tr("<h3>OneSeal %1</h3><p>The counter-service system of the administrative "
                                   "approval bureau: one front desk takes every application in, one seal issues "
                                   "every licence, and results flow on to supervision and enforcement.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace OneSeal
