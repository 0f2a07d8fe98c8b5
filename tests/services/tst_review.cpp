#include "demodatabase.h"
#include "services/services.h"
#include "services/setup.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace OneSeal;

namespace {

// Monday 2026-03-16, 09:30 China Standard Time.
const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);
const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // SSDJ, 5 promised / 10 statutory
const QStringList kFoodMaterials{
    QStringLiteral("食品经营许可申请书"), QStringLiteral("营业执照或者其他主体资格证明文件"),
    QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), QStringLiteral("食品安全管理制度文本"),
    QStringLiteral("食品安全管理人员及从业人员健康证明")};

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

template <typename T> QString code(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().code;
}

} // namespace

class TestReview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void claimedCaseIsLockedForOthers();
    void onlyTheChiefReleasesOrReassignsAnothersCase();
    void opinionThenDecisionQueuesTheGrantForPrinting();
    void onSiteCheckNeedsASecondReviewer();
    void separationOfDutiesIsEnforced();
    void decidedCaseChangesOnlyThroughTheChiefsCorrection();
    void specialProcedureStopsTheClockWithANotice();
    void reviewSupplementStopsTheClockWherePolicySays();
    void oneExtensionByTheApprover();
    void queueShowsLightHolderAndMaskedApplicant();
    void documentNumbersRunWithoutGaps();
    void backOfficePrintsTheDocumentsOfItsOwnStepAndSection();
    void replayRebuildsTheReviewTables();

private:
    Session as(const QString& username);
    QString accept(const QString& applicantName = QStringLiteral("彭州市天府餐饮管理有限公司"),
                   const QString& clerk = QStringLiteral("clerk"));
    void toDecision(const QString& caseNumber);
    QString stateOf(const QString& caseNumber, const QString& column);

    Testing::DemoDatabase m_demo;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
    int m_requests = 0;
};

void TestReview::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    const QString made = m_demo.create(kNow);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    auto services = m_demo.openTemplate(std::make_shared<FixedClock>(kNow));
    QVERIFY2(services.ok(), qPrintable(message(services)));

    // A second reviewer of 商事登记科, and a clerk who is also an approver there (a small section's chief
    // who helps at the window): the rules must keep them from deciding what they accepted.
    Services& s = **services;
    const Session sysadmin = s.accounts().sessionFor(QStringLiteral("sysadmin")).value();
    const Session secadmin = s.accounts().sessionFor(QStringLiteral("secadmin")).value();
    const QString pz = s.referenceData().idForCode(QStringLiteral("site"), QStringLiteral("PZ")).value();
    const QString ssdj = s.referenceData().idForCode(QStringLiteral("section"), QStringLiteral("SSDJ")).value();
    const QList<std::tuple<QString, QString, QList<Role>>> users{
        {QStringLiteral("reviewer2"), QStringLiteral("王磊"), {Role::Reviewer}},
        {QStringLiteral("clerkchief"), QStringLiteral("黄丽"), {Role::Clerk, Role::Approver}},
    };
    for (const auto& [username, name, roles] : users) {
        UserProfile profile;
        profile.username = username;
        profile.displayName = name;
        profile.siteId = pz;
        profile.sectionId = ssdj;
        const auto id = s.accounts().createUser(sysadmin, profile, QStringLiteral("Demo#2026x"), false);
        QVERIFY2(id.ok(), qPrintable(message(id)));
        const Status granted = s.accounts().setRoles(secadmin, *id, roles);
        QVERIFY2(granted.ok(), granted.ok() ? "" : qPrintable(granted.error().message));
    }
}

void TestReview::init()
{
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = m_demo.openCopy(m_clock);
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
}

void TestReview::cleanup()
{
    m_services.reset();
}

