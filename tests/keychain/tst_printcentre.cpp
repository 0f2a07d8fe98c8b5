#include "core/creditcode.h"
#include "core/masking.h"
#include "db/database.h"
#include "filteredtable.h"
#include "intaketestsupport.h"
#include "licenceissuedialog.h"
#include "print/documentrenderer.h"
#include "printcentreworkspace.h"
#include "printqueuemodel.h"
#include "reprintdialog.h"
#include "security/passwordhasher.h"
#include "services/eventstore.h"
#include "services/intakeservice.h"
#include "services/reviewservice.h"
#include "services/services.h"
#include "services/setup.h"
#include "translators.h"
#include "verifypage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");
// Friday 2026-11-27, 09:30 China Standard Time.
const QDateTime kNow(QDate(2026, 11, 27), QTime(1, 30), Qt::UTC);
const QString kPassword = QStringLiteral("Demo#2026");
const QString kFoodItem = QStringLiteral("11510182MB1D4D6X2F4000100151001");
const QString kHolder = QStringLiteral("彭州市天府餐饮管理有限公司");

QtMessageHandler g_testLog = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    g_testLog(type, context, message);
}

/// Where the keyboard types: the focused input of the dialog the test waits on, or else the focus widget. Inside
/// the keyring session the offscreen platform left the window-modal dialogs unexposed and never active, so the
/// keys go to the dialog's own focus widget, which Tab moves as it would on a screen.
QPointer<QWidget> g_dialog;

QWidget* keyTarget()
{
    if (g_dialog && g_dialog->isVisible())
        return g_dialog->focusWidget() ? g_dialog->focusWidget() : g_dialog.data();
    return QApplication::focusWidget();
}

/// Types @p text into the focused widget; Chinese characters arrive as an input method sends them.
void typeInto(const QString& text)
{
    for (const QChar c : text) {
        QWidget* widget = keyTarget();
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(), key, modifiers);
}

template <typename T> T* child(QObject* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

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

/// The page as a 200 dpi scan, as a verifier's scanner makes it; returns the PNG's path.
QString scan(const QString& pdf)
{
    const QString base = pdf.chopped(4) + QStringLiteral("-scan");
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                               QStringLiteral("-singlefile"), pdf, base});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return base + QStringLiteral(".png");
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

/// Any run of three or more Latin letters: English left in the Chinese interface (codes like OS1 excepted).
bool hasEnglish(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return word.match(text).hasMatch();
}

} // namespace

/// The seal keeper's print centre at the keyboard, in Chinese, against a real keyring: a granted case is issued,
/// previewed and printed to PDF; the PDF is read back with pdftotext and its QR code decoded with zxing-cpp and
/// verified in the verify screen as a scanner types it; a reprint is refused without a second person.
class TestPrintCentre final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void issuePreviewPrintAndVerifyByKeyboard();
    void reprintNeedsASecondPersonAndVoidToo();
    void batchPrintsASelectionOntoNumberedSheets();
    void verifyScreenSaysForgedAndReadsImages();
    void noticesWaitForTheSealBesideLicences();
    void noticePrintedAtTheCounterLeavesTheQueue();
    void cancellingABatchKeepsWhatPrintedAndTheRestWaiting();
    void f5RefreshesTheQueue();

private:
    Session session(const QString& username);
    QString approvedCase(const QString& caseNumber);
    QString issueAndPrint(const QString& caseNumber, const QString& pdf = {});
    QStringList issueLicences(int count, const QString& casePrefix);
    QString acceptAtTheCounter(int n, QString* noticeId);
    QList<QStringList> noticePrints(const QString& noticeId);
    PrintCentreWorkspace* open();
    void findInQueue(const QString& text);
    bool reactivate();
    bool activate(QWidget* dialog);

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
    Session m_keeper;
    std::unique_ptr<QObject> m_testers;
    std::unique_ptr<PrintCentreWorkspace> m_workspace;
    QStringList m_printed; ///< the PDF files the print dialog was asked for
};

void TestPrintCentre::initTestCase()
{
    g_testLog = qInstallMessageHandler(quietOffscreen);
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PasswordHasher::initialise());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/keyring-session.sh");
    QVERIFY(installTranslators(defaultUiLanguage()));
    QLocale::setDefault(QLocale(defaultUiLanguage()));
    QVERIFY(QDir().mkpath(kOutput));
    m_template = m_templateDir.filePath(QStringLiteral("demo.oneseal"));
    auto services = Services::open(m_template, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    QVERIFY(services.ok());
    const Status demo = Setup::createDemo(**services);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    const Session secadmin = (*services)->accounts().sessionFor(QStringLiteral("secadmin")).value();
    QVERIFY((*services)->licences().generateSealKey(secadmin, QStringLiteral("PZ-XZSP")).ok());
}

void TestPrintCentre::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("test.oneseal"));
    QVERIFY(QFile::copy(m_template, path));
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = Services::open(path, OpenMode::ReadWrite, m_clock);
    QVERIFY(services.ok());
    m_services = std::move(services).value();
    m_keeper = session(QStringLiteral("sealkeeper"));
    m_printed.clear();
}

void TestPrintCentre::cleanup()
{
    m_testers.reset();
    m_workspace.reset();
    m_services.reset();
    m_dir.reset();
}

Session TestPrintCentre::session(const QString& username)
{
    return m_services->accounts().sessionFor(username).value();
}

