#include "core/workingcalendar.h"

#include <QFile>
#include <QTest>

using namespace OneSeal;

class TestWorkingCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueDates_data();
    void dueDates();
    void makeUpWeekendsWorkAndHolidaysRest();
    void unknownYearIsNeverGuessed();
    void workingDaysBetween();
    void zeroDaysIsTheStartDay();
    void malformedFilesAreRefused();
    void roundTripsTheHolidayCnFormat();

private:
    WorkingCalendar m_calendar;
};

void TestWorkingCalendar::initTestCase()
{
    for (int year : {2024, 2025, 2026}) {
        QFile file(QStringLiteral(ONESEAL_SOURCE_DIR "/resources/calendar/%1.json").arg(year));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = WorkingCalendar::parseHolidayCn(file.readAll());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->year, year);
        m_calendar.addYear(*parsed);
    }
}

void TestWorkingCalendar::dueDates_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    // DOMAIN.md and domain-cn §3.4: the start day is not counted.
    QTest::newRow("Spring Festival 2025, Sun 01-26 works") << QDate(2025, 1, 24) << 5 << QDate(2025, 2, 7);
    QTest::newRow("May Day 2025, Sun 04-27 works") << QDate(2025, 4, 25) << 5 << QDate(2025, 5, 6);
    QTest::newRow("National Day 2025") << QDate(2025, 9, 26) << 20 << QDate(2025, 10, 30);
    QTest::newRow("across the year end, Sun 2026-01-04 works") << QDate(2025, 12, 31) << 20 << QDate(2026, 1, 29);
    QTest::newRow("Spring Festival 2026, Sat 02-14 works") << QDate(2026, 2, 13) << 3 << QDate(2026, 2, 25);
    QTest::newRow("Mid-Autumn 2026, Sun 09-20 works") << QDate(2026, 9, 18) << 10 << QDate(2026, 10, 9);
    QTest::newRow("plain weeks") << QDate(2026, 3, 2) << 10 << QDate(2026, 3, 16);
}

void TestWorkingCalendar::dueDates()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, due);
    const auto result = m_calendar.addWorkingDays(start, days);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(*result, due);
}

void TestWorkingCalendar::makeUpWeekendsWorkAndHolidaysRest()
{
    QCOMPARE(m_calendar.isWorkingDay(QDate(2025, 1, 26)), std::optional<bool>(true));  // Sunday, 调休
    QCOMPARE(m_calendar.isWorkingDay(QDate(2026, 2, 14)), std::optional<bool>(true));  // Saturday, 调休
    QCOMPARE(m_calendar.isWorkingDay(QDate(2025, 10, 8)), std::optional<bool>(false)); // Wednesday, 国庆
    QCOMPARE(m_calendar.isWorkingDay(QDate(2026, 2, 23)), std::optional<bool>(false)); // Monday, 春节
    QCOMPARE(m_calendar.isWorkingDay(QDate(2026, 3, 7)), std::optional<bool>(false));  // an ordinary Saturday
    QCOMPARE(m_calendar.isWorkingDay(QDate(2026, 3, 9)), std::optional<bool>(true));   // an ordinary Monday
}

void TestWorkingCalendar::unknownYearIsNeverGuessed()
{
    QCOMPARE(m_calendar.isWorkingDay(QDate(2027, 1, 4)), std::nullopt);
    const auto result = m_calendar.addWorkingDays(QDate(2026, 12, 1), 40);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("calendar.unknown_year"));
    QVERIFY(result.error().message.contains(QStringLiteral("2027")));
    // Within the loaded years the end of December still counts.
    QCOMPARE(*m_calendar.addWorkingDays(QDate(2026, 12, 28), 3), QDate(2026, 12, 31));
}

void TestWorkingCalendar::workingDaysBetween()
{
    // 2025-01-24 to 2025-02-07 holds exactly the five working days of the worked example.
    QCOMPARE(*m_calendar.workingDaysBetween(QDate(2025, 1, 24), QDate(2025, 2, 7)), 5);
    QCOMPARE(*m_calendar.workingDaysBetween(QDate(2025, 2, 7), QDate(2025, 1, 24)), 0);
}

void TestWorkingCalendar::zeroDaysIsTheStartDay()
{
    QCOMPARE(*m_calendar.addWorkingDays(QDate(2026, 2, 16), 0), QDate(2026, 2, 16));
    QVERIFY(!m_calendar.addWorkingDays(QDate(2026, 2, 16), -1).ok());
}

void TestWorkingCalendar::malformedFilesAreRefused()
{
    QVERIFY(!WorkingCalendar::parseHolidayCn("{not json").ok());
    QVERIFY(!WorkingCalendar::parseHolidayCn(R"({"days": []})").ok());
    const auto badDay =
        WorkingCalendar::parseHolidayCn(R"({"year": 2027, "days": [{"date": "2027-02-30", "isOffDay": true}]})");
    QVERIFY(!badDay.ok());
    QVERIFY(badDay.error().message.contains(QStringLiteral("1")));
    QVERIFY(
        !WorkingCalendar::parseHolidayCn(R"({"year": 2027, "days": [{"date": "2030-01-01", "isOffDay": true}]})").ok());
}

void TestWorkingCalendar::roundTripsTheHolidayCnFormat()
{
    CalendarYear year;
    year.year = 2027;
    year.papers = {QStringLiteral("https://www.gov.cn/example")};
    year.days = {{QDate(2027, 1, 1), true, QStringLiteral("元旦")}, {QDate(2027, 2, 6), false, QStringLiteral("春节")}};
    const auto parsed = WorkingCalendar::parseHolidayCn(WorkingCalendar::toHolidayCn(year));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->days, year.days);
    QCOMPARE(parsed->papers, year.papers);

    WorkingCalendar calendar = m_calendar;
    calendar.addYear(*parsed);
    QCOMPARE(calendar.isWorkingDay(QDate(2027, 2, 6)), std::optional<bool>(true)); // a Saturday made a working day
    QVERIFY(calendar.addWorkingDays(QDate(2026, 12, 1), 40).ok());
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
