#include "intakeworkspace.h"
#include "services/services.h"
#include "services/setup.h"
#include "ticketpanel.h"
#include "translators.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");

/// Types @p text into the focused widget; Chinese characters arrive as an input method would send them.
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
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(kOutput + QStringLiteral("ticketpanel-") + name + QStringLiteral(".png"), "PNG");
}

template <typename T> T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

QtMessageHandler g_testLog = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    g_testLog(type, context, message);
}

} // namespace

/// The queue above the counter's intake form, worked with the function keys alone while the focus stays
/// in the form: call, call again, take the applicant in, finish, transfer, and the refusals.
class TestTicketPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void callTakeInAndFinishWithTheKeyboard();
    void transferAndNoShowWithTheKeyboard();
    void noPanelWithoutAWindow();

private:
    IntakeWorkspace* openWorkspace();
    QLabel* label(const char* name) { return child<QLabel>(m_workspace.get(), name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    Session m_clerk;
    std::unique_ptr<IntakeWorkspace> m_workspace;
};

void TestTicketPanel::initTestCase()
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
    auto clerk = m_services->accounts().sessionFor(QStringLiteral("clerk")); // window C01, commerce
    QVERIFY(clerk.ok());
    m_clerk = *clerk;
}

void TestTicketPanel::cleanup()
{
    m_workspace.reset();
}

void TestTicketPanel::cleanupTestCase()
{
    m_services.reset();
}

IntakeWorkspace* TestTicketPanel::openWorkspace()
{
    cleanup();
    m_workspace = std::make_unique<IntakeWorkspace>(*m_services, m_clerk);
    IntakeWorkspace* workspace = m_workspace.get();
    workspace->resize(1280, 960);
    workspace->show();
    if (!QTest::qWaitForWindowActive(workspace))
        return nullptr;
    workspace->setFocus();
    return workspace;
}

