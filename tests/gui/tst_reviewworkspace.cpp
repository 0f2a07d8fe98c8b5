#include "core/residentid.h"
#include "reviewqueuemodel.h"
#include "reviewworkspace.h"
#include "services/services.h"
#include "services/setup.h"
#include "translators.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
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

private:
    ReviewWorkspace* open(const QString& username);
    QString accept(const QString& name = QStringLiteral("张伟"));

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
    for (const QString& name : {QStringLiteral("食品经营许可申请书"), QStringLiteral("营业执照或者其他主体资格证明文件"),
                                QStringLiteral("经营场所平面图和设备布局、操作流程示意图"),
                                QStringLiteral("食品安全管理制度文本"),
                                QStringLiteral("食品安全管理人员及从业人员健康证明")})
        r.materials.append({name, 1, 0, QStringLiteral("received"), QString()});
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

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
