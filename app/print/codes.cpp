#include "codes.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <memory>
#include <qrencode.h>
#include <zint.h>

namespace OneSeal::Codes {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Print)
};

// The quiet zones the symbologies' standards ask for, in modules.
constexpr int kQrQuietZone = 4;
constexpr int kCode128QuietZone = 10;
// ECI 26 is UTF-8.
constexpr unsigned int kEciUtf8 = 26;

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
struct QrInputDeleter
{
    void operator()(QRinput* input) const { QRinput_free(input); }
};
struct ZintDeleter
{
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};

QRecLevel toLibLevel(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::Low: return QR_ECLEVEL_L;
    case QrErrorCorrection::Medium: return QR_ECLEVEL_M;
    case QrErrorCorrection::Quartile: return QR_ECLEVEL_Q;
    case QrErrorCorrection::High: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_Q;
}

} // namespace

Result<QrErrorCorrection> parseErrorCorrection(const QString& text)
{
    const QString level = text.trimmed().toUpper();
    if (level == u"L")
        return QrErrorCorrection::Low;
    if (level == u"M")
        return QrErrorCorrection::Medium;
    if (level == u"Q")
        return QrErrorCorrection::Quartile;
    if (level == u"H")
        return QrErrorCorrection::High;
    return makeError(QStringLiteral("print.qr_level"),
                     Text::tr("QR error correction must be L, M, Q or H, not \"%1\".").arg(text));
}

Result<QrSymbol> encodeQr(const QString& text, QrErrorCorrection level)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return makeError(QStringLiteral("print.qr_empty"), Text::tr("A QR code needs some text to carry."));

    bool ascii = true;
    for (const char byte : bytes)
        ascii = ascii && byte > 0 && static_cast<unsigned char>(byte) < 0x80;

    std::unique_ptr<QRcode, QrCodeDeleter> code;
    if (ascii) {
        // Lets libqrencode mix numeric, alphanumeric and byte segments for the smallest symbol.
        code.reset(QRcode_encodeString(bytes.constData(), 0, toLibLevel(level), QR_MODE_8, 1));
    } else {
        // Without the ECI header, readers guess the charset of byte segments and short Chinese text is
        // easily taken for Shift JIS; ECI 26 says UTF-8 outright.
        std::unique_ptr<QRinput, QrInputDeleter> input(QRinput_new2(0, toLibLevel(level)));
        if (input && QRinput_appendECIheader(input.get(), kEciUtf8) == 0 &&
            QRinput_append(input.get(), QR_MODE_8, static_cast<int>(bytes.size()),
                           reinterpret_cast<const unsigned char*>(bytes.constData())) == 0)
            code.reset(QRcode_encodeInput(input.get()));
    }
    if (!code)
        return makeError(QStringLiteral("print.qr_encode"),
                         Text::tr("The text is too long for a QR code (%1 bytes).").arg(bytes.size()));

    QrSymbol symbol;
    symbol.size = code->width;
    symbol.modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < symbol.modules.size(); ++i)
        symbol.modules[i] = (code->data[i] & 1) != 0;
    return symbol;
}

