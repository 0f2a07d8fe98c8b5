#include "print/documentrenderer.h"
#include "printtestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <ZXing/ReadBarcode.h>
#include <functional>

using namespace OneSeal;
using namespace OneSeal::PrintTest;

namespace {

QJsonObject fieldsOf(const QString& caseName)
{
    return loadCase(caseName).value(QStringLiteral("fields")).toObject();
}

DocumentTemplate templateOf(const QString& name)
{
    Result<DocumentTemplate> loaded = DocumentRenderer::load(name);
    if (!loaded)
        qFatal("template %s: %s", qPrintable(name), qPrintable(loaded.error().message));
    return *loaded;
}

// Removes the field at dotted @p path ("seal.ring_text", "materials.2.copies" for a list entry).
QJsonObject without(QJsonObject fields, const QString& path)
{
    const QStringList steps = path.split(u'.');
    if (steps.size() == 1) {
        fields.remove(steps.first());
        return fields;
    }
    const QString head = steps.first();
    const QString rest = steps.mid(1).join(u'.');
    if (fields.value(head).isArray()) {
        QJsonArray list = fields.value(head).toArray();
        const int index = steps.at(1).toInt() - 1;
        QJsonObject entry = list.at(index).toObject();
        entry.remove(steps.at(2));
        list.replace(index, entry);
        fields.insert(head, list);
    } else {
        fields.insert(head, without(fields.value(head).toObject(), rest));
    }
    return fields;
}

} // namespace

class TestDocumentRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyNoticeLoads_data();
    void everyNoticeLoads();
    void everyCatalogueResultHasItsTemplate();
    void licenceWithoutEndDatePrintsLongTerm();
    void pdfCarriesTheNotice_data();
    void pdfCarriesTheNotice();
    void pdfEmbedsTheChineseFonts();
    void codesDecodeFromThePage();
    void optionalParagraphFollowsItsField();
    void draftIsWatermarked();
    void missingFieldIsNamed_data();
    void missingFieldIsNamed();
    void badDateIsNamed();
    void failedRenderLeavesNoFile();
    void tooLongListIsAnError();
    void unprintableCharacterIsAnError();
    void templateMistakesAreReported_data();
    void templateMistakesAreReported();
    void previewScalesToAnyPainter();
    void renderingTakesWellUnderASecond();
};

void TestDocumentRenderer::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) reads the PDFs back; run scripts/install-deps.sh");
    QVERIFY2(!loadCase(QStringLiteral("acceptance_notice")).isEmpty(), "tests/data/print is missing");
}

void TestDocumentRenderer::everyNoticeLoads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::newRow("acceptance") << QStringLiteral("acceptance_notice") << QStringLiteral("行政许可受理通知书");
    QTest::newRow("supplement") << QStringLiteral("supplement_notice") << QStringLiteral("补正材料通知书");
    QTest::newRow("rejection") << QStringLiteral("rejection_notice") << QStringLiteral("行政许可不予受理通知书");
}

void TestDocumentRenderer::everyNoticeLoads()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    const Result<DocumentTemplate> loaded = DocumentRenderer::load(name);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->title, title);
    QCOMPARE(loaded->pageLayout.pageSize().id(), QPageSize::A4);
    QCOMPARE(loaded->pageLayout.orientation(), QPageLayout::Portrait);
    for (const QString& field :
         {QStringLiteral("doc_number"), QStringLiteral("applicant_name"), QStringLiteral("case_number"),
          QStringLiteral("received_date"), QStringLiteral("materials"), QStringLiteral("seal.ring_text"),
          QStringLiteral("verification_text"), QStringLiteral("issue_date")})
        QVERIFY2(loaded->fieldPaths().contains(field), qPrintable(field));
}

