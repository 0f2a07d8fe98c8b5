// 一枚印章管服务 across sites: a town centre makes its own 便民服务中心专用章 key on its seal-keeping
// workstation, where the private key stays in that workstation's keychain, and registers the public key
// through the central store, which passes it on to every site; a town may not register keys for another
// site's seal or for the bureau's 行政审批专用章. The real oneseal-server on loopback over SQLite, the real
// onesealctl (verify reads the licence's QR code from an image), seal keys and device tokens in a real
// Secret Service keyring: the test runs itself again inside with-keyring.sh.
#include "db/database.h"
#include "print/codes.h"
#include "security/passwordhasher.h"
#include "serverprocess.h"
#include "services/services.h"
#include "keyringsession.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace OneSeal;

namespace {

const QString kFoodItem = QStringLiteral("11510182MB1D4D6X2F4000100151001");
const QString kPassword = QStringLiteral("Keys#2026");
const LicenceService::Renderer kPaper = [](const LicencePrintJob&) { return Status(); };

} // namespace

class TestSyncSeals final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void townSealKeyReachesEverySite();
    void townMayNotRegisterKeysForAnotherSitesSeal();

private:
    Run ctl(const QStringList& arguments) { return runCtl(m_dir.path(), arguments, 120000); }
    bool sync(const QString& db, Run* run = nullptr);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString scalar(const QString& db, const QString& sql);
    /// Creates a security administrator of @p siteCode at the hall, as the central hall manages accounts.
    void createSecurityAdmin(Services& services, const QString& username, const QString& siteCode);
    /// The town's own key for its seal @p seal, made at @p db by @p admin; the key id in hex.
    QString generateKeyAt(const QString& db, const QString& admin, const QString& seal);
    /// The licence's QR code printed at @p db, drawn into a PNG as a scanner would see it.
    QString scanOf(const QString& db, const QString& serial);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_central;
    QString m_serial;
    QString m_townKey;
};

bool TestSyncSeals::sync(const QString& db, Run* result)
{
    const Run run = ctl({QStringLiteral("sync"), QStringLiteral("--db"), path(db)});
    if (result)
        *result = run;
    if (run.exitCode != 0)
        qWarning().noquote() << "sync" << db << run.out << run.err;
    return run.exitCode == 0;
}

QString TestSyncSeals::scalar(const QString& db, const QString& sql)
{
    auto database = Database::open(path(db), OpenMode::ReadOnly);
    if (!database)
        return QStringLiteral("(cannot open)");
    auto q = (*database)->query(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

void TestSyncSeals::createSecurityAdmin(Services& services, const QString& username, const QString& siteCode)
{
    UserProfile profile;
    profile.username = username;
    profile.displayName = QStringLiteral("安全管理员 %1").arg(siteCode);
    profile.siteId = services.referenceData().idForCode(QStringLiteral("site"), siteCode).value();
    const auto id = services.accounts().createUser(services.accounts().sessionFor(QStringLiteral("sysadmin")).value(),
                                                   profile, kPassword, false);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const Status roles = services.accounts().setRoles(
        services.accounts().sessionFor(QStringLiteral("secadmin")).value(), *id, {Role::SecurityAdmin});
    QVERIFY2(roles, roles ? "" : qPrintable(roles.error().message));
}

QString TestSyncSeals::generateKeyAt(const QString& db, const QString& admin, const QString& seal)
{
    auto services = Services::open(path(db));
    if (!services)
        return {};
    const auto session = (*services)->accounts().sessionFor(admin);
    if (!session)
        return {};
    const auto key = (*services)->licences().generateSealKey(*session, seal);
    if (!key)
        qWarning().noquote() << key.error().message;
    return key ? *key : QString();
}

QString TestSyncSeals::scanOf(const QString& db, const QString& serial)
{
    const QString code = scalar(db, QStringLiteral("SELECT p.code FROM licence_prints p JOIN licences l ON l.id = "
                                                   "p.licence_id WHERE l.serial = '%1' ORDER BY p.print_number DESC")
                                        .arg(serial));
    if (code.isEmpty())
        return {};
    QImage image(640, 640, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    if (!Codes::drawQr(painter, QRectF(20, 20, 600, 600), code))
        return {};
    painter.end();
    const QString file = path(QStringLiteral("scan-%1.png").arg(serial));
    return image.save(file, "PNG") ? file : QString();
}

void TestSyncSeals::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run the test through with-keyring.sh");
    QVERIFY(PasswordHasher::initialise());
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), path(QStringLiteral("hall.db"))}).exitCode, 0);
    {
        // The bureau's key is made at the central hall; each town centre's security administrator is an
        // account of that town, made centrally like every account.
        auto services = Services::open(path(QStringLiteral("hall.db")));
        QVERIFY(services);
        const auto key = (*services)->licences().generateSealKey(
            (*services)->accounts().sessionFor(QStringLiteral("secadmin")).value(), QStringLiteral("PZ-XZSP"));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        createSecurityAdmin(**services, QStringLiteral("secadmin.lc"), QStringLiteral("LC"));
        createSecurityAdmin(**services, QStringLiteral("secadmin.jc"), QStringLiteral("JC"));
    }
    m_central =
        std::make_unique<ServerProcess>(m_dir.path(), QStringLiteral("sqlite:") + path(QStringLiteral("central.db")));
    const Run imported =
        m_central->run({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("hall.db")),
                        QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(m_central->start());
    for (const auto& [db, site] : {std::pair{QStringLiteral("hall.db"), QStringLiteral("PZ")},
                                   std::pair{QStringLiteral("lc.db"), QStringLiteral("LC")},
                                   std::pair{QStringLiteral("jc.db"), QStringLiteral("JC")}}) {
        const QString problem = m_central->enrolWithCtl(path(db), site);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(sync(db));
    }
}

