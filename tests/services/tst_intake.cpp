#include "db/journal.h"
#include "demodatabase.h"
#include "intaketestsupport.h"
#include "services/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace OneSeal;
using namespace OneSeal::IntakeTesting;

namespace {

const QString kDemoPassword = QStringLiteral("Demo#2026");
const QString kTemporaryRelief = QStringLiteral("11510182MB1D4D6X2F5000500405000"); // town level

} // namespace

class TestIntake final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void acceptStartsTheClockAndNumbersTheNotice();
    void sameRequestTwiceGivesTheFirstCase();
    void acceptWithMaterialsMissingIsRefused();
    void supplementOnceThenAcceptTheSameCase();
    void lateSupplementNoticeCountsFromReceiptAcrossNationalDay();
    void changedMaterialsAllowASecondNotice();
    void rejectNeedsAReasonAndItsBasis();
    void dishonestApplicantIsShownAndTheReasonRecorded();
    void townTakesInCountyItemsForTheCentre();
    void onTheSpotDecisionNeverByTheAcceptingPerson();
    void onTheSpotDecisionOnlyByTheItemsSection();
    void agentNeedsANameAndTheirOwnValidId();
    void badInputIsNamedAtItsField_data();
    void badInputIsNamedAtItsField();
    void everyNameWorks();
    void adminsCannotTakeApplicationsIn();

private:
    Session signIn(const QString& username);
    qint64 events();

    Testing::DemoDatabase m_demo;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
};

void TestIntake::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    const QString made = m_demo.create(kNow);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestIntake::init()
{
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = m_demo.openCopy(m_clock);
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
}

void TestIntake::cleanup()
{
    m_services.reset();
}

Session TestIntake::signIn(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

qint64 TestIntake::events()
{
    return Journal::count(m_services->database()).value();
}

void TestIntake::acceptStartsTheClockAndNumbersTheNotice()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const qint64 before = events();
    const auto first = m_services->intake().submit(clerk, foodRequest(QStringLiteral("req-0001-accept")));
    QVERIFY2(first.ok(), qPrintable(message(first)));
    QCOMPARE(first->caseNumber, QStringLiteral("PZ-20260316-0001"));
    QCOMPARE(first->documentNumber, QStringLiteral("彭审批受〔2026〕1号"));
    QCOMPARE(first->dueDate, QDate(2026, 3, 23));          // 5 working days, start day not counted
    QCOMPARE(first->statutoryDueDate, QDate(2026, 3, 30)); // 10 working days
    QCOMPARE(first->holdingSite, QStringLiteral("PZ"));
    QCOMPARE(events(), before + 4); // lookup, applicant, application, notice

    auto again = foodRequest(QStringLiteral("req-0002-accept"));
    again.applicantIdentifier = QStringLiteral("91110000101623741K");
    const auto second = m_services->intake().submit(clerk, again);
    QVERIFY2(second.ok(), qPrintable(message(second)));
    QCOMPARE(second->caseNumber, QStringLiteral("PZ-20260316-0002"));
    QCOMPARE(second->documentNumber, QStringLiteral("彭审批受〔2026〕2号"));

    auto state = m_services->database().query(
        QStringLiteral("SELECT state, accepted_by, clock_start_on FROM applications WHERE case_number = ?"),
        {first->caseNumber});
    QVERIFY(state && state->next());
    QCOMPARE(state->value(0).toString(), ApplicationState::Accepted);
    QCOMPARE(state->value(1).toString(), clerk.userId);
    QCOMPARE(state->value(2).toString(), QStringLiteral("2026-03-16"));
    QVERIFY(Journal::verify(m_services->database()).ok);
}

