#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace OneSeal {

class Services;
struct Session;

/// Settings that hold for every window of the bureau, kept in the database: the idle lock.
class SystemSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemSettingsPage)

public:
    SystemSettingsPage(Services& services, const Session& session, QWidget* parent = nullptr);

    void refresh();
    QSpinBox* idleMinutesSpin() const { return m_idleMinutes; }
    void save();

signals:
    void idleLockMinutesChanged(int minutes);

private:
    Services& m_services;
    const Session& m_session;
    QSpinBox* m_idleMinutes;
    QLabel* m_message;
};

} // namespace OneSeal
