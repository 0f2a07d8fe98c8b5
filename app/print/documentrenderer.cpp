#include "documentrenderer.h"

#include "codes.h"
#include "fieldtext.h"
#include "pdftextlayer.h"
#include "printlog.h"
#include "sealpainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextLayout>
#include <functional>
#include <optional>
#include <memory>
#include <vector>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Print)
};

constexpr int kPdfResolution = 300;
// Every page is laid out at this resolution, whatever it is painted on, and scaled to the device: font
// metrics differ slightly between pixel sizes, and a preview must break its lines where the print does.
constexpr int kLayoutDpi = kPdfResolution;
constexpr double kPointsPerInch = 72.0;
constexpr double kMmPerInch = 25.4;
// Boxes that touch by less than this many millimetres are rounding, not a layout fault.
constexpr double kToleranceMm = 0.2;

// Millimetres and points in painter units, for one page.
struct Canvas
{
    QPaintDevice* device = nullptr;
    QRectF pageRect;
    QRectF contentRect;
    double pxPerMm = 1;

    double mm(double millimetres) const { return millimetres * pxPerMm; }
    double toMm(double units) const { return units / pxPerMm; }
    double emPx(double points) const { return points / kPointsPerInch * kMmPerInch * pxPerMm; }
};

void warnIfNotInstalled(const QStringList& families)
{
    static QMutex mutex;
    static QSet<QString> checked;
    const QMutexLocker locker(&mutex);
    const QString key = families.join(u',');
    if (checked.contains(key))
        return;
    checked.insert(key);
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : families) {
        if (installed.contains(family))
            return;
    }
    qCWarning(lcPrint) << "None of the fonts" << families << "is installed; install fonts-noto-cjk";
}

QFont makeFont(const TextStyle& style, const Canvas& canvas)
{
    warnIfNotInstalled(style.families);
    QFont font;
    font.setFamilies(style.families);
    // Sized for the layout device: the page is laid out there and scaled onto whatever it is painted on.
    font.setPointSizeF(canvas.emPx(style.pointSize) * kPointsPerInch / canvas.device->logicalDpiY());
    // Unhinted outlines scale exactly, so the page looks the same at every resolution it is painted at.
    font.setHintingPreference(QFont::PreferNoHinting);
    if (style.letterSpacing > 0)
        font.setLetterSpacing(QFont::AbsoluteSpacing, canvas.emPx(style.pointSize) * style.letterSpacing);
    return font;
}

QStringList codePoints(const QString& text)
{
    QStringList result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        result.append(text.mid(i, length));
        i += length - 1;
    }
    return result;
}

bool hasMissingGlyph(const QTextLayout& layout)
{
    // Glyph 0 is .notdef in every OpenType font: what prints as an empty box when no font has the character.
    for (const QGlyphRun& run : layout.glyphRuns()) {
        for (const quint32 glyph : run.glyphIndexes()) {
            if (glyph == 0)
                return true;
        }
    }
    return false;
}

// A name that prints as a box is a wrong notice, so the characters no installed font has are an error.
Status checkPrintable(const QTextLayout& layout, const QString& label)
{
    if (!hasMissingGlyph(layout))
        return {};
    QStringList missing;
    for (const QString& character : codePoints(layout.text())) {
        QTextLayout single(character, layout.font(), nullptr);
        single.beginLayout();
        single.createLine();
        single.endLayout();
        if (hasMissingGlyph(single))
            missing.append(QStringLiteral("\"%1\" (U+%2)")
                               .arg(character)
                               .arg(character.toUcs4().value(0), 4, 16, QLatin1Char('0'))
                               .toUpper());
    }
    missing.removeDuplicates();
    return makeError(QStringLiteral("print.unprintable_character"),
                     Text::tr("%1: no installed font can print %2.").arg(label, missing.join(QStringLiteral(", "))));
}

// One paragraph laid out from its own top, with what it draws: kept between pages, because a batch of
// licences repeats most of its lines (labels, the issuer, the wording) and shaping CJK text is costly.
struct Paragraph
{
    std::shared_ptr<const QTextLayout> layout;
    QList<DrawnGlyph> glyphs; ///< which glyph stands for which character, relative to the paragraph's top-left
    QRectF ink;               ///< what the lines cover, relative to the paragraph's top-left; null when blank
    double height = 0;
};