void TestIntake::sameRequestTwiceGivesTheFirstCase()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const auto first = m_services->intake().submit(clerk, foodRequest(QStringLiteral("req-double-click")));
    QVERIFY2(first.ok(), qPrintable(message(first)));
    const qint64 after = events();
    // A double click, or a second window sending the same form.
    const auto second = m_services->intake().submit(clerk, foodRequest(QStringLiteral("req-double-click")));
    QVERIFY2(second.ok(), qPrintable(message(second)));
    QVERIFY(second->repeated);
    QCOMPARE(second->caseNumber, first->caseNumber);
    QCOMPARE(second->documentNumber, first->documentNumber);
    QCOMPARE(events(), after);
}

void TestIntake::acceptWithMaterialsMissingIsRefused()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    auto request = foodRequest(QStringLiteral("req-incomplete"));
    request.materials.removeLast();
    const qint64 before = events();
    const auto result = m_services->intake().submit(clerk, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("materials"));
    QVERIFY(result.error().message.contains(kFoodMaterials.last()));
    QCOMPARE(events(), before);
}

void TestIntake::supplementOnceThenAcceptTheSameCase()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    auto request = foodRequest(QStringLiteral("req-supplement-1"));
    request.outcome = IntakeOutcome::Supplement;
    request.materials[1].status = QStringLiteral("missing");
    request.materials[3].status = QStringLiteral("defective");
    request.materials[3].note = QStringLiteral("未加盖公章");
    const auto notice = m_services->intake().submit(clerk, request);
    QVERIFY2(notice.ok(), qPrintable(message(notice)));
    QCOMPARE(notice->documentNumber, QStringLiteral("彭审批补〔2026〕1号"));
    auto fields =
        m_services->database().query(QStringLiteral("SELECT fields FROM notices WHERE id = ?"), {notice->noticeId});
    QVERIFY(fields && fields->next());
    const QJsonObject noticeFields = QJsonDocument::fromJson(fields->value(0).toString().toUtf8()).object();
    QCOMPARE(noticeFields.value(u"materials").toArray().size(), 2); // every defect listed at once
    QVERIFY(noticeFields.value(u"materials")
                .toArray()
                .at(1)
                .toObject()
                .value(u"problem")
                .toString()
                .contains(QStringLiteral("未加盖公章")));
    QCOMPARE(noticeFields.value(u"supplement_deadline").toString(), QStringLiteral("2026-03-30"));
    QVERIFY(noticeFields.value(u"legal_basis").toString().contains(QStringLiteral("食品安全法")));

    // The same notice again, with nothing changed, is refused: the one-time notice lists everything.
    m_clock->advanceSeconds(2 * 24 * 3600);
    request.requestId = QStringLiteral("req-supplement-2");
    const auto second = m_services->intake().resume(clerk, notice->caseNumber, request);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("intake.second_supplement"));

    // The applicant comes back with everything: the same case, no re-typing, accepted today.
    request.requestId = QStringLiteral("req-supplement-3");
    request.outcome = IntakeOutcome::Accept;
    request.materials = received(kFoodMaterials);
    const auto accepted = m_services->intake().resume(clerk, notice->caseNumber, request);
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));
    QCOMPARE(accepted->caseNumber, notice->caseNumber);
    QCOMPARE(accepted->documentNumber, QStringLiteral("彭审批受〔2026〕1号"));
    QCOMPARE(accepted->dueDate, QDate(2026, 3, 25)); // counted from Wednesday 03-18
}

