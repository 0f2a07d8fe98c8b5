#include "uuid7.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <cstring>

namespace OneSeal {

QString makeUuid7(const QDateTime& time)
{
    const quint64 ms = quint64(time.toMSecsSinceEpoch());
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    std::array<quint8, 16> bytes{};
    std::memcpy(bytes.data(), random.data(), bytes.size());
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (8 * (5 - i)));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));
    const QByteArray rfc4122(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    return QUuid::fromRfc4122(rfc4122).toString(QUuid::WithoutBraces);
}

} // namespace OneSeal
