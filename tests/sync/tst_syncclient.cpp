// The client's side of the sync as a person meets it: the background sync in the main window's status
// bar, the list of refused steps with their reasons in Chinese, and the licence status list that lets a
// town centre refuse a revoked licence while it is offline. The real oneseal-server on loopback, the
// real onesealctl, device tokens and seal keys in a real Secret Service keyring (the test runs itself
// again inside with-keyring.sh), the widgets offscreen with screenshots under test-output/.
#include "conflictsdialog.h"
#include "filteredtable.h"
#include "mainwindow.h"
#include "rowtablemodel.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "sync/backgroundsync.h"
#include "sync/syncstate.h"
#include "syncstatuswidget.h"
#include "translators.h"
#include "keyringsession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <unistd.h>
#include <vector>

using namespace OneSeal;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kFoodItem = QStringLiteral("11510182MB1D4D6X2F4000100151001");
const LicenceService::Renderer kPaper = [](const LicencePrintJob&) { return Status(); };

void save(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(ONESEAL_TEST_OUTPUT "/syncclient"));
    widget->grab().save(QStringLiteral(ONESEAL_TEST_OUTPUT "/syncclient/") + name + QStringLiteral(".png"));
}

} // namespace

class TestSyncClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void missingTokenIsNamedInTheStatusBar();
    void statusBarFollowsTheBackgroundSync();
    void refusedStepIsListedWithItsChineseReason();
    void everySiteReceivesTheLicenceStatusList();
    void revokedLicenceIsRefusedAtHandOverWhileOffline();
    void stepOvertakenByAnotherWindowIsSentAgain();

private:
    Run ctl(const QStringList& arguments, bool chinese = false);
    Run server(const QStringList& arguments);
    bool startServer();
    void stopServer();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    bool sync(const QString& db);
    QString scalar(const QString& db, const QString& sql);
    /// A decided (准予) application recorded at @p clerk's site, and its licence issued and printed.
    QString printedLicence(const QString& db, const QString& caseNumber, const QString& clerk,
                           const QString& keeper, const QString& seal);

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
};

Run TestSyncClient::ctl(const QStringList& arguments, bool chinese)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locale = chinese ? QStringLiteral("zh_CN.UTF-8") : QStringLiteral("C");
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(ONESEAL_CTL), arguments);
    process.waitForFinished(120000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run TestSyncClient::server(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(ONESEAL_SERVER),
                  QStringList{QStringLiteral("--store"), QStringLiteral("sqlite:") + path(QStringLiteral("central.db"))} +
                      arguments);
    process.waitForFinished(60000);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

bool TestSyncClient::startServer()
{
    // The first start takes any free port; a restart takes the same one, which enrolled clients know.
    QByteArray log;
    m_server.setWorkingDirectory(m_dir.path());
    m_server.start(QStringLiteral(ONESEAL_SERVER),
                   {QStringLiteral("--store"), QStringLiteral("sqlite:") + path(QStringLiteral("central.db")),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_server.waitForStarted(10000))
        return false;
    for (int i = 0; i < 100; ++i) {
        m_server.waitForReadyRead(100);
        log += m_server.readAllStandardError();
        for (const QByteArray& line : log.split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.value(u"event").toString() == u"listening") {
                m_port = quint16(record.value(u"port").toInt());
                return true;
            }
        }
    }
    return false;
}

void TestSyncClient::stopServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(10000);
    }
}

bool TestSyncClient::sync(const QString& db)
{
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
    if (run.exitCode != 0)
        qWarning().noquote() << "sync" << db << run.out << run.err;
    return run.exitCode == 0;
}

