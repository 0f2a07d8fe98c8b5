#include "core/numbering.h"
#include "core/residentid.h"
#include "correctiondialog.h"
#include "extensiondialog.h"
#include "intaketestsupport.h"
#include "mainwindow.h"
#include "resumedialog.h"
#include "reviewqueuemodel.h"
#include "reviewworkspace.h"
#include "services/licenceservice.h"
#include "services/services.h"
#include "services/setup.h"
#include "suspensiondialog.h"
#include "translators.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");
// Monday 2026-03-16, 09:30 China Standard Time.
const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);

QtMessageHandler g_testLog = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    g_testLog(type, context, message);
}

/// Types @p text into the focused widget; Chinese characters arrive as an input method sends them.
void typeInto(const QString& text)
{
    for (const QChar c : text) {
        QWidget* widget = QApplication::focusWidget();
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

template <typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

/// The text poppler reads from @p pdf, with all white space removed so that phrases are found across lines.
QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("ERROR: pdftotext ") + QString::fromLocal8Bit(process.readAllStandardError());
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

/// The dialog of type T the workspace opened, shown and active so that keys reach it; null when none opened.
template <typename T> T* openedDialog(QWidget* workspace)
{
    T* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = workspace->findChild<T*>()) && dialog->isVisible(); }))
        return nullptr;
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }) ? dialog : nullptr;
}

/// Waits until the workspace is the active window again once a dialog closed, as the window manager makes it.
bool backTo(QWidget* workspace)
{
    if (QTest::qWaitFor([workspace] { return QApplication::activeWindow() == workspace; }, 200))
        return true;
    workspace->activateWindow(); // the offscreen platform does not hand activation back by itself
    return QTest::qWaitFor([workspace] { return QApplication::activeWindow() == workspace; });
}

/// The question asked before an irreversible step, shown and active; null when none was asked.
QMessageBox* confirmBox(QWidget* dialog)
{
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmBox"))) &&
                                      box->isVisible(); }))
        return nullptr;
    if (!QTest::qWaitForWindowActive(box) || !QTest::qWaitFor([box] { return QApplication::activeWindow() == box; }))
        return nullptr;
    return box;
}

/// Answers the question before an irreversible step with its Alt key (Cancel is the default button).
bool confirmWithAltY(QWidget* dialog)
{
    if (!confirmBox(dialog))
        return false;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::AltModifier);
    return true;
}

/// Asks for an extension of the selected case by keyboard, giving @p reason and leaving joint handling off, and
/// confirms with Alt+Y; the dialog stays open with the service's answer. Null when a step did not come.
ExtensionDialog* extendByKeyboard(QWidget* workspace, const QString& reason)
{
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openedDialog<ExtensionDialog>(workspace);
    if (!dialog)
        return nullptr;
    typeInto(reason);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Return);
    return confirmWithAltY(dialog) ? dialog : nullptr;
}

} // namespace

/// The back office at the keyboard: a reviewer finds the case in the section's queue, claims it and records
/// the opinion; an approver claims it and grants it. Every model runs under QAbstractItemModelTester, and
/// the screenshots land in test-output/gui/.
class TestReviewWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void queueShowsTheCaseWithItsLight();
    void claimReviewDecideByKeyboard();
    void refusalsAreShownNotHidden();
    void searchAsYouTypeAndSaveTheSearch();
    void specialProcedureStartAndEndByKeyboard();
    void supplementRequestAndReceiptByKeyboard();
    void extensionIssuesTheNoticeAndMovesTheDueDate();
    void reviewerMayNotExtend();
    void chiefCorrectsADecision();
    void functionKeysActOnlyWhileTheQueueIsShown();
    void functionKeysWorkInTheMainWindow();

private:
    ReviewWorkspace* open(const QString& username);
    QString accept(const QString& name = QStringLiteral("张伟"));
    /// Finds @p number through the search box and selects it in the queue, by keyboard.
    bool selectByKeyboard(ReviewWorkspace* workspace, const QString& number);
    /// The clock of @p number today.
    ClockReading clockOf(const QString& number);

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
    Session m_session;
    int m_requests = 0;
    std::unique_ptr<QObject> m_testers;
    std::unique_ptr<ReviewWorkspace> m_workspace;
};

