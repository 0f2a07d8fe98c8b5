#pragma once

#include <QList>
#include <QString>

namespace OneSeal {

/// The roles of DOMAIN.md. A user may hold several; a site and section scope them.
enum class Role {
    Clerk,              ///< 窗口受理员
    Reviewer,           ///< 审查员
    Approver,           ///< 审批负责人
    SealKeeper,         ///< 用印员
    Supervisor,         ///< 监管人员
    EnforcementOfficer, ///< 执法人员
    HallManager,        ///< 政务服务大厅负责人: watches every section's and window's figures, decides nothing
    SystemAdmin,        ///< 系统管理员: accounts and configuration
    SecurityAdmin,      ///< 安全管理员: roles and keys
    AuditAdmin,         ///< 审计管理员: reads the audit log
};

/// What a service call may require. The first eight are business rights; the admin roles hold none of
/// them (三员分立), and no business role holds an admin right.
enum class Permission {
    TakeApplications,
    ReviewApplications,
    DecideApplications,
    ApplySeal,
    Supervise,
    Enforce,
    ViewDashboard,    ///< read the dashboard's figures: a section chief those of their own section
    ViewEverySection, ///< read them for every section and window of the hall, not just one's own
    ManageAccounts,      ///< create and edit accounts, reset passwords
    ManageConfiguration, ///< catalogue, sites, windows, sections, departments, calendar, settings
    AssignRoles,         ///< grant and withdraw roles, unlock accounts
    ManageKeys,          ///< seal keys and device credentials
    ReadAuditLog,
};

namespace Roles {

/// Every role, in the order the administration lists them.
const QList<Role>& all();
/// The stable key stored in the database and the journal ("clerk", "system_admin" …).
QString key(Role role);
/// The role for @p key, or false when there is none.
bool fromKey(const QString& key, Role* role);
/// The name shown to people, translated.
QString displayName(Role role);
bool isAdminRole(Role role);
bool isBusinessPermission(Permission permission);
bool grants(Role role, Permission permission);
bool anyGrants(const QList<Role>& roles, Permission permission);
/// The name of @p permission for error messages, translated.
QString permissionName(Permission permission);

} // namespace Roles
} // namespace OneSeal
