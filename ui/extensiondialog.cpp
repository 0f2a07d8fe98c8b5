#include "extensiondialog.h"

#include "confirmdialog.h"
#include "dialogbuttons.h"
#include "fielderrors.h"
#include "services/services.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

ExtensionDialog::ExtensionDialog(Services& services, const Session& session, const QString& caseNumber, QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_caseNumber(caseNumber),
      m_joint(new QCheckBox(tr("&Joint handling (+15 working days)"), this)), m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("extensionDialog"));
    setWindowTitle(tr("Extend the time limit"));
    QString due;
    if (const auto reading = services.review().clock(caseNumber, services.clock().today());
        reading && reading->statutoryDueDate)
        due = tr(" The statutory due date now is %1.")
                  .arg(QLocale().toString(*reading->statutoryDueDate, QLocale::LongFormat));
    auto* intro = new QLabel(tr("Case %1 can be extended once, by 10 working days (15 for joint handling), with the "
                                "section chief's approval and the reason, which the 延期告知书 tells the "
                                "applicant.%2")
                                 .arg(caseNumber, due),
                             this);
    intro->setWordWrap(true);
    m_joint->setObjectName(QStringLiteral("jointCheck"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    makeReasonBox(m_reason, 4);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("extensionErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(caseNumber, this));
    form->addRow(tr("&Reason for the extension:"), m_errors->add(QStringLiteral("reason"), m_reason));
    form->addRow(QString(), m_joint);

    const DialogButtons buttons = makeOkCancelButtons(this, tr("&Extend..."), QStringLiteral("extendButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &ExtensionDialog::confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(560);
    setTabOrder(m_reason, m_joint);
    setTabOrder(m_joint, ok);
    m_reason->setFocus();
}

ExtensionDialog::~ExtensionDialog() = default;

void ExtensionDialog::confirm()
{
    m_errors->clear();
    const int days = StatutoryClock::extensionDays(m_joint->isChecked());
    confirmThen(this, tr("Extend case %1?").arg(m_caseNumber),
                tr("Extend case %1 by %2 working days? The law allows one extension only: once recorded it cannot "
                   "be undone, and the 延期告知书 is issued under the next number.")
                    .arg(m_caseNumber)
                    .arg(days),
                tr("&Yes, extend"), [this] { extend(); });
}

void ExtensionDialog::extend()
{
    const auto document =
        m_services.review().extend(m_session, m_caseNumber, m_joint->isChecked(), m_reason->toPlainText());
    if (!document) {
        m_errors->show(document.error());
        return;
    }
    emit extended(*document);
    accept();
}

} // namespace OneSeal
