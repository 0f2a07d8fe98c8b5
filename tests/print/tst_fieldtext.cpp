#include "print/fieldtext.h"

#include <QJsonArray>
#include <QTest>

using namespace OneSeal;

class TestFieldText final : public QObject
{
    Q_OBJECT

private slots:
    void substitutesNestedFields();
    void writesDatesTheChineseWay_data();
    void writesDatesTheChineseWay();
    void missingAndWrongFieldsAreNamed();
    void presenceDecidesOptionalParagraphs();
    void checkCatchesBrokenPlaceholders();
};

void TestFieldText::substitutesNestedFields()
{
    const QJsonObject fields{
        {QStringLiteral("applicant_name"), QStringLiteral("阿依古丽·买买提")},
        {QStringLiteral("copies"), 2},
        {QStringLiteral("seal"), QJsonObject{{QStringLiteral("ring_text"), QStringLiteral("彭州市行政审批局")}}}};
    const Result<QString> text =
        FieldText::substitute(QStringLiteral("{{applicant_name}}：{{ seal.ring_text }}，{{copies}}份"), fields);
    QVERIFY(text.ok());
    QCOMPARE(*text, QStringLiteral("阿依古丽·买买提：彭州市行政审批局，2份"));
    QCOMPARE(FieldText::placeholders(QStringLiteral("{{a}}{{b.c|date}}")).size(), 2);
    QCOMPARE(FieldText::placeholders(QStringLiteral("{{b.c|date}}")).first().filter, QStringLiteral("date"));
}

void TestFieldText::writesDatesTheChineseWay_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("chinese");
    // GB/T 9704: the year in full, months and days without a leading zero.
    QTest::newRow("two digits") << QStringLiteral("2026-11-28") << QStringLiteral("2026年11月28日");
    QTest::newRow("one digit") << QStringLiteral("2026-02-03") << QStringLiteral("2026年2月3日");
    // A licence without an end date is valid 长期 in the register, and its 有效期限 says so.
    QTest::newRow("indefinite") << QStringLiteral("长期") << QStringLiteral("长期");
}

void TestFieldText::writesDatesTheChineseWay()
{
    QFETCH(QString, iso);
    QFETCH(QString, chinese);
    const Result<QString> text = FieldText::substitute(QStringLiteral("{{d|date}}前"), {{QStringLiteral("d"), iso}});
    QVERIFY(text.ok());
    QCOMPARE(*text, chinese + QStringLiteral("前"));
}

void TestFieldText::missingAndWrongFieldsAreNamed()
{
    const QJsonObject fields{{QStringLiteral("list"), QJsonArray{1}}, {QStringLiteral("empty"), QJsonValue::Null}};
    Result<QString> text = FieldText::substitute(QStringLiteral("{{applicant_name}}"), fields);
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, QStringLiteral("print.missing_field"));
    QCOMPARE(text.error().field, QStringLiteral("applicant_name"));

    text = FieldText::substitute(QStringLiteral("{{empty}}"), fields);
    QCOMPARE(text.error().field, QStringLiteral("empty"));

    text = FieldText::substitute(QStringLiteral("{{seal.ring_text}}"), fields);
    QCOMPARE(text.error().field, QStringLiteral("seal.ring_text"));

    text = FieldText::substitute(QStringLiteral("{{name}}"), fields, QStringLiteral("materials[3]."));
    QCOMPARE(text.error().field, QStringLiteral("materials[3].name"));

    text = FieldText::substitute(QStringLiteral("{{list}}"), fields);
    QCOMPARE(text.error().code, QStringLiteral("print.field_type"));

    text =
        FieldText::substitute(QStringLiteral("{{d|date}}"), {{QStringLiteral("d"), QStringLiteral("2026年11月28日")}});
    QCOMPARE(text.error().code, QStringLiteral("print.field_type"));
    QCOMPARE(text.error().field, QStringLiteral("d"));
}

void TestFieldText::presenceDecidesOptionalParagraphs()
{
    const QJsonObject fields{{QStringLiteral("blank"), QStringLiteral("  ")},
                             {QStringLiteral("text"), QStringLiteral("专家评审")},
                             {QStringLiteral("zero"), 0},
                             {QStringLiteral("none"), QJsonArray{}}};
    QVERIFY(!FieldText::present(fields, QStringLiteral("missing")));
    QVERIFY(!FieldText::present(fields, QStringLiteral("blank")));
    QVERIFY(!FieldText::present(fields, QStringLiteral("none")));
    QVERIFY(FieldText::present(fields, QStringLiteral("text")));
    QVERIFY(FieldText::present(fields, QStringLiteral("zero")));
}

void TestFieldText::checkCatchesBrokenPlaceholders()
{
    QVERIFY(FieldText::check(QStringLiteral("{{a}} and {{b.c|date}}"), QStringLiteral("here")).ok());
    QVERIFY(!FieldText::check(QStringLiteral("{{a}"), QStringLiteral("here")).ok());
    QVERIFY(!FieldText::check(QStringLiteral("{{a|upper}}"), QStringLiteral("here")).ok());
    QVERIFY(!FieldText::check(QStringLiteral("{{9a}}"), QStringLiteral("here")).ok());
}

QTEST_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
