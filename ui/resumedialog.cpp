#include "resumedialog.h"

#include "dialogbuttons.h"
#include "fielderrors.h"
#include "services/services.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

ResumeDialog::ResumeDialog(Services& services, const Session& session, const QString& caseNumber, QWidget* parent)
    : QDialog(parent), m_services(services), m_session(session), m_caseNumber(caseNumber)
{
    setObjectName(QStringLiteral("resumeDialog"));
    setWindowTitle(tr("Let the clock run again"));
    const QDate today = services.clock().today();
    QString state;
    if (const auto reading = services.review().clock(caseNumber, today); !reading)
        state = reading.error().message;
    else if (!reading->suspended)
        state = tr("The clock of case %1 is running; a supplement stops it only where the site's settings say so.")
                    .arg(caseNumber);
    else
        state = tr("The clock of case %1 stands still; %n working day(s) did not count so far.", nullptr,
                   reading->suspendedDays)
                    .arg(caseNumber);
    auto* status = new QLabel(state, this);
    status->setObjectName(QStringLiteral("resumeStatusLabel"));
    status->setWordWrap(true);
    auto* intro = new QLabel(tr("Record %1 as the day the special procedure ended or the supplemented materials "
                                "arrived; from then on the clock counts again.")
                                 .arg(QLocale().toString(today, QLocale::LongFormat)),
                             this);
    intro->setWordWrap(true);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("resumeErrorLabel"));
    m_errors = std::make_unique<FieldErrors>(general);

    const DialogButtons buttons = makeOkCancelButtons(this, tr("&Resume the clock"), QStringLiteral("resumeButton"));
    QPushButton* ok = buttons.ok;
    connect(ok, &QPushButton::clicked, this, &ResumeDialog::resume);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(intro);
    layout->addWidget(general);
    layout->addWidget(buttons.box);
    setMinimumWidth(480);
    ok->setFocus();
}

ResumeDialog::~ResumeDialog() = default;

void ResumeDialog::resume()
{
    m_errors->clear();
    if (const Status status = m_services.review().resume(m_session, m_caseNumber); !status) {
        m_errors->show(status.error());
        return;
    }
    emit resumed();
    accept();
}

} // namespace OneSeal