void TestReviewWorkspace::initTestCase()
{
    g_testLog = qInstallMessageHandler(quietOffscreen);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(defaultUiLanguage()));
    QLocale::setDefault(QLocale(defaultUiLanguage()));
    QVERIFY(QDir().mkpath(kOutput));
    QVERIFY(m_dir.isValid());
    m_clock = std::make_shared<FixedClock>(kNow);
    auto opened = Services::open(m_dir.filePath(QStringLiteral("demo.db")), OpenMode::ReadWrite, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_services = std::move(opened).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
}

void TestReviewWorkspace::cleanup()
{
    m_testers.reset();
    m_workspace.reset();
}

void TestReviewWorkspace::cleanupTestCase()
{
    m_services.reset();
}

QString TestReviewWorkspace::accept(const QString& applicant)
{
    IntakeRequest r;
    r.requestId = QStringLiteral("gui-review-%1").arg(++m_requests, 4, 10, QLatin1Char('0'));
    r.applicantKind = QStringLiteral("person");
    // Each test's applicant is another person of the same name: one open case per applicant and item.
    const QString body = QStringLiteral("11010519491231%1").arg(m_requests, 3, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + ResidentId::checkCharacter(body);
    r.applicantName = applicant;
    r.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // 食品经营许可, 商事登记科
    r.materials = IntakeTesting::received(IntakeTesting::kFoodMaterials);
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(m_services->accounts().sessionFor(QStringLiteral("clerk")).value(), r);
    return result ? result->caseNumber : QString();
}

ReviewWorkspace* TestReviewWorkspace::open(const QString& username)
{
    cleanup();
    m_session = m_services->accounts().sessionFor(username).value();
    m_testers = std::make_unique<QObject>(); // made before the workspace, so it goes after it
    m_workspace = std::make_unique<ReviewWorkspace>(*m_services, m_session);
    ReviewWorkspace* workspace = m_workspace.get();
    for (QAbstractItemModel* model :
         QList<QAbstractItemModel*>{workspace->queueModel(), workspace->queueProxy()})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_testers.get());
    workspace->setDocumentFolder(m_dir.filePath(QStringLiteral("documents")));
    workspace->resize(1280, 800);
    workspace->show();
    if (!QTest::qWaitForWindowActive(workspace))
        return nullptr;
    return workspace;
}

void TestReviewWorkspace::queueShowsTheCaseWithItsLight()
{
    const QString number = accept();
    QVERIFY(!number.isEmpty());
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    ReviewQueueModel* model = workspace->queueModel();
    const int row = model->rowOf(number);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ReviewQueueModel::DaysLeftColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model->index(row, ReviewQueueModel::LightColumn).data().toString(), QStringLiteral("绿"));
    QCOMPARE(model->index(row, ReviewQueueModel::ApplicantColumn).data().toString(), QStringLiteral("张*"));
    QCOMPARE(model->index(row, ReviewQueueModel::HolderColumn).data().toString(), QStringLiteral("—"));
    // The demo's older cases are past their limits: urgent ones sort first on the light.
    workspace->queueProxy()->sort(ReviewQueueModel::LightColumn, Qt::DescendingOrder);
    const QString first = workspace->queueProxy()->index(0, ReviewQueueModel::LightColumn).data().toString();
    QVERIFY2(first.contains(QStringLiteral("红")), qPrintable(first));
    // The search finds the case by its number once the typing pauses.
    child<QLineEdit>(workspace, "queueFilter")->setText(number);
    QTRY_COMPARE(workspace->queueProxy()->rowCount(), 1);
}