QString TestPrintCentre::approvedCase(const QString& caseNumber)
{
    ApplicationRecord r;
    r.caseNumber = caseNumber;
    r.itemCode = kFoodItem;
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
    r.applicantName = kHolder;
    r.state = ApplicationState::Approved;
    r.receivedOn = QDate(2026, 11, 2);
    r.acceptedOn = QDate(2026, 11, 2);
    r.dueDate = QDate(2026, 11, 30);
    r.acceptedBy = session(QStringLiteral("clerk")).userId;
    r.decidedBy = session(QStringLiteral("approver")).userId;
    r.decidedOn = QDate(2026, 11, 20);
    const auto id = m_services->applications().record(session(QStringLiteral("clerk")), r);
    return id ? caseNumber : QString();
}

/// A licence issued and printed through the service, as yesterday's work left it; to @p pdf when given.
QString TestPrintCentre::issueAndPrint(const QString& caseNumber, const QString& pdf)
{
    LicenceIssueRequest request;
    request.caseNumber = approvedCase(caseNumber);
    request.sealCode = QStringLiteral("PZ-XZSP");
    request.templateName = QStringLiteral("food_business_licence");
    request.validUntil = QDate(2031, 11, 26);
    for (const char* key : {"legal_representative", "address", "premises", "business_type", "business_scope",
                            "supervising_agency", "supervisor_names", "signatory"})
        request.fields.insert(QString::fromLatin1(key), QStringLiteral("彭州"));
    const auto issued = m_services->licences().issue(m_keeper, request);
    if (!issued)
        return {};
    const auto printed = m_services->licences().print(
        m_keeper, {issued->serial, pdf.isEmpty() ? QStringLiteral("HP-C01") : pdf, 1, {}},
        [&pdf](const LicencePrintJob& job) -> Status {
            if (pdf.isEmpty())
                return {};
            const auto layout = DocumentRenderer::load(job.templateName);
            return layout ? DocumentRenderer::renderPdf(*layout, job.fields, pdf) : Status(layout.error());
        });
    return printed ? issued->serial : QString();
}

/// @p count licences issued and waiting for print, for cases @p casePrefix + 1, 2 …; returns their serials.
QStringList TestPrintCentre::issueLicences(int count, const QString& casePrefix)
{
    QStringList serials;
    for (int i = 1; i <= count; ++i) {
        LicenceIssueRequest request;
        request.caseNumber = approvedCase(casePrefix + QString::number(i));
        request.sealCode = QStringLiteral("PZ-XZSP");
        request.templateName = QStringLiteral("food_business_licence");
        request.validUntil = QDate(2031, 11, 26);
        for (const char* key : {"legal_representative", "address", "premises", "business_type", "business_scope",
                                "supervising_agency", "supervisor_names", "signatory"})
            request.fields.insert(QString::fromLatin1(key), QStringLiteral("测试%1").arg(i));
        const auto issued = m_services->licences().issue(m_keeper, request);
        if (!issued) {
            qWarning() << "licence" << i << "not issued:" << issued.error().message;
            return {};
        }
        serials.append(issued->serial);
    }
    return serials;
}

/// An application for the food business licence accepted at the counter, as the clerk does it; the acceptance
/// notice's id goes to @p noticeId. Returns the case number.
QString TestPrintCentre::acceptAtTheCounter(int n, QString* noticeId)
{
    IntakeRequest r;
    r.requestId = QStringLiteral("printcentre-%1").arg(n);
    r.applicantKind = QStringLiteral("organisation");
    const QString body = QStringLiteral("9151018200%1").arg(n, 7, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + CreditCode::checkCharacter(body);
    r.applicantName = kHolder;
    r.itemCode = kFoodItem;
    r.materials = IntakeTesting::received(IntakeTesting::kFoodMaterials);
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(session(QStringLiteral("clerk")), r);
    if (!result)
        return {};
    *noticeId = result->noticeId;
    return result->caseNumber;
}

/// The register's prints of notice @p noticeId, in print-number order: number, printer, user, copies, succeeded.
QList<QStringList> TestPrintCentre::noticePrints(const QString& noticeId)
{
    auto q = m_services->store().database().query(
        QStringLiteral("SELECT p.print_number, p.printer, u.username, p.copies, p.succeeded FROM notice_prints p "
                       "JOIN users u ON u.id = p.printed_by WHERE p.notice_id = ? ORDER BY p.print_number"),
        {noticeId});
    QList<QStringList> rows;
    while (q && q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString()});
    return rows;
}

PrintCentreWorkspace* TestPrintCentre::open()
{
    m_workspace = std::make_unique<PrintCentreWorkspace>(*m_services, m_keeper);
    m_testers = std::make_unique<QObject>();
    new QAbstractItemModelTester(m_workspace->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_testers.get());
    const QList<QAbstractItemModel*> models{m_workspace->queueProxy(), m_workspace->sheetsTable()->model(),
                                            m_workspace->sheetsTable()->proxy()};
    for (QAbstractItemModel* model : models)
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_testers.get());
    m_workspace->setPrinterChooser([this](QPrinter& printer, const QString&) {
        const QString file = m_dir->filePath(QStringLiteral("printed-%1.pdf").arg(m_printed.size() + 1));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        m_printed.append(file);
        return true;
    });
    m_workspace->resize(1280, 800);
    m_workspace->show();
    m_workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(m_workspace.get()))
        return nullptr;
    m_workspace->queueView()->setFocus();
    return m_workspace.get();
}

/// Gives the workspace the keyboard back after a dialog closed, as the window manager does.
/// Waits until @p dialog is up and takes the keys.
bool TestPrintCentre::activate(QWidget* dialog)
{
    g_dialog = dialog;
    return QTest::qWaitFor([dialog] { return dialog->isVisible(); });
}

/// Gives the workspace the keyboard back after a dialog closed, as the window manager does.
bool TestPrintCentre::reactivate()
{
    if (QApplication::activeWindow() != m_workspace.get())
        m_workspace->activateWindow();
    return QTest::qWaitForWindowActive(m_workspace.get());
}

