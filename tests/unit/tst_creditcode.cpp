#include "core/creditcode.h"

#include <QTest>

using namespace OneSeal;

class TestCreditCode final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void pilotCodesFailOnlyTheCheck();
};

void TestCreditCode::valid_data()
{
    QTest::addColumn<QString>("code");
    // domain-cn §4.2: the standard's example, go-gb tests and real agency codes.
    for (const char* code : {"91350100M000100Y43", "91310230MA1K314J7C", "91310230MA1K314K57", "91110000101623741K",
                             "911101066976941872", "11450721MB15580811", "11450721348531435D"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestCreditCode::valid()
{
    QFETCH(QString, code);
    const CreditCodeCheck check = CreditCode::check(code);
    QVERIFY2(check.valid(), qPrintable(check.message));
}

void TestCreditCode::invalid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("Z is no credit-code character")
        << QStringLiteral("91350100M000100Y4Z") << int(CreditCodeProblem::Character) << QStringLiteral("Z");
    QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44") << int(CreditCodeProblem::CheckCharacter)
                                 << QStringLiteral("3");
    QTest::newRow("letter O") << QStringLiteral("91350100M0001O0Y43") << int(CreditCodeProblem::Character)
                              << QStringLiteral("O");
    QTest::newRow("letter in area code") << QStringLiteral("9135A100M000100Y43") << int(CreditCodeProblem::Character)
                                         << QStringLiteral("5");
    QTest::newRow("short") << QStringLiteral("91350100M000100Y4") << int(CreditCodeProblem::Length)
                           << QStringLiteral("17");
}

void TestCreditCode::invalid()
{
    QFETCH(QString, code);
    QFETCH(int, problem);
    QFETCH(QString, mentions);
    const CreditCodeCheck check = CreditCode::check(code);
    QCOMPARE(int(check.problem), problem);
    QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
}

void TestCreditCode::pilotCodesFailOnlyTheCheck()
{
    // Early pilot codes are genuine yet fail the check: the problem must be the check character alone,
    // so that a supervisor may override it with a reason.
    const QList<QPair<QString, QChar>> pilots{{QStringLiteral("91350100M0001TGQXM"), u'1'},
                                              {QStringLiteral("91350211M0000XUF46"), u'R'},
                                              {QStringLiteral("91350203M0001FUE2P"), u'J'}};
    for (const auto& [code, expected] : pilots) {
        const CreditCodeCheck check = CreditCode::check(code);
        QCOMPARE(check.problem, CreditCodeProblem::CheckCharacter);
        QCOMPARE(check.expectedCheck, expected);
    }
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
