#include "processrun.h"
#include "services/services.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace OneSeal;

namespace {

using Testing::Run;

Run run(const QString& program, const QStringList& arguments, const QString& busAddress = {})
{
    // The whole demo, PDFs and all, takes a while on a busy machine.
    return Testing::run(program, arguments, {}, busAddress, 180000);
}

Run demo(const QString& db, const QString& out, const QString& busAddress = {})
{
    return run(QStringLiteral(ONESEAL_CTL),
               {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}, busAddress);
}

/// The text of a PDF without white space: titles are letter-spaced and columns wrap.
QString flatText(const QString& pdf)
{
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

/// The words of the line that starts with @p step.
QStringList line(const QString& output, const QString& step)
{
    for (const QString& l : output.split(u'\n')) {
        const QStringList words = l.split(u' ', Qt::SkipEmptyParts);
        if (words.value(0) == step)
            return words.mid(1);
    }
    return {};
}

QString decodeQr(const QString& png)
{
    const QImage grey = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// `onesealctl demo` as someone trying OneSeal out runs it, against a real keyring: one application from the
/// counter to a printed licence, every document read back with pdftotext, the licence's QR code read off a
/// 200 dpi rendering with zxing-cpp and verified; a file that is no demo database is left alone, and without
/// a keychain the demo says so and fails after writing what needs no signature.
class TestDemoCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneApplicationBecomesAVerifiedLicence();
    void aSecondRunTakesAnotherApplication();
    void foreignFilesAreRefusedUnchanged();
    void withoutAKeychainItSaysSoAndFails();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestDemoCli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/keyring-session.sh");
    m_db = m_dir.filePath(QStringLiteral("demo.oneseal"));
}

void TestDemoCli::oneApplicationBecomesAVerifiedLicence()
{
    // Kept after the run, so that a person can open the documents the demo made.
    const QString out = QStringLiteral(ONESEAL_TEST_OUTPUT "/demo-cli");
    QDir(out).removeRecursively();
    QVERIFY(!QFileInfo::exists(m_db));
    const Run r = demo(m_db, out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(QFileInfo::exists(m_db), "the demo database was not created");

    const QStringList intake = line(r.out, QStringLiteral("intake"));
    QCOMPARE(intake.size(), 4);
    const QString caseNumber = intake.at(0);
    QVERIFY2(QRegularExpression(QStringLiteral("^PZ-\\d{8}-\\d{4}$")).match(caseNumber).hasMatch(),
             qPrintable(caseNumber));
    QCOMPARE(intake.at(1), QStringLiteral("行政许可受理通知书"));
    QCOMPARE(line(r.out, QStringLiteral("claim")).value(0), caseNumber);
    QCOMPARE(line(r.out, QStringLiteral("opinion")).value(0), caseNumber);
    const QStringList decide = line(r.out, QStringLiteral("decide"));
    QCOMPARE(decide.value(0), caseNumber);
    QCOMPARE(decide.value(1), QStringLiteral("approver"));
    // The security administrator made the seal's key, and the demo said so.
    QCOMPARE(line(r.out, QStringLiteral("key")).value(0), QStringLiteral("PZ-XZSP"));
    const QStringList issue = line(r.out, QStringLiteral("issue"));
    const QString serial = issue.value(1);
    QVERIFY2(serial.startsWith(QStringLiteral("5101820000001-")), qPrintable(r.out));
    const QStringList print = line(r.out, QStringLiteral("print"));
    QCOMPARE(print.value(2), serial);

    // Every document is a PDF in the folder, and says what it is about.
    const QString acceptance = intake.at(3);
    const QString decision = decide.last();
    const QString licence = print.last();
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 3);
    for (const QString& pdf : {acceptance, decision, licence}) {
        QVERIFY2(QFileInfo(pdf).absolutePath() == QFileInfo(out).absoluteFilePath(), qPrintable(pdf));
        QVERIFY2(contents(pdf).startsWith("%PDF-"), qPrintable(pdf));
    }
    const QString acceptanceText = flatText(acceptance);
    QVERIFY2(acceptanceText.contains(caseNumber), qPrintable(acceptanceText));
    QVERIFY(acceptanceText.contains(intake.at(2))); // the notice's document number
    const QString decisionText = flatText(decision);
    QVERIFY2(decisionText.contains(QStringLiteral("准予行政许可决定书")), qPrintable(decisionText));
    QVERIFY(decisionText.contains(caseNumber));
    const QString licenceText = flatText(licence);
    QVERIFY2(licenceText.contains(serial), qPrintable(licenceText));
    QVERIFY(licenceText.contains(QStringLiteral("食品经营许可证")));
    QVERIFY(licenceText.contains(QStringLiteral("彭州市天府餐饮管理有限公司")));

    // The licence's code, as a verifier's scanner reads it off the sheet, is genuine and valid.
    const QString scanBase = m_dir.filePath(QStringLiteral("licence-scan"));
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), licence, scanBase})
                 .exitCode,
             0);
    const QString code = decodeQr(scanBase + QStringLiteral(".png"));
    QVERIFY2(code.startsWith(QStringLiteral("OS1:")), qPrintable(code));
    const Run verified = run(QStringLiteral(ONESEAL_CTL), {QStringLiteral("verify"), QStringLiteral("--db"), m_db,
                                                           QStringLiteral("--qr-text"), code});
    QCOMPARE(verified.out, QStringLiteral("genuine valid\n"));
    QCOMPARE(verified.exitCode, 0);
    QVERIFY(verified.err.contains(serial));

    // The notices' files are the clerk's and the approver's prints: recorded, and neither waits in the print
    // centre, while its list of printed documents has each with its first print.
    auto services = OneSeal::Services::open(m_db, OneSeal::OpenMode::ReadOnly);
    QVERIFY(services.ok());
    const auto keeper = (*services)->accounts().sessionFor(QStringLiteral("sealkeeper"));
    QVERIFY(keeper.ok());
    // (The demo organisation's granted sample cases wait for their licences; no notice waits.)
    const auto waiting = (*services)->licences().printQueue(*keeper);
    QVERIFY(waiting.ok());
    for (const OneSeal::PrintQueueEntry& entry : *waiting)
        QVERIFY2(!entry.isNotice(), qPrintable(entry.documentNumber));
    const auto printed = (*services)->licences().printQueue(*keeper, true);
    QVERIFY(printed.ok());
    QStringList notices;
    for (const OneSeal::PrintQueueEntry& entry : *printed)
        if (entry.isNotice() && entry.caseNumber == caseNumber)
            notices.append(QStringLiteral("%1 %2").arg(entry.documentNumber).arg(entry.prints));
    notices.sort();
    QStringList expected{intake.at(2) + QStringLiteral(" 1"), decide.value(3) + QStringLiteral(" 1")};
    expected.sort();
    QCOMPARE(notices, expected);
    auto by = (*services)->database().query(
        QStringLiteral("SELECT u.username, p.printer FROM notice_prints p JOIN users u ON u.id = p.printed_by "
                       "JOIN notices n ON n.id = p.notice_id WHERE n.document_number = ?"),
        {intake.at(2)});
    QVERIFY(by && by->next());
    QCOMPARE(by->value(0).toString(), QStringLiteral("clerk"));
    QCOMPARE(by->value(1).toString(), QStringLiteral("PDF:") + QFileInfo(acceptance).absoluteFilePath());
}

