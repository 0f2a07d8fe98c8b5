#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

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

private:
    QString events();

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
}

void TestIntakeCli::sameRequestTwiceWritesNothingNew()
{
    const QString before = events();
    const Run again = ctl({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--file"), m_request,
                           QStringLiteral("--out"), m_out});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("nothing new was written")));
    QCOMPARE(events(), before);
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

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intakecli.moc"
