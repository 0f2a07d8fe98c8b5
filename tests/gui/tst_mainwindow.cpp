#include "adminworkspace.h"
#include "applicationsworkspace.h"
#include "auditpage.h"
#include "calendarpage.h"
#include "cataloguepage.h"
#include "changepassworddialog.h"
#include "client.h"
#include "core/residentid.h"
#include "dashboard.h"
#include "dashboardtablemodel.h"
#include "filteredtable.h"
#include "idlewatcher.h"
#include "importproblemsdialog.h"
#include "intaketestsupport.h"
#include "itemeditordialog.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "organisationpage.h"
#include "printcentreworkspace.h"
#include "printqueuemodel.h"
#include "reviewqueuemodel.h"
#include "reviewworkspace.h"
#include "services/services.h"
#include "services/setup.h"
#include "signindialog.h"
#include "sync/backgroundsync.h"
#include "sync/syncstate.h"
#include "systemsettingspage.h"
#include "tableeditor.h"
#include "translators.h"
#include "userspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace OneSeal;

namespace {

const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/gui/");

/// The workspaces a role must have, written out here rather than taken from the client's own rule.
QList<Workspace> expectedWorkspaces(const QString& roleKey)
{
    if (roleKey == u"clerk")
        return {Workspace::Intake};
    if (roleKey == u"reviewer" || roleKey == u"approver")
        return {Workspace::Review};
    if (roleKey == u"seal_keeper")
        return {Workspace::PrintCentre};
    if (roleKey == u"supervisor")
        return {Workspace::Supervision};
    if (roleKey == u"enforcement_officer")
        return {Workspace::Enforcement};
    if (roleKey == u"hall_manager")
        return {Workspace::Dashboard};
    return {Workspace::Admin};
}

const QStringList kWorkspaceObjects{QStringLiteral("intakeWorkspace"),      QStringLiteral("reviewWorkspace"),
                                    QStringLiteral("printCentreWorkspace"), QStringLiteral("supervisionWorkspace"),
                                    QStringLiteral("enforcementWorkspace"), QStringLiteral("adminWorkspace"),
                                    QStringLiteral("dashboardWorkspace")};

QString objectNameOf(Workspace workspace)
{
    return kWorkspaceObjects.at(static_cast<int>(workspace));
}

QString passwordOf(const QString& username)
{
    for (const Setup::DemoAccount& account : Setup::demoAccounts()) {
        if (account.username == username)
            return account.password;
    }
    return {};
}

void typeInto(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

bool saveScreenshot(QWidget* widget, const QString& name)
{
    return widget->grab().save(kOutput + name + QStringLiteral(".png"), "PNG");
}

/// Testers stay alive as long as their models, so that later resets are checked too.
void testModel(QAbstractItemModel* model, QObject* owner)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, owner);
}

/// Every RowTableModel and proxy under @p root, and the dashboards' tables.
int testModelsUnder(QWidget* root)
{
    int count = 0;
    const QList<Dashboard*> dashboards = root->findChildren<Dashboard*>();
    for (Dashboard* dashboard : dashboards) {
        testModel(dashboard->groupModel(), root);
        testModel(dashboard->overdueModel(), root);
        count += 2;
    }
    const QList<FilteredTable*> tables = root->findChildren<FilteredTable*>();
    for (FilteredTable* table : tables) {
        testModel(table->model(), root);
        testModel(table->proxy(), root);
        count += 2;
    }
    return count;
}

QtMessageHandler g_testLog = nullptr;

/// The offscreen platform says on every dialog that it cannot propagate size hints; that is no news.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    g_testLog(type, context, message);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInEveryAccount_data();
    void signInEveryAccount();
    void signInShowsErrorsAtTheField();
    void signInSaysWhenTheAccountIsLocked();
    void idleLockAsksForThePassword();
    void firstSignInMustChangePassword();
    void adminPagesWork();
    void hallManagerSeesEverySectionAndDecidesNothing();
    void itemEditorShowsErrorsAtTheField();
    void clientCommandLine();
    void f5RefreshesTheWorkspaceShown();
    void f9DecidesAndTheSyncKeySyncs();

private:
    /// A food-business application of a new applicant accepted at the counter; its case number, and in
    /// @p noticeId the acceptance notice that waits for the seal.
    QString acceptAtTheCounter(QString* noticeId = nullptr);

    /// Signs @p username in through the dialog with the keyboard alone; the session, or nothing.
    std::optional<Session> signInByKeyboard(const QString& username, const QString& password);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Services> m_services;
    int m_accepted = 0;
};

