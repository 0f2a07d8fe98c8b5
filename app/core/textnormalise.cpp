#include "textnormalise.h"

namespace OneSeal {

QString foldIdentifierInput(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) { // full-width forms of printable ASCII
            out.append(QChar(char16_t(u - 0xFEE0)));
        } else if (u == 0x3000 || c.isSpace()) {
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace OneSeal
