#include "accountservice.h"

#include "core/textinput.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"
#include "security/passwordhasher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};

const QString kUserColumns = QStringLiteral(
    "id, username, display_name, site_id, section_id, department_id, window_id, active, must_change_password, "
    "failed_attempts, locked_until, last_sign_in");

QString nullable(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

QJsonValue optionalId(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonArray roleKeys(const QList<Role>& roles)
{
    QJsonArray keys;
    for (Role role : Roles::all()) {
        if (roles.contains(role))
            keys.append(Roles::key(role));
    }
    return keys;
}

/// The same words, and the same Argon2id work, whether the user name exists or not, so that nobody at a
/// counter can find out which names are accounts.
Error wrongCredentials()
{
    return makeError(QStringLiteral("auth.wrong_credentials"),
                     Text::tr("The user name or password is wrong. Check the keyboard layout and Caps Lock; after "
                              "%1 wrong passwords in a row an account locks for %2 minutes.")
                         .arg(AccountService::kMaxFailedAttempts)
                         .arg(AccountService::kLockMinutes),
                     QStringLiteral("password"));
}

Error wrongCredentialsAfterHashing(const QString& password)
{
    static const QString dummy = PasswordHasher::hash(QStringLiteral("no account has this password"));
    PasswordHasher::verify(dummy, password);
    return wrongCredentials();
}

Session sessionOf(const UserAccount& account)
{
    Session session;
    session.userId = account.id;
    session.username = account.username;
    session.displayName = account.displayName;
    session.roles = account.roles;
    session.siteId = account.siteId;
    session.sectionId = account.sectionId;
    session.departmentId = account.departmentId;
    session.windowId = account.windowId;
    session.mustChangePassword = account.mustChangePassword;
    return session;
}

Status requireAnyAdmin(const Session& actor)
{
    if (actor.may(Permission::ManageAccounts) || actor.may(Permission::AssignRoles) ||
        actor.may(Permission::ReadAuditLog))
        return {};
    return require(actor, Permission::ManageAccounts);
}

} // namespace

Status AccountService::checkPasswordPolicy(const QString& password)
{
    int kinds = 0;
    kinds += password.contains(QRegularExpression(QStringLiteral("[a-z]"))) ? 1 : 0;
    kinds += password.contains(QRegularExpression(QStringLiteral("[A-Z]"))) ? 1 : 0;
    kinds += password.contains(QRegularExpression(QStringLiteral("[0-9]"))) ? 1 : 0;
    kinds += password.contains(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]"))) ? 1 : 0;
    if (password.size() < 8 || kinds < 3)
        return makeError(QStringLiteral("auth.weak_password"),
                         Text::tr("The new password must have at least 8 characters and at least three of: "
                                  "lower-case letters, capital letters, digits, other characters."),
                         QStringLiteral("new_password"));
    return {};
}

Result<UserAccount> AccountService::user(const QString& userId)
{
    Database& db = m_store.database();
    auto q = db.query(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE id = ?"), {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("auth.no_user"), Text::tr("There is no account with the id %1.").arg(userId));
    UserAccount a;
    a.id = q->value(0).toString();
    a.username = q->value(1).toString();
    a.displayName = q->value(2).toString();
    a.siteId = nullable(q->value(3));
    a.sectionId = nullable(q->value(4));
    a.departmentId = nullable(q->value(5));
    a.windowId = nullable(q->value(6));
    a.active = q->value(7).toBool();
    a.mustChangePassword = q->value(8).toBool();
    a.failedAttempts = q->value(9).toInt();
    a.lockedUntil = QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs);
    a.lastSignIn = QDateTime::fromString(q->value(11).toString(), Qt::ISODateWithMs);
    auto roles = db.query(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {userId});
    if (!roles)
        return roles.error();
    while (roles->next()) {
        Role role;
        if (Roles::fromKey(roles->value(0).toString(), &role))
            a.roles.append(role);
    }
    return a;
}

Result<UserAccount> AccountService::findByUsername(const QString& username)
{
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("auth.no_user"), QString());
    return user(q->value(0).toString());
}

Status AccountService::recordFailure(const UserAccount& account, const QDateTime& now)
{
    const int failures = account.failedAttempts + 1;
    const bool lock = failures >= kMaxFailedAttempts;
    Session actor;
    actor.userId = account.id;
    actor.siteId = account.siteId;
    const auto event = m_store.record(
        actor, QStringLiteral("user.signin_failed"), QStringLiteral("user"), account.id,
        {{QStringLiteral("failed_attempts"), lock ? 0 : failures},
         {QStringLiteral("locked_until"), lock ? formatEventTime(now.addSecs(kLockMinutes * 60)) : QString()}});
    if (!event)
        return event.error();
    if (lock)
        return makeError(QStringLiteral("auth.locked"),
                         Text::tr("The password was wrong %1 times in a row; the account is locked for %2 minutes.")
                             .arg(kMaxFailedAttempts)
                             .arg(kLockMinutes),
                         QStringLiteral("password"));
    return wrongCredentials();
}