void TestMainWindow::initTestCase()
{
    g_testLog = qInstallMessageHandler(quietOffscreen);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(defaultUiLanguage()));
    QLocale::setDefault(QLocale(defaultUiLanguage()));
    QVERIFY(QDir().mkpath(kOutput));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    auto opened = Services::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_services = std::move(opened).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
    QVERIFY(!Setup::demoAccounts().isEmpty());
}

void TestMainWindow::cleanupTestCase()
{
    m_services.reset();
}

std::optional<Session> TestMainWindow::signInByKeyboard(const QString& username, const QString& password)
{
    SignInDialog dialog(m_services->accounts(), m_path);
    dialog.show();
    if (!QTest::qWaitForWindowActive(&dialog))
        return std::nullopt;
    typeInto(username);
    press(Qt::Key_Tab);
    typeInto(password);
    press(Qt::Key_Return);
    if (dialog.result() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

void TestMainWindow::signInEveryAccount_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    for (const Setup::DemoAccount& account : Setup::demoAccounts())
        QTest::newRow(qPrintable(account.username)) << account.username << account.password << account.role;
}

void TestMainWindow::signInEveryAccount()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, role);

    const auto session = signInByKeyboard(username, password);
    QVERIFY2(session, qPrintable(username));
    QCOMPARE(session->username, username);

    MainWindow window(*m_services, *session, m_path);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const QList<Workspace> expected = expectedWorkspaces(role);
    QCOMPARE(window.workspaces(), expected);
    for (qsizetype i = 0; i < kWorkspaceObjects.size(); ++i) {
        const bool wanted = expected.contains(static_cast<Workspace>(i));
        QCOMPARE(window.findChild<QWidget*>(kWorkspaceObjects.at(i)) != nullptr, wanted);
    }

    // Every workspace by Ctrl+<n>, each with its own mnemonic, none shared with the menus.
    QStringList mnemonics{QStringLiteral("F"), QStringLiteral("V"), QStringLiteral("H")};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(i)), Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), expected.at(i));
        QWidget* workspace = window.workspaceWidget(expected.at(i));
        QVERIFY(workspace->isVisible());
        QVERIFY2(workspace->isAncestorOf(QApplication::focusWidget()), "the keyboard lands in the workspace");
        const QString mnemonic = QKeySequence::mnemonic(MainWindow::workspaceName(expected.at(i))).toString();
        QVERIFY(!mnemonic.isEmpty());
        QVERIFY(!mnemonics.contains(mnemonic.right(1)));
        mnemonics.append(mnemonic.right(1));
        QVERIFY(testModelsUnder(workspace) > 0);
        QVERIFY(saveScreenshot(&window, QStringLiteral("%1-%2").arg(username, objectNameOf(expected.at(i)))));

        if (auto* applications = qobject_cast<ApplicationsWorkspace*>(workspace)) {
            // Real data: the demo has applications in every state, so each workspace lists some, and only
            // in the states it deals with.
            QAbstractItemModel* model = applications->table()->model();
            QVERIFY2(model->rowCount() > 0, qPrintable(username));
            applications->refresh();
            QVERIFY(applications->findChild<QLabel*>(QStringLiteral("workspaceStatus")));
            // The filter box narrows the table as one types.
            QLineEdit* filter = applications->table()->filterEdit();
            const QString caseNumber = model->index(0, 0).data().toString();
            filter->setFocus();
            typeInto(caseNumber);
            QVERIFY(applications->table()->proxy()->rowCount() >= 1);
            QVERIFY(applications->table()->proxy()->rowCount() <= model->rowCount());
            QCOMPARE(applications->table()->proxy()->index(0, 0).data().toString(), caseNumber);
            filter->clear();
        }
        if (auto* admin = qobject_cast<AdminWorkspace*>(workspace)) {
            QTabWidget* tabs = admin->tabs();
            QVERIFY(tabs->count() > 0);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QVERIFY(saveScreenshot(&window,
                                       QStringLiteral("%1-admin-%2").arg(username, tabs->widget(tab)->objectName())));
            }
        }
    }

    // Separation of duties, as the tabs show it.
    if (auto* admin = window.findChild<AdminWorkspace*>()) {
        QCOMPARE(admin->cataloguePage() != nullptr, role == u"system_admin");
        QCOMPARE(admin->usersPage() != nullptr, role == u"system_admin" || role == u"security_admin");
        QCOMPARE(admin->auditPage() != nullptr, role == u"audit_admin");
    }

    // The status bar says who, in which role, where, and on which file.
    const auto* user = window.findChild<QLabel*>(QStringLiteral("userStatusLabel"));
    QVERIFY(user->text().contains(session->displayName));
    QVERIFY(user->text().contains(Roles::displayName(session->roles.value(0))));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("databaseStatusLabel"))
                ->text()
                .contains(QDir::toNativeSeparators(m_path)));

    // Settings (Ctrl+,) opens window-modal without blocking, and closes with Escape.
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    auto* settings = window.findChild<QDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    QVERIFY(saveScreenshot(settings, username + QStringLiteral("-settings")));
    settings->reject();
}

