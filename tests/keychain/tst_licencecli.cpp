#include "processrun.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "services/setup.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace OneSeal;

namespace {

const QString kPassword = QStringLiteral("Demo#2026");

using Testing::Run;
using Testing::run;

Run ctl(const QStringList& arguments, const QByteArray& input = {})
{
    return run(QStringLiteral(ONESEAL_CTL), arguments, input);
}

QString decodeQr(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace

/// The licence commands as a seal keeper's script runs them, against a real keyring: key, issue, the PDF
/// read back with pdftotext and rasterised with pdftoppm, the QR read off the page with zxing-cpp and
/// verified, and a reprint and a void without a second person refused.
class TestLicenceCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printedLicenceVerifiesFromItsScan();
    void reprintAndVoidNeedASecondPerson();
    void previewIsMarkedAndRecordsNothing();
    void forgedAndMalformedCodesSayForged();
    void withoutAKeychainNothingIsKeptOrSigned();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QString issueAndPrint(const QString& caseNumber, const QString& pdf);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestLicenceCli::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(PasswordHasher::initialise());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/keyring-session.sh");
    m_db = m_dir.filePath(QStringLiteral("demo.oneseal"));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), m_db}).exitCode, 0);
    // Decided food-business applications, as the review section would leave them.
    auto services = Services::open(m_db, OpenMode::ReadWrite);
    QVERIFY(services.ok());
    for (const QString& caseNumber :
         {QStringLiteral("PZ-20261120-0017"), QStringLiteral("PZ-20261120-0018"), QStringLiteral("PZ-20261120-0019")}) {
        ApplicationRecord r;
        r.caseNumber = caseNumber;
        r.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001");
        r.applicantKind = QStringLiteral("organisation");
        r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
        r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
        r.state = ApplicationState::Approved;
        const QDate today = (*services)->clock().today();
        r.receivedOn = r.acceptedOn = today.addDays(-8);
        r.dueDate = today.addDays(12);
        r.acceptedBy = (*services)->accounts().sessionFor(QStringLiteral("clerk"))->userId;
        r.decidedBy = (*services)->accounts().sessionFor(QStringLiteral("approver"))->userId;
        r.decidedOn = today.addDays(-1);
        const auto recorded =
            (*services)->applications().record(*(*services)->accounts().sessionFor(QStringLiteral("clerk")), r);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
    }
    services->reset();
    const Run keygen = ctl(QStringList{QStringLiteral("seal"), QStringLiteral("keygen")} + db() +
                           QStringList{QStringLiteral("--seal"), QStringLiteral("PZ-XZSP"), QStringLiteral("--user"),
                                       QStringLiteral("secadmin")});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
    // A seal keeper may not make keys: that is the security administrator's right.
    QCOMPARE(ctl(QStringList{QStringLiteral("seal"), QStringLiteral("keygen")} + db() +
                 QStringList{QStringLiteral("--seal"), QStringLiteral("PZ-XZSP"), QStringLiteral("--user"),
                             QStringLiteral("sealkeeper")})
                 .exitCode,
             1);
}

QString TestLicenceCli::issueAndPrint(const QString& caseNumber, const QString& pdf)
{
    const QString fields = m_dir.filePath(caseNumber + QStringLiteral(".json"));
    QFile file(fields);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("legal_representative"), QStringLiteral("欧阳𠮷祥")},
                       {QStringLiteral("address"), QStringLiteral("四川省彭州市天彭街道南大街18号")},
                       {QStringLiteral("premises"), QStringLiteral("四川省彭州市天彭街道南大街18号1栋1层")},
                       {QStringLiteral("business_type"), QStringLiteral("餐饮服务经营者（中型餐馆）")},
                       {QStringLiteral("business_scope"), QStringLiteral("热食类食品制售；冷食类食品制售")},
                       {QStringLiteral("supervising_agency"), QStringLiteral("彭州市市场监督管理局天彭市场监督管理所")},
                       {QStringLiteral("supervisor_names"), QStringLiteral("赵敏、孙强")},
                       {QStringLiteral("signatory"), QStringLiteral("陈静")},
                   })
                   .toJson());
    file.close();
    const Run issued =
        ctl(QStringList{QStringLiteral("licence"), QStringLiteral("issue")} + db() +
            QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--case"), caseNumber,
                        QStringLiteral("--seal"), QStringLiteral("PZ-XZSP"), QStringLiteral("--valid-until"),
                        QStringLiteral("2031-11-27"), QStringLiteral("--fields"), fields});
    if (issued.exitCode != 0) {
        qWarning() << issued.err;
        return {};
    }
    const QString serial = issued.out.trimmed().section(u' ', 1);
    const Run printed =
        ctl(QStringList{QStringLiteral("licence"), QStringLiteral("print")} + db() +
            QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--serial"), serial,
                        QStringLiteral("--out"), pdf, QStringLiteral("--stock"), QStringLiteral("SC-") + caseNumber});
    if (printed.exitCode != 0) {
        qWarning() << printed.err;
        return {};
    }
    return serial;
}

