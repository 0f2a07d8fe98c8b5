#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace OneSeal {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QFrame(parent), m_link(new QLabel(this)), m_lastSync(new QLabel(this)), m_pending(new QLabel(this)),
      m_conflicts(new QToolButton(this)), m_enrol(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_link->setObjectName(QStringLiteral("syncLinkLabel"));
    m_lastSync->setObjectName(QStringLiteral("syncLastLabel"));
    m_pending->setObjectName(QStringLiteral("syncPendingLabel"));
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setToolTip(tr("Show the steps the central store refused (Ctrl+Shift+Y)"));
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    m_enrol->setObjectName(QStringLiteral("syncEnrolButton"));
    m_enrol->setText(tr("Enrol this device…"));
    m_enrol->setToolTip(tr("Connect this database to the central store with a one-time code"));
    m_enrol->setAutoRaise(true);
    m_enrol->hide();
    connect(m_enrol, &QToolButton::clicked, this, &SyncStatusWidget::enrolRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(10);
    layout->addWidget(m_link);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_enrol);
    showNotEnrolled();
}

void SyncStatusWidget::setEnrolAvailable(bool available)
{
    m_enrolAvailable = available;
    m_enrol->setVisible(m_enrolAvailable && m_needsEnrolment);
}

void SyncStatusWidget::showNotEnrolled()
{
    m_link->setText(tr("Not connected to a central store"));
    m_link->setToolTip(tr("This database works on its own until an administrator enrols it with the central store."));
    m_link->setStyleSheet({});
    m_lastSync->hide();
    m_pending->hide();
    m_conflicts->hide();
    m_needsEnrolment = true;
    m_enrol->setVisible(m_enrolAvailable);
}

void SyncStatusWidget::showSnapshot(const SyncSnapshot& s)
{
    m_lastSync->show();
    m_pending->show();
    m_conflicts->show();
    QString link;
    QString colour;
    if (s.syncing) {
        link = tr("Syncing…");
        colour = QStringLiteral("#1565c0");
    } else if (s.problemCode.startsWith(u"credential.")) {
        link = tr("No device token");
        colour = QStringLiteral("#c62828");
    } else if (s.link == SyncSnapshot::Link::Online && s.problem.isEmpty()) {
        link = tr("Online");
        colour = QStringLiteral("#2e7d32");
    } else if (s.link == SyncSnapshot::Link::Offline) {
        link = tr("Offline");
        colour = QStringLiteral("#e65100");
    } else if (!s.problem.isEmpty()) {
        link = tr("Sync failed");
        colour = QStringLiteral("#c62828");
    } else {
        link = tr("Connecting…");
    }
    if (s.tokenForSessionOnly)
        link += tr(" (token for this session only)");
    m_link->setText(QStringLiteral("● ") + link);
    m_link->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    QString tip = s.problem;
    if (s.tokenForSessionOnly)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("No keychain answered: the device token is kept for this session only and the device must be "
                  "enrolled again after the client is closed.");
    if (!s.problem.isEmpty() && s.nextAttempt.isValid())
        tip += u'\n' + tr("Next attempt at %1.").arg(s.nextAttempt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    m_link->setToolTip(tip);

    m_lastSync->setText(s.lastSync.isValid()
                            ? tr("Last sync %1").arg(s.lastSync.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")))
                            : tr("Never synced"));
    m_pending->setText(tr("%n step(s) to send", nullptr, int(s.pending)));
    m_conflicts->setText(tr("%n refused", nullptr, int(s.conflicts)));
    m_conflicts->setStyleSheet(s.conflicts > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    // No token, or one the server no longer knows: only a new enrolment helps.
    m_needsEnrolment = s.problemCode.startsWith(u"credential.") || s.problemCode.startsWith(u"auth.");
    m_enrol->setVisible(m_enrolAvailable && m_needsEnrolment);
}

} // namespace OneSeal
