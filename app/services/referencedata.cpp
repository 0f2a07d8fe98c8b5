#include "referencedata.h"

#include "core/textinput.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSqlRecord>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
};

using T = FieldSpec::Type;

FieldSpec text(const char* key, const QString& label, int maxLength = 60, bool required = true)
{
    return FieldSpec{QString::fromLatin1(key), label, T::Text, required, maxLength, {}, {}};
}
FieldSpec code(const char* key, const QString& label)
{
    return FieldSpec{QString::fromLatin1(key), label, T::Code, true, 20, {}, {}};
}
FieldSpec choice(const char* key, const QString& label, const QStringList& choices)
{
    return FieldSpec{QString::fromLatin1(key), label, T::Choice, true, 0, choices, {}};
}
FieldSpec reference(const char* key, const QString& label, const char* kind)
{
    return FieldSpec{QString::fromLatin1(key), label, T::Reference, true, 0, {}, QString::fromLatin1(kind)};
}
FieldSpec flag(const char* key, const QString& label)
{
    return FieldSpec{QString::fromLatin1(key), label, T::Flag, false, 0, {}, {}};
}
FieldSpec date(const char* key, const QString& label, bool required)
{
    return FieldSpec{QString::fromLatin1(key), label, T::Date, required, 10, {}, {}};
}

QJsonValue fromColumn(const FieldSpec& spec, const QVariant& value)
{
    if (spec.type == T::Flag)
        return value.toInt() != 0;
    return value.isNull() ? QJsonValue(QString()) : QJsonValue(value.toString());
}

} // namespace

const QList<RecordKind>& ReferenceDataService::kinds()
{
    // Built on first use, after the translators are installed, so the labels are in the UI language.
    static const QList<RecordKind> list{
        {QStringLiteral("site"),
         QStringLiteral("sites"),
         Text::tr("Sites"),
         {code("code", Text::tr("Code")), text("name", Text::tr("Name")),
          choice("kind", Text::tr("Kind"), {QStringLiteral("central"), QStringLiteral("town")}),
          code("case_prefix", Text::tr("Case number prefix")),
          text("agency_name", Text::tr("Issuing agency on notices")),
          text("document_prefix", Text::tr("Document number prefix"), 10), text("address", Text::tr("Address"), 120, false),
          text("phone", Text::tr("Phone"), 30, false), flag("active", Text::tr("In use"))}},
        {QStringLiteral("window"),
         QStringLiteral("windows"),
         Text::tr("Windows"),
         {reference("site_id", Text::tr("Site"), "site"), code("code", Text::tr("Code")),
          text("name", Text::tr("Name")),
          choice("kind", Text::tr("Kind"),
                 {QStringLiteral("commerce"), QStringLiteral("planning"), QStringLiteral("general")}),
          code("ticket_letter", Text::tr("Ticket letter")), flag("active", Text::tr("In use"))}},
        {QStringLiteral("section"),
         QStringLiteral("sections"),
         Text::tr("Sections"),
         {code("code", Text::tr("Code")), text("name", Text::tr("Name")), flag("active", Text::tr("In use"))}},
        {QStringLiteral("department"),
         QStringLiteral("departments"),
         Text::tr("Departments"),
         {code("code", Text::tr("Code")), text("name", Text::tr("Name")),
          choice("kind", Text::tr("Kind"), {QStringLiteral("supervision"), QStringLiteral("enforcement")}),
          flag("active", Text::tr("In use"))}},
        {QStringLiteral("seal"),
         QStringLiteral("seals"),
         Text::tr("Seals"),
         {code("code", Text::tr("Code")), text("name", Text::tr("Name")),
          choice("kind", Text::tr("Kind"), {QStringLiteral("approval"), QStringLiteral("service")}),
          reference("owner_site_id", Text::tr("Owner site"), "site"),
          text("owner_name", Text::tr("Owner organisation")), text("ring_text", Text::tr("Ring text")),
          text("bottom_text", Text::tr("Bottom text")), code("serial_code", Text::tr("Serial code")),
          date("valid_from", Text::tr("Valid from"), true), date("valid_to", Text::tr("Valid to"), false),
          flag("active", Text::tr("In use"))}},
    };
    return list;
}

