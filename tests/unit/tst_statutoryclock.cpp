#include "core/statutoryclock.h"

#include <QFile>
#include <QTest>

using namespace OneSeal;

namespace {

ClockSuspension procedure(const QString& kind, const QDate& from, const QDate& to, int expectedDays = 0)
{
    return {ClockSuspension::Kind::SpecialProcedure, kind, from, to, expectedDays};
}

bool hasWarning(const ClockReading& reading, const QString& code)
{
    return std::any_of(reading.warnings.cbegin(), reading.warnings.cend(),
                       [&](const ClockWarning& w) { return w.code == code; });
}

} // namespace

class TestStatutoryClock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainWeeksCountFromTheDayAfterAcceptance();
    void workedExampleAcrossTheYearEnd();
    void specialProcedureAcrossSpringFestivalAndMakeUpDays();
    void suspensionAndExtensionAcrossTheYearEnd();
    void runningSuspensionStopsTheClockToday();
    void reviewSupplementStopsTheClockOnlyWherePolicySays();
    void lightsFollowTheConfiguredThresholds_data();
    void lightsFollowTheConfiguredThresholds();
    void severeMarkOnceTheStatutoryLimitPassed();
    void decisionFreezesTheClock();
    void readingAnEarlierDayIgnoresLaterEvents();
    void procedureOverrunWarns();
    void stepLimitWarns();
    void dueDateInAnUnknownYearIsUnknownNotGuessed();
    void readingInAnUnknownYearIsRefused();
    void contradictoryInputIsRefused();

private:
    ClockReading read(const ClockInput& input, const QDate& today, const ClockPolicy& policy = {});

    WorkingCalendar m_calendar;
};

void TestStatutoryClock::initTestCase()
{
    for (int year : {2024, 2025, 2026}) {
        QFile file(QStringLiteral(ONESEAL_SOURCE_DIR "/resources/calendar/%1.json").arg(year));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = WorkingCalendar::parseHolidayCn(file.readAll());
        QVERIFY(parsed.ok());
        m_calendar.addYear(*parsed);
    }
}

ClockReading TestStatutoryClock::read(const ClockInput& input, const QDate& today, const ClockPolicy& policy)
{
    const auto reading = StatutoryClock::read(m_calendar, input, policy, today);
    if (!reading.ok())
        qWarning("%s", qPrintable(reading.error().message));
    return reading.ok() ? *reading : ClockReading{};
}

void TestStatutoryClock::plainWeeksCountFromTheDayAfterAcceptance()
{
    // Accepted Monday 2026-03-02: day 1 is Tuesday; 10 promised and 20 statutory working days.
    const ClockReading r = read({QDate(2026, 3, 2), 10, 20, {}, 0, {}, {}}, QDate(2026, 3, 9));
    QCOMPARE(r.start, QDate(2026, 3, 2));
    QCOMPARE(r.dueDate, std::optional<QDate>(QDate(2026, 3, 16)));
    QCOMPARE(r.statutoryDueDate, std::optional<QDate>(QDate(2026, 3, 30)));
    QCOMPARE(r.elapsedDays, 5);
    QCOMPARE(r.remainingDays, 5);
    QCOMPARE(r.statutoryRemainingDays, 15);
    QCOMPARE(r.suspendedDays, 0);
    QCOMPARE(r.light, ClockLight::Green);
    QVERIFY(!r.severe && !r.suspended && !r.frozen);
    QVERIFY(r.warnings.isEmpty());
}

void TestStatutoryClock::workedExampleAcrossTheYearEnd()
{
    // DOMAIN.md: 2025-12-31 +20 → 2026-01-29; 元旦 2026-01-01..03 off, Sunday 01-04 a make-up working day.
    const ClockReading r = read({QDate(2025, 12, 31), 20, 20, {}, 0, {}, {}}, QDate(2026, 1, 5));
    QCOMPARE(r.statutoryDueDate, std::optional<QDate>(QDate(2026, 1, 29)));
    QCOMPARE(r.elapsedDays, 2); // Sunday 01-04 and Monday 01-05
    QCOMPARE(r.remainingDays, 18);
}

