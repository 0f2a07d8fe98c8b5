#pragma once

#include "core/result.h"
#include "core/roles.h"
#include "session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace OneSeal {

class EventStore;

/// An account as the admin workspace lists it. Never carries the password hash.
struct UserAccount
{
    QString id;
    QString username;
    QString displayName;
    QList<Role> roles;
    QString siteId;
    QString sectionId;
    QString departmentId;
    QString windowId;
    bool active = true;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid when not locked
    QDateTime lastSignIn;
};

/// The editable part of an account.
struct UserProfile
{
    QString username;
    QString displayName;
    QString siteId;
    QString sectionId;
    QString departmentId;
    QString windowId;
    bool active = true;
};

/// Accounts, sign-in and roles. Five wrong passwords in a row lock an account for 15 minutes;
/// account management and role assignment are separate admin rights (三员分立).
class AccountService final
{
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;

    explicit AccountService(EventStore& store) : m_store(store) {}

    /// Signs @p username in. A wrong password counts towards the lock; the message never tells
    /// whether the user name exists.
    Result<Session> signIn(const QString& username, const QString& password);
    /// The session of @p username without a password, for the command line, whose operator holds the
    /// database file and acts for the named user; the journal records that user.
    Result<Session> sessionFor(const QString& username);
    /// Checks the password of the signed-in user again (the idle lock); failures count as at sign-in.
    Status confirmPassword(const Session& session, const QString& password);
    Status changePassword(Session& session, const QString& oldPassword, const QString& newPassword);

    /// Creates the first system administrator of an empty database; refused once any account exists.
    Result<QString> createFirstAdmin(const QString& username, const QString& displayName, const QString& password);

    Result<QString> createUser(const Session& actor, const UserProfile& profile, const QString& initialPassword,
                               bool mustChangePassword = true);
    Status updateUser(const Session& actor, const QString& userId, const UserProfile& profile);
    Status resetPassword(const Session& actor, const QString& userId, const QString& newPassword);
    Status setRoles(const Session& actor, const QString& userId, const QList<Role>& roles);
    Status unlock(const Session& actor, const QString& userId);

    Result<QList<UserAccount>> listUsers(const Session& actor);
    Result<UserAccount> user(const QString& userId);

    /// Whether @p password is strong enough: at least 8 characters of at least three kinds
    /// (lower case, upper case, digits, other); the message says what is missing.
    static Status checkPasswordPolicy(const QString& password);

private:
    Result<UserAccount> findByUsername(const QString& username);
    Status recordFailure(const UserAccount& account, const QDateTime& now);
    Status checkProfile(const UserProfile& profile, const QString& existingId);

    EventStore& m_store;
};

} // namespace OneSeal