Result<Session> AccountService::signIn(const QString& username, const QString& password)
{
    const QDateTime now = m_store.clock().nowUtc();
    const auto account = findByUsername(username.trimmed());
    if (!account && account.error().code != u"auth.no_user")
        return account.error();
    if (!account || !account->active)
        return wrongCredentialsAfterHashing(password);
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        const qint64 minutes = (now.secsTo(account->lockedUntil) + 59) / 60;
        return makeError(QStringLiteral("auth.locked"),
                         Text::tr("This account is locked after repeated wrong passwords; try again in %n "
                                  "minute(s) or ask an administrator to unlock it.",
                                  nullptr, int(minutes)),
                         QStringLiteral("username"));
    }
    auto stored =
        m_store.database().query(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {account->id});
    if (!stored)
        return stored.error();
    stored->next();
    if (!PasswordHasher::verify(stored->value(0).toString(), password))
        return recordFailure(*account, now).error();

    const Session session = sessionOf(*account);
    const auto event = m_store.record(session, QStringLiteral("user.signed_in"), QStringLiteral("user"), account->id,
                                      {{QStringLiteral("failed_attempts"), 0},
                                       {QStringLiteral("locked_until"), QString()},
                                       {QStringLiteral("last_sign_in"), formatEventTime(now)}});
    if (!event)
        return event.error();
    return session;
}

Result<Session> AccountService::sessionFor(const QString& username)
{
    const auto account = findByUsername(username.trimmed());
    if (!account || !account->active)
        return makeError(QStringLiteral("auth.no_user"), Text::tr("There is no active account %1.").arg(username),
                         QStringLiteral("username"));
    return sessionOf(*account);
}

Status AccountService::confirmPassword(const Session& session, const QString& password)
{
    const auto account = user(session.userId);
    if (!account)
        return account.error();
    auto signedIn = signIn(account->username, password);
    return signedIn ? Status() : Status(signedIn.error());
}

Status AccountService::changePassword(Session& session, const QString& oldPassword, const QString& newPassword)
{
    auto stored =
        m_store.database().query(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {session.userId});
    if (!stored)
        return stored.error();
    if (!stored->next() || !PasswordHasher::verify(stored->value(0).toString(), oldPassword))
        return makeError(QStringLiteral("auth.wrong_password"), Text::tr("The current password is wrong."),
                         QStringLiteral("old_password"));
    if (Status policy = checkPasswordPolicy(newPassword); !policy)
        return policy;
    if (newPassword == oldPassword)
        return makeError(QStringLiteral("auth.same_password"),
                         Text::tr("The new password must differ from the current one."),
                         QStringLiteral("new_password"));
    const auto event =
        m_store.record(session, QStringLiteral("user.password_set"), QStringLiteral("user"), session.userId,
                       {{QStringLiteral("password_hash"), PasswordHasher::hash(newPassword)},
                        {QStringLiteral("must_change_password"), false}});
    if (!event)
        return event.error();
    session.mustChangePassword = false;
    return {};
}

Status AccountService::checkProfile(const UserProfile& profile, const QString& existingId)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!usernamePattern.match(profile.username).hasMatch())
        return makeError(QStringLiteral("input.username"),
                         Text::tr("The user name must be 3-32 lower-case letters, digits, dots, hyphens or "
                                  "underscores, starting with a letter."),
                         QStringLiteral("username"));
    if (auto name = checkText(profile.displayName, Text::tr("Name"), 40); !name)
        return Error{name.error().code, name.error().message, QStringLiteral("display_name")};
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM users WHERE username = ? AND id <> ?"),
                                      {profile.username, existingId});
    if (!q)
        return q.error();
    if (q->next())
        return makeError(QStringLiteral("input.username_taken"),
                         Text::tr("The user name %1 is taken; choose another.").arg(profile.username),
                         QStringLiteral("username"));
    return {};
}

Result<QString> AccountService::createFirstAdmin(const QString& username, const QString& displayName,
                                                 const QString& password)
{
    auto q = m_store.database().query(QStringLiteral("SELECT count(*) FROM users"));
    if (!q)
        return q.error();
    q->next();
    if (q->value(0).toInt() > 0)
        return makeError(QStringLiteral("auth.not_empty"), Text::tr("This database has accounts already."));
    UserProfile profile;
    profile.username = username;
    profile.displayName = displayName;
    const auto id = createUser(Session::system(), profile, password, true);
    if (!id)
        return id;
    if (Status roles = setRoles(Session::system(), *id, {Role::SystemAdmin}); !roles)
        return roles.error();
    return id;
}

