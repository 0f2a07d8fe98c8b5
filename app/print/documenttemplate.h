#pragma once

#include "codes.h"
#include "core/result.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QPageLayout>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace OneSeal {

/// How a piece of text looks. Sizes are in points, spacings in multiples of the font size (em), so a
/// template reads like a typesetter's instructions.
struct TextStyle
{
    QStringList families;
    double pointSize = 12;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft; ///< AlignLeft, AlignHCenter, AlignRight or AlignJustify
    double lineSpacing = 1.5;                ///< line pitch as a multiple of the font size
    double indent = 0;                       ///< first-line indent in em (two characters in Chinese prose)
    double letterSpacing = 0;                ///< extra space after each character, in em
    QColor colour = Qt::black;
};

struct TableColumn
{
    QString title;
    QString text;       ///< per row, with placeholders for the row's fields and {{index}} (1, 2, …)
    double widthMm = 0; ///< 0: whatever the other columns leave
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// One thing on the page. Every length is in millimetres from the top-left corner of the area inside
/// the page margins.
struct TemplateElement
{
    enum class Type { Text, Table, Seal, Qr, Barcode, Line };
    /// Where the element goes: at a fixed place, below the element before it (so that text of any length
    /// pushes what follows down), or centred over the element before it (a seal over the issuer's name).
    enum class Placement { Absolute, Flow, OverPrevious };

    Type type = Type::Text;
    QString label; ///< the element's "id", or "element N (type)", for messages
    Placement placement = Placement::Flow;
    double xMm = 0;
    double yMm = 0;
    double widthMm = 0; ///< 0: to the right margin
    double heightMm = 0;
    double gapMm = 0;        ///< space above a flowing element
    QPointF offsetMm;        ///< shift from the centre of the element below, for OverPrevious
    QString when;            ///< the element is drawn only when this field is present and not empty
    bool mayOverlap = false; ///< may cover text and lines (a seal does); never a QR code or barcode

    QString text; ///< text, QR and barcode content, with {{field}} placeholders
    TextStyle style;

    QString rowsField; ///< table: the list field whose items are the rows
    QList<TableColumn> columns;
    TextStyle headerStyle;
    double paddingMm = 1.5;
    double ruleMm = 0.25;
    QString emptyText; ///< table: one row saying so when the list is empty; without it an empty list is an error

    QString sealField = QStringLiteral("seal"); ///< seal: the object field with ring_text, bottom_text, serial_code
    double diameterMm = 42;

    QrErrorCorrection errorCorrection = QrErrorCorrection::Quartile;
    bool humanReadable = true; ///< barcode: the text under the bars

    double thicknessMm = 0.3; ///< line
    QColor colour = Qt::black;
};

/// A document's layout as data: page, margins and elements, loaded from JSON (resources/templates).
/// Legal wording lives here, in the template's text, not in code.
struct DocumentTemplate
{
    QString name;  ///< the file's base name, e.g. "acceptance_notice"
    QString title; ///< the document's title, also the PDF's title
    int version = 1;
    QPageLayout pageLayout; ///< page size, orientation and margins (millimetres)
    QList<TemplateElement> elements;

    /// Parses and checks a template; every mistake is reported with the element it is in.
    static Result<DocumentTemplate> fromJson(const QByteArray& json, const QString& name);

    /// Every field path the template's placeholders, conditions, tables and seals refer to.
    QStringList fieldPaths() const;
};

} // namespace OneSeal
