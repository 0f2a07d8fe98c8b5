// The public verification page as a phone shows it: the central hall issues, prints, reprints and
// revokes licences with the real onesealctl (seal keys in a real keyring), pushes them to the real
// oneseal-server on loopback, and headless Chromium renders /v/SERIAL. The assertions read the DOM
// that Chromium built, and a screenshot at a phone's size is kept under test-output/verifypage/.
#include "db/database.h"
#include "services/services.h"
#include "keyringsession.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>
#include <vector>

using namespace OneSeal;

namespace {

const QByteArray kPassword = QByteArrayLiteral("Demo#2026\n");
const QString kPersonId = QStringLiteral("11010519491231002X");
const QString kOrganisationId = QStringLiteral("91350100M000100Y43");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
};

} // namespace

class TestVerifyPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void validLicenceShowsMaskedParticulars();
    void revokedLicenceSaysRevoked();
    void unknownSerialIsNotFound();
    void scannedCodeOfAReprintedSheetIsSuperseded();
    void forgedCodeIsSaidToBeInvalid();
    void registeredTextIsNeverMarkup();

private:
    Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 120000);
    Run ctl(const QStringList& arguments, const QByteArray& input = {});
    QStringList hallDb() const { return {QStringLiteral("--db"), m_hall}; }
    bool startServer();
    void recordApprovedApplication(const QString& caseNumber, const QString& kind, const QString& identifier,
                                   const QString& name);
    QString issueAndPrint(const QString& caseNumber, const QJsonObject& fields);
    QString printCode(const QString& serial, int printNumber);
    /// The DOM as headless Chromium built it from the page; also saves a phone-sized screenshot.
    QString renderedDom(const QString& route, const QString& screenshotName = {});
    HttpAnswer get(const QString& route);
    QString url(const QString& route) const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + route; }

    QTemporaryDir m_dir;
    QString m_hall;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_personSerial;
    QString m_organisationSerial;
    QString m_revokedSerial;
    QString m_markupSerial;
};

Run TestVerifyPage::run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run TestVerifyPage::ctl(const QStringList& arguments, const QByteArray& input)
{
    return run(QStringLiteral(ONESEAL_CTL), arguments, input);
}

bool TestVerifyPage::startServer()
{
    m_server.setWorkingDirectory(m_dir.path());
    m_server.start(QStringLiteral(ONESEAL_SERVER),
                   {QStringLiteral("--store"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db")),
                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!m_server.waitForStarted(10000))
        return false;
    QByteArray log;
    for (int i = 0; i < 100; ++i) {
        m_server.waitForReadyRead(100);
        log += m_server.readAllStandardError();
        for (const QByteArray& line : log.split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.value(u"event").toString() == u"listening") {
                m_port = quint16(record.value(u"port").toInt());
                return true;
            }
        }
    }
    return false;
}

void TestVerifyPage::recordApprovedApplication(const QString& caseNumber, const QString& kind,
                                               const QString& identifier, const QString& name)
{
    auto services = Services::open(m_hall);
    QVERIFY(services);
    const auto clerk = (*services)->accounts().sessionFor(QStringLiteral("clerk"));
    QVERIFY(clerk);
    ApplicationRecord r;
    r.caseNumber = caseNumber;
    r.itemCode = QStringLiteral("11510182MB1D4D6X2F4000100151001");
    r.applicantKind = kind;
    r.applicantIdentifier = identifier;
    r.applicantName = name;
    r.state = ApplicationState::Approved;
    const QDate today = (*services)->clock().today();
    r.receivedOn = r.acceptedOn = today.addDays(-8);
    r.dueDate = today.addDays(12);
    r.acceptedBy = clerk->userId;
    r.decidedBy = (*services)->accounts().sessionFor(QStringLiteral("approver"))->userId;
    r.decidedOn = today.addDays(-1);
    const auto recorded = (*services)->applications().record(*clerk, r);
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
}

QString TestVerifyPage::issueAndPrint(const QString& caseNumber, const QJsonObject& fields)
{
    const QString fieldsFile = m_dir.filePath(caseNumber + QStringLiteral(".json"));
    QFile file(fieldsFile);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(fields).toJson());
    file.close();
    const Run issued = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("issue")} + hallDb() +
                           QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--case"),
                                       caseNumber, QStringLiteral("--seal"), QStringLiteral("PZ-XZSP"),
                                       QStringLiteral("--valid-until"), QStringLiteral("2031-11-27"),
                                       QStringLiteral("--fields"), fieldsFile});
    if (issued.exitCode != 0) {
        qWarning() << issued.err;
        return {};
    }
    const QString serial = issued.out.trimmed().section(u' ', 1);
    const Run printed = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("print")} + hallDb() +
                            QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"), QStringLiteral("--serial"),
                                        serial, QStringLiteral("--out"), m_dir.filePath(serial + QStringLiteral(".pdf"))});
    if (printed.exitCode != 0) {
        qWarning() << printed.err;
        return {};
    }
    return serial;
}

