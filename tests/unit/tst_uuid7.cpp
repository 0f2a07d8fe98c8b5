#include "core/uuid7.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace OneSeal;

class TestUuid7 final : public QObject
{
    Q_OBJECT

private slots:
    void versionVariantAndTime();
    void sortsByTimeAndNeverRepeats();
};

void TestUuid7::versionVariantAndTime()
{
    const QDateTime time = QDateTime::fromString(QStringLiteral("2026-11-28T08:30:00.123Z"), Qt::ISODateWithMs);
    const QString id = makeUuid7(time);
    const QUuid uuid(id);
    QVERIFY(!uuid.isNull());
    // Qt 6.4's QUuid::version() predates version 7, so read the nibbles as RFC 9562 lays them out.
    QCOMPARE(id.at(14), QChar(u'7'));
    QVERIFY(QStringLiteral("89ab").contains(id.at(19)));
    QCOMPARE(uuid.variant(), QUuid::DCE);
    const qint64 ms = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
    QCOMPARE(ms, time.toMSecsSinceEpoch());
}

void TestUuid7::sortsByTimeAndNeverRepeats()
{
    QDateTime time = QDateTime::currentDateTimeUtc();
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 1000; ++i) {
        time = time.addMSecs(1);
        const QString id = makeUuid7(time);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QVERIFY(id > previous);
        previous = id;
    }
}

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
