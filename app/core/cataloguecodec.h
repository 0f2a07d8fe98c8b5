#pragma once

#include "catalogueitem.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace OneSeal {

/// Where a row stands in a catalogue file: the row as a spreadsheet shows it (the header is row 1 of
/// a CSV file; JSON items count from 1) and the text line it starts on (0 when not known). A CSV
/// cell may hold several lines, so the two differ.
struct CataloguePosition
{
    int row = 0;
    int line = 0;
};

/// A problem with one row of a catalogue file: where, which field, and what to do about it.
struct CatalogueProblem
{
    int row = 0;
    int line = 0;
    QString field;
    QString message;

    /// "row 4 (line 14), field statutory_days: …", translated.
    QString describe() const;
};

/// What reading a catalogue file gave: the items and every problem found; with any problem nothing
/// may be imported.
struct CatalogueReadResult
{
    QList<CatalogueItem> items;
    QList<CataloguePosition> positions; ///< of each item, so that later checks can name the row
    QList<CatalogueProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// Reads and writes the catalogue as JSON and as CSV (UTF-8 with BOM so that Excel opens it).
/// In CSV, list fields are one entry per line inside the cell, their parts separated by "|"
/// (a literal "|" or "\" is written "\|" or "\\").
namespace CatalogueCodec {

/// The CSV header, in column order; also the JSON keys of an item.
const QStringList& columns();

CatalogueReadResult readJson(const QByteArray& bytes);
CatalogueReadResult readCsv(const QByteArray& bytes);
QByteArray writeJson(const QList<CatalogueItem>& items);
QByteArray writeCsv(const QList<CatalogueItem>& items);

/// Checks one item's fields on their own (codes, limits, choices); references to sections and
/// departments are checked against the database by the service.
QList<CatalogueProblem> validate(const CatalogueItem& item, const CataloguePosition& at);

/// The name people read for a field key ("statutory_days" → "Statutory limit"), translated.
QString fieldLabel(const QString& key);

/// The item types of domain-cn §1.2 ("01" → 行政许可), translated.
QString itemTypeName(const QString& code);

} // namespace CatalogueCodec
} // namespace OneSeal
