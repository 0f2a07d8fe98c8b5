#include "strictcbor.h"

#include <QCoreApplication>
#include <limits>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StrictCbor)
};

} // namespace

StrictCbor::StrictCbor(const QByteArray& data, QString what, int maxDepth)
    : m_data(data), m_reader(m_data), m_what(std::move(what)), m_maxDepth(maxDepth)
{
}

Error StrictCbor::malformed(const QString& detail) const
{
    return makeError(QStringLiteral("cbor.malformed"), Text::tr("%1 is damaged or not one of ours: %2 (at byte %3).")
                                                           .arg(m_what, detail)
                                                           .arg(m_reader.currentOffset()));
}

bool StrictCbor::readTag(quint64* tag)
{
    if (!m_reader.isTag())
        return false;
    *tag = quint64(m_reader.toTag());
    m_reader.next();
    return m_reader.lastError() == QCborError::NoError;
}

Status StrictCbor::enter(bool map, qsizetype maxItems, qsizetype* count)
{
    if (map ? !m_reader.isMap() : !m_reader.isArray())
        return malformed(map ? Text::tr("a map was expected") : Text::tr("a list was expected"));
    if (!m_reader.isLengthKnown())
        return malformed(Text::tr("a container of indefinite length"));
    if (m_depth >= m_maxDepth)
        return malformed(Text::tr("nested too deeply"));
    const quint64 length = m_reader.length();
    if (length > quint64(maxItems))
        return malformed(Text::tr("%1 items where at most %2 belong").arg(length).arg(maxItems));
    *count = qsizetype(length);
    if (!m_reader.enterContainer() || m_reader.lastError() != QCborError::NoError)
        return malformed(m_reader.lastError().toString());
    ++m_depth;
    return {};
}

Status StrictCbor::enterArray(qsizetype maxItems, qsizetype* count)
{
    return enter(false, maxItems, count);
}

Status StrictCbor::enterMap(qsizetype maxPairs, qsizetype* count)
{
    return enter(true, maxPairs, count);
}

Status StrictCbor::leave()
{
    if (m_reader.hasNext())
        return malformed(Text::tr("more items than expected"));
    if (m_depth == 0 || !m_reader.leaveContainer() || m_reader.lastError() != QCborError::NoError)
        return malformed(m_reader.lastError().toString());
    --m_depth;
    return {};
}

Result<qint64> StrictCbor::readInteger()
{
    if (!m_reader.isInteger())
        return malformed(Text::tr("a number was expected"));
    const QCborStreamReader::Type type = m_reader.type();
    const quint64 raw = type == QCborStreamReader::UnsignedInteger ? m_reader.toUnsignedInteger()
                                                                   : quint64(m_reader.toNegativeInteger());
    if (raw > quint64(std::numeric_limits<qint64>::max()))
        return malformed(Text::tr("a number out of range"));
    const qint64 value = type == QCborStreamReader::UnsignedInteger ? qint64(raw) : -qint64(raw);
    m_reader.next();
    if (m_reader.lastError() != QCborError::NoError)
        return malformed(m_reader.lastError().toString());
    return value;
}

Result<QByteArray> StrictCbor::readBytes(qsizetype maxBytes)
{
    if (!m_reader.isByteArray())
        return malformed(Text::tr("a byte string was expected"));
    if (!m_reader.isLengthKnown() || m_reader.length() > quint64(maxBytes))
        return malformed(Text::tr("a byte string longer than %1 bytes").arg(maxBytes));
    QByteArray bytes;
    auto chunk = m_reader.readByteArray();
    while (chunk.status == QCborStreamReader::Ok) {
        bytes += chunk.data;
        chunk = m_reader.readByteArray();
    }
    if (chunk.status == QCborStreamReader::Error || bytes.size() > maxBytes)
        return malformed(m_reader.lastError().toString());
    return bytes;
}

Result<QString> StrictCbor::readText(qsizetype maxBytes)
{
    if (!m_reader.isString())
        return malformed(Text::tr("a text was expected"));
    if (!m_reader.isLengthKnown() || m_reader.length() > quint64(maxBytes))
        return malformed(Text::tr("a text longer than %1 bytes").arg(maxBytes));
    QString text;
    auto chunk = m_reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        text += chunk.data;
        chunk = m_reader.readString();
    }
    if (chunk.status == QCborStreamReader::Error)
        return malformed(m_reader.lastError().toString());
    return text;
}

Status StrictCbor::finish()
{
    if (m_depth != 0 || m_reader.currentOffset() != m_data.size())
        return malformed(Text::tr("bytes left over after the end"));
    return {};
}

} // namespace OneSeal
