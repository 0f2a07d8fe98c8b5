#pragma once

#include "catalogueitem.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace OneSeal {

/// A problem with one row of a catalogue file: the line (CSV) or item number (JSON), the field and
/// what to do about it.
struct CatalogueProblem
{
    int line = 0;
    QString field;
    QString message;
};

/// What reading a catalogue file gave: the items, or every problem found (then nothing is imported).
struct CatalogueReadResult
{
    QList<CatalogueItem> items;
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
QList<CatalogueProblem> validate(const CatalogueItem& item, int line);

/// The item types of domain-cn §1.2 ("01" → 行政许可), translated.
QString itemTypeName(const QString& code);

} // namespace CatalogueCodec
} // namespace OneSeal