QString TestSyncClient::scalar(const QString& db, const QString& sql)
{
    auto database = Database::open(path(db), OpenMode::ReadOnly);
    if (!database)
        return QStringLiteral("(cannot open)");
    auto q = (*database)->query(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

QString TestSyncClient::printedLicence(const QString& db, const QString& caseNumber, const QString& clerk,
                                       const QString& keeper, const QString& seal)
{
    auto services = Services::open(path(db));
    if (!services)
        return {};
    Services& s = **services;
    const Session clerkSession = s.accounts().sessionFor(clerk).value();
    ApplicationRecord r;
    r.caseNumber = caseNumber;
    r.itemCode = kFoodItem;
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.state = ApplicationState::Approved;
    r.receivedOn = QDate(2026, 11, 2);
    r.acceptedOn = QDate(2026, 11, 2);
    r.dueDate = QDate(2026, 11, 30);
    r.acceptedBy = clerkSession.userId;
    r.decidedBy = s.accounts().sessionFor(QStringLiteral("approver")).value().userId;
    r.decidedOn = QDate(2026, 11, 20);
    if (const auto recorded = s.applications().record(clerkSession, r); !recorded) {
        qWarning().noquote() << recorded.error().message;
        return {};
    }
    LicenceIssueRequest request;
    request.caseNumber = caseNumber;
    request.sealCode = seal;
    request.templateName = QStringLiteral("food_business_licence");
    request.validUntil = QDate(2031, 11, 27);
    request.fields = QJsonObject{{QStringLiteral("premises"), QStringLiteral("彭州市天彭街道南大街18号")}};
    const Session keeperSession = s.accounts().sessionFor(keeper).value();
    const auto issued = s.licences().issue(keeperSession, request);
    if (!issued) {
        qWarning().noquote() << issued.error().message;
        return {};
    }
    const auto printed =
        s.licences().print(keeperSession, {issued->serial, QStringLiteral("HP-C01"), 1, QString()}, kPaper);
    if (!printed) {
        qWarning().noquote() << printed.error().message;
        return {};
    }
    return issued->serial;
}

void TestSyncClient::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run the test through with-keyring.sh");
    QVERIFY(PasswordHasher::initialise());
    QVERIFY(installTranslators(QStringLiteral("zh_CN")));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))}).exitCode, 0);
    {
        // The seals' signing keys are made centrally; the town centre's key waits in this keyring, where
        // the town's seal keeper finds it.
        auto services = Services::open(path(QStringLiteral("hall.db")));
        QVERIFY(services);
        const Session secadmin = (*services)->accounts().sessionFor(QStringLiteral("secadmin")).value();
        for (const QString& seal : {QStringLiteral("PZ-XZSP"), QStringLiteral("LC-BMFW")}) {
            const auto key = (*services)->licences().generateSealKey(secadmin, seal);
            QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        }
    }
    const Run imported = server({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                                 QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(startServer());
    for (const auto& [db, site] : {std::pair{QStringLiteral("hall.db"), QStringLiteral("PZ")},
                                   std::pair{QStringLiteral("town.db"), QStringLiteral("LC")}}) {
        const QString code = server({QStringLiteral("enrol-code"), QStringLiteral("--site"), site}).out.trimmed();
        QVERIFY(!code.isEmpty());
        const Run run = ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(db), QStringLiteral("--server"),
                             url(), QStringLiteral("--code"), code});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("kept in the system keychain")));
        QVERIFY(sync(db));
    }
}

void TestSyncClient::cleanupTestCase()
{
    stopServer();
}

void TestSyncClient::missingTokenIsNamedInTheStatusBar()
{
    // A device whose token is in no keychain: the status bar says so instead of pretending to be offline.
    BackgroundSync background(path(QStringLiteral("town.db")), QStringLiteral("no-such-device"), QUrl(url()));
    SyncStatusWidget widget;
    connect(&background, &BackgroundSync::snapshotChanged, &widget, &SyncStatusWidget::showSnapshot);
    background.start();
    QTRY_VERIFY_WITH_TIMEOUT(!background.snapshot().problemCode.isEmpty(), 20000);
    QCOMPARE(background.snapshot().problemCode, QStringLiteral("credential.missing"));
    QVERIFY2(widget.linkLabel()->text().contains(QStringLiteral("无设备令牌")), qPrintable(widget.linkLabel()->text()));
    QVERIFY(widget.linkLabel()->toolTip().contains(QStringLiteral("onesealctl enroll")));
    // It tries again later, not in a tight loop.
    QVERIFY(background.currentDelay() > std::chrono::minutes(1));
}