void TestMainWindow::hallManagerSeesEverySectionAndDecidesNothing()
{
    const auto manager = signInByKeyboard(QStringLiteral("hallmanager"), passwordOf(QStringLiteral("hallmanager")));
    QVERIFY(manager);
    MainWindow window(*m_services, *manager, m_path);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.workspaces(), QList<Workspace>{Workspace::Dashboard});
    auto* dashboard = window.workspaceWidget(Workspace::Dashboard)->findChild<Dashboard*>();
    QVERIFY(dashboard);
    QSignalSpy shown(dashboard, &Dashboard::reportShown);
    dashboard->applyQuickRange(Dashboard::ThisYear);
    dashboard->runReport();
    QVERIFY(shown.wait(20000));
    // Every section with cases has its row, and the total under them.
    const QStringList hallSections = [&] {
        QStringList names;
        for (const QStringList& row : dashboard->groupModel()->rows())
            names.append(row.first());
        return names;
    }();
    QVERIFY2(hallSections.size() > 2, qPrintable(hallSections.join(u',')));
    QVERIFY(saveScreenshot(&window, QStringLiteral("hallmanager-dashboard")));
    // No queue, no claim, no decision, no seal: the figures only.
    for (const char* name : {"reviewWorkspace", "intakeWorkspace", "printCentreWorkspace", "queueView", "claimButton",
                             "decideButton"})
        QVERIFY2(!window.findChild<QWidget*>(QString::fromLatin1(name)), name);
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(!window.findChild<QDialog*>());
    // F5 runs the report again: the dashboard is what this window shows.
    QSignalSpy again(dashboard, &Dashboard::reportShown);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(again.wait(20000));

    // The section chief sees the same dashboard beside the queue, over their own section only.
    const auto chief = signInByKeyboard(QStringLiteral("approver"), passwordOf(QStringLiteral("approver")));
    QVERIFY(chief);
    MainWindow chiefWindow(*m_services, *chief, m_path);
    chiefWindow.show();
    QVERIFY(QTest::qWaitForWindowActive(&chiefWindow));
    QVERIFY(!chiefWindow.workspaces().contains(Workspace::Dashboard));
    auto* own = chiefWindow.workspaceWidget(Workspace::Review)->findChild<Dashboard*>();
    QVERIFY(own);
    QSignalSpy ownShown(own, &Dashboard::reportShown);
    own->applyQuickRange(Dashboard::ThisYear);
    own->runReport();
    QVERIFY(ownShown.wait(20000));
    QCOMPARE(own->groupModel()->rowCount(), 2); // 商事登记科 and the total
    QCOMPARE(own->groupModel()->rows().first().first(), QStringLiteral("商事登记科"));
    QVERIFY(hallSections.contains(QStringLiteral("商事登记科")));
}

void TestMainWindow::signInShowsErrorsAtTheField()
{
    SignInDialog dialog(m_services->accounts(), m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeInto(QStringLiteral("reviewer.ghjs"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("not the password"));
    press(Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), QDialog::Rejected);
    const auto* error = dialog.findChild<QLabel*>(QStringLiteral("passwordError"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // What was typed stays; the cursor waits in the password field for the next try.
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("reviewer.ghjs"));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")));
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("signin-wrong-password")));

    // The right password then signs in, and the count of failures starts afresh.
    typeInto(passwordOf(QStringLiteral("reviewer.ghjs")));
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), QDialog::Accepted);
}

void TestMainWindow::signInSaysWhenTheAccountIsLocked()
{
    const QString username = QStringLiteral("clerk.general");
    SignInDialog dialog(m_services->accounts(), m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeInto(username);
    press(Qt::Key_Tab);
    for (int attempt = 0; attempt < AccountService::kMaxFailedAttempts; ++attempt) {
        typeInto(QStringLiteral("wrong-%1").arg(attempt));
        press(Qt::Key_Return);
    }
    const auto* passwordError = dialog.findChild<QLabel*>(QStringLiteral("passwordError"));
    QVERIFY(passwordError->isVisible());
    const QString lockedMessage = passwordError->text();
    QVERIFY(lockedMessage.contains(QString::number(AccountService::kLockMinutes)));

    // Even the right password is refused now, and the dialog says why.
    typeInto(passwordOf(username));
    press(Qt::Key_Return);
    QCOMPARE(dialog.result(), QDialog::Rejected);
    const auto* usernameError = dialog.findChild<QLabel*>(QStringLiteral("usernameError"));
    QVERIFY(usernameError->isVisible() || passwordError->isVisible());
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("signin-account-locked")));

    // An administrator lifts the lock, and the account signs in again.
    const auto accounts = m_services->accounts().listUsers(Session::system());
    QVERIFY(accounts.ok());
    for (const UserAccount& account : *accounts) {
        if (account.username == username)
            QVERIFY(m_services->accounts().unlock(Session::system(), account.id).ok());
    }
    QVERIFY(m_services->accounts().signIn(username, passwordOf(username)).ok());
}

