#include "core/base45.h"

#include <QTest>

using namespace OneSeal;

class TestBase45 final : public QObject
{
    Q_OBJECT

private slots:
    void encodesTheRfcExamples_data();
    void encodesTheRfcExamples();
    void refusesWhatNoEncoderWrites_data();
    void refusesWhatNoEncoderWrites();
    void roundTripsEveryByte();
};

void TestBase45::encodesTheRfcExamples_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // RFC 9285 §4.3 and §4.4.
    QTest::newRow("AB") << QByteArray("AB") << QStringLiteral("BB8");
    QTest::newRow("Hello!!") << QByteArray("Hello!!") << QStringLiteral("%69 VD92EX0");
    QTest::newRow("base-45") << QByteArray("base-45") << QStringLiteral("UJCLQE7W581");
    QTest::newRow("ietf!") << QByteArray("ietf!") << QStringLiteral("QED8WEX0");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestBase45::encodesTheRfcExamples()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(Base45::encode(bytes), text);
    const auto decoded = Base45::decode(text);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, bytes);
}

void TestBase45::refusesWhatNoEncoderWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("GGW is above 65535 (RFC 9285 §4.4)") << QStringLiteral("GGW");
    QTest::newRow("one character over") << QStringLiteral("BB8A");
    QTest::newRow("lower case") << QStringLiteral("bb8");
    QTest::newRow("outside the alphabet") << QStringLiteral("BB#");
    QTest::newRow("Han character") << QStringLiteral("BB中");
    QTest::newRow("last pair above 255") << QStringLiteral("BB8::");
}

void TestBase45::refusesWhatNoEncoderWrites()
{
    QFETCH(QString, text);
    const auto decoded = Base45::decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("base45.invalid"));
}

void TestBase45::roundTripsEveryByte()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    for (int length = 0; length <= all.size(); length += 51) {
        const QByteArray bytes = all.left(length) + all.right(length % 3);
        QCOMPARE(Base45::decode(Base45::encode(bytes)).value(), bytes);
    }
}

QTEST_APPLESS_MAIN(TestBase45)
#include "tst_base45.moc"
