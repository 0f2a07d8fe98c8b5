#include "catalogueservice.h"

#include "core/canonicaljson.h"
#include "core/uuid7.h"
#include "db/database.h"
#include "eventstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)
};

const QString kItemColumns = QStringLiteral(
    "i.id, i.national_code, i.implementation_code, i.name, i.pinyin_initials, i.item_type, i.agency, i.legal_basis, "
    "i.conditions, i.review_standard, i.materials, i.statutory_days, i.promised_days, i.special_procedures, i.fees, "
    "i.window_kind, s.code, d.code, i.result_template, i.result_name, i.on_the_spot, i.level, i.active");

QJsonArray arrayOf(const QVariant& column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).array();
}

/// An item row through the same JSON reading as a catalogue file, so that both agree on every field.
StoredItem fromRow(const QSqlQuery& q)
{
    const QJsonObject json{
        {QStringLiteral("national_code"), q.value(1).toString()},
        {QStringLiteral("implementation_code"), q.value(2).toString()},
        {QStringLiteral("name"), q.value(3).toString()},
        {QStringLiteral("pinyin_initials"), q.value(4).toString()},
        {QStringLiteral("item_type"), q.value(5).toString()},
        {QStringLiteral("agency"), q.value(6).toString()},
        {QStringLiteral("legal_basis"), arrayOf(q.value(7))},
        {QStringLiteral("conditions"), q.value(8).toString()},
        {QStringLiteral("review_standard"), q.value(9).toString()},
        {QStringLiteral("materials"), arrayOf(q.value(10))},
        {QStringLiteral("statutory_days"), q.value(11).toInt()},
        {QStringLiteral("promised_days"), q.value(12).toInt()},
        {QStringLiteral("special_procedures"), arrayOf(q.value(13))},
        {QStringLiteral("fees"), arrayOf(q.value(14))},
        {QStringLiteral("window_kind"), q.value(15).toString()},
        {QStringLiteral("section"), q.value(16).toString()},
        {QStringLiteral("department"), q.value(17).toString()},
        {QStringLiteral("result_template"), q.value(18).toString()},
        {QStringLiteral("result_name"), q.value(19).toString()},
        {QStringLiteral("on_the_spot"), q.value(20).toBool()},
        {QStringLiteral("level"), q.value(21).toString()},
        {QStringLiteral("active"), q.value(22).toBool()},
    };
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("oneseal-catalogue")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("items"), QJsonArray{json}}};
    const CatalogueReadResult read = CatalogueCodec::readJson(QJsonDocument(root).toJson());
    StoredItem stored;
    stored.id = q.value(0).toString();
    // A stored item always passed validation; fall back to the raw fields should a rule tighten later.
    if (!read.items.isEmpty())
        stored.item = read.items.first();
    else {
        stored.item.name = json.value(u"name").toString();
        stored.item.implementationCode = json.value(u"implementation_code").toString();
    }
    return stored;
}

/// The payload of an item.saved event: the item's columns, lists as JSON.
QJsonObject payloadOf(const CatalogueItem& item, const QString& sectionId, const QString& departmentId)
{
    const QJsonObject json = QJsonDocument::fromJson(CatalogueCodec::writeJson({item}))
                                 .object()
                                 .value(u"items")
                                 .toArray()
                                 .first()
                                 .toObject();
    QJsonObject payload = json;
    payload.remove(QStringLiteral("section"));
    payload.remove(QStringLiteral("department"));
    payload.insert(QStringLiteral("section_id"), sectionId);
    payload.insert(QStringLiteral("department_id"), departmentId);
    return payload;
}

} // namespace

