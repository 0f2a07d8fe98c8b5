#include "processrun.h"
#include "services/services.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace OneSeal;

namespace {

using Testing::Run;
using Testing::run;

Run ctl(const QStringList& arguments)
{
    return run(QStringLiteral(ONESEAL_CTL), arguments);
}

} // namespace

/// `onesealctl intake` as a script runs it: the example request, the notice as a PDF read back with
/// pdftotext, the same request twice, and a refused one.
class TestIntakeCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleIsAcceptedAndItsNoticeWritten();
    void sameRequestTwiceWritesNothingNew();
    void refusedRequestExitsNonZeroAndWritesNothing();
    void supplementThenResumePrintsTheReceipt();

private:
    QString events();
    /// The prints recorded of the notice numbered @p documentNumber (print number, printer, user, copies,
    /// succeeded) and whether the seal keeper's print centre still lists it as waiting.
    std::pair<QList<QStringList>, bool> printsOf(const QString& documentNumber);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_request;
    QString m_out;
};

void TestIntakeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_request = m_dir.filePath(QStringLiteral("request.json"));
    m_out = m_dir.filePath(QStringLiteral("out"));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), m_db}).exitCode, 0);
    const Run example = ctl({QStringLiteral("intake"), QStringLiteral("--example")});
    QCOMPARE(example.exitCode, 0);
    const QJsonObject request = QJsonDocument::fromJson(example.out.toUtf8()).object();
    QVERIFY(!request.value(u"request_id").toString().isEmpty());
    QVERIFY(request.contains(u"applicant") && request.contains(u"agent") && request.contains(u"materials"));
    QFile file(m_request);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(example.out.toUtf8());
}

QString TestIntakeCli::events()
{
    return ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}).out.trimmed();
}

std::pair<QList<QStringList>, bool> TestIntakeCli::printsOf(const QString& documentNumber)
{
    auto services = OneSeal::Services::open(m_db, OneSeal::OpenMode::ReadOnly);
    if (!services)
        return {{{services.error().message}}, false};
    QList<QStringList> rows;
    auto q = (*services)->database().query(
        QStringLiteral("SELECT p.print_number, p.printer, u.username, p.copies, p.succeeded FROM notice_prints p "
                       "JOIN notices n ON n.id = p.notice_id JOIN users u ON u.id = p.printed_by "
                       "WHERE n.document_number = ? ORDER BY p.print_number"),
        {documentNumber});
    while (q && q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString()});
    const auto keeper = (*services)->accounts().sessionFor(QStringLiteral("sealkeeper"));
    const auto queue = (*services)->licences().printQueue(*keeper);
    const bool waiting = !queue || std::any_of(queue->cbegin(), queue->cend(), [&](const OneSeal::PrintQueueEntry& e) {
        return e.documentNumber == documentNumber;
    });
    return {rows, waiting};
}

void TestIntakeCli::exampleIsAcceptedAndItsNoticeWritten()
{
    const Run intake = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), m_request,
                            QStringLiteral("--out"), m_out});
    QVERIFY2(intake.exitCode == 0, qPrintable(intake.err));
    const QStringList words = intake.out.trimmed().split(u' ');
    QCOMPARE(words.value(0), QStringLiteral("accept"));
    QVERIFY(words.value(1).startsWith(QStringLiteral("PZ-")));
    QVERIFY(words.value(2).startsWith(QStringLiteral("彭审批受〔")));
    const QString pdf = words.last();
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));

    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    for (const QString& expected : {QStringLiteral("行政许可受理通知书"), words.value(1), words.value(2),
                                    QStringLiteral("彭州市天府餐饮管理有限公司"), QStringLiteral("食品经营许可申请书"),
                                    QStringLiteral("第三十二条")})
        QVERIFY2(text.out.contains(expected), qPrintable(expected));
    QCOMPARE(events().left(3), QStringLiteral("ok "));
    // The file is the clerk's print: recorded as one, and the notice no longer waits in the print centre.
    const auto [prints, waiting] = printsOf(words.value(2));
    QCOMPARE(prints,
             (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("PDF:") + QFileInfo(pdf).absoluteFilePath(),
                                  QStringLiteral("clerk"), QStringLiteral("1"), QStringLiteral("1")}}));
    QVERIFY(!waiting);
}

void TestIntakeCli::sameRequestTwiceWritesNothingNew()
{
    const QString before = events();
    const Run again = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), m_request,
                           QStringLiteral("--out"), m_out});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("nothing new was written")));
    QCOMPARE(events(), before);
    QVERIFY(QFile::exists(again.out.trimmed().split(u' ').last()));
    QCOMPARE(printsOf(again.out.split(u' ').value(2)).first.size(), 1); // the first run's print
}