void TestStatutoryClock::specialProcedureAcrossSpringFestivalAndMakeUpDays()
{
    // Accepted Monday 2026-02-02; 检验 from Tuesday 02-10 to Thursday 02-26. The suspended working days are
    // 02-11, 02-12, 02-13, Saturday 02-14 (调休) and 02-24..26 = 7; 02-15..23 is Spring Festival.
    ClockInput input{QDate(2026, 2, 2), 20, 20, {procedure(QStringLiteral("检验"), QDate(2026, 2, 10),
                                                            QDate(2026, 2, 26), 10)},
                     0, {}, {}};
    const ClockReading r = read(input, QDate(2026, 2, 27));
    QCOMPARE(r.suspendedDays, 7);
    QCOMPARE(r.elapsedDays, 7); // 02-03..02-10 (6) and 02-27
    QCOMPARE(r.remainingDays, 13);
    // Without the procedure the 20th working day is 03-06; the seven days push it to 03-17, past Saturday 02-28
    // (a make-up working day that counts).
    QCOMPARE(r.dueDate, std::optional<QDate>(QDate(2026, 3, 17)));
    input.suspensions.clear();
    QCOMPARE(read(input, QDate(2026, 2, 27)).dueDate, std::optional<QDate>(QDate(2026, 3, 6)));
}

void TestStatutoryClock::suspensionAndExtensionAcrossTheYearEnd()
{
    // Accepted Monday 2025-12-22; 专家评审 from 12-29 to 2026-01-06 stops 12-30, 12-31, Sunday 01-04 (调休),
    // 01-05 and 01-06; 元旦 01-01..03 is off anyway. Then one extension of 10 working days.
    ClockInput input{QDate(2025, 12, 22), 20, 20,
                     {procedure(QStringLiteral("专家评审"), QDate(2025, 12, 29), QDate(2026, 1, 6), 5)}, 0, {}, {}};
    ClockReading r = read(input, QDate(2026, 1, 20));
    QCOMPARE(r.suspendedDays, 5);
    QCOMPARE(r.elapsedDays, 15);
    QCOMPARE(r.statutoryDueDate, std::optional<QDate>(QDate(2026, 1, 27)));
    QCOMPARE(r.remainingDays, 5);
    QVERIFY(!hasWarning(r, QStringLiteral("clock.procedure_overrun"))); // 5 days taken, 5 told

    input.extensionDays = StatutoryClock::extensionDays(false);
    r = read(input, QDate(2026, 1, 20));
    QCOMPARE(r.extensionDays, 10);
    QCOMPARE(r.statutoryDueDate, std::optional<QDate>(QDate(2026, 2, 10)));
    QCOMPARE(r.remainingDays, 15);
    QCOMPARE(StatutoryClock::extensionDays(true), 15);
}

void TestStatutoryClock::runningSuspensionStopsTheClockToday()
{
    // 鉴定 started Wednesday 2026-03-04 and has not ended: the clock stood still Thursday to Monday.
    const ClockInput input{QDate(2026, 3, 2), 10, 20,
                           {procedure(QStringLiteral("鉴定"), QDate(2026, 3, 4), QDate(), 0)}, 0, {}, {}};
    const ClockReading r = read(input, QDate(2026, 3, 9));
    QVERIFY(r.suspended);
    QCOMPARE(r.elapsedDays, 2);
    QCOMPARE(r.suspendedDays, 3);
    // The due date assumes the procedure ends today: 8 working days after Monday 03-09.
    QCOMPARE(r.dueDate, std::optional<QDate>(QDate(2026, 3, 19)));
    // A week later the due date has moved with it.
    QCOMPARE(read(input, QDate(2026, 3, 16)).dueDate, std::optional<QDate>(QDate(2026, 3, 26)));
}

