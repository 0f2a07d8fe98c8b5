#include "userspage.h"

#include "filteredtable.h"
#include "services/services.h"
#include "uitext.h"
#include "usereditordialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

UsersPage::UsersPage(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session),
      m_table(new FilteredTable({tr("User name"), tr("Name"), tr("Roles"), tr("Site"), tr("State"), tr("Last sign-in")},
                                tr("Filter by user name, name, role or site"), this)),
      m_message(new QLabel(this)), m_create(new QPushButton(tr("&New account"), this)),
      m_edit(new QPushButton(tr("&Edit"), this)), m_reset(new QPushButton(tr("&Reset password"), this)),
      m_toggle(new QPushButton(tr("&Disable"), this)), m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_rolesBox(new QGroupBox(tr("Roles"), this)), m_saveRoles(new QPushButton(tr("&Save roles"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_create->setObjectName(QStringLiteral("newUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));
    m_unlock->setObjectName(QStringLiteral("unlockUserButton"));
    m_unlock->setToolTip(tr("Lift the lock after repeated wrong passwords"));
    m_rolesBox->setObjectName(QStringLiteral("rolesBox"));
    m_saveRoles->setObjectName(QStringLiteral("saveRolesButton"));

    const bool manage = session.may(Permission::ManageAccounts);
    const bool assign = session.may(Permission::AssignRoles);
    for (QPushButton* button : {m_create, m_edit, m_reset, m_toggle})
        button->setVisible(manage);
    m_unlock->setVisible(manage || assign);
    m_rolesBox->setVisible(assign);

    auto* rolesLayout = new QVBoxLayout(m_rolesBox);
    auto* rolesNote = new QLabel(tr("An administrator role holds no business right and vice versa; the three "
                                    "administrator roles go to three different accounts."),
                                 m_rolesBox);
    rolesNote->setWordWrap(true);
    rolesLayout->addWidget(rolesNote);
    for (Role role : Roles::all()) {
        auto* check = new QCheckBox(Roles::displayName(role), m_rolesBox);
        check->setObjectName(Roles::key(role) + QStringLiteral("Check"));
        check->setProperty("role", static_cast<int>(role));
        rolesLayout->addWidget(check);
        m_roleChecks.append(check);
    }
    rolesLayout->addWidget(m_saveRoles);
    rolesLayout->addStretch(1);
    m_rolesBox->setFixedWidth(260);

    connect(m_create, &QPushButton::clicked, this, [this] { editUser(nullptr); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const UserAccount* account = current())
            editUser(account);
    });
    connect(m_table, &FilteredTable::rowActivated, this, [this, manage] {
        if (const UserAccount* account = current(); account && manage)
            editUser(account);
    });
    connect(m_table, &FilteredTable::currentKeyChanged, this, &UsersPage::showCurrent);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_saveRoles, &QPushButton::clicked, this, &UsersPage::saveRoles);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_message);
    left->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_rolesBox);
    setFocusProxy(m_table);
    refresh();
}

void UsersPage::refresh()
{
    const auto accounts = m_services.accounts().listUsers(m_session);
    if (!accounts) {
        showMessage(accounts.error().message, true);
        return;
    }
    m_accounts = *accounts;
    QHash<QString, QString> sites;
    if (const auto list = m_services.referenceData().list(QStringLiteral("site"))) {
        for (const QJsonObject& site : *list)
            sites.insert(site.value(u"id").toString(), site.value(u"name").toString());
    }
    const QDateTime now = m_services.clock().nowUtc();
    QList<TableRow> rows;
    for (const UserAccount& a : std::as_const(m_accounts)) {
        QStringList roles;
        for (Role role : a.roles)
            roles.append(Roles::displayName(role));
        QString state = tr("In use");
        if (!a.active)
            state = tr("Disabled");
        else if (a.lockedUntil.isValid() && a.lockedUntil > now)
            state = tr("Locked until %1").arg(UiText::dateTime(a.lockedUntil).mid(11, 5));
        else if (a.mustChangePassword)
            state = tr("Must change password");
        rows.append({{a.username, a.displayName, roles.join(QStringLiteral("、")), sites.value(a.siteId), state,
                      UiText::dateTime(a.lastSignIn)},
                     a.id,
                     {},
                     {},
                     !a.active});
    }
    m_table->setRows(std::move(rows));
    showCurrent();
}