QString TestVerifyPage::printCode(const QString& serial, int printNumber)
{
    auto db = Database::open(m_hall, OpenMode::ReadOnly);
    if (!db)
        return {};
    auto q = (*db)->query(QStringLiteral("SELECT p.code FROM licence_prints p JOIN licences l ON l.id = p.licence_id "
                                         "WHERE l.serial = ? AND p.print_number = ?"),
                          {serial, printNumber});
    return q && q->next() ? q->value(0).toString() : QString();
}

QString TestVerifyPage::renderedDom(const QString& route, const QString& screenshotName)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        return {};
    // Root needs --no-sandbox; a throw-away profile keeps runs apart.
    QTemporaryDir profile;
    const QStringList common{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                             QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                             QStringLiteral("--disable-background-networking"),
                             QStringLiteral("--user-data-dir=") + profile.path()};
    if (!screenshotName.isEmpty()) {
        const QString png = QStringLiteral(ONESEAL_TEST_OUTPUT "/verifypage/") + screenshotName + QStringLiteral(".png");
        QDir().mkpath(QFileInfo(png).path());
        QFile::remove(png);
        // A phone's viewport: 412 × 915 CSS pixels.
        run(chromium, common + QStringList{QStringLiteral("--window-size=412,915"),
                                           QStringLiteral("--hide-scrollbars"),
                                           QStringLiteral("--screenshot=") + png, url(route)});
        if (!QFile::exists(png))
            qWarning("no screenshot at %s", qPrintable(png));
    }
    const Run dom = run(chromium, common + QStringList{QStringLiteral("--dump-dom"), url(route)});
    if (dom.exitCode != 0)
        qWarning() << dom.err;
    return dom.out;
}

HttpAnswer TestVerifyPage::get(const QString& route)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url(route))));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->rawHeader("Content-Type"), reply->rawHeader("Cache-Control")};
    reply->deleteLater();
    return answer;
}

void TestVerifyPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run the test through with-keyring.sh");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty(),
             "install chromium (scripts/install-deps.sh)");
    m_hall = m_dir.filePath(QStringLiteral("hall.db"));
    QCOMPARE(ctl({QStringLiteral("demo-db"), QStringLiteral("--db"), m_hall}).exitCode, 0);

    // The central store starts from the hall's database; the hall enrols and syncs as in production.
    const QString store = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"));
    const Run imported = run(QStringLiteral(ONESEAL_SERVER), {QStringLiteral("--store"), store, QStringLiteral("import"),
                                                             QStringLiteral("--db"), m_hall, QStringLiteral("--site"),
                                                             QStringLiteral("PZ")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(startServer());
    const Run code = run(QStringLiteral(ONESEAL_SERVER),
                         {QStringLiteral("--store"), store, QStringLiteral("enrol-code"), QStringLiteral("--site"),
                          QStringLiteral("PZ")});
    QCOMPARE(code.exitCode, 0);
    const Run enrolled = ctl(QStringList{QStringLiteral("enroll")} + hallDb() +
                             QStringList{QStringLiteral("--server"), url({}), QStringLiteral("--code"), code.out.trimmed()});
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));

    // After the import: licences the store learns of only through a push.
    recordApprovedApplication(QStringLiteral("PZ-20261120-0031"), QStringLiteral("person"), kPersonId,
                              QStringLiteral("张三丰"));
    recordApprovedApplication(QStringLiteral("PZ-20261120-0032"), QStringLiteral("organisation"), kOrganisationId,
                              QStringLiteral("彭州市天府餐饮管理有限公司"));
    recordApprovedApplication(QStringLiteral("PZ-20261120-0033"), QStringLiteral("person"), QStringLiteral("51018219900101123X"),
                              QStringLiteral("李四"));
    recordApprovedApplication(QStringLiteral("PZ-20261120-0034"), QStringLiteral("organisation"),
                              QStringLiteral("91510182MA6CYYYY1U"), QStringLiteral("彭州<b>标记</b>餐饮店"));
    const Run keygen = ctl(QStringList{QStringLiteral("seal"), QStringLiteral("keygen")} + hallDb() +
                           QStringList{QStringLiteral("--seal"), QStringLiteral("PZ-XZSP"), QStringLiteral("--user"),
                                       QStringLiteral("secadmin")});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
    const QJsonObject fields{
        {QStringLiteral("legal_representative"), QStringLiteral("欧阳𠮷祥")},
        {QStringLiteral("address"), QStringLiteral("四川省彭州市天彭街道南大街18号")},
        {QStringLiteral("premises"), QStringLiteral("四川省彭州市天彭街道南大街18号1栋1层")},
        {QStringLiteral("business_type"), QStringLiteral("餐饮服务经营者（中型餐馆）")},
        {QStringLiteral("business_scope"), QStringLiteral("热食类食品制售；冷食类食品制售")},
        {QStringLiteral("supervising_agency"), QStringLiteral("彭州市市场监督管理局天彭市场监督管理所")},
        {QStringLiteral("supervisor_names"), QStringLiteral("赵敏、孙强")},
        {QStringLiteral("signatory"), QStringLiteral("陈静")},
    };
    m_personSerial = issueAndPrint(QStringLiteral("PZ-20261120-0031"), fields);
    m_organisationSerial = issueAndPrint(QStringLiteral("PZ-20261120-0032"), fields);
    m_revokedSerial = issueAndPrint(QStringLiteral("PZ-20261120-0033"), fields);
    QJsonObject markup = fields;
    markup.insert(QStringLiteral("premises"), QStringLiteral("<script>document.title='x'</script><img src=x "
                                                             "onerror=alert(1)>南街\"'&amp;"));
    m_markupSerial = issueAndPrint(QStringLiteral("PZ-20261120-0034"), markup);
    for (const QString& serial : {m_personSerial, m_organisationSerial, m_revokedSerial, m_markupSerial})
        QVERIFY(!serial.isEmpty());
    const Run reprinted = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("reprint")} + hallDb() +
                                  QStringList{QStringLiteral("--user"), QStringLiteral("sealkeeper"),
                                              QStringLiteral("--serial"), m_organisationSerial, QStringLiteral("--out"),
                                              m_dir.filePath(QStringLiteral("reprint.pdf")), QStringLiteral("--reason"),
                                              QStringLiteral("持证人遗失"), QStringLiteral("--second"),
                                              QStringLiteral("approver")},
                              kPassword);
    QVERIFY2(reprinted.exitCode == 0, qPrintable(reprinted.err));
    const Run revoked = ctl(QStringList{QStringLiteral("licence"), QStringLiteral("revoke")} + hallDb() +
                            QStringList{QStringLiteral("--user"), QStringLiteral("approver"), QStringLiteral("--serial"),
                                        m_revokedSerial, QStringLiteral("--reason"), QStringLiteral("以欺骗手段取得许可")});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));

    // Before the push the store knows none of them.
    QCOMPARE(get(QStringLiteral("/v/") + m_personSerial).status, 404);
    const Run synced = ctl(QStringList{QStringLiteral("sync")} + hallDb());
    QVERIFY2(synced.exitCode == 0 && synced.out.contains(QStringLiteral("rejected 0)")), qPrintable(synced.out + synced.err));
}

