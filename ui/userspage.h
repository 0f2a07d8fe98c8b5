#pragma once

#include "services/accountservice.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace OneSeal {

class FilteredTable;
class Services;

/// Accounts: the system administrator creates, edits, resets and disables them; the security
/// administrator grants roles and unlocks accounts (三员分立). Each sees only the buttons of their right.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    UsersPage(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    FilteredTable* table() const { return m_table; }
    /// Opens the account editor (null: a new account), window-modal.
    void editUser(const UserAccount* account);

private:
    const UserAccount* current() const;
    void showCurrent();
    void resetPassword();
    void toggleActive();
    void saveRoles();
    void unlock();
    void showMessage(const QString& message, bool error);

    Services& m_services;
    const Session& m_session;
    QList<UserAccount> m_accounts;
    FilteredTable* m_table;
    QLabel* m_message;
    QPushButton* m_create;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QPushButton* m_unlock;
    QGroupBox* m_rolesBox;
    QList<QCheckBox*> m_roleChecks;
    QPushButton* m_saveRoles;
};

} // namespace OneSeal
