// Enrolling a device from the client, as the system administrator meets it: the sync status in the
// main window offers the enrolment while the database is not connected, the dialog names the field
// to fix (an address that leads nowhere, a wrong code), and a good code connects the window, whose
// background sync then carries a new step to the central store. Run twice: inside with-keyring.sh
// (a real gnome-keyring: the token goes there) and with ONESEAL_TEST_KEYRING=none and a D-Bus address
// that leads nowhere (no keychain answers: the dialog says so, the token lives in this process only
// and the session still syncs). In neither case does the token reach a file. The real
// oneseal-server on loopback; screenshots under test-output/syncenrol/.
#include "deviceenroldialog.h"
#include "mainwindow.h"
#include "security/passwordhasher.h"
#include "serverprocess.h"
#include "services/services.h"
#include "sync/backgroundsync.h"
#include "sync/devicecredential.h"
#include "sync/syncstate.h"
#include "syncstatuswidget.h"
#include "translators.h"
#include "keyringsession.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <unistd.h>
#include <vector>

using namespace OneSeal;

namespace {

bool withKeyring()
{
    return qEnvironmentVariable("ONESEAL_TEST_KEYRING") != u"none";
}

void save(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(ONESEAL_TEST_OUTPUT "/syncenrol"));
    widget->grab().save(QStringLiteral(ONESEAL_TEST_OUTPUT "/syncenrol/") + name +
                        (withKeyring() ? QStringLiteral("-keyring") : QStringLiteral("-nokeyring")) +
                        QStringLiteral(".png"));
}

