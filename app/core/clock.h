#pragma once

#include <QDate>
#include <QDateTime>

namespace OneSeal {

/// The source of "now". Services take a Clock so that tests can set the date; only tests fake it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    /// Today's date in China Standard Time (UTC+8, no daylight saving), the date every legal
    /// document and working-day count uses.
    QDate today() const { return nowUtc().toOffsetFromUtc(8 * 3600).date(); }
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until a test moves it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace OneSeal