void TestLicenceCli::printedLicenceVerifiesFromItsScan()
{
    const QString pdf = QStringLiteral(ONESEAL_TEST_OUTPUT "/licence-cli/food_business_licence.pdf");
    QDir().mkpath(QFileInfo(pdf).path());
    QFile::remove(pdf);
    const QString serial = issueAndPrint(QStringLiteral("PZ-20261120-0017"), pdf);
    QVERIFY(serial.startsWith(QStringLiteral("5101820000001-")));
    QVERIFY(serial.endsWith(QStringLiteral("-000001")));

    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    // The title is letter-spaced and the columns wrap, so the text is compared without white space.
    QString flat = text.out;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString& expected :
         {QStringLiteral("食品经营许可证"), serial, QStringLiteral("彭州市天府餐饮管理有限公司"),
          QStringLiteral("91350100M000100Y43"), QStringLiteral("2031年11月27日"), QStringLiteral("彭州市行政审批局"),
          QString(QStringLiteral("zwfw.pengzhou.gov.cn/v/") + serial)})
        QVERIFY2(flat.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text.out));

    // The page as a 200 dpi scan; the QR is read off it as a verifier's scanner would.
    const QString scanBase = QFileInfo(pdf).path() + QStringLiteral("/scan");
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), pdf, scanBase})
                 .exitCode,
             0);
    const QString scan = scanBase + QStringLiteral(".png");
    const QString code = decodeQr(QImage(scan));
    QVERIFY2(code.startsWith(QStringLiteral("OS1:")), qPrintable(code));

    const Run byText =
        ctl(QStringList{QStringLiteral("verify")} + db() + QStringList{QStringLiteral("--qr-text"), code});
    QCOMPARE(byText.out, QStringLiteral("genuine valid\n"));
    QCOMPARE(byText.exitCode, 0);
    QVERIFY(byText.err.contains(serial));
    const Run byImage =
        ctl(QStringList{QStringLiteral("verify")} + db() + QStringList{QStringLiteral("--image"), scan});
    QCOMPARE(byImage.out, QStringLiteral("genuine valid\n"));
    QCOMPARE(byImage.exitCode, 0);

    // A reprint with a second person makes the scanned sheet superseded.
    const QString pdf2 = QFileInfo(pdf).path() + QStringLiteral("/food_business_licence-reprint.pdf");
    const Run reprinted =
        ctl(QStringList{QStringLiteral("licence"), QStringLiteral("reprint")} + db() +
                QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--serial"), serial,
                            QStringLiteral("--out"), pdf2, QStringLiteral("--reason"), QStringLiteral("持证人遗失"),
                            QStringLiteral("--second"), QStringLiteral("approver")},
            kPassword.toUtf8() + "\n");
    QVERIFY2(reprinted.exitCode == 0, qPrintable(reprinted.err));
    const Run old = ctl(QStringList{QStringLiteral("verify")} + db() + QStringList{QStringLiteral("--image"), scan});
    QCOMPARE(old.out, QStringLiteral("genuine superseded\n"));
    QCOMPARE(old.exitCode, 1);
    QVERIFY(run(QStringLiteral("pdftotext"), {pdf2, QStringLiteral("-")}).out.contains(QStringLiteral("第2次打印")));
}

void TestLicenceCli::reprintAndVoidNeedASecondPerson()
{
    const QString pdf = m_dir.filePath(QStringLiteral("second.pdf"));
    const QString serial = issueAndPrint(QStringLiteral("PZ-20261120-0018"), pdf);
    QVERIFY(!serial.isEmpty());
    const QStringList keeper{QStringLiteral("--user"),   QStringLiteral("sealkeeper"),
                             QStringLiteral("--serial"), serial,
                             QStringLiteral("--reason"), QStringLiteral("污损")};
    const QString out2 = m_dir.filePath(QStringLiteral("second-2.pdf"));
    const Run reprint = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("reprint")} + db() + keeper +
                            QStringList{QStringLiteral("--out"), out2});
    QCOMPARE(reprint.exitCode, 1);
    QVERIFY2(reprint.err.contains(QStringLiteral("second person")), qPrintable(reprint.err));
    QVERIFY(!QFile::exists(out2));
    const Run voided = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("void")} + db() + keeper);
    QCOMPARE(voided.exitCode, 1);
    QVERIFY2(voided.err.contains(QStringLiteral("second person")), qPrintable(voided.err));
    // The seal keeper naming themselves is refused too; a wrong password as well.
    const Run self = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("void")} + db() + keeper +
                             QStringList{QStringLiteral("--second"), QStringLiteral("sealkeeper")},
                         kPassword.toUtf8() + "\n");
    QCOMPARE(self.exitCode, 1);
    const Run wrong = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("void")} + db() + keeper +
                              QStringList{QStringLiteral("--second"), QStringLiteral("approver")},
                          "nope\n");
    QCOMPARE(wrong.exitCode, 1);
    // With the approver's password the licence is void, and its sheet says so.
    const Run done = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("void")} + db() + keeper +
                             QStringList{QStringLiteral("--second"), QStringLiteral("approver")},
                         kPassword.toUtf8() + "\n");
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const QString scanBase = m_dir.filePath(QStringLiteral("second-scan"));
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), pdf, scanBase})
                 .exitCode,
             0);
    const Run check = ctl(QStringList{QStringLiteral("verify")} + db() +
                          QStringList{QStringLiteral("--image"), scanBase + QStringLiteral(".png")});
    QCOMPARE(check.out, QStringLiteral("genuine void\n"));
    QCOMPARE(check.exitCode, 1);
}

