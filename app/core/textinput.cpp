#include "textinput.h"

#include <QCoreApplication>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextInput)
};

} // namespace

bool isForbiddenCodePoint(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true; // C0 and C1 controls; multi-line text is not taken at the counter
    switch (c) {
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF: // zero width
    case 0x200E:
    case 0x200F:
    case 0x061C: // direction marks
        return true;
    default: break;
    }
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidi embeddings and isolates
           || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFD;
}

Result<QString> checkText(const QString& text, const QString& fieldLabel, int maxLength, bool required, TextLines lines)
{
    QString normalised = text.normalized(QString::NormalizationForm_C).trimmed();
    if (lines == TextLines::Multiple)
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (normalised.isEmpty() && required)
        return makeError(QStringLiteral("input.required"), Text::tr("%1 is required.").arg(fieldLabel));
    int length = 0;
    const auto codePoints = normalised.toUcs4();
    for (char32_t c : codePoints) {
        ++length;
        if (isForbiddenCodePoint(c) && !(c == U'\n' && lines == TextLines::Multiple))
            return makeError(QStringLiteral("input.forbidden_character"),
                             Text::tr("%1 contains an invisible or control character (U+%2) at position %3; "
                                      "retype the text instead of pasting it.")
                                 .arg(fieldLabel)
                                 .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'))
                                 .arg(length));
        if (c >= 0xD800 && c <= 0xDFFF)
            return makeError(
                QStringLiteral("input.broken_character"),
                Text::tr("%1 contains a broken character at position %2; retype it.").arg(fieldLabel).arg(length));
    }
    if (length > maxLength)
        return makeError(
            QStringLiteral("input.too_long"),
            Text::tr("%1 is %2 characters long; at most %3 are allowed.").arg(fieldLabel).arg(length).arg(maxLength));
    return normalised;
}

} // namespace OneSeal
