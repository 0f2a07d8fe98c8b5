// Runs the fuzz target over its corpus and over every one-byte change of each seed, with the regular
// compiler, so that the parser's known hard cases (0x4A among them) stay in the everyday test run.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = app.arguments().value(1);
    const QFileInfoList seeds = QDir(dir).entryInfoList(QDir::Files);
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds in %s\n", qPrintable(dir));
        return 1;
    }
    qint64 runs = 0;
    for (const QFileInfo& seed : seeds) {
        QFile file(seed.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        auto run = [&runs](const QByteArray& input) {
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
            ++runs;
        };
        run(bytes);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray changed = bytes;
                changed[i] = char(changed.at(i) ^ (1 << bit));
                run(changed);
            }
            run(bytes.left(i));
        }
    }
    std::printf("%lld inputs from %lld seeds, no crash\n", runs, qint64(seeds.size()));
    return 0;
}
