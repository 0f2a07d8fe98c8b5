#include "filteredtable.h"
#include "intakeworkspace.h"
#include "onthespotdialog.h"
#include "rowtablemodel.h"
#include "services/licenceservice.h"
#include "services/services.h"
#include "services/setup.h"
#include "translators.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");
// The columns of the materials table.
constexpr int kOriginals = 1;
constexpr int kCopies = 2;
constexpr int kStatus = 3;
constexpr int kNote = 4;

/// Types @p text into the focused widget; Chinese characters arrive as an input method would send them,
/// as key events with text and no key of their own.
void typeInto(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QWidget* widget = QApplication::focusWidget();
        const QChar c = text[i];
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        // A character outside the BMP (𠮷) arrives whole, both halves of its surrogate pair in one event.
        const qsizetype length = c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length), Qt::NoModifier);
        i += length - 1;
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    // As between two key strokes of a person: a closed cell editor hands the focus back.
    QCoreApplication::processEvents();
}

bool saveScreenshot(QWidget* widget, const QString& name)
{
    // Layouts settle in posted events, as they would before the screen is painted.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(kOutput + QStringLiteral("intake-") + name + QStringLiteral(".png"), "PNG");
}

template <typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

/// The text poppler reads from @p pdf, with all white space removed so that phrases are found across lines.
QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("ERROR: pdftotext ") + QString::fromLocal8Bit(process.readAllStandardError());
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

/// The codes a scanner reads off the printed page: poppler renders it, zxing-cpp decodes it.
/// Returns the QR code's text and the barcode's text.
std::pair<QString, QString> scanPage(const QString& pdf)
{
    const QString png = pdf + QStringLiteral("-page");
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                               QStringLiteral("-singlefile"), pdf, png});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    const QImage grey = QImage(png + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    std::pair<QString, QString> codes;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        const QString text = QString::fromStdString(result.text());
        if (result.format() == ZXing::BarcodeFormat::QRCode)
            codes.first = text;
        else if (result.format() == ZXing::BarcodeFormat::Code128)
            codes.second = text;
    }
    return codes;
}

/// The case number the result banner names.
QString caseNumberIn(const QString& banner)
{
    static const QRegularExpression number(QStringLiteral("[A-Z]{2}-\\d{8}-\\d{4}"));
    return number.match(banner).captured();
}

QtMessageHandler g_testLog = nullptr;

/// The offscreen platform says on every window that it cannot propagate size hints; that is no news.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    g_testLog(type, context, message);
}

} // namespace

class TestIntakeWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void acceptByKeyboard();
    void badCheckCharacterShowsAtTheField();
    void dishonestApplicantShowsThePanel();
    void supplementThenResumeByKeyboard();
    void rejectByKeyboard();
    void badInputKeepsWhatWasTypedAndMakesNoDuplicate();
    void townTakesInForTheCentre();
    void decideOnTheSpotByAnotherApprover();
    void receiveWithCountsThenAcceptByKeyboard();
    void agentIdIsCheckedAtItsField();
    void guideShowsFeesAndSpecialProcedures();
    void secondWindowMakesNoSecondCase();
    void returningApplicantIsFoundByTheIdentifier();

private:
    /// Prints with Ctrl+P into PDF files in the test folder, one per document, named by its title.
    QStringList printByKeyboard(IntakeWorkspace* workspace);
    /// The prints recorded of the notices of case @p caseNumber, in order: "number printer user copies succeeded".
    QStringList noticePrints(const QString& caseNumber);
    /// How many notices of case @p caseNumber wait in the seal keeper's print centre.
    int waitingInThePrintCentre(const QString& caseNumber);
    /// A workspace on screen with the focus in its first field and every model under test.
    IntakeWorkspace* openWorkspace();
    /// Fills the form of @p workspace for a person with every material of @p item received.
    void fillPerson(IntakeWorkspace* workspace, const QString& identifier, const QString& name, const QString& item);

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    Session m_clerk;
    /// The testers go before the workspace: a list widget's model resets itself as it is destroyed.
    std::unique_ptr<QObject> m_testers;
    std::unique_ptr<IntakeWorkspace> m_workspace;
};

void TestIntakeWorkspace::initTestCase()
{
    g_testLog = qInstallMessageHandler(quietOffscreen);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(defaultUiLanguage()));
    QLocale::setDefault(QLocale(defaultUiLanguage()));
    QVERIFY(QDir().mkpath(kOutput));
    QVERIFY(m_dir.isValid());
    auto opened = Services::open(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_services = std::move(opened).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    auto clerk = m_services->accounts().sessionFor(QStringLiteral("clerk"));
    QVERIFY2(clerk.ok(), qPrintable(clerk.ok() ? QString() : clerk.error().message));
    m_clerk = *clerk;
}

void TestIntakeWorkspace::cleanup()
{
    m_testers.reset();
    m_workspace.reset();
}

void TestIntakeWorkspace::cleanupTestCase()
{
    m_services.reset();
}