// Which glyph stands for which character, where, so that the PDF's text layer can be put right.
QList<DrawnGlyph> glyphsOf(const QTextLayout& layout)
{
    QList<DrawnGlyph> log;
    const QString& text = layout.text();
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        const QList<QGlyphRun> runs = layout.glyphRuns(int(i), int(length));
        i += length;
        if (character.trimmed().isEmpty() || runs.isEmpty() || runs.first().positions().isEmpty())
            continue;
        const QPointF position = runs.first().positions().first();
        // Characters that share one glyph (a ligature) read as all of them.
        if (!log.isEmpty() && log.last().position == position)
            log.last().text += character;
        else
            log.append({position, character});
    }
    return log;
}

// Laid-out paragraphs by text, font, width and line geometry, per thread (a QTextLayout is not thread-safe).
// The layouts measure against the thread's own layout device, which outlives every plan.
class ParagraphCache final
{
public:
    static ParagraphCache& forThisThread()
    {
        static thread_local ParagraphCache cache;
        return cache;
    }

    QPaintDevice* device() { return &m_device; }

    std::optional<Paragraph> find(const QString& key) const
    {
        const auto found = m_paragraphs.constFind(key);
        return found == m_paragraphs.constEnd() ? std::nullopt : std::optional<Paragraph>(*found);
    }

    void insert(const QString& key, const Paragraph& paragraph)
    {
        // Fields change from page to page; the bound keeps a long day of printing from growing the cache.
        if (m_paragraphs.size() >= kMaxParagraphs)
            m_paragraphs.clear();
        m_paragraphs.insert(key, paragraph);
    }

private:
    static constexpr qsizetype kMaxParagraphs = 2048;

    ParagraphCache() : m_device(1, 1, QImage::Format_RGB32)
    {
        m_device.setDotsPerMeterX(qRound(kLayoutDpi / kMmPerInch * 1000));
        m_device.setDotsPerMeterY(qRound(kLayoutDpi / kMmPerInch * 1000));
    }

    QImage m_device;
    QHash<QString, Paragraph> m_paragraphs;
};

// Bold text is the regular face with its outlines stroked this much wider (a share of the em). A bold face
// would be one more font in every PDF, and Qt's PDF writer spends most of a licence's time on each font it
// embeds; Qt's own synthetic bold would look bold in a PDF and regular on screen, and a preview must look
// like the print.
constexpr double kBoldStrokeEm = 0.045;

// Strokes the outlines of the glyphs @p layout drew at @p topLeft, which makes them bolder by @p width.
void strokeGlyphOutlines(QPainter& painter, const QTextLayout& layout, const QPointF& topLeft, double width)
{
    QPainterPath outlines;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QRawFont font = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i)
            outlines.addPath(font.pathForGlyph(glyphs.at(i)).translated(topLeft + positions.at(i)));
    }
    painter.strokePath(outlines, QPen(painter.pen().color(), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

// Paragraphs laid out line by line at a fixed pitch, as typeset documents keep their lines on a grid.
struct TextBlock
{
    std::vector<std::pair<Paragraph, double>> paragraphs; ///< each with its top within the block
    double height = 0;
    QRectF ink; ///< what the lines cover, relative to the block's top-left corner
    QColor colour;
    double boldStroke = 0; ///< how much wider bold text's outlines are stroked, in painter units; 0 when not bold

    void draw(QPainter& painter, const QPointF& topLeft, QList<DrawnGlyph>* log) const
    {
        painter.setPen(colour);
        for (const auto& [paragraph, top] : paragraphs) {
            const QPointF at = topLeft + QPointF(0, top);
            paragraph.layout->draw(&painter, at);
            if (boldStroke > 0)
                strokeGlyphOutlines(painter, *paragraph.layout, at, boldStroke);
            if (!log)
                continue;
            for (const DrawnGlyph& glyph : paragraph.glyphs)
                log->append({at + glyph.position, glyph.text});
        }
    }
};

Result<Paragraph> layOutParagraph(const QString& text, const QFont& font, const QTextOption& option, double width,
                                  double firstIndent, double pitch, QPaintDevice* device, const QString& label)
{
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const double indent = first ? firstIndent : 0;
        line.setLineWidth(qMax(1.0, width - indent));
        line.setPosition(QPointF(indent, y + (pitch - line.ascent() - line.descent()) / 2));
        y += pitch;
    }
    layout->endLayout();
    if (Status status = checkPrintable(*layout, label); !status)
        return status.error();
    Paragraph paragraph;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (line.naturalTextWidth() > 0)
            paragraph.ink = paragraph.ink.isNull() ? line.naturalTextRect() : paragraph.ink.united(line.naturalTextRect());
    }
    paragraph.glyphs = glyphsOf(*layout);
    paragraph.height = y;
    paragraph.layout = std::move(layout);
    return paragraph;
}

