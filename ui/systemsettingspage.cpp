#include "systemsettingspage.h"

#include "fielderrors.h"
#include "services/services.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OneSeal {

SystemSettingsPage::SystemSettingsPage(Services& services, const Session& session, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(session), m_idleMinutes(new QSpinBox(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("systemSettingsPage"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setSuffix(tr(" minutes"));
    m_idleMinutes->setMaximumWidth(160);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* note = new QLabel(tr("Every window of the bureau locks its screen after this many minutes without "
                               "keyboard or mouse input. Other windows take a change at their next sign-in."),
                            this);
    note->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save settings"), this);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(save, &QPushButton::clicked, this, &SystemSettingsPage::save);

    auto* form = new QFormLayout;
    form->addRow(tr("&Lock the screen after:"), m_idleMinutes);
    form->addRow(QString(), note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    setFocusProxy(m_idleMinutes);
    refresh();
}

void SystemSettingsPage::refresh()
{
    m_idleMinutes->setValue(m_services.settings().idleLockMinutes());
}

void SystemSettingsPage::save()
{
    const int minutes = m_idleMinutes->value();
    if (Status status = m_services.settings().setIdleLockMinutes(m_session, minutes); !status) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(status.error().message);
        m_message->show();
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_message->setText(tr("Saved: the screen locks after %n minute(s) without input.", nullptr, minutes));
    m_message->show();
    emit idleLockMinutesChanged(minutes);
}

} // namespace OneSeal