void TestSyncSeals::cleanupTestCase()
{
    m_central.reset();
}

void TestSyncSeals::townSealKeyReachesEverySite()
{
    // 丽春镇's security administrator makes the centre's seal key on its own workstation.
    m_townKey = generateKeyAt(QStringLiteral("lc.db"), QStringLiteral("secadmin.lc"), QStringLiteral("LC-BMFW"));
    QVERIFY(!m_townKey.isEmpty());
    {
        // The town's seal keeper issues and prints a licence under that seal.
        auto services = Services::open(path(QStringLiteral("lc.db")));
        QVERIFY(services);
        Services& s = **services;
        const Session clerk = s.accounts().sessionFor(QStringLiteral("clerk.lc")).value();
        ApplicationRecord r;
        r.caseNumber = QStringLiteral("LC-20261120-0901");
        r.itemCode = kFoodItem;
        r.applicantKind = QStringLiteral("organisation");
        r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
        r.applicantName = QStringLiteral("彭州市丽春镇好味道餐馆");
        r.state = ApplicationState::Approved;
        r.receivedOn = QDate(2026, 11, 2);
        r.acceptedOn = QDate(2026, 11, 2);
        r.dueDate = QDate(2026, 11, 30);
        r.acceptedBy = clerk.userId;
        r.decidedBy = s.accounts().sessionFor(QStringLiteral("approver")).value().userId;
        r.decidedOn = QDate(2026, 11, 20);
        const auto recorded = s.applications().record(clerk, r);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
        LicenceIssueRequest request;
        request.caseNumber = r.caseNumber;
        request.sealCode = QStringLiteral("LC-BMFW");
        request.templateName = QStringLiteral("food_business_licence");
        request.validUntil = QDate(2031, 11, 19);
        request.fields = QJsonObject{{QStringLiteral("premises"), QStringLiteral("彭州市丽春镇场镇街8号")}};
        const Session keeper = s.accounts().sessionFor(QStringLiteral("sealkeeper.lc")).value();
        const auto issued = s.licences().issue(keeper, request);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        m_serial = issued->serial;
        const auto printed = s.licences().print(keeper, {m_serial, QStringLiteral("HP-LC01"), 1, QString()}, kPaper);
        QVERIFY2(printed, printed ? "" : qPrintable(printed.error().message));
    }
    const QString townScan = scanOf(QStringLiteral("lc.db"), m_serial);
    QVERIFY(!townScan.isEmpty());

    // 九尺镇 has never heard of the key: before the sync the code cannot be told genuine there.
    Run before = ctl({QStringLiteral("verify"), QStringLiteral("--db"), path(QStringLiteral("jc.db")),
                      QStringLiteral("--image"), townScan});
    QVERIFY2(!before.out.startsWith(QStringLiteral("genuine")), qPrintable(before.out + before.err));

    Run pushed;
    QVERIFY(sync(QStringLiteral("lc.db"), &pushed));
    QVERIFY2(pushed.out.contains(QStringLiteral("rejected 0)")) && !pushed.out.contains(QStringLiteral("pushed 0 ")),
             qPrintable(pushed.out));
    // The public key is in the central registry; the private key never left the town's keychain.
    QCOMPARE(scalar(QStringLiteral("central.db"),
                    QStringLiteral("SELECT count(*) FROM seal_keys WHERE id = '%1'").arg(m_townKey)),
             QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("central.db"),
                    QStringLiteral("SELECT count(*) FROM central_log WHERE outcome = 'rejected'")),
             QStringLiteral("0"));

    for (const QString& db : {QStringLiteral("hall.db"), QStringLiteral("jc.db")}) {
        QVERIFY(sync(db));
        QCOMPARE(scalar(db, QStringLiteral("SELECT key_id FROM seals WHERE code = 'LC-BMFW'")), m_townKey);
        const Run verified =
            ctl({QStringLiteral("verify"), QStringLiteral("--db"), path(db), QStringLiteral("--image"), townScan});
        QVERIFY2(verified.exitCode == 0, qPrintable(db + u' ' + verified.out + verified.err));
        QCOMPARE(verified.out.trimmed(), QStringLiteral("genuine valid"));
        QVERIFY2(verified.err.contains(m_serial), qPrintable(verified.err));
    }
}