void TestPrintCentre::findInQueue(const QString& text)
{
    press(Qt::Key_F, Qt::ControlModifier);
    typeInto(text);
    press(Qt::Key_Down);
}

void TestPrintCentre::issuePreviewPrintAndVerifyByKeyboard()
{
    const QString caseNumber = approvedCase(QStringLiteral("PZ-20261120-0101"));
    QVERIFY(!caseNumber.isEmpty());
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);

    // The granted case waits for its licence.
    findInQueue(caseNumber);
    QCOMPARE(workspace->queueView()->currentIndex().data(PrintQueueModel::CaseNumberRole).toString(), caseNumber);
    QCOMPARE(workspace->queueView()->currentIndex().siblingAtColumn(PrintQueueModel::StageColumn).data().toString(),
             QStringLiteral("待发证"));
    QVERIFY(workspace->previewImage().isNull());

    // Enter on the row issues its licence: the template's own particulars, labelled as the licence prints them.
    press(Qt::Key_Return);
    auto* dialog = workspace->findChild<LicenceIssueDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    const QList<std::pair<QString, QString>> particulars{
        {QStringLiteral("legal_representative"), QStringLiteral("欧阳祥")},
        {QStringLiteral("address"), QStringLiteral("四川省彭州市天彭街道南大街18号")},
        {QStringLiteral("premises"), QStringLiteral("四川省彭州市天彭街道南大街18号1栋1层")},
        {QStringLiteral("business_type"), QStringLiteral("餐饮服务经营者（中型餐馆）")},
        {QStringLiteral("business_scope"), QStringLiteral("热食类食品制售；冷食类食品制售")},
        {QStringLiteral("supervising_agency"), QStringLiteral("彭州市市场监督管理局天彭市场监督管理所")},
        {QStringLiteral("supervisor_names"), QStringLiteral("赵敏、孙强")},
        {QStringLiteral("signatory"), QStringLiteral("陈静")},
    };
    for (const auto& [key, value] : particulars) {
        // Reading order: each particular follows the one before it.
        QCOMPARE(keyTarget()->objectName(), QStringLiteral("field_") + key);
        typeInto(value);
        press(Qt::Key_Tab);
    }
    QVERIFY(dialog->findChild<QLabel*>()); // labelled
    bool premisesLabelled = false;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        premisesLabelled = premisesLabelled || label->text() == QStringLiteral("经营场所：");
    QVERIFY(premisesLabelled);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("printcentre-issue.png"), "PNG"));
    QVERIFY2(!hasEnglish(dialog->windowTitle()), qPrintable(dialog->windowTitle()));
    press(Qt::Key_Return); // on the Issue button, which follows the last particular
    QTRY_VERIFY(!workspace->findChild<LicenceIssueDialog*>());
    QVERIFY(reactivate());

    // The issued licence is selected with its preview, marked as a draft.
    const QModelIndex current = workspace->queueView()->currentIndex();
    const QString serial = current.data(PrintQueueModel::SerialRole).toString();
    QCOMPARE(serial, QStringLiteral("5101820000001-2026-000001"));
    QCOMPARE(current.siblingAtColumn(PrintQueueModel::StageColumn).data().toString(), QStringLiteral("待打印"));
    const QImage preview = workspace->previewImage();
    QVERIFY(!preview.isNull());
    QVERIFY(preview.width() > 300);
    QVERIFY(child<QLabel>(workspace, "previewCaption")->text().contains(QStringLiteral("草稿")));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-preview.png"), "PNG"));

    // Onto security paper sheet SC-000101, through the print dialog (here: to a PDF file).
    auto* stock = child<QLineEdit>(workspace, "stockEdit");
    stock->setFocus();
    typeInto(QStringLiteral("SC-000101"));
    workspace->queueView()->setFocus();
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(reactivate()); // the progress dialog had the focus
    QCOMPARE(m_printed.size(), 1);
    const QString pdf = m_printed.first();
    QVERIFY(QFileInfo::exists(pdf));
    QCOMPARE(stock->text(), QStringLiteral("SC-000102")); // the next sheet of the stack
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("食品经营许可证"), serial, kHolder, QStringLiteral("四川省彭州市天彭街道南大街18号1栋1层"),
          QStringLiteral("陈静"), QStringLiteral("第1次打印"), caseNumber})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    QVERIFY2(!text.contains(QStringLiteral("草稿")), "the print is final, without the draft watermark");
    QFile::copy(pdf, kOutput + QStringLiteral("printcentre-licence.pdf"));
    const QString png = scan(pdf);
    QVERIFY(!png.isEmpty());
    const QString code = decodeQr(png);
    QVERIFY2(code.startsWith(QStringLiteral("OS1:")), qPrintable(code));
    // Printed, it leaves the queue of work waiting; the sheet is accounted for at the keeper's window.
    QCOMPARE(m_workspace->queueModel()->rowOf(caseNumber, serial), -1);
    QVERIFY(child<QLabel>(workspace, "printCentreMessage")->text().contains(serial));
    QCOMPARE(workspace->sheetsTable()->model()->rowCount(), 1);
    QCOMPARE(workspace->sheetsTable()->model()->index(0, 0).data().toString(), QStringLiteral("SC-000101"));
    QVERIFY(child<QLabel>(workspace, "reconciliationLabel")->text().contains(QStringLiteral("1")));

    // The verify screen, as a keyboard-wedge scanner types the code and Enter.
    press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    VerifyPage* verify = workspace->verifyPage();
    QTRY_VERIFY(verify->isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scanEdit"));
    typeInto(code);
    press(Qt::Key_Return);
    QVERIFY(verify->lastVerification().genuine);
    QCOMPARE(verify->lastVerification().state, LicenceState::Valid);
    const QString verdict = child<QLabel>(verify, "verifyVerdictLabel")->text();
    QVERIFY2(verdict.contains(QStringLiteral("真")) && verdict.contains(QStringLiteral("有效")), qPrintable(verdict));
    QVERIFY(child<QLabel>(verify, "verifyVerdictLabel")->styleSheet().contains(QStringLiteral("#2e7d32")));
    const QString details = child<QLabel>(verify, "verifyDetailsLabel")->text();
    QVERIFY(details.contains(serial));
    QVERIFY(details.contains(maskIdentifier(QStringLiteral("91350100M000100Y43"))));
    QVERIFY(QApplication::focusWidget()->objectName() == u"scanEdit"); // ready for the next licence
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-verify.png"), "PNG"));
}

