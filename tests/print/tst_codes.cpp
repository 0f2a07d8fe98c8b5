#include "print/codes.h"
#include "printtestsupport.h"

#include <QFont>
#include <QPainter>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace OneSeal;
using namespace OneSeal::PrintTest;

namespace {

struct Decoded
{
    QString text;
    ZXing::BarcodeFormat format = ZXing::BarcodeFormat::None;
};

Decoded decode(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return {QString::fromStdString(result.text()), result.format()};
}

QImage page(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

} // namespace

class TestCodes final : public QObject
{
    Q_OBJECT

private slots:
    void qrRoundTrip_data();
    void qrRoundTrip();
    void qrQuietZoneIsInsideTheSquare();
    void qrTooLongIsAnError();
    void errorCorrectionLetters();
    void code128RoundTrip_data();
    void code128RoundTrip();
    void code128RefusesWhatItCannotCarry();
    void code128TooSmallIsAnError();
};

void TestCodes::qrRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("level");
    QTest::newRow("url L") << QStringLiteral("https://zwfw.pengzhou.gov.cn/v?c=PZ-20261127-0017")
                           << int(QrErrorCorrection::Low);
    QTest::newRow("url Q") << QStringLiteral("https://zwfw.pengzhou.gov.cn/v?c=PZ-20261127-0017")
                           << int(QrErrorCorrection::Quartile);
    // Chinese goes as UTF-8 with an ECI header, so no reader takes it for Shift JIS.
    QTest::newRow("chinese M") << QStringLiteral("彭审批受〔2026〕17号") << int(QrErrorCorrection::Medium);
    QTest::newRow("name H") << QStringLiteral("王𠮷 阿依古丽·买买提") << int(QrErrorCorrection::High);
    QTest::newRow("digits") << QStringLiteral("20261127001700000000") << int(QrErrorCorrection::Quartile);
}

void TestCodes::qrRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    const auto ecc = static_cast<QrErrorCorrection>(level);
    const Result<QrSymbol> symbol = Codes::encodeQr(text, ecc);
    QVERIFY(symbol.ok());
    QVERIFY(symbol->size >= 21);
    QCOMPARE(symbol->modules.size(), qsizetype(symbol->size) * symbol->size);

    QImage image = page(400, 400);
    {
        QPainter painter(&image);
        QVERIFY(Codes::drawQr(painter, QRectF(50, 50, 300, 300), text, ecc).ok());
    }
    const Decoded decoded = decode(image);
    QCOMPARE(decoded.format, ZXing::BarcodeFormat::QRCode);
    QCOMPARE(decoded.text, text);
}

void TestCodes::qrQuietZoneIsInsideTheSquare()
{
    QImage image = page(200, 200);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        QVERIFY(Codes::drawQr(painter, QRectF(0, 0, 200, 200), QStringLiteral("OneSeal")).ok());
    }
    // The square is painted white first, so the quiet zone is there even on a dark background.
    const Result<QrSymbol> symbol = Codes::encodeQr(QStringLiteral("OneSeal"));
    const int quiet = 4 * 200 / (symbol->size + 8);
    for (int i = 0; i < 200; ++i) {
        QCOMPARE(image.pixel(i, quiet / 2), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(quiet / 2, i), qRgb(255, 255, 255));
    }
    QCOMPARE(decode(image).text, QStringLiteral("OneSeal"));
}

void TestCodes::qrTooLongIsAnError()
{
    const Result<QrSymbol> symbol = Codes::encodeQr(QString(4000, u'字'), QrErrorCorrection::High);
    QVERIFY(!symbol.ok());
    QCOMPARE(symbol.error().code, QStringLiteral("print.qr_encode"));
    QVERIFY(!Codes::encodeQr(QString()).ok());
}

void TestCodes::errorCorrectionLetters()
{
    QCOMPARE(*Codes::parseErrorCorrection(QStringLiteral("L")), QrErrorCorrection::Low);
    QCOMPARE(*Codes::parseErrorCorrection(QStringLiteral("m")), QrErrorCorrection::Medium);
    QCOMPARE(*Codes::parseErrorCorrection(QStringLiteral("Q")), QrErrorCorrection::Quartile);
    QCOMPARE(*Codes::parseErrorCorrection(QStringLiteral("H")), QrErrorCorrection::High);
    QVERIFY(!Codes::parseErrorCorrection(QStringLiteral("X")).ok());
}

void TestCodes::code128RoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("case number") << QStringLiteral("PZ-20261127-0017");
    QTest::newRow("digits") << QStringLiteral("2026112700170018");
    QTest::newRow("lower case") << QStringLiteral("lz-20261127-0001");
}

void TestCodes::code128RoundTrip()
{
    QFETCH(QString, text);
    const Result<LinearSymbol> symbol = Codes::encodeCode128(text);
    QVERIFY(symbol.ok());
    QVERIFY(symbol->widthModules > 50);
    QCOMPARE(symbol->bars.first().x, 0.0);
    QCOMPARE(symbol->bars.last().x + symbol->bars.last().width, symbol->widthModules);

    QImage image = page(700, 200);
    image.setDotsPerMeterX(7874); // 200 dpi
    image.setDotsPerMeterY(7874);
    {
        QPainter painter(&image);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(8);
        QVERIFY(Codes::drawCode128(painter, QRectF(20, 20, 660, 140), text, font).ok());
    }
    QVERIFY(image.save(
        outputDir() +
        QStringLiteral("code128-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
    const Decoded decoded = decode(image);
    QCOMPARE(decoded.format, ZXing::BarcodeFormat::Code128);
    QCOMPARE(decoded.text, text);
}

void TestCodes::code128RefusesWhatItCannotCarry()
{
    const Result<LinearSymbol> chinese = Codes::encodeCode128(QStringLiteral("彭审批受17号"));
    QVERIFY(!chinese.ok());
    QCOMPARE(chinese.error().code, QStringLiteral("print.barcode_text"));
    QVERIFY(!Codes::encodeCode128(QString()).ok());
    QVERIFY(!Codes::encodeCode128(QStringLiteral("A\tB")).ok());
}

void TestCodes::code128TooSmallIsAnError()
{
    QImage image = page(300, 60);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(40);
    const Status status = Codes::drawCode128(painter, QRectF(0, 0, 300, 45), QStringLiteral("PZ-1"), font);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("print.barcode_size"));
}

QTEST_MAIN(TestCodes)
#include "tst_codes.moc"