void drawQr(QPainter& painter, const QRectF& square, const QrSymbol& symbol)
{
    const double side = qMin(square.width(), square.height());
    const QRectF area(square.topLeft(), QSizeF(side, side));
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf) {
        // One bit a module, quiet zone included, scaled without smoothing: a few hundred bytes in the PDF where
        // the modules as rectangles took some 50 KB of page content to write, compress and read back.
        const int width = symbol.size + 2 * kQrQuietZone;
        QImage modules(width, width, QImage::Format_Mono);
        modules.setColorTable({QColor(Qt::black).rgb(), QColor(Qt::white).rgb()});
        modules.fill(1);
        for (int y = 0; y < symbol.size; ++y) {
            for (int x = 0; x < symbol.size; ++x) {
                if (symbol.dark(x, y))
                    modules.setPixel(x + kQrQuietZone, y + kQrQuietZone, 0);
            }
        }
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(area, modules);
        painter.restore();
        return;
    }
    const double module = side / (symbol.size + 2 * kQrQuietZone);
    const QPointF origin = area.topLeft() + QPointF(kQrQuietZone * module, kQrQuietZone * module);

    // Runs of dark modules in a row become one rectangle, and a run repeated in the rows below grows that
    // rectangle downwards: the same dark area in about a third fewer rectangles for a preview to fill.
    QList<QRectF> rects;
    QList<int> open(symbol.size * (symbol.size + 1), -1); // the rectangle a run (row, start, end) extends
    const auto runKey = [&symbol](int start, int end) { return start * (symbol.size + 1) + end; };
    QList<int> previousRow;
    for (int y = 0; y < symbol.size; ++y) {
        QList<int> row;
        int x = 0;
        while (x < symbol.size) {
            if (!symbol.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.size && symbol.dark(x, y))
                ++x;
            const int key = runKey(start, x);
            if (previousRow.contains(key)) {
                rects[open[key]].setBottom(origin.y() + (y + 1) * module);
            } else {
                open[key] = int(rects.size());
                rects.append(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
            }
            row.append(key);
        }
        previousRow = row;
    }
    // All of them one path filled once, so that no hairline seams appear between neighbouring modules when the
    // rasteriser antialiases.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QRectF& rect : rects)
        path.addRect(rect);
    painter.save();
    painter.fillRect(area, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

Status drawQr(QPainter& painter, const QRectF& square, const QString& text, QrErrorCorrection level)
{
    const Result<QrSymbol> symbol = encodeQr(text, level);
    if (!symbol)
        return symbol.error();
    drawQr(painter, square, *symbol);
    return {};
}

Result<LinearSymbol> encodeCode128(const QString& text)
{
    if (text.isEmpty())
        return makeError(QStringLiteral("print.barcode_empty"), Text::tr("A barcode needs some text to carry."));
    for (const QChar c : text) {
        if (c.unicode() > 0xFF || c.unicode() < 0x20)
            return makeError(QStringLiteral("print.barcode_text"),
                             Text::tr("A Code 128 barcode cannot carry \"%1\" in \"%2\".").arg(c).arg(text));
    }
    const QByteArray latin1 = text.toLatin1();

    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeError(QStringLiteral("print.barcode_encode"), Text::tr("Out of memory for a barcode."));
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = DATA_MODE;
    symbol->show_hrt = 0; // the text is drawn with the document's font, so it stays extractable from the PDF
    int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(latin1.constData()),
                             static_cast<int>(latin1.size()));
    if (rc < ZINT_ERROR)
        rc = ZBarcode_Buffer_Vector(symbol.get(), 0);
    if (rc >= ZINT_ERROR || !symbol->vector)
        return makeError(
            QStringLiteral("print.barcode_encode"),
            Text::tr("Cannot make a barcode of \"%1\": %2").arg(text, QString::fromLatin1(symbol->errtxt)));

    LinearSymbol result;
    double left = 0;
    double right = 0;
    bool first = true;
    for (const zint_vector_rect* rect = symbol->vector->rectangles; rect; rect = rect->next) {
        if (first || rect->x < left)
            left = rect->x;
        if (first || rect->x + rect->width > right)
            right = rect->x + rect->width;
        first = false;
    }
    // Code 128 starts and ends with a bar, so the bars span exactly the symbol's width in modules.
    if (first || symbol->width <= 0 || right <= left)
        return makeError(QStringLiteral("print.barcode_encode"),
                         Text::tr("Cannot make a barcode of \"%1\".").arg(text));
    const double unit = (right - left) / symbol->width;
    for (const zint_vector_rect* rect = symbol->vector->rectangles; rect; rect = rect->next)
        result.bars.append({(rect->x - left) / unit, rect->width / unit});
    result.widthModules = symbol->width;
    return result;
}

void drawCode128(QPainter& painter, const QRectF& rect, const LinearSymbol& symbol)
{
    const double module = rect.width() / (symbol.widthModules + 2 * kCode128QuietZone);
    QPainterPath bars;
    bars.setFillRule(Qt::WindingFill);
    for (const LinearSymbol::Bar& bar : symbol.bars)
        bars.addRect(
            QRectF(rect.left() + (kCode128QuietZone + bar.x) * module, rect.top(), bar.width * module, rect.height()));
    painter.save();
    painter.fillRect(rect, Qt::white);
    painter.fillPath(bars, Qt::black);
    painter.restore();
}

Status drawCode128(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font, bool humanReadable)
{
    const Result<LinearSymbol> symbol = encodeCode128(text);
    if (!symbol)
        return symbol.error();

    const QFontMetricsF metrics(font, painter.device());
    const double textHeight = humanReadable ? metrics.height() : 0;
    const double gap = humanReadable ? metrics.height() * 0.1 : 0;
    const double barsHeight = rect.height() - textHeight - gap;
    if (barsHeight < rect.height() * 0.3 || rect.width() <= 0)
        return makeError(QStringLiteral("print.barcode_size"),
                         Text::tr("The barcode of \"%1\" does not fit its space on the page.").arg(text));

    painter.save();
    painter.fillRect(rect, Qt::white);
    drawCode128(painter, QRectF(rect.topLeft(), QSizeF(rect.width(), barsHeight)), *symbol);
    if (humanReadable) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), rect.top() + barsHeight + gap, rect.width(), textHeight),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.restore();
    return {};
}

} // namespace OneSeal::Codes
