#pragma once

#include <QDateTime>
#include <QString>

namespace OneSeal {

/// A UUID version 7 (RFC 9562) for @p time: 48 bits of Unix milliseconds, then random bits, so ids
/// sort by creation time and two sites never collide. Lower-case text without braces.
QString makeUuid7(const QDateTime& time);

} // namespace OneSeal