void TestPrintCentre::reprintNeedsASecondPersonAndVoidToo()
{
    const QString serial = issueAndPrint(QStringLiteral("PZ-20261120-0201"));
    QVERIFY(!serial.isEmpty());
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    QCOMPARE(workspace->queueModel()->rowOf({}, serial), -1); // printed: not waiting
    press(Qt::Key_H, Qt::ControlModifier);                    // show the printed ones too
    QVERIFY(workspace->queueModel()->rowOf({}, serial) >= 0);
    findInQueue(serial);
    QCOMPARE(workspace->queueView()->currentIndex().data(PrintQueueModel::SerialRole).toString(), serial);

    press(Qt::Key_R, Qt::ControlModifier);
    auto* dialog = workspace->findChild<ReprintDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    press(Qt::Key_Tab); // from the action (reprint) to the reason
    typeInto(QStringLiteral("持证人遗失"));
    press(Qt::Key_Return); // no second person
    QVERIFY2(dialog->isVisible(), "a reprint without a second person must not go through");
    QVERIFY(child<QLabel>(dialog, "second_personError")->isVisible());
    const QString refused = child<QLabel>(dialog, "second_personError")->text();
    QVERIFY2(refused.contains(QStringLiteral("第二人")), qPrintable(refused));
    QVERIFY(m_printed.isEmpty()); // nothing reached the printer dialog, let alone paper
    QCOMPARE(m_services->licences().printState(serial, 2).value(), LicenceState::Unregistered);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("printcentre-reprint-refused.png"), "PNG"));
    QVERIFY2(!hasEnglish(refused), qPrintable(refused));

    // The same seal keeper cannot be their own second person.
    child<QLineEdit>(dialog, "secondUserEdit")->setFocus();
    typeInto(QStringLiteral("sealkeeper"));
    press(Qt::Key_Tab);
    typeInto(kPassword);
    press(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_printed.isEmpty());

    // An approver confirms with their own password: the reprint goes to the printer as print 2.
    auto* user = child<QLineEdit>(dialog, "secondUserEdit");
    user->setFocus();
    user->selectAll();
    typeInto(QStringLiteral("approver"));
    press(Qt::Key_Tab);
    typeInto(kPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<ReprintDialog*>());
    QVERIFY(reactivate());
    QCOMPARE(m_printed.size(), 1);
    QVERIFY(pdfText(m_printed.first()).contains(QStringLiteral("第2次打印")));
    QCOMPARE(m_services->licences().printState(serial, 1).value(), LicenceState::Superseded);
    QCOMPARE(m_services->licences().printState(serial, 2).value(), LicenceState::Valid);

    // Void, in the same dialog, with another confirmation.
    findInQueue(serial);
    press(Qt::Key_R, Qt::ControlModifier);
    dialog = workspace->findChild<ReprintDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    press(Qt::Key_Down); // 作废
    QCOMPARE(child<QComboBox>(dialog, "actionCombo")->currentIndex(), 1);
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("信息有误"));
    press(Qt::Key_Tab);
    QVERIFY(keyTarget()->objectName() != u"reprintStockEdit"); // a void uses no sheet
    child<QLineEdit>(dialog, "secondUserEdit")->setFocus();
    typeInto(QStringLiteral("approver"));
    press(Qt::Key_Tab);
    typeInto(kPassword);
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<ReprintDialog*>());
    QVERIFY(reactivate());
    QCOMPARE(m_services->licences().printState(serial, 2).value(), LicenceState::Void);
    const int row = workspace->queueModel()->rowOf({}, serial);
    QVERIFY(row >= 0);
    QCOMPARE(workspace->queueModel()->index(row, PrintQueueModel::StageColumn).data().toString(),
             QStringLiteral("已作废"));
    QCOMPARE(m_printed.size(), 1); // a void prints nothing
}