void TestIntake::lateSupplementNoticeCountsFromReceiptAcrossNationalDay()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const auto moveTo = [this](const QDate& day) { m_clock->set(QDateTime(day, QTime(1, 30), Qt::UTC)); };
    const auto missingOne = [](const QString& requestId) {
        IntakeRequest r;
        r.requestId = requestId;
        r.outcome = IntakeOutcome::Supplement;
        r.materials = received(kFoodMaterials);
        r.materials[2].status = QStringLiteral("missing");
        return r;
    };
    const auto allThere = [](const QString& requestId) {
        IntakeRequest r;
        r.requestId = requestId;
        r.outcome = IntakeOutcome::Accept;
        r.materials = received(kFoodMaterials);
        return r;
    };

    // Two applications taken in on Wednesday 2026-09-30, the eve of the National Day holiday (10-01 to 10-07,
    // with Saturday 10-10 worked instead), to be examined later.
    moveTo(QDate(2026, 9, 30));
    auto taken = foodRequest(QStringLiteral("req-national-1"));
    taken.outcome = IntakeOutcome::Receive;
    taken.materials[2].status = QStringLiteral("missing");
    const auto onTime = m_services->intake().submit(clerk, taken);
    QVERIFY2(onTime.ok(), qPrintable(message(onTime)));
    QCOMPARE(onTime->noticeKind, QStringLiteral("application_receipt"));
    QCOMPARE(onTime->documentNumber, QStringLiteral("彭审批收〔2026〕1号"));
    taken.requestId = QStringLiteral("req-national-2");
    const auto twice = m_services->intake().submit(clerk, taken);
    QVERIFY(!twice.ok()); // the same applicant and item: the open case is named, not duplicated
    QCOMPARE(twice.error().code, QStringLiteral("intake.duplicate"));
    QCOMPARE(twice.error().field, QStringLiteral("applicant_identifier"));
    QVERIFY2(twice.error().message.contains(onTime->caseNumber), qPrintable(twice.error().message));
    taken.applicantIdentifier = QStringLiteral("91110000101623741K");
    const auto late = m_services->intake().submit(clerk, taken);
    QVERIFY2(late.ok(), qPrintable(message(late)));
    QCOMPARE(late->documentNumber, QStringLiteral("彭审批收〔2026〕2号"));

    // Tuesday 10-13 is the fifth working day after receipt (10-08, 10-09, 10-10, 10-12, 10-13): in time.
    moveTo(QDate(2026, 10, 13));
    const auto noticeInTime =
        m_services->intake().resume(clerk, onTime->caseNumber, missingOne(QStringLiteral("req-national-3")));
    QVERIFY2(noticeInTime.ok(), qPrintable(message(noticeInTime)));
    QVERIFY(!noticeInTime->lateNotice);
    QVERIFY(noticeInTime->receiptNoticeId.isEmpty()); // nothing was supplemented yet
    // Wednesday 10-14 is the sixth: too late, the application counts as accepted on 09-30.
    moveTo(QDate(2026, 10, 14));
    const auto noticeLate =
        m_services->intake().resume(clerk, late->caseNumber, missingOne(QStringLiteral("req-national-4")));
    QVERIFY2(noticeLate.ok(), qPrintable(message(noticeLate)));
    QVERIFY(noticeLate->lateNotice);
    QCOMPARE(noticeLate->caseNumber, late->caseNumber);

    // Friday 10-16 both come back with the plan; nothing about the applicant is typed again.
    moveTo(QDate(2026, 10, 16));
    const auto acceptedInTime =
        m_services->intake().resume(clerk, onTime->caseNumber, allThere(QStringLiteral("req-national-5")));
    QVERIFY2(acceptedInTime.ok(), qPrintable(message(acceptedInTime)));
    QCOMPARE(acceptedInTime->caseNumber, onTime->caseNumber);
    QVERIFY(!acceptedInTime->lateNotice);
    QCOMPARE(acceptedInTime->dueDate, QDate(2026, 10, 23)); // counted from 10-16
    QCOMPARE(acceptedInTime->receiptDocumentNumber, QStringLiteral("彭审批补收〔2026〕1号"));
    const auto acceptedLate =
        m_services->intake().resume(clerk, late->caseNumber, allThere(QStringLiteral("req-national-6")));
    QVERIFY2(acceptedLate.ok(), qPrintable(message(acceptedLate)));
    QVERIFY(acceptedLate->lateNotice);
    QCOMPARE(acceptedLate->dueDate, QDate(2026, 10, 13));          // 5 working days from 09-30
    QCOMPARE(acceptedLate->statutoryDueDate, QDate(2026, 10, 20)); // 10 working days from 09-30
    QCOMPARE(acceptedLate->receiptDocumentNumber, QStringLiteral("彭审批补收〔2026〕2号"));

    auto row = m_services->database().query(
        QStringLiteral("SELECT a.clock_start_on, p.name, n.fields FROM applications a JOIN applicants p "
                       "ON p.id = a.applicant_id JOIN notices n ON n.id = ? WHERE a.case_number = ?"),
        {acceptedLate->receiptNoticeId, late->caseNumber});
    QVERIFY(row && row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(row->value(1).toString(), QStringLiteral("彭州市天府餐饮管理有限公司"));
    const QJsonObject receipt = QJsonDocument::fromJson(row->value(2).toString().toUtf8()).object();
    QCOMPARE(receipt.value(u"supplement_notice_number").toString(), noticeLate->documentNumber);
    const QJsonArray handedIn = receipt.value(u"materials").toArray();
    QCOMPARE(handedIn.size(), 1); // what the notice asked for, nothing more
    QCOMPARE(handedIn.at(0).toObject().value(u"name").toString(), kFoodMaterials[2]);

    // The same form sent twice gives the same receipt and writes nothing.
    const qint64 before = events();
    const auto again = m_services->intake().resume(clerk, late->caseNumber, allThere(QStringLiteral("req-national-6")));
    QVERIFY2(again.ok(), qPrintable(message(again)));
    QVERIFY(again->repeated);
    QCOMPARE(again->receiptDocumentNumber, acceptedLate->receiptDocumentNumber);
    QCOMPARE(events(), before);
    // An accepted case cannot be resumed at the counter again.
    const auto closed =
        m_services->intake().resume(clerk, late->caseNumber, allThere(QStringLiteral("req-national-7")));
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().code, QStringLiteral("intake.not_waiting"));
}

