#include "db/journal.h"
#include "demodatabase.h"
#include "intaketestsupport.h"
#include "print/documentrenderer.h"
#include "services/services.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace OneSeal;
using namespace OneSeal::IntakeTesting;

namespace {

/// The PDFs stay for a person to look at.
const QString kOutput = QStringLiteral(ONESEAL_TEST_OUTPUT "/services/");

/// The text poppler reads from the PDF at @p path, with white space removed so that phrases are found across
/// lines.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("ERROR: pdftotext");
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(space);
}

/// The text poppler reads from the PDF of @p notice, with white space removed so that phrases are found
/// across lines.
QString pdfTextOf(const IssuedNotice& notice, const QString& path)
{
    const auto documentTemplate = DocumentRenderer::load(notice.kind);
    if (!documentTemplate)
        return QStringLiteral("ERROR: ") + documentTemplate.error().message;
    if (const Status written = DocumentRenderer::renderPdf(*documentTemplate, notice.fields, path); !written)
        return QStringLiteral("ERROR: ") + written.error().message;
    return pdfText(path);
}

/// Renders a notice's print job into the PDF at @p path, as the counter's "print to file" does.
LicenceService::NoticeRenderer pdfRenderer(const QString& path)
{
    return [path](const NoticePrintJob& job) -> Status {
        const auto layout = DocumentRenderer::load(job.kind);
        if (!layout)
            return layout.error();
        return DocumentRenderer::renderPdf(*layout, job.fields, path);
    };
}

IntakeRequest registrationRequest(const QString& requestId, const QString& identifier, const QString& name)
{
    IntakeRequest r;
    r.requestId = requestId;
    r.applicantKind = QStringLiteral("person");
    r.applicantIdentifier = identifier;
    r.applicantName = name;
    r.itemCode = kCompanyRegistration;
    r.materials = received({QStringLiteral("公司登记（备案）申请书"), QStringLiteral("公司章程"),
                            QStringLiteral("股东主体资格证明或者自然人身份证明"),
                            QStringLiteral("法定代表人、董事、监事和经理的任职文件及身份证明"),
                            QStringLiteral("住所（经营场所）使用相关文件")});
    r.outcome = IntakeOutcome::Accept;
    return r;
}

} // namespace

/// The documents the counter hands over besides the three notices: the 申请材料接收凭证 of 收件 and the
/// decision of a 即办件 decided at the window, each read back from its PDF as the applicant reads it.
class TestIntakeDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void onTheSpotGrantIssuesTheDecisionDocument();
    void onTheSpotRefusalNeedsReasonsAndStatesTheRemedies();
    void receiveIssuesTheReceiptWithTheCountsHandedIn();
    void counterPrintIsRecordedAndLeavesThePrintCentre();
    void counterPrintsOnlyWhatItIssuesAtItsOwnSite();

private:
    Session signIn(const QString& username);
    qint64 events();
    /// The prints of notice @p noticeId as recorded: print number, printer, user, copies, succeeded.
    QList<QStringList> noticePrints(const QString& noticeId);
    /// The number of successful prints of @p noticeId as the seal keeper's print queue lists it, or -1 when
    /// the notice is not listed.
    int listedPrints(const QString& noticeId, bool includePrinted);

    Testing::DemoDatabase m_demo;
    std::unique_ptr<Services> m_services;
};

void TestIntakeDocuments::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(QDir().mkpath(kOutput));
    const QString made = m_demo.create(kNow);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void TestIntakeDocuments::init()
{
    auto services = m_demo.openCopy(std::make_shared<FixedClock>(kNow));
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
}

void TestIntakeDocuments::cleanup()
{
    m_services.reset();
}

Session TestIntakeDocuments::signIn(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

qint64 TestIntakeDocuments::events()
{
    return Journal::count(m_services->database()).value();
}

QList<QStringList> TestIntakeDocuments::noticePrints(const QString& noticeId)
{
    QList<QStringList> rows;
    auto q = m_services->database().query(
        QStringLiteral("SELECT p.print_number, p.printer, u.username, p.copies, p.succeeded FROM notice_prints p "
                       "JOIN users u ON u.id = p.printed_by WHERE p.notice_id = ? ORDER BY p.print_number"),
        {noticeId});
    while (q && q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString()});
    return rows;
}

int TestIntakeDocuments::listedPrints(const QString& noticeId, bool includePrinted)
{
    const auto queue = m_services->licences().printQueue(signIn(QStringLiteral("sealkeeper")), includePrinted);
    if (!queue)
        return -2;
    for (const PrintQueueEntry& entry : *queue)
        if (entry.noticeId == noticeId)
            return entry.prints;
    return -1;
}

