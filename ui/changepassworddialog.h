#pragma once

#include <QDialog>
#include <memory>

class QLineEdit;

namespace OneSeal {

class AccountService;
class FieldErrors;
struct Session;

/// Changing one's own password. When the account must change its password (a new account, or one an
/// administrator reset) the dialog is forced: it cannot be dismissed, only completed or left by
/// signing out.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(AccountService& accounts, Session& session, bool forced, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

private:
    void change();

    AccountService& m_accounts;
    Session& m_session;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace OneSeal
