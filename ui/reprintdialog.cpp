#include "reprintdialog.h"

#include "dialogbuttons.h"
#include "fielderrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

ReprintDialog::ReprintDialog(const QString& serial, const QString& suggestedStock, Submit submit, QWidget* parent)
    : QDialog(parent), m_serial(serial), m_submit(std::move(submit)), m_action(new QComboBox(this)),
      m_reason(new QComboBox(this)), m_stockLabel(new QLabel(tr("Security-paper &sheet no.:"), this)),
      m_stock(new QLineEdit(suggestedStock, this)), m_username(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reprintDialog"));
    setWindowTitle(tr("Reprint or void licence %1").arg(serial));
    auto* intro = new QLabel(tr("A reprint makes every earlier sheet of licence %1 read \"superseded\"; a void makes "
                                "every sheet read \"void\" and the serial is never used again. Either needs the "
                                "reason and a second person: an approver or another seal keeper signs in here.")
                                 .arg(serial),
                             this);
    intro->setWordWrap(true);

    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("Reprint (lost or damaged)"), static_cast<int>(Action::Reprint));
    m_action->addItem(tr("Void"), static_cast<int>(Action::Void));
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(
        {QString(), tr("Lost by the holder"), tr("Damaged"), tr("Printing fault"), tr("Wrong particulars")});
    m_reason->setCurrentIndex(0);
    m_stock->setObjectName(QStringLiteral("reprintStockEdit"));
    m_stock->setPlaceholderText(tr("empty on plain paper"));
    m_stockLabel->setBuddy(m_stock);
    m_username->setObjectName(QStringLiteral("secondUserEdit"));
    m_username->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("secondPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("reprintErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Reason:"), m_errors->add(QStringLiteral("reason"), m_reason));
    form->addRow(m_stockLabel, m_errors->add(QStringLiteral("stock_number"), m_stock));
    form->addRow(tr("Second person's &user name:"), m_errors->add(QStringLiteral("second_person"), m_username));
    form->addRow(tr("Second person's &password:"), m_errors->add(QStringLiteral("password"), m_password));
    // The account service names its own fields; here they are the second person's.
    m_errors->alias(QStringLiteral("username"), QStringLiteral("second_person"));

    const DialogButtons buttons = makeOkCancelButtons(this, tr("C&onfirm"), QStringLiteral("confirmButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &ReprintDialog::submit);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ReprintDialog::showAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(560);
    setTabOrder(m_action, m_reason);
    setTabOrder(m_reason, m_stock);
    setTabOrder(m_stock, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, ok);
    m_action->setFocus();
}

ReprintDialog::~ReprintDialog() = default;

void ReprintDialog::setAction(Action action)
{
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(action)));
    showAction();
}

void ReprintDialog::showAction()
{
    // A void prints nothing, so it uses no sheet.
    const bool reprint = m_action->currentData().toInt() == static_cast<int>(Action::Reprint);
    m_stockLabel->setEnabled(reprint);
    m_stock->setEnabled(reprint);
}

void ReprintDialog::submit()
{
    m_errors->clear();
    Request request;
    request.action = static_cast<Action>(m_action->currentData().toInt());
    request.serial = m_serial;
    request.reason = m_reason->currentText().trimmed();
    request.stockNumber = request.action == Action::Reprint ? m_stock->text().trimmed() : QString();
    request.second = {m_username->text().trimmed(), m_password->text()};
    const Status done = m_submit ? m_submit(request) : Status();
    if (!done) {
        m_password->clear(); // a wrong password is typed again, never left in the field
        if (done.error().field.isEmpty() && done.error().code.startsWith(u"auth."))
            m_errors->show(QStringLiteral("second_person"), done.error().message);
        else
            m_errors->show(done.error());
        return;
    }
    accept();
}

} // namespace OneSeal