/// The files under @p root that contain @p secret.
QStringList filesContaining(const QString& root, const QByteArray& secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class TestSyncEnrol final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void enrolmentIsOfferedToTheSystemAdministratorOnly();
    void dialogNamesTheFieldToFix();
    void enrolThroughTheDialogAndSync();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// The system administrator's window on the hall's database, shown; its enrolment dialog opened.
    DeviceEnrolDialog* openDialog(MainWindow& window);
    qint64 centralCount(const QString& sql);

    QTemporaryDir m_dir;
    ServerProcess m_server{m_dir.path(), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"))};
};

void TestSyncEnrol::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(m_dir.isValid());
    QVERIFY(PasswordHasher::initialise());
    QVERIFY(installTranslators(QStringLiteral("zh_CN")));
    qInfo(withKeyring() ? "with a keyring" : "without a keyring");
    QCOMPARE(runCtl(m_dir.path(), {QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))})
                 .exitCode,
             0);
    const Run imported = m_server.run({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                       QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(m_server.start());
}

void TestSyncEnrol::cleanupTestCase()
{
    m_server.kill();
}

DeviceEnrolDialog* TestSyncEnrol::openDialog(MainWindow& window)
{
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    QToolButton* enrol = window.syncStatus()->enrolButton();
    if (!enrol->isVisible())
        return nullptr;
    enrol->click();
    return window.findChild<DeviceEnrolDialog*>();
}

qint64 TestSyncEnrol::centralCount(const QString& sql)
{
    auto central = Database::open(path(QStringLiteral("central.db")), OpenMode::ReadOnly);
    if (!central)
        return -1;
    auto q = (*central)->query(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

void TestSyncEnrol::enrolmentIsOfferedToTheSystemAdministratorOnly()
{
    auto services = Services::open(path(QStringLiteral("hall.db")));
    QVERIFY(services);
    for (const auto& [user, offered] : {std::pair{QStringLiteral("sysadmin"), true},
                                        std::pair{QStringLiteral("clerk"), false}}) {
        MainWindow window(**services, (*services)->accounts().sessionFor(user).value(), path(QStringLiteral("hall.db")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.backgroundSync());
        QVERIFY(window.syncStatus()->linkLabel()->text().contains(QStringLiteral("未接入")));
        QCOMPARE(window.syncStatus()->enrolButton()->isVisible(), offered);
    }
}

void TestSyncEnrol::dialogNamesTheFieldToFix()
{
    auto services = Services::open(path(QStringLiteral("hall.db")));
    QVERIFY(services);
    MainWindow window(**services, (*services)->accounts().sessionFor(QStringLiteral("sysadmin")).value(),
                      path(QStringLiteral("hall.db")));
    DeviceEnrolDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("向中心库登记本设备"));

    // Nothing typed: the address is asked for, in Chinese, before anything is sent.
    dialog->enrolButton()->click();
    QVERIFY2(dialog->fieldError(QStringLiteral("server_url")).contains(QStringLiteral("https://")),
             qPrintable(dialog->fieldError(QStringLiteral("server_url"))));

    // An address where no server listens: the address field says what to check.
    QTest::keyClicks(dialog->serverEdit(), QStringLiteral("http://127.0.0.1:1"));
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("ABCD-EFGH"));
    dialog->enrolButton()->click();
    const QString unreachable = dialog->fieldError(QStringLiteral("server_url"));
    QVERIFY2(unreachable.contains(QStringLiteral("无法连接")) && unreachable.contains(QStringLiteral("地址")),
             qPrintable(unreachable));
    QVERIFY(dialog->fieldError(QStringLiteral("code")).isEmpty());
    QVERIFY(dialog->enrolButton()->isEnabled());
    save(dialog, QStringLiteral("01-unreachable"));

    // The right server and a code it never gave: the code field says so and how to get a new one.
    dialog->serverEdit()->setText(m_server.url());
    dialog->enrolButton()->click();
    const QString wrongCode = dialog->fieldError(QStringLiteral("code"));
    QVERIFY2(wrongCode.contains(QStringLiteral("登记码")) && wrongCode.contains(QStringLiteral("enrol-code")),
             qPrintable(wrongCode));
    QVERIFY(dialog->fieldError(QStringLiteral("server_url")).isEmpty());
    save(dialog, QStringLiteral("02-wrong-code"));

    // Nothing was recorded: the database is still on its own.
    QVERIFY(SyncState::value((*services)->database(), SyncState::kServerUrl).isEmpty());
    QVERIFY(!window.backgroundSync());
}

void TestSyncEnrol::enrolThroughTheDialogAndSync()
{
    auto services = Services::open(path(QStringLiteral("hall.db")));
    QVERIFY(services);
    Database& db = (*services)->database();
    MainWindow window(**services, (*services)->accounts().sessionFor(QStringLiteral("sysadmin")).value(),
                      path(QStringLiteral("hall.db")));
    DeviceEnrolDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    const QString code = m_server.enrolCode(QStringLiteral("PZ"));
    QVERIFY(!code.isEmpty());
    dialog->serverEdit()->setText(m_server.url());
    QTest::keyClicks(dialog->codeEdit(), code);
    dialog->enrolButton()->click();

    const QString message = dialog->messageLabel()->text();
    QVERIFY2(dialog->messageLabel()->isVisible() && message.contains(QStringLiteral("PZ")), qPrintable(message));
    const auto token = DeviceCredential::load(db.deviceId());
    QVERIFY2(token, token ? "" : qPrintable(token.error().message));
    QVERIFY(!token->isEmpty());
    if (withKeyring()) {
        QVERIFY2(message.contains(QStringLiteral("系统钥匙串")), qPrintable(message));
    } else {
        QVERIFY2(message.contains(QStringLiteral("未能连接钥匙串")) && message.contains(QStringLiteral("本次会话")),
                 qPrintable(message));
    }
    save(dialog, QStringLiteral("03-enrolled"));
    dialog->close();

    // The window syncs in the background from now on.
    BackgroundSync* background = window.backgroundSync();
    QVERIFY2(background, "the enrolment starts the background sync");
    SyncStatusWidget* status = window.syncStatus();
    QTRY_VERIFY_WITH_TIMEOUT(status->linkLabel()->text().contains(QStringLiteral("在线")), 30000);
    QCOMPARE(background->snapshot().tokenForSessionOnly, !withKeyring());
    QCOMPARE(status->linkLabel()->text().contains(QStringLiteral("本次会话")), !withKeyring());
    QVERIFY(!status->enrolButton()->isVisible());
    save(&window, QStringLiteral("04-window"));

    // A step made now reaches the central store through that sync.
    const Session clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk")).value();
    const auto step = (*services)->store().record(clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"),
                                                  QStringLiteral("enrolled-applicant"),
                                                  {{QStringLiteral("kind"), QStringLiteral("person")},
                                                   {QStringLiteral("identifier"), QStringLiteral("enrol-1")},
                                                   {QStringLiteral("name"), QStringLiteral("登记后申请人")}});
    QVERIFY(step);
    background->syncNow();
    const QString held = QStringLiteral("SELECT count(*) FROM central_log WHERE event_id = '%1' AND outcome = "
                                        "'accepted'")
                             .arg(step->id);
    QTRY_COMPARE_WITH_TIMEOUT(centralCount(held), qint64(1), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(status->pendingLabel()->text(), QStringLiteral("待上传 0 条"), 30000);

    // The token is in no file: not in the database, its journal, or the user's configuration and data.
    const QByteArray secret = token->toUtf8();
    for (const QString& root : {m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)}) {
        const QStringList found = filesContaining(root, secret);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    }
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    const QByteArray mode = qgetenv("ONESEAL_TEST_KEYRING");
    // Without a keyring the user's folders are this run's own, so that the search for the token in
    // files covers everything the client could have written.
    QTemporaryDir home;
    if (mode == "none") {
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    }
    QApplication app(argc, argv);
    TestSyncEnrol test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncenrol.moc"