IntakeWorkspace* TestIntakeWorkspace::openWorkspace()
{
    cleanup();
    m_workspace = std::make_unique<IntakeWorkspace>(*m_services, m_clerk);
    m_testers = std::make_unique<QObject>();
    IntakeWorkspace* workspace = m_workspace.get();
    workspace->resize(1280, 960);
    workspace->show();
    if (!QTest::qWaitForWindowActive(workspace))
        return nullptr;
    const QList<QAbstractItemModel*> models{child<QTableWidget>(workspace, "materialsTable")->model(),
                                            child<QListWidget>(workspace, "itemList")->model(),
                                            workspace->table()->model(), workspace->table()->proxy()};
    for (QAbstractItemModel* model : models)
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_testers.get());
    workspace->setFocus();
    return workspace;
}

void TestIntakeWorkspace::acceptByKeyboard()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    const int before = workspace->table()->model()->rowCount();
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(workspace, "applicantKindCombo"));

    press(Qt::Key_Down); // organisation
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "applicantIdentifierEdit"));
    typeInto(QStringLiteral("91350100M000100Y43"));
    press(Qt::Key_Tab);
    QVERIFY(!child<QLabel>(workspace, "applicant_identifierError")->isVisible());
    QVERIFY(!child<QFrame>(workspace, "dishonestyPanel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "applicantNameEdit"));
    typeInto(QStringLiteral("福州示例食品有限公司"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("0591-87654321"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("福州市鼓楼区示例路1号"));
    press(Qt::Key_Tab); // agent name
    press(Qt::Key_Tab); // agent ID
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "itemFilterEdit"));
    typeInto(QStringLiteral("spjyxk"));
    auto* list = child<QListWidget>(workspace, "itemList");
    QVERIFY(list->currentItem());
    QVERIFY2(list->currentItem()->text().contains(QStringLiteral("食品经营许可")),
             qPrintable(list->currentItem()->text()));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    QCOMPARE(QApplication::focusWidget(), materials);
    QVERIFY(materials->rowCount() > 0);
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    for (int row = 0; row < materials->rowCount(); ++row)
        QCOMPARE(materials->item(row, kStatus)->data(Qt::UserRole).toString(), QStringLiteral("received"));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("filled")));

    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    const RowTableModel* applications = workspace->table()->model();
    QCOMPARE(applications->rowCount(), before + 1);
    bool listed = false;
    for (int row = 0; row < applications->rowCount(); ++row) {
        const QString caseNumber = applications->index(row, 0).data().toString();
        if (!caseNumber.isEmpty() && banner->text().contains(caseNumber))
            listed = true;
    }
    QVERIFY2(listed, qPrintable(banner->text()));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("accepted")));

    // The same form again: the first case comes back and nothing new is written.
    const QString first = banner->text();
    child<QTableWidget>(workspace, "materialsTable")->setFocus();
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(applications->rowCount(), before + 1);
    QVERIFY(banner->text().startsWith(first.left(first.indexOf(QLatin1Char(' ')))));

    // A print that fails (the file cannot be written) says why, is recorded as failed under the clerk, and
    // the notice keeps waiting in the print centre.
    const QString caseNumber = caseNumberIn(banner->text());
    const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/notice.pdf"));
    workspace->setPrinterChooser([&unwritable](QPrinter& printer, const QString&) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(unwritable);
        return true;
    });
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(child<QLabel>(workspace, "intakeErrorLabel")->isVisible());
    QCOMPARE(noticePrints(caseNumber),
             (QStringList{QStringLiteral("1 PDF:%1 clerk 1 0").arg(QFileInfo(unwritable).absoluteFilePath())}));
    QCOMPARE(waitingInThePrintCentre(caseNumber), 1);
    QVERIFY(saveScreenshot(workspace, QStringLiteral("print-failed")));

    // The notice, through the hook instead of the file dialog: saved as PDF, it is the clerk's print.
    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    workspace->setSavePathChooser([&pdf](const QString&) { return pdf; });
    child<QPushButton>(workspace, "saveNoticeButton")->setFocus();
    press(Qt::Key_Space);
    QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    QCOMPARE(noticePrints(caseNumber).value(1), QStringLiteral("2 PDF:%1 clerk 1 1").arg(pdf));
    QCOMPARE(waitingInThePrintCentre(caseNumber), 0);

    // Ctrl+P prints through the print dialog's printer; here it prints to PDF, read back as a person and
    // a scanner would. It is the notice's print 3.
    const QStringList printed = printByKeyboard(workspace);
    QCOMPARE(printed.size(), 1);
    QCOMPARE(noticePrints(caseNumber).value(2), QStringLiteral("3 PDF:%1 clerk 1 1").arg(printed.first()));
    const QString text = pdfText(printed.first());
    for (const QString& expected : {QStringLiteral("行政许可受理通知书"), caseNumber, QStringLiteral("彭审批受〔"),
                                    QStringLiteral("福州示例食品有限公司"), QStringLiteral("食品经营许可申请书")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    const auto [qr, barcode] = scanPage(printed.first());
    QVERIFY2(qr.contains(QStringLiteral("c=") + caseNumber), qPrintable(qr));
    QCOMPARE(barcode, caseNumber);
}

QStringList TestIntakeWorkspace::noticePrints(const QString& caseNumber)
{
    QStringList rows;
    auto q = m_services->database().query(
        QStringLiteral("SELECT p.print_number, p.printer, u.username, p.copies, p.succeeded FROM notice_prints p "
                       "JOIN notices n ON n.id = p.notice_id JOIN applications a ON a.id = n.application_id "
                       "JOIN users u ON u.id = p.printed_by WHERE a.case_number = ? ORDER BY p.printed_at, "
                       "p.print_number"),
        {caseNumber});
    while (q && q->next())
        rows.append(QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString()));
    return rows;
}

