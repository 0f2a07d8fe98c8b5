#pragma once

#include "result.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QString>

namespace OneSeal {

/// A CBOR reader for bytes from outside (a scanned QR code): definite lengths only, every string and
/// container bounded, nesting bounded, every step checked. Built on QCborStreamReader because Qt 6.4's
/// QCborValue::fromCbor reports an error and returns a value that crashes when read (input 0x4A).
class StrictCbor final
{
public:
    /// Reads @p data; @p what names it in messages ("the licence code"); @p maxDepth bounds nesting.
    StrictCbor(const QByteArray& data, QString what, int maxDepth);

    /// An optional tag: true and the tag's number when the next item is a tag, which is then skipped.
    bool readTag(quint64* tag);
    /// A container with at most @p maxItems items (pairs for a map); its item count in @p count.
    Status enterArray(qsizetype maxItems, qsizetype* count);
    Status enterMap(qsizetype maxPairs, qsizetype* count);
    /// Leaves the container entered last; fails when items are left in it.
    Status leave();
    Result<qint64> readInteger();
    Result<QByteArray> readBytes(qsizetype maxBytes);
    Result<QString> readText(qsizetype maxBytes);
    /// Fails unless every byte was read.
    Status finish();

    bool isInteger() const { return m_reader.isInteger(); }
    bool isBytes() const { return m_reader.isByteArray(); }
    bool isText() const { return m_reader.isString(); }

private:
    Status enter(bool map, qsizetype maxItems, qsizetype* count);
    Error malformed(const QString& detail) const;

    QByteArray m_data;
    QCborStreamReader m_reader;
    QString m_what;
    int m_maxDepth;
    int m_depth = 0;
};

} // namespace OneSeal
