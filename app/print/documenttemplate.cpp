#include "documenttemplate.h"

#include "fieldtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPageSize>
#include <QSet>
#include <optional>
#include <utility>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Print)
};

Error invalid(const QString& message)
{
    return makeError(QStringLiteral("print.template_invalid"), message);
}

QMap<QString, QStringList> defaultFonts()
{
    // Song (serif) for prose as official documents use it, hei (sans) for small print, codes and tables that
    // must read at a glance. Each falls back to the other, then to whatever CJK font the system has.
    return {
        {QStringLiteral("song"), {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")}},
        {QStringLiteral("hei"), {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")}},
    };
}

const QSet<QString>& commonKeys()
{
    static const QSet<QString> keys{QStringLiteral("type"),   QStringLiteral("id"),     QStringLiteral("x"),
                                    QStringLiteral("y"),      QStringLiteral("width"),  QStringLiteral("height"),
                                    QStringLiteral("gap"),    QStringLiteral("anchor"), QStringLiteral("dx"),
                                    QStringLiteral("dy"),     QStringLiteral("when"),   QStringLiteral("overlap"),
                                    QStringLiteral("comment")};
    return keys;
}

const QSet<QString>& styleKeys()
{
    static const QSet<QString> keys{QStringLiteral("font"),           QStringLiteral("size"),
                                    QStringLiteral("bold"),           QStringLiteral("align"),
                                    QStringLiteral("line_spacing"),   QStringLiteral("indent"),
                                    QStringLiteral("letter_spacing"), QStringLiteral("colour")};
    return keys;
}

QSet<QString> keysFor(TemplateElement::Type type)
{
    QSet<QString> keys = commonKeys();
    switch (type) {
    case TemplateElement::Type::Text:
        keys += styleKeys();
        keys.insert(QStringLiteral("text"));
        break;
    case TemplateElement::Type::Table:
        keys += styleKeys();
        keys +=
            QSet<QString>{QStringLiteral("rows"),        QStringLiteral("columns"),     QStringLiteral("header_size"),
                          QStringLiteral("header_bold"), QStringLiteral("header_font"), QStringLiteral("padding"),
                          QStringLiteral("rule"),        QStringLiteral("empty_text")};
        break;
    case TemplateElement::Type::Seal:
        keys += QSet<QString>{QStringLiteral("source"), QStringLiteral("diameter")};
        break;
    case TemplateElement::Type::Qr: keys += QSet<QString>{QStringLiteral("text"), QStringLiteral("ecc")}; break;
    case TemplateElement::Type::Barcode:
        keys += QSet<QString>{QStringLiteral("text"), QStringLiteral("font"), QStringLiteral("size"),
                              QStringLiteral("human_readable")};
        break;
    case TemplateElement::Type::Line:
        keys += QSet<QString>{QStringLiteral("thickness"), QStringLiteral("colour")};
        break;
    }
    return keys;
}

std::optional<TemplateElement::Type> typeFromName(const QString& name)
{
    static const QMap<QString, TemplateElement::Type> types{
        {QStringLiteral("text"), TemplateElement::Type::Text},
        {QStringLiteral("table"), TemplateElement::Type::Table},
        {QStringLiteral("seal"), TemplateElement::Type::Seal},
        {QStringLiteral("qr"), TemplateElement::Type::Qr},
        {QStringLiteral("barcode"), TemplateElement::Type::Barcode},
        {QStringLiteral("line"), TemplateElement::Type::Line},
    };
    const auto it = types.constFind(name);
    if (it == types.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Qt::Alignment> alignmentFromName(const QString& name)
{
    if (name == u"left")
        return Qt::AlignLeft;
    if (name == u"center" || name == u"centre")
        return Qt::AlignHCenter;
    if (name == u"right")
        return Qt::AlignRight;
    if (name == u"justify")
        return Qt::AlignJustify;
    return std::nullopt;
}

// Reads the typed values of one JSON object, remembering the first mistake with where it was.
class Reader final
{
public:
    Reader(const QJsonObject& object, QString where) : m_object(object), m_where(std::move(where)) {}

    const std::optional<Error>& error() const { return m_error; }
    bool has(const QString& key) const { return m_object.contains(key); }

    double number(const QString& key, double fallback, double min, double max)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
            fail(Text::tr("%1: \"%2\" must be a number from %3 to %4.").arg(m_where, key).arg(min).arg(max));
            return fallback;
        }
        return value.toDouble();
    }

    QString string(const QString& key, const QString& fallback = {}, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(Text::tr("%1: \"%2\" is required.").arg(m_where, key));
            return fallback;
        }
        if (!value.isString()) {
            fail(Text::tr("%1: \"%2\" must be text.").arg(m_where, key));
            return fallback;
        }
        return value.toString();
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            fail(Text::tr("%1: \"%2\" must be true or false.").arg(m_where, key));
            return fallback;
        }
        return value.toBool();
    }

    QColor colour(const QString& key, const QColor& fallback)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return fallback;
        const QColor colour = QColor::fromString(text);
        if (!colour.isValid())
            // Spelled out: lupdate loses the context of this message when it goes through Text::tr.
            fail(QCoreApplication::translate("Print", "%1: \"%2\" is no colour (write it like #D8232A).")
                     .arg(m_where, text));
        return colour.isValid() ? colour : fallback;
    }

    Qt::Alignment alignment(const QString& key, Qt::Alignment fallback)
    {
        const QString name = string(key);
        if (name.isEmpty())
            return fallback;
        const std::optional<Qt::Alignment> alignment = alignmentFromName(name);
        if (!alignment)
            fail(Text::tr("%1: \"%2\" must be left, center, right or justify.").arg(m_where, key));
        return alignment.value_or(fallback);
    }

    void checkKeys(const QSet<QString>& allowed)
    {
        // A misspelt key would otherwise be ignored and the element silently laid out with a default.
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                fail(Text::tr("%1: unknown key \"%2\".").arg(m_where, it.key()));
        }
    }

    void fail(const QString& message)
    {
        if (!m_error)
            m_error = invalid(message);
    }

private:
    const QJsonObject& m_object;
    QString m_where;
    std::optional<Error> m_error;
};