void TestDocumentRenderer::everyCatalogueResultHasItsTemplate()
{
    // A granted case is printed on the template its item names; a name without a template would leave the case
    // stuck in the print centre with nothing to print it on.
    QFile file(QStringLiteral(ONESEAL_SOURCE_DIR "/resources/seed/catalogue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> names;
    const std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& value) {
        if (value.isArray()) {
            for (const QJsonValue& element : value.toArray())
                collect(element);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.contains(QStringLiteral("result_template")))
                names.insert(object.value(QStringLiteral("result_template")).toString());
            for (const QJsonValue& member : object)
                collect(member);
        }
    };
    collect(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(names.size() >= 6);
    for (const QString& name : std::as_const(names)) {
        const Result<DocumentTemplate> loaded = DocumentRenderer::load(name);
        QVERIFY2(loaded.ok(), qPrintable(name + QStringLiteral(": ") + (loaded ? QString() : loaded.error().message)));
        // Every result carries its serial and the seal's signed code, which is what makes it verifiable.
        for (const QString& field : {QStringLiteral("licence_serial"), QStringLiteral("verification_text")})
            QVERIFY2(loaded->fieldPaths().contains(field), qPrintable(name + u' ' + field));
    }
}

void TestDocumentRenderer::licenceWithoutEndDatePrintsLongTerm()
{
    const QJsonObject input = loadCase(QStringLiteral("certificate_generic"));
    QJsonObject fields = input.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("valid_until"), QStringLiteral("长期"));
    const Result<DocumentTemplate> layout = DocumentRenderer::load(QStringLiteral("certificate_generic"));
    QVERIFY(layout.ok());
    const QString pdf = outputDir() + QStringLiteral("certificate_generic-long-term.pdf");
    const Status rendered = DocumentRenderer::renderPdf(*layout, fields, pdf);
    QVERIFY2(rendered.ok(), rendered.ok() ? "" : qPrintable(rendered.error().message));
    const QString text = squeezed(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("取水许可证")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("有效期限：2026年11月28日至长期")), qPrintable(text));
}

void TestDocumentRenderer::pdfCarriesTheNotice_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QStringList>("expected");
    // The statutory wording (domain-cn §2.2–2.5), the applicant exactly as written (a character outside the
    // BMP, a middle dot), the numbers and the dates as Chinese documents write them.
    QTest::newRow("acceptance")
        << QStringLiteral("acceptance_notice")
        << QStringList{QStringLiteral("行政许可受理通知书"),
                       QStringLiteral("彭审批受〔2026〕17号"),
                       QStringLiteral("王𠮷："),
                       QStringLiteral("2026年11月27日，本机关收到你（你单位）提出的食品经营许可（新办）申请"),
                       QStringLiteral("申请材料齐全、符合法定形式"),
                       QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（五）项"),
                       QStringLiteral("本机关决定予以受理"),
                       QStringLiteral("本机关将于2026年12月11日前作出是否准予行政许可的决定"),
                       QStringLiteral("办件编号为PZ-20261127-0017"),
                       QStringLiteral("食品经营许可申请书"),
                       QStringLiteral("保证食品安全的规章制度"),
                       QStringLiteral("联系人：李明"),
                       QStringLiteral("028-83721234"),
                       QStringLiteral("特此通知。"),
                       QStringLiteral("彭州市行政审批局2026年11月27日")};
    QTest::newRow("supplement")
        << QStringLiteral("supplement_notice")
        << QStringList{
               QStringLiteral("补正材料通知书"),
               QStringLiteral("（一次性告知书）"),
               QStringLiteral("彭审批补〔2026〕9号"),
               QStringLiteral("阿依古丽·买买提："),
               QStringLiteral("办件编号：PZ-20261127-0018"),
               QStringLiteral("不齐全或者不符合法定形式"),
               QStringLiteral("第三十一条、第三十二条第一款第（四）项和《公共场所卫生管理条例实施细则》第二十二条"),
               QStringLiteral("现一次性告知你（你单位）需要补正的全部内容"),
               QStringLiteral("于2026年12月11日前提交至本机关"),
               QStringLiteral("如无正当理由逾期不提交的，视为放弃申请"),
               QStringLiteral("缺少申请人签名"),
               QStringLiteral("彭州市行政审批局2026年11月27日")};
    QTest::newRow("rejection")
        << QStringLiteral("rejection_notice")
        << QStringList{QStringLiteral("行政许可不予受理通知书"),
                       QStringLiteral("彭审批不受〔2026〕3号"),
                       QStringLiteral("彭州市丽春镇康宁便利店："),
                       QStringLiteral("于2026年12月3日向本机关提出的烟草专卖零售许可证核发申请"),
                       QStringLiteral("PZ-20261203-0004"),
                       QStringLiteral("存在以下不予受理的情形：申请事项不属于本机关职权范围"),
                       QStringLiteral("本机关决定不予受理"),
                       QStringLiteral("请你（你单位）向彭州市烟草专卖局申请"),
                       QStringLiteral("可以自收到本通知书之日起六十日内依法向彭州市人民政府申请行政复议"),
                       QStringLiteral("也可以自收到本通知书之日起六个月内依法向有管辖权的人民法院提起行政诉讼"),
                       QStringLiteral("申请材料已全部退回"),
                       QStringLiteral("彭州市行政审批局2026年12月3日")};
}