void TestSyncClient::statusBarFollowsTheBackgroundSync()
{
    auto services = Services::open(path(QStringLiteral("town.db")));
    QVERIFY(services);
    const Session clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc")).value();
    MainWindow window(**services, clerk, path(QStringLiteral("town.db")));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    BackgroundSync* background = window.backgroundSync();
    QVERIFY2(background, "an enrolled database syncs in the background");
    background->setMaxBackoff(std::chrono::seconds(2));
    SyncStatusWidget* status = window.syncStatus();
    QTRY_VERIFY_WITH_TIMEOUT(status->linkLabel()->text().contains(QStringLiteral("在线")), 30000);
    QVERIFY2(status->lastSyncLabel()->text().startsWith(QStringLiteral("上次同步 ")),
             qPrintable(status->lastSyncLabel()->text()));
    QCOMPARE(status->pendingLabel()->text(), QStringLiteral("待上传 0 条"));
    QCOMPARE(status->conflictsButton()->text(), QStringLiteral("被拒绝 0 条"));
    save(&window, QStringLiteral("01-online"));

    // The central store goes away: a step made now waits, and the status bar says offline.
    stopServer();
    const auto step = (*services)->store().record(clerk, QStringLiteral("applicant.saved"),
                                                  QStringLiteral("applicant"), QStringLiteral("offline-applicant"),
                                                  {{QStringLiteral("kind"), QStringLiteral("person")},
                                                   {QStringLiteral("identifier"), QStringLiteral("offline-1")},
                                                   {QStringLiteral("name"), QStringLiteral("离线申请人")}});
    QVERIFY(step);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(&window, Qt::Key_F12); // Sync now
    QTRY_VERIFY_WITH_TIMEOUT(status->linkLabel()->text().contains(QStringLiteral("离线")), 30000);
    // The window kept answering while the sync thread waited for the network.
    QVERIFY(clock.elapsed() < 30000);
    QCOMPARE(status->pendingLabel()->text(), QStringLiteral("待上传 1 条"));
    QVERIFY(status->linkLabel()->toolTip().contains(QStringLiteral("127.0.0.1")));
    save(&window, QStringLiteral("02-offline"));
    QVERIFY(background->currentDelay() <= std::chrono::seconds(2));

    // Back online: the backoff brings the next attempt soon and the waiting step goes out.
    QVERIFY(startServer());
    QTRY_VERIFY_WITH_TIMEOUT(status->pendingLabel()->text() == QStringLiteral("待上传 0 条"), 30000);
    QVERIFY(status->linkLabel()->text().contains(QStringLiteral("在线")));
    QCOMPARE(scalar(QStringLiteral("hall.db"), QStringLiteral("SELECT count(*) FROM applicants WHERE id = "
                                                               "'offline-applicant'")),
             QStringLiteral("0")); // the hall has not pulled yet …
    QVERIFY(sync(QStringLiteral("hall.db")));
    QCOMPARE(scalar(QStringLiteral("hall.db"), QStringLiteral("SELECT name FROM applicants WHERE id = "
                                                               "'offline-applicant'")),
             QStringLiteral("离线申请人")); // … and has it after its sync
}

