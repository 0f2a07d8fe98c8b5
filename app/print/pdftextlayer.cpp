#include "pdftextlayer.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <array>
#include <cmath>
#include <optional>

namespace OneSeal::PdfTextLayer {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Print)
};

Error broken(const QString& what)
{
    return makeError(QStringLiteral("print.pdf_text_layer"),
                     Text::tr("Cannot repair the PDF's text layer: %1").arg(what));
}

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '/' || c == '%';
}

// The tokens of PDF syntax that a content stream and an xref table are made of. Literal strings, arrays and
// dictionaries come back as one token each; this reader only needs to step over them.
class Lexer final
{
public:
    Lexer(const QByteArray& data, qsizetype position) : m_data(data), m_position(position) {}

    qsizetype position() const { return m_position; }
    bool atEnd()
    {
        skipWhite();
        return m_position >= m_data.size();
    }

    QByteArray next() { return view().toByteArray(); }

    /// The next token as a view into the data, without a copy: a page's content has thousands of them.
    QByteArrayView view()
    {
        skipWhite();
        if (m_position >= m_data.size())
            return {};
        const qsizetype start = m_position;
        const char c = m_data.at(m_position);
        if (c == '(') {
            int depth = 0;
            for (; m_position < m_data.size(); ++m_position) {
                const char d = m_data.at(m_position);
                if (d == '\\') {
                    ++m_position;
                } else if (d == '(') {
                    ++depth;
                } else if (d == ')' && --depth == 0) {
                    ++m_position;
                    break;
                }
            }
        } else if (c == '<' && m_position + 1 < m_data.size() && m_data.at(m_position + 1) == '<') {
            m_position += 2;
        } else if (c == '>' && m_position + 1 < m_data.size() && m_data.at(m_position + 1) == '>') {
            m_position += 2;
        } else if (c == '<') {
            const qsizetype end = m_data.indexOf('>', m_position);
            m_position = end < 0 ? m_data.size() : end + 1;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            ++m_position;
        } else {
            ++m_position;
            while (m_position < m_data.size() && !isDelimiter(m_data.at(m_position)))
                ++m_position;
        }
        return QByteArrayView(m_data).sliced(start, m_position - start);
    }

private:
    void skipWhite()
    {
        while (m_position < m_data.size()) {
            const char c = m_data.at(m_position);
            if (c == '%') {
                while (m_position < m_data.size() && m_data.at(m_position) != '\n' && m_data.at(m_position) != '\r')
                    ++m_position;
            } else if (isWhite(c)) {
                ++m_position;
            } else {
                break;
            }
        }
    }

    const QByteArray& m_data;
    qsizetype m_position;
};

struct PdfObject
{
    QByteArray dictionary;
    QByteArray stream;
    bool hasStream = false;
};

// Just enough of a PDF reader for the files QPdfWriter writes: one classic xref table, indirect objects,
// streams with a direct or indirect /Length.
class PdfReader final
{
public:
    explicit PdfReader(const QByteArray& data) : m_data(data) {}

    std::optional<Error> parse()
    {
        const qsizetype startxref = m_data.lastIndexOf("startxref");
        if (startxref < 0)
            return broken(Text::tr("no startxref"));
        Lexer lexer(m_data, startxref + 9);
        bool ok = false;
        m_xrefOffset = lexer.next().toLongLong(&ok);
        if (!ok || m_xrefOffset <= 0 || m_xrefOffset >= m_data.size())
            return broken(Text::tr("bad startxref"));

        Lexer xref(m_data, m_xrefOffset);
        if (xref.next() != "xref")
            return broken(Text::tr("no classic xref table"));
        for (;;) {
            const QByteArray first = xref.next();
            if (first == "trailer")
                break;
            const qint64 start = first.toLongLong(&ok);
            const qint64 count = ok ? xref.next().toLongLong(&ok) : 0;
            if (!ok || count < 0)
                return broken(Text::tr("bad xref table"));
            for (qint64 i = 0; i < count; ++i) {
                const qint64 offset = xref.next().toLongLong(&ok);
                xref.next(); // generation
                const QByteArray kind = xref.next();
                if (!ok)
                    return broken(Text::tr("bad xref entry"));
                if (kind == "n")
                    m_offsets.insert(int(start + i), offset);
            }
        }
        const qsizetype trailerStart = xref.position();
        const qsizetype trailerEnd = m_data.indexOf(">>", trailerStart);
        if (trailerEnd < 0)
            return broken(Text::tr("no trailer"));
        m_trailer = m_data.mid(trailerStart, trailerEnd - trailerStart + 2);
        return std::nullopt;
    }

