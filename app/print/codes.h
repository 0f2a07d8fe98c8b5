#pragma once

#include "core/result.h"

#include <QList>
#include <QRectF>
#include <QString>

class QFont;
class QPainter;

namespace OneSeal {

/// QR error correction: how much of the symbol may be soiled or covered and still read (7/15/25/30 %).
enum class QrErrorCorrection { Low, Medium, Quartile, High };

/// A QR symbol as a square of modules, row by row; true is dark. No quiet zone.
struct QrSymbol
{
    int size = 0;
    QList<bool> modules;

    bool dark(int x, int y) const { return modules.at(y * size + x); }
};

/// A one-row barcode as dark bars, in modules (the narrowest bar's width) from the first bar. No quiet zone.
struct LinearSymbol
{
    struct Bar
    {
        double x = 0;
        double width = 0;
    };
    QList<Bar> bars;
    double widthModules = 0;
};

/// QR codes (libqrencode) and Code 128 barcodes (zint) drawn as vector rectangles onto any QPainter, so they
/// stay crisp in a PDF at any zoom and on any printer, and read back from a 200 dpi scan.
namespace Codes {

/// "L", "M", "Q" or "H" (the letters the QR standard uses), or an error naming @p text.
Result<QrErrorCorrection> parseErrorCorrection(const QString& text);

/// Encodes @p text (UTF-8; non-ASCII text is marked with ECI 26 so readers need not guess the charset).
Result<QrSymbol> encodeQr(const QString& text, QrErrorCorrection level = QrErrorCorrection::Quartile);

/// Draws the QR symbol for @p text into @p square (painter units), which includes the 4-module quiet zone
/// the standard asks for and is painted white first.
Status drawQr(QPainter& painter, const QRectF& square, const QString& text,
              QrErrorCorrection level = QrErrorCorrection::Quartile);
void drawQr(QPainter& painter, const QRectF& square, const QrSymbol& symbol);

/// Encodes @p text as Code 128. Only Latin-1 text can be carried; anything else is an error.
Result<LinearSymbol> encodeCode128(const QString& text);

/// Draws the Code 128 symbol for @p text into @p rect (painter units), including the 10-module quiet zones,
/// with @p text in @p font centred under the bars when @p humanReadable is set.
Status drawCode128(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                   bool humanReadable = true);

/// Draws just the bars of @p symbol into @p rect (painter units), including the quiet zones.
void drawCode128(QPainter& painter, const QRectF& rect, const LinearSymbol& symbol);

} // namespace Codes
} // namespace OneSeal