int TestIntakeWorkspace::waitingInThePrintCentre(const QString& caseNumber)
{
    const auto keeper = m_services->accounts().sessionFor(QStringLiteral("sealkeeper"));
    const auto queue = m_services->licences().printQueue(*keeper);
    if (!queue)
        return -1;
    return static_cast<int>(std::count_if(queue->cbegin(), queue->cend(), [&](const PrintQueueEntry& e) {
        return e.isNotice() && e.caseNumber == caseNumber;
    }));
}

QStringList TestIntakeWorkspace::printByKeyboard(IntakeWorkspace* workspace)
{
    QStringList files;
    workspace->setPrinterChooser([this, &files](QPrinter& printer, const QString& title) {
        const QString file = m_dir.filePath(QStringLiteral("printed-%1-%2.pdf").arg(files.size()).arg(title));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        files.append(file);
        return true;
    });
    press(Qt::Key_P, Qt::ControlModifier);
    for (const QString& file : std::as_const(files)) {
        if (QFileInfo(file).size() == 0)
            return {};
    }
    return files;
}

void TestIntakeWorkspace::badCheckCharacterShowsAtTheField()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    const QString bad = QStringLiteral("91350100M000100Y44");
    typeInto(bad);
    press(Qt::Key_Tab);
    auto* error = child<QLabel>(workspace, "applicant_identifierError");
    auto* identifier = child<QLineEdit>(workspace, "applicantIdentifierEdit");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(identifier->text(), bad);
    typeInto(QStringLiteral("福州示例食品有限公司"));

    // Submitting anyway puts the service's message at the field and the focus on it, keeping what was typed.
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(error->isVisible());
    QCOMPARE(QApplication::focusWidget(), identifier);
    QCOMPARE(identifier->text(), bad);
    QCOMPARE(child<QLineEdit>(workspace, "applicantNameEdit")->text(), QStringLiteral("福州示例食品有限公司"));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("bad-identifier")));
}

void TestIntakeWorkspace::dishonestApplicantShowsThePanel()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    press(Qt::Key_Tab); // a person, the first kind
    typeInto(QStringLiteral("510182198807150031"));
    // Shown as soon as the whole identifier is there, before the clerk moves on.
    auto* panel = child<QFrame>(workspace, "dishonestyPanel");
    QVERIFY(panel->isVisible());
    press(Qt::Key_Tab);
    QVERIFY(panel->isVisible());
    QVERIFY(!child<QLabel>(workspace, "dishonestyLabel")->text().isEmpty());
    auto* note = child<QLineEdit>(workspace, "dishonestyNoteEdit");
    QVERIFY(note->isVisible());
    QCOMPARE(QApplication::focusWidget(), note);
    QVERIFY(saveScreenshot(workspace, QStringLiteral("dishonesty")));

    // The decision buttons and the refusal fields at the bottom of the form.
    auto* scroll = workspace->findChild<QScrollArea*>();
    QVERIFY(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QVERIFY(saveScreenshot(workspace, QStringLiteral("decision")));

    // The clerk goes on with a reason, which is recorded with the case; the lookup itself is audited.
    QCOMPARE(QApplication::focusWidget(), note);
    typeInto(QStringLiteral("申请事项与失信惩戒措施无关"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("林某某"));
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab);
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    auto recorded =
        m_services->database().query(QStringLiteral("SELECT dishonesty_note FROM applications WHERE case_number = ?"),
                                     {caseNumberIn(banner->text())});
    QVERIFY(recorded && recorded->next());
    QCOMPARE(recorded->value(0).toString(), QStringLiteral("申请事项与失信惩戒措施无关"));
    auto lookups =
        m_services->database().query(QStringLiteral("SELECT count(*) FROM dishonesty_lookups WHERE identifier = ?"),
                                     {QStringLiteral("510182198807150031")});
    QVERIFY(lookups && lookups->next());
    QVERIFY(lookups->value(0).toInt() >= 2); // as typed, and again on submission
}

