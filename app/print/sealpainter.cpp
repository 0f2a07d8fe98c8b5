#include "sealpainter.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>
#include <QtMath>
#include <utility>

namespace OneSeal {
namespace {

// Proportions of a 42 mm government seal (ring about 1.2 mm, name characters about 6.5 mm high, a star
// about 14 mm across), kept as fractions of the diameter so that a 38 mm or 40 mm seal keeps its look.
constexpr double kRingWidth = 0.029;
constexpr double kRingTextHeight = 0.155;
constexpr double kRingTextGap = 0.022;
// Neighbouring characters of the name stand this far apart, until the name fills the widest span a seal
// gives it; a long name then closes up and, past ten characters, gets smaller as well.
constexpr double kRingTextPitchDegrees = 30;
constexpr double kRingTextMaxSpanDegrees = 240;
constexpr int kRingTextFullSizeCount = 10;
constexpr double kStarRadius = 0.17;
constexpr double kBottomTextHeight = 0.10;
constexpr double kBottomTextCentre = 0.25;
constexpr double kSerialHeight = 0.05;
constexpr double kSerialGap = 0.022;
// Glyph outlines are made at this pixel size and scaled down; the size only sets the outline precision.
constexpr int kOutlinePixelSize = 200;
// Seal ink lets the printed agency name and date underneath show through, as real ink does.
constexpr double kInkOpacity = 0.88;

QFont sealFont(bool bold)
{
    QFont font;
    font.setFamilies(SealPainter::fontFamilies());
    font.setPixelSize(kOutlinePixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// The outline of one character, scaled to @p heightMm of em and centred on the origin. Centring on the
// ink's bounding box rather than the baseline keeps narrow punctuation and wide ideographs on one circle.
QPainterPath glyphOutline(const QString& character, const QFont& font, double heightMm)
{
    QPainterPath path;
    path.addText(0, 0, font, character);
    const QRectF ink = path.boundingRect();
    const double scale = heightMm / kOutlinePixelSize;
    QTransform transform;
    transform.scale(scale, scale);
    transform.translate(-ink.center().x(), -ink.center().y());
    return transform.map(path);
}

// The width of @p character's ink in millimetres at @p heightMm.
double inkWidthMm(const QString& character, const QFont& font, double heightMm)
{
    QPainterPath path;
    path.addText(0, 0, font, character);
    return path.boundingRect().width() * heightMm / kOutlinePixelSize;
}

QList<QString> characters(const QString& text)
{
    // Iterate by code point so that a character outside the BMP stays one glyph.
    QList<QString> result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            result.append(text.mid(i, 2));
            ++i;
        } else {
            result.append(text.mid(i, 1));
        }
    }
    return result;
}

QPainterPath star(double outerRadius)
{
    const double innerRadius = outerRadius * 0.381966; // the regular pentagram's ratio, 1/φ²
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? outerRadius : innerRadius;
        const double angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(radius * qCos(angle), radius * qSin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

struct SealPainter::Paths
{
    QPainterPath ink;  ///< the star and every glyph, filled as one
    QPainterPath ring; ///< the ring, filled on its own
};

SealPainter::SealPainter(SealAppearance appearance)
    : m_appearance(std::move(appearance)), m_paths(pathsFor(m_appearance))
{
}

std::shared_ptr<const SealPainter::Paths> SealPainter::pathsFor(const SealAppearance& appearance)
{
    // A site has a handful of seals; the bound only keeps a long-running client from growing without limit.
    constexpr qsizetype kMaxCached = 32;
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Paths>> cache;
    const QString key = appearance.ringText + u'\x1f' + appearance.bottomText + u'\x1f' + appearance.serialCode +
                        u'\x1f' + QString::number(appearance.diameterMm, 'g', 17);
    {
        const QMutexLocker locker(&mutex);
        if (const auto found = cache.constFind(key); found != cache.constEnd())
            return *found;
    }
    auto made = std::make_shared<const Paths>(makePaths(appearance));
    const QMutexLocker locker(&mutex);
    if (cache.size() >= kMaxCached)
        cache.clear();
    cache.insert(key, made);
    return made;
}

QColor SealPainter::inkColour()
{
    return QColor(0xD8, 0x23, 0x2A);
}

QStringList SealPainter::fontFamilies()
{
    return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Source Han Serif SC"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK TC")};
}

SealPainter::Paths SealPainter::makePaths(const SealAppearance& appearance)
{
    const double d = appearance.diameterMm;
    const double radius = d / 2;
    const double ringWidth = d * kRingWidth;

    // Everything below is in millimetres around the seal's centre.
    QPainterPath ink;
    ink.setFillRule(Qt::WindingFill);

    QPainterPath ring;
    ring.addEllipse(QPointF(0, 0), radius, radius);
    ring.addEllipse(QPointF(0, 0), radius - ringWidth, radius - ringWidth);
    ring.setFillRule(Qt::OddEvenFill);

    ink.addPath(star(d * kStarRadius));

    // The name along the upper arc: each glyph's top faces outwards, evenly spread over the span, condensed
    // sideways when the arc gives it less room than its natural width (long names, as seal engravers do).
    const QFont ringFont = sealFont(true);
    const QList<QString> name = characters(appearance.ringText.trimmed());
    const double nameHeight =
        d * kRingTextHeight * qMin(1.0, double(kRingTextFullSizeCount) / qMax<qsizetype>(1, name.size()));
    const double nameRadius = radius - ringWidth - d * kRingTextGap - nameHeight / 2;
    const double span = qMin(kRingTextMaxSpanDegrees, kRingTextPitchDegrees * qMax<qsizetype>(0, name.size() - 1));
    const double step = name.size() > 1 ? span / (name.size() - 1) : 0.0;
    const double room = qDegreesToRadians(name.size() > 1 ? step : kRingTextPitchDegrees) * nameRadius;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).trimmed().isEmpty())
            continue;
        const double angle = -span / 2 + step * i;
        const double natural = inkWidthMm(name.at(i), ringFont, nameHeight);
        const double condense = natural > 0 ? qBound(0.55, room * 0.92 / natural, 1.0) : 1.0;
        const double rad = qDegreesToRadians(angle);
        QTransform transform;
        transform.translate(nameRadius * qSin(rad), -nameRadius * qCos(rad));
        transform.rotate(angle);
        transform.scale(condense, 1.0);
        ink.addPath(transform.map(glyphOutline(name.at(i), ringFont, nameHeight)));
    }

    // The purpose, horizontal under the star, condensed to stay clear of the ring, the code below it and the
    // last characters of the name where they come down beside it.
    const QList<QString> purpose = characters(appearance.bottomText.trimmed());
    if (!purpose.isEmpty()) {
        const double height = d * kBottomTextHeight;
        const double centreY = d * kBottomTextCentre;
        const double gap = d * kRingTextGap;
        const double clearRadius = radius - ringWidth - d * (kSerialHeight + 2 * kSerialGap);
        const double bottomEdge = centreY + height / 2;
        double halfWidth = qSqrt(qMax(0.0, clearRadius * clearRadius - bottomEdge * bottomEdge));
        if (!name.isEmpty()) {
            const double end = qDegreesToRadians(span / 2);
            const double reach = nameHeight / 2 * (qAbs(qCos(end)) + qAbs(qSin(end)));
            if (-nameRadius * qCos(end) + reach + gap > centreY - height / 2)
                halfWidth = qMin(halfWidth, nameRadius * qSin(end) - reach - gap);
        }
        const double maxWidth = 2 * qMax(0.0, halfWidth);
        const QFont font = sealFont(true);
        double natural = 0;
        for (const QString& c : purpose)
            natural += qMax(inkWidthMm(c, font, height), height * 0.5) + height * 0.08;
        const double condense = natural > maxWidth ? maxWidth / natural : 1.0;
        double x = -natural * condense / 2;
        for (const QString& c : purpose) {
            const double advance = (qMax(inkWidthMm(c, font, height), height * 0.5) + height * 0.08) * condense;
            if (!c.trimmed().isEmpty()) {
                QTransform transform;
                transform.translate(x + advance / 2, centreY);
                transform.scale(condense, 1.0);
                ink.addPath(transform.map(glyphOutline(c, font, height)));
            }
            x += advance;
        }
    }

    // The code, small and upright along the lower arc, read left to right.
    const QList<QString> code = characters(appearance.serialCode.trimmed());
    if (!code.isEmpty()) {
        const double height = d * kSerialHeight;
        const double codeRadius = radius - ringWidth - d * kSerialGap - height / 2;
        const QFont font = sealFont(false);
        const double pitch = height * 0.72; // digits are about half an em wide; a little air between them
        const double stepDegrees = qRadiansToDegrees(pitch / codeRadius);
        const double first = -stepDegrees * (code.size() - 1) / 2;
        for (qsizetype i = 0; i < code.size(); ++i) {
            if (code.at(i).trimmed().isEmpty())
                continue;
            const double angle = first + stepDegrees * i;
            const double rad = qDegreesToRadians(angle);
            QTransform transform;
            transform.translate(codeRadius * qSin(rad), codeRadius * qCos(rad));
            transform.rotate(-angle);
            ink.addPath(transform.map(glyphOutline(code.at(i), font, height)));
        }
    }

    return {ink, ring};
}

void SealPainter::paint(QPainter& painter, const QPointF& centre, double unitsPerMm) const
{
    painter.save();
    painter.translate(centre);
    painter.scale(unitsPerMm, unitsPerMm);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(painter.opacity() * kInkOpacity);
    painter.setPen(Qt::NoPen);
    painter.setBrush(inkColour());
    // One path for all glyphs and the star, one for the ring: overlapping outlines would otherwise double
    // the translucent ink where they touch.
    painter.drawPath(m_paths->ink);
    painter.drawPath(m_paths->ring);
    painter.restore();
}

QImage SealPainter::toImage(int dpi) const
{
    const double pxPerMm = dpi / 25.4;
    const int side = qCeil(m_appearance.diameterMm * pxPerMm) + 2;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, QPointF(side / 2.0, side / 2.0), pxPerMm);
    painter.end();
    return image;
}

} // namespace OneSeal
