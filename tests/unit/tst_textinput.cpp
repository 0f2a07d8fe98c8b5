#include "core/masking.h"
#include "core/textinput.h"

#include <QTest>

using namespace OneSeal;

class TestTextInput final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEveryCjkName_data();
    void acceptsEveryCjkName();
    void refusesHiddenCharacters_data();
    void refusesHiddenCharacters();
    void countsCharactersAsPeopleDo();
    void storesNfc();
    void paragraphsKeepTheirLineBreaks();
    void masksIdentifiers();
};

void TestTextInput::acceptsEveryCjkName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("common") << QStringLiteral("张伟");
    QTest::newRow("outside the BMP") << QStringLiteral("𠮷野家");
    QTest::newRow("middle dot") << QStringLiteral("阿依古丽·买买提");
    QTest::newRow("rare surname") << QStringLiteral("䶮");
}

void TestTextInput::acceptsEveryCjkName()
{
    QFETCH(QString, name);
    const auto checked = checkText(name, QStringLiteral("Name"), 40);
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
    QCOMPARE(*checked, name);
}

void TestTextInput::refusesHiddenCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zero width space") << QStringLiteral("张\u200B伟");
    QTest::newRow("zero width joiner") << QStringLiteral("张\u200D伟");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF张伟");
    QTest::newRow("right-to-left override") << QStringLiteral("张\u202E伟");
    QTest::newRow("bidi isolate") << QStringLiteral("张\u2067伟");
    QTest::newRow("control") << QStringLiteral("张\u0007伟");
    QTest::newRow("newline") << QStringLiteral("张\n伟");
}

void TestTextInput::refusesHiddenCharacters()
{
    QFETCH(QString, text);
    const auto checked = checkText(text, QStringLiteral("Name"), 40);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, QStringLiteral("input.forbidden_character"));
    QVERIFY(checked.error().message.contains(QStringLiteral("Name")));
}

void TestTextInput::countsCharactersAsPeopleDo()
{
    // 𠮷 is two UTF-16 units but one character: a 3-character limit takes "𠮷野家".
    QVERIFY(checkText(QStringLiteral("𠮷野家"), QStringLiteral("Name"), 3).ok());
    const auto tooLong = checkText(QStringLiteral("𠮷野家啊"), QStringLiteral("Name"), 3);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, QStringLiteral("input.too_long"));
    QVERIFY(!checkText(QStringLiteral("  "), QStringLiteral("Name"), 3).ok());
    QVERIFY(checkText(QString(), QStringLiteral("Name"), 3, false).ok());
}

void TestTextInput::storesNfc()
{
    const QString decomposed = QStringLiteral("Zhe\u0301");
    QCOMPARE(*checkText(decomposed, QStringLiteral("Name"), 10), QStringLiteral("Zh\u00E9"));
}

void TestTextInput::paragraphsKeepTheirLineBreaks()
{
    const QString conditions = QStringLiteral("1. 有固定经营场所；\r\n2. 有健康证明。");
    QVERIFY(!checkText(conditions, QStringLiteral("Conditions"), 200).ok());
    const auto checked = checkText(conditions, QStringLiteral("Conditions"), 200, true, TextLines::Multiple);
    QVERIFY(checked.ok());
    QCOMPARE(*checked, QStringLiteral("1. 有固定经营场所；\n2. 有健康证明。"));
    QVERIFY(
        !checkText(QStringLiteral("一\n二\u202E"), QStringLiteral("Conditions"), 200, true, TextLines::Multiple).ok());
}

void TestTextInput::masksIdentifiers()
{
    QCOMPARE(maskIdentifier(QStringLiteral("11010519491231002X")), QStringLiteral("1101**********002X"));
    QCOMPARE(maskIdentifier(QStringLiteral("1234")), QStringLiteral("***4"));
}

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