Result<TextBlock> layOutText(const QString& text, const TextStyle& style, double width, const Canvas& canvas,
                             const QString& label)
{
    TextBlock block;
    block.colour = style.colour;
    const QFont font = makeFont(style, canvas);
    const double em = canvas.emPx(style.pointSize);
    block.boldStroke = style.bold ? em * kBoldStrokeEm : 0;
    const double pitch = em * style.lineSpacing;
    QTextOption option;
    option.setAlignment(style.alignment);
    // Chinese breaks between any two characters; a long case number or address must still wrap.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);

    ParagraphCache& cache = ParagraphCache::forThisThread();
    // Everything the lines depend on; the label only names the element in an error, and errors are not kept.
    const QString geometry = font.key() + u'|' + font.families().join(u',') + u'|' +
                             QString::number(style.letterSpacing, 'g', 17) + u'|' +
                             QString::number(int(style.alignment)) + u'|' + QString::number(width, 'g', 17) + u'|' +
                             QString::number(em * style.indent, 'g', 17) + u'|' + QString::number(pitch, 'g', 17) +
                             u'|';
    double y = 0;
    for (const QString& paragraphText : text.split(u'\n')) {
        const QString key = geometry + paragraphText;
        std::optional<Paragraph> paragraph = cache.find(key);
        if (!paragraph) {
            Result<Paragraph> made =
                layOutParagraph(paragraphText, font, option, width, em * style.indent, pitch, cache.device(), label);
            if (!made)
                return made.error();
            cache.insert(key, *made);
            paragraph = std::move(*made);
        }
        if (!paragraph->ink.isNull()) {
            const QRectF ink = paragraph->ink.translated(0, y);
            block.ink = block.ink.isNull() ? ink : block.ink.united(ink);
        }
        const double height = paragraph->height;
        block.paragraphs.emplace_back(std::move(*paragraph), y);
        y += height;
    }
    block.height = y;
    return block;
}

// A table with a header row, one row per list item and a grid, cells wrapped and centred vertically.
struct TableBlock
{
    struct Cell
    {
        TextBlock text;
        double x = 0;
        double width = 0;
    };
    struct Row
    {
        std::vector<Cell> cells;
        double y = 0;
        double height = 0;
        bool spanning = false;
    };
    std::vector<Row> rows;
    std::vector<double> columnEdges;
    double width = 0;
    double height = 0;
    double padding = 0;
    double rule = 0;

    void draw(QPainter& painter, const QPointF& topLeft, QList<DrawnGlyph>* log) const
    {
        for (const Row& row : rows) {
            for (const Cell& cell : row.cells)
                cell.text.draw(painter,
                               topLeft + QPointF(cell.x + padding, row.y + (row.height - cell.text.height) / 2), log);
        }
        if (rule <= 0)
            return;
        QPen pen(Qt::black, rule);
        pen.setCapStyle(Qt::SquareCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(topLeft, QSizeF(width, height)));
        for (const Row& row : rows) {
            if (row.y > 0)
                painter.drawLine(topLeft + QPointF(0, row.y), topLeft + QPointF(width, row.y));
            if (row.spanning)
                continue;
            for (size_t i = 1; i + 1 < columnEdges.size(); ++i)
                painter.drawLine(topLeft + QPointF(columnEdges[i], row.y),
                                 topLeft + QPointF(columnEdges[i], row.y + row.height));
        }
    }
};

