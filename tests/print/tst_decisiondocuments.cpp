#include "core/creditcode.h"
#include "intaketestsupport.h"
#include "print/documentrenderer.h"
#include "printtestsupport.h"
#include "services/services.h"
#include "services/setup.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

// Monday 2026-03-16, 09:30 China Standard Time.
const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);
const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001");

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

/// The review's sealed documents, issued through the service and printed by the renderer, read back from
/// the PDF as an applicant would read them.
class TestDecisionDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void grantDecision();
    void refusalDecisionCarriesReasonsAndRemedies();
    void extensionNotice();
    void specialProcedureNotice();

private:
    Session as(const QString& username);
    QString accept();
    void toDecision(const QString& caseNumber);
    /// Prints notice @p id to a PDF and returns its text without white space.
    QString printed(const QString& id, const QString& name);

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
    int m_requests = 0;
};

void TestDecisionDocuments::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(m_dir.isValid());
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = Services::open(m_dir.filePath(QStringLiteral("documents.sqlite")), OpenMode::ReadWrite, m_clock);
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
    const Status demo = Setup::createDemo(*m_services);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
}

Session TestDecisionDocuments::as(const QString& username)
{
    return m_services->accounts().sessionFor(username).value();
}

QString TestDecisionDocuments::accept()
{
    IntakeRequest r;
    r.requestId = QStringLiteral("documents-%1").arg(++m_requests, 4, 10, QLatin1Char('0'));
    r.applicantKind = QStringLiteral("organisation");
    // Each document's applicant is another company: one open case per applicant and item.
    const QString body = QStringLiteral("9151018200%1").arg(m_requests, 7, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + CreditCode::checkCharacter(body);
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.itemCode = kFoodLicence;
    r.materials = IntakeTesting::received(IntakeTesting::kFoodMaterials);
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(as(QStringLiteral("clerk")), r);
    return result ? result->caseNumber : QString();
}

void TestDecisionDocuments::toDecision(const QString& caseNumber)
{
    QVERIFY(m_services->review().claim(as(QStringLiteral("reviewer")), caseNumber).ok());
    QVERIFY(m_services->review()
                .recordOpinion(as(QStringLiteral("reviewer")), caseNumber,
                               {QStringLiteral("经审查，申请材料真实，经营场所符合要求。"), true, false, {}})
                .ok());
    QVERIFY(m_services->review().claim(as(QStringLiteral("approver")), caseNumber).ok());
}

QString TestDecisionDocuments::printed(const QString& id, const QString& name)
{
    const auto notice = m_services->intake().notice(id);
    if (!notice)
        return QStringLiteral("ERROR: ") + notice.error().message;
    const auto layout = DocumentRenderer::load(notice->kind);
    if (!layout)
        return QStringLiteral("ERROR: ") + layout.error().message;
    const QString pdf = PrintTest::outputDir(QStringLiteral("review")) + name + QStringLiteral(".pdf");
    if (const Status status = DocumentRenderer::renderPdf(*layout, notice->fields, pdf); !status)
        return QStringLiteral("ERROR: ") + status.error().message;
    return PrintTest::squeezed(PrintTest::pdfText(pdf));
}

void TestDecisionDocuments::grantDecision()
{
    const QString number = accept();
    toDecision(number);
    const auto id = m_services->review().decide(as(QStringLiteral("approver")), number, true, QStringLiteral("符合条件"));
    QVERIFY2(id.ok(), qPrintable(message(id)));
    const QString text = printed(*id, QStringLiteral("grant_decision"));
    QVERIFY2(!text.startsWith(QStringLiteral("ERROR")), qPrintable(text));
    for (const QString& phrase :
         {QStringLiteral("准予行政许可决定书"), QStringLiteral("彭州市天府餐饮管理有限公司："),
          QStringLiteral("食品经营许可申请"), QStringLiteral("准〔2026〕1号"), number,
          QStringLiteral("本机关决定准予行政许可"), QStringLiteral("2026年3月16日受理"),
          QStringLiteral("十日内向你（你单位）颁发、送达许可证件"), QStringLiteral("审查意见：符合条件")})
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
}

void TestDecisionDocuments::refusalDecisionCarriesReasonsAndRemedies()
{
    const QString number = accept();
    toDecision(number);
    const auto id = m_services->review().decide(as(QStringLiteral("approver")), number, false,
                                                QStringLiteral("经营场所与生活区未有效分隔。"));
    QVERIFY2(id.ok(), qPrintable(message(id)));
    const QString text = printed(*id, QStringLiteral("refusal_decision"));
    QVERIFY2(!text.startsWith(QStringLiteral("ERROR")), qPrintable(text));
    for (const QString& phrase :
         {QStringLiteral("不予行政许可决定书"), QStringLiteral("不准〔2026〕1号"),
          QStringLiteral("理由如下：经营场所与生活区未有效分隔。根据"), QStringLiteral("本机关决定不予行政许可"),
          QStringLiteral("六十日内依法向彭州市人民政府申请行政复议"),
          QStringLiteral("六个月内依法向有管辖权的人民法院提起行政诉讼")})
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
}

void TestDecisionDocuments::extensionNotice()
{
    const QString number = accept();
    const auto id = m_services->review().extend(as(QStringLiteral("approver")), number, false,
                                                QStringLiteral("需要征求消防部门意见"));
    QVERIFY2(id.ok(), qPrintable(message(id)));
    const QString text = printed(*id, QStringLiteral("extension_notice"));
    QVERIFY2(!text.startsWith(QStringLiteral("ERROR")), qPrintable(text));
    for (const QString& phrase : {QStringLiteral("行政许可延期告知书"), QStringLiteral("延〔2026〕1号"),
                                  QStringLiteral("因需要征求消防部门意见"), QStringLiteral("延长10个工作日"),
                                  QStringLiteral("2026年4月14日前作出"), QStringLiteral("2026年3月30日前")})
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
    QVERIFY(!text.contains(QStringLiteral("联合办理")));
}

void TestDecisionDocuments::specialProcedureNotice()
{
    const QString number = accept();
    QVERIFY(m_services->review().claim(as(QStringLiteral("reviewer")), number).ok());
    const auto id = m_services->review().suspend(as(QStringLiteral("reviewer")), number,
                                                 {true, QStringLiteral("专家评审"), 15,
                                                  QStringLiteral("经营场所涉及集中用餐配送")});
    QVERIFY2(id.ok(), qPrintable(message(id)));
    const QString text = printed(*id, QStringLiteral("special_procedure_notice"));
    QVERIFY2(!text.startsWith(QStringLiteral("ERROR")), qPrintable(text));
    for (const QString& phrase :
         {QStringLiteral("特别程序告知书"), QStringLiteral("特〔2026〕1号"), QStringLiteral("需要进行专家评审"),
          QStringLiteral("第四十五条"), QStringLiteral("预计需要15个工作日"), QStringLiteral("2026年4月7日前完成")})
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
}

QTEST_MAIN(TestDecisionDocuments)
#include "tst_decisiondocuments.moc"