Session TestReview::as(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

QString TestReview::accept(const QString& applicantName, const QString& clerk)
{
    IntakeRequest r;
    r.requestId = QStringLiteral("review-test-%1").arg(++m_requests, 4, 10, QLatin1Char('0'));
    // An organisation by default; a person's name (two or three characters) makes a person.
    const bool person = applicantName.size() <= 3;
    r.applicantKind = person ? QStringLiteral("person") : QStringLiteral("organisation");
    r.applicantIdentifier = person ? QStringLiteral("11010519491231002X") : QStringLiteral("91350100M000100Y43");
    r.applicantName = applicantName;
    r.itemCode = kFoodLicence;
    for (const QString& name : kFoodMaterials)
        r.materials.append({name, 1, 0, QStringLiteral("received"), QString()});
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(as(clerk), r);
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result ? result->caseNumber : QString();
}

QString TestReview::stateOf(const QString& caseNumber, const QString& column)
{
    auto q = m_services->database().query(QStringLiteral("SELECT %1 FROM applications WHERE case_number = ?").arg(column),
                                          {caseNumber});
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

void TestReview::toDecision(const QString& caseNumber)
{
    QVERIFY(m_services->review().claim(as(QStringLiteral("reviewer")), caseNumber).ok());
    const Status recorded = m_services->review().recordOpinion(
        as(QStringLiteral("reviewer")), caseNumber, {QStringLiteral("材料齐全，符合法定条件。"), true, false, {}});
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
}

void TestReview::claimedCaseIsLockedForOthers()
{
    const QString number = accept();
    ReviewService& review = m_services->review();
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QCOMPARE(stateOf(number, QStringLiteral("state")), ApplicationState::InReview);

    const Status taken = review.claim(as(QStringLiteral("reviewer2")), number);
    QCOMPARE(code(taken), QStringLiteral("review.locked"));
    QVERIFY2(taken.error().message.contains(QStringLiteral("张伟")), qPrintable(taken.error().message));
    // The lock holds for every write, not only for claiming.
    const Status opinion = review.recordOpinion(as(QStringLiteral("reviewer2")), number,
                                                {QStringLiteral("同意"), true, false, {}});
    QCOMPARE(code(opinion), QStringLiteral("review.locked"));

    QCOMPARE(code(review.claim(as(QStringLiteral("reviewer.ghjs")), number)), QStringLiteral("review.other_section"));
    // At the review step an approver has no work to claim.
    QCOMPARE(code(review.claim(as(QStringLiteral("approver")), number)), QStringLiteral("auth.forbidden"));
    // Claiming again is harmless.
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
}

void TestReview::onlyTheChiefReleasesOrReassignsAnothersCase()
{
    const QString number = accept();
    ReviewService& review = m_services->review();
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QCOMPARE(code(review.release(as(QStringLiteral("reviewer2")), number)), QStringLiteral("review.locked"));
    QCOMPARE(code(review.reassign(as(QStringLiteral("reviewer")), number, QStringLiteral("reviewer2"))),
             QStringLiteral("review.not_chief"));
    QCOMPARE(code(review.reassign(as(QStringLiteral("approver.ghjs")), number, QStringLiteral("reviewer2"))),
             QStringLiteral("review.not_chief"));
    QCOMPARE(code(review.reassign(as(QStringLiteral("approver")), number, QStringLiteral("reviewer.ghjs"))),
             QStringLiteral("review.other_section"));

    const Status moved = review.reassign(as(QStringLiteral("approver")), number, QStringLiteral("reviewer2"));
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    QCOMPARE(stateOf(number, QStringLiteral("holder_id")), as(QStringLiteral("reviewer2")).userId);
    QCOMPARE(code(review.claim(as(QStringLiteral("reviewer")), number)), QStringLiteral("review.locked"));

    QVERIFY(review.release(as(QStringLiteral("approver")), number).ok());
    QCOMPARE(stateOf(number, QStringLiteral("holder_id")), QString());
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QVERIFY(review.release(as(QStringLiteral("reviewer")), number).ok());
}

void TestReview::opinionThenDecisionQueuesTheGrantForPrinting()
{
    const QString number = accept();
    ReviewService& review = m_services->review();
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QCOMPARE(code(review.decide(as(QStringLiteral("approver")), number, true, {})), QStringLiteral("review.no_opinion"));
    toDecision(number);
    QCOMPARE(stateOf(number, QStringLiteral("review_step")), ReviewStep::Decision);
    QCOMPARE(stateOf(number, QStringLiteral("holder_id")), QString()); // back in the queue for an approver

    m_clock->advanceSeconds(24 * 3600); // Tuesday
    QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
    const auto document = review.decide(as(QStringLiteral("approver")), number, true, QStringLiteral("符合条件"));
    QVERIFY2(document.ok(), qPrintable(message(document)));
    QCOMPARE(stateOf(number, QStringLiteral("state")), ApplicationState::Approved);
    QCOMPARE(stateOf(number, QStringLiteral("decided_on")), QStringLiteral("2026-03-17"));
    QCOMPARE(stateOf(number, QStringLiteral("print_queued_on")), QStringLiteral("2026-03-17"));
    const auto notice = m_services->intake().notice(*document);
    QVERIFY(notice.ok());
    QCOMPARE(notice->kind, QStringLiteral("grant_decision"));
    QVERIFY2(notice->documentNumber.endsWith(QStringLiteral("准〔2026〕1号")), qPrintable(notice->documentNumber));
    QCOMPARE(notice->fields.value(u"applicant_name").toString(), QStringLiteral("彭州市天府餐饮管理有限公司"));

    // The clock froze on the decision day: two working days of five used.
    const auto clock = review.clock(number, QDate(2026, 6, 1));
    QVERIFY(clock.ok());
    QVERIFY(clock->frozen);
    QCOMPARE(clock->elapsedDays, 1);
    QCOMPARE(clock->remainingDays, 4);
}

void TestReview::onSiteCheckNeedsASecondReviewer()
{
    const QString number = accept();
    ReviewService& review = m_services->review();
    const Session reviewer = as(QStringLiteral("reviewer"));
    QVERIFY(review.claim(reviewer, number).ok());
    ReviewOpinion opinion{QStringLiteral("现场核查：场所与平面图一致。"), true, true, {}};
    QCOMPARE(code(review.recordOpinion(reviewer, number, opinion)), QStringLiteral("review.second_reviewer"));
    opinion.secondReviewer = QStringLiteral("reviewer");
    QCOMPARE(code(review.recordOpinion(reviewer, number, opinion)), QStringLiteral("review.second_reviewer"));
    opinion.secondReviewer = QStringLiteral("reviewer.ghjs"); // another section's reviewer
    QCOMPARE(code(review.recordOpinion(reviewer, number, opinion)), QStringLiteral("review.second_reviewer"));
    opinion.secondReviewer = QStringLiteral("reviewer2");
    QVERIFY(review.recordOpinion(reviewer, number, opinion).ok());
    auto q = m_services->database().query(QStringLiteral("SELECT on_site, second_reviewer_id FROM review_opinions"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 1);
    QCOMPARE(q->value(1).toString(), as(QStringLiteral("reviewer2")).userId);
    // An empty opinion is no opinion.
    const QString other = accept();
    QVERIFY(review.claim(reviewer, other).ok());
    const Status empty = review.recordOpinion(reviewer, other, {QStringLiteral("  "), true, false, {}});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().field, QStringLiteral("opinion"));
}

void TestReview::separationOfDutiesIsEnforced()
{
    ReviewService& review = m_services->review();
    // The person who accepted may not decide, even holding the approver role of the section.
    const QString own = accept(QStringLiteral("彭州市天府餐饮管理有限公司"), QStringLiteral("clerkchief"));
    QVERIFY(!own.isEmpty());
    toDecision(own);
    QVERIFY(review.claim(as(QStringLiteral("clerkchief")), own).ok());
    const auto refused = review.decide(as(QStringLiteral("clerkchief")), own, true, {});
    QCOMPARE(code(refused), QStringLiteral("review.same_person"));
    QCOMPARE(stateOf(own, QStringLiteral("state")), ApplicationState::InReview);

    const QString number = accept();
    toDecision(number);
    // Only an approver decides; an approver of another section does not.
    QCOMPARE(code(review.decide(as(QStringLiteral("reviewer")), number, true, {})), QStringLiteral("auth.forbidden"));
    QCOMPARE(code(review.decide(as(QStringLiteral("approver.ghjs")), number, true, {})),
             QStringLiteral("review.other_section"));
    QCOMPARE(code(review.decide(as(QStringLiteral("clerk")), number, true, {})), QStringLiteral("auth.forbidden"));
    QCOMPARE(code(review.decide(as(QStringLiteral("sysadmin")), number, true, {})), QStringLiteral("auth.forbidden"));
    // The approver decides what they hold; a refusal states its reasons (Art. 38).
    QCOMPARE(code(review.decide(as(QStringLiteral("approver")), number, true, {})), QStringLiteral("review.not_claimed"));
    QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
    const auto noReason = review.decide(as(QStringLiteral("approver")), number, false, QString());
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().field, QStringLiteral("reasons"));
    QVERIFY(review.decide(as(QStringLiteral("approver")), number, false, QStringLiteral("经营场所不符合食品安全要求。")).ok());
    QCOMPARE(stateOf(number, QStringLiteral("state")), ApplicationState::Denied);
    QCOMPARE(stateOf(number, QStringLiteral("print_queued_on")), QString());
}

void TestReview::decidedCaseChangesOnlyThroughTheChiefsCorrection()
{
    ReviewService& review = m_services->review();
    const QString number = accept();
    toDecision(number);
    QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
    QVERIFY(review.decide(as(QStringLiteral("approver")), number, true, QStringLiteral("符合条件")).ok());

    QCOMPARE(code(review.claim(as(QStringLiteral("approver")), number)), QStringLiteral("review.decided"));
    QCOMPARE(code(review.decide(as(QStringLiteral("approver")), number, false, QStringLiteral("x"))),
             QStringLiteral("review.decided"));
    QCOMPARE(code(review.suspend(as(QStringLiteral("approver")), number,
                                 {true, QStringLiteral("检验"), 5, QStringLiteral("检验")})),
             QStringLiteral("review.decided"));
    QCOMPARE(code(review.extend(as(QStringLiteral("approver")), number, false, QStringLiteral("x"))),
             QStringLiteral("review.decided"));

    QCOMPARE(code(review.correctDecision(as(QStringLiteral("reviewer")), number, false, QStringLiteral("x"),
                                         QStringLiteral("y"))),
             QStringLiteral("review.not_chief"));
    const auto noWhy = review.correctDecision(as(QStringLiteral("approver")), number, false,
                                              QStringLiteral("经营场所不符合要求"), QString());
    QCOMPARE(noWhy.error().field, QStringLiteral("why"));
    const auto corrected = review.correctDecision(as(QStringLiteral("approver")), number, false,
                                                  QStringLiteral("经营场所不符合要求"),
                                                  QStringLiteral("复核发现现场核查记录有误"));
    QVERIFY2(corrected.ok(), qPrintable(message(corrected)));
    QCOMPARE(stateOf(number, QStringLiteral("state")), ApplicationState::Denied);
    QCOMPARE(stateOf(number, QStringLiteral("print_queued_on")), QString()); // out of the print centre's queue
    auto q = m_services->database().query(
        QStringLiteral("SELECT previous_decision, decision, reason, corrected_by FROM decision_corrections"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("grant"));
    QCOMPARE(q->value(1).toString(), QStringLiteral("refuse"));
    QCOMPARE(q->value(2).toString(), QStringLiteral("复核发现现场核查记录有误"));
    QCOMPARE(q->value(3).toString(), as(QStringLiteral("approver")).userId);
    QCOMPARE(m_services->intake().notice(*corrected)->kind, QStringLiteral("refusal_decision"));
}

void TestReview::specialProcedureStopsTheClockWithANotice()
{
    ReviewService& review = m_services->review();
    const QString number = accept(); // Monday 03-16: promised 03-23, statutory 03-30
    const Session reviewer = as(QStringLiteral("reviewer"));
    QCOMPARE(review.clock(number, {})->statutoryDueDate, std::optional<QDate>(QDate(2026, 3, 30)));
    QVERIFY(review.claim(reviewer, number).ok());
    QCOMPARE(code(review.suspend(reviewer, number, {true, QStringLiteral("会商"), 5, QStringLiteral("x")})),
             QStringLiteral("input.procedure"));
    QCOMPARE(code(review.suspend(reviewer, number, {true, QStringLiteral("检验"), 0, QStringLiteral("x")})),
             QStringLiteral("input.expected_days"));

    m_clock->advanceSeconds(24 * 3600); // Tuesday 03-17
    const auto notice = review.suspend(reviewer, number, {true, QStringLiteral("检验"), 3,
                                                          QStringLiteral("对经营场所的水质进行检验")});
    QVERIFY2(notice.ok(), qPrintable(message(notice)));
    const auto issued = m_services->intake().notice(*notice);
    QCOMPARE(issued->kind, QStringLiteral("special_procedure_notice"));
    QCOMPARE(issued->fields.value(u"procedure").toString(), QStringLiteral("检验"));
    QCOMPARE(issued->fields.value(u"expected_end_date").toString(), QStringLiteral("2026-03-20"));
    QCOMPARE(code(review.suspend(reviewer, number, {true, QStringLiteral("检测"), 3, QStringLiteral("x")})),
             QStringLiteral("review.suspended"));

    m_clock->advanceSeconds(7 * 24 * 3600); // Tuesday 03-24: five working days stopped, over the three told
    auto clock = review.clock(number, {});
    QVERIFY(clock->suspended);
    QCOMPARE(clock->suspendedDays, 5);
    QCOMPARE(clock->elapsedDays, 1);
    QVERIFY(std::any_of(clock->warnings.cbegin(), clock->warnings.cend(),
                        [](const ClockWarning& w) { return w.code == u"clock.procedure_overrun"; }));
    QCOMPARE(code(review.recordOpinion(reviewer, number, {QStringLiteral("同意"), true, false, {}})),
             QStringLiteral("review.suspended"));
    QVERIFY(review.resume(reviewer, number).ok());
    QCOMPARE(code(review.resume(reviewer, number)), QStringLiteral("review.not_suspended"));
    clock = review.clock(number, {});
    QVERIFY(!clock->suspended);
    QCOMPARE(clock->statutoryDueDate, std::optional<QDate>(QDate(2026, 4, 7))); // 03-30 + 5, past 清明 04-04..06
    QCOMPARE(clock->dueDate, std::optional<QDate>(QDate(2026, 3, 30)));
}

void TestReview::reviewSupplementStopsTheClockWherePolicySays()
{
    ReviewService& review = m_services->review();
    const QString number = accept();
    const Session reviewer = as(QStringLiteral("reviewer"));
    QVERIFY(review.claim(reviewer, number).ok());
    const auto none = review.suspend(reviewer, number, {false, {}, 5, QStringLiteral("补交健康证明原件")});
    QVERIFY2(none.ok(), qPrintable(message(none)));
    QVERIFY(none->isEmpty()); // no Art. 45 notice for a supplement
    m_clock->advanceSeconds(3 * 24 * 3600); // Thursday 03-19
    QVERIFY(review.resume(reviewer, number).ok());
    // By default the clock runs on (the law has no general pause).
    QCOMPARE(review.clock(number, {})->dueDate, std::optional<QDate>(QDate(2026, 3, 23)));
    ClockSettings settings = review.clockSettings().value();
    settings.policy.supplementStopsClock = true;
    QCOMPARE(code(review.setClockSettings(reviewer, settings)), QStringLiteral("auth.forbidden"));
    QVERIFY(review.setClockSettings(as(QStringLiteral("sysadmin")), settings).ok());
    const auto clock = review.clock(number, {});
    QCOMPARE(clock->suspendedDays, 3);
    QCOMPARE(clock->dueDate, std::optional<QDate>(QDate(2026, 3, 26)));
}

void TestReview::oneExtensionByTheApprover()
{
    ReviewService& review = m_services->review();
    const QString number = accept();
    QCOMPARE(code(review.extend(as(QStringLiteral("reviewer")), number, false, QStringLiteral("x"))),
             QStringLiteral("review.not_chief"));
    QCOMPARE(code(review.extend(as(QStringLiteral("approver")), number, false, QString())),
             QStringLiteral("input.required"));
    const auto notice = review.extend(as(QStringLiteral("approver")), number, false,
                                      QStringLiteral("需征求消防部门意见"));
    QVERIFY2(notice.ok(), qPrintable(message(notice)));
    const auto issued = m_services->intake().notice(*notice);
    QCOMPARE(issued->kind, QStringLiteral("extension_notice"));
    QCOMPARE(issued->fields.value(u"original_due_date").toString(), QStringLiteral("2026-03-30"));
    QCOMPARE(issued->fields.value(u"new_due_date").toString(), QStringLiteral("2026-04-14")); // +10, past 清明
    QVERIFY2(issued->documentNumber.contains(QStringLiteral("延〔2026〕1号")), qPrintable(issued->documentNumber));
    const auto clock = review.clock(number, {});
    QCOMPARE(clock->extensionDays, 10);
    QCOMPARE(clock->remainingDays, 15);
    const auto again = review.extend(as(QStringLiteral("approver")), number, true, QStringLiteral("再次延长"));
    QCOMPARE(code(again), QStringLiteral("review.extended"));
}

void TestReview::queueShowsLightHolderAndMaskedApplicant()
{
    ReviewService& review = m_services->review();
    const QString first = accept();
    const QString second = accept(QStringLiteral("张伟"));
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), second).ok());
    const auto byCode = review.queue(QStringLiteral("SSDJ"), {});
    QVERIFY2(byCode.ok(), qPrintable(message(byCode)));
    const auto byName = review.queue(QStringLiteral("商事登记科"), {});
    QCOMPARE(byName->size(), byCode->size());
    QCOMPARE(code(review.queue(QStringLiteral("不存在科"), {})), QStringLiteral("review.no_section"));

    const auto find = [&](const QString& number) {
        for (const QueueEntry& e : *byCode)
            if (e.caseNumber == number)
                return e;
        return QueueEntry{};
    };
    const QueueEntry a = find(first);
    const QueueEntry b = find(second);
    QCOMPARE(a.applicant, QStringLiteral("彭州市天府餐饮管理有限公司"));
    QCOMPARE(a.itemName, QStringLiteral("食品经营许可"));
    QCOMPARE(a.holderName, QString());
    QCOMPARE(a.reading.light, ClockLight::Green);
    QCOMPARE(a.reading.remainingDays, 5);
    QCOMPARE(b.applicant, QStringLiteral("张*")); // a person's name is masked, an organisation's is not
    QCOMPARE(b.holderName, QStringLiteral("张伟"));
    QCOMPARE(b.step, ReviewStep::Review);
    // Urgent first: nothing in the queue comes after a case with fewer days left.
    for (qsizetype i = 1; i < byCode->size(); ++i)
        QVERIFY(byCode->at(i - 1).reading.severe || !byCode->at(i).reading.severe);

    // Three working days later the five-day promise is yellow (≤ 1 day or 20 %), then red, then severe.
    QCOMPARE(find(first).reading.light, ClockLight::Green);
    const auto thursday = review.queue(QStringLiteral("SSDJ"), QDate(2026, 3, 20));
    for (const QueueEntry& e : *thursday)
        if (e.caseNumber == first)
            QCOMPARE(e.reading.light, ClockLight::Yellow);
    const auto late = review.queue(QStringLiteral("SSDJ"), QDate(2026, 3, 31));
    for (const QueueEntry& e : *late)
        if (e.caseNumber == first)
            QVERIFY(e.reading.light == ClockLight::Red && e.reading.severe);
}