Result<TableBlock> layOutTable(const TemplateElement& element, const QJsonObject& fields, const Canvas& canvas)
{
    const QJsonValue listValue = FieldText::lookUp(fields, element.rowsField);
    if (listValue.isUndefined() || listValue.isNull())
        return makeError(QStringLiteral("print.missing_field"),
                         Text::tr("The document needs the field \"%1\", which is missing.").arg(element.rowsField),
                         element.rowsField);
    if (!listValue.isArray())
        return makeError(QStringLiteral("print.field_type"),
                         Text::tr("The field \"%1\" must be a list.").arg(element.rowsField), element.rowsField);
    const QJsonArray list = listValue.toArray();
    if (list.isEmpty() && element.emptyText.isEmpty())
        return makeError(
            QStringLiteral("print.missing_field"),
            Text::tr("The list \"%1\" is empty; the document needs at least one entry.").arg(element.rowsField),
            element.rowsField);

    TableBlock table;
    table.width = canvas.mm(element.widthMm);
    table.padding = canvas.mm(element.paddingMm);
    table.rule = canvas.mm(element.ruleMm);
    double fixed = 0;
    for (const TableColumn& column : element.columns)
        fixed += column.widthMm;
    double x = 0;
    table.columnEdges.push_back(0);
    for (const TableColumn& column : element.columns) {
        x += canvas.mm(column.widthMm > 0 ? column.widthMm : element.widthMm - fixed);
        table.columnEdges.push_back(x);
    }
    const double minimumRow = canvas.emPx(element.style.pointSize) * element.style.lineSpacing + 2 * table.padding;

    enum class RowKind { Header, Body, Spanning };
    auto addRow = [&](const QStringList& texts, RowKind kind) -> Status {
        const bool spanning = kind == RowKind::Spanning;
        TableBlock::Row row;
        row.spanning = spanning;
        row.y = table.height;
        row.height = minimumRow;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            TextStyle style = kind == RowKind::Header ? element.headerStyle : element.style;
            style.alignment = kind == RowKind::Header ? Qt::AlignHCenter
                              : spanning              ? Qt::AlignHCenter
                                                      : element.columns.at(i).alignment;
            const double left = table.columnEdges.at(size_t(i));
            const double right = spanning ? table.width : table.columnEdges.at(size_t(i) + 1);
            Result<TextBlock> text =
                layOutText(texts.at(i), style, right - left - 2 * table.padding, canvas, element.label);
            if (!text)
                return text.error();
            row.height = qMax(row.height, text->height + 2 * table.padding);
            row.cells.push_back({std::move(*text), left, right - left});
        }
        table.height += row.height;
        table.rows.push_back(std::move(row));
        return {};
    };

    QStringList titles;
    for (const TableColumn& column : element.columns)
        titles.append(column.title);
    if (Status status = addRow(titles, RowKind::Header); !status)
        return status.error();

    if (list.isEmpty()) {
        Result<QString> text = FieldText::substitute(element.emptyText, fields);
        if (!text)
            return text.error();
        if (Status status = addRow({*text}, RowKind::Spanning); !status)
            return status.error();
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("%1[%2].").arg(element.rowsField).arg(i + 1);
        if (!list.at(i).isObject())
            return makeError(
                QStringLiteral("print.field_type"),
                Text::tr("Each entry of \"%1\" must be an object with named fields.").arg(element.rowsField),
                element.rowsField);
        QJsonObject rowFields = list.at(i).toObject();
        if (!rowFields.contains(QStringLiteral("index")))
            rowFields.insert(QStringLiteral("index"), i + 1);
        QStringList texts;
        for (const TableColumn& column : element.columns) {
            Result<QString> text = FieldText::substitute(column.text, rowFields, prefix);
            if (!text)
                return text.error();
            texts.append(*text);
        }
        if (Status status = addRow(texts, RowKind::Body); !status)
            return status.error();
    }
    return table;
}

Result<SealAppearance> sealFromFields(const TemplateElement& element, const QJsonObject& fields)
{
    SealAppearance seal;
    seal.diameterMm = element.diameterMm;
    QString* targets[] = {&seal.ringText, &seal.bottomText, &seal.serialCode};
    const char16_t* keys[] = {u"ring_text", u"bottom_text", u"serial_code"};
    for (int i = 0; i < 3; ++i) {
        const QString path = element.sealField + u'.' + QStringView(keys[i]);
        Result<QString> value = FieldText::valueText(FieldText::lookUp(fields, path), path);
        if (!value)
            return value.error();
        *targets[i] = *value;
    }
    if (seal.ringText.trimmed().isEmpty()) {
        const QString path = element.sealField + QStringLiteral(".ring_text");
        return makeError(QStringLiteral("print.missing_field"),
                         Text::tr("The seal has no name to print (field \"%1\" is empty).").arg(path), path);
    }
    // The registry knows each seal's real size; the template's diameter is for seals that do not say.
    const QJsonValue diameter = FieldText::lookUp(fields, element.sealField + QStringLiteral(".diameter_mm"));
    if (diameter.isDouble() && diameter.toDouble() >= 10 && diameter.toDouble() <= 100)
        seal.diameterMm = diameter.toDouble();
    return seal;
}