    QList<int> objectNumbers() const { return m_offsets.keys(); }
    qint64 xrefOffset() const { return m_xrefOffset; }
    const QByteArray& trailer() const { return m_trailer; }

    std::optional<PdfObject> object(int number) const
    {
        const auto it = m_offsets.constFind(number);
        if (it == m_offsets.constEnd())
            return std::nullopt;
        Lexer lexer(m_data, *it);
        lexer.next();
        lexer.next();
        if (lexer.next() != "obj")
            return std::nullopt;
        const qsizetype bodyStart = lexer.position();
        const qsizetype endobj = m_data.indexOf("endobj", bodyStart);
        qsizetype stream = m_data.indexOf("stream", bodyStart);
        if (endobj < 0)
            return std::nullopt;
        PdfObject result;
        if (stream < 0 || stream > endobj) {
            result.dictionary = m_data.mid(bodyStart, endobj - bodyStart);
            return result;
        }
        result.dictionary = m_data.mid(bodyStart, stream - bodyStart);
        result.hasStream = true;
        stream += 6;
        if (stream < m_data.size() && m_data.at(stream) == '\r')
            ++stream;
        if (stream < m_data.size() && m_data.at(stream) == '\n')
            ++stream;
        static const QRegularExpression lengthPattern(QStringLiteral("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"));
        const QRegularExpressionMatch match = lengthPattern.match(QString::fromLatin1(result.dictionary));
        if (!match.hasMatch())
            return std::nullopt;
        qint64 length = match.captured(1).toLongLong();
        if (match.capturedLength(2) > 0) {
            const std::optional<PdfObject> lengthObject = object(int(length));
            if (!lengthObject)
                return std::nullopt;
            length = lengthObject->dictionary.trimmed().toLongLong();
        }
        if (length < 0 || stream + length > m_data.size())
            return std::nullopt;
        result.stream = m_data.mid(stream, length);
        return result;
    }

private:
    const QByteArray& m_data;
    QMap<int, qint64> m_offsets;
    QByteArray m_trailer;
    qint64 m_xrefOffset = 0;
};

std::optional<QByteArray> decodedStream(const PdfObject& object)
{
    if (!object.dictionary.contains("/Filter"))
        return object.stream;
    if (!object.dictionary.contains("/FlateDecode"))
        return std::nullopt;
    // qUncompress wants zlib data behind a four-byte size, and grows its buffer when the size is too small.
    const quint32 guess = quint32(qMin<qsizetype>(object.stream.size() * 8, 1 << 26));
    QByteArray framed;
    framed.reserve(object.stream.size() + 4);
    framed.append(char(guess >> 24)).append(char(guess >> 16)).append(char(guess >> 8)).append(char(guess));
    framed.append(object.stream);
    const QByteArray inflated = qUncompress(framed);
    if (inflated.isEmpty() && !object.stream.isEmpty())
        return std::nullopt;
    return inflated;
}

