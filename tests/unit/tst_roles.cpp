#include "core/roles.h"

#include <QTest>

using namespace OneSeal;

class TestRoles final : public QObject
{
    Q_OBJECT

private slots:
    void adminRolesHoldNoBusinessRight();
    void businessRolesHoldNoAdminRight();
    void eachBusinessRightHasItsRole();
    void hallManagerWatchesButDecidesNothing();
    void keysRoundTrip();
};

namespace {
const QList<Permission> kAllPermissions{
    Permission::TakeApplications, Permission::ReviewApplications,  Permission::DecideApplications,
    Permission::ApplySeal,        Permission::Supervise,           Permission::Enforce,
    Permission::ViewDashboard,    Permission::ViewEverySection,
    Permission::ManageAccounts,   Permission::ManageConfiguration, Permission::AssignRoles,
    Permission::ManageKeys,       Permission::ReadAuditLog};
}

void TestRoles::adminRolesHoldNoBusinessRight()
{
    for (Role role : {Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin}) {
        QVERIFY(Roles::isAdminRole(role));
        for (Permission permission : kAllPermissions) {
            if (Roles::isBusinessPermission(permission))
                QVERIFY2(!Roles::grants(role, permission), qPrintable(Roles::key(role)));
        }
    }
    // 三员分立: the three admins share no right either.
    for (Permission permission : kAllPermissions) {
        int holders = 0;
        for (Role role : {Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin})
            holders += Roles::grants(role, permission) ? 1 : 0;
        QVERIFY(holders <= 1);
    }
}

void TestRoles::businessRolesHoldNoAdminRight()
{
    for (Role role : Roles::all()) {
        if (Roles::isAdminRole(role))
            continue;
        for (Permission permission : kAllPermissions) {
            if (!Roles::isBusinessPermission(permission))
                QVERIFY2(!Roles::grants(role, permission), qPrintable(Roles::key(role)));
        }
    }
}

void TestRoles::eachBusinessRightHasItsRole()
{
    QVERIFY(Roles::grants(Role::Clerk, Permission::TakeApplications));
    QVERIFY(!Roles::grants(Role::Clerk, Permission::DecideApplications));
    QVERIFY(Roles::grants(Role::Approver, Permission::DecideApplications));
    QVERIFY(!Roles::grants(Role::Reviewer, Permission::DecideApplications));
    QVERIFY(Roles::grants(Role::SealKeeper, Permission::ApplySeal));
    QVERIFY(Roles::anyGrants({Role::Reviewer, Role::Approver}, Permission::DecideApplications));
}

void TestRoles::hallManagerWatchesButDecidesNothing()
{
    // 政务服务大厅负责人: the figures of every section and window, and no step of any case.
    QVERIFY(!Roles::isAdminRole(Role::HallManager));
    QCOMPARE(Roles::key(Role::HallManager), QStringLiteral("hall_manager"));
    QVERIFY(Roles::grants(Role::HallManager, Permission::ViewDashboard));
    QVERIFY(Roles::grants(Role::HallManager, Permission::ViewEverySection));
    for (Permission permission : {Permission::TakeApplications, Permission::ReviewApplications,
                                  Permission::DecideApplications, Permission::ApplySeal, Permission::Supervise,
                                  Permission::Enforce})
        QVERIFY(!Roles::grants(Role::HallManager, permission));
    // The section chief keeps the dashboard, over their own section only.
    QVERIFY(Roles::grants(Role::Approver, Permission::ViewDashboard));
    QVERIFY(!Roles::grants(Role::Approver, Permission::ViewEverySection));
    // Nobody else sees the figures: not the counter, the reviewers, the seal keepers, nor the administrators.
    for (Role role : Roles::all()) {
        if (role != Role::HallManager && role != Role::Approver)
            QVERIFY2(!Roles::grants(role, Permission::ViewDashboard), qPrintable(Roles::key(role)));
        if (role != Role::HallManager)
            QVERIFY2(!Roles::grants(role, Permission::ViewEverySection), qPrintable(Roles::key(role)));
    }
    QVERIFY(Roles::isBusinessPermission(Permission::ViewDashboard));
    QVERIFY(Roles::isBusinessPermission(Permission::ViewEverySection));
}

void TestRoles::keysRoundTrip()
{
    QCOMPARE(Roles::all().size(), 10);
    for (Role role : Roles::all()) {
        Role parsed;
        QVERIFY(Roles::fromKey(Roles::key(role), &parsed));
        QCOMPARE(parsed, role);
        QVERIFY(!Roles::displayName(role).isEmpty());
    }
    Role unused;
    QVERIFY(!Roles::fromKey(QStringLiteral("root"), &unused));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