void TestIntake::changedMaterialsAllowASecondNotice()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    auto request = foodRequest(QStringLiteral("req-changed-1"));
    request.outcome = IntakeOutcome::Supplement;
    request.materials[1].status = QStringLiteral("missing");
    const auto first = m_services->intake().submit(clerk, request);
    QVERIFY2(first.ok(), qPrintable(message(first)));

    // The applicant brings the licence, but the new floor plan is not to scale: that is new, so a second
    // notice may say so.
    IntakeRequest back;
    back.requestId = QStringLiteral("req-changed-2");
    back.outcome = IntakeOutcome::Supplement;
    back.materials = received(kFoodMaterials);
    back.materials[2].status = QStringLiteral("defective");
    back.materials[2].note = QStringLiteral("未按比例绘制");
    const auto second = m_services->intake().resume(clerk, first->caseNumber, back);
    QVERIFY2(second.ok(), qPrintable(message(second)));
    QCOMPARE(second->documentNumber, QStringLiteral("彭审批补〔2026〕2号"));
    QCOMPARE(second->receiptDocumentNumber, QStringLiteral("彭审批补收〔2026〕1号"));
    // The same again, unchanged, is refused.
    back.requestId = QStringLiteral("req-changed-3");
    const auto third = m_services->intake().resume(clerk, first->caseNumber, back);
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, QStringLiteral("intake.second_supplement"));
}

void TestIntake::rejectNeedsAReasonAndItsBasis()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    auto request = foodRequest(QStringLiteral("req-reject-1"));
    request.outcome = IntakeOutcome::Reject;
    auto refused = m_services->intake().submit(clerk, request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("rejection_reason"));
    request.rejectionReason = QStringLiteral("not_competent");
    request.rejectionText = QStringLiteral("该事项由成都市市场监督管理局办理，请向其申请。");
    request.rejectionBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
    const auto rejected = m_services->intake().submit(clerk, request);
    QVERIFY2(rejected.ok(), qPrintable(message(rejected)));
    QCOMPARE(rejected->documentNumber, QStringLiteral("彭审批不受〔2026〕1号"));
    QCOMPARE(rejected->outcome, IntakeOutcome::Reject);
}