int reference(const QByteArray& dictionary, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+\\d+\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString fromUtf16Hex(QByteArrayView hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text.append(QChar(char16_t(hex.sliced(i, 4).toByteArray().toUShort(nullptr, 16))));
    return text;
}

QByteArray toUtf16Hex(const QString& text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// The glyph-to-text entries of a ToUnicode CMap (bfchar and bfrange, both forms).
QMap<int, QString> readCMap(const QByteArray& cmap)
{
    QMap<int, QString> map;
    static const QRegularExpression block(QStringLiteral("begin(bfchar|bfrange)(.*?)end\\1"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]"));
    auto blocks = block.globalMatch(QString::fromLatin1(cmap));
    while (blocks.hasNext()) {
        const QRegularExpressionMatch b = blocks.next();
        QStringList tokens;
        auto it = hex.globalMatch(b.captured(2));
        while (it.hasNext()) {
            const QRegularExpressionMatch t = it.next();
            tokens.append(t.captured(0).startsWith(u'<') ? t.captured(1) : t.captured(0));
        }
        const bool range = b.captured(1) == u"bfrange";
        for (qsizetype i = 0; i < tokens.size();) {
            if (!range && i + 1 < tokens.size()) {
                map.insert(tokens.at(i).toInt(nullptr, 16), fromUtf16Hex(tokens.at(i + 1).toLatin1()));
                i += 2;
            } else if (range && i + 2 < tokens.size()) {
                const int low = tokens.at(i).toInt(nullptr, 16);
                const int high = tokens.at(i + 1).toInt(nullptr, 16);
                if (tokens.at(i + 2) == u"[") {
                    qsizetype j = i + 3;
                    for (int cid = low; cid <= high && j < tokens.size() && tokens.at(j) != u"]"; ++cid, ++j)
                        map.insert(cid, fromUtf16Hex(tokens.at(j).toLatin1()));
                    while (j < tokens.size() && tokens.at(j) != u"]")
                        ++j;
                    i = j + 1;
                } else {
                    const QString first = fromUtf16Hex(tokens.at(i + 2).toLatin1());
                    for (int cid = low; cid <= high && !first.isEmpty(); ++cid) {
                        QString text = first;
                        text.back() = QChar(char16_t(text.back().unicode() + (cid - low)));
                        map.insert(cid, text);
                    }
                    i += 3;
                }
            } else {
                break;
            }
        }
    }
    return map;
}

QByteArray writeCMap(const QMap<int, QString>& map)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<int> cids;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isEmpty())
            cids.append(it.key());
    }
    // The PDF reference allows at most 100 entries per bfchar block.
    for (qsizetype start = 0; start < cids.size(); start += 100) {
        const qsizetype count = qMin<qsizetype>(100, cids.size() - start);
        cmap += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype i = start; i < start + count; ++i)
            cmap += '<' + QByteArray::number(cids.at(i), 16).rightJustified(4, '0').toUpper() + "> <" +
                    toUtf16Hex(map.value(cids.at(i))) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

// What Qt's lowest-code-point rule puts where the real character belongs: radicals and strokes that share a
// glyph with a unified ideograph, compatibility ideographs.
bool isStandIn(const QString& text)
{
    if (text.size() != 1)
        return false;
    const char16_t c = text.at(0).unicode();
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF) || (c >= 0xF900 && c <= 0xFAFF);
}

struct PdfGlyph
{
    int font = 0; ///< object number of the font
    int cid = 0;
    QPointF position;
};

