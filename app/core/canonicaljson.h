#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace OneSeal {

/// Canonical JSON bytes for hashing and signing: object keys sorted by UTF-16 code units, no white
/// space, strings as UTF-8 with only the escapes RFC 8785 uses, and numbers as integers only (money
/// is in fen and dates are text, so a fraction in a payload is a bug and is refused).
Result<QByteArray> canonicalJson(const QJsonValue& value);

} // namespace OneSeal
