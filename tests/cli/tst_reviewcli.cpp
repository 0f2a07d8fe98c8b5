#include "processrun.h"
#include "services/calendarservice.h"
#include "services/services.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

using Testing::Run;
using Testing::run;

Run ctl(const QStringList& arguments)
{
    return run(QStringLiteral(ONESEAL_CTL), arguments);
}

} // namespace

/// `onesealctl queue`, `clock` and `review` as an operator runs them: the figures of the clock, the
/// queue's lines, the whole path from claim to a printed decision, and every refusal of a person who may
/// not do the step. The program runs on the real date, so the expected dates come from the shipped
/// calendar counted here.
class TestReviewCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clockPrintsEveryFigure();
    void queueListsTheCaseWithItsLight();
    void claimIsLockedForOthersAndTheWrongRoles();
    void decisionNeedsTheRightPersonAndPrintsTheDocument();
    void decidedCaseIsCorrectedOnlyByTheChief();
    void badCommandLinesAreUsageErrors();

private:
    Run review(const QString& user, const QStringList& verb);
    QStringList queueLine(const QDate& on);
    QString pdfText(const QString& resultLine);
    /// Who printed the document numbered @p documentNumber to which printer, in print order, and whether the
    /// seal keeper's print centre still lists it as waiting.
    std::pair<QStringList, bool> printsOf(const QString& documentNumber);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_out;
    QString m_case;
    QDate m_start;
    WorkingCalendar m_calendar = CalendarService::shippedCalendar();
};

void TestReviewCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_out = m_dir.filePath(QStringLiteral("out"));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), m_db}).exitCode, 0);
    const Run example = ctl({QStringLiteral("intake"), QStringLiteral("--example")});
    const QString request = m_dir.filePath(QStringLiteral("request.json"));
    QFile file(request);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(example.out.toUtf8());
    file.close();
    const Run intake = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), request,
                            QStringLiteral("--out"), m_out});
    QVERIFY2(intake.exitCode == 0, qPrintable(intake.err));
    m_case = intake.out.split(u' ').value(1);
    m_start = QDate::fromString(m_case.section(u'-', 1, 1), QStringLiteral("yyyyMMdd"));
    QVERIFY2(m_start.isValid(), qPrintable(intake.out));
    if (!m_calendar.hasYear(m_start.year()))
        QSKIP("The shipped holiday calendar does not cover today.");
}

Run TestReviewCli::review(const QString& user, const QStringList& verb)
{
    return ctl(QStringList{QStringLiteral("review"), QStringLiteral("--db"), m_db, QStringLiteral("--case"), m_case,
                           QStringLiteral("--user"), user} +
               verb);
}

QStringList TestReviewCli::queueLine(const QDate& on)
{
    const Run queue = ctl({QStringLiteral("queue"), QStringLiteral("--db"), m_db, QStringLiteral("--section"),
                           QStringLiteral("SSDJ"), QStringLiteral("--on"), on.toString(Qt::ISODate)});
    if (queue.exitCode != 0)
        return {queue.err};
    for (const QString& line : queue.out.split(u'\n'))
        if (line.startsWith(m_case + u'\t'))
            return line.split(u'\t');
    return {};
}

QString TestReviewCli::pdfText(const QString& resultLine)
{
    const QString pdf = resultLine.trimmed().split(u' ').last();
    if (!QFile::exists(pdf))
        return QStringLiteral("no file ") + pdf;
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.remove(u' ').remove(u'\n');
}