void TestReviewWorkspace::claimReviewDecideByKeyboard()
{
    const QString number = accept();
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    auto* filter = child<QLineEdit>(workspace, "queueFilter");
    filter->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    typeInto(number);
    QTRY_COMPARE(workspace->queueProxy()->rowCount(), 1); // once the typing pauses
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), child<QTableView>(workspace, "queueView"));
    QCOMPARE(workspace->currentCase(), number);

    press(Qt::Key_F6); // claim
    const int row = workspace->queueModel()->rowOf(number);
    QCOMPARE(workspace->queueModel()->index(row, ReviewQueueModel::HolderColumn).data().toString(),
             QStringLiteral("张伟"));
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(workspace, "reviewText"));
    typeInto(QStringLiteral("材料齐全，经营场所符合要求。"));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("review-claimed.png"), "PNG"));
    press(Qt::Key_F8); // record the opinion
    const QString message = child<QLabel>(workspace, "reviewMessage")->text();
    QVERIFY2(message.contains(number), qPrintable(message));
    const int after = workspace->queueModel()->rowOf(number);
    QCOMPARE(workspace->queueModel()->index(after, ReviewQueueModel::StepColumn).data().toString(),
             QStringLiteral("决定"));
    QCOMPARE(workspace->queueModel()->index(after, ReviewQueueModel::HolderColumn).data().toString(),
             QStringLiteral("—"));

    // The approver takes it from here, by keyboard too.
    workspace = open(QStringLiteral("approver"));
    QVERIFY(workspace);
    child<QLineEdit>(workspace, "queueFilter")->setFocus();
    typeInto(number);
    press(Qt::Key_Down);
    press(Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(workspace, "reviewText"));
    typeInto(QStringLiteral("符合法定条件。"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(workspace, "outcomeCombo"));
    QCOMPARE(child<QComboBox>(workspace, "outcomeCombo")->currentIndex(), 0); // 准予
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("review-decide.png"), "PNG"));
    press(Qt::Key_F9);
    const QString decided = child<QLabel>(workspace, "reviewMessage")->text();
    QVERIFY2(decided.contains(QStringLiteral("准〔2026〕")), qPrintable(decided));
    QCOMPARE(workspace->queueModel()->rowOf(number), -1); // out of the queue, into the print centre's
    auto q = m_services->database().query(
        QStringLiteral("SELECT state, print_queued_on FROM applications WHERE case_number = ?"), {number});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), ApplicationState::Approved);
    QCOMPARE(q->value(1).toString(), QStringLiteral("2026-03-16"));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("review-decided.png"), "PNG"));
}

void TestReviewWorkspace::refusalsAreShownNotHidden()
{
    const QString number = accept();
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    child<QLineEdit>(workspace, "queueFilter")->setFocus();
    typeInto(number);
    press(Qt::Key_Down);
    press(Qt::Key_F9); // a reviewer may not decide
    const QString refused = child<QLabel>(workspace, "reviewMessage")->text();
    QVERIFY2(refused.contains(QStringLiteral("张伟")), qPrintable(refused));
    QVERIFY(child<QLabel>(workspace, "reviewMessage")->styleSheet().contains(QStringLiteral("#b71c1c")));
    press(Qt::Key_F6);
    press(Qt::Key_F7); // release again
    QCOMPARE(workspace->queueModel()->index(workspace->queueModel()->rowOf(number), ReviewQueueModel::HolderColumn)
                 .data()
                 .toString(),
             QStringLiteral("—"));
}