void TestMainWindow::idleLockAsksForThePassword()
{
    const QString username = QStringLiteral("clerk.lc");
    const auto session = signInByKeyboard(username, passwordOf(username));
    QVERIFY(session);
    MainWindow window(*m_services, *session, m_path);
    QCOMPARE(window.idleWatcher()->interval(),
             std::chrono::milliseconds(std::chrono::minutes(m_services->settings().idleLockMinutes())));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.isLocked());

    // Input keeps it awake …
    window.setIdleInterval(std::chrono::milliseconds(1000));
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(250);
        press(Qt::Key_Shift);
    }
    QVERIFY(!window.isLocked());
    // … and none locks it.
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 5000);
    LockScreen* lock = window.lockScreen();
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->geometry(), window.rect());
    QCOMPARE(QApplication::focusWidget(), lock->passwordEdit());
    QVERIFY(!window.centralWidget()->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("intakeWorkspaceAction"))->isEnabled());
    QVERIFY(saveScreenshot(&window, QStringLiteral("lock-screen")));

    // A wrong password shows the service's message and stays locked.
    typeInto(QStringLiteral("wrong-password"));
    press(Qt::Key_Return);
    QVERIFY(window.isLocked());
    QVERIFY(lock->errorLabel()->isVisible());
    QVERIFY(!lock->errorLabel()->text().isEmpty());
    QVERIFY(lock->passwordEdit()->text().isEmpty());
    QVERIFY(saveScreenshot(&window, QStringLiteral("lock-screen-wrong-password")));

    // The right one unlocks, and the idle clock runs again.
    typeInto(passwordOf(username));
    press(Qt::Key_Return);
    QVERIFY(!window.isLocked());
    QVERIFY(window.centralWidget()->isEnabled());
    QVERIFY(window.idleWatcher()->isActive());

    // Ctrl+L locks at once; signing out from the lock screen ends the window's session.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.isLocked());
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    // The button's mnemonic, Alt+O, clicks it (after the click animation).
    QTest::keyClick(&window, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(signOut.count(), 1);
}

void TestMainWindow::firstSignInMustChangePassword()
{
    // A new account, as the system administrator makes it, with a role from the security administrator.
    const QString first = QStringLiteral("Start#2026a");
    UserProfile profile;
    profile.username = QStringLiteral("newclerk");
    profile.displayName = QStringLiteral("新同事");
    const auto id = m_services->accounts().createUser(Session::system(), profile, first, true);
    QVERIFY(id.ok());
    QVERIFY(m_services->accounts().setRoles(Session::system(), *id, {Role::Clerk}).ok());

    Client client(*m_services, m_path);
    client.start();
    SignInDialog* signIn = client.signInDialog();
    QVERIFY(signIn);
    QVERIFY(QTest::qWaitForWindowActive(signIn));
    typeInto(profile.username);
    press(Qt::Key_Tab);
    typeInto(first);
    press(Qt::Key_Return);

    // The password must be changed before the main window is there.
    ChangePasswordDialog* change = nullptr;
    QTRY_VERIFY((change = qobject_cast<ChangePasswordDialog*>(QApplication::activeWindow())));
    QVERIFY(!client.mainWindow());
    QVERIFY(saveScreenshot(change, QStringLiteral("change-password-forced")));
    typeInto(first);
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("weak"));
    press(Qt::Key_Tab);
    typeInto(QStringLiteral("weak"));
    press(Qt::Key_Return);
    const auto* policyError = change->findChild<QLabel*>(QStringLiteral("new_passwordError"));
    QVERIFY(policyError->isVisible());
    QVERIFY(!client.mainWindow());

    const QString chosen = QStringLiteral("Mine#2026b");
    change->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(chosen);
    change->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"))->setFocus();
    change->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"))->clear();
    typeInto(chosen);
    press(Qt::Key_Return);
    QTRY_VERIFY(client.mainWindow());
    QVERIFY(QTest::qWaitForWindowActive(client.mainWindow()));
    QCOMPARE(client.mainWindow()->workspaces(), QList<Workspace>{Workspace::Intake});
    QVERIFY(!client.mainWindow()->session().mustChangePassword);

    // Signing out brings the sign-in dialog back with the user name filled in.
    QTest::keyClick(client.mainWindow(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!client.mainWindow());
    QTRY_VERIFY(client.signInDialog() && client.signInDialog()->isVisible());
    QCOMPARE(client.signInDialog()->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(), profile.username);
    QVERIFY(m_services->accounts().signIn(profile.username, chosen).ok());
}

