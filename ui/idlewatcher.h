#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace OneSeal {

/// Notices when nobody has touched the keyboard or mouse for a while: an application-wide event
/// filter restarts a single-shot timer on every input event, so any window of the client counts.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace OneSeal