// The glyphs a content stream shows, with their positions in the page's device units, as QPdfWriter writes
// them: "BT /F9 50 Tf 1 0 0 -1 0 0 Tm x y Td <cid> Tj dx dy Td <cid> Tj … ET". Glyphs under any further
// transformation (rotated text) are left out; the renderer's own text is never transformed.
QList<PdfGlyph> contentGlyphs(const QByteArray& content, const QHash<QByteArray, int>& fonts)
{
    QList<PdfGlyph> glyphs;
    Lexer lexer(content, 0);
    // No operator this reader looks at takes more than six operands; older ones are dropped as they come.
    constexpr qsizetype kMaxOperands = 6;
    std::array<QByteArrayView, kMaxOperands> operands;
    qsizetype operandCount = 0;
    const auto operand = [&](qsizetype fromEnd) { return operands[size_t((operandCount - fromEnd) % kMaxOperands)]; };
    QList<bool> transformedStack;
    bool transformed = false;
    bool baseMatrixSeen = false;
    bool plainText = false;
    int font = 0;
    double x = 0;
    double y = 0;
    while (!lexer.atEnd()) {
        const QByteArrayView token = lexer.view();
        if (token.isEmpty())
            break;
        const char c = token.at(0);
        const bool isOperand = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '/' || c == '<' ||
                               c == '(' || c == '[' || c == ']' || token == "true" || token == "false";
        if (isOperand) {
            operands[size_t(operandCount % kMaxOperands)] = token;
            ++operandCount;
            continue;
        }
        const qsizetype count = qMin(operandCount, kMaxOperands);
        if (token == "q") {
            transformedStack.append(transformed);
        } else if (token == "Q") {
            transformed = transformedStack.isEmpty() ? transformed : transformedStack.takeLast();
        } else if (token == "cm") {
            // The first matrix maps the page's device units to PDF points; any other moves what follows.
            if (baseMatrixSeen)
                transformed = true;
            baseMatrixSeen = true;
        } else if (token == "BT") {
            x = y = 0;
            plainText = false;
        } else if (token == "Tf" && count >= 2) {
            font = fonts.value(operand(2).sliced(1).toByteArray(), 0);
        } else if (token == "Tm" && count >= 6) {
            plainText = operand(6).toDouble() == 1 && operand(5).toDouble() == 0 && operand(4).toDouble() == 0 &&
                        operand(3).toDouble() == -1 && operand(2).toDouble() == 0 && operand(1).toDouble() == 0;
            x = y = 0;
        } else if (token == "Td" && count >= 2) {
            x += operand(2).toDouble();
            y += operand(1).toDouble();
        } else if (token == "Tj" && count >= 1 && plainText && !transformed && font > 0) {
            const QByteArrayView hex = operand(1);
            // One glyph per Tj, as QPdfWriter writes them; a longer string has no position per glyph.
            if (hex.size() == 6 && hex.startsWith('<'))
                glyphs.append({font, hex.sliced(1, 4).toInt(nullptr, 16), QPointF(x, -y)});
        }
        operandCount = 0;
    }
    return glyphs;
}

// Drawn glyphs bucketed by position, to find the one a PDF glyph stands for.
class GlyphIndex final
{
public:
    GlyphIndex(const QList<DrawnGlyph>& glyphs, double tolerance) : m_glyphs(glyphs), m_cell(qMax(1.0, tolerance * 2))
    {
        m_used.fill(false, glyphs.size());
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            m_buckets.insert(key(glyphs.at(i).position), i);
        m_tolerance = tolerance;
    }

    qsizetype find(const QPointF& position)
    {
        qsizetype best = -1;
        double bestDistance = m_tolerance;
        const QPoint centre = key(position);
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const auto candidates = m_buckets.values(QPoint(centre.x() + dx, centre.y() + dy));
                for (const qsizetype i : candidates) {
                    const QPointF d = m_glyphs.at(i).position - position;
                    const double distance = std::hypot(d.x(), d.y());
                    if (distance <= bestDistance) {
                        bestDistance = distance;
                        best = i;
                    }
                }
            }
        }
        if (best >= 0)
            m_used[best] = true;
        return best;
    }

    int unused() const { return int(m_used.count(false)); }

private:
    QPoint key(const QPointF& p) const
    {
        return QPoint(int(std::floor(p.x() / m_cell)), int(std::floor(p.y() / m_cell)));
    }

    const QList<DrawnGlyph>& m_glyphs;
    double m_cell;
    double m_tolerance = 0;
    QMultiHash<QPoint, qsizetype> m_buckets;
    QList<bool> m_used;
};

} // namespace