// One element, laid out and ready to paint.
struct Placed
{
    const TemplateElement* element = nullptr;
    QRectF box; ///< the space the element takes in the flow
    QRectF ink; ///< what it actually covers, for overlap checks and for anchoring the next element
    std::function<Status(QPainter&, QList<DrawnGlyph>*)> paint;
};

struct Plan
{
    Canvas canvas;
    std::vector<Placed> items;
};

bool isCode(const TemplateElement& element)
{
    return element.type == TemplateElement::Type::Qr || element.type == TemplateElement::Type::Barcode;
}

Status checkLayout(const Plan& plan, const QString& templateName)
{
    const Canvas& canvas = plan.canvas;
    const double tolerance = canvas.mm(kToleranceMm);
    for (const Placed& item : plan.items) {
        if (item.ink.isNull())
            continue;
        // A seal may reach into the margin as it does on paper; everything else keeps inside the margins.
        const QRectF limit = item.element->mayOverlap ? canvas.pageRect : canvas.contentRect;
        const QRectF allowed = limit.adjusted(-tolerance, -tolerance, tolerance, tolerance);
        if (!allowed.contains(item.ink)) {
            const double below = item.ink.bottom() - limit.bottom();
            return makeError(
                QStringLiteral("print.layout_overflow"),
                below > tolerance
                    ? Text::tr("%1, %2: runs %3 mm past the bottom margin; the text or the list is too "
                               "long for one page.")
                          .arg(templateName, item.element->label)
                          .arg(canvas.toMm(below), 0, 'f', 1)
                    : Text::tr("%1, %2: does not fit inside the page margins.").arg(templateName, item.element->label));
        }
    }
    for (size_t i = 0; i < plan.items.size(); ++i) {
        for (size_t j = i + 1; j < plan.items.size(); ++j) {
            const Placed& a = plan.items[i];
            const Placed& b = plan.items[j];
            // A seal covers the issuer's name and date, as real seals do; nothing ever covers a code, which
            // must stay readable by a scanner.
            if (!isCode(*a.element) && !isCode(*b.element) && (a.element->mayOverlap || b.element->mayOverlap))
                continue;
            const QRectF overlap = a.ink.intersected(b.ink);
            if (overlap.width() > tolerance && overlap.height() > tolerance)
                return makeError(QStringLiteral("print.layout_overlap"),
                                 Text::tr("%1: %2 and %3 overlap by %4 mm; the text above is too long for the page.")
                                     .arg(templateName, a.element->label, b.element->label)
                                     .arg(canvas.toMm(overlap.height()), 0, 'f', 1));
        }
    }
    return {};
}