void TestPrintCentre::batchPrintsASelectionOntoNumberedSheets()
{
    const QStringList serials = issueLicences(3, QStringLiteral("PZ-20261120-030"));
    QCOMPARE(serials.size(), 3);
    // A sheet spoiled in the jam earlier this morning.
    QVERIFY(
        m_services->licences().recordSpoiledSheet(m_keeper, QStringLiteral("SC-000300"), QStringLiteral("卡纸")).ok());
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    findInQueue(QStringLiteral("5101820000001-2026"));
    QCOMPARE(workspace->queueProxy()->rowCount(), 3);
    press(Qt::Key_A, Qt::ControlModifier);
    child<QLineEdit>(workspace, "stockEdit")->setFocus();
    typeInto(QStringLiteral("SC-000301"));
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(reactivate());         // the progress dialog had the focus
    QCOMPARE(m_printed.size(), 1); // one print dialog for the batch
    for (int i = 0; i < 3; ++i) {
        const QString pdf = m_dir->filePath(QStringLiteral("printed-1-%1.pdf").arg(serials.at(i)));
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
        QVERIFY(pdfText(pdf).contains(serials.at(i)));
    }
    QCOMPARE(workspace->queueProxy()->rowCount(), 0);
    const auto sheets = m_services->licences().sheets(m_keeper);
    QVERIFY(sheets.ok());
    QStringList numbers;
    for (const SheetUse& sheet : *sheets)
        numbers.append(sheet.stockNumber + u' ' + sheet.use + u' ' + sheet.serial);
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("SC-000300 spoiled "), QStringLiteral("SC-000301 printed ") + serials.at(0),
                          QStringLiteral("SC-000302 printed ") + serials.at(1),
                          QStringLiteral("SC-000303 printed ") + serials.at(2)}));
    QCOMPARE(workspace->sheetsTable()->model()->rowCount(), 4);
    const QString reconciliation = child<QLabel>(workspace, "reconciliationLabel")->text();
    QVERIFY2(reconciliation.contains(QStringLiteral("3")) && reconciliation.contains(QStringLiteral("4")),
             qPrintable(reconciliation));
    QVERIFY2(!hasEnglish(reconciliation), qPrintable(reconciliation));

    // A sheet missing from the run is flagged until it is recorded.
    QVERIFY(
        m_services->licences().recordSpoiledSheet(m_keeper, QStringLiteral("SC-000305"), QStringLiteral("污损")).ok());
    press(Qt::Key_K, Qt::ControlModifier); // to the security paper tab
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("spoiledStockEdit"));
    workspace->refreshQueue();
    QVERIFY(child<QLabel>(workspace, "reconciliationLabel")->text().contains(QStringLiteral("SC-000304")));
    typeInto(QStringLiteral("SC-000304"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("打印偏移"));
    press(Qt::Key_Return);
    QVERIFY(!child<QLabel>(workspace, "reconciliationLabel")->text().contains(QStringLiteral("SC-000304")));
    QCOMPARE(workspace->sheetsTable()->model()->rowCount(), 6);
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-sheets.png"), "PNG"));
}

void TestPrintCentre::verifyScreenSaysForgedAndReadsImages()
{
    // A licence printed yesterday; its sheet scanned at 200 dpi and opened as an image (Ctrl+O).
    const QString pdf = m_dir->filePath(QStringLiteral("yesterday.pdf"));
    const QString serial = issueAndPrint(QStringLiteral("PZ-20261120-0401"), pdf);
    QVERIFY(!serial.isEmpty());
    const QString png = scan(pdf);
    QVERIFY(!png.isEmpty());
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    VerifyPage* verify = workspace->verifyPage();
    QString chosen = png;
    verify->setImageChooser([&chosen] { return chosen; });
    press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(verify->isVisible());
    press(Qt::Key_O, Qt::ControlModifier);
    QVERIFY(verify->lastVerification().genuine);
    QCOMPARE(verify->lastVerification().state, LicenceState::Valid);
    QCOMPARE(verify->lastVerification().claims.serial, serial);
    const QString code = decodeQr(png);
    QVERIFY(code.startsWith(QStringLiteral("OS1:")));

    // Revoked by an approver's decision: the same sheet now says so, in red.
    QVERIFY(m_services->licences()
                .revoke(session(QStringLiteral("approver")), serial, QStringLiteral("彭市监罚〔2026〕12号"))
                .ok());
    press(Qt::Key_O, Qt::ControlModifier);
    QVERIFY(verify->lastVerification().genuine);
    QCOMPARE(verify->lastVerification().state, LicenceState::Revoked);
    auto* verdict = child<QLabel>(verify, "verifyVerdictLabel");
    QVERIFY2(verdict->text().contains(QStringLiteral("撤销")), qPrintable(verdict->text()));
    QVERIFY(verdict->styleSheet().contains(QStringLiteral("#b71c1c")));
    QVERIFY(child<QLabel>(verify, "verifyDetailsLabel")->text().contains(QStringLiteral("彭市监罚〔2026〕12号")));

    // One character changed in the scanned text: forged, in red, with why.
    QString tampered = code;
    const qsizetype at = tampered.size() / 2;
    tampered[at] = tampered.at(at) == u'A' ? u'B' : u'A';
    typeInto(tampered);
    press(Qt::Key_Return);
    QVERIFY(!verify->lastVerification().genuine);
    QVERIFY2(verdict->text().contains(QStringLiteral("伪造")), qPrintable(verdict->text()));
    QVERIFY(verdict->styleSheet().contains(QStringLiteral("#b71c1c")));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-forged.png"), "PNG"));
    QVERIFY2(!hasEnglish(verdict->text()), qPrintable(verdict->text()));

    // An image without a code is not a verdict at all.
    QImage blank(400, 400, QImage::Format_RGB32);
    blank.fill(Qt::white);
    chosen = m_dir->filePath(QStringLiteral("blank.png"));
    QVERIFY(blank.save(chosen));
    press(Qt::Key_O, Qt::ControlModifier);
    QVERIFY2(verdict->text().contains(QStringLiteral("未核验")), qPrintable(verdict->text()));
    QVERIFY(child<QLabel>(verify, "verifyDetailsLabel")->text().contains(QStringLiteral("二维码")));
}

