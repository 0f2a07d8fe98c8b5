#include "cli.h"
#include "core/creditcode.h"
#include "print/documentrenderer.h"
#include "services/services.h"
#include "services/setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kSynopsis = QStringLiteral("onesealctl demo --db FILE --out DIR");
// The demo organisation's people and things the scenario uses (resources/seed/demo-organisation.json).
const QString kItemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001"); // 食品经营许可, 商事登记科
const QString kSealCode = QStringLiteral("PZ-XZSP");                         // 彭州市行政审批局 行政审批专用章
const QString kClerk = QStringLiteral("clerk");
const QString kReviewer = QStringLiteral("reviewer");
const QString kApprover = QStringLiteral("approver");
const QString kSealKeeper = QStringLiteral("sealkeeper");
const QString kSecurityAdmin = QStringLiteral("secadmin");

/// A fresh company identifier for every run: the same open application is never taken in twice, and a
/// demo database may well be run through the scenario again.
QString freshCreditCode()
{
    const QString body = QStringLiteral("91510182MA%1").arg(QRandomGenerator::system()->bounded(10000000), 7, 10,
                                                             QLatin1Char('0'));
    return body + CreditCode::checkCharacter(body);
}

IntakeRequest demoRequest()
{
    IntakeRequest r;
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = freshCreditCode();
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.applicantPhone = QStringLiteral("028-83712345");
    r.applicantAddress = QStringLiteral("四川省彭州市天彭街道南大街18号");
    r.agentName = QStringLiteral("𠮷祥");
    r.agentIdentifier = QStringLiteral("11010519491231002X");
    r.agentPhone = QStringLiteral("13802831234");
    r.itemCode = kItemCode;
    const QString received = QStringLiteral("received");
    r.materials = {{QStringLiteral("食品经营许可申请书"), 1, 0, received, QString()},
                   {QStringLiteral("营业执照或者其他主体资格证明文件"), 0, 1, received, QString()},
                   {QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), 1, 0, received, QString()},
                   {QStringLiteral("食品安全管理制度文本"), 1, 0, received, QString()},
                   {QStringLiteral("食品安全管理人员及从业人员健康证明"), 0, 1, received, QString()},
                   {QStringLiteral("授权委托书及受托人身份证明"), 1, 0, received, QString()}};
    r.outcome = IntakeOutcome::Accept;
    return r;
}

/// What the licence prints beyond the register's own fields, as the print centre would type it in.
QJsonObject licenceFields()
{
    return {
        {QStringLiteral("legal_representative"), QStringLiteral("欧阳𠮷祥")},
        {QStringLiteral("address"), QStringLiteral("四川省彭州市天彭街道南大街18号")},
        {QStringLiteral("premises"), QStringLiteral("四川省彭州市天彭街道南大街18号1栋1层")},
        {QStringLiteral("business_type"), QStringLiteral("餐饮服务经营者（中型餐馆）")},
        {QStringLiteral("business_scope"), QStringLiteral("热食类食品制售；冷食类食品制售")},
        {QStringLiteral("supervising_agency"), QStringLiteral("彭州市市场监督管理局天彭市场监督管理所")},
        {QStringLiteral("supervisor_names"), QStringLiteral("赵敏、孙强")},
        {QStringLiteral("signatory"), QStringLiteral("陈静")},
    };
}

/// One step's line: the step in a fixed-width column, then what it produced, for people to follow.
void step(const QString& name, const QStringList& words)
{
    out() << name.leftJustified(9) << words.join(u' ') << Qt::endl;
}

/// The demo scenario on one open database; the file and the folder are checked by the caller.
class Scenario final
{
public:
    Scenario(Services& services, QString outDir) : m_services(services), m_outDir(std::move(outDir)) {}

    int run();

private:
    Result<Session> as(const QString& user);
    /// Writes the issued document @p noticeId as DIR/CASE-KIND.pdf, recorded as @p actor's print of it;
    /// returns its title, number and path.
    Result<QStringList> writeNotice(const Session& actor, const QString& noticeId);
    /// The seal's key, made by the security administrator when the seal has none yet or this keychain lacks it.
    Status makeSealKey();
    int keychainMissing(const Error& error);