void TestVerifyPage::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(10000);
    }
}

void TestVerifyPage::validLicenceShowsMaskedParticulars()
{
    const HttpAnswer answer = get(QStringLiteral("/v/") + m_personSerial);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArrayLiteral("text/html; charset=utf-8"));
    QCOMPARE(answer.cacheControl, QByteArrayLiteral("no-store"));

    const QString dom = renderedDom(QStringLiteral("/v/") + m_personSerial, QStringLiteral("valid-person"));
    QVERIFY2(dom.contains(QStringLiteral("<html lang=\"zh-CN\">")), qPrintable(dom.left(400)));
    QVERIFY(dom.contains(QStringLiteral("name=\"viewport\"")));
    QVERIFY2(dom.contains(QStringLiteral("<p id=\"status\" class=\"status ok\">有效</p>")), qPrintable(dom));
    QVERIFY(dom.contains(m_personSerial));
    // The holder, a natural person: name and identifier masked, the whole identifier nowhere.
    QVERIFY(dom.contains(QStringLiteral("<dd id=\"holder\">张**</dd>")));
    QVERIFY(dom.contains(QStringLiteral("<dd id=\"identifier\">1101**********002X</dd>")));
    QVERIFY(!dom.contains(kPersonId));
    QVERIFY(!dom.contains(QStringLiteral("张三丰")));
    QVERIFY(!dom.contains(QStringLiteral("三丰")));
    // The legal representative is masked by code point; staff names stay off the page.
    QVERIFY(dom.contains(QStringLiteral("<dd id=\"f-legal_representative\">欧***</dd>")));
    QVERIFY(!dom.contains(QStringLiteral("赵敏")) && !dom.contains(QStringLiteral("陈静")));
    // A natural person's address is theirs; the premises are the business's.
    QVERIFY(!dom.contains(QStringLiteral("id=\"f-address\"")));
    QVERIFY(dom.contains(QStringLiteral("四川省彭州市天彭街道南大街18号1栋1层")));
    QVERIFY(dom.contains(QStringLiteral("彭州市行政审批局")));
    QVERIFY(dom.contains(QStringLiteral("<dd id=\"valid-until\">2031年11月27日</dd>")));
    // No internal id of the store: no UUID anywhere on the page.
    QVERIFY(!dom.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"))));

    // An organisation's name is public (企业信息公示); its credit code is masked all the same.
    const QString org = renderedDom(QStringLiteral("/v/") + m_organisationSerial);
    QVERIFY(org.contains(QStringLiteral("<dd id=\"holder\">彭州市天府餐饮管理有限公司</dd>")));
    QVERIFY(org.contains(QStringLiteral("<dd id=\"identifier\">9135**********0Y43</dd>")));
    QVERIFY(!org.contains(kOrganisationId));
}

void TestVerifyPage::revokedLicenceSaysRevoked()
{
    const QString dom = renderedDom(QStringLiteral("/v/") + m_revokedSerial, QStringLiteral("revoked"));
    QVERIFY2(dom.contains(QStringLiteral("<p id=\"status\" class=\"status bad\">已撤销</p>")), qPrintable(dom));
    QVERIFY(dom.contains(QStringLiteral("<dd id=\"holder\">李*</dd>")));
    QVERIFY(dom.contains(QStringLiteral("id=\"status-on\"")));
    QVERIFY(!dom.contains(QStringLiteral("51018219900101123X")));
    // The reason may name the holder's wrongdoing: it stays in the register.
    QVERIFY(!dom.contains(QStringLiteral("欺骗")));
}

void TestVerifyPage::unknownSerialIsNotFound()
{
    const QString serial = QStringLiteral("5101820000001-2026-999999");
    const HttpAnswer answer = get(QStringLiteral("/v/") + serial);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.contentType, QByteArrayLiteral("text/html; charset=utf-8"));
    QCOMPARE(answer.cacheControl, QByteArrayLiteral("no-store"));
    const QString dom = renderedDom(QStringLiteral("/v/") + serial, QStringLiteral("not-found"));
    QVERIFY2(dom.contains(QStringLiteral("<p id=\"status\" class=\"status bad\">未找到</p>")), qPrintable(dom));
    QVERIFY(dom.contains(QStringLiteral("登记册中没有编号为 ") + serial));
    // What a visitor types into the address comes back as text.
    const QString typed = renderedDom(QStringLiteral("/v/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"));
    QVERIFY2(typed.contains(QStringLiteral("未找到")), qPrintable(typed));
    QVERIFY(!typed.contains(QStringLiteral("<img")));
}