void TestPrintCentre::noticesWaitForTheSealBesideLicences()
{
    // Accepted at the counter this morning (受理通知书), reviewed and granted (准予行政许可决定书).
    QString acceptanceId;
    const QString caseNumber = acceptAtTheCounter(1, &acceptanceId);
    QVERIFY(!caseNumber.isEmpty());
    const Session reviewer = session(QStringLiteral("reviewer"));
    const Session approver = session(QStringLiteral("approver"));
    QVERIFY(m_services->review().claim(reviewer, caseNumber).ok());
    QVERIFY(m_services->review()
                .recordOpinion(reviewer, caseNumber, {QStringLiteral("经审查，申请材料真实，经营场所符合要求。"), true, false, {}})
                .ok());
    QVERIFY(m_services->review().claim(approver, caseNumber).ok());
    const auto decisionId = m_services->review().decide(approver, caseNumber, true, QStringLiteral("符合条件"));
    QVERIFY2(decisionId.ok(), decisionId.ok() ? "" : qPrintable(decisionId.error().message));
    const QString acceptanceNumber = m_services->intake().notice(acceptanceId)->documentNumber;
    const QString decisionNumber = m_services->intake().notice(*decisionId)->documentNumber;

    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    findInQueue(caseNumber);
    // Three documents of the case wait: the two notices to print and the licence to issue, each named.
    QCOMPARE(workspace->queueProxy()->rowCount(), 3);
    QStringList kinds;
    for (int row = 0; row < 3; ++row)
        kinds.append(workspace->queueProxy()->index(row, PrintQueueModel::KindColumn).data().toString() + u'/' +
                     workspace->queueProxy()->index(row, PrintQueueModel::StageColumn).data().toString());
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("准予行政许可决定书/待打印"), QStringLiteral("行政许可受理通知书/待打印"),
                                 QStringLiteral("食品经营许可证/待发证")}));
    QCOMPARE(workspace->queueModel()->headerData(PrintQueueModel::KindColumn, Qt::Horizontal).toString(),
             QStringLiteral("文书"));

    // The kind filter: notices and decisions only.
    auto* kindFilter = child<QComboBox>(workspace, "documentKindFilter");
    kindFilter->setFocus();
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(kindFilter->currentText(), QStringLiteral("通知书和决定书"));
    QCOMPARE(workspace->queueProxy()->rowCount(), 2);
    workspace->queueView()->setFocus();
    const int acceptanceRow = workspace->queueModel()->rowOfNotice(acceptanceId);
    QVERIFY(acceptanceRow >= 0);
    workspace->queueView()->setCurrentIndex(
        workspace->queueProxy()->mapFromSource(workspace->queueModel()->index(acceptanceRow, 0)));
    QCOMPARE(workspace->queueView()->currentIndex().siblingAtColumn(PrintQueueModel::SerialColumn).data().toString(),
             acceptanceNumber);

    // The preview is the notice as issued, marked 草稿: the same page without the watermark differs.
    const QImage preview = workspace->previewImage();
    QVERIFY(!preview.isNull());
    const QString caption = child<QLabel>(workspace, "previewCaption")->text();
    QVERIFY2(caption.contains(QStringLiteral("草稿")) && caption.contains(acceptanceNumber), qPrintable(caption));
    const auto notice = m_services->intake().notice(acceptanceId);
    const auto layout = DocumentRenderer::load(notice->kind);
    QVERIFY(layout.ok());
    const int dpi = qRound(preview.width() / layout->pageLayout.fullRect(QPageLayout::Inch).width());
    const auto finalPage = DocumentRenderer::renderImage(*layout, notice->fields, dpi);
    QVERIFY(finalPage.ok());
    QCOMPARE(finalPage->size(), preview.size());
    QVERIFY(finalPage->convertToFormat(QImage::Format_RGB32) != preview.convertToFormat(QImage::Format_RGB32));
    QVERIFY(preview.save(kOutput + QStringLiteral("printcentre-notice-preview.png"), "PNG"));
    QTest::qWait(50); // the preview pane lays the page out
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-notices.png"), "PNG"));

    // Both notices in one run: one file each, final (no watermark), and no security paper used.
    child<QLineEdit>(workspace, "stockEdit")->setText(QStringLiteral("SC-000501"));
    workspace->queueView()->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(reactivate());
    QCOMPARE(m_printed.size(), 1);
    for (const auto& [kind, number] : {std::pair{QStringLiteral("acceptance_notice"), acceptanceNumber},
                                       std::pair{QStringLiteral("grant_decision"), decisionNumber}}) {
        const QString pdf = m_dir->filePath(QStringLiteral("printed-1-%1-%2.pdf").arg(caseNumber, kind));
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(number) && text.contains(caseNumber), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("草稿")), "the print is final, without the draft watermark");
        QFile::copy(pdf, kOutput + QStringLiteral("printcentre-%1.pdf").arg(kind));
    }
    QCOMPARE(child<QLineEdit>(workspace, "stockEdit")->text(), QStringLiteral("SC-000501"));
    QVERIFY(m_services->licences().sheets(m_keeper)->isEmpty());
    QCOMPARE(workspace->queueProxy()->rowCount(), 0); // printed: no longer waiting
    const QString message = child<QLabel>(workspace, "printCentreMessage")->text();
    QVERIFY2(message.contains(acceptanceNumber) && message.contains(decisionNumber), qPrintable(message));
    QVERIFY2(!hasEnglish(message), qPrintable(message));

    // Recorded as a licence's print is: printer, person, copies, success; the numbers are the issued ones.
    const QString printer = QStringLiteral("PDF:") + m_dir->filePath(QStringLiteral("printed-1-%1-acceptance_notice.pdf")
                                                                         .arg(caseNumber));
    QCOMPARE(noticePrints(acceptanceId),
             (QList<QStringList>{{QStringLiteral("1"), printer, QStringLiteral("sealkeeper"), QStringLiteral("1"),
                                  QStringLiteral("1")}}));
    QCOMPARE(noticePrints(*decisionId).size(), 1);
    QCOMPARE(m_services->intake().notice(acceptanceId)->documentNumber, acceptanceNumber);

    // A copy for the file: Ctrl+H lists printed notices, Ctrl+R prints one again as its print 2.
    press(Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(workspace->queueProxy()->rowCount(), 2);
    const QModelIndex printedRow =
        workspace->queueProxy()->mapFromSource(workspace->queueModel()->index(
            workspace->queueModel()->rowOfNotice(acceptanceId), PrintQueueModel::StageColumn));
    QCOMPARE(printedRow.data().toString(), QStringLiteral("已打印"));
    workspace->queueView()->setCurrentIndex(printedRow);
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(reactivate());
    QCOMPARE(m_printed.size(), 2);
    QVERIFY(pdfText(m_printed.last()).contains(acceptanceNumber));
    const auto prints = noticePrints(acceptanceId);
    QCOMPARE(prints.size(), 2);
    QCOMPARE(prints.last().first(), QStringLiteral("2"));

    // A notice issued after this one takes the next number of its kind: printing used none.
    QString laterId;
    const QString later = acceptAtTheCounter(2, &laterId);
    QVERIFY(!later.isEmpty());
    const QString laterNumber = m_services->intake().notice(laterId)->documentNumber;
    static const QRegularExpression number(QStringLiteral("^(.*〕)(\\d+)号$"));
    const auto first = number.match(acceptanceNumber);
    const auto next = number.match(laterNumber);
    QVERIFY2(first.hasMatch() && next.hasMatch(), qPrintable(acceptanceNumber + u' ' + laterNumber));
    QCOMPARE(next.captured(1), first.captured(1));
    QCOMPARE(next.captured(2).toInt(), first.captured(2).toInt() + 1);

    // Another site's seal keeper neither lists nor prints this site's notices.
    const Session townKeeper = session(QStringLiteral("sealkeeper.lc"));
    const auto townQueue = m_services->licences().printQueue(townKeeper, true);
    QVERIFY(townQueue.ok());
    for (const PrintQueueEntry& entry : *townQueue)
        QVERIFY(entry.noticeId != laterId);
    const auto foreign =
        m_services->licences().printNotice(townKeeper, {laterId, QStringLiteral("HP-LC01"), 1}, {});
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().code, QStringLiteral("notice.foreign_site"));
    QVERIFY(noticePrints(laterId).isEmpty());

    // A jammed print is recorded as failed under its print number, and the notice keeps waiting.
    const auto jammed = m_services->licences().printNotice(
        m_keeper, {laterId, QStringLiteral("HP-C01"), 2},
        [](const NoticePrintJob&) -> Status { return makeError(QStringLiteral("print.jam"), QStringLiteral("卡纸")); });
    QVERIFY(!jammed.ok());
    QCOMPARE(noticePrints(laterId), (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("HP-C01"),
                                                          QStringLiteral("sealkeeper"), QStringLiteral("2"),
                                                          QStringLiteral("0")}}));
    press(Qt::Key_F5);
    QVERIFY(workspace->queueModel()->rowOfNotice(laterId) >= 0);
    const int laterRow = workspace->queueModel()->rowOfNotice(laterId);
    QCOMPARE(workspace->queueModel()->index(laterRow, PrintQueueModel::StageColumn).data().toString(),
             QStringLiteral("待打印"));
    QVERIFY(m_services->licences().printNotice(m_keeper, {laterId, QStringLiteral("HP-C01"), 1}, {}).ok());
    QCOMPARE(noticePrints(laterId).last().first(), QStringLiteral("2"));
}