Result<TextLayerRepair> repair(const QByteArray& pdf, const QList<DrawnGlyph>& glyphs, double tolerance)
{
    PdfReader reader(pdf);
    if (const std::optional<Error> error = reader.parse())
        return *error;

    // Fonts by resource name per page, and each Type0 font's ToUnicode stream.
    GlyphIndex index(glyphs, tolerance);
    QMap<int, QMap<int, QString>> drawnText; // font object → CID → text
    static const QRegularExpression pageType(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    static const QRegularExpression fontEntry(QStringLiteral("/([^\\s/<>\\[\\]()]+)\\s+(\\d+)\\s+\\d+\\s+R"));
    static const QRegularExpression fontDictionary(QStringLiteral("/Font\\s*<<(.*?)>>"),
                                                   QRegularExpression::DotMatchesEverythingOption);
    for (const int number : reader.objectNumbers()) {
        const std::optional<PdfObject> page = reader.object(number);
        if (!page || page->hasStream || !pageType.match(QString::fromLatin1(page->dictionary)).hasMatch())
            continue;
        QByteArray resources = page->dictionary;
        if (const int resourcesObject = reference(page->dictionary, "Resources"); resourcesObject > 0) {
            const std::optional<PdfObject> object = reader.object(resourcesObject);
            if (!object)
                return broken(Text::tr("page resources missing"));
            resources = object->dictionary;
        }
        QHash<QByteArray, int> fonts;
        const QRegularExpressionMatch fontMatch = fontDictionary.match(QString::fromLatin1(resources));
        auto entries = fontEntry.globalMatch(fontMatch.captured(1));
        while (entries.hasNext()) {
            const QRegularExpressionMatch entry = entries.next();
            fonts.insert(entry.captured(1).toLatin1(), entry.captured(2).toInt());
        }
        const int contentsObject = reference(page->dictionary, "Contents");
        const std::optional<PdfObject> contents = reader.object(contentsObject);
        const std::optional<QByteArray> content = contents ? decodedStream(*contents) : std::nullopt;
        if (!content)
            return broken(Text::tr("page content unreadable"));
        for (const PdfGlyph& glyph : contentGlyphs(*content, fonts)) {
            const qsizetype match = index.find(glyph.position);
            if (match < 0)
                continue;
            QMap<int, QString>& map = drawnText[glyph.font];
            if (!map.contains(glyph.cid))
                map.insert(glyph.cid, glyphs.at(match).text);
        }
    }

    TextLayerRepair result;
    result.pdf = pdf;
    result.unmatched = index.unused();
    QMap<int, QByteArray> updates; // ToUnicode object → new CMap
    for (auto font = drawnText.constBegin(); font != drawnText.constEnd(); ++font) {
        const std::optional<PdfObject> fontObject = reader.object(font.key());
        const int toUnicode = fontObject ? reference(fontObject->dictionary, "ToUnicode") : -1;
        const std::optional<PdfObject> cmapObject = reader.object(toUnicode);
        const std::optional<QByteArray> cmap = cmapObject ? decodedStream(*cmapObject) : std::nullopt;
        if (!cmap)
            continue;
        QMap<int, QString> map = readCMap(*cmap);
        map.remove(0); // .notdef stands for no text
        // The same lowest-code-point rule reads the space glyph as a tab (U+0009 comes before U+0020).
        for (QString& text : map) {
            if (text.size() == 1 && text.at(0).unicode() < 0x20)
                text = QStringLiteral(" ");
        }
        int corrected = 0;
        for (auto it = font.value().constBegin(); it != font.value().constEnd(); ++it) {
            const QString existing = map.value(it.key());
            if (existing == it.value())
                continue;
            if (!existing.isEmpty() && !isStandIn(existing))
                return broken(
                    Text::tr("glyph %1 reads \"%2\" but was drawn for \"%3\"").arg(it.key()).arg(existing, it.value()));
            map.insert(it.key(), it.value());
            ++corrected;
        }
        if (corrected > 0) {
            updates.insert(toUnicode, writeCMap(map));
            result.corrected += corrected;
        }
    }
    if (updates.isEmpty())
        return result;

    // An incremental update: new versions of the changed objects, their xref entries, and a trailer that
    // points back to the original table.
    QByteArray& out = result.pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> offsets;
    for (auto it = updates.constBegin(); it != updates.constEnd(); ++it) {
        offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n<< /Length " + QByteArray::number(it.value().size()) +
               " >>\nstream\n" + it.value() + "\nendstream\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    for (auto it = offsets.constBegin(); it != offsets.constEnd(); ++it)
        out += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') +
               " 00000 n \n";
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    const int size =
        qMax(sizePattern.match(QString::fromLatin1(reader.trailer())).captured(1).toInt(), offsets.lastKey() + 1);
    QByteArray trailer = "<< /Size " + QByteArray::number(size);
    for (const char* key : {"Root", "Info"}) {
        if (const int object = reference(reader.trailer(), key); object > 0)
            trailer += " /" + QByteArray(key) + ' ' + QByteArray::number(object) + " 0 R";
    }
    trailer += " /Prev " + QByteArray::number(reader.xrefOffset()) + " >>";
    out += "trailer\n" + trailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return result;
}

} // namespace OneSeal::PdfTextLayer
