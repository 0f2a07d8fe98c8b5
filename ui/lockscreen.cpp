#include "lockscreen.h"

#include "fielderrors.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneSeal {

LockScreen::LockScreen(QWidget* window)
    : QWidget(window), m_who(new QLabel(this)), m_password(new QLineEdit(this)),
      m_error(FieldErrors::makeErrorLabel(this)), m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_signOut(new QPushButton(tr("Sign &out"), this))
{
    setObjectName(QStringLiteral("lockScreen"));

    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setMinimumWidth(440);

    auto* title = new QLabel(tr("OneSeal is locked"), panel);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_who->setObjectName(QStringLiteral("lockUserLabel"));
    m_who->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMaxLength(128);
    m_error->setObjectName(QStringLiteral("lockErrorLabel"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(28, 24, 28, 24);
    panelLayout->addWidget(title);
    panelLayout->addWidget(m_who);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_password);
    panelLayout->addWidget(m_error);
    panelLayout->addSpacing(8);
    panelLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_signOut);
    window->installEventFilter(this);
    hide();
}

void LockScreen::lock(const QString& userDisplayName)
{
    m_who->setText(tr("%1 is signed in. Enter the password to go on, or sign out so that someone else can "
                      "sign in.")
                       .arg(userDisplayName));
    m_password->clear();
    m_error->clear();
    m_error->hide();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::unlock()
{
    m_password->clear();
    hide();
}

void LockScreen::showError(const QString& message)
{
    m_password->clear();
    m_error->setText(message);
    m_error->show();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::paintEvent(QPaintEvent*)
{
    // Opaque: the point is that nothing of the work behind it shows. Painted rather than set in the
    // palette, which the panel would inherit.
    QPainter(this).fillRect(rect(), QColor(0x26, 0x32, 0x38));
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::submit()
{
    emit unlockRequested(m_password->text());
}

} // namespace OneSeal