void TestReviewWorkspace::searchAsYouTypeAndSaveTheSearch()
{
    const QString number = accept(QStringLiteral("欧阳娜"));
    QVERIFY(!number.isEmpty());
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    QSortFilterProxyModel* proxy = workspace->queueProxy();
    const int everything = proxy->rowCount();
    QVERIFY(everything > 1);
    child<QTableView>(workspace, "queueView")->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(workspace, "queueFilter");
    QCOMPARE(QApplication::focusWidget(), search);

    // Two characters of a three-character name, typed as an input method sends them: nothing is searched
    // while the keys come, and the one case shows once they pause.
    typeInto(QStringLiteral("阳娜"));
    QCOMPARE(proxy->rowCount(), everything);
    QTRY_COMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, ReviewQueueModel::CaseColumn).data().toString(), number);
    QCOMPARE(proxy->index(0, ReviewQueueModel::ApplicantColumn).data().toString(), QStringLiteral("欧*娜"));
    QCOMPARE(child<QLabel>(workspace, "queueCount")->text(), QStringLiteral("共 1 件。"));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("review-search.png"), "PNG"));

    // Ctrl+Shift+S asks for a name beside the list, Enter saves it there.
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "filterNameEdit"));
    typeInto(QStringLiteral("欧阳"));
    press(Qt::Key_Return);
    auto* saved = child<QComboBox>(workspace, "savedFilterCombo");
    QCOMPARE(saved->currentText(), QStringLiteral("欧阳"));
    QCOMPARE(QApplication::focusWidget(), search);

    // Clearing the box brings the whole queue back; the saved search, picked from the list, narrows it again.
    press(Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    QTRY_COMPARE(proxy->rowCount(), everything);
    saved->setCurrentIndex(0);
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_Tab); // scope, order, descending, saved searches
    QCOMPARE(QApplication::focusWidget(), saved);
    press(Qt::Key_Down);
    QCOMPARE(search->text(), QStringLiteral("阳娜"));
    QCOMPARE(proxy->rowCount(), 1);
    // Kept for the user: the next workspace lists it.
    workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    QVERIFY(child<QComboBox>(workspace, "savedFilterCombo")->findText(QStringLiteral("欧阳")) > 0);
    QVERIFY(open(QStringLiteral("approver")));
    QCOMPARE(child<QComboBox>(m_workspace.get(), "savedFilterCombo")->findText(QStringLiteral("欧阳")), -1);
}

bool TestReviewWorkspace::selectByKeyboard(ReviewWorkspace* workspace, const QString& number)
{
    auto* filter = child<QLineEdit>(workspace, "queueFilter");
    filter->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    typeInto(number);
    press(Qt::Key_Down); // runs the search at once and goes into the queue
    return workspace->currentCase() == number;
}

ClockReading TestReviewWorkspace::clockOf(const QString& number)
{
    const auto reading = m_services->review().clock(number, m_clock->today());
    return reading ? *reading : ClockReading{};
}

