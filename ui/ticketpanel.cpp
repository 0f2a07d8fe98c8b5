#include "ticketpanel.h"

#include "fielderrors.h"
#include "services/services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace OneSeal {
namespace {

/// Others issue tickets and other windows call them; the count is read again this often.
constexpr int kPollMilliseconds = 10000;

QString minutes(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TicketPanel::TicketPanel(Services& services, const Session& session, QWidget* parent)
    : QFrame(parent), m_services(services), m_session(session), m_number(new QLabel(this)), m_details(new QLabel(this)),
      m_waiting(new QLabel(this)), m_message(new QLabel(this)), m_error(FieldErrors::makeErrorLabel(this)),
      m_call(new QPushButton(tr("F2 Call next"), this)), m_recall(new QPushButton(tr("F3 Call again"), this)),
      m_skip(new QPushButton(tr("F4 No-show"), this)), m_transfer(new QPushButton(tr("F6 Transfer"), this)),
      m_finish(new QPushButton(tr("F7 Finished"), this)), m_transferRow(new QWidget(this)),
      m_transferKind(new QComboBox(m_transferRow)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_number->setObjectName(QStringLiteral("ticketNumberLabel"));
    m_details->setObjectName(QStringLiteral("ticketDetailsLabel"));
    m_waiting->setObjectName(QStringLiteral("ticketWaitingLabel"));
    m_message->setObjectName(QStringLiteral("ticketMessageLabel"));
    m_error->setObjectName(QStringLiteral("ticketErrorLabel"));
    m_call->setObjectName(QStringLiteral("callNextButton"));
    m_recall->setObjectName(QStringLiteral("recallButton"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_finish->setObjectName(QStringLiteral("finishTicketButton"));
    m_transferKind->setObjectName(QStringLiteral("transferKindCombo"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("W0000")));
    m_details->setWordWrap(true);
    m_message->setWordWrap(true);
    // The buttons are for the mouse; the keyboard has the function keys, so Tab does not stop on them.
    for (QPushButton* button : {m_call, m_recall, m_skip, m_transfer, m_finish})
        button->setFocusPolicy(Qt::NoFocus);

    auto* transferLabel = new QLabel(tr("Transfer to:"), m_transferRow);
    transferLabel->setBuddy(m_transferKind);
    auto* transferOk = new QPushButton(tr("Transfer"), m_transferRow);
    transferOk->setObjectName(QStringLiteral("transferConfirmButton"));
    auto* transferCancel = new QPushButton(tr("Cancel"), m_transferRow);
    auto* transferHint = new QLabel(tr("Enter to transfer, Esc to cancel"), m_transferRow);
    auto* transferLayout = new QHBoxLayout(m_transferRow);
    transferLayout->setContentsMargins(0, 0, 0, 0);
    transferLayout->addWidget(transferLabel);
    transferLayout->addWidget(m_transferKind);
    transferLayout->addWidget(transferOk);
    transferLayout->addWidget(transferCancel);
    transferLayout->addWidget(transferHint);
    transferLayout->addStretch(1);
    m_transferRow->hide();
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* confirm = new QShortcut(keys, m_transferRow);
        confirm->setContext(Qt::WidgetWithChildrenShortcut);
        connect(confirm, &QShortcut::activated, this, &TicketPanel::transfer);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_transferRow);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &TicketPanel::cancelTransfer);
    connect(transferOk, &QPushButton::clicked, this, &TicketPanel::transfer);
    connect(transferCancel, &QPushButton::clicked, this, &TicketPanel::cancelTransfer);

    auto* current = new QVBoxLayout;
    current->addWidget(m_details);
    current->addWidget(m_waiting);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_call, m_recall, m_skip, m_transfer, m_finish})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addLayout(buttons);
    right->addWidget(m_transferRow);
    right->addWidget(m_message);
    right->addWidget(m_error);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_number);
    layout->addLayout(current, 1);
    layout->addLayout(right, 2);

    connect(m_call, &QPushButton::clicked, this, &TicketPanel::callNext);
    connect(m_recall, &QPushButton::clicked, this, &TicketPanel::recall);
    connect(m_skip, &QPushButton::clicked, this, &TicketPanel::skip);
    connect(m_transfer, &QPushButton::clicked, this, &TicketPanel::chooseTransfer);
    connect(m_finish, &QPushButton::clicked, this, &TicketPanel::finish);
    connect(m_poll, &QTimer::timeout, this, &TicketPanel::refresh);
    m_poll->start(kPollMilliseconds);
    refresh();
}

TicketPanel::~TicketPanel() = default;