void TestIntakeWorkspace::supplementThenResumeByKeyboard()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    const QString name = QStringLiteral("阿依古丽·𠮷买提");
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("110105198503120215"));
    press(Qt::Key_Tab);
    typeInto(name);
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("13800000001"));
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_Tab); // address, agent name, agent ID, to the item
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    QCOMPARE(QApplication::focusWidget(), materials);
    // The first received, the second defective with a note, the third missing, the rest received.
    press(Qt::Key_Space);
    press(Qt::Key_Down);
    press(Qt::Key_D);
    press(Qt::Key_Right);
    typeInto(QStringLiteral("未加盖公章"));
    press(Qt::Key_Return);
    press(Qt::Key_Left);
    press(Qt::Key_Down);
    for (int row = 3; row < materials->rowCount(); ++row) {
        press(Qt::Key_Down);
        press(Qt::Key_Space);
    }
    QCOMPARE(materials->item(1, kNote)->text(), QStringLiteral("未加盖公章"));
    QCOMPARE(materials->item(2, kStatus)->data(Qt::UserRole).toString(), QStringLiteral("missing"));
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab); // reason, explanation, basis, accept, supplement
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(workspace, "supplementButton"));
    press(Qt::Key_Space);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    const QString caseNumber = caseNumberIn(banner->text());
    QVERIFY2(!caseNumber.isEmpty(), qPrintable(banner->text()));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("supplement")));

    // Ctrl+S saves the one-time notice.
    QStringList saved;
    workspace->setSavePathChooser([this, &saved](const QString& suggested) {
        saved.append(m_dir.filePath(suggested));
        return saved.last();
    });
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    const QString notice = pdfText(saved.first());
    for (const QString& expected : {QStringLiteral("补正材料通知书"), QStringLiteral("一次性告知书"), caseNumber, name,
                                    QStringLiteral("未加盖公章"), QStringLiteral("经营场所平面图")})
        QVERIFY2(notice.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + notice));

    // The next applicant; then the first comes back. Ctrl+R and the case number bring the case back.
    workspace->clearForm();
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "resumeCaseEdit"));
    typeInto(caseNumber);
    press(Qt::Key_Return);
    QCOMPARE(child<QLineEdit>(workspace, "applicantNameEdit")->text(), name);
    QCOMPARE(child<QLineEdit>(workspace, "applicantIdentifierEdit")->text(), QStringLiteral("110105198503120215"));
    QCOMPARE(QApplication::focusWidget(), materials);
    QCOMPARE(materials->item(1, kStatus)->data(Qt::UserRole).toString(), QStringLiteral("defective"));
    QCOMPARE(materials->item(2, kStatus)->data(Qt::UserRole).toString(), QStringLiteral("missing"));
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    QVERIFY(saveScreenshot(workspace, QStringLiteral("resume-loaded")));
    const int before = workspace->table()->model()->rowCount();
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(banner->isVisible() && banner->text().contains(QStringLiteral("彭审批补收〔")),
             qPrintable(banner->text() + child<QLabel>(workspace, "intakeErrorLabel")->text()));
    QCOMPARE(caseNumberIn(banner->text()), caseNumber);
    QCOMPARE(workspace->table()->model()->rowCount(), before); // the same case, no new one
    QVERIFY(saveScreenshot(workspace, QStringLiteral("resumed")));

    const QStringList printed = printByKeyboard(workspace);
    QCOMPARE(printed.size(), 2);
    const QString accepted = pdfText(printed[0]);
    QVERIFY2(accepted.contains(QStringLiteral("行政许可受理通知书")) && accepted.contains(caseNumber) &&
                 accepted.contains(name),
             qPrintable(accepted));
    const QString receipt = pdfText(printed[1]);
    for (const QString& expected : {QStringLiteral("补正材料接收凭证"), caseNumber, name,
                                    QStringLiteral("彭审批补收〔"), QStringLiteral("经营场所平面图")})
        QVERIFY2(receipt.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + receipt));
}

