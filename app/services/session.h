#pragma once

#include "core/result.h"
#include "core/roles.h"

#include <QList>
#include <QString>

namespace OneSeal {

/// Who is asking: the signed-in user with their roles and the site, section, department and window
/// they work for. Services check every call against it.
struct Session
{
    QString userId;
    QString username;
    QString displayName;
    QList<Role> roles;
    QString siteId;
    QString sectionId;
    QString departmentId;
    QString windowId;
    bool mustChangePassword = false;

    bool has(Role role) const { return roles.contains(role); }
    bool may(Permission permission) const { return Roles::anyGrants(roles, permission); }

    /// The session that set-up commands (init, demo-db, catalogue import from the command line by an
    /// operator with file access) act as: the system and security administrator, no business right.
    static Session system();
};

/// Fails with a message naming what the user may not do, unless the session holds @p permission.
Status require(const Session& session, Permission permission);

} // namespace OneSeal
