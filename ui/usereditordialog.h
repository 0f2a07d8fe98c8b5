#pragma once

#include "services/accountservice.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace OneSeal {

class FieldErrors;
class Services;

/// Creates an account (with a first password the user must change) or edits one's profile: user
/// name, name, and the site, section, department and window the person works for. Roles are the
/// security administrator's and are set elsewhere.
class UserEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserEditorDialog)

public:
    /// @p account is null for a new account.
    UserEditorDialog(Services& services, const Session& session, const UserAccount* account, QWidget* parent = nullptr);
    ~UserEditorDialog() override;

    const QString& savedId() const { return m_id; }

private:
    void save();

    Services& m_services;
    const Session& m_session;
    QString m_id;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_site;
    QComboBox* m_section;
    QComboBox* m_department;
    QComboBox* m_window;
    QCheckBox* m_active;
    QLineEdit* m_password = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

/// Sets a new password for someone who forgot theirs; they must change it at their next sign-in.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)

public:
    ResetPasswordDialog(AccountService& accounts, const Session& session, const UserAccount& account,
                        QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

private:
    void reset();

    AccountService& m_accounts;
    const Session& m_session;
    QString m_userId;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
