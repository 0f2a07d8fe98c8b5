#include "core/residentid.h"

#include <QTest>

using namespace OneSeal;

class TestResidentId final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void normalisesTypedInput();
    void birthDateInTheFutureIsRefused();
    void sexFromSequence();
};

void TestResidentId::valid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("birth");
    // The standard's examples and GB 11643 Appendix B (domain-cn §4.1).
    QTest::newRow("beijing-1949") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31);
    QTest::newRow("shantou-1880") << QStringLiteral("440524188001010014") << QDate(1880, 1, 1);
    QTest::newRow("appendix-b") << QStringLiteral("34052419800101001X") << QDate(1980, 1, 1);
    QTest::newRow("go-gb") << QStringLiteral("110105195001010039") << QDate(1950, 1, 1);
}

void TestResidentId::valid()
{
    QFETCH(QString, id);
    QFETCH(QDate, birth);
    const ResidentIdCheck check = ResidentId::check(id, QDate(2026, 11, 28));
    QVERIFY2(check.valid(), qPrintable(check.message));
    QCOMPARE(check.birthDate, birth);
    QVERIFY(check.message.isEmpty());
}

void TestResidentId::invalid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << int(ResidentIdProblem::CheckCharacter)
                                 << QStringLiteral("X");
    QTest::newRow("17 chars") << QStringLiteral("11010519491231002") << int(ResidentIdProblem::Length)
                              << QStringLiteral("17");
    QTest::newRow("19 chars") << QStringLiteral("11010519491231002X1") << int(ResidentIdProblem::Length)
                              << QStringLiteral("19");
    QTest::newRow("letter inside") << QStringLiteral("1101051949123100A2") << int(ResidentIdProblem::Character)
                                   << QStringLiteral("17");
    QTest::newRow("X not last") << QStringLiteral("X1010519491231002X") << int(ResidentIdProblem::Character)
                                << QStringLiteral("1");
    QTest::newRow("month 13") << QStringLiteral("110105194913310020") << int(ResidentIdProblem::BirthDate)
                              << QStringLiteral("19491331");
    QTest::newRow("29 February 2023") << QStringLiteral("110105202302290020") << int(ResidentIdProblem::BirthDate)
                                      << QStringLiteral("20230229");
}

void TestResidentId::invalid()
{
    QFETCH(QString, id);
    QFETCH(int, problem);
    QFETCH(QString, mentions);
    const ResidentIdCheck check = ResidentId::check(id, QDate(2026, 11, 28));
    QCOMPARE(int(check.problem), problem);
    QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
}

void TestResidentId::normalisesTypedInput()
{
    // Full-width digits from a Chinese IME, spaces from a scanner and a lower-case x are the same number.
    const ResidentIdCheck check = ResidentId::check(QStringLiteral("１１０１０５ 19491231002x"), QDate(2026, 11, 28));
    QVERIFY2(check.valid(), qPrintable(check.message));
    QCOMPARE(check.normalised, QStringLiteral("11010519491231002X"));
}

void TestResidentId::birthDateInTheFutureIsRefused()
{
    const QString body = QStringLiteral("11010520270101001");
    const QString id = body + ResidentId::checkCharacter(body);
    QCOMPARE(ResidentId::check(id, QDate(2026, 11, 28)).problem, ResidentIdProblem::BirthDate);
    QVERIFY(ResidentId::check(id, QDate(2027, 1, 2)).valid());
}

void TestResidentId::sexFromSequence()
{
    QCOMPARE(ResidentId::sex(QStringLiteral("11010519491231002X")), QChar(u'F'));
    QCOMPARE(ResidentId::sex(QStringLiteral("440524188001010014")), QChar(u'M'));
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