void TestSyncClient::refusedStepIsListedWithItsChineseReason()
{
    auto services = Services::open(path(QStringLiteral("town.db")));
    QVERIFY(services);
    const Session clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc")).value();
    MainWindow window(**services, clerk, path(QStringLiteral("town.db")));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    SyncStatusWidget* status = window.syncStatus();
    QTRY_VERIFY_WITH_TIMEOUT(status->linkLabel()->text().contains(QStringLiteral("在线")), 30000);

    // The town centre renames a catalogue item, which only the central hall may do.
    QString itemId;
    {
        auto q = (*services)->database().query(QStringLiteral("SELECT id FROM items ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        itemId = q->value(0).toString();
    }
    QVERIFY((*services)->store().record(clerk, QStringLiteral("item.saved"), QStringLiteral("item"), itemId,
                                        {{QStringLiteral("name"), QStringLiteral("镇上改的名字")}}));
    QTest::keyClick(&window, Qt::Key_F12); // Sync now
    QTRY_COMPARE_WITH_TIMEOUT(status->conflictsButton()->text(), QStringLiteral("被拒绝 1 条"), 30000);
    save(&window, QStringLiteral("03-refused"));

    // Keyboard first: Ctrl+Shift+Y opens the list with the refused step selected.
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    ConflictsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConflictsDialog*>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QAbstractItemModelTester tester(dialog->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->table()->model()->rowCount(), 1);
    auto cell = [dialog](int column) { return dialog->table()->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(1), QStringLiteral("修改事项目录"));
    QCOMPARE(cell(3), clerk.displayName);
    QVERIFY2(cell(4).contains(QStringLiteral("只能由中心大厅修改")), qPrintable(cell(4)));
    auto* detail = dialog->findChild<QLabel*>(QStringLiteral("conflictDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("请中心大厅修改")));
    QVERIFY(detail->text().contains(QStringLiteral("sync.central_only")));
    // Nothing to send again: the same step would be refused again.
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("resubmitButton"))->isEnabled());
    // The refused change was taken back here too.
    QCOMPARE(scalar(QStringLiteral("town.db"), QStringLiteral("SELECT count(*) FROM items WHERE name = '镇上改的名字'")),
             QStringLiteral("0"));
    save(dialog, QStringLiteral("04-conflicts-list"));

    // Del marks it seen: it leaves the list and the status bar.
    QTRY_VERIFY2(dialog->table()->view()->hasFocus(), QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    QTest::keyClick(dialog->table()->view(), Qt::Key_Delete);
    QCOMPARE(dialog->table()->model()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(status->conflictsButton()->text(), QStringLiteral("被拒绝 0 条"), 30000);
    dialog->reject();
}

void TestSyncClient::everySiteReceivesTheLicenceStatusList()
{
    // A licence of the hall, for an application the town centre never sees, still reaches the town
    // with its print, so that the town's register knows every licence's status.
    const QString serial = printedLicence(QStringLiteral("hall.db"), QStringLiteral("PZ-20261128-0801"),
                                          QStringLiteral("clerk"), QStringLiteral("sealkeeper"),
                                          QStringLiteral("PZ-XZSP"));
    QVERIFY(!serial.isEmpty());
    QVERIFY(sync(QStringLiteral("hall.db")));
    QVERIFY(sync(QStringLiteral("town.db")));
    const QString town = QStringLiteral("town.db");
    QCOMPARE(scalar(town, QStringLiteral("SELECT status FROM licences WHERE serial = '%1'").arg(serial)),
             QStringLiteral("issued"));
    QCOMPARE(scalar(town, QStringLiteral("SELECT count(*) FROM licence_prints p JOIN licences l ON l.id = "
                                         "p.licence_id WHERE l.serial = '%1'")
                              .arg(serial)),
             QStringLiteral("1"));
    QCOMPARE(scalar(town, QStringLiteral("SELECT count(*) FROM applications WHERE case_number = 'PZ-20261128-0801'")),
             QStringLiteral("0"));
    // Everything a site needs is there: catalogue, calendar, users, seals' keys, dishonesty list.
    for (const QString& table : {QStringLiteral("items"), QStringLiteral("calendar_days"), QStringLiteral("users"),
                                QStringLiteral("seal_keys"), QStringLiteral("dishonesty_entries"),
                                QStringLiteral("licences")}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
        QVERIFY2(scalar(town, sql).toInt() > 0, qPrintable(table));
        QCOMPARE(scalar(town, sql), scalar(QStringLiteral("hall.db"), sql));
    }
    // The town verifies the hall's licence code offline, and does not hand it over: it is the hall's.
    const QString code = scalar(QStringLiteral("hall.db"), QStringLiteral("SELECT code FROM licence_prints LIMIT 1"));
    const Run verified = ctl({QStringLiteral("verify"), QStringLiteral("--db"), path(town), QStringLiteral("--qr-text"), code});
    QVERIFY2(verified.out.trimmed() == QStringLiteral("genuine valid"), qPrintable(verified.out + verified.err));
    const Run handover = ctl({QStringLiteral("licence"), QStringLiteral("handover"), QStringLiteral("--db"), path(town),
                              QStringLiteral("--user"), QStringLiteral("clerk.lc"), QStringLiteral("--serial"), serial});
    QCOMPARE(handover.exitCode, 1);
    QVERIFY2(handover.err.contains(QStringLiteral("another site")), qPrintable(handover.err));
    // Nor may the town revoke it: a revocation written into the town's database behind the service's
    // back (a copied or tampered database) is refused by the server, and the town's register goes back
    // to what the server holds.
    {
        auto services = Services::open(path(town));
        QVERIFY(services);
        const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc"));
        QVERIFY(clerk);
        const QString licenceId = scalar(town, QStringLiteral("SELECT id FROM licences WHERE serial = '%1'").arg(serial));
        QVERIFY((*services)->store().record(*clerk, QStringLiteral("licence.revoked"), QStringLiteral("licence"),
                                            licenceId,
                                            {{QStringLiteral("status"), QStringLiteral("revoked")},
                                             {QStringLiteral("status_reason"), QStringLiteral("冒用撤销")},
                                             {QStringLiteral("status_by"), clerk->userId},
                                             {QStringLiteral("status_at"), QStringLiteral("2026-11-28T10:00:00.000Z")}}));
    }
    const Run forged = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(town)});
    QVERIFY2(forged.out.contains(QStringLiteral("pushed 1 (accepted 0, rejected 1)")), qPrintable(forged.out));
    QVERIFY2(forged.out.contains(QStringLiteral("issued at another site")), qPrintable(forged.out));
    QCOMPARE(scalar(town, QStringLiteral("SELECT status FROM licences WHERE serial = '%1'").arg(serial)),
             QStringLiteral("issued"));
    QVERIFY(sync(QStringLiteral("hall.db")));
    QCOMPARE(scalar(QStringLiteral("hall.db"), QStringLiteral("SELECT status FROM licences WHERE serial = '%1'").arg(serial)),
             QStringLiteral("issued"));
}

void TestSyncClient::revokedLicenceIsRefusedAtHandOverWhileOffline()
{
    // The town centre issues and prints two licences under its own seal.
    const QString revoked = printedLicence(QStringLiteral("town.db"), QStringLiteral("LC-20261128-0901"),
                                           QStringLiteral("clerk.lc"), QStringLiteral("sealkeeper.lc"),
                                           QStringLiteral("LC-BMFW"));
    const QString kept = printedLicence(QStringLiteral("town.db"), QStringLiteral("LC-20261128-0902"),
                                        QStringLiteral("clerk.lc"), QStringLiteral("sealkeeper.lc"),
                                        QStringLiteral("LC-BMFW"));
    QVERIFY(!revoked.isEmpty() && !kept.isEmpty());
    QVERIFY(sync(QStringLiteral("town.db")));
    QVERIFY(sync(QStringLiteral("hall.db")));
    // The approver at the hall revokes the first one …
    {
        auto hall = Services::open(path(QStringLiteral("hall.db")));
        QVERIFY(hall);
        const Session approver = (*hall)->accounts().sessionFor(QStringLiteral("approver")).value();
        const Status done = (*hall)->licences().revoke(approver, revoked, QStringLiteral("以欺骗手段取得许可，依法撤销"));
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    }
    QVERIFY(sync(QStringLiteral("hall.db")));
    // … the town centre syncs once, then loses the central store.
    QVERIFY(sync(QStringLiteral("town.db")));
    stopServer();
    QVERIFY(!sync(QStringLiteral("town.db")));

    const Run refused = ctl({QStringLiteral("licence"), QStringLiteral("handover"), QStringLiteral("--db"),
                             path(QStringLiteral("town.db")), QStringLiteral("--user"), QStringLiteral("clerk.lc"),
                             QStringLiteral("--serial"), revoked},
                            true);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("许可证 %1 已于").arg(revoked)), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("撤销")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("以欺骗手段取得许可，依法撤销")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("不得送达")), qPrintable(refused.err));
    QCOMPARE(scalar(QStringLiteral("town.db"),
                    QStringLiteral("SELECT state FROM applications WHERE case_number = 'LC-20261128-0901'")),
             QStringLiteral("issued"));

    // The licence nobody revoked is handed over, offline as well, and waits to be sent.
    const Run handed = ctl({QStringLiteral("licence"), QStringLiteral("handover"), QStringLiteral("--db"),
                            path(QStringLiteral("town.db")), QStringLiteral("--user"), QStringLiteral("clerk.lc"),
                            QStringLiteral("--serial"), kept});
    QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
    QVERIFY(handed.out.contains(QStringLiteral("handed over ") + kept));
    QCOMPARE(scalar(QStringLiteral("town.db"),
                    QStringLiteral("SELECT state FROM applications WHERE case_number = 'LC-20261128-0902'")),
             QStringLiteral("delivered"));
    QVERIFY(startServer());
    QVERIFY(sync(QStringLiteral("town.db")));
    QVERIFY(sync(QStringLiteral("hall.db")));
    QCOMPARE(scalar(QStringLiteral("hall.db"),
                    QStringLiteral("SELECT state FROM applications WHERE case_number = 'LC-20261128-0902'")),
             QStringLiteral("delivered"));
}

