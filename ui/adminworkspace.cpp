#include "adminworkspace.h"

#include "auditpage.h"
#include "calendarpage.h"
#include "cataloguepage.h"
#include "organisationpage.h"
#include "services/session.h"
#include "systemsettingspage.h"
#include "userspage.h"
#include "workspaceheader.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OneSeal {

AdminWorkspace::AdminWorkspace(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("adminWorkspace"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));

    QStringList duties;
    if (session.may(Permission::ManageConfiguration)) {
        m_catalogue = new CataloguePage(services, session, m_tabs);
        m_tabs->addTab(m_catalogue, tr("Catalogue"));
        m_organisation = new OrganisationPage(services, session, m_tabs);
        m_tabs->addTab(m_organisation, tr("Organisation"));
        duties.append(tr("the item catalogue, the organisation, the calendar and the settings"));
    }
    if (session.may(Permission::ManageAccounts) || session.may(Permission::AssignRoles)) {
        m_users = new UsersPage(services, session, m_tabs);
        m_tabs->addTab(m_users, tr("Users"));
        if (session.may(Permission::ManageAccounts))
            duties.append(tr("accounts and passwords"));
        if (session.may(Permission::AssignRoles))
            duties.append(tr("roles and account unlocking"));
    }
    if (session.may(Permission::ManageConfiguration)) {
        m_calendar = new CalendarPage(services, session, m_tabs);
        m_tabs->addTab(m_calendar, tr("Calendar"));
        m_settings = new SystemSettingsPage(services, session, m_tabs);
        m_tabs->addTab(m_settings, tr("Settings"));
        connect(m_settings, &SystemSettingsPage::idleLockMinutesChanged, this, &AdminWorkspace::idleLockMinutesChanged);
    }
    if (session.may(Permission::ManageKeys)) {
        auto* keys = new QWidget(m_tabs);
        keys->setObjectName(QStringLiteral("keysPage"));
        auto* text = new QLabel(tr("Managing the seals' signing keys and the devices' credentials is still being "
                                   "built. It will generate and rotate each seal's key pair, keep the private "
                                   "keys in the system keychain, enrol and withdraw counter computers, and show "
                                   "the public keys that licences are verified against. Nothing here works yet."),
                                keys);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto* keysLayout = new QVBoxLayout(keys);
        keysLayout->addWidget(text);
        keysLayout->addStretch(1);
        m_tabs->addTab(keys, tr("Keys"));
        duties.append(tr("keys"));
    }
    if (session.may(Permission::ReadAuditLog)) {
        m_audit = new AuditPage(services, session, m_tabs);
        m_tabs->addTab(m_audit, tr("Audit log"));
        duties.append(tr("reading and verifying the audit log"));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new WorkspaceHeader(
        tr("Administration"),
        tr("Your part of the administration: %1. Administrators hold no business right, and business staff no "
           "administrator right.")
            .arg(duties.join(tr("; "))),
        QString(), this));
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);
}

void AdminWorkspace::refresh()
{
    QWidget* page = m_tabs->currentWidget();
    if (page == m_catalogue)
        m_catalogue->refresh();
    else if (page == m_organisation)
        m_organisation->refresh();
    else if (page == m_users)
        m_users->refresh();
    else if (page == m_calendar)
        m_calendar->refresh();
    else if (page == m_settings)
        m_settings->refresh();
    else if (page == m_audit)
        m_audit->refresh();
}

} // namespace OneSeal
