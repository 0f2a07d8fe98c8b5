#include "base45.h"

#include <QCoreApplication>

namespace OneSeal::Base45 {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Base45)
};

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c)
{
    if (c.unicode() >= 128)
        return -1;
    for (int i = 0; i < 45; ++i) {
        if (kAlphabet[i] == char(c.unicode()))
            return i;
    }
    return -1;
}

Error invalid(const QString& message)
{
    return makeError(QStringLiteral("base45.invalid"), message);
}

} // namespace

QString encode(const QByteArray& bytes)
{
    QString text;
    text.reserve((bytes.size() / 2) * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int n = quint8(bytes.at(i)) * 256 + quint8(bytes.at(i + 1));
        for (int k = 0; k < 3; ++k) {
            text.append(QLatin1Char(kAlphabet[n % 45]));
            n /= 45;
        }
    }
    if (i < bytes.size()) {
        const int n = quint8(bytes.at(i));
        text.append(QLatin1Char(kAlphabet[n % 45]));
        text.append(QLatin1Char(kAlphabet[n / 45]));
    }
    return text;
}

Result<QByteArray> decode(const QString& text)
{
    if (text.size() % 3 == 1)
        return invalid(Text::tr("The Base45 text has %1 characters; a length that leaves one over is never valid.")
                           .arg(text.size()));
    QByteArray bytes;
    bytes.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype group = qMin<qsizetype>(3, text.size() - i);
        int values[3] = {0, 0, 0};
        for (qsizetype k = 0; k < group; ++k) {
            values[k] = valueOf(text.at(i + k));
            if (values[k] < 0)
                return invalid(Text::tr("Character %1 of the Base45 text is \"%2\", which Base45 does not use.")
                                   .arg(i + k + 1)
                                   .arg(text.at(i + k)));
        }
        const int n = values[0] + values[1] * 45 + values[2] * 45 * 45;
        if (group == 3) {
            if (n > 0xFFFF)
                return invalid(
                    Text::tr("Characters %1–%2 of the Base45 text stand for no pair of bytes.").arg(i + 1).arg(i + 3));
            bytes.append(char(n >> 8));
            bytes.append(char(n & 0xFF));
        } else {
            if (n > 0xFF)
                return invalid(Text::tr("The last two characters of the Base45 text stand for no byte."));
            bytes.append(char(n));
        }
    }
    return bytes;
}

} // namespace OneSeal::Base45
