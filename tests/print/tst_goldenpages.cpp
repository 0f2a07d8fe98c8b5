#include "print/documentrenderer.h"
#include "printtestsupport.h"

#include <QDirIterator>
#include <QTest>

using namespace OneSeal;
using namespace OneSeal::PrintTest;

// Golden pages, one folder per case (tests/data/print/<case>/input.json and expected.png): each case is
// rendered as an image and compared with the page a person looked at and approved. After an intended change
// of a template, run with ONESEAL_UPDATE_GOLDEN=1, look at the new expected.png files, and commit them.
class TestGoldenPages final : public QObject
{
    Q_OBJECT

private slots:
    void pageMatchesTheApprovedOne_data();
    void pageMatchesTheApprovedOne();
    void comparisonCatchesAChangedName();
    void comparisonCatchesAChangedSeal();
    void comparisonToleratesScatteredNoise();

private:
    static Result<QImage> renderCase(const QJsonObject& input, const QJsonObject& fields);
};

Result<QImage> TestGoldenPages::renderCase(const QJsonObject& input, const QJsonObject& fields)
{
    Result<DocumentTemplate> notice = DocumentRenderer::load(input.value(QStringLiteral("template")).toString());
    if (!notice)
        return notice.error();
    RenderOptions options;
    options.draft = input.value(QStringLiteral("draft")).toBool();
    return DocumentRenderer::renderImage(*notice, fields, input.value(QStringLiteral("dpi")).toInt(100), options);
}

void TestGoldenPages::pageMatchesTheApprovedOne_data()
{
    QTest::addColumn<QString>("caseName");
    QDirIterator cases(casesDir(), QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList names;
    while (cases.hasNext())
        names.append(QFileInfo(cases.next()).fileName());
    names.sort();
    QVERIFY(names.size() >= 4);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestGoldenPages::pageMatchesTheApprovedOne()
{
    QFETCH(QString, caseName);
    const QJsonObject input = loadCase(caseName);
    QVERIFY2(!input.isEmpty(), "input.json is missing or not JSON");
    const Result<QImage> actual = renderCase(input, input.value(QStringLiteral("fields")).toObject());
    QVERIFY2(actual.ok(), actual.ok() ? "" : qPrintable(actual.error().message));

    const QString out = outputDir(QStringLiteral("golden/") + caseName);
    QVERIFY(actual->save(out + QStringLiteral("actual.png")));
    const QString expectedPath = casesDir() + caseName + QStringLiteral("/expected.png");
    if (qEnvironmentVariableIntValue("ONESEAL_UPDATE_GOLDEN") == 1) {
        QVERIFY(actual->save(expectedPath));
        qInfo("wrote %s", qPrintable(expectedPath));
        return;
    }
    const QImage expected(expectedPath);
    QVERIFY2(!expected.isNull(),
             qPrintable(QStringLiteral("no %1; run with ONESEAL_UPDATE_GOLDEN=1 and look at it").arg(expectedPath)));

    const ImageDifference difference = compareImages(*actual, expected);
    if (!difference.map.isNull())
        difference.map.save(out + QStringLiteral("difference.png"));
    QVERIFY2(difference.withinTolerance(),
             qPrintable(QStringLiteral("%1 pixels (%2 %) differ, %3 in the worst tile; see %4difference.png")
                            .arg(difference.differingPixels)
                            .arg(difference.differingShare * 100, 0, 'f', 3)
                            .arg(difference.worstTile)
                            .arg(out)));
}

void TestGoldenPages::comparisonCatchesAChangedName()
{
    // A golden test that cannot fail proves nothing: a two-character name changed must be caught. (王𠮷 for
    // 王吉 differs by one stroke, a handful of pixels at 100 dpi; the PDF text checks catch that one.)
    const QJsonObject input = loadCase(QStringLiteral("acceptance_notice"));
    QJsonObject fields = input.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("applicant_name"), QStringLiteral("李四"));
    const Result<QImage> actual = renderCase(input, fields);
    QVERIFY(actual.ok());
    const QImage expected(casesDir() + QStringLiteral("acceptance_notice/expected.png"));
    QVERIFY(!expected.isNull());
    const ImageDifference difference = compareImages(*actual, expected);
    qInfo("changed name: %lld pixels differ, %d in the worst tile", difference.differingPixels, difference.worstTile);
    QVERIFY2(!difference.withinTolerance(), qPrintable(QString::number(difference.worstTile)));
    QVERIFY(difference.differingShare < 0.005); // caught by the tile rule, not the overall share
}

void TestGoldenPages::comparisonCatchesAChangedSeal()
{
    const QJsonObject input = loadCase(QStringLiteral("acceptance_notice"));
    QJsonObject fields = input.value(QStringLiteral("fields")).toObject();
    QJsonObject seal = fields.value(QStringLiteral("seal")).toObject();
    seal.insert(QStringLiteral("serial_code"), QString());
    seal.insert(QStringLiteral("bottom_text"), QStringLiteral("专用章"));
    fields.insert(QStringLiteral("seal"), seal);
    const Result<QImage> actual = renderCase(input, fields);
    QVERIFY(actual.ok());
    const ImageDifference difference =
        compareImages(*actual, QImage(casesDir() + QStringLiteral("acceptance_notice/expected.png")));
    qInfo("changed seal: %lld pixels differ, %d in the worst tile", difference.differingPixels, difference.worstTile);
    QVERIFY(!difference.withinTolerance());
}

void TestGoldenPages::comparisonToleratesScatteredNoise()
{
    const QImage expected(casesDir() + QStringLiteral("acceptance_notice/expected.png"));
    QVERIFY(!expected.isNull());
    QImage noisy = expected.convertToFormat(QImage::Format_RGB32);
    // One pixel in 400, spread evenly, flipped: what a different antialiasing would do at glyph edges.
    for (int y = 0; y < noisy.height(); y += 20) {
        for (int x = (y / 20) % 20; x < noisy.width(); x += 20)
            noisy.setPixel(x, y, qRgb(255, 255, 255) - (noisy.pixel(x, y) & 0xFFFFFF));
    }
    const ImageDifference difference = compareImages(noisy, expected);
    qInfo("noise: %lld pixels differ, %d in the worst tile", difference.differingPixels, difference.worstTile);
    QVERIFY(difference.differingPixels > 0);
    QVERIFY2(difference.withinTolerance(), qPrintable(QString::number(difference.differingShare)));
}

QTEST_MAIN(TestGoldenPages)
#include "tst_goldenpages.moc"