void TestIntakeCli::refusedRequestExitsNonZeroAndWritesNothing()
{
    QFile file(m_request);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject request = QJsonDocument::fromJson(file.readAll()).object();
    request.insert(QStringLiteral("request_id"), QStringLiteral("a-new-request-0001"));
    QJsonObject applicant = request.value(u"applicant").toObject();
    applicant.insert(QStringLiteral("identifier"), QStringLiteral("91350100M000100Y44"));
    request.insert(QStringLiteral("applicant"), applicant);
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(request).toJson());
    out.close();

    const QString before = events();
    const Run refused = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), bad,
                             QStringLiteral("--out"), m_out});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("check character")), qPrintable(refused.err));
    QCOMPARE(events(), before);
}

void TestIntakeCli::supplementThenResumePrintsTheReceipt()
{
    QFile file(m_request);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject request = QJsonDocument::fromJson(file.readAll()).object();
    request.insert(QStringLiteral("request_id"), QStringLiteral("cli-supplement-0001"));
    request.insert(QStringLiteral("outcome"), QStringLiteral("supplement"));
    // Another company: the example's own application was accepted today already.
    QJsonObject applicant = request.value(u"applicant").toObject();
    applicant.insert(QStringLiteral("identifier"), QStringLiteral("91110000101623741K"));
    request.insert(QStringLiteral("applicant"), applicant);
    QJsonArray materials = request.value(u"materials").toArray();
    QJsonObject plan = materials.at(2).toObject();
    plan.insert(QStringLiteral("status"), QStringLiteral("missing"));
    materials.replace(2, plan);
    request.insert(QStringLiteral("materials"), materials);
    const QString supplement = m_dir.filePath(QStringLiteral("supplement.json"));
    QFile out(supplement);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(request).toJson());
    out.close();
    const Run first = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), supplement,
                           QStringLiteral("--out"), m_out});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString caseNumber = first.out.split(u' ').value(1);
    QVERIFY(caseNumber.startsWith(QStringLiteral("PZ-")));

    // The case as it was recorded comes back as a request: the operator changes only what changed.
    const Run shown =
        ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--resume"), caseNumber});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QJsonObject back = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(back.value(u"applicant").toObject().value(u"name").toString(),
             QStringLiteral("彭州市天府餐饮管理有限公司"));
    QCOMPARE(back.value(u"agent").toObject().value(u"name").toString(), QStringLiteral("𠮷祥"));
    QJsonArray recorded = back.value(u"materials").toArray();
    QCOMPARE(recorded.at(2).toObject().value(u"status").toString(), QStringLiteral("missing"));
    QJsonObject brought = recorded.at(2).toObject();
    brought.insert(QStringLiteral("status"), QStringLiteral("received"));
    recorded.replace(2, brought);
    back.insert(QStringLiteral("materials"), recorded);
    back.insert(QStringLiteral("clerk"), QStringLiteral("clerk"));
    const QString resume = m_dir.filePath(QStringLiteral("resume.json"));
    QFile resumeFile(resume);
    QVERIFY(resumeFile.open(QIODevice::WriteOnly));
    resumeFile.write(QJsonDocument(back).toJson());
    resumeFile.close();

    const Run resumed = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--resume"),
                             caseNumber, QStringLiteral("--file"), resume, QStringLiteral("--out"), m_out});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QStringList lines = resumed.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("accept ") + caseNumber), qPrintable(lines[0]));
    const QStringList receipt = lines[1].split(u' ');
    QCOMPARE(receipt.value(0), QStringLiteral("supplement_receipt"));
    QCOMPARE(receipt.value(1), caseNumber);
    QVERIFY2(receipt.value(2).startsWith(QStringLiteral("彭审批补收〔")), qPrintable(lines[1]));
    const Run text = run(QStringLiteral("pdftotext"), {receipt.last(), QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QString squeezed = text.out;
    squeezed.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString& expected :
         {QStringLiteral("补正材料接收凭证"), caseNumber, receipt.value(2), first.out.split(u' ').value(2),
          QStringLiteral("彭州市天府餐饮管理有限公司"), plan.value(u"name").toString()})
        QVERIFY2(squeezed.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text.out));
    // Both the notice and the receipt written on the return are the clerk's prints, waiting nowhere.
    for (const QString& number : {lines[0].split(u' ').value(2), receipt.value(2)}) {
        const auto [prints, waiting] = printsOf(number);
        QVERIFY2(prints.size() == 1 && prints.first().value(2) == QStringLiteral("clerk"), qPrintable(number));
        QVERIFY2(!waiting, qPrintable(number));
    }
}

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intakecli.moc"
