#pragma once

#include "core/cataloguecodec.h"
#include "core/catalogueitem.h"
#include "core/result.h"
#include "session.h"

#include <QList>
#include <QString>

namespace OneSeal {

class EventStore;

/// A catalogue item as stored, with its id.
struct StoredItem
{
    QString id;
    CatalogueItem item;
};

/// What an import did, or why it did nothing.
struct CatalogueImportReport
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    /// Every problem with line and field; when not empty nothing was imported.
    QList<CatalogueProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// The item catalogue (事项清单 and 办事指南): import and export as JSON or CSV, and editing item by
/// item. Items are keyed by their implementation code across imports. A system administrator's work.
class CatalogueService final
{
public:
    enum class Format { Json, Csv };

    explicit CatalogueService(EventStore& store) : m_store(store) {}

    /// The format a file name calls for (.csv is CSV, anything else JSON).
    static Format formatFor(const QString& path);

    /// Checks every row (fields, duplicates, section and department codes) and imports all of
    /// them in one transaction, or none when any row is bad.
    CatalogueImportReport importData(const Session& actor, const QByteArray& data, Format format);
    CatalogueImportReport importFile(const Session& actor, const QString& path);
    Result<QByteArray> exportData(Format format);
    Status exportFile(const QString& path);

    Result<QList<StoredItem>> items(bool includeInactive = true);
    Result<StoredItem> item(const QString& id);
    /// Saves one item edited in the admin workspace; @p id is empty for a new item.
    Result<QString> saveItem(const Session& actor, const QString& id, const CatalogueItem& item);

private:
    QList<CatalogueProblem> checkReferences(const CatalogueItem& item, const CataloguePosition& at);
    Result<QString> write(const Session& actor, const QString& id, const CatalogueItem& item);

    EventStore& m_store;
};

} // namespace OneSeal