    Services& m_services;
    QString m_outDir;
};

Result<Session> Scenario::as(const QString& user)
{
    // Each step acts for the demo person whose role it is; the journal records that person.
    auto session = m_services.accounts().sessionFor(user);
    if (!session)
        return makeError(QStringLiteral("demo.not_demo"),
                         Text::tr("This database has no demo account \"%1\" (%2); give a database made by "
                                  "\"onesealctl demo-db\", or the name of a new file.")
                             .arg(user, session.error().message));
    return session;
}

Result<QStringList> Scenario::writeNotice(const Session& actor, const QString& noticeId)
{
    const auto notice = m_services.intake().notice(noticeId);
    if (!notice)
        return notice.error();
    const auto layout = DocumentRenderer::load(notice->kind);
    if (!layout)
        return layout.error();
    const QString pdf = QDir(m_outDir).filePath(QStringLiteral("%1-%2.pdf").arg(notice->caseNumber, notice->kind));
    // The person who issued it prints it, as at the window: the demo leaves no notice waiting in the print
    // centre.
    const auto printed = m_services.licences().printNotice(
        actor, {noticeId, QStringLiteral("PDF:") + QFileInfo(pdf).absoluteFilePath(), 1},
        [&](const NoticePrintJob& job) { return DocumentRenderer::renderPdf(*layout, job.fields, pdf); });
    if (!printed)
        return printed.error();
    return QStringList{layout->title, notice->documentNumber, pdf};
}

Status Scenario::makeSealKey()
{
    const auto admin = as(kSecurityAdmin);
    if (!admin)
        return admin.error();
    const auto keyId = m_services.licences().generateSealKey(*admin, kSealCode);
    if (!keyId)
        return keyId.error();
    step(QStringLiteral("key"), {kSealCode, *keyId,
                                 Text::tr("generated by %1 into this workstation's keychain").arg(kSecurityAdmin)});
    return {};
}

int Scenario::keychainMissing(const Error& error)
{
    if (error.code != u"keys.unavailable")
        return fail(error.message);
    err() << Text::tr("onesealctl: no keychain answers on this workstation, so the licence cannot be signed and was "
                      "not printed; the documents above were written unsigned. Start a desktop session (or "
                      "gnome-keyring) and run the demo again. (%1)")
                 .arg(error.message)
          << Qt::endl;
    return Failed;
}

