#include "correctiondialog.h"

#include "confirmdialog.h"
#include "dialogbuttons.h"
#include "fielderrors.h"
#include "services/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

CorrectionDialog::CorrectionDialog(Services& services, const Session& session, const QString& caseNumber,
                                   QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_caseNumber(caseNumber),
      m_decision(new QComboBox(this)), m_reasons(new QPlainTextEdit(this)), m_why(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct a decision"));
    auto* intro = new QLabel(tr("Case %1 is decided. As the section chief you may correct the decision while it is "
                                "not yet printed; the correction and its reason stay in the record, and a new "
                                "decision document is issued.")
                                 .arg(caseNumber),
                             this);
    intro->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decision->addItem(tr("Grant (准予)"), true);
    m_decision->addItem(tr("Refuse (不予)"), false);
    for (QPlainTextEdit* edit : {m_reasons, m_why})
        makeReasonBox(edit, 3);
    m_reasons->setObjectName(QStringLiteral("reasonsEdit"));
    m_why->setObjectName(QStringLiteral("whyEdit"));

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("correctionErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);
    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(caseNumber, this));
    form->addRow(tr("&Corrected decision:"), m_errors->add(QStringLiteral("decision"), m_decision));
    form->addRow(tr("R&easons (needed to refuse):"), m_errors->add(QStringLiteral("reasons"), m_reasons));
    form->addRow(tr("&Why the decision is corrected:"), m_errors->add(QStringLiteral("why"), m_why));

    const DialogButtons buttons = makeOkCancelButtons(this, tr("C&orrect..."), QStringLiteral("correctButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &CorrectionDialog::confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(600);
    setTabOrder(m_decision, m_reasons);
    setTabOrder(m_reasons, m_why);
    setTabOrder(m_why, ok);
    m_decision->setFocus();
}

CorrectionDialog::~CorrectionDialog() = default;

void CorrectionDialog::confirm()
{
    m_errors->clear();
    confirmThen(this, tr("Correct the decision on case %1?").arg(m_caseNumber),
                tr("Change the decision on case %1 to \"%2\"? The correction is recorded for good and cannot be "
                   "taken back; a new decision document is issued under the next number.")
                    .arg(m_caseNumber, m_decision->currentText()),
                tr("&Yes, correct"), [this] { correct(); });
}

void CorrectionDialog::correct()
{
    const bool grant = m_decision->currentData().toBool();
    const auto document = m_services.review().correctDecision(m_session, m_caseNumber, grant, m_reasons->toPlainText(),
                                                              m_why->toPlainText());
    if (!document) {
        m_errors->show(document.error());
        return;
    }
    emit corrected(grant, *document);
    accept();
}

} // namespace OneSeal
