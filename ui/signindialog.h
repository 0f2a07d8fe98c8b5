#pragma once

#include "services/session.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OneSeal {

class AccountService;
class FieldErrors;

/// The first thing a clerk sees: user name, password, Enter. A wrong password or a locked account is
/// said under the field it concerns, and the user name typed stays.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    /// @p place names where this client works (the database file), shown small under the title.
    SignInDialog(AccountService& accounts, const QString& place, QWidget* parent = nullptr);
    ~SignInDialog() override;

    /// The session of the user who signed in; valid once the dialog is accepted.
    const Session& session() const { return m_session; }
    void setUsername(const QString& username);

private:
    void signIn();

    AccountService& m_accounts;
    Session m_session;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_signInButton;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