void TestPrintCentre::noticePrintedAtTheCounterLeavesTheQueue()
{
    QString noticeId;
    const QString caseNumber = acceptAtTheCounter(8, &noticeId);
    QVERIFY(!caseNumber.isEmpty());
    const QString number = m_services->intake().notice(noticeId)->documentNumber;
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    QVERIFY(workspace->queueModel()->rowOfNotice(noticeId) >= 0);

    // The clerk prints it at the window as the counter's Ctrl+P does, into a PDF, recorded under the clerk.
    const QString counterPdf = m_dir->filePath(QStringLiteral("counter.pdf"));
    const auto layout = DocumentRenderer::load(QStringLiteral("acceptance_notice"));
    QVERIFY(layout.ok());
    const auto printed = m_services->licences().printNotice(
        session(QStringLiteral("clerk")), {noticeId, QStringLiteral("PDF:") + counterPdf, 1},
        [&](const NoticePrintJob& job) { return DocumentRenderer::renderPdf(*layout, job.fields, counterPdf); });
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().message));
    QVERIFY(pdfText(counterPdf).contains(number));

    // The applicant has it: F5 and it no longer waits for the seal.
    press(Qt::Key_F5);
    QCOMPARE(workspace->queueModel()->rowOfNotice(noticeId), -1);
    // Ctrl+H lists it as printed; Ctrl+R prints a copy for the file as its print 2.
    press(Qt::Key_H, Qt::ControlModifier);
    const int row = workspace->queueModel()->rowOfNotice(noticeId);
    QVERIFY(row >= 0);
    const QModelIndex printedRow =
        workspace->queueProxy()->mapFromSource(workspace->queueModel()->index(row, PrintQueueModel::StageColumn));
    QCOMPARE(printedRow.data().toString(), QStringLiteral("已打印"));
    workspace->queueView()->setCurrentIndex(printedRow);
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(reactivate());
    QCOMPARE(m_printed.size(), 1);
    QVERIFY(pdfText(m_printed.last()).contains(number));
    QCOMPARE(noticePrints(noticeId),
             (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("PDF:") + counterPdf, QStringLiteral("clerk"),
                                  QStringLiteral("1"), QStringLiteral("1")},
                                 {QStringLiteral("2"), QStringLiteral("PDF:") + m_printed.last(),
                                  QStringLiteral("sealkeeper"), QStringLiteral("1"), QStringLiteral("1")}}));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-counter-printed.png"), "PNG"));
}