void TestIntake::dishonestApplicantIsShownAndTheReasonRecorded()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const QString dishonest = QStringLiteral("510182198807150031");
    const qint64 before = events();
    const auto hits = m_services->intake().lookUpDishonesty(clerk, dishonest);
    QVERIFY2(hits.ok(), qPrintable(message(hits)));
    QCOMPARE(hits->size(), 1);
    QVERIFY(hits->first().legalBasis.contains(QStringLiteral("企业破产法")));
    QCOMPARE(events(), before + 1); // every lookup is audited

    auto request = foodRequest(QStringLiteral("req-dishonest"));
    request.applicantKind = QStringLiteral("person");
    request.applicantIdentifier = dishonest;
    request.applicantName = QStringLiteral("林某某");
    const qint64 beforeSubmit = events();
    const auto refused = m_services->intake().submit(clerk, request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("dishonesty_note"));
    QCOMPARE(events(), beforeSubmit);
    request.dishonestyNote = QStringLiteral("失信措施不涉及本许可事项，经科长同意继续受理");
    const auto accepted = m_services->intake().submit(clerk, request);
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));
    auto note = m_services->database().query(QStringLiteral("SELECT dishonesty_note FROM applications WHERE id = ?"),
                                             {accepted->applicationId});
    QVERIFY(note && note->next());
    QCOMPARE(note->value(0).toString(), request.dishonestyNote);
}

void TestIntake::townTakesInCountyItemsForTheCentre()
{
    const Session townClerk = signIn(QStringLiteral("clerk.lc"));
    const auto county = m_services->intake().submit(townClerk, foodRequest(QStringLiteral("req-town-county")));
    QVERIFY2(county.ok(), qPrintable(message(county)));
    QCOMPARE(county->caseNumber, QStringLiteral("LC-20260316-0001"));
    QCOMPARE(county->holdingSite, QStringLiteral("PZ")); // 代收 at the town, 代办 at the centre
    QCOMPARE(county->documentNumber, QStringLiteral("丽春便民受〔2026〕1号"));

    IntakeRequest relief;
    relief.requestId = QStringLiteral("req-town-relief");
    relief.applicantKind = QStringLiteral("person");
    relief.applicantIdentifier = QStringLiteral("11010519491231002X");
    relief.applicantName = QStringLiteral("王秀英");
    relief.itemCode = kTemporaryRelief;
    relief.materials = received({QStringLiteral("临时救助申请书"), QStringLiteral("申请人及共同生活家庭成员身份证明"),
                                 QStringLiteral("家庭经济状况核对授权书")});
    relief.outcome = IntakeOutcome::Accept;
    const auto town = m_services->intake().submit(townClerk, relief);
    QVERIFY2(town.ok(), qPrintable(message(town)));
    QCOMPARE(town->holdingSite, QStringLiteral("LC"));
}