void TestDemoCli::aSecondRunTakesAnotherApplication()
{
    // The same database again: a new case and the next serial, and the key that is there is used.
    const QString out = m_dir.filePath(QStringLiteral("second"));
    const Run r = demo(m_db, out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(line(r.out, QStringLiteral("database")).isEmpty());
    QVERIFY2(line(r.out, QStringLiteral("key")).isEmpty(), qPrintable(r.out));
    QVERIFY2(line(r.out, QStringLiteral("issue")).value(1).endsWith(QStringLiteral("-000002")), qPrintable(r.out));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 3);
}

void TestDemoCli::foreignFilesAreRefusedUnchanged()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    for (const QString& path : {text, foreign}) {
        const QByteArray before = contents(path);
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        const Run r = demo(path, out);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QFileInfo(path).fileName()) || r.err.contains(QStringLiteral("OneSeal")),
                 qPrintable(r.err));
        QCOMPARE(contents(path), before);
        QVERIFY(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
    }
}

void TestDemoCli::withoutAKeychainItSaysSoAndFails()
{
    const QString db = m_dir.filePath(QStringLiteral("no-keychain.oneseal"));
    const QString out = m_dir.filePath(QStringLiteral("no-keychain"));
    const Run r = demo(db, out, QStringLiteral("unix:path=/nonexistent/oneseal-no-bus"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no keychain")), qPrintable(r.err));
    // What needs no signature was written; no licence was.
    const QString acceptance = line(r.out, QStringLiteral("intake")).value(3);
    const QString decision = line(r.out, QStringLiteral("decide")).last();
    QVERIFY(QFileInfo::exists(acceptance));
    QVERIFY(QFileInfo::exists(decision));
    QVERIFY2(line(r.out, QStringLiteral("print")).isEmpty(), qPrintable(r.out));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_democli.moc"