void TestTicketPanel::callTakeInAndFinishWithTheKeyboard()
{
    // The ticket dispenser in the hall: two for business registration, one for the general windows.
    TicketService& tickets = m_services->tickets();
    QCOMPARE(tickets.issue(m_clerk, QStringLiteral("commerce"))->number, QStringLiteral("A001"));
    QCOMPARE(tickets.issue(m_clerk, QStringLiteral("commerce"))->number, QStringLiteral("A002"));
    QCOMPARE(tickets.issue(m_clerk, QStringLiteral("general"))->number, QStringLiteral("C001"));

    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->ticketPanel());
    QVERIFY(workspace->ticketPanel()->isVisible());
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("—"));
    QVERIFY2(label("ticketWaitingLabel")->text().contains(QLatin1Char('2')),
             qPrintable(label("ticketWaitingLabel")->text()));
    QWidget* form = QApplication::focusWidget();
    QCOMPARE(form, child<QComboBox>(workspace, "applicantKindCombo"));

    press(Qt::Key_F2);
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("A001"));
    QVERIFY2(label("ticketMessageLabel")->text().contains(QStringLiteral("C01")),
             qPrintable(label("ticketMessageLabel")->text()));
    QVERIFY(label("ticketWaitingLabel")->text().contains(QLatin1Char('1')));
    QCOMPARE(QApplication::focusWidget(), form); // the clerk keeps typing where they were
    QVERIFY(saveScreenshot(workspace, QStringLiteral("called")));

    // A second F2 while A001 is at the window is refused with a message, and A001 stays.
    press(Qt::Key_F2);
    QVERIFY(label("ticketErrorLabel")->isVisible());
    QVERIFY2(label("ticketErrorLabel")->text().contains(QStringLiteral("A001")),
             qPrintable(label("ticketErrorLabel")->text()));
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("A001"));

    press(Qt::Key_F3);
    QVERIFY(!label("ticketErrorLabel")->isVisible());
    QVERIFY2(label("ticketMessageLabel")->text().contains(QStringLiteral("A001")),
             qPrintable(label("ticketMessageLabel")->text()));
    QCOMPARE(tickets.current(m_clerk).value()->recalls, 1);

    // The applicant at the window is taken in, as the intake test does it, with the keyboard.
    press(Qt::Key_Down); // organisation
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("91350100M000100Y43"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("福州示例食品有限公司"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("0591-87654321"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("福州市鼓楼区示例路1号"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(workspace, "itemFilterEdit"));
    typeInto(QStringLiteral("spjyxk"));
    press(Qt::Key_Return);
    auto* materials = child<QTableWidget>(workspace, "materialsTable");
    QCOMPARE(QApplication::focusWidget(), materials);
    for (int row = 0; row < materials->rowCount(); ++row) {
        press(Qt::Key_Space);
        press(Qt::Key_Down);
    }
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* banner = child<QLabel>(workspace, "intakeResultLabel");
    QVERIFY2(banner->isVisible(), qPrintable(child<QLabel>(workspace, "intakeErrorLabel")->text()));
    auto caseNumber = m_services->database().query(
        QStringLiteral("SELECT case_number FROM applications WHERE ticket_id = ?"), {workspace->currentTicketId()});
    QVERIFY(caseNumber && caseNumber->next());
    const QString taken = caseNumber->value(0).toString();
    QVERIFY2(banner->text().contains(taken), qPrintable(banner->text()));

    press(Qt::Key_F7);
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("—"));
    QVERIFY2(label("ticketMessageLabel")->text().contains(taken), qPrintable(label("ticketMessageLabel")->text()));
    QVERIFY(workspace->currentTicketId().isEmpty());
    const auto today = tickets.list(m_clerk.siteId, m_services->clock().today());
    QCOMPARE(today->first().state, TicketState::Finished);
    QCOMPARE(today->first().caseNumber, taken);
    QVERIFY(saveScreenshot(workspace, QStringLiteral("finished")));
}

void TestTicketPanel::transferAndNoShowWithTheKeyboard()
{
    IntakeWorkspace* workspace = openWorkspace();
    QVERIFY(workspace);
    QWidget* form = QApplication::focusWidget();
    press(Qt::Key_F2);
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("A002"));

    // F6 opens the choice of window kind with the focus on it; Esc closes it and the ticket stays.
    press(Qt::Key_F6);
    auto* kinds = child<QComboBox>(workspace, "transferKindCombo");
    QVERIFY(kinds->isVisible());
    QCOMPARE(QApplication::focusWidget(), kinds);
    QCOMPARE(kinds->count(), 2); // not the window's own kind
    press(Qt::Key_Escape);
    QVERIFY(!kinds->isVisible());
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("A002"));

    press(Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), kinds);
    while (kinds->currentData().toString() != u"general" && kinds->currentIndex() + 1 < kinds->count())
        press(Qt::Key_Down);
    QCOMPARE(kinds->currentData().toString(), QStringLiteral("general"));
    QVERIFY(saveScreenshot(workspace, QStringLiteral("transfer")));
    press(Qt::Key_Return);
    QVERIFY(!kinds->isVisible());
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("—"));
    QVERIFY2(label("ticketMessageLabel")->text().contains(QStringLiteral("A002")),
             qPrintable(label("ticketMessageLabel")->text()));
    const auto general = m_services->accounts().sessionFor(QStringLiteral("clerk.general"));
    QCOMPARE(m_services->tickets().waitingCount(*general).value(), 2); // A002 before C001
    QCOMPARE(m_services->tickets().callNext(*general)->number, QStringLiteral("A002"));

    // Nobody is left for business registration: F2 says so; F4 with nobody at the window too.
    QVERIFY(form->isVisible());
    form->setFocus();
    press(Qt::Key_F2);
    QVERIFY(label("ticketErrorLabel")->isVisible());
    QVERIFY(!label("ticketErrorLabel")->text().isEmpty());
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("—"));

    QCOMPARE(m_services->tickets().issue(m_clerk, QStringLiteral("commerce"))->number, QStringLiteral("A003"));
    workspace->ticketPanel()->refresh();
    press(Qt::Key_F2);
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("A003"));
    press(Qt::Key_F4);
    QCOMPARE(label("ticketNumberLabel")->text(), QStringLiteral("—"));
    QVERIFY2(label("ticketMessageLabel")->text().contains(QStringLiteral("A003")),
             qPrintable(label("ticketMessageLabel")->text()));
    const auto list = m_services->tickets().list(m_clerk.siteId, m_services->clock().today());
    QCOMPARE(list->last().state, TicketState::Skipped);
    press(Qt::Key_F4);
    QVERIFY(label("ticketErrorLabel")->isVisible());
}

void TestTicketPanel::noPanelWithoutAWindow()
{
    // A reviewer works at no window and takes nothing in: no queue above their work.
    const auto reviewer = m_services->accounts().sessionFor(QStringLiteral("reviewer"));
    QVERIFY(reviewer.ok());
    ApplicationsWorkspace workspace(*m_services, *reviewer, {QStringLiteral("r"), QString(), QString(), {}});
    QVERIFY(!workspace.ticketPanel());
    QVERIFY(workspace.currentTicketId().isEmpty());
}

QTEST_MAIN(TestTicketPanel)
#include "tst_ticketpanel.moc"