void TestPrintCentre::cancellingABatchKeepsWhatPrintedAndTheRestWaiting()
{
    const QStringList serials = issueLicences(4, QStringLiteral("PZ-20261120-060"));
    QCOMPARE(serials.size(), 4);
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    findInQueue(QStringLiteral("5101820000001-2026"));
    QCOMPARE(workspace->queueProxy()->rowCount(), 4);
    press(Qt::Key_A, Qt::ControlModifier);
    child<QLineEdit>(workspace, "stockEdit")->setFocus();
    typeInto(QStringLiteral("SC-000601"));

    // The keeper presses Cancel on the progress dialog while the second licence is in the printer.
    int cancelledAfter = 0;
    connect(workspace, &PrintCentreWorkspace::documentPrinted, this, [workspace, &cancelledAfter](int done, int) {
        if (done != 2)
            return;
        auto* progress = workspace->findChild<QProgressDialog*>(QStringLiteral("printProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        cancelledAfter = done;
    });
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(reactivate());
    QCOMPARE(cancelledAfter, 2);

    // The two printed are recorded on their sheets; the other two wait, untouched.
    for (int i = 0; i < 4; ++i) {
        const QString pdf = m_dir->filePath(QStringLiteral("printed-1-%1.pdf").arg(serials.at(i)));
        QCOMPARE(QFileInfo::exists(pdf), i < 2);
        QCOMPARE(m_services->licences().printState(serials.at(i), 1).value(),
                 i < 2 ? LicenceState::Valid : LicenceState::Unregistered);
    }
    QCOMPARE(workspace->queueProxy()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(serials.mid(2).contains(workspace->queueProxy()->index(row, 0).data(PrintQueueModel::SerialRole).toString()));
    QCOMPARE(child<QLineEdit>(workspace, "stockEdit")->text(), QStringLiteral("SC-000603"));
    // The keeper is told how many went through and how many did not.
    const QString message = child<QLabel>(workspace, "printCentreMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("已打印 2 份")) && message.contains(QStringLiteral("已取消")) &&
                 message.contains(QStringLiteral("2 份未打印")),
             qPrintable(message));
    QVERIFY2(message.contains(serials.at(0)) && message.contains(serials.at(1)) && !message.contains(serials.at(2)),
             qPrintable(message));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("printcentre-cancelled.png"), "PNG"));

    // The rest printed later continue both sequences without a gap: sheets 603 and 604, print number 1 each.
    workspace->queueView()->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(reactivate());
    QCOMPARE(workspace->queueProxy()->rowCount(), 0);
    const auto sheets = m_services->licences().sheets(m_keeper);
    QVERIFY(sheets.ok());
    QStringList numbers;
    for (const SheetUse& sheet : *sheets)
        numbers.append(QStringLiteral("%1 %2 %3 %4").arg(sheet.stockNumber, sheet.use, sheet.serial).arg(sheet.printNumber));
    QCOMPARE(numbers, (QStringList{QStringLiteral("SC-000601 printed %1 1").arg(serials.at(0)),
                                   QStringLiteral("SC-000602 printed %1 1").arg(serials.at(1)),
                                   QStringLiteral("SC-000603 printed %1 1").arg(serials.at(2)),
                                   QStringLiteral("SC-000604 printed %1 1").arg(serials.at(3))}));
    for (const QString& serial : serials)
        QCOMPARE(m_services->licences().printState(serial, 2).value(), LicenceState::Unregistered);
    // Serials run on without a gap: 000001 … 000004.
    for (int i = 0; i < 4; ++i)
        QVERIFY2(serials.at(i).endsWith(QStringLiteral("-%1").arg(i + 1, 6, 10, QLatin1Char('0'))),
                 qPrintable(serials.at(i)));
    QVERIFY(!child<QLabel>(workspace, "reconciliationLabel")->styleSheet().contains(QStringLiteral("#b71c1c")));
}

void TestPrintCentre::f5RefreshesTheQueue()
{
    PrintCentreWorkspace* workspace = open();
    QVERIFY(workspace);
    // Granted and accepted elsewhere while the keeper looks at the queue.
    const QString granted = approvedCase(QStringLiteral("PZ-20261120-0701"));
    QVERIFY(!granted.isEmpty());
    QString noticeId;
    const QString accepted = acceptAtTheCounter(7, &noticeId);
    QVERIFY(!accepted.isEmpty());
    QCOMPARE(workspace->queueModel()->rowOf(granted, {}), -1);
    QCOMPARE(workspace->queueModel()->rowOfNotice(noticeId), -1);
    workspace->queueView()->setFocus();
    press(Qt::Key_F5);
    QVERIFY(workspace->queueModel()->rowOf(granted, {}) >= 0);
    QVERIFY(workspace->queueModel()->rowOfNotice(noticeId) >= 0);
    const QString message = child<QLabel>(workspace, "printCentreMessage")->text();
    QVERIFY2(message.contains(QString::number(workspace->queueProxy()->rowCount())), qPrintable(message));
    // From the filter too: F5 is the print centre's wherever the focus is in it.
    const QString later = approvedCase(QStringLiteral("PZ-20261120-0702"));
    press(Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_F5);
    QVERIFY(workspace->queueModel()->rowOf(later, {}) >= 0);
}

QTEST_MAIN(TestPrintCentre)
#include "tst_printcentre.moc"