void TestVerifyPage::scannedCodeOfAReprintedSheetIsSuperseded()
{
    const QString first = printCode(m_organisationSerial, 1);
    const QString second = printCode(m_organisationSerial, 2);
    QVERIFY(first.startsWith(QStringLiteral("OS1:")) && second.startsWith(QStringLiteral("OS1:")));
    auto withCode = [this](const QString& code) -> QString {
        return QStringLiteral("/v/") + m_organisationSerial + QStringLiteral("?c=") +
               QString::fromLatin1(QUrl::toPercentEncoding(code));
    };
    const QString old = renderedDom(withCode(first), QStringLiteral("superseded"));
    QVERIFY2(old.contains(QStringLiteral("<p id=\"status\" class=\"status warn\">已被新打印件取代</p>")),
             qPrintable(old));
    QVERIFY(old.contains(QStringLiteral("二维码签名核验通过（第1次打印件）")));
    const QString current = renderedDom(withCode(second));
    QVERIFY2(current.contains(QStringLiteral("<p id=\"status\" class=\"status ok\">有效</p>")), qPrintable(current));
    QVERIFY(current.contains(QStringLiteral("第2次打印件")));
    // Without a code the page cannot tell the sheets apart: the licence itself is valid.
    QVERIFY(renderedDom(QStringLiteral("/v/") + m_organisationSerial).contains(QStringLiteral("status ok\">有效")));
}

void TestVerifyPage::forgedCodeIsSaidToBeInvalid()
{
    // A genuine code of another licence, shown at this serial's address.
    const QString other = printCode(m_personSerial, 1);
    const QString route = QStringLiteral("/v/") + m_organisationSerial + QStringLiteral("?c=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(other));
    const QString dom = renderedDom(route, QStringLiteral("forged"));
    QVERIFY2(dom.contains(QStringLiteral("<p id=\"status\" class=\"status bad\">二维码无效</p>")), qPrintable(dom));
    QVERIFY(dom.contains(QStringLiteral("与本证书不符")));
    // One character changed in the signed text.
    QString tampered = printCode(m_organisationSerial, 2);
    const int at = tampered.size() / 2;
    tampered[at] = tampered.at(at) == u'A' ? u'B' : u'A';
    const QString broken = renderedDom(QStringLiteral("/v/") + m_organisationSerial + QStringLiteral("?c=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(tampered)));
    QVERIFY2(broken.contains(QStringLiteral("二维码无效")), qPrintable(broken));
}

void TestVerifyPage::registeredTextIsNeverMarkup()
{
    const QString dom = renderedDom(QStringLiteral("/v/") + m_markupSerial, QStringLiteral("markup"));
    QVERIFY2(dom.contains(QStringLiteral("status ok\">有效")), qPrintable(dom));
    // Had the text been markup, Chromium would have built elements from it and run the script.
    QVERIFY(dom.contains(QStringLiteral("彭州&lt;b&gt;标记&lt;/b&gt;餐饮店")));
    QVERIFY(dom.contains(QStringLiteral("&lt;script&gt;document.title='x'&lt;/script&gt;&lt;img src=x")));
    QVERIFY(!dom.contains(QStringLiteral("<b>")));
    QVERIFY(!dom.contains(QStringLiteral("<img")));
    QVERIFY(dom.contains(QStringLiteral("<title>许可证核验：有效</title>")));
}

int main(int argc, char* argv[])
{
    runInsideTestKeyring(ONESEAL_WITH_KEYRING, argc, argv);
    QCoreApplication app(argc, argv);
    TestVerifyPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_verifypage.moc"
