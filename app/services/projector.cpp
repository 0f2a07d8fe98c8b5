#include "projector.h"

#include "core/canonicaljson.h"
#include "db/database.h"
#include "db/journal.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSqlRecord>

namespace OneSeal::Projector {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Projector)
};

/// Where each subject type lives. The settings table is keyed by "key", every other by "id".
struct Subject
{
    QString table;
    QString keyColumn;
};

const QHash<QString, Subject>& subjects()
{
    static const QHash<QString, Subject> map{
        {QStringLiteral("site"), {QStringLiteral("sites"), QStringLiteral("id")}},
        {QStringLiteral("window"), {QStringLiteral("windows"), QStringLiteral("id")}},
        {QStringLiteral("section"), {QStringLiteral("sections"), QStringLiteral("id")}},
        {QStringLiteral("department"), {QStringLiteral("departments"), QStringLiteral("id")}},
        {QStringLiteral("user"), {QStringLiteral("users"), QStringLiteral("id")}},
        {QStringLiteral("seal"), {QStringLiteral("seals"), QStringLiteral("id")}},
        {QStringLiteral("calendar_year"), {QStringLiteral("calendar_years"), QStringLiteral("year")}},
        {QStringLiteral("item"), {QStringLiteral("items"), QStringLiteral("id")}},
        {QStringLiteral("applicant"), {QStringLiteral("applicants"), QStringLiteral("id")}},
        {QStringLiteral("application"), {QStringLiteral("applications"), QStringLiteral("id")}},
        {QStringLiteral("dishonesty_entry"), {QStringLiteral("dishonesty_entries"), QStringLiteral("id")}},
        {QStringLiteral("setting"), {QStringLiteral("settings"), QStringLiteral("key")}},
        {QStringLiteral("notice"), {QStringLiteral("notices"), QStringLiteral("id")}},
        {QStringLiteral("dishonesty_lookup"), {QStringLiteral("dishonesty_lookups"), QStringLiteral("id")}},
        {QStringLiteral("review_opinion"), {QStringLiteral("review_opinions"), QStringLiteral("id")}},
        {QStringLiteral("case_suspension"), {QStringLiteral("case_suspensions"), QStringLiteral("id")}},
        {QStringLiteral("decision_correction"), {QStringLiteral("decision_corrections"), QStringLiteral("id")}},
        {QStringLiteral("ticket"), {QStringLiteral("tickets"), QStringLiteral("id")}},
        {QStringLiteral("seal_key"), {QStringLiteral("seal_keys"), QStringLiteral("id")}},
        {QStringLiteral("licence"), {QStringLiteral("licences"), QStringLiteral("id")}},
        {QStringLiteral("licence_print"), {QStringLiteral("licence_prints"), QStringLiteral("id")}},
        {QStringLiteral("spoiled_sheet"), {QStringLiteral("spoiled_sheets"), QStringLiteral("id")}},
        {QStringLiteral("notice_print"), {QStringLiteral("notice_prints"), QStringLiteral("id")}},
    };
    return map;
}