Result<Plan> prepare(const DocumentTemplate& documentTemplate, const QJsonObject& fields, const RenderOptions& options)
{
    Plan plan;
    Canvas& canvas = plan.canvas;
    const QSizeF pageMm = documentTemplate.pageLayout.fullRect(QPageLayout::Millimeter).size();
    const QMarginsF margins = documentTemplate.pageLayout.margins(QPageLayout::Millimeter);
    canvas.device = ParagraphCache::forThisThread().device();
    canvas.pxPerMm = kLayoutDpi / kMmPerInch;
    const QRectF pageRect(0, 0, canvas.mm(pageMm.width()), canvas.mm(pageMm.height()));
    canvas.pageRect = pageRect;
    canvas.contentRect = QRectF(pageRect.topLeft() + QPointF(canvas.mm(margins.left() + options.offsetMm.x()),
                                                             canvas.mm(margins.top() + options.offsetMm.y())),
                                QSizeF(canvas.mm(pageMm.width() - margins.left() - margins.right()),
                                       canvas.mm(pageMm.height() - margins.top() - margins.bottom())));
    const QPointF origin = canvas.contentRect.topLeft();

    double cursor = origin.y(); // the bottom of the last element in the flow
    for (const TemplateElement& element : documentTemplate.elements) {
        if (!element.when.isEmpty() && !FieldText::present(fields, element.when))
            continue;

        Placed item;
        item.element = &element;
        const double width = canvas.mm(element.widthMm);
        double height = canvas.mm(element.heightMm);
        // Laid out first, placed below: text and tables only know their height once laid out.
        std::function<Status(QPainter&, const QRectF&, QList<DrawnGlyph>*)> paint;
        QRectF inkInBox; // relative to the box's top-left; null means the whole box

        switch (element.type) {
        case TemplateElement::Type::Text: {
            Result<QString> text = FieldText::substitute(element.text, fields);
            if (!text)
                return text.error();
            Result<TextBlock> block = layOutText(*text, element.style, width, canvas, element.label);
            if (!block)
                return block.error();
            height = block->height;
            inkInBox = block->ink;
            auto shared = std::make_shared<TextBlock>(std::move(*block));
            paint = [shared](QPainter& painter, const QRectF& box, QList<DrawnGlyph>* log) {
                shared->draw(painter, box.topLeft(), log);
                return Status();
            };
            break;
        }
        case TemplateElement::Type::Table: {
            Result<TableBlock> table = layOutTable(element, fields, canvas);
            if (!table)
                return table.error();
            height = table->height;
            auto shared = std::make_shared<TableBlock>(std::move(*table));
            paint = [shared](QPainter& painter, const QRectF& box, QList<DrawnGlyph>* log) {
                shared->draw(painter, box.topLeft(), log);
                return Status();
            };
            break;
        }
        case TemplateElement::Type::Seal: {
            Result<SealAppearance> seal = sealFromFields(element, fields);
            if (!seal)
                return seal.error();
            height = canvas.mm(seal->diameterMm);
            const double unitsPerMm = canvas.pxPerMm;
            const SealPainter painterForSeal(*seal);
            paint = [painterForSeal, unitsPerMm](QPainter& painter, const QRectF& box, QList<DrawnGlyph>*) {
                painterForSeal.paint(painter, box.center(), unitsPerMm);
                return Status();
            };
            break;
        }
        case TemplateElement::Type::Qr: {
            Result<QString> text = FieldText::substitute(element.text, fields);
            if (!text)
                return text.error();
            Result<QrSymbol> symbol = Codes::encodeQr(*text, element.errorCorrection);
            if (!symbol)
                return Error{symbol.error().code, element.label + QStringLiteral(": ") + symbol.error().message, {}};
            height = width;
            paint = [symbol = *symbol](QPainter& painter, const QRectF& box, QList<DrawnGlyph>*) {
                Codes::drawQr(painter, box, symbol);
                return Status();
            };
            break;
        }
        case TemplateElement::Type::Barcode: {
            Result<QString> text = FieldText::substitute(element.text, fields);
            if (!text)
                return text.error();
            Result<LinearSymbol> symbol = Codes::encodeCode128(*text);
            if (!symbol)
                return Error{symbol.error().code, element.label + QStringLiteral(": ") + symbol.error().message, {}};
            // The number under the bars is laid out like all other text, so that it is checked and logged too.
            std::shared_ptr<TextBlock> caption;
            if (element.humanReadable) {
                TextStyle style = element.style;
                style.alignment = Qt::AlignHCenter;
                style.lineSpacing = 1.2;
                Result<TextBlock> block = layOutText(*text, style, width, canvas, element.label);
                if (!block)
                    return block.error();
                caption = std::make_shared<TextBlock>(std::move(*block));
                if (caption->height > height * 0.6)
                    return makeError(QStringLiteral("print.barcode_size"),
                                     Text::tr("%1: the barcode is too low for its text.").arg(element.label));
            }
            paint = [bars = *symbol, caption](QPainter& painter, const QRectF& box, QList<DrawnGlyph>* log) {
                QRectF barsRect = box;
                if (caption) {
                    barsRect.setHeight(box.height() - caption->height);
                    caption->draw(painter, QPointF(box.left(), barsRect.bottom()), log);
                }
                Codes::drawCode128(painter, barsRect, bars);
                return Status();
            };
            break;
        }
        case TemplateElement::Type::Line: {
            height = canvas.mm(element.thicknessMm);
            const QColor colour = element.colour;
            paint = [colour](QPainter& painter, const QRectF& box, QList<DrawnGlyph>*) {
                painter.fillRect(box, colour);
                return Status();
            };
            break;
        }
        }

        const double boxWidth = element.type == TemplateElement::Type::Seal ? height : width;
        QPointF topLeft;
        switch (element.placement) {
        case TemplateElement::Placement::Absolute:
            topLeft = origin + QPointF(canvas.mm(element.xMm), canvas.mm(element.yMm));
            break;
        case TemplateElement::Placement::Flow:
            topLeft = QPointF(origin.x() + canvas.mm(element.xMm), cursor + canvas.mm(element.gapMm));
            break;
        case TemplateElement::Placement::OverPrevious: {
            const Placed* previous = plan.items.empty() ? nullptr : &plan.items.back();
            const QPointF centre = (previous ? previous->ink.center() : origin) +
                                   QPointF(canvas.mm(element.offsetMm.x()), canvas.mm(element.offsetMm.y()));
            topLeft = centre - QPointF(boxWidth / 2, height / 2);
            break;
        }
        }
        item.box = QRectF(topLeft, QSizeF(boxWidth, height));
        item.ink = inkInBox.isNull() ? item.box : inkInBox.translated(topLeft);
        const QRectF box = item.box;
        item.paint = [paint, box](QPainter& painter, QList<DrawnGlyph>* log) { return paint(painter, box, log); };
        if (element.placement != TemplateElement::Placement::OverPrevious)
            cursor = item.box.bottom();
        plan.items.push_back(std::move(item));
    }

    if (Status status = checkLayout(plan, documentTemplate.name); !status)
        return status.error();
    return plan;
}