void TestDocumentRenderer::pdfCarriesTheNotice()
{
    QFETCH(QString, caseName);
    QFETCH(QStringList, expected);
    const QJsonObject input = loadCase(caseName);
    const DocumentTemplate notice = templateOf(input.value(QStringLiteral("template")).toString());
    const QString pdf = outputDir() + caseName + QStringLiteral(".pdf");
    QFile::remove(pdf);

    QElapsedTimer timer;
    timer.start();
    const Status status = DocumentRenderer::renderPdf(notice, input.value(QStringLiteral("fields")).toObject(), pdf);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    qInfo("%s: PDF in %lld ms, %lld bytes", qPrintable(caseName), elapsed, QFileInfo(pdf).size());

    const QString text = pdfText(pdf);
    QVERIFY2(!text.startsWith(u"ERROR"), qPrintable(text));
    const QString flat = squeezed(text);
    for (const QString& phrase : expected)
        QVERIFY2(flat.contains(squeezed(phrase)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(phrase, text)));
    QVERIFY2(!flat.contains(u"{{"), "a placeholder was left in the text");
    // No radical or compatibility ideograph stands in for the character drawn (⾏ for 行, ⺠ for 民).
    for (const QChar c : flat)
        QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) && !(c.unicode() >= 0xF900 && c.unicode() <= 0xFAFF),
                 qPrintable(QStringLiteral("stand-in character %1 in the text").arg(c)));
    QVERIFY(!text.contains(u'\t'));
    // The seal is drawn as outlines: its words are on the page but not in the text layer.
    QVERIFY(!flat.contains(u"行政审批专用章"));
    QVERIFY(!flat.contains(u"5101820012345"));
    QVERIFY(!flat.contains(u'稿'));
}

void TestDocumentRenderer::pdfEmbedsTheChineseFonts()
{
    const QString pdf = outputDir() + QStringLiteral("fonts.pdf");
    const Status status = DocumentRenderer::renderPdf(templateOf(QStringLiteral("acceptance_notice")),
                                                      fieldsOf(QStringLiteral("acceptance_notice")), pdf);
    QVERIFY(status.ok());
    const QString fonts = pdfText(pdf, QStringLiteral("pdffonts"));
    QVERIFY2(fonts.contains(u"NotoSerifCJK"), qPrintable(fonts));
    QVERIFY2(fonts.contains(u"NotoSansCJK"), qPrintable(fonts));
    // Every font is embedded: the counter's printer and the applicant's PDF viewer may have no CJK fonts.
    for (const QString& line : fonts.split(u'\n').mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
    }
}

