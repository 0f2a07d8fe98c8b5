#include "roles.h"

#include <QCoreApplication>

namespace OneSeal::Roles {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
};

} // namespace

const QList<Role>& all()
{
    static const QList<Role> roles{Role::Clerk,       Role::Reviewer,           Role::Approver,
                                   Role::SealKeeper,  Role::Supervisor,         Role::EnforcementOfficer,
                                   Role::HallManager, Role::SystemAdmin,        Role::SecurityAdmin,
                                   Role::AuditAdmin};
    return roles;
}

QString key(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::Approver: return QStringLiteral("approver");
    case Role::SealKeeper: return QStringLiteral("seal_keeper");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::EnforcementOfficer: return QStringLiteral("enforcement_officer");
    case Role::HallManager: return QStringLiteral("hall_manager");
    case Role::SystemAdmin: return QStringLiteral("system_admin");
    case Role::SecurityAdmin: return QStringLiteral("security_admin");
    case Role::AuditAdmin: return QStringLiteral("audit_admin");
    }
    return {};
}

bool fromKey(const QString& text, Role* role)
{
    for (Role candidate : all()) {
        if (key(candidate) == text) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Clerk: return Text::tr("Counter clerk");
    case Role::Reviewer: return Text::tr("Reviewer");
    case Role::Approver: return Text::tr("Approver");
    case Role::SealKeeper: return Text::tr("Seal keeper");
    case Role::Supervisor: return Text::tr("Supervisor");
    case Role::EnforcementOfficer: return Text::tr("Enforcement officer");
    case Role::HallManager: return Text::tr("Hall manager");
    case Role::SystemAdmin: return Text::tr("System administrator");
    case Role::SecurityAdmin: return Text::tr("Security administrator");
    case Role::AuditAdmin: return Text::tr("Audit administrator");
    }
    return {};
}

bool isAdminRole(Role role)
{
    return role == Role::SystemAdmin || role == Role::SecurityAdmin || role == Role::AuditAdmin;
}

bool isBusinessPermission(Permission permission)
{
    switch (permission) {
    case Permission::TakeApplications:
    case Permission::ReviewApplications:
    case Permission::DecideApplications:
    case Permission::ApplySeal:
    case Permission::Supervise:
    case Permission::Enforce:
    case Permission::ViewDashboard:
    case Permission::ViewEverySection: return true;
    default: return false;
    }
}

bool grants(Role role, Permission permission)
{
    switch (role) {
    case Role::Clerk: return permission == Permission::TakeApplications;
    case Role::Reviewer: return permission == Permission::ReviewApplications;
    // The section chief watches their own section's figures beside the queue.
    case Role::Approver: return permission == Permission::DecideApplications || permission == Permission::ViewDashboard;
    case Role::SealKeeper: return permission == Permission::ApplySeal;
    case Role::Supervisor: return permission == Permission::Supervise;
    case Role::EnforcementOfficer: return permission == Permission::Enforce;
    // Oversight only: the hall manager reads every section's figures but decides and seals nothing, so
    // the checks of those who do stay independent of the one who judges their figures.
    case Role::HallManager:
        return permission == Permission::ViewDashboard || permission == Permission::ViewEverySection;
    case Role::SystemAdmin:
        return permission == Permission::ManageAccounts || permission == Permission::ManageConfiguration;
    case Role::SecurityAdmin: return permission == Permission::AssignRoles || permission == Permission::ManageKeys;
    case Role::AuditAdmin: return permission == Permission::ReadAuditLog;
    }
    return false;
}

bool anyGrants(const QList<Role>& roles, Permission permission)
{
    for (Role role : roles) {
        if (grants(role, permission))
            return true;
    }
    return false;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::TakeApplications: return Text::tr("take in applications");
    case Permission::ReviewApplications: return Text::tr("review applications");
    case Permission::DecideApplications: return Text::tr("decide applications");
    case Permission::ApplySeal: return Text::tr("apply a seal");
    case Permission::Supervise: return Text::tr("record supervision");
    case Permission::Enforce: return Text::tr("record enforcement");
    case Permission::ViewDashboard: return Text::tr("see the dashboard");
    case Permission::ViewEverySection: return Text::tr("see every section's figures");
    case Permission::ManageAccounts: return Text::tr("manage accounts");
    case Permission::ManageConfiguration: return Text::tr("change the configuration");
    case Permission::AssignRoles: return Text::tr("assign roles");
    case Permission::ManageKeys: return Text::tr("manage keys");
    case Permission::ReadAuditLog: return Text::tr("read the audit log");
    }
    return {};
}

} // namespace OneSeal::Roles