void TestReviewWorkspace::specialProcedureStartAndEndByKeyboard()
{
    const QString number = accept();
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    QVERIFY(selectByKeyboard(workspace, number));
    press(Qt::Key_F6); // claim: the holder stops the clock
    child<QTableView>(workspace, "queueView")->setFocus();

    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openedDialog<SuspensionDialog>(workspace);
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "procedureCombo"));
    press(Qt::Key_Down);
    press(Qt::Key_Down); // 听证, 专家评审, 检验
    QCOMPARE(child<QComboBox>(dialog, "procedureCombo")->currentText(), QStringLiteral("检验"));
    press(Qt::Key_Tab); // the expected duration, left at 0 for now
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("委托食品检验机构对样品进行检验"));
    press(Qt::Key_Tab);
    press(Qt::Key_Return);
    // The service refuses the missing duration; the dialog says so at the field and puts the focus there.
    auto* days = child<QSpinBox>(dialog, "daysSpin");
    QCOMPARE(QApplication::focusWidget(), days);
    QVERIFY(dialog->isVisible());
    auto* daysError = child<QLabel>(dialog, "expected_daysError");
    QVERIFY(daysError->isVisible());
    QVERIFY2(daysError->text().contains(QStringLiteral("检验")) && daysError->text().contains(QStringLiteral("工作日")),
             qPrintable(daysError->text()));
    QCOMPARE(clockOf(number).suspended, false);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-special-refused.png"), "PNG"));
    for (int i = 0; i < 5; ++i)
        press(Qt::Key_Up);
    QCOMPARE(days->value(), 5);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-special.png"), "PNG"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<SuspensionDialog*>());
    QVERIFY(backTo(workspace));

    // The queue shows the stopped clock; the notice is saved where the message says.
    const int row = workspace->queueModel()->rowOf(number);
    const QString step = workspace->queueModel()->index(row, ReviewQueueModel::StepColumn).data().toString();
    QVERIFY2(step.contains(QStringLiteral("中止计时")), qPrintable(step));
    QVERIFY(clockOf(number).suspended);
    QCOMPARE(workspace->currentCase(), number);
    const QString message = child<QLabel>(workspace, "reviewMessage")->text();
    const QString pdf = m_dir.filePath(QStringLiteral("documents/%1-special_procedure_notice.pdf").arg(number));
    QVERIFY2(message.contains(QDir::toNativeSeparators(pdf)), qPrintable(message));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("检验")) && text.contains(QStringLiteral("委托食品检验机构对样品进行检验")),
             qPrintable(text));
    // The saved file is the reviewer's print of the notice: recorded, and no longer waiting in the print centre.
    auto prints = m_services->database().query(
        QStringLiteral("SELECT p.print_number, p.printer, u.username, p.succeeded FROM notice_prints p "
                       "JOIN notices n ON n.id = p.notice_id JOIN applications a ON a.id = n.application_id "
                       "JOIN users u ON u.id = p.printed_by WHERE a.case_number = ? "
                       "AND n.kind = 'special_procedure_notice'"),
        {number});
    QVERIFY(prints && prints->next());
    QCOMPARE(prints->value(0).toInt(), 1);
    QCOMPARE(prints->value(1).toString(), QStringLiteral("PDF:") + pdf);
    QCOMPARE(prints->value(3).toInt(), 1);
    QCOMPARE(prints->value(2).toString(), QStringLiteral("reviewer"));
    QVERIFY(!prints->next());
    const auto queue =
        m_services->licences().printQueue(m_services->accounts().sessionFor(QStringLiteral("sealkeeper")).value());
    QVERIFY(queue.ok());
    for (const PrintQueueEntry& entry : *queue)
        QVERIFY2(!(entry.caseNumber == number && entry.templateName == u"special_procedure_notice"),
                 qPrintable(entry.documentNumber));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("review-workspace-suspended.png"), "PNG"));

    // The procedure ends: Ctrl+Shift+R and Enter.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* resume = openedDialog<ResumeDialog>(workspace);
    QVERIFY(resume);
    QVERIFY2(child<QLabel>(resume, "resumeStatusLabel")->text().contains(QStringLiteral("中止计时")),
             qPrintable(child<QLabel>(resume, "resumeStatusLabel")->text()));
    QVERIFY(resume->grab().save(kOutput + QStringLiteral("review-resume.png"), "PNG"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<ResumeDialog*>());
    QVERIFY(!clockOf(number).suspended);
    QVERIFY(!workspace->queueModel()
                 ->index(workspace->queueModel()->rowOf(number), ReviewQueueModel::StepColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("中止计时")));
}

void TestReviewWorkspace::supplementRequestAndReceiptByKeyboard()
{
    const QString number = accept();
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    QVERIFY(selectByKeyboard(workspace, number));
    press(Qt::Key_F6);
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openedDialog<SuspensionDialog>(workspace);
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("supplementDialog"));
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "reasonEdit"));
    typeInto(QStringLiteral("补交经营场所平面图原件"));
    press(Qt::Key_Tab);
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_Up);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-supplement.png"), "PNG"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<SuspensionDialog*>());
    QVERIFY(backTo(workspace));
    auto q = m_services->database().query(
        QStringLiteral("SELECT s.kind, s.expected_days, s.reason FROM case_suspensions s JOIN applications a ON "
                       "a.id = s.application_id WHERE a.case_number = ?"),
        {number});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("supplement"));
    QCOMPARE(q->value(1).toInt(), 10);
    QCOMPARE(q->value(2).toString(), QStringLiteral("补交经营场所平面图原件"));
    // The materials arrive.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(openedDialog<ResumeDialog>(workspace));
    press(Qt::Key_Return);
    QTRY_VERIFY(!workspace->findChild<ResumeDialog*>());
    auto ended = m_services->database().query(
        QStringLiteral("SELECT s.ended_on FROM case_suspensions s JOIN applications a ON a.id = s.application_id "
                       "WHERE a.case_number = ?"),
        {number});
    QVERIFY(ended && ended->next());
    QCOMPARE(ended->value(0).toString(), QStringLiteral("2026-03-16"));
}