void TestIntake::onTheSpotDecisionNeverByTheAcceptingPerson()
{
    // One person holding both the clerk and the approver role, as a small town centre may need.
    const Session admin = signIn(QStringLiteral("sysadmin"));
    const Session security = signIn(QStringLiteral("secadmin"));
    UserProfile profile;
    profile.username = QStringLiteral("clerk.approver");
    profile.displayName = QStringLiteral("杨帆");
    profile.siteId = signIn(QStringLiteral("clerk")).siteId;
    const auto id = m_services->accounts().createUser(admin, profile, QStringLiteral("Both#2026"), false);
    QVERIFY2(id.ok(), qPrintable(message(id)));
    QVERIFY(m_services->accounts().setRoles(security, *id, {Role::Clerk, Role::Approver}).ok());
    const Session both = signIn(QStringLiteral("clerk.approver"));

    IntakeRequest registration;
    registration.requestId = QStringLiteral("req-on-the-spot");
    registration.applicantKind = QStringLiteral("person");
    registration.applicantIdentifier = QStringLiteral("440524188001010014");
    registration.applicantName = QStringLiteral("陈杰");
    registration.itemCode = kCompanyRegistration;
    registration.materials = received({QStringLiteral("公司登记（备案）申请书"), QStringLiteral("公司章程"),
                                       QStringLiteral("股东主体资格证明或者自然人身份证明"),
                                       QStringLiteral("法定代表人、董事、监事和经理的任职文件及身份证明"),
                                       QStringLiteral("住所（经营场所）使用相关文件")});
    registration.outcome = IntakeOutcome::Accept;
    const auto accepted = m_services->intake().submit(both, registration);
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));

    const auto self = m_services->intake().decideOnTheSpot(both, accepted->caseNumber, true, QString());
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, QStringLiteral("intake.same_person"));
    const auto reviewer =
        m_services->intake().decideOnTheSpot(signIn(QStringLiteral("reviewer")), accepted->caseNumber, true, {});
    QVERIFY(!reviewer.ok());
    QCOMPARE(reviewer.error().code, QStringLiteral("auth.forbidden"));
    const auto approver =
        m_services->intake().decideOnTheSpot(signIn(QStringLiteral("approver")), accepted->caseNumber, true, {});
    QVERIFY2(approver.ok(), approver.ok() ? "" : qPrintable(approver.error().message));

    const auto food = m_services->intake().decideOnTheSpot(
        signIn(QStringLiteral("approver")),
        m_services->intake().submit(both, foodRequest(QStringLiteral("req-not-spot")))->caseNumber, true, {});
    QCOMPARE(food.error().code, QStringLiteral("intake.not_on_the_spot"));
}

void TestIntake::onTheSpotDecisionOnlyByTheItemsSection()
{
    IntakeRequest registration;
    registration.requestId = QStringLiteral("req-on-the-spot-section");
    registration.applicantKind = QStringLiteral("person");
    registration.applicantIdentifier = QStringLiteral("510182198506120031");
    registration.applicantName = QStringLiteral("买买提·艾力");
    registration.itemCode = kCompanyRegistration; // decided by 商事登记科
    registration.materials = received({QStringLiteral("公司登记（备案）申请书"), QStringLiteral("公司章程"),
                                       QStringLiteral("股东主体资格证明或者自然人身份证明"),
                                       QStringLiteral("法定代表人、董事、监事和经理的任职文件及身份证明"),
                                       QStringLiteral("住所（经营场所）使用相关文件")});
    registration.outcome = IntakeOutcome::Accept;
    const auto accepted = m_services->intake().submit(signIn(QStringLiteral("clerk")), registration);
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));

    // The chief of 规划建设科 is an approver, but not of the section that decides company registrations.
    const qint64 before = events();
    const auto other = m_services->intake().decideOnTheSpot(signIn(QStringLiteral("approver.ghjs")),
                                                            accepted->caseNumber, true, QString());
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, QStringLiteral("intake.other_section"));
    QVERIFY2(other.error().message.contains(QStringLiteral("商事登记科")), qPrintable(other.error().message));
    QCOMPARE(events(), before);
    auto state = m_services->database().query(QStringLiteral("SELECT state, decided_by FROM applications "
                                                             "WHERE case_number = ?"),
                                              {accepted->caseNumber});
    QVERIFY(state && state->next());
    QCOMPARE(state->value(0).toString(), ApplicationState::Accepted);
    QCOMPARE(state->value(1).toString(), QString());

    const auto own = m_services->intake().decideOnTheSpot(signIn(QStringLiteral("approver")), accepted->caseNumber,
                                                          true, QString());
    QVERIFY2(own.ok(), qPrintable(message(own)));
}