void TestMainWindow::adminPagesWork()
{
    const auto session =
        m_services->accounts().signIn(QStringLiteral("sysadmin"), passwordOf(QStringLiteral("sysadmin")));
    QVERIFY(session.ok());
    MainWindow window(*m_services, *session, m_path);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* admin = window.findChild<AdminWorkspace*>();
    QVERIFY(admin);
    testModelsUnder(admin);

    // The catalogue filters by pinyin initials and by name.
    CataloguePage* catalogue = admin->cataloguePage();
    QVERIFY(catalogue->table()->model()->rowCount() > 10);
    catalogue->table()->filterEdit()->setText(QStringLiteral("qysldj"));
    QCOMPARE(catalogue->table()->proxy()->rowCount(), 1);
    QCOMPARE(catalogue->table()->proxy()->index(0, 0).data().toString(), QStringLiteral("企业设立登记"));
    catalogue->table()->filterEdit()->clear();

    // Enter on a row opens its editor; its small tables are real models too.
    admin->tabs()->setCurrentWidget(catalogue);
    catalogue->table()->filterEdit()->setFocus();
    typeInto(QStringLiteral("qysldj"));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    ItemEditorDialog* editor = nullptr;
    QTRY_VERIFY((editor = catalogue->findChild<ItemEditorDialog*>()));
    QTRY_VERIFY(editor->isVisible());
    for (TableEditor* table : editor->findChildren<TableEditor*>())
        testModel(table->model(), editor);
    QVERIFY(editor->findChild<TableEditor*>(QStringLiteral("materialsEditor"))->rowCount() > 0);
    for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
        editor->tabs()->setCurrentIndex(tab);
        QVERIFY(saveScreenshot(editor, QStringLiteral("item-editor-%1").arg(tab + 1)));
    }
    // Saving unchanged is accepted by the service.
    editor->tabs()->setCurrentIndex(0);
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!catalogue->findChild<ItemEditorDialog*>());

    // A bad import lists every problem, row by row, and imports nothing.
    const QString exportedJson = m_dir.filePath(QStringLiteral("catalogue.json"));
    catalogue->exportFile(exportedJson);
    QJsonObject document;
    {
        QFile file(exportedJson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        document = QJsonDocument::fromJson(file.readAll()).object();
    }
    QJsonArray exportedItems = document.value(u"items").toArray();
    QVERIFY(exportedItems.size() > 4);
    QJsonObject second = exportedItems.at(1).toObject();
    second.insert(QStringLiteral("statutory_days"), -1);
    exportedItems.replace(1, second);
    QJsonObject fourth = exportedItems.at(3).toObject();
    fourth.insert(QStringLiteral("item_type"), QStringLiteral("99"));
    fourth.insert(QStringLiteral("section"), QStringLiteral("NOSUCH"));
    exportedItems.replace(3, fourth);
    document.insert(QStringLiteral("items"), exportedItems);
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
    }
    const int before = catalogue->table()->model()->rowCount();
    catalogue->importFile(bad);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = catalogue->findChild<QMessageBox*>(QStringLiteral("confirmImport"))));
    confirm->button(QMessageBox::Yes)->click();
    ImportProblemsDialog* problems = nullptr;
    QTRY_VERIFY((problems = catalogue->findChild<ImportProblemsDialog*>()));
    testModel(problems->model(), problems);
    QVERIFY(problems->model()->rowCount() >= 3);
    QVERIFY(saveScreenshot(problems, QStringLiteral("import-problems")));
    problems->reject();
    QCOMPARE(catalogue->table()->model()->rowCount(), before);

    // Export writes a file the same page can read back.
    const QString exported = m_dir.filePath(QStringLiteral("catalogue.csv"));
    catalogue->exportFile(exported);
    QVERIFY(QFileInfo(exported).size() > 1000);

    // The organisation editor opens on every kind.
    OrganisationPage* organisation = admin->organisationPage();
    for (int k = 0; k < organisation->tabs()->count(); ++k) {
        QVERIFY(organisation->table(k)->model()->rowCount() > 0);
        admin->tabs()->setCurrentWidget(organisation);
        organisation->tabs()->setCurrentIndex(k);
        organisation->editRecord(k, organisation->table(k)->model()->row(0).key);
        QDialog* record = nullptr;
        QTRY_VERIFY((record = organisation->findChild<QDialog*>(QStringLiteral("recordEditorDialog"))));
        QTRY_VERIFY(record->isVisible());
        QVERIFY(saveScreenshot(record, QStringLiteral("record-editor-%1").arg(k + 1)));
        record->reject();
        QTRY_VERIFY(!organisation->findChild<QDialog*>(QStringLiteral("recordEditorDialog")));
    }

    // The due-date calculator, on the worked examples of DOMAIN.md.
    CalendarPage* calendar = admin->calendarPage();
    QVERIFY(calendar->yearList()->count() >= 3);
    const struct
    {
        QDate start;
        int days;
        QDate due;
    } examples[] = {{QDate(2025, 1, 24), 5, QDate(2025, 2, 7)},
                    {QDate(2026, 2, 13), 3, QDate(2026, 2, 25)},
                    {QDate(2025, 12, 31), 20, QDate(2026, 1, 29)}};
    for (const auto& example : examples) {
        calendar->startEdit()->setDate(example.start);
        calendar->workingDaysSpin()->setValue(example.days);
        QVERIFY2(calendar->dueDateLabel()->text().startsWith(example.due.toString(Qt::ISODate)),
                 qPrintable(calendar->dueDateLabel()->text()));
    }
    calendar->startEdit()->setDate(QDate(2026, 12, 20));
    calendar->workingDaysSpin()->setValue(30);
    QVERIFY(!calendar->dueDateLabel()->text().startsWith(QStringLiteral("2027")));
    admin->tabs()->setCurrentWidget(calendar);
    QVERIFY(saveScreenshot(&window, QStringLiteral("calendar-unknown-year")));

    // The idle lock applies to this window at once when the administrator changes it.
    SystemSettingsPage* settings = admin->settingsPage();
    settings->idleMinutesSpin()->setValue(5);
    settings->save();
    QCOMPARE(m_services->settings().idleLockMinutes(), 5);
    QCOMPARE(window.idleWatcher()->interval(), std::chrono::milliseconds(std::chrono::minutes(5)));
    settings->idleMinutesSpin()->setValue(SettingsService::kDefaultIdleLockMinutes);
    settings->save();

    // The account editor, for a new account.
    UsersPage* accountsPage = admin->usersPage();
    admin->tabs()->setCurrentWidget(accountsPage);
    accountsPage->editUser(nullptr);
    QDialog* userEditor = nullptr;
    QTRY_VERIFY((userEditor = accountsPage->findChild<QDialog*>(QStringLiteral("userEditorDialog"))));
    QTRY_VERIFY(userEditor->isVisible());
    QVERIFY(saveScreenshot(userEditor, QStringLiteral("user-editor-new")));
    userEditor->reject();

    // Disabling an account is confirmed first.
    UsersPage* users = admin->usersPage();
    users->table()->selectKey(users->table()->model()->row(0).key);
    users->findChild<QPushButton*>(QStringLiteral("toggleActiveButton"))->click();
    QMessageBox* disable = nullptr;
    QTRY_VERIFY((disable = users->findChild<QMessageBox*>(QStringLiteral("confirmDisable"))));
    disable->button(QMessageBox::Cancel)->click();
}