void TestReviewWorkspace::extensionIssuesTheNoticeAndMovesTheDueDate()
{
    const QString number = accept();
    const ClockReading before = clockOf(number);
    QVERIFY(before.statutoryDueDate);
    const auto calendar = m_services->calendar().calendar();
    QVERIFY(calendar);
    const auto expected = calendar->addWorkingDays(*before.statutoryDueDate, 10);
    QVERIFY(expected);
    ReviewWorkspace* workspace = open(QStringLiteral("approver"));
    QVERIFY(workspace);
    QVERIFY(selectByKeyboard(workspace, number));
    const QString daysBefore = workspace->queueModel()
                                   ->index(workspace->queueModel()->rowOf(number), ReviewQueueModel::DaysLeftColumn)
                                   .data()
                                   .toString();

    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openedDialog<ExtensionDialog>(workspace);
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "reasonEdit"));
    typeInto(QStringLiteral("需要现场核查经营场所"));
    press(Qt::Key_Tab); // joint handling stays off
    press(Qt::Key_Tab);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-extension.png"), "PNG"));
    press(Qt::Key_Return);
    // Asked first: Enter alone (Cancel) would change nothing.
    QMessageBox* box = confirmBox(dialog);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("10")));
    QVERIFY(box->grab().save(kOutput + QStringLiteral("review-extension-confirm.png"), "PNG"));
    QCOMPARE(clockOf(number).extensionDays, 0);
    QVERIFY(confirmWithAltY(dialog));
    QTRY_VERIFY(!workspace->findChild<ExtensionDialog*>());
    QVERIFY(backTo(workspace));

    const ClockReading after = clockOf(number);
    QCOMPARE(after.extensionDays, 10);
    QVERIFY(after.statutoryDueDate);
    QCOMPARE(*after.statutoryDueDate, *expected);
    // The queue shows the clock with the ten days more.
    const QString daysAfter = workspace->queueModel()
                                  ->index(workspace->queueModel()->rowOf(number), ReviewQueueModel::DaysLeftColumn)
                                  .data()
                                  .toString();
    QCOMPARE(daysAfter.toInt(), daysBefore.toInt() + 10);
    const QString message = child<QLabel>(workspace, "reviewMessage")->text();
    const QString pdf = m_dir.filePath(QStringLiteral("documents/%1-extension_notice.pdf").arg(number));
    QVERIFY2(message.contains(QDir::toNativeSeparators(pdf)) && message.contains(QStringLiteral("延期告知书")),
             qPrintable(message));
    QFile::remove(kOutput + QStringLiteral("review-extension_notice.pdf")); // kept to be looked at
    QFile::copy(pdf, kOutput + QStringLiteral("review-extension_notice.pdf"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("行政许可延期告知书")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("延〔2026〕")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("需要现场核查经营场所")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("延长10个工作日")), qPrintable(text));
    QVERIFY2(text.contains(formatChineseDate(*expected)), qPrintable(text + u' ' + formatChineseDate(*expected)));
    QVERIFY2(text.contains(formatChineseDate(*before.statutoryDueDate)), qPrintable(text));
    QVERIFY(workspace->grab().save(kOutput + QStringLiteral("review-workspace-extended.png"), "PNG"));

    // A second extension is refused in the dialog, after the same question.
    dialog = extendByKeyboard(workspace, QStringLiteral("再次延期"));
    QVERIFY(dialog);
    auto* refused = child<QLabel>(dialog, "extensionErrorLabel");
    QTRY_VERIFY(refused->isVisible());
    QVERIFY2(refused->text().contains(QStringLiteral("一次")), qPrintable(refused->text()));
    QCOMPARE(clockOf(number).extensionDays, 10);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-extension-twice.png"), "PNG"));
    QVERIFY(backTo(dialog));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!workspace->findChild<ExtensionDialog*>());
}

