#include "core/base45.h"
#include "core/cose.h"
#include "core/licencetoken.h"

#include <QCborStreamWriter>
#include <QFile>
#include <QTest>

using namespace OneSeal;

namespace {

LicenceClaims sampleClaims()
{
    LicenceClaims c;
    c.issuer = QStringLiteral("PZ-XZSP");
    c.serial = QStringLiteral("5101820000001-2026-000001");
    c.printNumber = 1;
    c.item = QStringLiteral("食品经营许可");
    c.holderName = QStringLiteral("彭州市天府餐饮管理有限公司");
    c.holderIdMasked = QStringLiteral("9135**********0Y43");
    c.issuedOn = QDate(2026, 11, 28);
    c.validUntil = QDate(2031, 11, 27);
    c.templateVersion = 1;
    c.recordHash = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    return c;
}

struct Keys
{
    QByteArray publicKey;
    QByteArray secretKey;
    QByteArray kid;
};

Keys makeKeys()
{
    const auto [pk, sk] = Cose::generateKeyPair();
    return {pk, sk, Cose::keyIdOf(pk)};
}

/// What verify says about @p text for @p keys: the claims, or the error's code.
Result<LicenceClaims> check(const QString& text, const Keys& keys)
{
    const auto opened = LicenceToken::open(text);
    if (!opened)
        return opened.error();
    if (opened->keyId != keys.kid)
        return makeError(QStringLiteral("unknown_kid"), QString());
    return LicenceToken::verify(*opened, keys.publicKey);
}

} // namespace

class TestLicenceToken final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedCodeVerifies();
    void codeFitsAQuartileSymbol();
    void everyChangedByteIsForged();
    void otherSealsKeyIsForged();
    void keyIdIsTakenFromTheSignedHeader();
    void malformedInputIsRefusedWithoutCrashing_data();
    void malformedInputIsRefusedWithoutCrashing();
    void claimsAreStrict();
    void codeSignedElsewhereVerifies();
};

void TestLicenceToken::initTestCase()
{
    QVERIFY(Cose::initialise());
}

void TestLicenceToken::signedCodeVerifies()
{
    const Keys keys = makeKeys();
    const auto text = LicenceToken::issue(sampleClaims(), keys.kid, keys.secretKey);
    QVERIFY(text.ok());
    QVERIFY(text->startsWith(QStringLiteral("OS1:")));
    const auto claims = check(*text + QStringLiteral("\r\n"), keys); // a scanner's Enter is ignored
    QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().message));
    QCOMPARE(*claims, sampleClaims());
    // Ed25519 is deterministic: the same licence gives the same code, so a reprint is told apart by its number.
    QCOMPARE(LicenceToken::issue(sampleClaims(), keys.kid, keys.secretKey).value(), *text);
}

void TestLicenceToken::codeFitsAQuartileSymbol()
{
    const Keys keys = makeKeys();
    const QString text = LicenceToken::issue(sampleClaims(), keys.kid, keys.secretKey).value();
    // Only QR alphanumeric characters, and few enough for a symbol of version 14 at level Q (535 characters).
    static const QString alphanumeric = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    for (QChar c : text)
        QVERIFY2(alphanumeric.contains(c), qPrintable(text));
    QVERIFY2(text.size() < 535, qPrintable(QString::number(text.size())));
}

void TestLicenceToken::everyChangedByteIsForged()
{
    const Keys keys = makeKeys();
    const QString text = LicenceToken::issue(sampleClaims(), keys.kid, keys.secretKey).value();
    const QByteArray bytes = Base45::decode(text.mid(4)).value();
    int refused = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray changed = bytes;
        changed[i] = char(changed.at(i) ^ 0x01);
        QString forgedText = QStringLiteral("OS1:");
        forgedText.append(Base45::encode(changed));
        const auto result = check(forgedText, keys);
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("byte %1 changed and still genuine").arg(i)));
        ++refused;
    }
    QCOMPARE(refused, bytes.size());
}

void TestLicenceToken::otherSealsKeyIsForged()
{
    const Keys approval = makeKeys();
    const Keys town = makeKeys();
    // Signed with the town seal's key but naming the approval seal's key id.
    const QString text = LicenceToken::issue(sampleClaims(), approval.kid, town.secretKey).value();
    const auto result = check(text, approval);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("licence_token.bad_signature"));
}

