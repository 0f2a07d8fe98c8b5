// How fast a licence is made: signing its code, and rendering it with seal, QR and Chinese text to PDF, one
// and a batch. Run: build/bin/bench_licence or scripts/bench.sh; ctest only checks it runs, without the batch.
#include "core/cose.h"
#include "core/licencetoken.h"
#include "print/documentrenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
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

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false\noneseal.*.debug=false"));
    Cose::initialise();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
