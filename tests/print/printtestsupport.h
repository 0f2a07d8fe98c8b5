#pragma once

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <algorithm>
#include <cstdlib>

namespace OneSeal::PrintTest {

/// Where print tests leave what a person may want to look at.
inline QString outputDir(const QString& sub = {})
{
    const QString dir = QStringLiteral(ONESEAL_TEST_OUTPUT "/print/") + sub;
    QDir().mkpath(dir);
    return dir.endsWith(u'/') ? dir : dir + u'/';
}

/// The golden cases: tests/data/print/<case>/input.json and expected.png.
inline QString casesDir()
{
    return QStringLiteral(ONESEAL_SOURCE_DIR "/tests/data/print/");
}

/// A case's input.json: {"template": …, "dpi": …, "draft": …, "fields": {…}}.
inline QJsonObject loadCase(const QString& name)
{
    QFile file(casesDir() + name + QStringLiteral("/input.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The text poppler reads from @p pdf, in layout mode as a person sees the page, or a message after "ERROR:".
inline QString pdfText(const QString& pdf, const QString& tool = QStringLiteral("pdftotext"))
{
    QProcess process;
    QStringList arguments;
    if (tool == u"pdftotext")
        arguments << QStringLiteral("-layout") << QStringLiteral("-enc") << QStringLiteral("UTF-8");
    arguments << pdf;
    if (tool == u"pdftotext")
        arguments << QStringLiteral("-");
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("ERROR: ") + tool + u' ' + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Text with every kind of white space removed, so that a phrase is found across line breaks and justified
/// spacing.
inline QString squeezed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString result = text;
    result.remove(space);
    return result;
}

/// How two renderings of a page differ.
struct ImageDifference
{
    qint64 differingPixels = 0; ///< pixels where any channel differs by more than the threshold
    double differingShare = 0;  ///< of all pixels
    int worstTile = 0;          ///< differing pixels in the worst tile
    QImage map;                 ///< the difference made visible: red where the pages differ
    bool sizeMismatch = false;

    /// The tolerance golden tests use: scattered antialiasing noise passes (at most 0.5 % of the page), but
    /// a change concentrated in one place fails even when it is small against the page (one changed name),
    /// because no 24-pixel tile may have more than 8 % of its pixels changed.
    bool withinTolerance() const
    {
        return !sizeMismatch && differingShare <= 0.005 && worstTile <= kTile * kTile * 8 / 100;
    }

    static constexpr int kTile = 24;
    static constexpr int kThreshold = 64;
};

inline ImageDifference compareImages(const QImage& actualImage, const QImage& expectedImage)
{
    ImageDifference result;
    if (actualImage.size() != expectedImage.size()) {
        result.sizeMismatch = true;
        return result;
    }
    const QImage actual = actualImage.convertToFormat(QImage::Format_RGB32);
    const QImage expected = expectedImage.convertToFormat(QImage::Format_RGB32);
    const int tilesX = (actual.width() + ImageDifference::kTile - 1) / ImageDifference::kTile;
    const int tilesY = (actual.height() + ImageDifference::kTile - 1) / ImageDifference::kTile;
    QList<int> tiles(qsizetype(tilesX) * tilesY, 0);
    result.map = expected.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        auto* m = reinterpret_cast<QRgb*>(result.map.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta = std::max({std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])),
                                        std::abs(qBlue(a[x]) - qBlue(e[x]))});
            if (delta > ImageDifference::kThreshold) {
                ++result.differingPixels;
                ++tiles[(y / ImageDifference::kTile) * tilesX + x / ImageDifference::kTile];
                m[x] = qRgb(255, 0, 0);
            } else {
                // The expected page, faded, as the background the differences stand out against.
                const int grey = 200 + qGray(m[x]) * 55 / 255;
                m[x] = qRgb(grey, grey, grey);
            }
        }
    }
    result.differingShare = double(result.differingPixels) / (double(actual.width()) * actual.height());
    result.worstTile = tiles.isEmpty() ? 0 : *std::max_element(tiles.cbegin(), tiles.cend());
    return result;
}

} // namespace OneSeal::PrintTest