void TestReviewWorkspace::reviewerMayNotExtend()
{
    const QString number = accept();
    ReviewWorkspace* workspace = open(QStringLiteral("reviewer"));
    QVERIFY(workspace);
    QVERIFY(selectByKeyboard(workspace, number));
    auto* dialog = extendByKeyboard(workspace, QStringLiteral("材料较多"));
    QVERIFY(dialog);
    auto* refused = child<QLabel>(dialog, "extensionErrorLabel");
    QTRY_VERIFY(refused->isVisible());
    // The service's words, in Chinese: who may do it, and that this user is not.
    QVERIFY2(refused->text().contains(QStringLiteral("审批")) && refused->text().contains(m_session.displayName),
             qPrintable(refused->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(clockOf(number).extensionDays, 0);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-extension-refused.png"), "PNG"));
    QVERIFY(backTo(dialog));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!workspace->findChild<ExtensionDialog*>());
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("documents")))
                 .exists(QStringLiteral("%1-extension_notice.pdf").arg(number)));
}

void TestReviewWorkspace::chiefCorrectsADecision()
{
    const QString number = accept();
    const Session reviewer = m_services->accounts().sessionFor(QStringLiteral("reviewer")).value();
    const Session approver = m_services->accounts().sessionFor(QStringLiteral("approver")).value();
    ReviewService& review = m_services->review();
    QVERIFY(review.claim(reviewer, number).ok());
    QVERIFY(review.recordOpinion(reviewer, number, {QStringLiteral("符合条件"), true, false, {}}).ok());
    QVERIFY(review.claim(approver, number).ok());
    QVERIFY(review.decide(approver, number, true, QString()).ok());

    ReviewWorkspace* workspace = open(QStringLiteral("approver"));
    QVERIFY(workspace);
    auto* scope = child<QComboBox>(workspace, "scopeCombo");
    scope->setCurrentIndex(scope->findData(int(CaseScope::All))); // decided cases are not in the open queue
    QVERIFY(selectByKeyboard(workspace, number));
    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openedDialog<CorrectionDialog>(workspace);
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "decisionCombo"));
    press(Qt::Key_Down); // 不予
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("经营场所与申报地址不一致"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("复核发现地址错误"));
    press(Qt::Key_Tab);
    QVERIFY(dialog->grab().save(kOutput + QStringLiteral("review-correction.png"), "PNG"));
    press(Qt::Key_Return);
    QMessageBox* box = confirmBox(dialog);
    QVERIFY(box);
    QVERIFY(box->grab().save(kOutput + QStringLiteral("review-correction-confirm.png"), "PNG"));
    // Enter takes the default, Cancel: nothing changes, and the dialog stays for another try.
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("confirmBox")));
    QVERIFY(dialog->isVisible());
    auto state = m_services->database().query(
        QStringLiteral("SELECT state FROM applications WHERE case_number = ?"), {number});
    QVERIFY(state && state->next());
    QCOMPARE(state->value(0).toString(), ApplicationState::Approved);
    QVERIFY(backTo(dialog));
    child<QWidget>(dialog, "correctButton")->setFocus();
    press(Qt::Key_Return);
    QVERIFY(confirmWithAltY(dialog));
    QTRY_VERIFY(!workspace->findChild<CorrectionDialog*>());

    auto q = m_services->database().query(
        QStringLiteral("SELECT a.state, c.reason FROM applications a JOIN decision_corrections c ON c.application_id "
                       "= a.id WHERE a.case_number = ?"),
        {number});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), ApplicationState::Denied);
    QCOMPARE(q->value(1).toString(), QStringLiteral("复核发现地址错误"));
    const QString message = child<QLabel>(workspace, "reviewMessage")->text();
    const QString pdf = m_dir.filePath(QStringLiteral("documents/%1-refusal_decision.pdf").arg(number));
    QVERIFY2(message.contains(QDir::toNativeSeparators(pdf)), qPrintable(message));
    QVERIFY2(pdfText(pdf).contains(QStringLiteral("经营场所与申报地址不一致")), qPrintable(pdfText(pdf)));
    QCOMPARE(workspace->currentCase(), number);
}