void TestMainWindow::itemEditorShowsErrorsAtTheField()
{
    const auto session =
        m_services->accounts().signIn(QStringLiteral("sysadmin"), passwordOf(QStringLiteral("sysadmin")));
    QVERIFY(session.ok());
    ItemEditorDialog editor(*m_services, *session, QString());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    typeInto(QStringLiteral("TEST-001"));
    editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(editor.isVisible());
    // Some field is named; its line shows and the typed code stays.
    bool shown = false;
    for (QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->objectName().endsWith(QStringLiteral("Error")) && label->isVisibleTo(&editor) &&
            !label->text().isEmpty())
            shown = true;
    }
    QVERIFY(shown);
    QVERIFY(saveScreenshot(&editor, QStringLiteral("item-editor-error")));
}

void TestMainWindow::clientCommandLine()
{
    QProcess client;
    client.setProcessChannelMode(QProcess::SeparateChannels);
    // Without --db it says what to do, in Chinese, and fails.
    client.start(QStringLiteral(ONESEAL_CLIENT), {QStringLiteral("--language"), QStringLiteral("zh_CN")});
    QVERIFY(client.waitForFinished(30000));
    QCOMPARE(client.exitCode(), 1);
    QVERIFY(QString::fromLocal8Bit(client.readAllStandardError()).contains(QStringLiteral("--db")));

    // --screenshot signs in without dialogs and writes the window.
    const QString png = kOutput + QStringLiteral("cli-screenshot-reviewer.png");
    QFile::remove(png);
    // A copy of its own: one file is one device, whose journal one process at a time appends to.
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(m_services->database().backupTo(copy).ok());
    client.start(QStringLiteral(ONESEAL_CLIENT),
                 {QStringLiteral("--db"), copy, QStringLiteral("--user"), QStringLiteral("reviewer"),
                  QStringLiteral("--password"), passwordOf(QStringLiteral("reviewer")), QStringLiteral("--screenshot"),
                  png});
    QVERIFY(client.waitForFinished(60000));
    QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);

    // A wrong password fails with the service's message.
    client.start(QStringLiteral(ONESEAL_CLIENT),
                 {QStringLiteral("--db"), copy, QStringLiteral("--user"), QStringLiteral("reviewer"),
                  QStringLiteral("--password"), QStringLiteral("nope"), QStringLiteral("--screenshot"), png});
    QVERIFY(client.waitForFinished(60000));
    QCOMPARE(client.exitCode(), 1);
}

