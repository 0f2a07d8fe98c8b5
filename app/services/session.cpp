#include "session.h"

#include <QCoreApplication>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

} // namespace

Session Session::system()
{
    Session session;
    session.userId = QStringLiteral("system");
    session.username = QStringLiteral("system");
    session.displayName = QStringLiteral("system");
    session.roles = {Role::SystemAdmin, Role::SecurityAdmin};
    return session;
}

Status require(const Session& session, Permission permission)
{
    if (session.may(permission))
        return {};
    return makeError(QStringLiteral("auth.forbidden"),
                     Text::tr("%1 may not %2: none of their roles grants it.")
                         .arg(session.displayName.isEmpty() ? session.username : session.displayName,
                              Roles::permissionName(permission)));
}

} // namespace OneSeal
