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
    void keysRoundTrip();
};

namespace {
const QList<Permission> kAllPermissions{
    Permission::TakeApplications, Permission::ReviewApplications,  Permission::DecideApplications,
    Permission::ApplySeal,        Permission::Supervise,           Permission::Enforce,
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

void TestRoles::keysRoundTrip()
{
    QCOMPARE(Roles::all().size(), 9);
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