void TestIntakeWorkspace::rejectByKeyboard()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("110105199001010037"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("买买提·吐尔逊"));
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab);
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(workspace, "rejectionReasonCombo"));
    press(Qt::Key_Down); // not within this agency's competence
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("该经营场所位于成都市郫都区，应向郫都区行政审批局申请"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项"));
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Tab); // accept, supplement, do not accept
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(workspace, "rejectButton"));
    press(Qt::Key_Space);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    const QString caseNumber = caseNumberIn(banner->text());
    QVERIFY(saveScreenshot(workspace, QStringLiteral("rejected")));

    QStringList saved;
    workspace->setSavePathChooser([this, &saved](const QString& suggested) {
        saved.append(m_dir.filePath(suggested));
        return saved.last();
    });
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    const QString text = pdfText(saved.first());
    for (const QString& expected :
         {QStringLiteral("不予受理通知书"), caseNumber, QStringLiteral("买买提·吐尔逊"),
          QStringLiteral("郫都区行政审批局"), QStringLiteral("第三十二条第一款第（二）项"), QStringLiteral("六十日"),
          QStringLiteral("彭州市人民政府"), QStringLiteral("六个月")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
}

void TestIntakeWorkspace::decideOnTheSpotByAnotherApprover()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("510182198002020045"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("古丽·𠮷祥"));
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab);
    typeInto(QStringLiteral("qysldj"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    const QString caseNumber = caseNumberIn(banner->text());
    QVERIFY(child<QPushButton>(workspace, "decideNowButton")->isVisible());

    press(Qt::Key_D, Qt::ControlModifier);
    auto* dialog = workspace->findChild<OnTheSpotDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "approverUserEdit"));
    // The clerk at the window is no approver: refused, in the dialog, with nothing decided.
    typeInto(QStringLiteral("clerk"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("Demo#2026"));
    press(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "usernameError")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "usernameError")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "approverUserEdit")->text(), QStringLiteral("clerk"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("on-the-spot-refused")));

    child<QLineEdit>(dialog, "approverUserEdit")->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("approver"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("Demo#2026"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<OnTheSpotDialog*>());
    QVERIFY2(!child<QPushButton>(workspace, "decideNowButton")->isVisible(), qPrintable(banner->text()));
    auto state = m_services->database().query(
        QStringLiteral("SELECT state, decided_by, accepted_by FROM applications WHERE case_number = ?"), {caseNumber});
    QVERIFY(state && state->next());
    QCOMPARE(state->value(0).toString(), QStringLiteral("approved"));
    QVERIFY(state->value(1).toString() != state->value(2).toString());
    QVERIFY(saveScreenshot(workspace, QStringLiteral("on-the-spot-decided")));
    QVERIFY2(banner->text().contains(QStringLiteral("彭审批准〔")), qPrintable(banner->text()));
    // The focus waits on Print: the applicant leaves the window with the notice and the decision. (The
    // offscreen platform has no window manager to give the activation back when the dialog closes.)
    workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(workspace));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(workspace, "printNoticeButton"));

    const QStringList printed = printByKeyboard(workspace);
    QCOMPARE(printed.size(), 2);
    const QString notice = pdfText(printed[0]);
    QVERIFY2(notice.contains(QStringLiteral("行政许可受理通知书")) && notice.contains(caseNumber), qPrintable(notice));
    const QString decision = pdfText(printed[1]);
    for (const QString& expected : {QStringLiteral("准予行政许可决定书"), QStringLiteral("彭审批准〔"), caseNumber,
                                    QStringLiteral("古丽·𠮷祥"), QStringLiteral("企业设立登记"),
                                    QStringLiteral("决定准予行政许可"), QStringLiteral("特此决定")})
        QVERIFY2(decision.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + decision));
    const auto [qr, barcode] = scanPage(printed[1]);
    QVERIFY2(qr.contains(QStringLiteral("c=") + caseNumber), qPrintable(qr));
    // Both are the clerk's prints, so neither waits in the print centre: the applicant left with them.
    QCOMPARE(noticePrints(caseNumber), (QStringList{QStringLiteral("1 PDF:%1 clerk 1 1").arg(printed[0]),
                                                    QStringLiteral("1 PDF:%1 clerk 1 1").arg(printed[1])}));
    QCOMPARE(waitingInThePrintCentre(caseNumber), 0);
}

void TestIntakeWorkspace::badInputKeepsWhatWasTypedAndMakesNoDuplicate()
{
    // Another window takes in 周敏's food licence application, leaving it waiting for a supplement.
    IntakeRequest other;
    other.requestId = QStringLiteral("other-window-0001");
    other.applicantKind = QStringLiteral("person");
    other.applicantIdentifier = QStringLiteral("110105197505050041");
    other.applicantName = QStringLiteral("周敏");
    other.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001");
    other.outcome = IntakeOutcome::Supplement;
    const auto taken = m_services->intake().submit(m_clerk, other);
    QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));

    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    const int before = workspace->table()->model()->rowCount();
    auto* identifier = child<QLineEdit>(workspace, "applicantIdentifierEdit");
    auto* name = child<QLineEdit>(workspace, "applicantNameEdit");
    auto* address = child<QLineEdit>(workspace, "applicantAddressEdit");
    const auto submitAndExpect = [&](const char* field, QLineEdit* edit, const QString& typed) {
        press(Qt::Key_Return, Qt::ControlModifier);
        auto* error = child<QLabel>(workspace, field);
        QVERIFY2(error->isVisible() && !error->text().isEmpty(), field);
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(edit->text(), typed);
        QVERIFY(!child<QLabel>(workspace, "intakeResultLabel")->isVisible());
        QCOMPARE(workspace->table()->model()->rowCount(), before);
    };

    // 30 February: the check character is right, the birth date impossible; said as the field is left.
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("110105199002300028"));
    press(Qt::Key_Tab);
    auto* identifierError = child<QLabel>(workspace, "applicant_identifierError");
    QVERIFY(identifierError->isVisible());
    QVERIFY(saveScreenshot(workspace, QStringLiteral("bad-birth-date")));
    identifier->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    // An applicant whose application for this item another window has just taken in.
    typeInto(QStringLiteral("110105197505050041"));
    press(Qt::Key_Tab);
    QVERIFY(!identifierError->isVisible());

    const QString hidden = QStringLiteral("张") + QChar(0x200B) + QStringLiteral("三");
    typeInto(hidden);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // phone
    const QString reordered = QStringLiteral("彭州市") + QChar(0x202E) + QStringLiteral("天府路1号");
    typeInto(reordered);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Tab);
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    submitAndExpect("applicant_nameError", name, hidden);

    // Longer than a name may be: the whole text stays for correcting, nothing is cut off.
    press(Qt::Key_A, Qt::ControlModifier);
    const QString overlong = QString(61, QChar(0x963F));
    typeInto(overlong);
    submitAndExpect("applicant_nameError", name, overlong);
    QVERIFY(child<QLabel>(workspace, "applicant_nameError")->text().contains(QStringLiteral("60")));

    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("阿依古丽·𠮷买提"));
    submitAndExpect("applicant_addressError", address, reordered);
    QVERIFY(saveScreenshot(workspace, QStringLiteral("bad-address")));

    // Everything right now, but the same application was taken in at another window today: the open case
    // is named and no second one is made; twice, as a double press would.
    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("彭州市天府路1号"));
    submitAndExpect("applicant_identifierError", identifier, QStringLiteral("110105197505050041"));
    QCOMPARE(caseNumberIn(identifierError->text()), taken->caseNumber);
    submitAndExpect("applicant_identifierError", identifier, QStringLiteral("110105197505050041"));
    QCOMPARE(name->text(), QStringLiteral("阿依古丽·𠮷买提"));
    QCOMPARE(address->text(), QStringLiteral("彭州市天府路1号"));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("duplicate")));
}

