#pragma once

#include "services/session.h"

#include <QList>
#include <QMainWindow>
#include <chrono>

class QAction;
class QButtonGroup;
class QLabel;
class QStackedWidget;

namespace OneSeal {

class BackgroundSync;
class IdleWatcher;
class SyncStatusWidget;
class LockScreen;
class Services;

/// The workspaces of the client, one per kind of work; which ones a user gets follows their roles.
enum class Workspace { Intake, Review, PrintCentre, Supervision, Enforcement, Admin, Dashboard };

/// The client's window after sign-in: the workspaces the user's roles allow on the left (Ctrl+1 …
/// and a mnemonic each), the current one on the right, who and where in the status bar. F5 refreshes the
/// current workspace (ApplicationsWorkspace::refresh()), F12 syncs now. It locks itself after the idle time
/// the administrator set.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Services& services, Session session, const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The workspaces @p session may use, in menu order.
    static QList<Workspace> workspacesFor(const Session& session);
    static QString workspaceName(Workspace workspace);

    const Session& session() const { return m_session; }
    const QList<Workspace>& workspaces() const { return m_workspaces; }
    QWidget* workspaceWidget(Workspace workspace) const;
    Workspace currentWorkspace() const;
    void showWorkspace(int index);

    void lock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    /// The idle time; the administrator's setting in minutes, or shorter in tests.
    void setIdleInterval(std::chrono::milliseconds interval);

    /// The background sync; null when the database is not enrolled with a central store.
    BackgroundSync* backgroundSync() const { return m_sync; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    /// The list of this window's steps that the central store refused.
    void openConflicts();
    /// Enrolling this device with the central store (system administrator); the sync starts after it.
    void openDeviceEnrolment();
    /// Shows @p caseNumber in the first workspace that lists applications.
    void showCase(const QString& caseNumber);

    void openSettings();
    void openChangePassword();

signals:
    /// The user chose to sign out (menu or lock screen); the window is done.
    void signOutRequested();

private:
    void createWorkspaces();
    QWidget* createDashboardWorkspace();
    void createMenus();
    void createStatusBar(const QString& databasePath);
    void startSync(const QString& databasePath);
    void tryUnlock(const QString& password);
    void refreshCurrent();
    void showAbout();
    void setWorkEnabled(bool enabled);

    Services& m_services;
    Session m_session;
    QList<Workspace> m_workspaces;
    QList<QWidget*> m_workspaceWidgets;
    QList<QAction*> m_actions;
    QStackedWidget* m_stack;
    QButtonGroup* m_navigation;
    QLabel* m_userLabel;
    LockScreen* m_lockScreen;
    IdleWatcher* m_idle;
    SyncStatusWidget* m_syncStatus = nullptr;
    BackgroundSync* m_sync = nullptr;
    QString m_databasePath;
};

} // namespace OneSeal
