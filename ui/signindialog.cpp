#include "signindialog.h"

#include "fielderrors.h"
#include "services/accountservice.h"
#include "uilog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

SignInDialog::SignInDialog(AccountService& accounts, const QString& place, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_signInButton(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in - OneSeal"));

    auto* title = new QLabel(tr("OneSeal"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Counter service system of the administrative approval bureau"), this);
    subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    auto* where = new QLabel(place, this);
    where->setObjectName(QStringLiteral("placeLabel"));
    where->setTextFormat(Qt::PlainText);
    where->setStyleSheet(QStringLiteral("color: #5f6368;"));
    where->setVisible(!place.isEmpty());

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("Your user name"));
    m_username->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setPlaceholderText(tr("Your password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);

    auto* general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    auto* usernameLabel = new QLabel(tr("&User name:"), this);
    usernameLabel->setBuddy(m_username);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(usernameLabel, m_errors->add(QStringLiteral("username"), m_username));
    form->addRow(passwordLabel, m_errors->add(QStringLiteral("password"), m_password));

    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signInButton, QDialogButtonBox::AcceptRole);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(where);
    layout->addSpacing(16);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signInButton);
    setTabOrder(m_signInButton, quit);
    m_username->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void SignInDialog::signIn()
{
    m_errors->clear();
    if (m_username->text().trimmed().isEmpty()) {
        m_errors->show(QStringLiteral("username"), tr("Enter your user name."));
        return;
    }
    if (m_password->text().isEmpty()) {
        m_errors->show(QStringLiteral("password"), tr("Enter your password."));
        return;
    }
    auto session = m_accounts.signIn(m_username->text(), m_password->text());
    if (!session) {
        qCInfo(lcUi) << "sign-in refused:" << session.error().code;
        // The password is the one thing that should not stay: the next try starts it afresh.
        m_password->clear();
        m_errors->show(session.error());
        return;
    }
    m_session = std::move(session).value();
    qCInfo(lcUi) << "signed in:" << m_session.username;
    accept();
}

} // namespace OneSeal
