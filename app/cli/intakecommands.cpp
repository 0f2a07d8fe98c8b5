#include "cli.h"
#include "print/documentrenderer.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

namespace OneSeal::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A complete, valid request against the demo database, for people and scripts to start from.
QJsonObject exampleRequest()
{
    IntakeRequest r;
    r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.applicantPhone = QStringLiteral("028-83712345");
    r.applicantAddress = QStringLiteral("彭州市天彭街道南大街 18 号");
    r.agentName = QStringLiteral("𠮷祥");
    r.agentIdentifier = QStringLiteral("11010519491231002X");
    r.agentPhone = QStringLiteral("13802831234");
    r.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001");
    const QString received = QStringLiteral("received");
    r.materials = {{QStringLiteral("食品经营许可申请书"), 1, 0, received, QString()},
                   {QStringLiteral("营业执照或者其他主体资格证明文件"), 0, 1, received, QString()},
                   {QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), 1, 0, received, QString()},
                   {QStringLiteral("食品安全管理制度文本"), 1, 0, received, QString()},
                   {QStringLiteral("食品安全管理人员及从业人员健康证明"), 0, 1, received, QString()},
                   {QStringLiteral("授权委托书及受托人身份证明"), 1, 0, received, QString()}};
    r.outcome = IntakeOutcome::Accept;
    QJsonObject json = r.toJson();
    json.insert(QStringLiteral("clerk"), QStringLiteral("clerk"));
    return json;
}

/// Writes the issued notice @p noticeId as DIR/CASE-KIND.pdf and returns the path, or fails with the message.
/// The file is the clerk's print of the notice, recorded as one, so the notice no longer waits in the print
/// centre. A @p repeated request finds the file its first run wrote and writes nothing new.
Result<QString> writeNotice(Services& services, const Session& clerk, const QString& noticeId, const QString& outDir,
                            bool repeated)
{
    const auto notice = services.intake().notice(noticeId);
    if (!notice)
        return notice.error();
    const auto layout = DocumentRenderer::load(notice->kind);
    if (!layout)
        return layout.error();
    const QString pdf = QDir(outDir).filePath(QStringLiteral("%1-%2.pdf").arg(notice->caseNumber, notice->kind));
    if (repeated && QFileInfo::exists(pdf))
        return pdf;
    const auto printed = services.licences().printNotice(
        clerk, {noticeId, QStringLiteral("PDF:") + QFileInfo(pdf).absoluteFilePath(), 1},
        [&](const NoticePrintJob& job) { return DocumentRenderer::renderPdf(*layout, job.fields, pdf); });
    if (!printed)
        return makeError(printed.error().code,
                         Text::tr("The application was recorded, but its notice could not be written: %1")
                             .arg(printed.error().message));
    return pdf;
}

} // namespace

// onesealctl intake --example
// onesealctl intake --db FILE --file REQUEST.json --out DIR [--user CLERK]
// onesealctl intake --db FILE --resume CASE [--file REQUEST.json --out DIR] [--user CLERK]
int intake(Arguments& args)
{
    const QString synopsis =
        QStringLiteral("onesealctl intake --example | onesealctl intake --db FILE --file REQUEST.json --out DIR "
                       "[--user CLERK] | onesealctl intake --db FILE --resume CASE [--file REQUEST.json --out DIR] "
                       "[--user CLERK]");
    if (args.flag(QStringLiteral("--example"))) {
        out() << QString::fromUtf8(QJsonDocument(exampleRequest()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QString dbPath = args.option(QStringLiteral("--db"));
    const QString file = args.option(QStringLiteral("--file"));
    const QString outDir = args.option(QStringLiteral("--out"));
    const QString resumeCase = args.option(QStringLiteral("--resume"));
    QString user = args.option(QStringLiteral("--user"));
    if (!dbPath.isEmpty() && !resumeCase.isEmpty() && file.isEmpty() && outDir.isEmpty()) {
        // The case as recorded, as a request to edit and send back: nothing is typed twice.
        auto services = Services::open(dbPath, OpenMode::ReadOnly);
        if (!services)
            return fail(services.error().message);
        auto request = (*services)->intake().resumable(resumeCase);
        if (!request)
            return fail(request.error().message);
        request->requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        request->outcome = IntakeOutcome::Accept;
        out() << QString::fromUtf8(QJsonDocument(request->toJson()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (dbPath.isEmpty() || file.isEmpty() || outDir.isEmpty())
        return usage(Text::tr("intake needs --db, --file and --out (or --example)"), synopsis);

    QFile requestFile(file);
    if (!requestFile.open(QIODevice::ReadOnly))
        return fail(Text::tr("Cannot read %1: %2.").arg(file, requestFile.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(requestFile.readAll(), &parseError);
    if (!doc.isObject())
        return fail(Text::tr("%1 is not a JSON object: %2.").arg(file, parseError.errorString()));
    const auto request = IntakeRequest::fromJson(doc.object());
    if (!request)
        return fail(request.error().message);
    if (user.isEmpty())
        user = doc.object().value(u"clerk").toString();
    if (user.isEmpty())
        return usage(
            Text::tr("say which counter clerk takes the application in: --user NAME or \"clerk\" in the request"),
            synopsis);
    if (!QDir().mkpath(outDir))
        return fail(Text::tr("Cannot create the folder %1.").arg(outDir));

    auto services = Services::open(dbPath, OpenMode::ReadWrite);
    if (!services)
        return fail(services.error().message);
    // The operator of the command line acts for the named clerk; the journal records that clerk.
    const auto session = (*services)->accounts().sessionFor(user);
    if (!session)
        return fail(session.error().message);
    const auto result = resumeCase.isEmpty() ? (*services)->intake().submit(*session, *request)
                                             : (*services)->intake().resume(*session, resumeCase, *request);
    if (!result)
        return fail(result.error().message);
    const auto pdf = writeNotice(**services, *session, result->noticeId, outDir, result->repeated);
    if (!pdf)
        return fail(pdf.error().message);
    QString receiptPdf;
    if (!result->receiptNoticeId.isEmpty()) {
        const auto receipt = writeNotice(**services, *session, result->receiptNoticeId, outDir, result->repeated);
        if (!receipt)
            return fail(receipt.error().message);
        receiptPdf = *receipt;
    }
    out() << result->outcome << ' ' << result->caseNumber << ' ' << result->documentNumber;
    if (result->statutoryDueDate.isValid())
        out() << ' ' << result->statutoryDueDate.toString(Qt::ISODate); // the date the notice promises
    if (result->repeated)
        out() << ' ' << Text::tr("(submitted before; nothing new was written)");
    out() << ' ' << *pdf << Qt::endl;
    if (!receiptPdf.isEmpty())
        out() << QStringLiteral("supplement_receipt ") << result->caseNumber << ' ' << result->receiptDocumentNumber
              << ' ' << receiptPdf << Qt::endl;
    if (result->lateNotice)
        out() << Text::tr("The supplement notice came more than 5 working days after receipt: acceptance counts "
                          "from the day of receipt.")
              << Qt::endl;
    return Ok;
}

} // namespace OneSeal::Cli
