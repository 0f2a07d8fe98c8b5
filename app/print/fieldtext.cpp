#include "fieldtext.h"

#include "core/numbering.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace OneSeal::FieldText {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Print)
};

// What the register says for a licence without an end date; a date field may hold it and prints it as it is.
const QString kIndefinite = QStringLiteral("长期");

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*(?:\\|\\s*([a-z_]+)\\s*)?\\}\\}"));
    return pattern;
}

bool knownFilter(const QString& filter)
{
    return filter.isEmpty() || filter == u"date";
}

Error missing(const QString& name)
{
    return makeError(QStringLiteral("print.missing_field"),
                     Text::tr("The document needs the field \"%1\", which is missing.").arg(name), name);
}

} // namespace

QList<Placeholder> placeholders(const QString& text)
{
    QList<Placeholder> result;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.append({match.captured(1), match.captured(2)});
    }
    return result;
}

Status check(const QString& text, const QString& where)
{
    QString rest = text;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!knownFilter(match.captured(2)))
            return makeError(
                QStringLiteral("print.template_invalid"),
                Text::tr("%1: unknown filter \"%2\" in \"%3\".").arg(where, match.captured(2), match.captured(0)));
    }
    rest.remove(placeholderPattern());
    if (rest.contains(u"{{") || rest.contains(u"}}"))
        return makeError(QStringLiteral("print.template_invalid"),
                         Text::tr("%1: a placeholder in \"%2\" is not written as {{field}}.").arg(where, text));
    return {};
}

QJsonValue lookUp(const QJsonObject& fields, const QString& path)
{
    QJsonValue value(fields);
    for (const QStringView step : QStringView(path).split(u'.')) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(step);
    }
    return value;
}

bool present(const QJsonObject& fields, const QString& path)
{
    const QJsonValue value = lookUp(fields, path);
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return false;
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::String: return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array: return !value.toArray().isEmpty();
    case QJsonValue::Object: return !value.toObject().isEmpty();
    case QJsonValue::Double: return true;
    }
    return false;
}

Result<QString> valueText(const QJsonValue& value, const QString& name)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return missing(name);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object: break;
    }
    return makeError(QStringLiteral("print.field_type"),
                     Text::tr("The field \"%1\" must be text or a number.").arg(name), name);
}

Result<QString> substitute(const QString& text, const QJsonObject& fields, const QString& prefix)
{
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();

        const QString path = match.captured(1);
        const QString name = prefix + path;
        Result<QString> value = valueText(lookUp(fields, path), name);
        if (!value)
            return value.error();
        if (match.captured(2) == u"date" && *value == kIndefinite) {
            result += *value;
        } else if (match.captured(2) == u"date") {
            // Dates travel as ISO 8601 and are written the way GB/T 9704 asks: full year, no leading zeros.
            // Strictly yyyy-MM-dd: Qt's ISO parser also takes 2026/12/11, which is no format any caller should send.
            static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate date = isoDate.match(*value).hasMatch() ? QDate::fromString(*value, Qt::ISODate) : QDate();
            if (!date.isValid())
                return makeError(
                    QStringLiteral("print.field_type"),
                    Text::tr("The field \"%1\" must be a date like 2026-11-28, not \"%2\".").arg(name, *value), name);
            result += formatChineseDate(date);
        } else {
            result += *value;
        }
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace OneSeal::FieldText