void TestReviewCli::clockPrintsEveryFigure()
{
    const Run clock = ctl({QStringLiteral("clock"), QStringLiteral("--db"), m_db, QStringLiteral("--case"), m_case,
                           QStringLiteral("--on"), m_start.toString(Qt::ISODate)});
    QVERIFY2(clock.exitCode == 0, qPrintable(clock.err));
    // The food licence: 5 promised and 10 statutory working days, counted from the day after acceptance.
    // A limit that runs into a year with no calendar prints as unknown, never guessed.
    const auto dueOf = [&](int days) {
        const auto due = m_calendar.addWorkingDays(m_start, days);
        return due ? due->toString(Qt::ISODate) : QStringLiteral("unknown");
    };
    const QString due = dueOf(5);
    const QString statutory = dueOf(10);
    for (const QString& line : QStringList{QStringLiteral("start: ") + m_start.toString(Qt::ISODate),
                                           QStringLiteral("due date: ") + due,
                                           QStringLiteral("statutory due date: ") + statutory,
                                           QStringLiteral("suspended working days: 0"), QStringLiteral("extension: 0"),
                                           QStringLiteral("remaining working days: 5"),
                                           QStringLiteral("light: green")})
        QVERIFY2(clock.out.contains(line + u'\n'), qPrintable(line + QStringLiteral(" not in:\n") + clock.out));

    const Run missing = ctl({QStringLiteral("clock"), QStringLiteral("--db"), m_db, QStringLiteral("--case"),
                             QStringLiteral("PZ-19990101-0001")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no case")));
}

void TestReviewCli::queueListsTheCaseWithItsLight()
{
    QStringList line = queueLine(m_start);
    QCOMPARE(line.size(), 7);
    QCOMPARE(line.at(1), QStringLiteral("green"));
    QCOMPARE(line.at(2), QStringLiteral("5"));
    QCOMPARE(line.at(3), QStringLiteral("review"));
    QCOMPARE(line.at(4), QStringLiteral("-"));
    QCOMPARE(line.at(5), QStringLiteral("食品经营许可"));
    // Four working days on, one is left of five: yellow; past the promise, red; past the law, severe too.
    const QList<std::pair<int, QString>> later{
        {4, QStringLiteral("yellow")}, {6, QStringLiteral("red")}, {11, QStringLiteral("red+severe")}};
    for (const auto& [days, light] : later) {
        if (const auto day = m_calendar.addWorkingDays(m_start, days))
            QCOMPARE(queueLine(*day).value(1), light);
    }

    const Run unknown = ctl({QStringLiteral("queue"), QStringLiteral("--db"), m_db, QStringLiteral("--section"),
                             QStringLiteral("NOPE")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("no section")));
}

void TestReviewCli::claimIsLockedForOthersAndTheWrongRoles()
{
    QCOMPARE(review(QStringLiteral("clerk"), {QStringLiteral("claim")}).exitCode, 1);
    QCOMPARE(review(QStringLiteral("approver"), {QStringLiteral("claim")}).exitCode, 1); // no reviewer at the review step
    const Run other = review(QStringLiteral("reviewer.ghjs"), {QStringLiteral("claim")});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QStringLiteral("商事登记科")), qPrintable(other.err));
    const Run claimed = review(QStringLiteral("reviewer"), {QStringLiteral("claim")});
    QVERIFY2(claimed.exitCode == 0, qPrintable(claimed.err));
    QCOMPARE(queueLine(m_start).value(4), QStringLiteral("张伟"));

    // A special procedure stops the clock and prints its notice.
    const Run suspended = review(QStringLiteral("reviewer"), {QStringLiteral("suspend"), QStringLiteral("--procedure"),
                                                              QStringLiteral("检验"), QStringLiteral("--days"),
                                                              QStringLiteral("3"), QStringLiteral("--reason"),
                                                              QStringLiteral("水质检验"), QStringLiteral("--out"), m_out});
    if (m_calendar.addWorkingDays(m_start, 3).ok()) {
        QVERIFY2(suspended.exitCode == 0, qPrintable(suspended.err));
        QVERIFY(pdfText(suspended.out).contains(QStringLiteral("预计需要3个工作日")));
        QCOMPARE(queueLine(m_start).value(3), QStringLiteral("review+suspended"));
        QCOMPARE(review(QStringLiteral("reviewer"), {QStringLiteral("resume")}).exitCode, 0);
    } else { // the notice could not name the day the procedure ends
        QCOMPARE(suspended.exitCode, 1);
        QVERIFY2(suspended.err.contains(QStringLiteral("calendar")), qPrintable(suspended.err));
    }

    // The chief extends once, with the reason; the reviewer may not.
    QCOMPARE(review(QStringLiteral("reviewer"), {QStringLiteral("extend"), QStringLiteral("--reason"),
                                                 QStringLiteral("x")})
                 .exitCode,
             1);
    const Run extended = review(QStringLiteral("approver"), {QStringLiteral("extend"), QStringLiteral("--reason"),
                                                             QStringLiteral("需要征求消防部门意见")});
    if (!m_calendar.addWorkingDays(m_start, 20).ok()) { // the extended limit runs into an unknown year
        QCOMPARE(extended.exitCode, 1);
        QVERIFY2(extended.err.contains(QStringLiteral("calendar")), qPrintable(extended.err));
        return;
    }
    QVERIFY2(extended.exitCode == 0, qPrintable(extended.err));
    QVERIFY(extended.out.contains(QStringLiteral("延〔")));
    const Run twice = review(QStringLiteral("approver"), {QStringLiteral("extend"), QStringLiteral("--reason"),
                                                          QStringLiteral("再延")});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains(QStringLiteral("one extension")));
    const Run clock = ctl({QStringLiteral("clock"), QStringLiteral("--db"), m_db, QStringLiteral("--case"), m_case,
                           QStringLiteral("--on"), m_start.toString(Qt::ISODate)});
    QVERIFY(clock.out.contains(QStringLiteral("extension: 10\n")));
    QVERIFY(clock.out.contains(QStringLiteral("remaining working days: 15\n")));
}

