#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace OneSeal {

/// `{{field}}` placeholders in template text. A dotted path reaches into nested objects
/// (`{{seal.ring_text}}`); a filter after a bar formats the value (`{{due_date|date}}` turns 2026-11-28
/// into 2026年11月28日, and leaves the register's 长期 as it is). A field that is missing is an error naming
/// it, never a silent blank: a notice with an empty date or applicant is worse than no notice.
namespace FieldText {

struct Placeholder
{
    QString path;
    QString filter; ///< empty, or one of the known filters
};

/// The placeholders in @p text, in order.
QList<Placeholder> placeholders(const QString& text);

/// Checks the placeholder syntax of @p text: balanced braces, known filters. @p where names the place in
/// the template for the message.
Status check(const QString& text, const QString& where);

/// The value at dotted @p path in @p fields; undefined when any step is missing.
QJsonValue lookUp(const QJsonObject& fields, const QString& path);

/// Whether the field at @p path is there and not empty (a condition for optional paragraphs).
bool present(const QJsonObject& fields, const QString& path);

/// @p text with each placeholder replaced by its field's text. @p prefix goes before field names in error
/// messages (for table rows: "materials[2].").
Result<QString> substitute(const QString& text, const QJsonObject& fields, const QString& prefix = {});

/// A field's value as text: strings as they are, whole numbers without a decimal point.
Result<QString> valueText(const QJsonValue& value, const QString& name);

} // namespace FieldText
} // namespace OneSeal