void TestDocumentRenderer::codesDecodeFromThePage()
{
    const QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    const Result<QImage> image =
        DocumentRenderer::renderImage(templateOf(QStringLiteral("acceptance_notice")), fields, 200);
    QVERIFY(image.ok());
    QVERIFY(image->save(outputDir() + QStringLiteral("acceptance_notice-200dpi.png")));

    // The whole page, as a scanner at the window sees it.
    const QImage grey = image->convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    const ZXing::Results results = ZXing::ReadBarcodes(view, hints);

    QString qr;
    QString barcode;
    for (const ZXing::Result& result : results) {
        const QString text = QString::fromStdString(result.text());
        if (result.format() == ZXing::BarcodeFormat::QRCode)
            qr = text;
        else if (result.format() == ZXing::BarcodeFormat::Code128)
            barcode = text;
    }
    QCOMPARE(qr, fields.value(QStringLiteral("verification_text")).toString());
    QCOMPARE(barcode, fields.value(QStringLiteral("case_number")).toString());
}

void TestDocumentRenderer::optionalParagraphFollowsItsField()
{
    const DocumentTemplate notice = templateOf(QStringLiteral("acceptance_notice"));
    const QString plain = outputDir() + QStringLiteral("acceptance-plain.pdf");
    const QString special = outputDir() + QStringLiteral("acceptance-special.pdf");
    QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    QVERIFY(DocumentRenderer::renderPdf(notice, fields, plain).ok());
    fields.insert(QStringLiteral("special_procedure"), QStringLiteral("专家评审"));
    fields.insert(QStringLiteral("special_procedure_days"), 15);
    QVERIFY(DocumentRenderer::renderPdf(notice, fields, special).ok());

    QVERIFY(!squeezed(pdfText(plain)).contains(u"第四十五条"));
    const QString text = squeezed(pdfText(special));
    QVERIFY2(text.contains(u"本申请依法需要专家评审，所需时间约15个工作日"), qPrintable(text));
    QVERIFY(text.contains(u"《中华人民共和国行政许可法》第四十五条"));
}

void TestDocumentRenderer::draftIsWatermarked()
{
    const QJsonObject input = loadCase(QStringLiteral("acceptance_notice_draft"));
    RenderOptions options;
    options.draft = true;
    const QString pdf = outputDir() + QStringLiteral("acceptance_notice_draft.pdf");
    const Status status = DocumentRenderer::renderPdf(templateOf(QStringLiteral("acceptance_notice")),
                                                      input.value(QStringLiteral("fields")).toObject(), pdf, options);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    // The watermark runs diagonally, so poppler reads its two characters on lines of their own.
    const QString text = squeezed(pdfText(pdf));
    QVERIFY(text.contains(u'草') && text.contains(u'稿'));
}

void TestDocumentRenderer::missingFieldIsNamed_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("named");
    QTest::newRow("applicant") << QStringLiteral("acceptance_notice") << QStringLiteral("applicant_name")
                               << QStringLiteral("applicant_name");
    QTest::newRow("due date") << QStringLiteral("acceptance_notice") << QStringLiteral("due_date")
                              << QStringLiteral("due_date");
    QTest::newRow("barcode text") << QStringLiteral("acceptance_notice") << QStringLiteral("case_number")
                                  << QStringLiteral("case_number");
    QTest::newRow("qr text") << QStringLiteral("acceptance_notice") << QStringLiteral("verification_text")
                             << QStringLiteral("verification_text");
    QTest::newRow("seal name") << QStringLiteral("acceptance_notice") << QStringLiteral("seal.ring_text")
                               << QStringLiteral("seal.ring_text");
    QTest::newRow("materials") << QStringLiteral("acceptance_notice") << QStringLiteral("materials")
                               << QStringLiteral("materials");
    QTest::newRow("a row's copies") << QStringLiteral("acceptance_notice") << QStringLiteral("materials.2.copies")
                                    << QStringLiteral("materials[2].copies");
    QTest::newRow("deadline") << QStringLiteral("supplement_notice") << QStringLiteral("supplement_deadline")
                              << QStringLiteral("supplement_deadline");
    QTest::newRow("remedy body") << QStringLiteral("rejection_notice") << QStringLiteral("reconsideration_body")
                                 << QStringLiteral("reconsideration_body");
}