void TestIntakeWorkspace::townTakesInForTheCentre()
{
    cleanup();
    auto town = m_services->accounts().sessionFor(QStringLiteral("clerk.lc"));
    QVERIFY(town.ok());
    const Session townClerk = *town;
    IntakeWorkspace workspace(*m_services, townClerk);
    workspace.resize(1280, 960);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    workspace.setFocus();
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("11010519491231002X"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("王秀兰"));
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab);
    typeInto(QStringLiteral("spjyxk")); // a county item
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(&workspace, "materialsTable");
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(&workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(&workspace, "intakeErrorLabel")->text()));
    const QString caseNumber = caseNumberIn(banner->text());
    QVERIFY2(caseNumber.startsWith(QStringLiteral("LC-")), qPrintable(banner->text()));
    // Who holds it now, at the town's window.
    QVERIFY2(banner->text().contains(QStringLiteral("彭州市政务服务中心")), qPrintable(banner->text()));
    QVERIFY(saveScreenshot(&workspace, QStringLiteral("town-forwarded")));
    // And at the centre: the case is in the central hall's hands.
    auto held = m_services->database().query(
        QStringLiteral("SELECT s.code FROM applications a JOIN sites s ON s.id = a.holding_site_id "
                       "WHERE a.case_number = ?"),
        {caseNumber});
    QVERIFY(held && held->next());
    QCOMPARE(held->value(0).toString(), QStringLiteral("PZ"));
}

void TestIntakeWorkspace::fillPerson(IntakeWorkspace* workspace, const QString& identifier, const QString& name,
                                     const QString& item)
{
    child<QComboBox>(workspace, "applicantKindCombo")->setFocus();
    press(Qt::Key_Tab); // a person, the first kind
    typeInto(identifier);
    press(Qt::Key_Tab);
    typeInto(name);
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab);
    typeInto(item);
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
}