void TestLicenceCli::previewIsMarkedAndRecordsNothing()
{
    // Issue only (issueAndPrint's print goes to a second file, after the preview).
    const QString preview = QStringLiteral(ONESEAL_TEST_OUTPUT "/licence-cli/preview.pdf");
    const QString pdf = m_dir.filePath(QStringLiteral("after-preview.pdf"));
    const Run issued =
        ctl(QStringList{QStringLiteral("licence"), QStringLiteral("issue")} + db() +
            QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--case"),
                        QStringLiteral("PZ-20261120-0019"), QStringLiteral("--seal"), QStringLiteral("PZ-XZSP"),
                        QStringLiteral("--valid-until"), QStringLiteral("2031-11-27"), QStringLiteral("--fields"),
                        m_dir.filePath(QStringLiteral("PZ-20261120-0017.json"))});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    const QString serial = issued.out.trimmed().section(u' ', 1);
    const Run shown = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("preview")} + db() +
                          QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"),
                                      QStringLiteral("--serial"), serial, QStringLiteral("--out"), preview});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(shown.out.trimmed(), QStringLiteral("preview %1 #1 %2").arg(serial, preview));
    // The preview's QR code carries no signature: a preview sheet never verifies.
    const QString scanBase = m_dir.filePath(QStringLiteral("preview-scan"));
    QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), preview, scanBase})
                 .exitCode,
             0);
    const Run check = ctl(QStringList{QStringLiteral("verify")} + db() +
                          QStringList{QStringLiteral("--image"), scanBase + QStringLiteral(".png")});
    QCOMPARE(check.out, QStringLiteral("forged\n"));
    // Nothing was recorded: the real print is still print #1, and offsets for pre-printed stock are accepted.
    const Run printed =
        ctl(QStringList{QStringLiteral("licence"), QStringLiteral("print")} + db() +
            QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--serial"), serial,
                        QStringLiteral("--out"), pdf, QStringLiteral("--offset-x"), QStringLiteral("1.5"),
                        QStringLiteral("--offset-y"), QStringLiteral("-0.8")});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    QVERIFY(printed.out.contains(QStringLiteral(" #1 ")));
    const Run wild =
        ctl(QStringList{QStringLiteral("licence"), QStringLiteral("print")} + db() +
            QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--serial"), serial,
                        QStringLiteral("--out"), pdf, QStringLiteral("--offset-x"), QStringLiteral("40")});
    QCOMPARE(wild.exitCode, 2);
}

void TestLicenceCli::forgedAndMalformedCodesSayForged()
{
    for (const QString& text :
         {QStringLiteral("OS1:ABCDEFGHIJ"), QStringLiteral("https://example.com/fake"), QStringLiteral("OS1:GGW")}) {
        const Run r =
            ctl(QStringList{QStringLiteral("verify")} + db() + QStringList{QStringLiteral("--qr-text"), text});
        QCOMPARE(r.out, QStringLiteral("forged\n"));
        QCOMPARE(r.exitCode, 1);
    }
    // An image with no code is an error, not a verdict.
    QImage blank(400, 400, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString png = m_dir.filePath(QStringLiteral("blank.png"));
    QVERIFY(blank.save(png));
    const Run none = ctl(QStringList{QStringLiteral("verify")} + db() + QStringList{QStringLiteral("--image"), png});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
}

void TestLicenceCli::withoutAKeychainNothingIsKeptOrSigned()
{
    const QString noBus = QStringLiteral("unix:path=/nonexistent/oneseal-no-bus");
    const Run keygen = run(QStringLiteral(ONESEAL_CTL),
                           QStringList{QStringLiteral("seal"), QStringLiteral("keygen")} + db() +
                               QStringList{QStringLiteral("--seal"), QStringLiteral("JC-BMFW"),
                                           QStringLiteral("--user"), QStringLiteral("secadmin")},
                           {}, noBus);
    QCOMPARE(keygen.exitCode, 1);
    QVERIFY2(keygen.err.contains(QStringLiteral("keychain is not available")), qPrintable(keygen.err));
    // Fail closed: the seal got no key, so nothing can be issued under it, and no key went into a file.
    auto services = Services::open(m_db, OpenMode::ReadOnly);
    QVERIFY(services.ok());
    auto q =
        (*services)->database().query(QStringLiteral("SELECT key_id, public_key FROM seals WHERE code = 'JC-BMFW'"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QString());
    QCOMPARE(q->value(1).toString(), QString());
    QDirIterator it(QString::fromLocal8Bit(qgetenv("HOME")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains("JC-BMFW"), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestLicenceCli)
#include "tst_licencecli.moc"