void TestDocumentRenderer::missingFieldIsNamed()
{
    QFETCH(QString, caseName);
    QFETCH(QString, removed);
    QFETCH(QString, named);
    const QJsonObject input = loadCase(caseName);
    const DocumentTemplate notice = templateOf(input.value(QStringLiteral("template")).toString());
    const QJsonObject fields = without(input.value(QStringLiteral("fields")).toObject(), removed);
    const Result<QImage> image = DocumentRenderer::renderImage(notice, fields, 50);
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, QStringLiteral("print.missing_field"));
    QCOMPARE(image.error().field, named);
    QVERIFY2(image.error().message.contains(named), qPrintable(image.error().message));
}

void TestDocumentRenderer::badDateIsNamed()
{
    QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    fields.insert(QStringLiteral("due_date"), QStringLiteral("2026/12/11"));
    const Result<QImage> image =
        DocumentRenderer::renderImage(templateOf(QStringLiteral("acceptance_notice")), fields, 50);
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, QStringLiteral("print.field_type"));
    QCOMPARE(image.error().field, QStringLiteral("due_date"));
}

void TestDocumentRenderer::failedRenderLeavesNoFile()
{
    const QString pdf = outputDir() + QStringLiteral("never-written.pdf");
    QFile::remove(pdf);
    const Status status = DocumentRenderer::renderPdf(
        templateOf(QStringLiteral("acceptance_notice")),
        without(fieldsOf(QStringLiteral("acceptance_notice")), QStringLiteral("applicant_name")), pdf);
    QVERIFY(!status.ok());
    QVERIFY(!QFile::exists(pdf));
}

void TestDocumentRenderer::tooLongListIsAnError()
{
    QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    QJsonArray materials;
    for (int i = 1; i <= 40; ++i)
        materials.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("第%1项申请材料").arg(i)},
                                     {QStringLiteral("originals"), 1},
                                     {QStringLiteral("copies"), 1}});
    fields.insert(QStringLiteral("materials"), materials);
    const Result<QImage> image =
        DocumentRenderer::renderImage(templateOf(QStringLiteral("acceptance_notice")), fields, 50);
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, QStringLiteral("print.layout_overflow"));
    QVERIFY2(image.error().message.contains(u"bottom margin"), qPrintable(image.error().message));
}

void TestDocumentRenderer::unprintableCharacterIsAnError()
{
    // No installed font has this private-use character: it would print as an empty box.
    QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    fields.insert(QStringLiteral("applicant_name"), QStringLiteral("王\uE000"));
    const Result<QImage> image =
        DocumentRenderer::renderImage(templateOf(QStringLiteral("acceptance_notice")), fields, 50);
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, QStringLiteral("print.unprintable_character"));
    QVERIFY2(image.error().message.contains(u"U+E000"), qPrintable(image.error().message));
    QVERIFY2(image.error().message.contains(u"addressee"), qPrintable(image.error().message));
}