void TestStatutoryClock::reviewSupplementStopsTheClockOnlyWherePolicySays()
{
    const ClockInput input{QDate(2026, 3, 2),
                           10,
                           20,
                           {{ClockSuspension::Kind::Supplement, {}, QDate(2026, 3, 3), QDate(2026, 3, 6), 0}},
                           0,
                           {},
                           {}};
    ClockPolicy stops;
    stops.supplementStopsClock = true;
    ClockPolicy runs;
    runs.supplementStopsClock = false;
    const ClockReading stopped = read(input, QDate(2026, 3, 9), stops);
    QCOMPARE(stopped.suspendedDays, 3);
    QCOMPARE(stopped.dueDate, std::optional<QDate>(QDate(2026, 3, 19)));
    const ClockReading running = read(input, QDate(2026, 3, 9), runs);
    QCOMPARE(running.suspendedDays, 0);
    QCOMPARE(running.dueDate, std::optional<QDate>(QDate(2026, 3, 16)));
}

void TestStatutoryClock::lightsFollowTheConfiguredThresholds_data()
{
    QTest::addColumn<int>("promised");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("yellowPercent");
    QTest::addColumn<QString>("light");
    // Accepted 2026-03-02. 20 promised days: yellow at 4 left (20 %). 5 promised days: yellow at 1 left.
    QTest::newRow("20 days, 5 left") << 20 << QDate(2026, 3, 23) << 20 << QStringLiteral("green");
    QTest::newRow("20 days, 4 left") << 20 << QDate(2026, 3, 24) << 20 << QStringLiteral("yellow");
    QTest::newRow("20 days, due today") << 20 << QDate(2026, 3, 30) << 20 << QStringLiteral("yellow");
    QTest::newRow("20 days, one over") << 20 << QDate(2026, 3, 31) << 20 << QStringLiteral("red");
    QTest::newRow("5 days, 2 left") << 5 << QDate(2026, 3, 5) << 20 << QStringLiteral("green");
    QTest::newRow("5 days, 1 left") << 5 << QDate(2026, 3, 6) << 20 << QStringLiteral("yellow");
    QTest::newRow("20 days, 5 left, 25 %") << 20 << QDate(2026, 3, 23) << 25 << QStringLiteral("yellow");
}

void TestStatutoryClock::lightsFollowTheConfiguredThresholds()
{
    QFETCH(int, promised);
    QFETCH(QDate, today);
    QFETCH(int, yellowPercent);
    QFETCH(QString, light);
    ClockPolicy policy;
    policy.yellowPercent = yellowPercent;
    const ClockReading r = read({QDate(2026, 3, 2), promised, 20, {}, 0, {}, {}}, today, policy);
    QCOMPARE(StatutoryClock::lightKey(r.light), light);
}

void TestStatutoryClock::severeMarkOnceTheStatutoryLimitPassed()
{
    const ClockInput input{QDate(2026, 3, 2), 5, 20, {}, 0, {}, {}};
    ClockReading r = read(input, QDate(2026, 3, 30)); // the 20th working day: red, not yet severe
    QCOMPARE(r.light, ClockLight::Red);
    QVERIFY(!r.severe);
    r = read(input, QDate(2026, 3, 31));
    QVERIFY(r.severe);
    QCOMPARE(r.statutoryRemainingDays, -1);
}

void TestStatutoryClock::decisionFreezesTheClock()
{
    const ClockInput input{QDate(2026, 3, 2), 10, 20, {}, 0, QDate(2026, 3, 12), {}};
    const ClockReading later = read(input, QDate(2026, 6, 1));
    QVERIFY(later.frozen);
    QCOMPARE(later.asOf, QDate(2026, 3, 12));
    QCOMPARE(later.remainingDays, 2); // 8 working days taken by 03-12
    QCOMPARE(later.light, ClockLight::Yellow);
    QVERIFY(!later.severe);
}