QString TestMainWindow::acceptAtTheCounter(QString* noticeId)
{
    IntakeRequest r;
    r.requestId = QStringLiteral("gui-mainwindow-%1").arg(++m_accepted);
    r.applicantKind = QStringLiteral("person");
    const QString body = QStringLiteral("32010219850101%1").arg(m_accepted, 3, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + ResidentId::checkCharacter(body);
    r.applicantName = QStringLiteral("刘洋");
    r.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // 食品经营许可, 商事登记科
    r.materials = IntakeTesting::received(IntakeTesting::kFoodMaterials);
    r.outcome = IntakeOutcome::Accept;
    const auto result =
        m_services->intake().submit(m_services->accounts().sessionFor(QStringLiteral("clerk")).value(), r);
    if (!result)
        return {};
    if (noticeId)
        *noticeId = result->noticeId;
    return result->caseNumber;
}

void TestMainWindow::f5RefreshesTheWorkspaceShown()
{
    // F5 reaches the workspace on screen with the focus inside it and with the focus on the navigation, and
    // each workspace reads again what it shows: the print centre its queue, the review its queue, the
    // counter its applications. A case is accepted behind the window's back each time.
    const auto listed = [](ApplicationsWorkspace* workspace, const QString& caseNumber) {
        const QAbstractItemModel* model = workspace->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == caseNumber)
                return true;
        }
        return false;
    };
    {
        MainWindow window(*m_services, m_services->accounts().sessionFor(QStringLiteral("sealkeeper")).value(),
                          m_path);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* printCentre = window.findChild<PrintCentreWorkspace*>();
        QVERIFY(printCentre && printCentre->isVisible());
        for (QWidget* focus : {static_cast<QWidget*>(printCentre->queueView()),
                               window.findChild<QWidget*>(QStringLiteral("printCentreWorkspaceButton"))}) {
            QString noticeId;
            QVERIFY(!acceptAtTheCounter(&noticeId).isEmpty());
            QCOMPARE(printCentre->queueModel()->rowOfNotice(noticeId), -1);
            focus->setFocus();
            press(Qt::Key_F5);
            QVERIFY2(printCentre->queueModel()->rowOfNotice(noticeId) >= 0, qPrintable(focus->objectName()));
            const QString message = printCentre->findChild<QLabel*>(QStringLiteral("printCentreMessage"))->text();
            QVERIFY2(message.contains(QString::number(printCentre->queueProxy()->rowCount())), qPrintable(message));
        }
        QVERIFY(saveScreenshot(&window, QStringLiteral("sealkeeper-f5")));
    }
    {
        MainWindow window(*m_services, m_services->accounts().sessionFor(QStringLiteral("reviewer")).value(), m_path);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* review = window.findChild<ReviewWorkspace*>();
        QVERIFY(review && review->isVisible());
        for (QWidget* focus : {static_cast<QWidget*>(review->findChild<QTableView*>(QStringLiteral("queueView"))),
                               window.findChild<QWidget*>(QStringLiteral("reviewWorkspaceButton"))}) {
            const QString number = acceptAtTheCounter();
            QVERIFY(!number.isEmpty());
            QCOMPARE(review->queueModel()->rowOf(number), -1);
            focus->setFocus();
            press(Qt::Key_F5);
            QVERIFY2(review->queueModel()->rowOf(number) >= 0, qPrintable(focus->objectName()));
            QVERIFY(listed(review, number)); // the applications tab with it
        }
    }
    {
        MainWindow window(*m_services, m_services->accounts().sessionFor(QStringLiteral("clerk")).value(), m_path);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* intake = qobject_cast<ApplicationsWorkspace*>(window.workspaceWidget(Workspace::Intake));
        QVERIFY(intake);
        auto* tabs = intake->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->count() - 1); // the applications
        for (QWidget* focus : {static_cast<QWidget*>(intake->table()->view()),
                               window.findChild<QWidget*>(QStringLiteral("intakeWorkspaceButton"))}) {
            const QString number = acceptAtTheCounter();
            QVERIFY(!number.isEmpty());
            QVERIFY(!listed(intake, number));
            focus->setFocus();
            press(Qt::Key_F5);
            QVERIFY2(listed(intake, number), qPrintable(focus->objectName()));
        }
    }
}