Result<QString> AccountService::createUser(const Session& actor, const UserProfile& profile,
                                           const QString& initialPassword, bool mustChangePassword)
{
    if (Status allowed = require(actor, Permission::ManageAccounts); !allowed)
        return allowed.error();
    if (Status valid = checkProfile(profile, QString()); !valid)
        return valid.error();
    if (Status policy = checkPasswordPolicy(initialPassword); !policy)
        return Error{policy.error().code, policy.error().message, QStringLiteral("password")};
    const QString id = makeUuid7(m_store.clock().nowUtc());
    const auto event =
        m_store.record(actor, QStringLiteral("user.created"), QStringLiteral("user"), id,
                       {{QStringLiteral("username"), profile.username},
                        {QStringLiteral("display_name"), checkText(profile.displayName, QString(), 40).value()},
                        {QStringLiteral("password_hash"), PasswordHasher::hash(initialPassword)},
                        {QStringLiteral("must_change_password"), mustChangePassword},
                        {QStringLiteral("site_id"), optionalId(profile.siteId)},
                        {QStringLiteral("section_id"), optionalId(profile.sectionId)},
                        {QStringLiteral("department_id"), optionalId(profile.departmentId)},
                        {QStringLiteral("window_id"), optionalId(profile.windowId)},
                        {QStringLiteral("active"), profile.active},
                        {QStringLiteral("roles"), QJsonArray()}});
    if (!event)
        return event.error();
    return id;
}

Status AccountService::updateUser(const Session& actor, const QString& userId, const UserProfile& profile)
{
    if (Status allowed = require(actor, Permission::ManageAccounts); !allowed)
        return allowed;
    if (Status valid = checkProfile(profile, userId); !valid)
        return valid;
    if (userId == actor.userId && !profile.active)
        return makeError(QStringLiteral("auth.self_disable"), Text::tr("You cannot disable your own account."),
                         QStringLiteral("active"));
    const auto event = m_store.record(actor, QStringLiteral("user.updated"), QStringLiteral("user"), userId,
                                      {{QStringLiteral("username"), profile.username},
                                       {QStringLiteral("display_name"), profile.displayName.trimmed()},
                                       {QStringLiteral("site_id"), optionalId(profile.siteId)},
                                       {QStringLiteral("section_id"), optionalId(profile.sectionId)},
                                       {QStringLiteral("department_id"), optionalId(profile.departmentId)},
                                       {QStringLiteral("window_id"), optionalId(profile.windowId)},
                                       {QStringLiteral("active"), profile.active}});
    return event ? Status() : Status(event.error());
}

Status AccountService::resetPassword(const Session& actor, const QString& userId, const QString& newPassword)
{
    if (Status allowed = require(actor, Permission::ManageAccounts); !allowed)
        return allowed;
    if (Status policy = checkPasswordPolicy(newPassword); !policy)
        return policy;
    const auto event = m_store.record(actor, QStringLiteral("user.password_set"), QStringLiteral("user"), userId,
                                      {{QStringLiteral("password_hash"), PasswordHasher::hash(newPassword)},
                                       {QStringLiteral("must_change_password"), true},
                                       {QStringLiteral("failed_attempts"), 0},
                                       {QStringLiteral("locked_until"), QString()}});
    return event ? Status() : Status(event.error());
}

Status AccountService::setRoles(const Session& actor, const QString& userId, const QList<Role>& roles)
{
    if (Status allowed = require(actor, Permission::AssignRoles); !allowed)
        return allowed;
    if (userId == actor.userId)
        return makeError(QStringLiteral("auth.self_roles"),
                         Text::tr("You cannot change your own roles; another security administrator must."));
    bool admin = false;
    bool business = false;
    for (Role role : roles)
        (Roles::isAdminRole(role) ? admin : business) = true;
    if (admin && business)
        return makeError(QStringLiteral("auth.mixed_roles"),
                         Text::tr("An administrator role cannot be combined with a business role; create a "
                                  "separate account."),
                         QStringLiteral("roles"));
    int adminRoles = 0;
    for (Role role : roles)
        adminRoles += Roles::isAdminRole(role) ? 1 : 0;
    if (adminRoles > 1)
        return makeError(QStringLiteral("auth.mixed_roles"),
                         Text::tr("The system, security and audit administrator roles must be held by three "
                                  "different accounts."),
                         QStringLiteral("roles"));
    const auto event = m_store.record(actor, QStringLiteral("user.roles_set"), QStringLiteral("user"), userId,
                                      {{QStringLiteral("roles"), roleKeys(roles)}});
    return event ? Status() : Status(event.error());
}

Status AccountService::unlock(const Session& actor, const QString& userId)
{
    if (!actor.may(Permission::AssignRoles))
        if (Status allowed = require(actor, Permission::ManageAccounts); !allowed)
            return allowed;
    const auto event =
        m_store.record(actor, QStringLiteral("user.unlocked"), QStringLiteral("user"), userId,
                       {{QStringLiteral("failed_attempts"), 0}, {QStringLiteral("locked_until"), QString()}});
    return event ? Status() : Status(event.error());
}

Result<QList<UserAccount>> AccountService::listUsers(const Session& actor)
{
    if (Status allowed = requireAnyAdmin(actor); !allowed)
        return allowed.error();
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM users ORDER BY username"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    QList<UserAccount> accounts;
    for (const QString& id : ids) {
        auto account = user(id);
        if (!account)
            return account.error();
        accounts.append(*account);
    }
    return accounts;
}

} // namespace OneSeal
