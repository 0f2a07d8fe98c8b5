// How fast a licence is made: signing its code, and rendering it with seal, QR and Chinese text to PDF, one
// and a batch. Run: build/bin/bench_licence or scripts/bench.sh; ctest only checks it runs, without the batch.
#include "core/cose.h"
#include "core/licencetoken.h"
#include "print/codes.h"
#include "print/documentrenderer.h"
#include "print/printmemory.h"
#include "print/sealpainter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace OneSeal;

namespace {

LicenceClaims claims(int n)
{
    LicenceClaims c;
    c.issuer = QStringLiteral("PZ-XZSP");
    c.serial = QStringLiteral("5101820000001-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    c.printNumber = 1;
    c.item = QStringLiteral("食品经营许可");
    c.holderName = QStringLiteral("彭州市天府餐饮管理有限公司");
    c.holderIdMasked = QStringLiteral("9135**********0Y43");
    c.issuedOn = QDate(2026, 11, 28);
    c.validUntil = QDate(2031, 11, 27);
    c.templateVersion = 1;
    c.recordHash = QByteArray(16, '\x11');
    return c;
}

QJsonObject sampleFields()
{
    QFile file(QStringLiteral(ONESEAL_SOURCE_DIR "/tests/data/print/food_business_licence/input.json"));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object().value(u"fields").toObject();
}

void signCode(benchmark::State& state)
{
    const auto [pk, sk] = Cose::generateKeyPair();
    const QByteArray kid = Cose::keyIdOf(pk);
    int n = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(LicenceToken::issue(claims(++n), kid, sk));
}
BENCHMARK(signCode);

void verifyCode(benchmark::State& state)
{
    const auto [pk, sk] = Cose::generateKeyPair();
    const QString code = LicenceToken::issue(claims(1), Cose::keyIdOf(pk), sk).value();
    for (auto _ : state) {
        const auto opened = LicenceToken::open(code);
        benchmark::DoNotOptimize(LicenceToken::verify(*opened, pk));
    }
}
BENCHMARK(verifyCode);

void renderLicencePdf(benchmark::State& state)
{
    const auto [pk, sk] = Cose::generateKeyPair();
    const DocumentTemplate layout = DocumentRenderer::load(QStringLiteral("food_business_licence")).value();
    QJsonObject fields = sampleFields();
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        ++n;
        fields.insert(QStringLiteral("verification_text"),
                      LicenceToken::issue(claims(n), Cose::keyIdOf(pk), sk).value());
        const Status s =
            DocumentRenderer::renderPdf(layout, fields, dir.filePath(QStringLiteral("%1.pdf").arg(n % 16)));
        if (!s)
            state.SkipWithError(qPrintable(s.error().message));
    }
}
BENCHMARK(renderLicencePdf)->Unit(benchmark::kMillisecond);

void batchOf1000Pdfs(benchmark::State& state)
{
    const auto [pk, sk] = Cose::generateKeyPair();
    const DocumentTemplate layout = DocumentRenderer::load(QStringLiteral("food_business_licence")).value();
    QJsonObject fields = sampleFields();
    QTemporaryDir dir;
    for (auto _ : state) {
        for (int n = 1; n <= 1000; ++n) {
            fields.insert(QStringLiteral("verification_text"),
                          LicenceToken::issue(claims(n), Cose::keyIdOf(pk), sk).value());
            if (!DocumentRenderer::renderPdf(layout, fields, dir.filePath(QStringLiteral("%1.pdf").arg(n))))
                state.SkipWithError("render failed");
        }
    }
}
BENCHMARK(batchOf1000Pdfs)->Unit(benchmark::kSecond)->Iterations(1);

// The same licence by mail merge in LibreOffice, the way an office without OneSeal would make it: one flat ODT
// per licence from the same fields (the seal as an image, the QR code as an image per licence), all converted
// to PDF by one `soffice --headless --convert-to pdf` process. The figure is per licence, the process start
// included, so that it compares with a batch of renderLicencePdf.
constexpr int kMailMergeCount = 50;

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QByteArray pngBase64(const QImage& image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data().toBase64();
}

QImage qrImage(const QString& text)
{
    const QrSymbol symbol = Codes::encodeQr(text, QrErrorCorrection::Quartile).value();
    const int side = (symbol.size + 8) * 5; // five pixels a module, about 300 dpi at 39 mm
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    Codes::drawQr(painter, QRectF(0, 0, side, side), symbol);
    painter.end();
    return image;
}

/// One paragraph per line of @p lines in style @p style.
QString paragraphs(const QStringList& lines, const QString& style)
{
    QString xml;
    for (const QString& line : lines)
        xml += QStringLiteral("<text:p text:style-name=\"%1\">%2</text:p>").arg(style, xmlEscaped(line));
    return xml;
}

QString frame(const QString& name, double x, double y, double width, double height, const QString& body)
{
    return QStringLiteral("<draw:frame draw:name=\"%1\" draw:style-name=\"fr\" text:anchor-type=\"page\" text:anchor-page-number=\"1\" "
                          "draw:z-index=\"1\" svg:x=\"%2mm\" svg:y=\"%3mm\" svg:width=\"%4mm\" svg:height=\"%5mm\">"
                          "%6</draw:frame>")
        .arg(name)
        .arg(x)
        .arg(y)
        .arg(width)
        .arg(height)
        .arg(body);
}

QString textBox(const QString& name, double x, double y, double width, double height, const QString& body)
{
    return frame(name, x, y, width, height, QStringLiteral("<draw:text-box>%1</draw:text-box>").arg(body));
}

QString imageFrame(const QString& name, double x, double y, double side, const QByteArray& png)
{
    return frame(name, x, y, side, side,
                 QStringLiteral("<draw:image><office:binary-data>%1</office:binary-data></draw:image>")
                     .arg(QString::fromLatin1(png)));
}

/// The food-business licence of @p fields as a flat ODT, laid out after resources/templates/food_business_licence.
QByteArray licenceFodt(const QJsonObject& f, const QByteArray& sealPng)
{
    const auto v = [&f](const char* key) { return f.value(QLatin1String(key)).toString(); };
    // Positions are the template's, shifted by its margins (18 mm left, 14 mm top): frames sit on the page.
    QString body;
    body += textBox(QStringLiteral("title"), 58, 20, 181, 16,
                    paragraphs({QStringLiteral("食品经营许可证")}, QStringLiteral("Title")));
    body += textBox(QStringLiteral("serial"), 58, 38, 181, 7,
                    paragraphs({QStringLiteral("许可证编号：") + v("licence_serial")}, QStringLiteral("Centre12")));
    body += imageFrame(QStringLiteral("qr"), 240, 17, 39, pngBase64(qrImage(v("verification_text"))));
    body += textBox(QStringLiteral("qr_caption"), 230, 57, 49, 9,
                    paragraphs({QStringLiteral("扫码核验真伪"), v("verify_url")}, QStringLiteral("Caption")));
    body += textBox(QStringLiteral("holder"), 24, 70, 150, 90,
                    paragraphs({QStringLiteral("经营者名称：") + v("holder_name"),
                                QStringLiteral("统一社会信用代码（身份证号码）：") + v("holder_identifier"),
                                QStringLiteral("法定代表人（负责人）：") + v("legal_representative"),
                                QStringLiteral("住　　所：") + v("address"), QStringLiteral("经营场所：") + v("premises"),
                                QStringLiteral("主体业态：") + v("business_type"),
                                QStringLiteral("经营项目：") + v("business_scope")},
                               QStringLiteral("Body13")));
    body += textBox(QStringLiteral("supervision"), 184, 70, 95, 50,
                    paragraphs({QStringLiteral("日常监督管理机构：") + v("supervising_agency"),
                                QStringLiteral("日常监督管理人员：") + v("supervisor_names"),
                                QStringLiteral("投诉举报电话：12315"), QStringLiteral("有效期至：2031年11月27日")},
                               QStringLiteral("Body12")));
    body += textBox(QStringLiteral("issuer"), 194, 152, 80, 26,
                    paragraphs({QStringLiteral("发证机关：") + v("agency_name"), QStringLiteral("签发人：") + v("signatory"),
                                QStringLiteral("2026年11月28日")},
                               QStringLiteral("Issuer")));
    body += imageFrame(QStringLiteral("seal"), 213, 144, 42, sealPng);
    body += textBox(QStringLiteral("footer"), 18, 190, 261, 6,
                    paragraphs({QStringLiteral("第%1次打印　办件编号：%2　本许可证以登记簿记载为准，复印件无效")
                                    .arg(v("print_number"), v("case_number"))},
                               QStringLiteral("Footer")));

    const QString textStyle = QStringLiteral(
        "<style:style style:name=\"%1\" style:family=\"paragraph\"><style:paragraph-properties fo:text-align=\"%2\" "
        "fo:line-height=\"%3%\"/><style:text-properties style:font-name=\"%4\" style:font-name-asian=\"%4\" "
        "fo:font-size=\"%5pt\" style:font-size-asian=\"%5pt\" fo:font-weight=\"%6\" style:font-weight-asian=\"%6\" "
        "fo:color=\"%7\"/></style:style>");
    QString styles;
    styles += textStyle.arg(QStringLiteral("Title"), QStringLiteral("center")).arg(130).arg(QStringLiteral("Song")).arg(34)
                  .arg(QStringLiteral("bold"), QStringLiteral("#000000"));
    styles += textStyle.arg(QStringLiteral("Centre12"), QStringLiteral("center")).arg(100).arg(QStringLiteral("Song"))
                  .arg(12).arg(QStringLiteral("normal"), QStringLiteral("#000000"));
    styles += textStyle.arg(QStringLiteral("Caption"), QStringLiteral("center")).arg(130).arg(QStringLiteral("Hei"))
                  .arg(7.5).arg(QStringLiteral("normal"), QStringLiteral("#000000"));
    styles += textStyle.arg(QStringLiteral("Body13"), QStringLiteral("start")).arg(190).arg(QStringLiteral("Song"))
                  .arg(13).arg(QStringLiteral("normal"), QStringLiteral("#000000"));
    styles += textStyle.arg(QStringLiteral("Body12"), QStringLiteral("start")).arg(190).arg(QStringLiteral("Song"))
                  .arg(12).arg(QStringLiteral("normal"), QStringLiteral("#000000"));
    styles += textStyle.arg(QStringLiteral("Issuer"), QStringLiteral("center")).arg(180).arg(QStringLiteral("Song"))
                  .arg(13).arg(QStringLiteral("normal"), QStringLiteral("#000000"));
    styles += textStyle.arg(QStringLiteral("Footer"), QStringLiteral("center")).arg(100).arg(QStringLiteral("Hei"))
                  .arg(8).arg(QStringLiteral("normal"), QStringLiteral("#555555"));

    const QString document = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
        "<office:font-face-decls>"
        "<style:font-face style:name=\"Song\" svg:font-family=\"&apos;Noto Serif CJK SC&apos;\"/>"
        "<style:font-face style:name=\"Hei\" svg:font-family=\"&apos;Noto Sans CJK SC&apos;\"/>"
        "</office:font-face-decls>"
        "<office:automatic-styles>"
        "<style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"297mm\" "
        "fo:page-height=\"210mm\" style:print-orientation=\"landscape\" fo:margin-top=\"14mm\" "
        "fo:margin-bottom=\"12mm\" fo:margin-left=\"18mm\" fo:margin-right=\"18mm\"/></style:page-layout>"
        "<style:style style:name=\"fr\" style:family=\"graphic\"><style:graphic-properties "
        "style:vertical-pos=\"from-top\" style:vertical-rel=\"page\" style:horizontal-pos=\"from-left\" "
        "style:horizontal-rel=\"page\" style:wrap=\"run-through\" style:run-through=\"foreground\" "
        "fo:border=\"none\" draw:stroke=\"none\" fo:padding=\"0mm\" draw:fill=\"none\"/></style:style>"
        "%1</office:automatic-styles>"
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/>"
        "</office:master-styles>"
        "<office:body><office:text>%2<text:p/></office:text></office:body></office:document>\n");
    return document.arg(styles, body).toUtf8();
}