void TestIntakeWorkspace::receiveWithCountsThenAcceptByKeyboard()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    const QString name = QStringLiteral("次仁·𠮷珍");
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("110105198806060037"));
    press(Qt::Key_Tab);
    typeInto(name);
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Tab);
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    QCOMPARE(QApplication::focusWidget(), materials);
    // The counts start at what the guide asks for: the application form, 1 original and no copy.
    QCOMPARE(materials->item(0, kOriginals)->data(Qt::EditRole).toInt(), 1);
    QCOMPARE(materials->item(0, kCopies)->data(Qt::EditRole).toInt(), 0);
    // The applicant brought 2 originals and 3 copies of it: left to the counts, type, Enter.
    press(Qt::Key_Space);
    press(Qt::Key_Left);
    typeInto(QStringLiteral("3"));
    press(Qt::Key_Return);
    press(Qt::Key_Left);
    typeInto(QStringLiteral("2"));
    press(Qt::Key_Return);
    QCOMPARE(materials->item(0, kOriginals)->data(Qt::EditRole).toInt(), 2);
    QCOMPARE(materials->item(0, kCopies)->data(Qt::EditRole).toInt(), 3);
    QCOMPARE(materials->item(0, kStatus)->data(Qt::UserRole).toString(), QStringLiteral("received"));
    // Of the business licence no copy came (the guide asks for one): the count shows in red.
    press(Qt::Key_Down);
    press(Qt::Key_Right);
    typeInto(QStringLiteral("0"));
    press(Qt::Key_Return);
    QCOMPARE(materials->item(1, kCopies)->data(Qt::EditRole).toInt(), 0);
    QCOMPARE(materials->item(1, kCopies)->foreground().color(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(materials->item(0, kCopies)->foreground().color() != QColor(0xc6, 0x28, 0x28));
    typeInto(QStringLiteral("1"));
    press(Qt::Key_Return);
    QVERIFY(materials->item(1, kCopies)->foreground().color() != QColor(0xc6, 0x28, 0x28));
    press(Qt::Key_Right);
    QCOMPARE(materials->currentColumn(), kStatus);
    for (int row = 1; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    QVERIFY(saveScreenshot(workspace, QStringLiteral("counts")));

    // 收件: examined later; reason, explanation, basis, accept, supplement, do not accept, receive.
    for (int i = 0; i < 7; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(workspace, "receiveButton"));
    press(Qt::Key_Space);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("彭审批收〔")), qPrintable(banner->text()));
    const QString caseNumber = caseNumberIn(banner->text());
    QVERIFY(!caseNumber.isEmpty());
    QVERIFY(saveScreenshot(workspace, QStringLiteral("received")));
    auto state =
        m_services->database().query(QStringLiteral("SELECT state FROM applications WHERE case_number = ?"), {caseNumber});
    QVERIFY(state && state->next());
    QCOMPARE(state->value(0).toString(), QStringLiteral("received"));

    QStringList saved;
    workspace->setSavePathChooser([this, &saved](const QString& suggested) {
        saved.append(m_dir.filePath(suggested));
        return saved.last();
    });
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    const QString receipt = pdfText(saved.first());
    // The row of the application form with its counts as typed: 1, name, 2 originals, 3 copies.
    for (const QString& expected : {QStringLiteral("申请材料接收凭证"), QStringLiteral("彭审批收〔"), caseNumber, name,
                                    QStringLiteral("1食品经营许可申请书23"), QStringLiteral("本凭证不作为受理的凭证")})
        QVERIFY2(receipt.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + receipt));

    // Examined the next morning: Ctrl+R brings the case back with the counts as they were, Ctrl+Enter accepts.
    workspace->clearForm();
    press(Qt::Key_R, Qt::ControlModifier);
    typeInto(caseNumber);
    press(Qt::Key_Return);
    QCOMPARE(child<QLineEdit>(workspace, "applicantNameEdit")->text(), name);
    QCOMPARE(materials->item(0, kOriginals)->data(Qt::EditRole).toInt(), 2);
    QCOMPARE(materials->item(0, kCopies)->data(Qt::EditRole).toInt(), 3);
    const int before = workspace->table()->model()->rowCount();
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(banner->isVisible() && banner->text().contains(QStringLiteral("彭审批受〔")),
             qPrintable(banner->text() + child<QLabel>(workspace, "intakeErrorLabel")->text()));
    QCOMPARE(caseNumberIn(banner->text()), caseNumber);
    QCOMPARE(workspace->table()->model()->rowCount(), before);
    const QStringList printed = printByKeyboard(workspace);
    QCOMPARE(printed.size(), 1);
    const QString notice = pdfText(printed.first());
    for (const QString& expected :
         {QStringLiteral("行政许可受理通知书"), caseNumber, name, QStringLiteral("1食品经营许可申请书23")})
        QVERIFY2(notice.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + notice));
}

void TestIntakeWorkspace::agentIdIsCheckedAtItsField()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    press(Qt::Key_Down); // an organisation, represented by an agent
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("91110000101623741K"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("彭州市示例餐饮有限公司"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "agentNameEdit"));
    typeInto(QStringLiteral("阿卜杜·𠮷力"));
    press(Qt::Key_Tab);
    auto* agentId = child<QLineEdit>(workspace, "agentIdentifierEdit");
    QCOMPARE(QApplication::focusWidget(), agentId);
    // A wrong check character: said as the field is left, the text kept for correcting.
    typeInto(QStringLiteral("110105199208150046"));
    press(Qt::Key_Tab);
    auto* error = child<QLabel>(workspace, "agent_identifierError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("代理人")) || error->text().contains(QStringLiteral("Agent")),
             qPrintable(error->text()));
    QCOMPARE(agentId->text(), QStringLiteral("110105199208150046"));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("bad-agent-id")));
    // Submitting anyway: the service's message at the same field, nothing made.
    const int before = workspace->table()->model()->rowCount();
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(error->isVisible());
    QCOMPARE(QApplication::focusWidget(), agentId);
    QCOMPARE(workspace->table()->model()->rowCount(), before);

    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("110105199208150045"));
    press(Qt::Key_Tab);
    QVERIFY(!error->isVisible());
    child<QTableWidget>(workspace, "materialsTable")->setFocus();
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    auto stored = m_services->database().query(
        QStringLiteral("SELECT agent_name, agent_identifier FROM applications WHERE case_number = ?"),
        {caseNumberIn(banner->text())});
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("阿卜杜·𠮷力"));
    QCOMPARE(stored->value(1).toString(), QStringLiteral("110105199208150045"));
}