int Scenario::run()
{
    // A OneSeal database without the demo people is somebody's real one: nothing is written to it.
    for (const QString& user : {kClerk, kReviewer, kApprover, kSealKeeper, kSecurityAdmin}) {
        if (const auto session = as(user); !session)
            return fail(session.error().message);
    }
    // 受理 at the counter.
    const auto clerk = as(kClerk);
    if (!clerk)
        return fail(clerk.error().message);
    const auto taken = m_services.intake().submit(*clerk, demoRequest());
    if (!taken)
        return fail(taken.error().message);
    const QString caseNumber = taken->caseNumber;
    const auto acceptance = writeNotice(*clerk, taken->noticeId);
    if (!acceptance)
        return fail(acceptance.error().message);
    step(QStringLiteral("intake"), QStringList{caseNumber} + *acceptance);

    // 审查: the section's reviewer claims the case and recommends the grant.
    const auto reviewer = as(kReviewer);
    if (!reviewer)
        return fail(reviewer.error().message);
    ReviewService& review = m_services.review();
    if (Status s = review.claim(*reviewer, caseNumber); !s)
        return fail(s.error().message);
    step(QStringLiteral("claim"), {caseNumber, kReviewer});
    const QString opinion = QStringLiteral("申请材料齐全，符合法定形式；经营场所、设备布局和管理制度符合食品安全要求，建议准予许可。");
    if (Status s = review.recordOpinion(*reviewer, caseNumber, {opinion, true, false, QString()}); !s)
        return fail(s.error().message);
    step(QStringLiteral("opinion"), {caseNumber, kReviewer, QStringLiteral("准予")});

    // 决定 by the section's approver, who did not accept the case.
    const auto approver = as(kApprover);
    if (!approver)
        return fail(approver.error().message);
    if (Status s = review.claim(*approver, caseNumber); !s)
        return fail(s.error().message);
    const auto decision = review.decide(*approver, caseNumber, true, QString());
    if (!decision)
        return fail(decision.error().message);
    const auto decisionPdf = writeNotice(*approver, *decision);
    if (!decisionPdf)
        return fail(decisionPdf.error().message);
    step(QStringLiteral("decide"), QStringList{caseNumber, kApprover} + *decisionPdf);

    // 制证: the seal needs its signing key before a licence can be registered under it.
    const auto keeper = as(kSealKeeper);
    if (!keeper)
        return fail(keeper.error().message);
    LicenceService& licences = m_services.licences();
    LicenceIssueRequest request;
    request.caseNumber = caseNumber;
    request.sealCode = kSealCode;
    request.validUntil = m_services.clock().today().addYears(5).addDays(-1);
    request.fields = licenceFields();
    const auto templateName = licences.resultTemplateFor(caseNumber);
    if (!templateName)
        return fail(templateName.error().message);
    const auto layout = DocumentRenderer::load(*templateName);
    if (!layout)
        return fail(layout.error().message);
    request.templateName = layout->name;
    request.templateVersion = layout->version;
    auto issued = licences.issue(*keeper, request);
    if (!issued && issued.error().code == u"licence.no_key") {
        if (Status made = makeSealKey(); !made)
            return keychainMissing(made.error());
        issued = licences.issue(*keeper, request);
    }
    if (!issued)
        return fail(issued.error().message);
    step(QStringLiteral("issue"), {caseNumber, issued->serial, kSealCode});

    // 用印: the first print, signed with the seal's key from the keychain.
    const QString pdf = QDir(m_outDir).filePath(QStringLiteral("%1-%2.pdf").arg(caseNumber, layout->name));
    LicencePrintRequest print;
    print.serial = issued->serial;
    print.printer = QStringLiteral("PDF:") + QFileInfo(pdf).absoluteFilePath();
    const LicenceService::Renderer render = [&](const LicencePrintJob& job) -> Status {
        return DocumentRenderer::renderPdf(*layout, job.fields, pdf);
    };
    auto printed = licences.print(*keeper, print, render);
    // A database made on another workstation knows the seal's key, but this keychain does not hold it.
    if (!printed && printed.error().code == u"keys.not_found") {
        if (Status made = makeSealKey(); !made)
            return keychainMissing(made.error());
        printed = licences.print(*keeper, print, render);
    }
    if (!printed)
        return keychainMissing(printed.error());
    step(QStringLiteral("print"), {caseNumber, layout->title, printed->serial,
                                   QStringLiteral("#%1").arg(printed->printNumber), pdf});
    return Ok;
}

} // namespace

// onesealctl demo --db FILE --out DIR
int demo(Arguments& args)
{
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString outDir = args.option(QStringLiteral("--out"));
    if (dbPath.isEmpty() || outDir.isEmpty())
        return usage(Text::tr("demo needs --db (a demo database, made when missing) and --out (a folder)"), kSynopsis);
    if (!QDir().mkpath(outDir))
        return fail(Text::tr("Cannot create the folder %1.").arg(outDir));

    // An empty file is what a script's mktemp leaves: as good as a new one.
    const bool create = !QFileInfo::exists(dbPath) || QFileInfo(dbPath).size() == 0;
    // An existing file that is no OneSeal database (or one from a newer OneSeal) is refused here, unchanged.
    auto services = Services::open(dbPath, OpenMode::ReadWrite);
    if (!services)
        return fail(services.error().message);
    if (create) {
        if (Status made = Setup::createDemo(**services); !made) {
            services->reset();
            Setup::removeDatabaseFiles(dbPath);
            return fail(made.error().message);
        }
        step(QStringLiteral("database"), {dbPath, Text::tr("created with the demo organisation and accounts")});
    }
    return Scenario(**services, outDir).run();
}

} // namespace OneSeal::Cli
