#include "processrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

/// The words of a ticket line: number, state, kind, window, seconds waited, seconds at the counter, case.
QStringList words(const Run& r)
{
    return r.out.trimmed().split(u' ');
}

} // namespace

/// `onesealctl ticket` as a hall script or an operator runs it, on a demo database: one applicant
/// through issue, call, recall, transfer and finish, a no-show, the day's list, and wrong commands.
class TestTicketCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneApplicantThroughTwoWindows();
    void noShowIsSkipped();
    void finishLinksTheCaseTakenIn();
    void listShowsTheDay();
    void refusedAndWrongCommands();

private:
    Run ticket(const QStringList& arguments);
    QString events();

    QTemporaryDir m_dir;
    QString m_db;
};

void TestTicketCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), m_db}).exitCode, 0);
}

Run TestTicketCli::ticket(const QStringList& arguments)
{
    return ctl(QStringList{QStringLiteral("ticket"), QStringLiteral("--db"), m_db} + arguments);
}

QString TestTicketCli::events()
{
    return ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}).out.trimmed();
}

void TestTicketCli::oneApplicantThroughTwoWindows()
{
    const Run first = ticket({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("commerce"),
                              QStringLiteral("--user"), QStringLiteral("clerk")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(words(first),
             (QStringList{QStringLiteral("A001"), QStringLiteral("waiting"), QStringLiteral("commerce"),
                          QStringLiteral("-"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("-")}));
    QCOMPARE(words(ticket({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("commerce"),
                           QStringLiteral("--user"), QStringLiteral("clerk")}))
                 .value(0),
             QStringLiteral("A002"));
    QCOMPARE(words(ticket({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("general"),
                           QStringLiteral("--user"), QStringLiteral("clerk")}))
                 .value(0),
             QStringLiteral("C001"));

    const Run called = ticket({QStringLiteral("call"), QStringLiteral("--user"), QStringLiteral("clerk")});
    QVERIFY2(called.exitCode == 0, qPrintable(called.err));
    QCOMPARE(words(called).mid(0, 4), (QStringList{QStringLiteral("A001"), QStringLiteral("called"),
                                                   QStringLiteral("commerce"), QStringLiteral("C01")}));
    QCOMPARE(words(ticket({QStringLiteral("recall"), QStringLiteral("--user"), QStringLiteral("clerk")})).value(0),
             QStringLiteral("A001"));

    const Run passed = ticket({QStringLiteral("transfer"), QStringLiteral("--kind"), QStringLiteral("general"),
                               QStringLiteral("--user"), QStringLiteral("clerk")});
    QVERIFY2(passed.exitCode == 0, qPrintable(passed.err));
    QCOMPARE(words(passed).mid(0, 4), (QStringList{QStringLiteral("A001"), QStringLiteral("waiting"),
                                                   QStringLiteral("general"), QStringLiteral("-")}));
    // The general window takes the passed-on A001 before C001, which was issued after it.
    const Run general = ticket({QStringLiteral("call"), QStringLiteral("--user"), QStringLiteral("clerk.general")});
    QCOMPARE(words(general).mid(0, 4), (QStringList{QStringLiteral("A001"), QStringLiteral("called"),
                                                    QStringLiteral("general"), QStringLiteral("G01")}));
    const Run done = ticket({QStringLiteral("finish"), QStringLiteral("--user"), QStringLiteral("clerk.general")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(words(done).value(1), QStringLiteral("finished"));
    QCOMPARE(events().left(3), QStringLiteral("ok "));
}

void TestTicketCli::noShowIsSkipped()
{
    QCOMPARE(words(ticket({QStringLiteral("call"), QStringLiteral("--user"), QStringLiteral("clerk")})).value(0),
             QStringLiteral("A002"));
    const Run skipped = ticket({QStringLiteral("skip"), QStringLiteral("--user"), QStringLiteral("clerk")});
    QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
    QCOMPARE(words(skipped).mid(0, 2), (QStringList{QStringLiteral("A002"), QStringLiteral("skipped")}));
}

void TestTicketCli::finishLinksTheCaseTakenIn()
{
    const QString request = m_dir.filePath(QStringLiteral("request.json"));
    const Run example = ctl({QStringLiteral("intake"), QStringLiteral("--example")});
    QFile file(request);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(example.out.toUtf8());
    file.close();
    QVERIFY(ticket({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("commerce"),
                    QStringLiteral("--user"), QStringLiteral("clerk")})
                .exitCode == 0);
    QCOMPARE(words(ticket({QStringLiteral("call"), QStringLiteral("--user"), QStringLiteral("clerk")})).value(0),
             QStringLiteral("A003"));
    const Run intake = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), request,
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out"))});
    QVERIFY2(intake.exitCode == 0, qPrintable(intake.err));
    const QString caseNumber = intake.out.split(u' ').value(1);
    QVERIFY(caseNumber.startsWith(QStringLiteral("PZ-")));

    const Run wrong = ticket({QStringLiteral("finish"), QStringLiteral("--case"), QStringLiteral("PZ-20200101-0001"),
                              QStringLiteral("--user"), QStringLiteral("clerk")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("There is no case PZ-20200101-0001")), qPrintable(wrong.err));
    const Run done = ticket({QStringLiteral("finish"), QStringLiteral("--case"), caseNumber, QStringLiteral("--user"),
                             QStringLiteral("clerk")});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(words(done).value(0), QStringLiteral("A003"));
    QCOMPARE(words(done).value(1), QStringLiteral("finished"));
    QCOMPARE(words(done).value(6), caseNumber);
}

void TestTicketCli::listShowsTheDay()
{
    const Run list = ticket({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("PZ")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = list.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("A001 finished general G01 ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("A002 skipped commerce C01 ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("C001 waiting general - ")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("A003 finished commerce C01 ")), qPrintable(lines.at(3)));
    // The clerk's own site, and another day, which has no tickets.
    QCOMPARE(ticket({QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("clerk")}).out, list.out);
    const Run other = ticket({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("PZ"),
                              QStringLiteral("--date"), QStringLiteral("2020-01-01")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(other.out.isEmpty());
    QVERIFY(ticket({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("LC")}).out.isEmpty());
}

void TestTicketCli::refusedAndWrongCommands()
{
    const QString before = events();
    const Run empty = ticket({QStringLiteral("call"), QStringLiteral("--user"), QStringLiteral("clerk")});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("Nobody is waiting")), qPrintable(empty.err));
    const Run nothing = ticket({QStringLiteral("recall"), QStringLiteral("--user"), QStringLiteral("clerk")});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QStringLiteral("call the next one first")), qPrintable(nothing.err));
    const Run kind = ticket({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("passport"),
                             QStringLiteral("--user"), QStringLiteral("clerk")});
    QCOMPARE(kind.exitCode, 1);
    QVERIFY2(kind.err.contains(QStringLiteral("commerce, planning, general")), qPrintable(kind.err));
    const Run admin = ticket({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("commerce"),
                              QStringLiteral("--user"), QStringLiteral("sysadmin")});
    QCOMPARE(admin.exitCode, 1);
    QCOMPARE(events(), before);

    QCOMPARE(ticket({QStringLiteral("frobnicate"), QStringLiteral("--user"), QStringLiteral("clerk")}).exitCode, 2);
    QCOMPARE(ticket({QStringLiteral("issue"), QStringLiteral("--user"), QStringLiteral("clerk")}).exitCode, 2);
    QCOMPARE(ticket({QStringLiteral("call")}).exitCode, 2);
    QCOMPARE(ticket({QStringLiteral("list")}).exitCode, 2);
    const Run date = ticket({QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("PZ"),
                             QStringLiteral("--date"), QStringLiteral("16.3.2026")});
    QCOMPARE(date.exitCode, 2);
    QVERIFY2(date.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(date.err));
    QCOMPARE(ctl({QStringLiteral("ticket"), QStringLiteral("call"), QStringLiteral("--user"), QStringLiteral("clerk")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestTicketCli)
#include "tst_ticketcli.moc"