const UserAccount* UsersPage::current() const
{
    const QString id = m_table->currentKey();
    for (const UserAccount& account : m_accounts) {
        if (!id.isEmpty() && account.id == id)
            return &account;
    }
    return nullptr;
}

void UsersPage::showCurrent()
{
    const UserAccount* account = current();
    for (QPushButton* button : {m_edit, m_reset, m_toggle, m_unlock})
        button->setEnabled(account);
    m_toggle->setText(account && !account->active ? tr("&Enable") : tr("&Disable"));
    // One's own roles are another security administrator's to change.
    const bool editable = account && account->id != m_session.userId;
    for (QCheckBox* check : std::as_const(m_roleChecks)) {
        check->setChecked(account && account->roles.contains(static_cast<Role>(check->property("role").toInt())));
        check->setEnabled(editable);
    }
    m_saveRoles->setEnabled(editable);
}

void UsersPage::editUser(const UserAccount* account)
{
    auto* dialog = new UserEditorDialog(m_services, m_session, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        m_table->selectKey(dialog->savedId());
        showMessage(tr("The account was saved."), false);
    });
    dialog->open();
}

void UsersPage::resetPassword()
{
    const UserAccount* account = current();
    if (!account)
        return;
    auto* dialog = new ResetPasswordDialog(m_services.accounts(), m_session, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        showMessage(tr("The password was reset."), false);
    });
    dialog->open();
}

void UsersPage::toggleActive()
{
    const UserAccount* account = current();
    if (!account)
        return;
    const UserAccount target = *account;
    auto apply = [this, target] {
        UserProfile profile{target.username,     target.displayName, target.siteId, target.sectionId,
                            target.departmentId, target.windowId,    !target.active};
        if (Status status = m_services.accounts().updateUser(m_session, target.id, profile); !status) {
            showMessage(status.error().message, true);
            return;
        }
        refresh();
        m_table->selectKey(target.id);
        showMessage(target.active ? tr("%1 can no longer sign in.").arg(target.displayName)
                                  : tr("%1 can sign in again.").arg(target.displayName),
                    false);
    };
    if (!target.active) {
        apply();
        return;
    }
    auto* confirm = new QMessageBox(
        QMessageBox::Warning, tr("Disable account"),
        tr("Disable the account of %1? They can no longer sign in; their records stay.").arg(target.displayName),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmDisable"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::finished, this, [apply](int result) {
        if (result == QMessageBox::Yes)
            apply();
    });
    confirm->open();
}

void UsersPage::saveRoles()
{
    const UserAccount* account = current();
    if (!account)
        return;
    const QString id = account->id;
    QList<Role> roles;
    for (QCheckBox* check : std::as_const(m_roleChecks)) {
        if (check->isChecked())
            roles.append(static_cast<Role>(check->property("role").toInt()));
    }
    if (Status status = m_services.accounts().setRoles(m_session, id, roles); !status) {
        showMessage(status.error().message, true);
        return;
    }
    refresh();
    m_table->selectKey(id);
    showMessage(tr("The roles were saved."), false);
}

void UsersPage::unlock()
{
    const UserAccount* account = current();
    if (!account)
        return;
    const QString id = account->id;
    if (Status status = m_services.accounts().unlock(m_session, id); !status) {
        showMessage(status.error().message, true);
        return;
    }
    refresh();
    m_table->selectKey(id);
    showMessage(tr("The account was unlocked."), false);
}

void UsersPage::showMessage(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}

} // namespace OneSeal