void TestReview::documentNumbersRunWithoutGaps()
{
    ReviewService& review = m_services->review();
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        const QString number = accept();
        toDecision(number);
        QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
        const auto document = review.decide(as(QStringLiteral("approver")), number, i != 1,
                                            i == 1 ? QStringLiteral("不符合条件") : QString());
        QVERIFY2(document.ok(), qPrintable(message(document)));
        numbers.append(m_services->intake().notice(*document)->documentNumber);
    }
    QVERIFY2(numbers.at(0).endsWith(QStringLiteral("准〔2026〕1号")), qPrintable(numbers.at(0)));
    QVERIFY2(numbers.at(1).endsWith(QStringLiteral("不准〔2026〕1号")), qPrintable(numbers.at(1)));
    QVERIFY2(numbers.at(2).endsWith(QStringLiteral("准〔2026〕2号")), qPrintable(numbers.at(2)));
}

void TestReview::backOfficePrintsTheDocumentsOfItsOwnStepAndSection()
{
    ReviewService& review = m_services->review();
    LicenceService& licences = m_services->licences();
    const QString number = accept();
    const Session reviewer = as(QStringLiteral("reviewer"));
    const Session approver = as(QStringLiteral("approver"));
    const auto waiting = [&](const QString& noticeId) {
        const auto queue = licences.printQueue(as(QStringLiteral("sealkeeper")));
        return queue && std::any_of(queue->cbegin(), queue->cend(),
                                    [&](const PrintQueueEntry& e) { return e.noticeId == noticeId; });
    };
    const auto printedBy = [&](const QString& noticeId) {
        QStringList users;
        auto q = m_services->database().query(
            QStringLiteral("SELECT u.username FROM notice_prints p JOIN users u ON u.id = p.printed_by "
                           "WHERE p.notice_id = ? ORDER BY p.print_number"),
            {noticeId});
        while (q && q->next())
            users.append(q->value(0).toString());
        return users;
    };
    const auto print = [&](const QString& user, const QString& noticeId) {
        return licences.printNotice(as(user), {noticeId, QStringLiteral("HP-SSDJ01"), 1}, {});
    };

    // The special procedure notice: its reviewer prints it; another section's reviewer or a clerk may not.
    QVERIFY(review.claim(reviewer, number).ok());
    const auto special =
        review.suspend(reviewer, number, {true, QStringLiteral("检验"), 3, QStringLiteral("水质检验")});
    QVERIFY2(special.ok(), qPrintable(message(special)));
    QVERIFY(waiting(*special));
    const auto otherSection = print(QStringLiteral("reviewer.ghjs"), *special);
    QCOMPARE(code(otherSection), QStringLiteral("notice.other_section"));
    const QString specialNumber = m_services->intake().notice(*special)->documentNumber;
    QVERIFY2(otherSection.error().message.contains(specialNumber), qPrintable(otherSection.error().message));
    QCOMPARE(code(print(QStringLiteral("clerk"), *special)), QStringLiteral("notice.not_permitted"));
    QCOMPARE(code(print(QStringLiteral("sysadmin"), *special)), QStringLiteral("notice.not_permitted"));
    QVERIFY(printedBy(*special).isEmpty());
    const auto printed = print(QStringLiteral("reviewer"), *special);
    QVERIFY2(printed.ok(), qPrintable(message(printed)));
    QCOMPARE(printed->printNumber, 1);
    QCOMPARE(printedBy(*special), QStringList{QStringLiteral("reviewer")});
    QVERIFY(!waiting(*special));
    QVERIFY(review.resume(reviewer, number).ok());

    // The extension is the approver's document, not the reviewer's.
    const auto extension = review.extend(approver, number, false, QStringLiteral("需征求消防部门意见"));
    QVERIFY2(extension.ok(), qPrintable(message(extension)));
    QCOMPARE(code(print(QStringLiteral("reviewer"), *extension)), QStringLiteral("notice.not_permitted"));
    QVERIFY(print(QStringLiteral("approver"), *extension).ok());
    QVERIFY(!waiting(*extension));

    // The decision: its section's approver prints it; the other section's approver may not.
    toDecision(number);
    QVERIFY(review.claim(approver, number).ok());
    const auto decision = review.decide(approver, number, true, QStringLiteral("符合条件"));
    QVERIFY2(decision.ok(), qPrintable(message(decision)));
    QVERIFY(waiting(*decision));
    QCOMPARE(code(print(QStringLiteral("approver.ghjs"), *decision)), QStringLiteral("notice.other_section"));
    QCOMPARE(code(print(QStringLiteral("reviewer"), *decision)), QStringLiteral("notice.not_permitted"));
    QVERIFY(print(QStringLiteral("approver"), *decision).ok());
    QVERIFY(!waiting(*decision));
    // The seal keeper keeps the right to print every document of the site again.
    const auto copy = print(QStringLiteral("sealkeeper"), *decision);
    QVERIFY2(copy.ok(), qPrintable(message(copy)));
    QCOMPARE(copy->printNumber, 2);
    QCOMPARE(printedBy(*decision), (QStringList{QStringLiteral("approver"), QStringLiteral("sealkeeper")}));
}