void TestIntake::agentNeedsANameAndTheirOwnValidId()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const qint64 before = events();
    auto request = foodRequest(QStringLiteral("req-agent-1"));
    request.agentName = QStringLiteral("阿卜杜·𠮷力");
    request.agentIdentifier = QStringLiteral("110105199208150046"); // wrong check character
    auto result = m_services->intake().submit(clerk, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("agent_identifier"));
    request.agentIdentifier.clear();
    result = m_services->intake().submit(clerk, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("agent_identifier"));
    request.agentName.clear();
    request.agentIdentifier = QStringLiteral("110105199208150045");
    result = m_services->intake().submit(clerk, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("agent_name"));
    QCOMPARE(events(), before);

    request.agentName = QStringLiteral("阿卜杜·𠮷力");
    result = m_services->intake().submit(clerk, request);
    QVERIFY2(result.ok(), qPrintable(message(result)));
    const auto back = m_services->intake().resumable(result->caseNumber);
    QVERIFY(!back.ok()); // accepted: no longer at the counter
    auto stored = m_services->database().query(
        QStringLiteral("SELECT agent_name, agent_identifier FROM applications WHERE id = ?"), {result->applicationId});
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("阿卜杜·𠮷力"));
    QCOMPARE(stored->value(1).toString(), QStringLiteral("110105199208150045"));
}

void TestIntake::badInputIsNamedAtItsField_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("field");
    QTest::newRow("check character") << QStringLiteral("91350100M000100Y44") << QStringLiteral("某公司") << QString()
                                     << QStringLiteral("applicant_identifier");
    QTest::newRow("letter Z") << QStringLiteral("91350100M000100Y4Z") << QStringLiteral("某公司") << QString()
                              << QStringLiteral("applicant_identifier");
    QTest::newRow("zero width") << QStringLiteral("91350100M000100Y43") << QStringLiteral("某\u200B公司") << QString()
                                << QStringLiteral("applicant_name");
    QTest::newRow("bidi override") << QStringLiteral("91350100M000100Y43") << QStringLiteral("某\u202E公司")
                                   << QString() << QStringLiteral("applicant_name");
    QTest::newRow("overlong") << QStringLiteral("91350100M000100Y43") << QString(61, u'长') << QString()
                              << QStringLiteral("applicant_name");
    QTest::newRow("phone letters") << QStringLiteral("91350100M000100Y43") << QStringLiteral("某公司")
                                   << QStringLiteral("028-abc") << QStringLiteral("applicant_phone");
}

void TestIntake::badInputIsNamedAtItsField()
{
    QFETCH(QString, identifier);
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, field);
    auto request = foodRequest(QStringLiteral("req-bad-input"));
    request.applicantIdentifier = identifier;
    request.applicantName = name;
    request.applicantPhone = phone;
    const qint64 before = events();
    const auto result = m_services->intake().submit(signIn(QStringLiteral("clerk")), request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(events(), before);
}

void TestIntake::everyNameWorks()
{
    auto request = foodRequest(QStringLiteral("req-names-1"));
    request.applicantKind = QStringLiteral("person");
    request.applicantIdentifier = QStringLiteral("34052419800101001X");
    request.applicantName = QStringLiteral("𠮷野");
    request.agentName = QStringLiteral("阿依古丽·买买提");
    request.agentIdentifier = QStringLiteral("440524188001010014");
    const auto result = m_services->intake().submit(signIn(QStringLiteral("clerk")), request);
    QVERIFY2(result.ok(), qPrintable(message(result)));
    auto stored = m_services->database().query(
        QStringLiteral("SELECT p.name, a.agent_name FROM applications a JOIN applicants p ON p.id = a.applicant_id "
                       "WHERE a.id = ?"),
        {result->applicationId});
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("𠮷野"));
    QCOMPARE(stored->value(1).toString(), QStringLiteral("阿依古丽·买买提"));
}

void TestIntake::adminsCannotTakeApplicationsIn()
{
    for (const char* admin : {"sysadmin", "secadmin", "auditor"}) {
        const auto result =
            m_services->intake().submit(signIn(QString::fromLatin1(admin)), foodRequest(QStringLiteral("req-admin")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("auth.forbidden"));
    }
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