void TestIntakeDocuments::onTheSpotGrantIssuesTheDecisionDocument()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const auto accepted = m_services->intake().submit(
        clerk, registrationRequest(QStringLiteral("req-spot-grant"), QStringLiteral("110105198806060037"),
                                   QStringLiteral("古丽·𠮷祥")));
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));
    const qint64 before = events();
    const auto document =
        m_services->intake().decideOnTheSpot(signIn(QStringLiteral("approver")), accepted->caseNumber, true, {});
    QVERIFY2(document.ok(), qPrintable(message(document)));
    QCOMPARE(events(), before + 2); // the decision and its document, in one transaction

    const auto issued = m_services->intake().notice(*document);
    QVERIFY2(issued.ok(), qPrintable(message(issued)));
    QCOMPARE(issued->kind, QStringLiteral("grant_decision"));
    QCOMPARE(issued->documentNumber, QStringLiteral("彭审批准〔2026〕1号"));
    QCOMPARE(issued->caseNumber, accepted->caseNumber);
    // Decided as the back office decides: frozen clock, and the grant waits in the print centre's queue.
    auto stored = m_services->database().query(
        QStringLiteral("SELECT state, decision, decided_on, print_queued_on FROM applications WHERE case_number = ?"),
        {accepted->caseNumber});
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("approved"));
    QCOMPARE(stored->value(1).toString(), QStringLiteral("grant"));
    QCOMPARE(stored->value(2).toString(), QStringLiteral("2026-03-16"));
    QCOMPARE(stored->value(3).toString(), QStringLiteral("2026-03-16"));

    const QString text = pdfTextOf(*issued, kOutput + QStringLiteral("intake-grant.pdf"));
    for (const QString& expected :
         {QStringLiteral("准予行政许可决定书"), QStringLiteral("彭审批准〔2026〕1号"), accepted->caseNumber,
          QStringLiteral("古丽·𠮷祥"), QStringLiteral("企业设立登记"), QStringLiteral("2026年3月16日"),
          QStringLiteral("第三十八条第一款"), QStringLiteral("决定准予行政许可"), QStringLiteral("彭州市行政审批局")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));

    // Decided once: a second decision at the window is refused and writes nothing.
    const qint64 after = events();
    const auto again =
        m_services->intake().decideOnTheSpot(signIn(QStringLiteral("approver")), accepted->caseNumber, true, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("intake.not_accepted"));
    QCOMPARE(events(), after);
}

