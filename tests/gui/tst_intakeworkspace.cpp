#include "filteredtable.h"
#include "intakeworkspace.h"
#include "rowtablemodel.h"
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
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");

/// Types @p text into the focused widget; Chinese characters arrive as an input method would send them,
/// as key events with text and no key of their own.
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

private:
    /// A workspace on screen with the focus in its first field and every model under test.
    IntakeWorkspace* openWorkspace();

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
        QCOMPARE(materials->item(row, 2)->data(Qt::UserRole).toString(), QStringLiteral("received"));
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

    // The notice, through the hook instead of the file dialog.
    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    workspace->setSavePathChooser([&pdf](const QString&) { return pdf; });
    child<QPushButton>(workspace, "saveNoticeButton")->setFocus();
    press(Qt::Key_Space);
    QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
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
    press(Qt::Key_Tab);
    auto* panel = child<QFrame>(workspace, "dishonestyPanel");
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
}

QTEST_MAIN(TestIntakeWorkspace)
#include "tst_intakeworkspace.moc"