void TestStatutoryClock::readingAnEarlierDayIgnoresLaterEvents()
{
    const ClockInput input{QDate(2026, 3, 2), 10, 20,
                           {procedure(QStringLiteral("听证"), QDate(2026, 3, 10), QDate(2026, 3, 20), 0)}, 0,
                           QDate(2026, 3, 25), {}};
    const ClockReading before = read(input, QDate(2026, 3, 9));
    QVERIFY(!before.frozen && !before.suspended);
    QCOMPARE(before.suspendedDays, 0);
    const ClockReading during = read(input, QDate(2026, 3, 12));
    QVERIFY(during.suspended);
    QCOMPARE(during.suspendedDays, 2);
}

void TestStatutoryClock::procedureOverrunWarns()
{
    // 检测 told as 3 working days, running from Monday 03-02 to Monday 03-09: 5 taken.
    const ClockInput input{QDate(2026, 3, 2), 10, 20,
                           {procedure(QStringLiteral("检测"), QDate(2026, 3, 2), QDate(2026, 3, 9), 3)}, 0, {}, {}};
    const ClockReading r = read(input, QDate(2026, 3, 10));
    QVERIFY(hasWarning(r, QStringLiteral("clock.procedure_overrun")));
    QVERIFY(r.warnings.first().message.contains(QStringLiteral("检测")));
    QCOMPARE(r.light, ClockLight::Green); // the warning is apart from the light
}

void TestStatutoryClock::stepLimitWarns()
{
    ClockInput input{QDate(2026, 3, 2), 20, 20, {}, 0, {}, {{QStringLiteral("审查"), QDate(2026, 3, 2), {}, 3}}};
    QVERIFY(!hasWarning(read(input, QDate(2026, 3, 5)), QStringLiteral("clock.step_overrun")));
    QVERIFY(hasWarning(read(input, QDate(2026, 3, 6)), QStringLiteral("clock.step_overrun")));
    input.steps.first().endedOn = QDate(2026, 3, 4);
    QVERIFY(!hasWarning(read(input, QDate(2026, 3, 20)), QStringLiteral("clock.step_overrun")));
}

void TestStatutoryClock::dueDateInAnUnknownYearIsUnknownNotGuessed()
{
    // 40 working days from 2026-12-01 run into 2027, whose 调休 the State Council has not published.
    const ClockReading r = read({QDate(2026, 12, 1), 40, 40, {}, 0, {}, {}}, QDate(2026, 12, 31));
    QCOMPARE(r.dueDate, std::nullopt);
    QCOMPARE(r.statutoryDueDate, std::nullopt);
    QVERIFY(hasWarning(r, QStringLiteral("calendar.unknown_year")));
    QCOMPARE(r.elapsedDays, 22); // what is known is still told
    QCOMPARE(r.remainingDays, 18);
}

void TestStatutoryClock::readingInAnUnknownYearIsRefused()
{
    const auto r = StatutoryClock::read(m_calendar, {QDate(2026, 12, 1), 40, 40, {}, 0, {}, {}}, {},
                                        QDate(2027, 1, 4));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("calendar.unknown_year"));
    QVERIFY(r.error().message.contains(QStringLiteral("2027")));
}

void TestStatutoryClock::contradictoryInputIsRefused()
{
    const auto noStart = StatutoryClock::read(m_calendar, {QDate(), 10, 20, {}, 0, {}, {}}, {}, QDate(2026, 3, 2));
    QVERIFY(!noStart.ok());
    const auto backwards = StatutoryClock::read(
        m_calendar,
        {QDate(2026, 3, 2), 10, 20, {procedure(QStringLiteral("听证"), QDate(2026, 3, 9), QDate(2026, 3, 5))}, 0, {},
         {}},
        {}, QDate(2026, 3, 12));
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().code, QStringLiteral("clock.bad_input"));
}

QTEST_GUILESS_MAIN(TestStatutoryClock)
#include "tst_statutoryclock.moc"
