#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace OneSeal {

/// A glyph as the renderer drew it: its pen position in the page's device units and the text it stands for.
struct DrawnGlyph
{
    QPointF position;
    QString text;
};

/// What a repair of a PDF's text layer did.
struct TextLayerRepair
{
    QByteArray pdf;
    int corrected = 0; ///< glyphs whose text was wrong or missing and now is right
    int unmatched = 0; ///< drawn glyphs not found in the PDF (none, when all went well)
};

/// Qt's PDF writer (6.4) builds each font's ToUnicode map, the map from glyphs back to text, by looking
/// every BMP code point up in the font's cmap and keeping the lowest one per glyph. With Noto CJK that turns
/// 行, 民, 食 into the Kangxi and CJK radicals sharing their glyphs (⾏, ⺠, ⻝), and leaves out every character
/// outside the BMP (𠮷) and every glyph a font feature substituted (digits after Latin letters). Searching,
/// copying or reading the notice back would then give wrong text.
///
/// The repair matches the glyphs in each page's content stream, by font and position, with the glyphs the
/// renderer drew, and appends corrected ToUnicode maps to the file as an incremental update (the original
/// bytes stay as they are). When a match contradicts a mapping Qt got right, nothing is changed.
namespace PdfTextLayer {

Result<TextLayerRepair> repair(const QByteArray& pdf, const QList<DrawnGlyph>& glyphs, double tolerance);

} // namespace PdfTextLayer
} // namespace OneSeal