void TestIntakeDocuments::onTheSpotRefusalNeedsReasonsAndStatesTheRemedies()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const auto accepted = m_services->intake().submit(
        clerk, registrationRequest(QStringLiteral("req-spot-refuse"), QStringLiteral("110105199208150045"),
                                   QStringLiteral("买买提·吐尔逊")));
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));
    const Session approver = signIn(QStringLiteral("approver"));
    const qint64 before = events();
    const auto bare = m_services->intake().decideOnTheSpot(approver, accepted->caseNumber, false, QStringLiteral("  "));
    QVERIFY(!bare.ok());
    QCOMPARE(bare.error().field, QStringLiteral("reasons"));
    QCOMPARE(events(), before);

    const auto document = m_services->intake().decideOnTheSpot(approver, accepted->caseNumber, false,
                                                               QStringLiteral("拟登记的企业名称与已登记企业名称相同。"));
    QVERIFY2(document.ok(), qPrintable(message(document)));
    const auto issued = m_services->intake().notice(*document);
    QVERIFY2(issued.ok(), qPrintable(message(issued)));
    QCOMPARE(issued->kind, QStringLiteral("refusal_decision"));
    QCOMPARE(issued->documentNumber, QStringLiteral("彭审批不准〔2026〕1号"));
    auto stored = m_services->database().query(
        QStringLiteral("SELECT state, print_queued_on FROM applications WHERE case_number = ?"), {accepted->caseNumber});
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("denied"));
    QCOMPARE(stored->value(1).toString(), QString()); // nothing to print for a refusal

    const QString text = pdfTextOf(*issued, kOutput + QStringLiteral("intake-refusal.pdf"));
    for (const QString& expected :
         {QStringLiteral("不予行政许可决定书"), QStringLiteral("彭审批不准〔2026〕1号"), accepted->caseNumber,
          QStringLiteral("买买提·吐尔逊"), QStringLiteral("拟登记的企业名称与已登记企业名称相同"),
          QStringLiteral("彭州市人民政府"), QStringLiteral("六十日"), QStringLiteral("六个月")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
}

void TestIntakeDocuments::receiveIssuesTheReceiptWithTheCountsHandedIn()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    auto request = foodRequest(QStringLiteral("req-receive-counts"));
    request.outcome = IntakeOutcome::Receive;
    request.materials[0].originals = 2;
    request.materials[0].copies = 3;
    request.materials[2].status = QStringLiteral("missing");
    const qint64 before = events();
    const auto taken = m_services->intake().submit(clerk, request);
    QVERIFY2(taken.ok(), qPrintable(message(taken)));
    QCOMPARE(taken->outcome, IntakeOutcome::Receive);
    QCOMPARE(taken->noticeKind, QStringLiteral("application_receipt"));
    QCOMPARE(taken->documentNumber, QStringLiteral("彭审批收〔2026〕1号"));
    QVERIFY(!taken->dueDate.isValid()); // no clock before acceptance
    QCOMPARE(events(), before + 4);     // lookup, applicant, application, receipt

    const auto issued = m_services->intake().notice(taken->noticeId);
    QVERIFY2(issued.ok(), qPrintable(message(issued)));
    // What was handed in, as counted: the missing plan is not on the receipt.
    const QJsonArray rows = issued->fields.value(u"materials").toArray();
    QCOMPARE(rows.size(), kFoodMaterials.size() - 1);
    QCOMPARE(rows.first().toObject().value(u"originals").toInt(), 2);
    QCOMPARE(rows.first().toObject().value(u"copies").toInt(), 3);
    const QString text = pdfTextOf(*issued, kOutput + QStringLiteral("intake-receipt.pdf"));
    for (const QString& expected : {QStringLiteral("申请材料接收凭证"), QStringLiteral("彭审批收〔2026〕1号"),
                                    taken->caseNumber, QStringLiteral("1食品经营许可申请书23"),
                                    QStringLiteral("五个工作日内")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    QVERIFY(!text.contains(kFoodMaterials[2]));

    // The counts as recorded come back with the case.
    const auto back = m_services->intake().resumable(taken->caseNumber);
    QVERIFY2(back.ok(), qPrintable(message(back)));
    QCOMPARE(back->materials.first().originals, 2);
    QCOMPARE(back->materials.first().copies, 3);
    // A count below zero is named at the materials and writes nothing.
    auto negative = foodRequest(QStringLiteral("req-negative-count"));
    negative.applicantIdentifier = QStringLiteral("91110000101623741K");
    negative.materials[1].copies = -1;
    const qint64 beforeNegative = events();
    const auto refused = m_services->intake().submit(clerk, negative);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("materials"));
    QCOMPARE(events(), beforeNegative);
}

void TestIntakeDocuments::counterPrintIsRecordedAndLeavesThePrintCentre()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const auto accepted = m_services->intake().submit(clerk, foodRequest(QStringLiteral("req-counter-print")));
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));
    QCOMPARE(listedPrints(accepted->noticeId, false), 0); // issued: waits for its print

    // The clerk prints it at the window, two copies to a PDF: recorded as the print centre records a print.
    const QString pdf = kOutput + QStringLiteral("counter-acceptance.pdf");
    QFile::remove(pdf);
    const QString printer = QStringLiteral("PDF:") + pdf;
    const auto printed = m_services->licences().printNotice(clerk, {accepted->noticeId, printer, 2}, pdfRenderer(pdf));
    QVERIFY2(printed.ok(), qPrintable(message(printed)));
    QCOMPARE(printed->printNumber, 1);
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("行政许可受理通知书"), accepted->documentNumber, accepted->caseNumber})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));
    QCOMPARE(noticePrints(accepted->noticeId),
             (QList<QStringList>{
                 {QStringLiteral("1"), printer, QStringLiteral("clerk"), QStringLiteral("2"), QStringLiteral("1")}}));
    // The applicant has it: no longer waiting in the print centre, listed as printed when printed ones show.
    QCOMPARE(listedPrints(accepted->noticeId, false), -1);
    QCOMPARE(listedPrints(accepted->noticeId, true), 1);
    // A copy for the file takes the next print number.
    const auto again = m_services->licences().printNotice(clerk, {accepted->noticeId, QStringLiteral("HP-C01"), 1}, {});
    QVERIFY2(again.ok(), qPrintable(message(again)));
    QCOMPARE(again->printNumber, 2);
    QCOMPARE(listedPrints(accepted->noticeId, true), 2);

    // A jammed print at the counter is recorded as failed, and the notice keeps waiting for the seal keeper.
    auto supplement = registrationRequest(QStringLiteral("req-counter-jam"), QStringLiteral("110105198806060037"),
                                          QStringLiteral("古丽·𠮷祥"));
    supplement.outcome = IntakeOutcome::Supplement;
    supplement.materials[1].status = QStringLiteral("missing");
    const auto asked = m_services->intake().submit(clerk, supplement);
    QVERIFY2(asked.ok(), qPrintable(message(asked)));
    const auto jammed = m_services->licences().printNotice(
        clerk, {asked->noticeId, QStringLiteral("HP-C01"), 1},
        [](const NoticePrintJob&) -> Status { return makeError(QStringLiteral("print.jam"), QStringLiteral("卡纸")); });
    QVERIFY(!jammed.ok());
    QCOMPARE(jammed.error().code, QStringLiteral("print.jam"));
    QCOMPARE(noticePrints(asked->noticeId),
             (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("HP-C01"), QStringLiteral("clerk"),
                                  QStringLiteral("1"), QStringLiteral("0")}}));
    QCOMPARE(listedPrints(asked->noticeId, false), 0);
    // The seal keeper prints it from the queue as print 2.
    const auto kept = m_services->licences().printNotice(signIn(QStringLiteral("sealkeeper")),
                                                         {asked->noticeId, QStringLiteral("HP-YZ01"), 1}, {});
    QVERIFY2(kept.ok(), qPrintable(message(kept)));
    QCOMPARE(kept->printNumber, 2);
    QCOMPARE(listedPrints(asked->noticeId, false), -1);
}