/// The subject type of each event type. Every payload is a set of column values for the subject's
/// row: the row is inserted when new and otherwise updated in the named columns only; roles and
/// calendar days ride along in their own tables.
const QHash<QString, QString>& eventSubjects()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("site.saved"), QStringLiteral("site")},
        {QStringLiteral("window.saved"), QStringLiteral("window")},
        {QStringLiteral("section.saved"), QStringLiteral("section")},
        {QStringLiteral("department.saved"), QStringLiteral("department")},
        {QStringLiteral("seal.saved"), QStringLiteral("seal")},
        {QStringLiteral("item.saved"), QStringLiteral("item")},
        {QStringLiteral("applicant.saved"), QStringLiteral("applicant")},
        {QStringLiteral("application.recorded"), QStringLiteral("application")},
        {QStringLiteral("dishonesty_entry.saved"), QStringLiteral("dishonesty_entry")},
        {QStringLiteral("setting.changed"), QStringLiteral("setting")},
        {QStringLiteral("user.created"), QStringLiteral("user")},
        {QStringLiteral("user.updated"), QStringLiteral("user")},
        {QStringLiteral("user.password_set"), QStringLiteral("user")},
        {QStringLiteral("user.signin_failed"), QStringLiteral("user")},
        {QStringLiteral("user.signed_in"), QStringLiteral("user")},
        {QStringLiteral("user.unlocked"), QStringLiteral("user")},
        {QStringLiteral("user.roles_set"), QStringLiteral("user")},
        {QStringLiteral("calendar.year_imported"), QStringLiteral("calendar_year")},
        {QStringLiteral("application.received"), QStringLiteral("application")},
        {QStringLiteral("application.accepted"), QStringLiteral("application")},
        {QStringLiteral("application.supplement_requested"), QStringLiteral("application")},
        {QStringLiteral("application.rejected"), QStringLiteral("application")},
        {QStringLiteral("application.decided"), QStringLiteral("application")},
        {QStringLiteral("notice.issued"), QStringLiteral("notice")},
        {QStringLiteral("dishonesty.looked_up"), QStringLiteral("dishonesty_lookup")},
        {QStringLiteral("application.claimed"), QStringLiteral("application")},
        {QStringLiteral("application.released"), QStringLiteral("application")},
        {QStringLiteral("application.reassigned"), QStringLiteral("application")},
        {QStringLiteral("application.reviewed"), QStringLiteral("application")},
        {QStringLiteral("application.extended"), QStringLiteral("application")},
        {QStringLiteral("application.decision_corrected"), QStringLiteral("application")},
        {QStringLiteral("review_opinion.recorded"), QStringLiteral("review_opinion")},
        {QStringLiteral("case_suspension.started"), QStringLiteral("case_suspension")},
        {QStringLiteral("case_suspension.ended"), QStringLiteral("case_suspension")},
        {QStringLiteral("decision_correction.recorded"), QStringLiteral("decision_correction")},
        {QStringLiteral("ticket.issued"), QStringLiteral("ticket")},
        {QStringLiteral("ticket.called"), QStringLiteral("ticket")},
        {QStringLiteral("ticket.recalled"), QStringLiteral("ticket")},
        {QStringLiteral("ticket.skipped"), QStringLiteral("ticket")},
        {QStringLiteral("ticket.transferred"), QStringLiteral("ticket")},
        {QStringLiteral("ticket.finished"), QStringLiteral("ticket")},
        {QStringLiteral("seal.key_registered"), QStringLiteral("seal")},
        {QStringLiteral("seal_key.registered"), QStringLiteral("seal_key")},
        {QStringLiteral("licence.issued"), QStringLiteral("licence")},
        {QStringLiteral("licence.voided"), QStringLiteral("licence")},
        {QStringLiteral("licence.revoked"), QStringLiteral("licence")},
        {QStringLiteral("licence_print.recorded"), QStringLiteral("licence_print")},
        {QStringLiteral("application.licence_printed"), QStringLiteral("application")},
        {QStringLiteral("spoiled_sheet.recorded"), QStringLiteral("spoiled_sheet")},
        {QStringLiteral("application.delivered"), QStringLiteral("application")},
        {QStringLiteral("notice_print.recorded"), QStringLiteral("notice_print")},
    };
    return map;
}

/// Columns of a table, read once per process: the schema is fixed for a build.
QStringList columnsOf(Database& db, const QString& table)
{
    static QMutex mutex;
    static QHash<QString, QStringList> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(table);
    if (it != cache.cend())
        return *it;
    QStringList columns;
    const QSqlRecord record = db.sql().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    cache.insert(table, columns);
    return columns;
}

/// A payload value as it is stored: lists and maps as canonical JSON text, booleans as 0/1.
QVariant columnValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? 1 : 0;
    case QJsonValue::Double: return qint64(value.toDouble());
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object: return QString::fromUtf8(canonicalJson(value).value());
    default: return QVariant();
    }
}

Status writeRow(Database& db, const Subject& subject, const Event& event, const QJsonObject& fields)
{
    const QStringList columns = columnsOf(db, subject.table);
    QStringList names;
    QVariantList values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!columns.contains(it.key()) || it.key() == subject.keyColumn || it.key() == u"version")
            return makeError(QStringLiteral("projection.unknown_field"),
                             Text::tr("Event %1 (%2) sets \"%3\", which is no field of %4.")
                                 .arg(event.id, event.type, it.key(), subject.table));
        names.append(it.key());
        values.append(columnValue(it.value()));
    }
    const qint64 newVersion = event.subjectVersion + 1;
    if (event.subjectVersion == 0) {
        names.append(subject.keyColumn);
        values.append(event.subjectId);
        names.append(QStringLiteral("version"));
        values.append(newVersion);
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(subject.table, names.join(u','), QStringList(names.size(), QStringLiteral("?")).join(u','));
        auto q = db.query(sql, values);
        return q ? Status() : Status(q.error());
    }
    QStringList assignments;
    for (const QString& name : names)
        assignments.append(name + QStringLiteral(" = ?"));
    assignments.append(QStringLiteral("version = ?"));
    values.append(newVersion);
    values.append(event.subjectId);
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(subject.table, assignments.join(u','), subject.keyColumn);
    auto q = db.query(sql, values);
    return q ? Status() : Status(q.error());
}

Status replaceRoles(Database& db, const QString& userId, const QJsonArray& roles)
{
    if (auto q = db.query(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId}); !q)
        return q.error();
    for (const QJsonValue& role : roles) {
        if (auto q = db.query(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"),
                              {userId, role.toString()});
            !q)
            return q.error();
    }
    return {};
}

