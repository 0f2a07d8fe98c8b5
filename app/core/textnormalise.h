#pragma once

#include <QString>

namespace OneSeal {

/// Folds full-width ASCII (Ａ–Ｚ, ０–９ …) to ASCII and removes spaces, as identifiers are typed and scanned.
QString foldIdentifierInput(const QString& text);

} // namespace OneSeal
