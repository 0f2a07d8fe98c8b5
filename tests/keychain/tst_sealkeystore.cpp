#include "core/cose.h"
#include "core/licencetoken.h"
#include "security/sealkeystore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace OneSeal;

namespace {

LicenceClaims claims()
{
    LicenceClaims c;
    c.issuer = QStringLiteral("PZ-XZSP");
    c.serial = QStringLiteral("5101820000001-2026-000001");
    c.printNumber = 1;
    c.item = QStringLiteral("食品经营许可");
    c.holderName = QStringLiteral("彭州市天府餐饮管理有限公司");
    c.holderIdMasked = QStringLiteral("9135**********0Y43");
    c.issuedOn = QDate(2026, 11, 28);
    c.templateVersion = 1;
    c.recordHash = QByteArray(16, '\x5a');
    return c;
}

} // namespace

/// Runs inside tests/keyring-session.sh: a real gnome-keyring over a private D-Bus session.
class TestSealKeyStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsKeptInTheKeychainAndSigns();
    void keyIsNamespacedBySealAndKeyId();
    void missingKeyIsReportedNotGuessed();
    void noKeyEverLandsInAFile();
    void insecureFallbackIsNeverSwitchedOn();
};

void TestSealKeyStore::initTestCase()
{
    QVERIFY(Cose::initialise());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/keyring-session.sh");
}

void TestSealKeyStore::keyIsKeptInTheKeychainAndSigns()
{
    SealKeyStore store;
    const auto publicKey = store.generate(QStringLiteral("PZ-XZSP"));
    QVERIFY2(publicKey.ok(), publicKey.ok() ? "" : qPrintable(publicKey.error().message));
    QCOMPARE(publicKey->size(), Cose::kPublicKeyBytes);
    const QByteArray kid = Cose::keyIdOf(*publicKey);
    // A second store object (a later run of the program) finds the key again.
    SealKeyStore later;
    const auto code = later.signLicence(QStringLiteral("PZ-XZSP"), kid, claims());
    QVERIFY2(code.ok(), code.ok() ? "" : qPrintable(code.error().message));
    const auto opened = LicenceToken::open(*code);
    QVERIFY(opened.ok());
    QCOMPARE(opened->keyId, kid);
    QCOMPARE(LicenceToken::verify(*opened, *publicKey).value(), claims());
    // secret-tool sees the entry under the product's service name and the namespaced key.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"),
                SealKeyStore::entryName(QStringLiteral("PZ-XZSP"), kid)});
    QVERIFY(tool.waitForFinished(10000));
    const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    QVERIFY2(listing.contains(QStringLiteral("OneSeal")), qPrintable(listing));
}

void TestSealKeyStore::keyIsNamespacedBySealAndKeyId()
{
    SealKeyStore store;
    const QByteArray first = store.generate(QStringLiteral("LC-BMFW")).value();
    const QByteArray second = store.generate(QStringLiteral("LC-BMFW")).value();
    QVERIFY(first != second);
    // The new key did not overwrite the old: licences signed before a new key still come from the keychain.
    QVERIFY(store.signLicence(QStringLiteral("LC-BMFW"), Cose::keyIdOf(first), claims()).ok());
    QVERIFY(store.signLicence(QStringLiteral("LC-BMFW"), Cose::keyIdOf(second), claims()).ok());
    // Another seal's name with this key id finds nothing.
    const auto other = store.signLicence(QStringLiteral("JC-BMFW"), Cose::keyIdOf(first), claims());
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("keys.not_found"));
    QVERIFY(store.remove(QStringLiteral("LC-BMFW"), Cose::keyIdOf(first)).ok());
    QCOMPARE(store.signLicence(QStringLiteral("LC-BMFW"), Cose::keyIdOf(first), claims()).error().code,
             QStringLiteral("keys.not_found"));
}

void TestSealKeyStore::missingKeyIsReportedNotGuessed()
{
    SealKeyStore store;
    const auto code = store.signLicence(QStringLiteral("PZ-XZSP"), QByteArray(8, '\x01'), claims());
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code, QStringLiteral("keys.not_found"));
    QVERIFY(code.error().message.contains(QStringLiteral("keygen")));
}

void TestSealKeyStore::noKeyEverLandsInAFile()
{
    SealKeyStore store;
    QVERIFY(store.generate(QStringLiteral("ZH-BMFW")).ok());
    // QtKeychain's fallback would write QSettings under the config folder; the keyring itself is encrypted.
    QDirIterator it(QString::fromLocal8Bit(qgetenv("HOME")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!path.endsWith(QStringLiteral(".conf")) && !path.endsWith(QStringLiteral(".ini")), qPrintable(path));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains("seal-signing-key"), qPrintable(path));
    }
}

void TestSealKeyStore::insecureFallbackIsNeverSwitchedOn()
{
    QDirIterator it(QStringLiteral(ONESEAL_SOURCE_DIR "/app"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().replace(" ", "");
        QVERIFY2(!text.contains("setInsecureFallback(true)"), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 20);
}

QTEST_GUILESS_MAIN(TestSealKeyStore)
#include "tst_sealkeystore.moc"