void TestReviewWorkspace::functionKeysActOnlyWhileTheQueueIsShown()
{
    // A case waiting for the approver's decision, so that F6 on the queue would claim it.
    const QString number = accept();
    const Session reviewer = m_services->accounts().sessionFor(QStringLiteral("reviewer")).value();
    QVERIFY(m_services->review().claim(reviewer, number).ok());
    QVERIFY(m_services->review().recordOpinion(reviewer, number, {QStringLiteral("符合条件"), true, false, {}}).ok());
    ReviewWorkspace* workspace = open(QStringLiteral("approver"));
    QVERIFY(workspace);
    QVERIFY(selectByKeyboard(workspace, number));
    auto* tabs = workspace->findChild<QTabWidget*>();
    QVERIFY(tabs);
    QWidget* queueTab = tabs->currentWidget();
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // the dashboard beside the queue
    QVERIFY(tabs->currentWidget() != queueTab);
    QVERIFY(QApplication::focusWidget() && !queueTab->isAncestorOf(QApplication::focusWidget()));
    QSignalSpy resets(workspace->queueModel(), &QAbstractItemModel::modelReset);
    const QString message = child<QLabel>(workspace, "reviewMessage")->text();
    for (Qt::Key key : {Qt::Key_F5, Qt::Key_F6, Qt::Key_F7, Qt::Key_F8, Qt::Key_F9})
        press(key);
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(child<QLabel>(workspace, "reviewMessage")->text(), message);
    QVERIFY(!workspace->findChild<ExtensionDialog*>());
    auto q = m_services->database().query(
        QStringLiteral("SELECT state, coalesce(holder_id, '') FROM applications WHERE case_number = ?"), {number});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), ApplicationState::InReview);
    QCOMPARE(q->value(1).toString(), QString());

    // Back on the queue the same key claims the case.
    tabs->setCurrentWidget(queueTab);
    child<QTableView>(workspace, "queueView")->setFocus();
    press(Qt::Key_F6);
    QCOMPARE(workspace->queueModel()
                 ->index(workspace->queueModel()->rowOf(number), ReviewQueueModel::HolderColumn)
                 .data()
                 .toString(),
             m_session.displayName);
}

void TestReviewWorkspace::functionKeysWorkInTheMainWindow()
{
    // Inside the main window, whose F5 refreshes the workspace shown, the queue's F6–F9 still act on the queue.
    const QString number = accept();
    const Session reviewer = m_services->accounts().sessionFor(QStringLiteral("reviewer")).value();
    QVERIFY(m_services->review().claim(reviewer, number).ok());
    QVERIFY(m_services->review().recordOpinion(reviewer, number, {QStringLiteral("符合条件"), true, false, {}}).ok());
    cleanup();
    m_session = m_services->accounts().sessionFor(QStringLiteral("approver")).value();
    MainWindow window(*m_services, m_session, m_dir.filePath(QStringLiteral("demo.db")));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* workspace = window.findChild<ReviewWorkspace*>();
    QVERIFY(workspace);
    window.findChild<QAction*>(QStringLiteral("reviewWorkspaceAction"))->trigger();
    QTRY_VERIFY(workspace->isVisible());
    QVERIFY(selectByKeyboard(workspace, number));
    press(Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(workspace, "reviewText"));
    typeInto(QStringLiteral("符合法定条件。"));
    press(Qt::Key_F9);
    const QString decided = child<QLabel>(workspace, "reviewMessage")->text();
    QVERIFY2(decided.contains(QStringLiteral("准〔2026〕")), qPrintable(decided));
    QCOMPARE(workspace->queueModel()->rowOf(number), -1);
}

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