void drawWatermark(QPainter& painter, const Canvas& canvas, const QString& text)
{
    TextStyle style;
    style.families = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")};
    // Large enough to cross the page body, light enough to read the notice through it.
    style.pointSize =
        canvas.toMm(canvas.pageRect.width()) * 0.9 / qMax<qsizetype>(2, text.size()) / kMmPerInch * kPointsPerInch;
    QTextLayout layout(text, makeFont(style, canvas), canvas.device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    painter.save();
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.setOpacity(0.22);
    painter.translate(canvas.pageRect.center());
    painter.rotate(-35);
    layout.draw(&painter, QPointF(-line.naturalTextWidth() / 2, -line.height() / 2));
    painter.restore();
}

Status paintPlan(const Plan& plan, QPainter& painter, const QRectF& pageRect, const RenderOptions& options,
                 QList<DrawnGlyph>* log = nullptr)
{
    painter.save();
    const double scale = pageRect.width() / plan.canvas.pageRect.width();
    // A page at the layout resolution is painted as laid out: no transformation, so the PDF's text keeps
    // plain positions that its text layer can be matched by.
    if (qAbs(scale - 1) > 1e-3 || qAbs(pageRect.left()) > 0.5 || qAbs(pageRect.top()) > 0.5) {
        painter.translate(pageRect.topLeft());
        painter.scale(scale, scale);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const Placed& item : plan.items) {
        painter.save();
        const Status status = item.paint(painter, log);
        painter.restore();
        if (!status) {
            painter.restore();
            return status;
        }
    }
    if (options.draft)
        drawWatermark(painter, plan.canvas, options.watermark);
    painter.restore();
    return {};
}

Status renderPaged(const DocumentTemplate& documentTemplate, const QJsonObject& fields, QPagedPaintDevice& device,
                   const RenderOptions& options, QList<DrawnGlyph>* log)
{
    if (!device.setPageLayout(documentTemplate.pageLayout))
        return makeError(QStringLiteral("print.device"),
                         Text::tr("The printer does not take the page size of %1.").arg(documentTemplate.title));
    // Full-page mode puts the painter's origin on the sheet's corner; the template places everything itself.
    const QRectF pageRect = device.pageLayout().fullRectPixels(device.logicalDpiX());
    // Laid out before the painter starts, so that a failure leaves no blank sheet in the printer.
    Result<Plan> plan = prepare(documentTemplate, fields, options);
    if (!plan)
        return plan.error();
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(QStringLiteral("print.device"), Text::tr("The printer or file cannot be written to."));
    const Status status = paintPlan(*plan, painter, pageRect, options, log);
    painter.end();
    return status;
}

} // namespace

