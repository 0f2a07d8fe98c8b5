#include "print/sealpainter.h"
#include "printtestsupport.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTest>
#include <QtMath>

using namespace OneSeal;
using namespace OneSeal::PrintTest;

namespace {

SealAppearance bureauSeal()
{
    return {QStringLiteral("彭州市行政审批局"), QStringLiteral("行政审批专用章"), QStringLiteral("5101820012345"), 42};
}

bool isInk(QRgb pixel)
{
    // Seal red over a transparent background: clearly red, neither grey nor black.
    return qAlpha(pixel) > 100 && qRed(pixel) > 2 * qGreen(pixel) && qRed(pixel) > 2 * qBlue(pixel);
}

// The share of sample points on a circle of @p radiusMm around the centre that carry ink, between two angles
// measured clockwise from the top.
double inkOnArc(const QImage& image, double radiusMm, double fromDegrees, double toDegrees, int dpi)
{
    const double pxPerMm = dpi / 25.4;
    const QPointF centre(image.width() / 2.0, image.height() / 2.0);
    int inked = 0;
    int samples = 0;
    for (double a = fromDegrees; a <= toDegrees; a += 0.5, ++samples) {
        const double rad = qDegreesToRadians(a);
        const QPoint p = (centre + QPointF(radiusMm * pxPerMm * qSin(rad), -radiusMm * pxPerMm * qCos(rad))).toPoint();
        inked += isInk(image.pixel(p)) ? 1 : 0;
    }
    return double(inked) / samples;
}

double inkShare(const QImage& image)
{
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += isInk(image.pixel(x, y)) ? 1 : 0;
    }
    return double(inked) / (double(image.width()) * image.height());
}

} // namespace

class TestSealPainter final : public QObject
{
    Q_OBJECT

private slots:
    void ringIsClosedAndRed();
    void nameRunsAlongTheUpperArc();
    void starSitsInTheCentre();
    void lookIsTheSameAtEveryResolution();
    void pdfHoldsVectorsNotAnImage();
    void sealWithoutPurposeOrCode();
};

void TestSealPainter::ringIsClosedAndRed()
{
    const int dpi = 300;
    const QImage image = SealPainter(bureauSeal()).toImage(dpi);
    QVERIFY(image.save(outputDir() + QStringLiteral("seal-300dpi.png")));
    QCOMPARE(image.width(), qCeil(42 / 25.4 * dpi) + 2);

    // The ring line (about 1.2 mm wide at the rim of a 42 mm seal) is inked all the way round.
    QCOMPARE(inkOnArc(image, 20.4, 0, 359.5, dpi), 1.0);
    // Just inside the ring there is white space before the characters begin.
    QVERIFY(inkOnArc(image, 19.3, 0, 359.5, dpi) < 0.05);
    // Outside the seal there is nothing.
    QCOMPARE(inkOnArc(image, 21.4, 0, 359.5, dpi), 0.0);
    const double share = inkShare(image);
    QVERIFY2(share > 0.08 && share < 0.5, qPrintable(QString::number(share)));

    const QColor ink = SealPainter::inkColour();
    QVERIFY(ink.red() > 200 && ink.green() < 60 && ink.blue() < 60);
}

void TestSealPainter::nameRunsAlongTheUpperArc()
{
    const int dpi = 300;
    const QImage image = SealPainter(bureauSeal()).toImage(dpi);
    // Characters cover the band around 15.7 mm over about 210° (eight characters) centred on the top…
    QVERIFY(inkOnArc(image, 15.7, -115, 115, dpi) > 0.25);
    // …and leave the bottom of that band to the purpose line and the code.
    QVERIFY(inkOnArc(image, 15.7, 140, 220, dpi) < 0.1);
    // The code runs along the lower arc.
    QVERIFY(inkOnArc(image, 18.0, 160, 200, dpi) > 0.15);
}

void TestSealPainter::starSitsInTheCentre()
{
    const int dpi = 300;
    const QImage image = SealPainter(bureauSeal()).toImage(dpi);
    const QPoint centre(image.width() / 2, image.height() / 2);
    QVERIFY(isInk(image.pixel(centre)));
    // The star's top point reaches about 7 mm up; between its arms, 5 mm up and 3 mm aside, is paper.
    const double pxPerMm = dpi / 25.4;
    QVERIFY(isInk(image.pixel(centre + QPoint(0, qRound(-6 * pxPerMm)))));
    QVERIFY(!isInk(image.pixel(centre + QPoint(qRound(3.2 * pxPerMm), qRound(-5 * pxPerMm)))));
}

void TestSealPainter::lookIsTheSameAtEveryResolution()
{
    const double low = inkShare(SealPainter(bureauSeal()).toImage(100));
    const double high = inkShare(SealPainter(bureauSeal()).toImage(600));
    QVERIFY2(qAbs(low - high) < 0.03, qPrintable(QStringLiteral("%1 vs %2").arg(low).arg(high)));
}

void TestSealPainter::pdfHoldsVectorsNotAnImage()
{
    const QString pdf = outputDir() + QStringLiteral("seal.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QSizeF(60, 60), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        SealPainter(bureauSeal()).paint(painter, QPointF(writer.width() / 2.0, writer.height() / 2.0), 300 / 25.4);
    }
    // pdfimages -list prints two header lines and one line per image.
    QProcess process;
    process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(process.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // Nor is the seal text: it cannot be copied out of the document.
    QVERIFY(squeezed(pdfText(pdf)).isEmpty());
}

void TestSealPainter::sealWithoutPurposeOrCode()
{
    SealAppearance seal = bureauSeal();
    seal.bottomText.clear();
    seal.serialCode.clear();
    seal.ringText = QStringLiteral("彭州市丽春镇便民服务中心");
    seal.diameterMm = 40;
    const QImage image = SealPainter(seal).toImage(200);
    QVERIFY(image.save(outputDir() + QStringLiteral("seal-town-200dpi.png")));
    QCOMPARE(inkOnArc(image, 19.4, 0, 359.5, 200), 1.0);
    QVERIFY(inkOnArc(image, 17.5, 160, 200, 200) < 0.05);
}

QTEST_MAIN(TestSealPainter)
#include "tst_sealpainter.moc"
