#pragma once

#include "result.h"

#include <QString>

namespace OneSeal {

/// Checks free text typed at a counter (names, addresses, reasons) and returns it in NFC.
/// Every CJK character is accepted, including those outside the BMP (𠮷), and the middle dot of
/// minority names (·); control, zero-width and bidirectional-override characters are refused
/// because they hide or reorder what a printed document shows.
/// @p fieldLabel names the field in the message; @p maxLength counts characters as people do
/// (code points, so 𠮷 is one).
/// @p lines allows line breaks, for paragraphs such as an item's acceptance conditions.
enum class TextLines { Single, Multiple };
Result<QString> checkText(const QString& text, const QString& fieldLabel, int maxLength, bool required = true,
                          TextLines lines = TextLines::Single);

/// Whether @p c would be refused by checkText.
bool isForbiddenCodePoint(char32_t c);

} // namespace OneSeal