CatalogueService::Format CatalogueService::formatFor(const QString& path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

QList<CatalogueProblem> CatalogueService::checkReferences(const CatalogueItem& item, const CataloguePosition& at)
{
    QList<CatalogueProblem> problems;
    auto exists = [this](const QString& table, const QString& code) {
        auto q = m_store.database().query(QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(table), {code});
        return q && q->next();
    };
    if (!item.section.isEmpty() && !exists(QStringLiteral("sections"), item.section))
        problems.append(
            {at.row, at.line, QStringLiteral("section"),
             Text::tr("there is no section with the code %1; add it under Organisation first").arg(item.section)});
    if (!item.department.isEmpty() && !exists(QStringLiteral("departments"), item.department))
        problems.append({at.row, at.line, QStringLiteral("department"),
                         Text::tr("there is no department with the code %1; add it under Organisation first")
                             .arg(item.department)});
    return problems;
}

Result<QString> CatalogueService::write(const Session& actor, const QString& id, const CatalogueItem& item)
{
    Database& db = m_store.database();
    auto ids = db.query(QStringLiteral("SELECT (SELECT id FROM sections WHERE code = ?), "
                                       "(SELECT id FROM departments WHERE code = ?)"),
                        {item.section, item.department});
    if (!ids)
        return ids.error();
    ids->next();
    const QString itemId = id.isEmpty() ? makeUuid7(m_store.clock().nowUtc()) : id;
    const auto event = m_store.record(actor, QStringLiteral("item.saved"), QStringLiteral("item"), itemId,
                                      payloadOf(item, ids->value(0).toString(), ids->value(1).toString()));
    if (!event)
        return event.error();
    return itemId;
}

CatalogueImportReport CatalogueService::importData(const Session& actor, const QByteArray& data, Format format)
{
    CatalogueImportReport report;
    if (Status allowed = require(actor, Permission::ManageConfiguration); !allowed) {
        report.problems.append({0, 0, QString(), allowed.error().message});
        return report;
    }
    CatalogueReadResult read = format == Format::Csv ? CatalogueCodec::readCsv(data) : CatalogueCodec::readJson(data);
    report.problems = read.problems;
    // Every problem is reported at once, so that one round of corrections is enough.
    for (qsizetype i = 0; i < read.items.size(); ++i)
        report.problems += checkReferences(read.items.at(i), read.positions.at(i));
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const CatalogueProblem& a, const CatalogueProblem& b) { return a.row < b.row; });
    if (!report.ok())
        return report;

    const auto existing = items();
    if (!existing) {
        report.problems.append({0, 0, QString(), existing.error().message});
        return report;
    }
    QHash<QString, StoredItem> byCode;
    for (const StoredItem& stored : *existing)
        byCode.insert(stored.item.implementationCode, stored);

    const Status status = m_store.transaction([&]() -> Status {
        for (const CatalogueItem& item : read.items) {
            const auto it = byCode.constFind(item.implementationCode);
            if (it != byCode.cend() && it->item == item) {
                ++report.unchanged;
                continue;
            }
            const auto written = write(actor, it != byCode.cend() ? it->id : QString(), item);
            if (!written)
                return written.error();
            ++(it != byCode.cend() ? report.updated : report.created);
        }
        return {};
    });
    if (!status) {
        report.created = report.updated = report.unchanged = 0;
        report.problems.append({0, 0, QString(), status.error().message});
    }
    return report;
}

CatalogueImportReport CatalogueService::importFile(const Session& actor, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogueImportReport report;
        report.problems.append({0, 0, QString(), Text::tr("Cannot read %1: %2.").arg(path, file.errorString())});
        return report;
    }
    return importData(actor, file.readAll(), formatFor(path));
}

Result<QByteArray> CatalogueService::exportData(Format format)
{
    const auto stored = items();
    if (!stored)
        return stored.error();
    QList<CatalogueItem> list;
    for (const StoredItem& s : *stored)
        list.append(s.item);
    return format == Format::Csv ? CatalogueCodec::writeCsv(list) : CatalogueCodec::writeJson(list);
}

Status CatalogueService::exportFile(const QString& path)
{
    const auto data = exportData(formatFor(path));
    if (!data)
        return data.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        return makeError(QStringLiteral("catalogue.write_failed"),
                         Text::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

Result<QList<StoredItem>> CatalogueService::items(bool includeInactive)
{
    auto q = m_store.database().query(QStringLiteral("SELECT ") + kItemColumns +
                                      QStringLiteral(" FROM items i JOIN sections s ON s.id = i.section_id "
                                                     "JOIN departments d ON d.id = i.department_id %1 "
                                                     "ORDER BY s.code, i.implementation_code")
                                          .arg(includeInactive ? QString() : QStringLiteral("WHERE i.active = 1")));
    if (!q)
        return q.error();
    QList<StoredItem> list;
    while (q->next())
        list.append(fromRow(*q));
    return list;
}

Result<StoredItem> CatalogueService::item(const QString& id)
{
    auto q = m_store.database().query(QStringLiteral("SELECT ") + kItemColumns +
                                          QStringLiteral(" FROM items i JOIN sections s ON s.id = i.section_id "
                                                         "JOIN departments d ON d.id = i.department_id WHERE i.id = ?"),
                                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("catalogue.no_item"), Text::tr("There is no item with the id %1.").arg(id));
    return fromRow(*q);
}

Result<QString> CatalogueService::saveItem(const Session& actor, const QString& id, const CatalogueItem& item)
{
    if (Status allowed = require(actor, Permission::ManageConfiguration); !allowed)
        return allowed.error();
    QList<CatalogueProblem> problems = CatalogueCodec::validate(item, {}) + checkReferences(item, {});
    auto clash = m_store.database().query(
        QStringLiteral("SELECT name FROM items WHERE (implementation_code = ? OR name = ?) AND id <> ?"),
        {item.implementationCode, item.name, id});
    if (!clash)
        return clash.error();
    if (clash->next())
        problems.append(
            {0, 0, QStringLiteral("implementation_code"),
             Text::tr("another item (%1) has this implementation code or name").arg(clash->value(0).toString())});
    if (!problems.isEmpty())
        return makeError(QStringLiteral("input.invalid"), problems.first().message, problems.first().field);
    return write(actor, id, item);
}

} // namespace OneSeal
