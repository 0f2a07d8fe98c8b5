#include "canonicaljson.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace OneSeal {
namespace {

// Escapes only what JSON requires; every other character is copied as UTF-8 in runs, so that a
// surrogate pair (𠮷) becomes one four-byte sequence.
void appendString(QByteArray& out, QStringView text)
{
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        out.append(text.mid(runStart, i - runStart).toUtf8());
        runStart = i + 1;
        switch (u) {
        case u'"': out.append("\\\""); break;
        case u'\\': out.append("\\\\"); break;
        case u'\b': out.append("\\b"); break;
        case u'\f': out.append("\\f"); break;
        case u'\n': out.append("\\n"); break;
        case u'\r': out.append("\\r"); break;
        case u'\t': out.append("\\t"); break;
        default: out.append("\\u00").append(QByteArray::number(u, 16).rightJustified(2, '0')); break;
        }
    }
    out.append(text.mid(runStart).toUtf8());
    out.append('"');
}

bool append(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: out.append("null"); return true;
    case QJsonValue::Bool: out.append(value.toBool() ? "true" : "false"); return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
            return false;
        out.append(QByteArray::number(qint64(d)));
        return true;
    }
    case QJsonValue::String: appendString(out, value.toString()); return true;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            if (!append(out, array.at(i)))
                return false;
        }
        out.append(']');
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
            return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
        });
        out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out.append(',');
            appendString(out, keys.at(i));
            out.append(':');
            if (!append(out, object.value(keys.at(i))))
                return false;
        }
        out.append('}');
        return true;
    }
    case QJsonValue::Undefined: return false;
    }
    return false;
}

} // namespace

Result<QByteArray> canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    if (!append(out, value))
        return makeError(QStringLiteral("json.not_canonical"),
                         QStringLiteral("A payload holds a fractional or out-of-range number; use integers."));
    return out;
}

} // namespace OneSeal