/// soffice, or empty when LibreOffice is not installed (scripts/bench.sh installs it).
QString soffice()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

/// Converts every .fodt in @p dir to PDF with one soffice process; false when it fails.
bool convertAll(const QString& dir, const QString& profile, QString* error)
{
    QStringList arguments{QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
                          QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                          QStringLiteral("--outdir"), dir};
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.fodt")}, QDir::Files))
        arguments.append(QDir(dir).filePath(name));
    QProcess process;
    process.start(soffice(), arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

void libreOfficeMailMerge(benchmark::State& state)
{
    if (soffice().isEmpty()) {
        state.SkipWithError("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
        return;
    }
    const auto [pk, sk] = Cose::generateKeyPair();
    QJsonObject fields = sampleFields();
    SealAppearance appearance;
    appearance.ringText = QStringLiteral("彭州市行政审批局");
    appearance.bottomText = QStringLiteral("行政审批专用章");
    appearance.serialCode = QStringLiteral("5101820000001");
    const QByteArray sealPng = pngBase64(SealPainter(appearance).toImage(300));
    QTemporaryDir profile;
    QString error;
    {
        // LibreOffice's first start makes its profile; that is set-up, not mail merge.
        QTemporaryDir warm;
        QFile file(QDir(warm.path()).filePath(QStringLiteral("warm.fodt")));
        if (!file.open(QIODevice::WriteOnly))
            return state.SkipWithError("cannot write the warm-up file");
        file.write(licenceFodt(fields, sealPng));
        file.close();
        if (!convertAll(warm.path(), profile.path(), &error))
            return state.SkipWithError(qPrintable(QStringLiteral("soffice failed: ") + error));
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        for (int n = 1; n <= kMailMergeCount; ++n) {
            fields.insert(QStringLiteral("licence_serial"), claims(n).serial);
            fields.insert(QStringLiteral("verification_text"),
                          LicenceToken::issue(claims(n), Cose::keyIdOf(pk), sk).value());
            QFile file(dir.filePath(QStringLiteral("licence-%1.fodt").arg(n, 3, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly))
                return state.SkipWithError("cannot write the mail-merge files");
            file.write(licenceFodt(fields, sealPng));
        }
        state.ResumeTiming();
        if (!convertAll(dir.path(), profile.path(), &error))
            return state.SkipWithError(qPrintable(QStringLiteral("soffice failed: ") + error));
        state.PauseTiming();
        if (QDir(dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() != kMailMergeCount)
            state.SkipWithError("soffice did not write every PDF");
        // ONESEAL_BENCH_KEEP=DIR keeps the first licence, to look at what LibreOffice made of it.
        if (qEnvironmentVariableIsSet("ONESEAL_BENCH_KEEP")) {
            const QString kept = qEnvironmentVariable("ONESEAL_BENCH_KEEP") + QStringLiteral("/libreoffice-licence.pdf");
            QFile::remove(kept);
            QFile::copy(dir.filePath(QStringLiteral("licence-001.pdf")), kept);
        }
        state.ResumeTiming();
    }
    state.counters[QStringLiteral("licences").toStdString()] = kMailMergeCount;
}
BENCHMARK(libreOfficeMailMerge)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    // As the client and onesealctl do, so that the figures are theirs.
    keepMemoryForPrinting();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false\noneseal.*.debug=false"));
    Cose::initialise();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