void TestMainWindow::f9DecidesAndTheSyncKeySyncs()
{
    // A central store on loopback that answers nothing useful: each sync the window starts is one connection.
    QTcpServer store;
    QVERIFY(store.listen(QHostAddress::LocalHost));
    int syncs = 0;
    connect(&store, &QTcpServer::newConnection, this, [&store, &syncs] {
        while (QTcpSocket* socket = store.nextPendingConnection()) {
            ++syncs;
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    Database& db = m_services->database();
    QVERIFY(SyncState::setValue(db, SyncState::kServerUrl,
                                QStringLiteral("http://127.0.0.1:%1").arg(store.serverPort()))
                .ok());
    const auto forget = qScopeGuard([&db] { (void)SyncState::setValue(db, SyncState::kServerUrl, QString()); });

    // A case with the reviewer's opinion, waiting for the approver.
    const QString number = acceptAtTheCounter();
    QVERIFY(!number.isEmpty());
    const Session reviewer = m_services->accounts().sessionFor(QStringLiteral("reviewer")).value();
    QVERIFY(m_services->review().claim(reviewer, number).ok());
    QVERIFY(m_services->review().recordOpinion(reviewer, number, {QStringLiteral("符合条件"), true, false, {}}).ok());

    const Session approver = m_services->accounts().sessionFor(QStringLiteral("approver")).value();
    MainWindow window(*m_services, approver, m_path);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.backgroundSync());
    // No keychain in this test: the token is given for the session, which syncs once at once.
    window.backgroundSync()->useSessionToken(QStringLiteral("test-token"));
    QTRY_COMPARE(syncs, 1);
    QTRY_VERIFY(!window.backgroundSync()->snapshot().syncing);

    auto* review = window.findChild<ReviewWorkspace*>();
    QVERIFY(review && review->isVisible());
    auto* queue = review->findChild<QTableView*>(QStringLiteral("queueView"));
    const int row = review->queueModel()->rowOf(number);
    QVERIFY(row >= 0);
    queue->setFocus();
    queue->setCurrentIndex(review->queueProxy()->mapFromSource(review->queueModel()->index(row, 0)));
    QCOMPARE(review->currentCase(), number);

    // F6 claims it for the approver, F9 decides it, and neither syncs.
    press(Qt::Key_F6);
    auto* reasons = review->findChild<QPlainTextEdit*>(QStringLiteral("reviewText"));
    QCOMPARE(QApplication::focusWidget(), reasons);
    reasons->setPlainText(QStringLiteral("符合法定条件。")); // QTest types ASCII only
    press(Qt::Key_F9);
    auto* message = review->findChild<QLabel*>(QStringLiteral("reviewMessage"));
    QVERIFY2(message->text().contains(number) && message->text().contains(QStringLiteral("准〔")),
             qPrintable(message->text()));
    QCOMPARE(review->queueModel()->rowOf(number), -1);
    QTest::qWait(200);
    QCOMPARE(syncs, 1);

    // The sync key, from the same queue, syncs and decides nothing; the menu and its hint name it.
    auto* syncNow = window.findChild<QAction*>(QStringLiteral("syncNowAction"));
    QVERIFY(syncNow);
    QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F12));
    QVERIFY2(syncNow->statusTip().contains(QStringLiteral("F12")), qPrintable(syncNow->statusTip()));
    const QString decided = message->text();
    QVERIFY(queue->hasFocus());
    press(Qt::Key_F12);
    QTRY_COMPARE(syncs, 2);
    QCOMPARE(message->text(), decided); // a decision, even a refused one, would say so here
    QVERIFY(queue->hasFocus());

    // The View menu as the user sees it, with the keys beside the items.
    auto* view = window.findChild<QMenu*>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QTest::keyClick(&window, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(view->isVisible());
    view->setActiveAction(syncNow); // as the mouse over it: the status bar gives the hint
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("F12")));
    QVERIFY(view->grab().save(kOutput + QStringLiteral("approver-view-menu.png"), "PNG"));
    QVERIFY(saveScreenshot(&window, QStringLiteral("approver-sync-hint")));
    view->hide();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
