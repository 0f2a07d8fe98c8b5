#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace OneSeal {

/// Base45 (RFC 9285): bytes as text in the 45 characters of the QR code's alphanumeric mode, so a signed
/// payload fills a smaller symbol than in byte mode (11 bits per 2 characters instead of 16).
namespace Base45 {

/// The text for @p bytes: each pair of bytes as three characters, a last single byte as two.
QString encode(const QByteArray& bytes);

/// The bytes of @p text. Fails, naming the position, on a character outside the alphabet, on a length that
/// leaves one character over, or on a group whose value no byte pair has (RFC 9285 §4: "GGW" is invalid).
Result<QByteArray> decode(const QString& text);

} // namespace Base45
} // namespace OneSeal
