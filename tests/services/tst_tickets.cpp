#include "db/journal.h"
#include "demodatabase.h"
#include "services/services.h"
#include "services/setup.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTest>

using namespace OneSeal;

namespace {

// Monday 2026-03-16, 09:30 China Standard Time.
const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);
const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001");
const QStringList kFoodMaterials{
    QStringLiteral("食品经营许可申请书"), QStringLiteral("营业执照或者其他主体资格证明文件"),
    QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), QStringLiteral("食品安全管理制度文本"),
    QStringLiteral("食品安全管理人员及从业人员健康证明")};

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestTickets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void numbersRunPerLetterSitePerDay();
    void windowCallsTheOldestOfItsKind();
    void recallAndSkip();
    void transferKeepsTheNumberAndAddsUpTheTimes();
    void finishedTicketLinksTheCaseTakenInForIt();
    void refusalsSayWhatToDo();
    void replayRebuildsTheTickets();

private:
    Session signIn(const QString& username);
    qint64 events();

    Testing::DemoDatabase m_demo;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
};

void TestTickets::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    const QString made = m_demo.create(kNow);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestTickets::init()
{
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = m_demo.openCopy(m_clock);
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
}

void TestTickets::cleanup()
{
    m_services.reset();
}

Session TestTickets::signIn(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

qint64 TestTickets::events()
{
    return Journal::count(m_services->database()).value();
}

void TestTickets::numbersRunPerLetterSitePerDay()
{
    TicketService& tickets = m_services->tickets();
    const Session clerk = signIn(QStringLiteral("clerk"));
    const qint64 before = events();
    QCOMPARE(tickets.issue(clerk, QStringLiteral("commerce"))->number, QStringLiteral("A001"));
    QCOMPARE(tickets.issue(clerk, QStringLiteral("commerce"))->number, QStringLiteral("A002"));
    QCOMPARE(tickets.issue(clerk, QStringLiteral("planning"))->number, QStringLiteral("B001"));
    QCOMPARE(tickets.issue(clerk, QStringLiteral("general"))->number, QStringLiteral("C001"));
    QCOMPARE(tickets.issue(clerk, QStringLiteral("commerce"))->number, QStringLiteral("A003"));
    QCOMPARE(events(), before + 5); // one event per ticket

    // Another site counts on its own; the town's commerce window has the same letter.
    const Session town = signIn(QStringLiteral("clerk.lc"));
    QCOMPARE(tickets.issue(town, QStringLiteral("commerce"))->number, QStringLiteral("A001"));

    // The next morning every letter starts again at 001.
    m_clock->set(kNow.addDays(1));
    const auto tomorrow = tickets.issue(clerk, QStringLiteral("commerce"));
    QVERIFY2(tomorrow.ok(), qPrintable(message(tomorrow)));
    QCOMPARE(tomorrow->number, QStringLiteral("A001"));
    QCOMPARE(tomorrow->day, QDate(2026, 3, 17));
    QCOMPARE(tomorrow->state, TicketState::Waiting);

    const auto today = tickets.list(clerk.siteId, QDate(2026, 3, 16));
    QVERIFY(today.ok());
    QCOMPARE(today->size(), 5);
}

void TestTickets::windowCallsTheOldestOfItsKind()
{
    TicketService& tickets = m_services->tickets();
    const Session commerce = signIn(QStringLiteral("clerk"));        // window C01, commerce
    const Session general = signIn(QStringLiteral("clerk.general")); // window G01, general
    QVERIFY(tickets.issue(commerce, QStringLiteral("general")).ok());
    QVERIFY(tickets.issue(commerce, QStringLiteral("commerce")).ok());
    QVERIFY(tickets.issue(commerce, QStringLiteral("commerce")).ok());
    QCOMPARE(tickets.waitingCount(commerce).value(), 2);
    QCOMPARE(tickets.waitingCount(general).value(), 1);

    m_clock->advanceSeconds(300);
    const auto called = tickets.callNext(commerce);
    QVERIFY2(called.ok(), qPrintable(message(called)));
    QCOMPARE(called->number, QStringLiteral("A001")); // not C001, which waits for another kind
    QCOMPARE(called->state, TicketState::Called);
    QCOMPARE(called->windowCode, QStringLiteral("C01"));
    QCOMPARE(called->waitingSeconds, 300);
    QCOMPARE(tickets.waitingCount(commerce).value(), 1);
    QCOMPARE(tickets.current(commerce).value()->number, QStringLiteral("A001"));

    // One applicant at a time: the window must finish with A001 before it calls A002.
    const qint64 before = events();
    const auto busy = tickets.callNext(commerce);
    QVERIFY(!busy.ok());
    QVERIFY2(busy.error().message.contains(QStringLiteral("A001")), qPrintable(busy.error().message));
    QCOMPARE(events(), before);

    m_clock->advanceSeconds(720);
    const auto finished = tickets.finish(commerce);
    QVERIFY2(finished.ok(), qPrintable(message(finished)));
    QCOMPARE(finished->state, TicketState::Finished);
    QCOMPARE(finished->counterSeconds, 720);
    QCOMPARE(finished->waitingSeconds, 300);
    QVERIFY(!tickets.current(commerce).value().has_value());
    QCOMPARE(tickets.callNext(commerce)->number, QStringLiteral("A002"));
}

void TestTickets::recallAndSkip()
{
    TicketService& tickets = m_services->tickets();
    const Session clerk = signIn(QStringLiteral("clerk"));
    QVERIFY(tickets.issue(clerk, QStringLiteral("commerce")).ok());
    QVERIFY(tickets.issue(clerk, QStringLiteral("commerce")).ok());
    QVERIFY(tickets.callNext(clerk).ok());
    QCOMPARE(tickets.recall(clerk)->recalls, 1);
    const auto twice = tickets.recall(clerk);
    QCOMPARE(twice->recalls, 2);
    QCOMPARE(twice->number, QStringLiteral("A001"));
    QCOMPARE(twice->state, TicketState::Called);

    const auto skipped = tickets.skip(clerk);
    QVERIFY2(skipped.ok(), qPrintable(message(skipped)));
    QCOMPARE(skipped->state, TicketState::Skipped);
    QCOMPARE(skipped->counterSeconds, 0); // nobody came to the counter
    QCOMPARE(tickets.callNext(clerk)->number, QStringLiteral("A002"));
    QCOMPARE(tickets.waitingCount(clerk).value(), 0);
}

void TestTickets::transferKeepsTheNumberAndAddsUpTheTimes()
{
    TicketService& tickets = m_services->tickets();
    const Session commerce = signIn(QStringLiteral("clerk"));
    const Session general = signIn(QStringLiteral("clerk.general"));
    QVERIFY(tickets.issue(commerce, QStringLiteral("commerce")).ok());
    m_clock->advanceSeconds(60);
    QVERIFY(tickets.issue(commerce, QStringLiteral("general")).ok()); // C001, issued after A001
    m_clock->advanceSeconds(60);
    QVERIFY(tickets.callNext(commerce).ok()); // A001 waited 120 s
    m_clock->advanceSeconds(180);

    const auto passed = tickets.transfer(commerce, QStringLiteral("general"));
    QVERIFY2(passed.ok(), qPrintable(message(passed)));
    QCOMPARE(passed->number, QStringLiteral("A001"));
    QCOMPARE(passed->state, TicketState::Waiting);
    QCOMPARE(passed->windowKind, QStringLiteral("general"));
    QCOMPARE(passed->transfers, 1);
    QCOMPARE(passed->counterSeconds, 180);
    QVERIFY(!tickets.current(commerce).value().has_value());
    QCOMPARE(tickets.waitingCount(general).value(), 2);

    // It was issued before C001, so the general window takes it first.
    m_clock->advanceSeconds(30);
    const auto called = tickets.callNext(general);
    QVERIFY2(called.ok(), qPrintable(message(called)));
    QCOMPARE(called->number, QStringLiteral("A001"));
    QCOMPARE(called->windowCode, QStringLiteral("G01"));
    QCOMPARE(called->waitingSeconds, 150); // 120 s in the first queue, 30 s in the second
    m_clock->advanceSeconds(240);
    const auto done = tickets.finish(general);
    QCOMPARE(done->counterSeconds, 420); // 180 s at C01, 240 s at G01

    // A ticket cannot be passed to its own queue or to a kind the site has no window of.
    QVERIFY(tickets.callNext(general).ok()); // C001
    const auto same = tickets.transfer(general, QStringLiteral("general"));
    QVERIFY(!same.ok());
    QCOMPARE(same.error().field, QStringLiteral("window_kind"));
    const Session town = signIn(QStringLiteral("clerk.lc"));
    QVERIFY(tickets.issue(town, QStringLiteral("general")).ok());
    QVERIFY(tickets.callNext(town).ok());
    const auto noPlanning = tickets.transfer(town, QStringLiteral("planning"));
    QVERIFY(!noPlanning.ok());
    QVERIFY2(noPlanning.error().message.contains(QStringLiteral("no open")), qPrintable(noPlanning.error().message));
}

void TestTickets::finishedTicketLinksTheCaseTakenInForIt()
{
    TicketService& tickets = m_services->tickets();
    const Session clerk = signIn(QStringLiteral("clerk"));
    QVERIFY(tickets.issue(clerk, QStringLiteral("commerce")).ok());
    m_clock->advanceSeconds(600);
    const auto called = tickets.callNext(clerk);
    QVERIFY(called.ok());

    IntakeRequest r;
    r.requestId = QStringLiteral("req-ticket-0001");
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.itemCode = kFoodLicence;
    for (const QString& name : kFoodMaterials)
        r.materials.append({name, 1, 0, QStringLiteral("received"), QString()});
    r.outcome = IntakeOutcome::Accept;
    r.ticketId = called->id;
    m_clock->advanceSeconds(900);
    const auto intake = m_services->intake().submit(clerk, r);
    QVERIFY2(intake.ok(), qPrintable(message(intake)));

    const auto finished = tickets.finish(clerk);
    QVERIFY2(finished.ok(), qPrintable(message(finished)));
    QCOMPARE(finished->caseNumber, intake->caseNumber);
    QCOMPARE(finished->waitingSeconds, 600);
    QCOMPARE(finished->counterSeconds, 900);
    auto link = m_services->database().query(
        QStringLiteral("SELECT a.ticket_id, t.application_id FROM applications a JOIN tickets t ON t.id = a.ticket_id "
                       "WHERE a.case_number = ?"),
        {intake->caseNumber});
    QVERIFY(link && link->next());
    QCOMPARE(link->value(0).toString(), called->id);
    QCOMPARE(link->value(1).toString(), intake->applicationId);

    // A clerk who serves someone for a case taken in earlier names it; a wrong number is refused.
    QVERIFY(tickets.issue(clerk, QStringLiteral("commerce")).ok());
    QVERIFY(tickets.callNext(clerk).ok());
    const auto wrong = tickets.finish(clerk, QStringLiteral("PZ-20260316-9999"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().field, QStringLiteral("case_number"));
    QCOMPARE(tickets.current(clerk).value()->state, TicketState::Called); // still at the window
    const auto named = tickets.finish(clerk, intake->caseNumber);
    QVERIFY2(named.ok(), qPrintable(message(named)));
    QCOMPARE(named->caseNumber, intake->caseNumber);
}

void TestTickets::refusalsSayWhatToDo()
{
    TicketService& tickets = m_services->tickets();
    const Session clerk = signIn(QStringLiteral("clerk"));
    const qint64 before = events();
    const auto empty = tickets.callNext(clerk);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("ticket.none_waiting"));
    QVERIFY(!tickets.recall(clerk).ok());
    QVERIFY(!tickets.skip(clerk).ok());
    QVERIFY(!tickets.finish(clerk).ok());
    QCOMPARE(tickets.finish(clerk).error().message,
             QStringLiteral("No ticket is at your window; call the next one first."));
    const auto kind = tickets.issue(clerk, QStringLiteral("passport"));
    QVERIFY(!kind.ok());
    QCOMPARE(kind.error().field, QStringLiteral("window_kind"));
    QVERIFY(kind.error().message.contains(QStringLiteral("commerce, planning, general")));
    // The town centre has no planning window: no ticket is issued for a queue nobody calls.
    const auto noWindow = tickets.issue(signIn(QStringLiteral("clerk.lc")), QStringLiteral("planning"));
    QVERIFY(!noWindow.ok());
    QCOMPARE(noWindow.error().code, QStringLiteral("ticket.no_window"));
    // The system administrator holds no business right (三员分立), and a reviewer sits at no window.
    QVERIFY(!tickets.issue(signIn(QStringLiteral("sysadmin")), QStringLiteral("commerce")).ok());
    QVERIFY(!tickets.callNext(signIn(QStringLiteral("reviewer"))).ok());
    QCOMPARE(events(), before);
}

void TestTickets::replayRebuildsTheTickets()
{
    TicketService& tickets = m_services->tickets();
    const Session clerk = signIn(QStringLiteral("clerk"));
    const Session general = signIn(QStringLiteral("clerk.general"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(tickets.issue(clerk, QStringLiteral("commerce")).ok());
    QVERIFY(tickets.callNext(clerk).ok());
    QVERIFY(tickets.recall(clerk).ok());
    QVERIFY(tickets.transfer(clerk, QStringLiteral("general")).ok());
    QVERIFY(tickets.callNext(general).ok());
    QVERIFY(tickets.finish(general).ok());
    QVERIFY(tickets.callNext(clerk).ok());
    QVERIFY(tickets.skip(clerk).ok());

    const QString target = m_demo.filePath(QStringLiteral("replayed.sqlite"));
    QFile::remove(target);
    const auto replayed = Setup::replayJournal(*m_services, target);
    QVERIFY2(replayed.ok(), qPrintable(message(replayed)));
    auto rebuilt = Services::open(target, OpenMode::ReadOnly);
    QVERIFY(rebuilt.ok());
    QCOMPARE(Setup::tablesDigest(**rebuilt).value(), Setup::tablesDigest(*m_services).value());
    const auto list = (*rebuilt)->tickets().list(clerk.siteId, QDate(2026, 3, 16));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).state, TicketState::Finished);
    QCOMPARE(list->at(0).transfers, 1);
    QCOMPARE(list->at(1).state, TicketState::Skipped);
    QCOMPARE(list->at(2).state, TicketState::Waiting);
    (*rebuilt).reset();
    QFile::remove(target);
}

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
