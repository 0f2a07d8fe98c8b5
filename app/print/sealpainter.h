#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <memory>

class QPainter;
class QPainterPath;

namespace OneSeal {

/// What a round official seal shows, taken from its entry in the seal registry.
struct SealAppearance
{
    QString ringText;   ///< the owning organisation, along the upper arc ("彭州市行政审批局")
    QString bottomText; ///< horizontal under the star ("行政审批专用章"); may be empty
    QString serialCode; ///< the seal's code, small along the lower arc; may be empty
    double diameterMm = 42;
};

/// Draws a round official seal (ring, name along the upper arc, five-pointed star, the seal's purpose
/// under the star, its code along the lower arc) as filled vector paths onto any QPainter.
///
/// The seal is always drawn from its registry data, never from a scanned picture: it prints sharp at any
/// resolution, and a document can only ever carry the seal the registry says it has. Every glyph is drawn
/// as a path rather than as text, so the seal neither depends on the PDF viewer's fonts nor scatters its
/// characters into the document's extractable text.
class SealPainter final
{
public:
    explicit SealPainter(SealAppearance appearance);

    const SealAppearance& appearance() const { return m_appearance; }

    /// Draws the seal centred on @p centre; @p unitsPerMm converts millimetres into painter units.
    void paint(QPainter& painter, const QPointF& centre, double unitsPerMm) const;

    /// The seal alone on a transparent square image at @p dpi, for previews and the seal registry.
    QImage toImage(int dpi) const;

    /// The red of seal ink.
    static QColor inkColour();

    /// Font families for the seal's characters, best first; Qt falls back along the list per glyph.
    static QStringList fontFamilies();

private:
    struct Paths;
    /// The seal's outlines in millimetres around its centre, made once per appearance in a process: glyph
    /// outlines are the costly part of a page, and a morning's batch prints the same seal on every sheet.
    static std::shared_ptr<const Paths> pathsFor(const SealAppearance& appearance);
    static Paths makePaths(const SealAppearance& appearance);

    SealAppearance m_appearance;
    std::shared_ptr<const Paths> m_paths;
};

} // namespace OneSeal