void TestIntakeDocuments::counterPrintsOnlyWhatItIssuesAtItsOwnSite()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const auto accepted = m_services->intake().submit(clerk, registrationRequest(QStringLiteral("req-print-rights"),
                                                                                 QStringLiteral("110105199208150045"),
                                                                                 QStringLiteral("买买提·吐尔逊")));
    QVERIFY2(accepted.ok(), qPrintable(message(accepted)));
    const auto decision =
        m_services->intake().decideOnTheSpot(signIn(QStringLiteral("approver")), accepted->caseNumber, true, {});
    QVERIFY2(decision.ok(), qPrintable(message(decision)));
    const QString decisionNumber = m_services->intake().notice(*decision)->documentNumber;
    LicenceService& licences = m_services->licences();
    const qint64 before = events();

    // A town's clerk prints the town's notices, not the county's.
    const auto town = licences.printNotice(signIn(QStringLiteral("clerk.lc")),
                                           {accepted->noticeId, QStringLiteral("HP-LC01"), 1}, {});
    QVERIFY(!town.ok());
    QCOMPARE(town.error().code, QStringLiteral("notice.foreign_site"));
    QVERIFY2(town.error().message.contains(accepted->documentNumber), qPrintable(town.error().message));
    // A reviewer issues no acceptance notice, so prints none.
    const auto reviewer =
        licences.printNotice(signIn(QStringLiteral("reviewer")), {accepted->noticeId, QStringLiteral("HP-C01"), 1}, {});
    QVERIFY(!reviewer.ok());
    QCOMPARE(reviewer.error().code, QStringLiteral("notice.not_permitted"));
    QVERIFY2(reviewer.error().message.contains(accepted->documentNumber) &&
                 reviewer.error().message.contains(QStringLiteral("take in applications")),
             qPrintable(reviewer.error().message));
    // A decision is the approver's: another clerk of the hall, who did not take the case in, may not print it …
    const auto otherClerk =
        licences.printNotice(signIn(QStringLiteral("clerk.general")), {*decision, QStringLiteral("HP-G01"), 1}, {});
    QVERIFY(!otherClerk.ok());
    QCOMPARE(otherClerk.error().code, QStringLiteral("notice.not_permitted"));
    QVERIFY2(otherClerk.error().message.contains(decisionNumber), qPrintable(otherClerk.error().message));
    QCOMPARE(events(), before); // no refusal is recorded as a print
    QVERIFY(noticePrints(accepted->noticeId).isEmpty());
    QVERIFY(noticePrints(*decision).isEmpty());
    // … but the clerk at whose window it was decided hands it over, printed there.
    const auto handed = licences.printNotice(clerk, {*decision, QStringLiteral("HP-C01"), 1}, {});
    QVERIFY2(handed.ok(), qPrintable(message(handed)));
    QCOMPARE(noticePrints(*decision).size(), 1);
    QCOMPARE(listedPrints(*decision, false), -1);
}

// Fonts and the PDF writer need a GUI application; offscreen, as every test runs.
QTEST_MAIN(TestIntakeDocuments)
#include "tst_intakedocuments.moc"