const RecordKind* ReferenceDataService::kind(const QString& key)
{
    for (const RecordKind& k : kinds()) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

QString ReferenceDataService::choiceLabel(const QString& choice)
{
    if (choice == u"central")
        return Text::tr("Central service hall");
    if (choice == u"town")
        return Text::tr("Town service centre");
    if (choice == u"commerce")
        return Text::tr("Business registration");
    if (choice == u"planning")
        return Text::tr("Planning and construction");
    if (choice == u"general")
        return Text::tr("General services");
    if (choice == u"supervision")
        return Text::tr("Supervision");
    if (choice == u"enforcement")
        return Text::tr("Enforcement");
    if (choice == u"approval")
        return Text::tr("Administrative approval seal");
    if (choice == u"service")
        return Text::tr("Service centre seal");
    return choice;
}

Result<QList<QJsonObject>> ReferenceDataService::list(const QString& kindKey)
{
    const RecordKind* k = kind(kindKey);
    if (!k)
        return makeError(QStringLiteral("refdata.unknown_kind"), Text::tr("Unknown record kind %1.").arg(kindKey));
    QStringList columns{QStringLiteral("id")};
    for (const FieldSpec& field : k->fields)
        columns.append(field.key);
    auto q =
        m_store.database().query(QStringLiteral("SELECT %1 FROM %2 ORDER BY code").arg(columns.join(u','), k->table));
    if (!q)
        return q.error();
    QList<QJsonObject> records;
    while (q->next()) {
        QJsonObject record{{QStringLiteral("id"), q->value(0).toString()}};
        for (qsizetype i = 0; i < k->fields.size(); ++i)
            record.insert(k->fields.at(i).key, fromColumn(k->fields.at(i), q->value(int(i) + 1)));
        records.append(record);
    }
    return records;
}

Result<QString> ReferenceDataService::idForCode(const QString& kindKey, const QString& code)
{
    const RecordKind* k = kind(kindKey);
    if (!k)
        return makeError(QStringLiteral("refdata.unknown_kind"), Text::tr("Unknown record kind %1.").arg(kindKey));
    auto q = m_store.database().query(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(k->table), {code});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("refdata.unknown_code"),
                         Text::tr("There is no %1 with the code %2.").arg(k->title, code));
    return q->value(0).toString();
}

Result<QString> ReferenceDataService::save(const Session& actor, const QString& kindKey, const QString& id,
                                           const QJsonObject& fields)
{
    if (Status allowed = require(actor, Permission::ManageConfiguration); !allowed)
        return allowed.error();
    const RecordKind* k = kind(kindKey);
    if (!k)
        return makeError(QStringLiteral("refdata.unknown_kind"), Text::tr("Unknown record kind %1.").arg(kindKey));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QJsonObject payload;
    for (const FieldSpec& spec : k->fields) {
        const QJsonValue value = fields.value(spec.key);
        auto fail = [&spec](const QString& message) {
            return makeError(QStringLiteral("input.invalid"), message, spec.key);
        };
        switch (spec.type) {
        case T::Flag: payload.insert(spec.key, value.isUndefined() ? true : value.toBool()); continue;
        case T::Text: {
            const auto checked = checkText(value.toString(), spec.label, spec.maxLength, spec.required);
            if (!checked)
                return Error{checked.error().code, checked.error().message, spec.key};
            payload.insert(spec.key, *checked);
            continue;
        }
        case T::Code:
            if (!codePattern.match(value.toString()).hasMatch() || value.toString().size() > spec.maxLength)
                return fail(Text::tr("%1 must be 1-%2 letters, digits, hyphens or underscores.")
                                .arg(spec.label)
                                .arg(spec.maxLength));
            payload.insert(spec.key, value.toString());
            continue;
        case T::Choice:
            if (!spec.choices.contains(value.toString()))
                return fail(Text::tr("Choose a %1 from the list.").arg(spec.label));
            payload.insert(spec.key, value.toString());
            continue;
        case T::Reference: {
            const RecordKind* target = kind(spec.referenceKind);
            auto q = m_store.database().query(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(target->table),
                                              {value.toString()});
            if (!q)
                return q.error();
            if (!q->next())
                return fail(Text::tr("Choose a %1 from the list.").arg(spec.label));
            payload.insert(spec.key, value.toString());
            continue;
        }
        case T::Date: {
            const QString text = value.toString();
            if (text.isEmpty() && !spec.required) {
                payload.insert(spec.key, QString());
                continue;
            }
            if (!QDate::fromString(text, Qt::ISODate).isValid())
                return fail(Text::tr("%1 must be a date written as YYYY-MM-DD.").arg(spec.label));
            payload.insert(spec.key, text);
            continue;
        }
        }
    }
    // A code must stay unique; say so at the field instead of showing the constraint's message.
    auto clash = m_store.database().query(QStringLiteral("SELECT 1 FROM %1 WHERE code = ? AND id <> ?").arg(k->table),
                                          {payload.value(u"code").toString(), id});
    if (!clash)
        return clash.error();
    if (clash->next() && k->key != u"window")
        return makeError(
            QStringLiteral("input.code_taken"),
            Text::tr("The code %1 is used already; choose another.").arg(payload.value(u"code").toString()),
            QStringLiteral("code"));
    const QString recordId = id.isEmpty() ? makeUuid7(m_store.clock().nowUtc()) : id;
    const auto event = m_store.record(actor, k->key + QStringLiteral(".saved"), k->key, recordId, payload);
    if (!event)
        return event.error();
    return recordId;
}

} // namespace OneSeal
