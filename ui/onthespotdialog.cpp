#include "onthespotdialog.h"

#include "dialogbuttons.h"
#include "fielderrors.h"
#include "services/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

OnTheSpotDialog::OnTheSpotDialog(Services& services, const QString& caseNumber, QWidget* parent)
    : QDialog(parent), m_services(services), m_caseNumber(caseNumber), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_decision(new QComboBox(this)), m_reasons(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("onTheSpotDialog"));
    setWindowTitle(tr("Decide on the spot"));
    auto* intro = new QLabel(tr("Case %1 can be decided at the window. An approver other than the person who "
                                "accepted it signs in here and decides.")
                                 .arg(caseNumber),
                             this);
    intro->setWordWrap(true);
    m_username->setObjectName(QStringLiteral("approverUserEdit"));
    m_username->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("approverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decision->addItem(tr("Grant"), true);
    m_decision->addItem(tr("Refuse"), false);
    m_reasons->setObjectName(QStringLiteral("reasonsEdit"));
    makeReasonBox(m_reasons, 3);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("onTheSpotErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("Approver &user name:"), m_errors->add(QStringLiteral("username"), m_username));
    form->addRow(tr("&Password:"), m_errors->add(QStringLiteral("password"), m_password));
    form->addRow(tr("&Decision:"), m_errors->add(QStringLiteral("decision"), m_decision));
    form->addRow(tr("&Reasons (needed to refuse):"), m_errors->add(QStringLiteral("reasons"), m_reasons));

    const DialogButtons buttons = makeOkCancelButtons(this, tr("D&ecide"), QStringLiteral("decideButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &OnTheSpotDialog::decide);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(520);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_decision);
    setTabOrder(m_decision, m_reasons);
    setTabOrder(m_reasons, ok);
    m_username->setFocus();
}

OnTheSpotDialog::~OnTheSpotDialog() = default;

void OnTheSpotDialog::decide()
{
    m_errors->clear();
    const auto approver = m_services.accounts().signIn(m_username->text().trimmed(), m_password->text());
    if (!approver) {
        m_errors->show(QStringLiteral("password"), approver.error().message);
        m_password->clear();
        return;
    }
    const bool approve = m_decision->currentData().toBool();
    const auto done = m_services.intake().decideOnTheSpot(*approver, m_caseNumber, approve, m_reasons->toPlainText());
    if (!done) {
        // Who may decide is the service's rule; its refusal belongs to the person who signed in.
        if (done.error().field.isEmpty())
            m_errors->show(QStringLiteral("username"), done.error().message);
        else
            m_errors->show(done.error());
        return;
    }
    emit decided(approve, approver->displayName, *done);
    accept();
}

} // namespace OneSeal
