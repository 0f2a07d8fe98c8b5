#pragma once

#include <QWidget>

class QTabWidget;

namespace OneSeal {

class AuditPage;
class CalendarPage;
class CataloguePage;
class OrganisationPage;
class Services;
class SystemSettingsPage;
class UsersPage;
struct Session;

/// The administrators' workspace. Each tab belongs to one right, so the system, security and audit
/// administrators each see only their own part (三员分立).
class AdminWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminWorkspace)

public:
    AdminWorkspace(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    QTabWidget* tabs() const { return m_tabs; }
    CataloguePage* cataloguePage() const { return m_catalogue; }
    OrganisationPage* organisationPage() const { return m_organisation; }
    UsersPage* usersPage() const { return m_users; }
    CalendarPage* calendarPage() const { return m_calendar; }
    SystemSettingsPage* settingsPage() const { return m_settings; }
    AuditPage* auditPage() const { return m_audit; }

signals:
    void idleLockMinutesChanged(int minutes);

private:
    QTabWidget* m_tabs;
    CataloguePage* m_catalogue = nullptr;
    OrganisationPage* m_organisation = nullptr;
    UsersPage* m_users = nullptr;
    CalendarPage* m_calendar = nullptr;
    SystemSettingsPage* m_settings = nullptr;
    AuditPage* m_audit = nullptr;
};

} // namespace OneSeal