TextStyle readStyle(Reader& reader, const QMap<QString, QStringList>& fonts, const QString& where,
                    const QString& defaultFont, double defaultSize)
{
    TextStyle style;
    const QString font = reader.string(QStringLiteral("font"), defaultFont);
    if (!fonts.contains(font))
        reader.fail(Text::tr("%1: no font \"%2\" in the template's \"fonts\".").arg(where, font));
    style.families = fonts.value(font);
    style.pointSize = reader.number(QStringLiteral("size"), defaultSize, 4, 200);
    style.bold = reader.boolean(QStringLiteral("bold"), false);
    style.alignment = reader.alignment(QStringLiteral("align"), Qt::AlignLeft);
    style.lineSpacing = reader.number(QStringLiteral("line_spacing"), 1.5, 0.8, 5);
    style.indent = reader.number(QStringLiteral("indent"), 0, 0, 10);
    style.letterSpacing = reader.number(QStringLiteral("letter_spacing"), 0, 0, 5);
    style.colour = reader.colour(QStringLiteral("colour"), Qt::black);
    return style;
}

Result<QPageLayout> readPage(const QJsonObject& page)
{
    Reader reader(page, Text::tr("page"));
    reader.checkKeys({QStringLiteral("size"), QStringLiteral("orientation"), QStringLiteral("margins")});
    QPageSize size;
    const QJsonValue sizeValue = page.value(QStringLiteral("size"));
    if (sizeValue.isString()) {
        static const QMap<QString, QPageSize::PageSizeId> named{{QStringLiteral("A3"), QPageSize::A3},
                                                                {QStringLiteral("A4"), QPageSize::A4},
                                                                {QStringLiteral("A5"), QPageSize::A5},
                                                                {QStringLiteral("B5"), QPageSize::B5}};
        if (!named.contains(sizeValue.toString()))
            return invalid(Text::tr("page: size must be A3, A4, A5, B5 or {\"width\": mm, \"height\": mm}."));
        size = QPageSize(named.value(sizeValue.toString()));
    } else if (sizeValue.isObject()) {
        // Pre-printed licence stock comes in sizes of its own.
        const QJsonObject custom = sizeValue.toObject();
        Reader sizeReader(custom, Text::tr("page size"));
        const double width = sizeReader.number(QStringLiteral("width"), 0, 50, 1000);
        const double height = sizeReader.number(QStringLiteral("height"), 0, 50, 1000);
        if (sizeReader.error() || width <= 0 || height <= 0)
            return invalid(Text::tr("page: size needs a width and a height from 50 to 1000 mm."));
        size = QPageSize(QSizeF(width, height), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    } else {
        return invalid(Text::tr("page: size is required."));
    }

    const QString orientationName = reader.string(QStringLiteral("orientation"), QStringLiteral("portrait"));
    if (orientationName != u"portrait" && orientationName != u"landscape")
        return invalid(Text::tr("page: orientation must be portrait or landscape."));
    const QPageLayout::Orientation orientation =
        orientationName == u"landscape" ? QPageLayout::Landscape : QPageLayout::Portrait;

    const QJsonObject marginsObject = page.value(QStringLiteral("margins")).toObject();
    Reader margins(marginsObject, Text::tr("page margins"));
    margins.checkKeys(
        {QStringLiteral("top"), QStringLiteral("right"), QStringLiteral("bottom"), QStringLiteral("left")});
    const QMarginsF marginsMm(
        margins.number(QStringLiteral("left"), 20, 0, 200), margins.number(QStringLiteral("top"), 20, 0, 200),
        margins.number(QStringLiteral("right"), 20, 0, 200), margins.number(QStringLiteral("bottom"), 20, 0, 200));
    if (reader.error())
        return *reader.error();
    if (margins.error())
        return *margins.error();
    QPageLayout layout(size, orientation, marginsMm, QPageLayout::Millimeter);
    const QSizeF full = layout.fullRect(QPageLayout::Millimeter).size();
    if (marginsMm.left() + marginsMm.right() >= full.width() || marginsMm.top() + marginsMm.bottom() >= full.height())
        return invalid(Text::tr("page: the margins leave no room on the page."));
    // Margins are the template's business, not the printer's: the renderer places everything itself.
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

} // namespace

Result<DocumentTemplate> DocumentTemplate::fromJson(const QByteArray& json, const QString& name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(parseError.offset).count('\n') + 1;
        return invalid(Text::tr("Template %1, line %2: %3").arg(name).arg(line).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return invalid(Text::tr("Template %1 must be a JSON object.").arg(name));
    const QJsonObject root = document.object();

    Reader reader(root, Text::tr("Template %1").arg(name));
    reader.checkKeys({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("version"),
                      QStringLiteral("description"), QStringLiteral("page"), QStringLiteral("fonts"),
                      QStringLiteral("elements")});
    DocumentTemplate result;
    result.name = name;
    result.title = reader.string(QStringLiteral("title"), {}, true);
    result.version = static_cast<int>(reader.number(QStringLiteral("version"), 1, 1, 1e6));
    const QString declaredName = reader.string(QStringLiteral("name"), name);
    if (declaredName != name)
        reader.fail(Text::tr("Template %1 calls itself \"%2\".").arg(name, declaredName));
    if (reader.error())
        return *reader.error();

    Result<QPageLayout> layout = readPage(root.value(QStringLiteral("page")).toObject());
    if (!layout)
        return invalid(Text::tr("Template %1, %2").arg(name, layout.error().message));
    result.pageLayout = *layout;
    // Full-page mode makes paintRect() the whole sheet, so the area inside the margins is worked out here.
    const QRectF content = result.pageLayout.fullRect(QPageLayout::Millimeter)
                               .marginsRemoved(result.pageLayout.margins(QPageLayout::Millimeter));

    QMap<QString, QStringList> fonts = defaultFonts();
    const QJsonObject fontsObject = root.value(QStringLiteral("fonts")).toObject();
    for (auto it = fontsObject.constBegin(); it != fontsObject.constEnd(); ++it) {
        QStringList families;
        for (const QJsonValue family : it.value().toArray())
            families.append(family.toString());
        families.removeAll(QString());
        if (families.isEmpty())
            return invalid(Text::tr("Template %1: font \"%2\" needs a list of family names.").arg(name, it.key()));
        fonts.insert(it.key(), families);
    }

    const QJsonArray elements = root.value(QStringLiteral("elements")).toArray();
    if (elements.isEmpty())
        return invalid(Text::tr("Template %1 has no elements.").arg(name));
    QSet<QString> ids;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject object = elements.at(i).toObject();
        const QString typeName = object.value(QStringLiteral("type")).toString();
        const std::optional<TemplateElement::Type> type = typeFromName(typeName);
        TemplateElement element;
        const QString id = object.value(QStringLiteral("id")).toString();
        element.label = id.isEmpty() ? Text::tr("element %1 (%2)").arg(i + 1).arg(typeName) : id;
        const QString where = Text::tr("Template %1, %2").arg(name, element.label);
        if (!type)
            return invalid(Text::tr("%1: type must be text, table, seal, qr, barcode or line.").arg(where));
        if (!id.isEmpty() && ids.contains(id))
            return invalid(Text::tr("%1: the id is used twice.").arg(where));
        ids.insert(id);
        element.type = *type;

        Reader r(object, where);
        r.checkKeys(keysFor(element.type));
        const bool absolute = r.has(QStringLiteral("y"));
        const QString anchor = r.string(QStringLiteral("anchor"));
        if (!anchor.isEmpty() && anchor != u"previous")
            r.fail(Text::tr("%1: anchor can only be \"previous\".").arg(where));
        if (absolute && !anchor.isEmpty())
            r.fail(Text::tr("%1: give either y or an anchor, not both.").arg(where));
        if (!anchor.isEmpty() && i == 0)
            r.fail(Text::tr("%1: the first element has nothing to anchor to.").arg(where));
        element.placement = absolute                ? TemplateElement::Placement::Absolute
                            : anchor == u"previous" ? TemplateElement::Placement::OverPrevious
                                                    : TemplateElement::Placement::Flow;
        element.xMm = r.number(QStringLiteral("x"), 0, 0, content.width());
        element.yMm = r.number(QStringLiteral("y"), 0, 0, content.height());
        element.widthMm = r.number(QStringLiteral("width"), 0, 0, content.width());
        element.heightMm = r.number(QStringLiteral("height"), 0, 0, content.height());
        element.gapMm = r.number(QStringLiteral("gap"), 0, -50, content.height());
        element.offsetMm =
            QPointF(r.number(QStringLiteral("dx"), 0, -200, 200), r.number(QStringLiteral("dy"), 0, -200, 200));
        element.when = r.string(QStringLiteral("when"));
        element.mayOverlap = r.boolean(QStringLiteral("overlap"), element.type == TemplateElement::Type::Seal);
        if (element.widthMm <= 0)
            element.widthMm = content.width() - element.xMm;
        if (element.xMm + element.widthMm > content.width() + 0.01)
            r.fail(Text::tr("%1: x + width (%2 mm) runs past the right margin (%3 mm).")
                       .arg(where)
                       .arg(element.xMm + element.widthMm)
                       .arg(content.width()));

        switch (element.type) {
        case TemplateElement::Type::Text:
            element.text = r.string(QStringLiteral("text"), {}, true);
            element.style = readStyle(r, fonts, where, QStringLiteral("song"), 12);
            break;
        case TemplateElement::Type::Table: {
            element.rowsField = r.string(QStringLiteral("rows"), {}, true);
            element.style = readStyle(r, fonts, where, QStringLiteral("song"), 10.5);
            element.headerStyle = element.style;
            const QString headerFont =
                r.string(QStringLiteral("header_font"), r.string(QStringLiteral("font"), QStringLiteral("song")));
            if (!fonts.contains(headerFont))
                r.fail(Text::tr("%1: no font \"%2\" in the template's \"fonts\".").arg(where, headerFont));
            element.headerStyle.families = fonts.value(headerFont);
            element.headerStyle.pointSize = r.number(QStringLiteral("header_size"), element.style.pointSize, 4, 200);
            element.headerStyle.bold = r.boolean(QStringLiteral("header_bold"), true);
            element.headerStyle.alignment = Qt::AlignHCenter;
            element.headerStyle.indent = 0;
            element.paddingMm = r.number(QStringLiteral("padding"), 1.5, 0, 20);
            element.ruleMm = r.number(QStringLiteral("rule"), 0.25, 0, 5);
            element.emptyText = r.string(QStringLiteral("empty_text"));
            double fixed = 0;
            int flexible = 0;
            for (const QJsonValue columnValue : object.value(QStringLiteral("columns")).toArray()) {
                const QJsonObject columnObject = columnValue.toObject();
                Reader c(columnObject, Text::tr("%1, column %2").arg(where).arg(element.columns.size() + 1));
                c.checkKeys({QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("width"),
                             QStringLiteral("align")});
                TableColumn column;
                column.title = c.string(QStringLiteral("title"), {}, true);
                column.text = c.string(QStringLiteral("text"), {}, true);
                column.widthMm = c.number(QStringLiteral("width"), 0, 0, content.width());
                column.alignment = c.alignment(QStringLiteral("align"), Qt::AlignLeft);
                if (c.error())
                    return *c.error();
                fixed += column.widthMm;
                flexible += column.widthMm <= 0 ? 1 : 0;
                element.columns.append(column);
            }
            if (element.columns.isEmpty())
                r.fail(Text::tr("%1: a table needs columns.").arg(where));
            if (flexible > 1)
                r.fail(Text::tr("%1: only one column may leave out its width.").arg(where));
            if (fixed > element.widthMm + 0.01 || (flexible == 0 && fixed < element.widthMm - 0.01))
                r.fail(Text::tr("%1: the columns are %2 mm wide, the table %3 mm.")
                           .arg(where)
                           .arg(fixed)
                           .arg(element.widthMm));
            break;
        }
        case TemplateElement::Type::Seal:
            element.sealField = r.string(QStringLiteral("source"), QStringLiteral("seal"));
            element.diameterMm = r.number(QStringLiteral("diameter"), 42, 10, 100);
            element.widthMm = element.diameterMm;
            element.heightMm = element.diameterMm;
            break;
        case TemplateElement::Type::Qr: {
            element.text = r.string(QStringLiteral("text"), {}, true);
            const Result<QrErrorCorrection> level =
                Codes::parseErrorCorrection(r.string(QStringLiteral("ecc"), QStringLiteral("Q")));
            if (!level)
                r.fail(Text::tr("%1: %2").arg(where, level.error().message));
            else
                element.errorCorrection = *level;
            if (!r.has(QStringLiteral("width")))
                r.fail(Text::tr("%1: a QR code needs its width (the side of its square, quiet zone included).")
                           .arg(where));
            element.heightMm = element.widthMm;
            break;
        }
        case TemplateElement::Type::Barcode:
            element.text = r.string(QStringLiteral("text"), {}, true);
            element.style = readStyle(r, fonts, where, QStringLiteral("hei"), 9);
            element.humanReadable = r.boolean(QStringLiteral("human_readable"), true);
            if (!r.has(QStringLiteral("width")) || element.heightMm <= 0)
                r.fail(Text::tr("%1: a barcode needs a width and a height.").arg(where));
            break;
        case TemplateElement::Type::Line:
            element.thicknessMm = r.number(QStringLiteral("thickness"), 0.3, 0.05, 10);
            element.colour = r.colour(QStringLiteral("colour"), Qt::black);
            element.heightMm = element.thicknessMm;
            break;
        }
        if (r.error())
            return *r.error();

        for (const QString& text : {element.text, element.emptyText}) {
            if (Status status = FieldText::check(text, where); !status)
                return status.error();
        }
        for (const TableColumn& column : element.columns) {
            if (Status status = FieldText::check(column.text, where); !status)
                return status.error();
        }
        result.elements.append(element);
    }
    return result;
}

QStringList DocumentTemplate::fieldPaths() const
{
    QStringList paths;
    for (const TemplateElement& element : elements) {
        for (const FieldText::Placeholder& placeholder : FieldText::placeholders(element.text))
            paths.append(placeholder.path);
        if (!element.when.isEmpty())
            paths.append(element.when);
        if (element.type == TemplateElement::Type::Table)
            paths.append(element.rowsField);
        if (element.type == TemplateElement::Type::Seal) {
            for (const char16_t* key : {u"ring_text", u"bottom_text", u"serial_code"})
                paths.append(QString(element.sealField + u'.' + QStringView(key)));
        }
    }
    paths.removeDuplicates();
    return paths;
}

} // namespace OneSeal
