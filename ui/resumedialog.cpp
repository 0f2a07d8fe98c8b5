#include "resumedialog.h"

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

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("&Resume the clock"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("resumeButton"));
    ok->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    connect(ok, &QPushButton::clicked, this, &ResumeDialog::resume);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(intro);
    layout->addWidget(general);
    layout->addWidget(buttons);
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
