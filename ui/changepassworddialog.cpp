#include "changepassworddialog.h"

#include "fielderrors.h"
#include "services/accountservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

ChangePasswordDialog::ChangePasswordDialog(AccountService& accounts, Session& session, bool forced, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_old(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(forced ? tr("Before you start, replace the password you were given with one only you know.")
                          : tr("Choose a new password."));
    auto* policy = new QLabel(tr("At least 8 characters, with at least three of: lower-case letters, capital "
                                 "letters, digits, other characters."),
                              this);
    policy->setObjectName(QStringLiteral("policyLabel"));
    policy->setWordWrap(true);
    policy->setStyleSheet(QStringLiteral("color: #5f6368;"));

    for (QLineEdit* edit : {m_old, m_new, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(128);
    }
    m_old->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));

    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_errors->add(QStringLiteral("old_password"), m_old));
    form->addRow(tr("&New password:"), m_errors->add(QStringLiteral("new_password"), m_new));
    form->addRow(tr("&Repeat new password:"), m_errors->add(QStringLiteral("repeat_password"), m_repeat));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("Change &password"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("changeButton"));
    ok->setDefault(true);
    QPushButton* cancel = forced ? buttons->addButton(tr("Sign &out"), QDialogButtonBox::RejectRole)
                                 : buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(ok, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(policy);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    setTabOrder(m_old, m_new);
    setTabOrder(m_new, m_repeat);
    setTabOrder(m_repeat, ok);
    m_old->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::change()
{
    m_errors->clear();
    if (m_new->text() != m_repeat->text()) {
        m_errors->show(QStringLiteral("repeat_password"), tr("The two new passwords differ; type the same one twice."));
        return;
    }
    if (Status status = m_accounts.changePassword(m_session, m_old->text(), m_new->text()); !status) {
        m_errors->show(status.error());
        return;
    }
    accept();
}

} // namespace OneSeal