void TestReview::replayRebuildsTheReviewTables()
{
    ReviewService& review = m_services->review();
    const QString number = accept();
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QVERIFY(review.suspend(as(QStringLiteral("reviewer")), number, {true, QStringLiteral("鉴定"), 5,
                                                                    QStringLiteral("鉴定")})
                .ok());
    m_clock->advanceSeconds(2 * 24 * 3600);
    QVERIFY(review.resume(as(QStringLiteral("reviewer")), number).ok());
    QVERIFY(review.extend(as(QStringLiteral("approver")), number, true, QStringLiteral("联合办理")).ok());
    QVERIFY(review.recordOpinion(as(QStringLiteral("reviewer")), number, {QStringLiteral("同意"), true, false, {}}).ok());
    QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
    QVERIFY(review.decide(as(QStringLiteral("approver")), number, true, {}).ok());
    QVERIFY(review.correctDecision(as(QStringLiteral("approver")), number, false, QStringLiteral("不符合"),
                                   QStringLiteral("复核"))
                .ok());

    const QString target = m_demo.filePath(QStringLiteral("replayed.sqlite"));
    QFile::remove(target);
    const auto replayed = Setup::replayJournal(*m_services, target);
    QVERIFY2(replayed.ok(), qPrintable(message(replayed)));
    auto rebuilt = Services::open(target, OpenMode::ReadWrite, m_clock);
    QVERIFY(rebuilt.ok());
    QCOMPARE(Setup::tablesDigest(**rebuilt).value(), Setup::tablesDigest(*m_services).value());
    for (const QString& table : {QStringLiteral("review_opinions"), QStringLiteral("case_suspensions"),
                                QStringLiteral("decision_corrections")}) {
        auto q = (*rebuilt)->database().query(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QVERIFY(q && q->next());
        QVERIFY2(q->value(0).toInt() > 0, qPrintable(table));
    }
    QCOMPARE((*rebuilt)->review().clock(number, {})->extensionDays, 15);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