Result<DocumentTemplate> DocumentRenderer::load(const QString& name)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_]+$"));
    if (!validName.match(name).hasMatch())
        return makeError(QStringLiteral("print.template_not_found"),
                         Text::tr("\"%1\" is no template name (lower-case letters, digits and _).").arg(name));
    QFile file(QStringLiteral(":/oneseal/templates/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("print.template_not_found"),
                         Text::tr("There is no template \"%1\".").arg(name));
    return DocumentTemplate::fromJson(file.readAll(), name);
}

Result<DocumentTemplate> DocumentRenderer::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("print.template_not_found"),
                         Text::tr("Cannot read the template %1: %2").arg(path, file.errorString()));
    return DocumentTemplate::fromJson(file.readAll(), QFileInfo(path).completeBaseName());
}

Status DocumentRenderer::render(const DocumentTemplate& documentTemplate, const QJsonObject& fields, QPainter& painter,
                                const QRectF& pageRect, const RenderOptions& options)
{
    if (!painter.isActive() || !painter.device() || pageRect.isEmpty())
        return makeError(QStringLiteral("print.device"), Text::tr("There is nothing to print onto."));
    Result<Plan> plan = prepare(documentTemplate, fields, options);
    if (!plan)
        return plan.error();
    return paintPlan(*plan, painter, pageRect, options);
}

Status DocumentRenderer::render(const DocumentTemplate& documentTemplate, const QJsonObject& fields,
                                QPagedPaintDevice& device, const RenderOptions& options)
{
    return renderPaged(documentTemplate, fields, device, options, nullptr);
}

Status DocumentRenderer::renderPdf(const DocumentTemplate& documentTemplate, const QJsonObject& fields,
                                   const QString& path, const RenderOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<DrawnGlyph> glyphs;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(documentTemplate.title);
        writer.setCreator(QStringLiteral("OneSeal 一章通"));
        if (Status status = renderPaged(documentTemplate, fields, writer, options, &glyphs); !status)
            return status;
    }
    QByteArray pdf = buffer.data();
    const qint64 painted = timer.elapsed();

    // A tenth of a millimetre: far less than the narrowest glyph, far more than rounding.
    const Result<TextLayerRepair> repaired = PdfTextLayer::repair(pdf, glyphs, kPdfResolution / kMmPerInch * 0.1);
    if (repaired) {
        pdf = repaired->pdf;
        if (repaired->unmatched > 0)
            qCWarning(lcPrint) << documentTemplate.name << ":" << repaired->unmatched
                               << "glyphs not found in the PDF; their text may read wrong";
    } else {
        // The PDF still prints right; only copying text out of it may give wrong characters.
        qCWarning(lcPrint) << documentTemplate.name << ":" << repaired.error().message;
    }

    // Written to a temporary file and renamed at the end, so that a failure never leaves half a PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return makeError(QStringLiteral("print.pdf_write"),
                         Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    qCDebug(lcPrint) << "rendered" << documentTemplate.name << "to" << path << "in" << timer.elapsed()
                     << "ms, painted in" << painted << "ms," << (repaired ? repaired->corrected : 0)
                     << "glyphs' text put right";
    return {};
}

Result<QImage> DocumentRenderer::renderImage(const DocumentTemplate& documentTemplate, const QJsonObject& fields,
                                             int dpi, const RenderOptions& options)
{
    if (dpi < 10 || dpi > 1200)
        return makeError(QStringLiteral("print.device"), Text::tr("An image needs 10 to 1200 dpi, not %1.").arg(dpi));
    const QSizeF pageMm = documentTemplate.pageLayout.fullRect(QPageLayout::Millimeter).size();
    QImage image(qRound(pageMm.width() / kMmPerInch * dpi), qRound(pageMm.height() / kMmPerInch * dpi),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / kMmPerInch * 1000));
    image.setDotsPerMeterY(qRound(dpi / kMmPerInch * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    const Status status =
        render(documentTemplate, fields, painter, QRectF(QPointF(0, 0), QSizeF(image.size())), options);
    painter.end();
    if (!status)
        return status.error();
    return image;
}

} // namespace OneSeal
