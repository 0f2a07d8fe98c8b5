#include "suspensiondialog.h"

#include "core/catalogueitem.h"
#include "dialogbuttons.h"
#include "fielderrors.h"
#include "services/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OneSeal {

SuspensionDialog::SuspensionDialog(Services& services, const Session& session, const QString& caseNumber, Kind kind,
                                   QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_caseNumber(caseNumber), m_kind(kind),
      m_days(new QSpinBox(this)), m_reason(new QPlainTextEdit(this))
{
    const bool special = kind == Kind::SpecialProcedure;
    // Whether a supplement stops the clock is the site's setting (DOMAIN.md); the dialog says which applies.
    const auto settings = services.review().clockSettings();
    const bool supplementStops = settings && settings->policy.supplementStopsClock;
    setObjectName(special ? QStringLiteral("specialProcedureDialog") : QStringLiteral("supplementDialog"));
    setWindowTitle(special ? tr("Start a special procedure") : tr("Ask for a supplement"));
    auto* intro = new QLabel(
        special ? tr("The clock of case %1 stops while the special procedure runs (Art. 45). The applicant is told "
                     "in writing which procedure it is and how long it is expected to take; the notice is issued "
                     "and saved as a PDF.")
                      .arg(caseNumber)
                : (supplementStops ? tr("The clock of case %1 stops until the applicant hands in the supplemented "
                                        "materials. Say which materials are missing and, if you set one, the "
                                        "period to hand them in.")
                                   : tr("Case %1 waits for the supplemented materials; under this site's settings "
                                        "its clock keeps running. Say which materials are missing and, if you set "
                                        "one, the period to hand them in."))
                      .arg(caseNumber),
        this);
    intro->setWordWrap(true);

    m_days->setObjectName(QStringLiteral("daysSpin"));
    // The service enforces the limits (1–250 and 0–60 working days); the box lets 0 through so that its
    // message, not a silently clamped number, says what is needed.
    m_days->setRange(0, special ? 250 : 60);
    m_days->setSuffix(tr(" working days"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    makeReasonBox(m_reason, 4);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("suspensionErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(caseNumber, this));
    if (special) {
        m_procedure = new QComboBox(this);
        m_procedure->setObjectName(QStringLiteral("procedureCombo"));
        m_procedure->addItems(SpecialProcedure::kinds());
        form->addRow(tr("&Procedure:"), m_errors->add(QStringLiteral("procedure"), m_procedure));
        form->addRow(tr("&Expected duration:"), m_errors->add(QStringLiteral("expected_days"), m_days));
        form->addRow(tr("&Reason:"), m_errors->add(QStringLiteral("reason"), m_reason));
    } else {
        form->addRow(tr("&Materials and reason:"), m_errors->add(QStringLiteral("reason"), m_reason));
        form->addRow(tr("&Period (0 = none set):"), m_errors->add(QStringLiteral("expected_days"), m_days));
    }

    const DialogButtons buttons = makeOkCancelButtons(
        this, special ? tr("&Start procedure") : tr("&Ask for supplement"), QStringLiteral("suspendButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &SuspensionDialog::suspend);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(560);
    if (m_procedure) {
        setTabOrder(m_procedure, m_days);
        setTabOrder(m_days, m_reason);
        setTabOrder(m_reason, ok);
        m_procedure->setFocus();
    } else {
        setTabOrder(m_reason, m_days);
        setTabOrder(m_days, ok);
        m_reason->setFocus();
    }
}

SuspensionDialog::~SuspensionDialog() = default;

void SuspensionDialog::suspend()
{
    m_errors->clear();
    const bool special = m_kind == Kind::SpecialProcedure;
    SuspensionRequest request{special, special ? m_procedure->currentText() : QString(), m_days->value(),
                              m_reason->toPlainText()};
    const auto document = m_services.review().suspend(m_session, m_caseNumber, request);
    if (!document) {
        m_errors->show(document.error());
        return;
    }
    emit suspended(*document);
    accept();
}

} // namespace OneSeal