void TestSyncClient::stepOvertakenByAnotherWindowIsSentAgain()
{
    // A second window of the town centre, up to date for now.
    const QString code = server({QStringLiteral("enrol-code"), QStringLiteral("--site"), QStringLiteral("LC")}).out.trimmed();
    QVERIFY(!code.isEmpty());
    QCOMPARE(ctl({QStringLiteral("enroll"), QStringLiteral("--db"), path(QStringLiteral("town2.db")),
                  QStringLiteral("--server"), url(), QStringLiteral("--code"), code})
                 .exitCode,
             0);
    QVERIFY(sync(QStringLiteral("town2.db")));
    const QString subject = QStringLiteral("offline-applicant");
    auto rename = [&](const QString& db, const QString& name) {
        auto services = Services::open(path(db));
        QVERIFY(services);
        const Session clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc")).value();
        QVERIFY((*services)->store().record(clerk, QStringLiteral("applicant.saved"), QStringLiteral("applicant"),
                                            subject, {{QStringLiteral("phone"), name}}));
    };
    // Both windows change the same applicant; the first window's change reaches the server first.
    rename(QStringLiteral("town.db"), QStringLiteral("13800000001"));
    rename(QStringLiteral("town2.db"), QStringLiteral("13800000002"));
    QVERIFY(sync(QStringLiteral("town.db")));
    QVERIFY(sync(QStringLiteral("town2.db")));
    const QString phone = QStringLiteral("SELECT phone FROM applicants WHERE id = 'offline-applicant'");
    QCOMPARE(scalar(QStringLiteral("town2.db"), phone), QStringLiteral("13800000001"));

    auto services = Services::open(path(QStringLiteral("town2.db")));
    QVERIFY(services);
    const Session clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk.lc")).value();
    ConflictsDialog dialog(**services, clerk);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    const QString reason = dialog.table()->model()->index(0, 4).data().toString();
    QVERIFY2(reason.contains(QStringLiteral("他人已先行修改")), qPrintable(reason));
    QCOMPARE(dialog.table()->model()->index(0, 1).data().toString(), QStringLiteral("保存申请人"));
    auto* resubmit = dialog.findChild<QPushButton*>(QStringLiteral("resubmitButton"));
    QVERIFY(resubmit->isEnabled());
    save(&dialog, QStringLiteral("05-overtaken-step"));
    QTRY_VERIFY(dialog.table()->view()->hasFocus());
    resubmit->click();
    QVERIFY2(dialog.table()->model()->rowCount() == 0,
             qPrintable(dialog.findChild<QLabel*>(QStringLiteral("conflictMessage"))->text()));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("conflictMessage"))->text().contains(QStringLiteral("重新登记")));
    // Sent again on the applicant as it is now, the step is accepted and reaches the hall.
    QVERIFY(sync(QStringLiteral("town2.db")));
    QCOMPARE(scalar(QStringLiteral("town2.db"), QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved = 0")),
             QStringLiteral("0"));
    QVERIFY(sync(QStringLiteral("hall.db")));
    QCOMPARE(scalar(QStringLiteral("hall.db"), phone), QStringLiteral("13800000002"));
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QApplication app(argc, argv);
    TestSyncClient test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncclient.moc"