std::pair<QStringList, bool> TestReviewCli::printsOf(const QString& documentNumber)
{
    auto services = Services::open(m_db, OpenMode::ReadOnly);
    if (!services)
        return {{services.error().message}, true};
    QStringList prints;
    auto q = (*services)->database().query(
        QStringLiteral("SELECT u.username, p.printer, p.succeeded FROM notice_prints p JOIN notices n ON "
                       "n.id = p.notice_id JOIN users u ON u.id = p.printed_by WHERE n.document_number = ? "
                       "ORDER BY p.print_number"),
        {documentNumber});
    while (q && q->next())
        prints.append(
            QStringLiteral("%1 %2 %3").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString()));
    const auto queue =
        (*services)->licences().printQueue((*services)->accounts().sessionFor(QStringLiteral("sealkeeper")).value());
    const bool waiting = !queue || std::any_of(queue->cbegin(), queue->cend(), [&](const PrintQueueEntry& e) {
        return e.documentNumber == documentNumber;
    });
    return {prints, waiting};
}

void TestReviewCli::decisionNeedsTheRightPersonAndPrintsTheDocument()
{
    const Run opinion = review(QStringLiteral("reviewer"), {QStringLiteral("opinion"), QStringLiteral("--text"),
                                                            QStringLiteral("材料齐全，符合法定条件。")});
    QVERIFY2(opinion.exitCode == 0, qPrintable(opinion.err));
    QCOMPARE(queueLine(m_start).value(3), QStringLiteral("decision"));

    for (const QString& user : {QStringLiteral("clerk"), QStringLiteral("reviewer"), QStringLiteral("sysadmin"),
                                QStringLiteral("approver.ghjs")}) {
        const Run refused = review(user, {QStringLiteral("decide"), QStringLiteral("--grant")});
        QVERIFY2(refused.exitCode == 1, qPrintable(user));
        QVERIFY2(!refused.err.isEmpty(), qPrintable(user));
    }
    const Run unclaimed = review(QStringLiteral("approver"), {QStringLiteral("decide"), QStringLiteral("--grant")});
    QCOMPARE(unclaimed.exitCode, 1);
    QVERIFY(unclaimed.err.contains(QStringLiteral("Claim")));
    QCOMPARE(review(QStringLiteral("approver"), {QStringLiteral("claim")}).exitCode, 0);
    const Run locked = review(QStringLiteral("reviewer"), {QStringLiteral("release")});
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains(QStringLiteral("陈静")), qPrintable(locked.err));

    const Run decided = review(QStringLiteral("approver"), {QStringLiteral("decide"), QStringLiteral("--grant"),
                                                            QStringLiteral("--out"), m_out});
    QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
    const QString text = pdfText(decided.out);
    QVERIFY2(text.contains(QStringLiteral("准予行政许可决定书")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("本机关决定准予行政许可")));
    QVERIFY(queueLine(m_start).isEmpty()); // out of the section's queue
    // The file is the approver's print of the decision, recorded as one: the print centre has it as printed.
    const QStringList line = decided.out.trimmed().split(u' ');
    const auto [prints, waiting] = printsOf(line.value(2));
    QCOMPARE(prints, QStringList{QStringLiteral("approver PDF:%1 1").arg(QFileInfo(line.last()).absoluteFilePath())});
    QVERIFY(!waiting);
    const Run clock = ctl({QStringLiteral("clock"), QStringLiteral("--db"), m_db, QStringLiteral("--case"), m_case});
    QVERIFY(clock.out.contains(QStringLiteral("frozen")));
}

void TestReviewCli::decidedCaseIsCorrectedOnlyByTheChief()
{
    const Run again = review(QStringLiteral("approver"), {QStringLiteral("decide"), QStringLiteral("--refuse"),
                                                          QStringLiteral("--reasons"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("correction")));
    const QStringList correction{QStringLiteral("correct"),  QStringLiteral("--refuse"),
                                 QStringLiteral("--reasons"), QStringLiteral("经营场所与生活区未有效分隔"),
                                 QStringLiteral("--why"),     QStringLiteral("复核发现现场核查记录有误"),
                                 QStringLiteral("--out"),     m_out};
    QCOMPARE(review(QStringLiteral("reviewer"), correction).exitCode, 1);
    const Run corrected = review(QStringLiteral("approver"), correction);
    QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.err));
    const QString text = pdfText(corrected.out);
    QVERIFY2(text.contains(QStringLiteral("不予行政许可决定书")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("彭州市人民政府申请行政复议")));
    QVERIFY(text.contains(QStringLiteral("六个月内")));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}).out.left(3),
             QStringLiteral("ok "));
}

void TestReviewCli::badCommandLinesAreUsageErrors()
{
    QCOMPARE(review(QStringLiteral("approver"), {}).exitCode, 2);
    QCOMPARE(review(QStringLiteral("approver"), {QStringLiteral("decide")}).exitCode, 2);
    QCOMPARE(review(QStringLiteral("approver"), {QStringLiteral("dance")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("clock"), QStringLiteral("--db"), m_db, QStringLiteral("--case"), m_case,
                  QStringLiteral("--on"), QStringLiteral("tomorrow")})
                 .exitCode,
             2);
    QCOMPARE(ctl({QStringLiteral("queue"), QStringLiteral("--db"), m_db}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