void TicketPanel::installShortcuts(QWidget* scope)
{
    const std::initializer_list<std::pair<Qt::Key, void (TicketPanel::*)()>> keys{
        {Qt::Key_F2, &TicketPanel::callNext}, {Qt::Key_F3, &TicketPanel::recall},
        {Qt::Key_F4, &TicketPanel::skip},     {Qt::Key_F6, &TicketPanel::chooseTransfer},
        {Qt::Key_F7, &TicketPanel::finish},
    };
    for (const auto& [key, slot] : keys) {
        auto* shortcut = new QShortcut(QKeySequence(key), scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

QString TicketPanel::currentTicketId() const
{
    return m_current ? m_current->id : QString();
}

void TicketPanel::refresh()
{
    const auto current = m_services.tickets().current(m_session);
    const auto waiting = m_services.tickets().waitingCount(m_session);
    if (!current || !waiting) {
        m_error->setText(!current ? current.error().message : waiting.error().message);
        m_error->show();
        return;
    }
    const QString before = currentTicketId();
    m_current = *current;
    m_waiting->setText(tr("Waiting for this kind of window: %1").arg(*waiting));
    showCurrent();
    if (currentTicketId() != before)
        emit ticketChanged(currentTicketId());
}

void TicketPanel::showCurrent()
{
    const bool atWindow = m_current.has_value();
    for (QPushButton* button : {m_recall, m_skip, m_transfer, m_finish})
        button->setEnabled(atWindow);
    m_call->setEnabled(!atWindow);
    if (!atWindow) {
        m_number->setText(QStringLiteral("—"));
        m_details->setText(tr("Nobody at the window. Press F2 to call the next ticket."));
        return;
    }
    m_number->setText(m_current->number);
    QString details = tr("%1 window; waited %2 (min:s); at your window since %3.")
                          .arg(TicketService::windowKindName(m_current->windowKind), minutes(m_current->waitingSeconds),
                               m_current->calledAt.toOffsetFromUtc(8 * 3600).time().toString(QStringLiteral("HH:mm")));
    if (m_current->recalls > 0)
        details += QLatin1Char(' ') + tr("Called again %1 time(s).").arg(m_current->recalls);
    if (m_current->transfers > 0)
        details += QLatin1Char(' ') + tr("Transferred %1 time(s).").arg(m_current->transfers);
    m_details->setText(details);
}

void TicketPanel::showResult(const Result<Ticket>& result, const QString& done)
{
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        refresh();
        return;
    }
    m_error->hide();
    m_message->setText(done);
    refresh();
}

void TicketPanel::callNext()
{
    const auto result = m_services.tickets().callNext(m_session);
    showResult(result, result ? tr("Calling %1: please come to window %2.").arg(result->number, result->windowCode)
                              : QString());
}

void TicketPanel::recall()
{
    const auto result = m_services.tickets().recall(m_session);
    showResult(result, result ? tr("Calling %1 again.").arg(result->number) : QString());
}

void TicketPanel::skip()
{
    const auto result = m_services.tickets().skip(m_session);
    showResult(result, result ? tr("%1 did not come and is marked a no-show.").arg(result->number) : QString());
}

void TicketPanel::chooseTransfer()
{
    if (!m_current) {
        showResult(makeError(QStringLiteral("ticket.none_called"),
                             tr("No ticket is at your window; call the next one first.")),
                   QString());
        return;
    }
    m_transferKind->clear();
    for (const QString& kind : TicketService::windowKinds()) {
        if (kind != m_current->windowKind)
            m_transferKind->addItem(TicketService::windowKindName(kind), kind);
    }
    m_transferRow->show();
    m_transferKind->setFocus();
}

void TicketPanel::cancelTransfer()
{
    // The focus goes back to where the clerk was working before F6.
    m_transferRow->hide();
    if (QWidget* scope = parentWidget())
        scope->setFocus();
}

void TicketPanel::transfer()
{
    const QString kind = m_transferKind->currentData().toString();
    const auto result = m_services.tickets().transfer(m_session, kind);
    if (result)
        cancelTransfer();
    showResult(result, result ? tr("%1 transferred to the %2 windows.")
                                    .arg(result->number, TicketService::windowKindName(result->windowKind))
                              : QString());
}

void TicketPanel::finish()
{
    const auto result = m_services.tickets().finish(m_session);
    if (!result) {
        showResult(result, QString());
        return;
    }
    showResult(result,
               result->caseNumber.isEmpty()
                   ? tr("%1 finished: %2 (min:s) at the counter.").arg(result->number, minutes(result->counterSeconds))
                   : tr("%1 finished: %2 (min:s) at the counter, case %3.")
                         .arg(result->number, minutes(result->counterSeconds), result->caseNumber));
}

} // namespace OneSeal