Status replaceCalendarDays(Database& db, const QString& year, const QJsonArray& days)
{
    if (auto q = db.query(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"), {year}); !q)
        return q.error();
    for (const QJsonValue& value : days) {
        const QJsonObject day = value.toObject();
        if (auto q = db.query(QStringLiteral("INSERT OR REPLACE INTO calendar_days (date, year, off_day, name) "
                                             "VALUES (?, ?, ?, ?)"),
                              {day.value(u"date").toString(), year, day.value(u"off_day").toBool() ? 1 : 0,
                               day.value(u"name").toString()});
            !q)
            return q.error();
    }
    return {};
}

} // namespace

const QStringList& projectedTables()
{
    static const QStringList tables{
        QStringLiteral("sites"),
        QStringLiteral("windows"),
        QStringLiteral("sections"),
        QStringLiteral("departments"),
        QStringLiteral("users"),
        QStringLiteral("user_roles"),
        QStringLiteral("seals"),
        QStringLiteral("calendar_years"),
        QStringLiteral("calendar_days"),
        QStringLiteral("items"),
        QStringLiteral("applicants"),
        QStringLiteral("applications"),
        QStringLiteral("dishonesty_entries"),
        QStringLiteral("settings"),
        QStringLiteral("notices"),
        QStringLiteral("dishonesty_lookups"),
        QStringLiteral("review_opinions"),
        QStringLiteral("case_suspensions"),
        QStringLiteral("decision_corrections"),
        QStringLiteral("tickets"),
        QStringLiteral("seal_keys"),
        QStringLiteral("licences"),
        QStringLiteral("licence_prints"),
        QStringLiteral("spoiled_sheets"),
        QStringLiteral("notice_prints"),
    };
    return tables;
}

Result<qint64> currentVersion(Database& db, const QString& subjectType, const QString& subjectId)
{
    const auto it = subjects().constFind(subjectType);
    if (it == subjects().cend())
        return makeError(QStringLiteral("projection.unknown_subject"),
                         Text::tr("Unknown subject type \"%1\".").arg(subjectType));
    auto q = db.query(QStringLiteral("SELECT version FROM %1 WHERE %2 = ?").arg(it->table, it->keyColumn), {subjectId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<int> rebuildSubject(Database& db, const QString& subjectType, const QString& subjectId,
                           const QSet<QString>& refused)
{
    Q_ASSERT(db.inTransaction());
    const auto it = subjects().constFind(subjectType);
    if (it == subjects().cend())
        return makeError(QStringLiteral("projection.unknown_subject"),
                         Text::tr("Unknown subject type \"%1\".").arg(subjectType));
    const auto events = Journal::listSubject(db, subjectType, subjectId);
    if (!events)
        return events.error();
    // Rows that refer to this one stay; their references are checked again at commit.
    if (auto q = db.query(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !q)
        return q.error();
    if (subjectType == u"user") {
        if (auto q = db.query(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {subjectId}); !q)
            return q.error();
    } else if (subjectType == u"calendar_year") {
        if (auto q = db.query(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"), {subjectId}); !q)
            return q.error();
    }
    if (auto q = db.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(it->table, it->keyColumn), {subjectId}); !q)
        return q.error();
    int applied = 0;
    for (const Event& event : *events) {
        if (refused.contains(event.id))
            continue;
        const Status status = apply(db, event);
        // A step made on top of a refused one no longer fits; the server refuses it too.
        if (!status && status.error().code == u"projection.version_conflict")
            continue;
        if (!status)
            return status.error();
        ++applied;
    }
    return applied;
}

Status apply(Database& db, const Event& event)
{
    if (eventSubjects().value(event.type) != event.subjectType)
        return makeError(QStringLiteral("projection.unknown_event"),
                         Text::tr("Event %1 has the unknown type \"%2\" for a %3; this program may be too old.")
                             .arg(event.id, event.type, event.subjectType));
    const Subject subject = subjects().value(event.subjectType);
    const auto version = currentVersion(db, event.subjectType, event.subjectId);
    if (!version)
        return version.error();
    if (*version != event.subjectVersion)
        return makeError(QStringLiteral("projection.version_conflict"),
                         Text::tr("Event %1 was made on version %2 of %3 %4, but the version here is %5.")
                             .arg(event.id)
                             .arg(event.subjectVersion)
                             .arg(event.subjectType, event.subjectId)
                             .arg(*version));

    QJsonObject fields = event.payload;
    if (event.type == u"user.created" || event.type == u"user.roles_set") {
        const QJsonArray roles = fields.take(QStringLiteral("roles")).toArray();
        if (Status status = writeRow(db, subject, event, fields); !status)
            return status;
        return replaceRoles(db, event.subjectId, roles);
    }
    if (event.type == u"calendar.year_imported") {
        const QJsonArray days = fields.take(QStringLiteral("days")).toArray();
        if (Status status = writeRow(db, subject, event, fields); !status)
            return status;
        return replaceCalendarDays(db, event.subjectId, days);
    }
    return writeRow(db, subject, event, fields);
}

} // namespace OneSeal::Projector