void TestIntakeWorkspace::guideShowsFeesAndSpecialProcedures()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    auto* filter = child<QLineEdit>(workspace, "itemFilterEdit");
    auto* guide = child<QTextBrowser>(workspace, "serviceGuide");
    filter->setFocus();
    // By pinyin initials: a fee with its amount and basis.
    typeInto(QStringLiteral("zywjcsdlsp"));
    QString text = guide->toPlainText();
    for (const QString& expected : {QStringLiteral("占用、挖掘城市道路审批"), QStringLiteral("城市道路占用费"),
                                    QStringLiteral("0.50"), QStringLiteral("280.00"), QStringLiteral("城市道路管理条例"),
                                    QStringLiteral("法定"), QStringLiteral("承诺")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    // By name: special procedures, whose time does not count.
    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("建设工程规划许可"));
    text = guide->toPlainText();
    for (const QString& expected : {QStringLiteral("专家评审"), QStringLiteral("听证"), QStringLiteral("15")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("guide-special-procedures")));
    // The guide takes no focus; Page Down in the filter scrolls it to the materials and the legal basis.
    QCOMPARE(QApplication::focusWidget(), filter);
    QCOMPARE(guide->verticalScrollBar()->value(), 0);
    press(Qt::Key_PageDown);
    QVERIFY(guide->verticalScrollBar()->value() > 0);
    QCOMPARE(QApplication::focusWidget(), filter);
    QVERIFY(saveScreenshot(workspace, QStringLiteral("guide-scrolled")));
    press(Qt::Key_PageUp);
    QCOMPARE(guide->verticalScrollBar()->value(), 0);
    // By code: the food licence, free of charge and with no special procedure.
    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("11510182MB1D4D6X2F4000100151001"));
    text = guide->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("食品经营许可")) && !text.contains(QStringLiteral("专家评审")),
             qPrintable(text));
}

void TestIntakeWorkspace::secondWindowMakesNoSecondCase()
{
    // Two windows of the hall have the same applicant's form filled in for the same item.
    IntakeWorkspace* first = openWorkspace();
    QVERIFY(first);
    fillPerson(first, QStringLiteral("510182199311110057"), QStringLiteral("卓玛·𠮷"), QStringLiteral("spjyxk"));
    IntakeWorkspace second(*m_services, m_clerk);
    second.resize(1280, 960);
    second.show();
    second.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&second));
    fillPerson(&second, QStringLiteral("510182199311110057"), QStringLiteral("卓玛·𠮷"), QStringLiteral("spjyxk"));
    const int before = first->table()->model()->rowCount();

    // The second window submits first, twice in a row as a double press would: one case.
    press(Qt::Key_Return, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(&second, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(&second, "intakeErrorLabel")->text()));
    const QString caseNumber = caseNumberIn(banner->text());

    // The first window then: the case is named at the identifier, nothing new is made, nothing typed is lost.
    first->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(first));
    child<QTableWidget>(first, "materialsTable")->setFocus();
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* error = child<QLabel>(first, "applicant_identifierError");
    QVERIFY(error->isVisible());
    QCOMPARE(caseNumberIn(error->text()), caseNumber);
    QCOMPARE(child<QLineEdit>(first, "applicantNameEdit")->text(), QStringLiteral("卓玛·𠮷"));
    QVERIFY(!child<QLabel>(first, "intakeResultLabel")->isVisible());
    first->refresh();
    QCOMPARE(first->table()->model()->rowCount(), before + 1);
    auto count = m_services->database().query(
        QStringLiteral("SELECT count(*) FROM applications a JOIN applicants p ON p.id = a.applicant_id "
                       "WHERE p.identifier = ?"),
        {QStringLiteral("510182199311110057")});
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 1);
    QVERIFY(saveScreenshot(first, QStringLiteral("second-window")));
}

void TestIntakeWorkspace::returningApplicantIsFoundByTheIdentifier()
{
    // 扎西·𠮷 applied for a food licence last week.
    IntakeRequest earlier;
    earlier.requestId = QStringLiteral("earlier-visit-0001");
    earlier.applicantKind = QStringLiteral("person");
    earlier.applicantIdentifier = QStringLiteral("510182197909090012");
    earlier.applicantName = QStringLiteral("扎西·𠮷");
    earlier.applicantPhone = QStringLiteral("13900000002");
    earlier.applicantAddress = QStringLiteral("彭州市天彭街道金彭西路8号");
    earlier.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001");
    earlier.outcome = IntakeOutcome::Supplement;
    const auto taken = m_services->intake().submit(m_clerk, earlier);
    QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));

    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    press(Qt::Key_Tab); // a person
    typeInto(QStringLiteral("510182197909090012"));
    auto* name = child<QLineEdit>(workspace, "applicantNameEdit");
    QCOMPARE(name->text(), QStringLiteral("扎西·𠮷"));
    QCOMPARE(child<QLineEdit>(workspace, "applicantPhoneEdit")->text(), QStringLiteral("13900000002"));
    QCOMPARE(child<QLineEdit>(workspace, "applicantAddressEdit")->text(), QStringLiteral("彭州市天彭街道金彭西路8号"));
    auto* known = child<QLabel>(workspace, "knownApplicantLabel");
    QVERIFY(known->isVisible());
    QVERIFY(known->text().contains(QStringLiteral("扎西·𠮷")));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("returning-applicant")));
    // The phone changed: Tab selects what is there, and what is typed replaces it.
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), name);
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("13900000003"));
    QCOMPARE(child<QLineEdit>(workspace, "applicantPhoneEdit")->text(), QStringLiteral("13900000003"));
    QCOMPARE(name->text(), QStringLiteral("扎西·𠮷"));
    // A new applicant fills in nothing.
    workspace->clearForm();
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("510182198503030022"));
    QVERIFY(name->text().isEmpty());
    QVERIFY(!known->isVisible());
}

QTEST_MAIN(TestIntakeWorkspace)
#include "tst_intakeworkspace.moc"