void TestSyncSeals::townMayNotRegisterKeysForAnotherSitesSeal()
{
    QVERIFY2(!m_townKey.isEmpty(), "runs after townSealKeyReachesEverySite");
    const QString bureauKey = scalar(QStringLiteral("hall.db"), QStringLiteral("SELECT key_id FROM seals WHERE "
                                                                               "code = 'PZ-XZSP'"));
    QVERIFY(!bureauKey.isEmpty());
    // 九尺镇's security administrator makes keys for 丽春镇's seal and for the bureau's: each is a seal_key
    // and a seal step, four in all, and the central store refuses every one of them.
    const QString forLc =
        generateKeyAt(QStringLiteral("jc.db"), QStringLiteral("secadmin.jc"), QStringLiteral("LC-BMFW"));
    const QString forBureau =
        generateKeyAt(QStringLiteral("jc.db"), QStringLiteral("secadmin.jc"), QStringLiteral("PZ-XZSP"));
    QVERIFY(!forLc.isEmpty() && !forBureau.isEmpty());
    Run refused;
    QVERIFY(sync(QStringLiteral("jc.db"), &refused));
    QVERIFY2(refused.out.contains(QStringLiteral("pushed 4 (accepted 0, rejected 4)")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("belongs to another site")), qPrintable(refused.out));
    QCOMPARE(scalar(QStringLiteral("central.db"),
                    QStringLiteral("SELECT count(*) FROM central_log WHERE outcome = 'rejected' AND reason_code = "
                                   "'sync.not_owner' AND reason LIKE '%belongs to another site%'")),
             QStringLiteral("4"));
    QCOMPARE(scalar(QStringLiteral("central.db"),
                    QStringLiteral("SELECT count(*) FROM seal_keys WHERE id IN ('%1', '%2')").arg(forLc, forBureau)),
             QStringLiteral("0"));

    // A town may register its own seal's key, but not change the seal itself (here: pass it off as the
    // bureau's by its ring text) nor give it a key registered for another seal.
    {
        auto services = Services::open(path(QStringLiteral("lc.db")));
        QVERIFY(services);
        const Session admin = (*services)->accounts().sessionFor(QStringLiteral("secadmin.lc")).value();
        const QString sealId = scalar(QStringLiteral("lc.db"), QStringLiteral("SELECT id FROM seals WHERE code = "
                                                                              "'LC-BMFW'"));
        QVERIFY((*services)->store().record(admin, QStringLiteral("seal.key_registered"), QStringLiteral("seal"),
                                            sealId,
                                            {{QStringLiteral("key_id"), m_townKey},
                                             {QStringLiteral("ring_text"), QStringLiteral("彭州市行政审批局")}}));
        // Nor point its seal at the bureau's key.
        QVERIFY((*services)->store().record(admin, QStringLiteral("seal.key_registered"), QStringLiteral("seal"),
                                            sealId, {{QStringLiteral("key_id"), bureauKey}}));
    }
    QVERIFY(sync(QStringLiteral("lc.db"), &refused));
    QVERIFY2(refused.out.contains(QStringLiteral("pushed 2 (accepted 0, rejected 2)")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("ring_text")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(QStringLiteral("is not registered for this seal")), qPrintable(refused.out));

    // Every site still holds the registry as the owners made it.
    for (const QString& db : {QStringLiteral("hall.db"), QStringLiteral("lc.db"), QStringLiteral("jc.db")}) {
        QVERIFY(sync(db));
        QCOMPARE(scalar(db, QStringLiteral("SELECT key_id FROM seals WHERE code = 'PZ-XZSP'")), bureauKey);
        QCOMPARE(scalar(db, QStringLiteral("SELECT key_id FROM seals WHERE code = 'LC-BMFW'")), m_townKey);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM seal_keys WHERE id IN ('%1', '%2')").arg(forLc, forBureau)),
            QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT ring_text FROM seals WHERE code = 'LC-BMFW'")),
                 QStringLiteral("彭州市丽春镇人民政府"));
    }
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QGuiApplication app(argc, argv);
    TestSyncSeals test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncseals.moc"