void TestDocumentRenderer::templateMistakesAreReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray page = R"("page": {"size": "A4", "margins": {"top": 20, "right": 20, "bottom": 20, "left": 20}})";
    QTest::newRow("not json") << QByteArray("{\n\"title\": \"x\",\n oops}") << QStringLiteral("line 3");
    QTest::newRow("misspelt key") << QByteArray(R"({"title": "t", )" + page +
                                                R"(, "elements": [{"type": "text", "text": "a", "szie": 12}]})")
                                  << QStringLiteral("szie");
    QTest::newRow("unknown filter") << QByteArray(R"({"title": "t", )" + page +
                                                  R"(, "elements": [{"type": "text", "text": "{{d|money}}"}]})")
                                    << QStringLiteral("money");
    QTest::newRow("broken placeholder") << QByteArray(R"({"title": "t", )" + page +
                                                      R"(, "elements": [{"type": "text", "text": "{{name}"}]})")
                                        << QStringLiteral("{{field}}");
    QTest::newRow("past the margin") << QByteArray(
                                            R"({"title": "t", )" + page +
                                            R"(, "elements": [{"type": "text", "x": 100, "width": 100, "text": "a"}]})")
                                     << QStringLiteral("right margin");
    QTest::newRow("unknown font") << QByteArray(R"({"title": "t", )" + page +
                                                R"(, "elements": [{"type": "text", "font": "kai", "text": "a"}]})")
                                  << QStringLiteral("kai");
    QTest::newRow("qr without size") << QByteArray(R"({"title": "t", )" + page +
                                                   R"(, "elements": [{"type": "qr", "text": "a"}]})")
                                     << QStringLiteral("width");
    QTest::newRow("columns too wide") << QByteArray(R"({"title": "t", )" + page +
                                                    R"(, "elements": [{"type": "table", "rows": "m", "columns": [)"
                                                    R"({"title": "a", "text": "{{a}}", "width": 100},)"
                                                    R"({"title": "b", "text": "{{b}}", "width": 100}]}]})")
                                      << QStringLiteral("columns");
    QTest::newRow("bad page") << QByteArray(R"({"title": "t", "page": {"size": "Letter"}, "elements": []})")
                              << QStringLiteral("size");
}

void TestDocumentRenderer::templateMistakesAreReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<DocumentTemplate> parsed = DocumentTemplate::fromJson(json, QStringLiteral("broken"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("print.template_invalid"));
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestDocumentRenderer::previewScalesToAnyPainter()
{
    // A preview paints the page at whatever size the widget has; the page must look the same, only smaller.
    const DocumentTemplate notice = templateOf(QStringLiteral("acceptance_notice"));
    const QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    const Result<QImage> reference = DocumentRenderer::renderImage(notice, fields, 100);
    QVERIFY(reference.ok());

    QImage canvas(reference->width() + 40, reference->height() + 40, QImage::Format_RGB32);
    canvas.fill(Qt::darkGray);
    {
        QPainter painter(&canvas);
        const QRectF page(20, 20, reference->width(), reference->height());
        painter.fillRect(page, Qt::white);
        const Status status = DocumentRenderer::render(notice, fields, painter, page);
        QVERIFY(status.ok());
    }
    const ImageDifference difference =
        compareImages(canvas.copy(20, 20, reference->width(), reference->height()), *reference);
    QVERIFY2(difference.withinTolerance(),
             qPrintable(QStringLiteral("%1 pixels differ").arg(difference.differingPixels)));
}

void TestDocumentRenderer::renderingTakesWellUnderASecond()
{
    // A clerk prints the notice while the applicant waits; fonts are warm after the first page.
    const DocumentTemplate notice = templateOf(QStringLiteral("acceptance_notice"));
    const QJsonObject fields = fieldsOf(QStringLiteral("acceptance_notice"));
    const QString pdf = outputDir() + QStringLiteral("timing.pdf");
    QVERIFY(DocumentRenderer::renderPdf(notice, fields, pdf).ok());
    constexpr int runs = 10;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        QVERIFY(DocumentRenderer::renderPdf(notice, fields, pdf).ok());
    const double perPdf = double(timer.elapsed()) / runs;
    timer.restart();
    for (int i = 0; i < runs; ++i)
        QVERIFY(DocumentRenderer::renderImage(notice, fields, 100).ok());
    const double perImage = double(timer.elapsed()) / runs;
    qInfo("acceptance notice: %.1f ms per PDF, %.1f ms per 100 dpi image", perPdf, perImage);
    QVERIFY(perPdf < 1000);
}

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