void TestLicenceToken::keyIdIsTakenFromTheSignedHeader()
{
    const Keys keys = makeKeys();
    const QString text = LicenceToken::issue(sampleClaims(), keys.kid, keys.secretKey).value();
    const auto opened = LicenceToken::open(text);
    QVERIFY(opened.ok());
    QCOMPARE(opened->keyId, keys.kid);
    QCOMPARE(opened->algorithm, Cose::kAlgEdDsa);
    QCOMPARE(opened->keyId.size(), 8);
}

void TestLicenceToken::malformedInputIsRefusedWithoutCrashing_data()
{
    QTest::addColumn<QString>("text");
    auto b45 = [](const QByteArray& hex) {
        QString text = QStringLiteral("OS1:");
        text.append(Base45::encode(QByteArray::fromHex(hex)));
        return text;
    };
    QTest::newRow("no prefix") << QStringLiteral("HC1:6BFOXN");
    QTest::newRow("empty after the prefix") << QStringLiteral("OS1:");
    QTest::newRow("not base45") << QStringLiteral("OS1:abc");
    // The byte that crashes Qt 6.4's QCborValue::fromCbor: a byte string of 10 bytes with none present.
    QTest::newRow("0x4A") << b45("4a");
    QTest::newRow("truncated array") << b45("d284");
    QTest::newRow("indefinite array") << b45("d29f40a04040ff");
    QTest::newRow("wrong tag") << b45("d1844040a04040");
    QTest::newRow("deep nesting") << b45(QByteArray(200, '8').replace("88", "81") + "00");
    QTest::newRow("huge byte string length") << b45("d2845bffffffffffffffff");
    QTest::newRow("three parts") << b45("d28340a040");
    QTest::newRow("other algorithm ES256") << b45("d2844ba2012604480102030405060708a0404840404040404040404040");
    QTest::newRow("trailing bytes") << b45(
        "d2844ba2012704480102030405060708a04058400000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000");
    QString tooLong(3004, u'0');
    tooLong.replace(0, 4, QStringLiteral("OS1:"));
    QTest::newRow("too long") << tooLong;
}

void TestLicenceToken::malformedInputIsRefusedWithoutCrashing()
{
    QFETCH(QString, text);
    const Keys keys = makeKeys();
    const auto result = check(text, keys);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
}

void TestLicenceToken::claimsAreStrict()
{
    // A genuine signature over a payload with an unknown field, or keys out of order, is still refused.
    QByteArray payload;
    {
        QCborStreamWriter w(&payload);
        w.startMap(2);
        w.append(2);
        w.append(QStringLiteral("X"));
        w.append(1);
        w.append(QStringLiteral("Y"));
        w.endMap();
    }
    QVERIFY(!LicenceToken::decodeClaims(payload).ok());
    QByteArray unknown;
    {
        QCborStreamWriter w(&unknown);
        w.startMap(1);
        w.append(99);
        w.append(1);
        w.endMap();
    }
    QVERIFY(!LicenceToken::decodeClaims(unknown).ok());
    QVERIFY(!LicenceToken::decodeClaims(QByteArray::fromHex("4a")).ok());
    QCOMPARE(LicenceToken::decodeClaims(LicenceToken::encodeClaims(sampleClaims())).value(), sampleClaims());
    LicenceClaims noExpiry = sampleClaims();
    noExpiry.validUntil = QDate();
    QCOMPARE(LicenceToken::decodeClaims(LicenceToken::encodeClaims(noExpiry)).value(), noExpiry);
}

void TestLicenceToken::codeSignedElsewhereVerifies()
{
    // Written by an independent implementation (Python's cryptography package, CBOR and COSE by hand, from
    // RFC 8949 and RFC 9052), so that the format is the standard one and not merely our own round trip.
    QFile file(QStringLiteral(ONESEAL_SOURCE_DIR "/tests/fuzz/corpus/licencetoken/valid-code.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray publicKey =
        QByteArray::fromHex("00eda97046c0611e65fbc2a255d667549a64ed6e86ee14cf4edcd5f5f5290f6d");
    const auto opened = LicenceToken::open(QString::fromLatin1(file.readAll()));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->keyId, Cose::keyIdOf(publicKey));
    const auto claims = LicenceToken::verify(*opened, publicKey);
    QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().message));
    LicenceClaims expected = sampleClaims();
    expected.recordHash = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    QCOMPARE(*claims, expected);
    // Our encoder writes the same bytes for the same claims: the encoding is deterministic.
    QCOMPARE(LicenceToken::encodeClaims(expected), opened->payload);
}

QTEST_APPLESS_MAIN(TestLicenceToken)
#include "tst_licencetoken.moc"
