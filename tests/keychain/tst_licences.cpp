#include "core/base45.h"
#include "core/cose.h"
#include "db/journal.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "services/setup.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(1, 30), Qt::UTC);
const QString kPassword = QStringLiteral("Demo#2026");
const QString kFoodItem = QStringLiteral("11510182MB1D4D6X2F4000100151001");
const QString kFood = QStringLiteral("food_business_licence");

const LicenceService::Renderer kPaper = [](const LicencePrintJob&) { return Status(); };

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                              \
    } while (false)

} // namespace

/// The serial register as the print centre uses it, on a real demo database with real keys in gnome-keyring.
class TestLicences final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serialsRunPerSealAndYearWithoutGaps();
    void itemWithoutItsOwnTemplatePrintsUnderItsResultName();
    void aSealIsUsedAtItsOwnSiteOnly();
    void onlyADecidedApplicationGetsALicence();
    void printedCodeVerifiesAsGenuineAndValid();
    void secondPrintIsAReprint();
    void reprintNeedsAReasonAndASecondPerson();
    void reprintSupersedesTheOlderPrint();
    void voidNeedsASecondPersonAndShowsOnEveryPrint();
    void revokedAndExpiredLicencesSaySo();
    void failedPrintIsRecordedAndMayBeRepeated();
    void spoiledSheetsAreRecordedByStockNumber();
    void changedCodeOrOtherSealsKeyIsForged();
    void newSealKeyKeepsOldLicencesGenuine();
    void replayRebuildsTheRegister();

private:
    Session session(const QString& username);
    QString approvedCase(const QString& caseNumber, const QString& clerk = QStringLiteral("clerk"),
                         const QString& itemCode = kFoodItem);
    LicenceRecord issue(const QString& caseNumber, const QString& keeper = QStringLiteral("sealkeeper"),
                        const QString& seal = QStringLiteral("PZ-XZSP"));
    LicencePrintJob print(const QString& serial, const QString& stock = {});

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
};

void TestLicences::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(PasswordHasher::initialise());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/keyring-session.sh");
    m_template = m_templateDir.filePath(QStringLiteral("demo.oneseal"));
    auto services = Services::open(m_template, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    QVERIFY(services.ok());
    VERIFY_OK(Setup::createDemo(**services));
    const Session secadmin = (*services)->accounts().sessionFor(QStringLiteral("secadmin")).value();
    for (const QString& seal : {QStringLiteral("PZ-XZSP"), QStringLiteral("LC-BMFW")})
        VERIFY_OK((*services)->licences().generateSealKey(secadmin, seal));
}

void TestLicences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("test.oneseal"));
    QVERIFY(QFile::copy(m_template, path));
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = Services::open(path, OpenMode::ReadWrite, m_clock);
    QVERIFY(services.ok());
    m_services = std::move(services).value();
}

void TestLicences::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

Session TestLicences::session(const QString& username)
{
    return m_services->accounts().sessionFor(username).value();
}

QString TestLicences::approvedCase(const QString& caseNumber, const QString& clerk, const QString& itemCode)
{
    ApplicationRecord r;
    r.caseNumber = caseNumber;
    r.itemCode = itemCode;
    r.applicantKind = QStringLiteral("organisation");
    r.applicantIdentifier = QStringLiteral("91350100M000100Y43");
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.state = ApplicationState::Approved;
    r.receivedOn = QDate(2026, 11, 2);
    r.acceptedOn = QDate(2026, 11, 2);
    r.dueDate = QDate(2026, 11, 30);
    r.acceptedBy = session(clerk).userId;
    r.decidedBy = session(QStringLiteral("approver")).userId;
    r.decidedOn = QDate(2026, 11, 20);
    const auto id = m_services->applications().record(session(clerk), r);
    return id ? caseNumber : QString();
}

LicenceRecord TestLicences::issue(const QString& caseNumber, const QString& keeper, const QString& seal)
{
    LicenceIssueRequest request;
    request.caseNumber = caseNumber;
    request.sealCode = seal;
    request.templateName = kFood;
    request.validUntil = QDate(2031, 11, 27);
    request.fields = QJsonObject{{QStringLiteral("premises"), QStringLiteral("彭州市天彭街道南大街18号")}};
    const auto issued = m_services->licences().issue(session(keeper), request);
    if (!issued)
        qWarning() << issued.error().message;
    return issued ? *issued : LicenceRecord();
}

LicencePrintJob TestLicences::print(const QString& serial, const QString& stock)
{
    const auto job = m_services->licences().print(session(QStringLiteral("sealkeeper")),
                                                  {serial, QStringLiteral("HP-C01"), 1, stock}, kPaper);
    if (!job)
        qWarning() << job.error().message;
    return job ? *job : LicencePrintJob();
}

void TestLicences::serialsRunPerSealAndYearWithoutGaps()
{
    QString serials;
    for (int i = 1; i <= 3; ++i) {
        const QString caseNumber = approvedCase(QStringLiteral("PZ-20261127-00%1").arg(i + 10));
        QVERIFY(!caseNumber.isEmpty());
        const LicenceRecord licence = issue(caseNumber);
        QCOMPARE(licence.serial, QStringLiteral("5101820000001-2026-%1").arg(i, 6, 10, QLatin1Char('0')));
        if (i == 2) // a voided serial keeps its number; the next licence takes the next one
            VERIFY_OK(m_services->licences().voidLicence(session(QStringLiteral("sealkeeper")), licence.serial,
                                                         QStringLiteral("录入错误"),
                                                         {QStringLiteral("approver"), kPassword}));
    }
    // A new year starts again at 1.
    m_clock->set(QDateTime(QDate(2027, 1, 4), QTime(1, 0), Qt::UTC));
    QCOMPARE(issue(approvedCase(QStringLiteral("PZ-20270104-0001"))).serial,
             QStringLiteral("5101820000001-2027-000001"));
}

void TestLicences::itemWithoutItsOwnTemplatePrintsUnderItsResultName()
{
    // 取水许可 has no licence template of its own: the catalogue prints it on the generic certificate, which takes
    // its title from the item's result and its end date from the register (长期 when there is none). How that
    // page reads is tst_documentrenderer's and the golden page's to check.
    const QString caseNumber =
        approvedCase(QStringLiteral("PZ-20261127-0031"), QStringLiteral("clerk"),
                     QStringLiteral("11510182MB1D4D6X2F4000100503000"));
    QVERIFY(!caseNumber.isEmpty());
    const QString templateName = m_services->licences().resultTemplateFor(caseNumber).value();
    QCOMPARE(templateName, QStringLiteral("certificate_generic"));
    LicenceIssueRequest request{caseNumber, QStringLiteral("PZ-XZSP"), templateName, 1, QDate(), {}};
    request.fields = QJsonObject{{QStringLiteral("licensed_content"), QStringLiteral("年取水量：365万立方米")}};
    const auto issued = m_services->licences().issue(session(QStringLiteral("sealkeeper")), request);
    VERIFY_OK(issued);
    const auto job = print(issued->serial);
    QCOMPARE(job.fields.value(QStringLiteral("result_name")).toString(), QStringLiteral("取水许可证"));
    QCOMPARE(job.fields.value(QStringLiteral("valid_until")).toString(), QStringLiteral("长期"));
    QCOMPARE(job.fields.value(QStringLiteral("licensed_content")).toString(), QStringLiteral("年取水量：365万立方米"));
}

void TestLicences::aSealIsUsedAtItsOwnSiteOnly()
{
    const QString caseNumber = approvedCase(QStringLiteral("PZ-20261127-0021"));
    LicenceIssueRequest request{caseNumber, QStringLiteral("LC-BMFW"), kFood, 1, QDate(), {}};
    const auto foreign = m_services->licences().issue(session(QStringLiteral("sealkeeper")), request);
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().code, QStringLiteral("licence.foreign_seal"));
    // The town's own keeper issues under the town seal, in the town seal's own number space.
    const QString townCase = approvedCase(QStringLiteral("LC-20261127-0001"), QStringLiteral("clerk.lc"));
    QVERIFY(!townCase.isEmpty());
    QCOMPARE(issue(townCase, QStringLiteral("sealkeeper.lc"), QStringLiteral("LC-BMFW")).serial,
             QStringLiteral("5101820000101-2026-000001"));
    QCOMPARE(issue(caseNumber).serial, QStringLiteral("5101820000001-2026-000001"));
    // A clerk holds no seal.
    request.sealCode = QStringLiteral("PZ-XZSP");
    QCOMPARE(m_services->licences().issue(session(QStringLiteral("clerk")), request).error().code,
             QStringLiteral("auth.forbidden"));
}

void TestLicences::onlyADecidedApplicationGetsALicence()
{
    auto q =
        m_services->database().query(QStringLiteral("SELECT case_number FROM applications WHERE state = 'accepted' "
                                                    "AND holding_site_id = (SELECT id FROM sites WHERE code = 'PZ')"));
    QVERIFY(q && q->next());
    LicenceIssueRequest request{q->value(0).toString(), QStringLiteral("PZ-XZSP"), kFood, 1, QDate(), {}};
    const auto refused = m_services->licences().issue(session(QStringLiteral("sealkeeper")), request);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().code == u"licence.not_approved" || refused.error().code == u"licence.wrong_template");
    // And one licence per application.
    const QString caseNumber = approvedCase(QStringLiteral("PZ-20261127-0031"));
    QVERIFY(!issue(caseNumber).serial.isEmpty());
    request.caseNumber = caseNumber;
    QCOMPARE(m_services->licences().issue(session(QStringLiteral("sealkeeper")), request).error().code,
             QStringLiteral("licence.exists"));
}

void TestLicences::printedCodeVerifiesAsGenuineAndValid()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0041")));
    const LicencePrintJob job = print(licence.serial, QStringLiteral("SC-0000001"));
    QCOMPARE(job.printNumber, 1);
    QVERIFY(job.code.startsWith(QStringLiteral("OS1:")));
    QCOMPARE(job.fields.value(u"verification_text").toString(), job.code);
    QCOMPARE(job.fields.value(u"premises").toString(), QStringLiteral("彭州市天彭街道南大街18号"));
    QCOMPARE(job.fields.value(u"verify_url").toString(),
             QStringLiteral("https://zwfw.pengzhou.gov.cn/v/") + licence.serial);
    const LicenceVerification v = m_services->licences().verify(job.code);
    QVERIFY2(v.genuine, qPrintable(v.reason));
    QCOMPARE(v.state, LicenceState::Valid);
    QCOMPARE(v.claims.serial, licence.serial);
    QCOMPARE(v.claims.holderIdMasked, QStringLiteral("9135**********0Y43"));
    // The application now counts as issued.
    auto q = m_services->database().query(QStringLiteral("SELECT state FROM applications WHERE case_number = ?"),
                                          {QStringLiteral("PZ-20261127-0041")});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), ApplicationState::Issued);
}

void TestLicences::secondPrintIsAReprint()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0051")));
    QCOMPARE(print(licence.serial).printNumber, 1);
    const auto again = m_services->licences().print(session(QStringLiteral("sealkeeper")),
                                                    {licence.serial, QStringLiteral("HP-C01"), 1, {}}, kPaper);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("licence.printed_before"));
}

void TestLicences::reprintNeedsAReasonAndASecondPerson()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0061")));
    print(licence.serial);
    LicenceService& service = m_services->licences();
    const Session keeper = session(QStringLiteral("sealkeeper"));
    const LicencePrintRequest request{licence.serial, QStringLiteral("HP-C01"), 1, {}};
    const QString lost = QStringLiteral("持证人遗失");
    struct Case
    {
        QString reason;
        SecondPerson second;
        QString code;
    };
    const QList<Case> refusals{
        {QString(), {QStringLiteral("approver"), kPassword}, QStringLiteral("licence.reason_missing")},
        {lost, {}, QStringLiteral("licence.second_person_missing")},
        {lost, {QStringLiteral("sealkeeper"), kPassword}, QStringLiteral("licence.second_person_same")},
        {lost, {QStringLiteral("approver"), QStringLiteral("wrong#2026")}, QStringLiteral("auth.failed")},
        {lost, {QStringLiteral("clerk"), kPassword}, QStringLiteral("licence.second_person_role")},
    };
    for (const Case& c : refusals) {
        const auto refused = service.reprint(keeper, request, c.reason, c.second, kPaper);
        QVERIFY2(!refused.ok(), qPrintable(c.code));
        if (c.code != u"auth.failed")
            QCOMPARE(refused.error().code, c.code);
    }
    // Nothing was printed by the refusals.
    QCOMPARE(service.printState(licence.serial, 1).value(), LicenceState::Valid);
    QCOMPARE(service.printState(licence.serial, 2).value(), LicenceState::Unregistered);
    // Another seal keeper may confirm as well as an approver.
    const auto reprinted = service.reprint(keeper, request, lost, {QStringLiteral("sealkeeper.lc"), kPassword}, kPaper);
    VERIFY_OK(reprinted);
    QCOMPARE(reprinted->printNumber, 2);
}

void TestLicences::reprintSupersedesTheOlderPrint()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0071")));
    const LicencePrintJob first = print(licence.serial);
    const auto second = m_services->licences().reprint(
        session(QStringLiteral("sealkeeper")), {licence.serial, QStringLiteral("HP-C01"), 1, {}},
        QStringLiteral("证书污损"), {QStringLiteral("approver"), kPassword}, kPaper);
    VERIFY_OK(second);
    QVERIFY(first.code != second->code);
    const LicenceVerification old = m_services->licences().verify(first.code);
    QVERIFY(old.genuine);
    QCOMPARE(old.state, LicenceState::Superseded);
    const LicenceVerification current = m_services->licences().verify(second->code);
    QVERIFY(current.genuine);
    QCOMPARE(current.state, LicenceState::Valid);
    // The journal names the second person on the reprint.
    auto q = m_services->database().query(
        QStringLiteral("SELECT p.second_person, u.username, p.reason FROM licence_prints p "
                       "JOIN users u ON u.id = p.second_person WHERE p.print_number = 2"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(1).toString(), QStringLiteral("approver"));
    QCOMPARE(q->value(2).toString(), QStringLiteral("证书污损"));
}

void TestLicences::voidNeedsASecondPersonAndShowsOnEveryPrint()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0081")));
    const LicencePrintJob job = print(licence.serial);
    LicenceService& service = m_services->licences();
    const Session keeper = session(QStringLiteral("sealkeeper"));
    QCOMPARE(service.voidLicence(keeper, licence.serial, QStringLiteral("打印错误"), {}).error().code,
             QStringLiteral("licence.second_person_missing"));
    QCOMPARE(
        service.voidLicence(keeper, licence.serial, QString(), {QStringLiteral("approver"), kPassword}).error().code,
        QStringLiteral("licence.reason_missing"));
    QCOMPARE(service.verify(job.code).state, LicenceState::Valid);
    VERIFY_OK(service.voidLicence(keeper, licence.serial, QStringLiteral("打印错误"),
                                  {QStringLiteral("approver"), kPassword}));
    const LicenceVerification v = service.verify(job.code);
    QVERIFY(v.genuine);
    QCOMPARE(v.state, LicenceState::Void);
    QCOMPARE(service.print(keeper, {licence.serial, QStringLiteral("HP-C01"), 1, {}}, kPaper).error().code,
             QStringLiteral("licence.not_printable"));
}

void TestLicences::revokedAndExpiredLicencesSaySo()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0091")));
    const LicencePrintJob job = print(licence.serial);
    m_clock->set(QDateTime(QDate(2031, 11, 28), QTime(1, 0), Qt::UTC));
    QCOMPARE(m_services->licences().verify(job.code).state, LicenceState::Expired);
    m_clock->set(kNow);
    QCOMPARE(m_services->licences()
                 .revoke(session(QStringLiteral("sealkeeper")), licence.serial, QStringLiteral("x"))
                 .error()
                 .code,
             QStringLiteral("auth.forbidden"));
    VERIFY_OK(m_services->licences().revoke(session(QStringLiteral("approver")), licence.serial,
                                            QStringLiteral("彭审批撤〔2026〕3号")));
    const LicenceVerification v = m_services->licences().verify(job.code);
    QVERIFY(v.genuine);
    QCOMPARE(v.state, LicenceState::Revoked);
}

void TestLicences::failedPrintIsRecordedAndMayBeRepeated()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0101")));
    const auto jammed = m_services->licences().print(
        session(QStringLiteral("sealkeeper")),
        {licence.serial, QStringLiteral("HP-C01"), 1, QStringLiteral("SC-0000009")}, [](const LicencePrintJob&) {
            return Status(makeError(QStringLiteral("print.jam"), QStringLiteral("paper jam")));
        });
    QVERIFY(!jammed.ok());
    QCOMPARE(jammed.error().code, QStringLiteral("print.jam"));
    QCOMPARE(m_services->licences().printState(licence.serial, 1).value(), LicenceState::Void);
    // The failed job is on record, with its sheet; the next print needs no second person.
    auto q = m_services->database().query(QStringLiteral("SELECT succeeded, stock_number FROM licence_prints"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 0);
    QCOMPARE(q->value(1).toString(), QStringLiteral("SC-0000009"));
    const LicencePrintJob job = print(licence.serial, QStringLiteral("SC-0000010"));
    QCOMPARE(job.printNumber, 2);
    QCOMPARE(m_services->licences().verify(job.code).state, LicenceState::Valid);
}

void TestLicences::spoiledSheetsAreRecordedByStockNumber()
{
    const Session keeper = session(QStringLiteral("sealkeeper"));
    LicenceService& service = m_services->licences();
    VERIFY_OK(service.recordSpoiledSheet(keeper, QStringLiteral("SC-0000100"), QStringLiteral("卡纸")));
    QCOMPARE(service.recordSpoiledSheet(keeper, QStringLiteral("SC-0000100"), QStringLiteral("卡纸")).error().code,
             QStringLiteral("licence.stock_spoiled"));
    QCOMPARE(service.recordSpoiledSheet(keeper, QStringLiteral("SC-0000101"), QString()).error().code,
             QStringLiteral("licence.reason_missing"));
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0111")));
    const auto onSpoiled =
        service.print(keeper, {licence.serial, QStringLiteral("HP-C01"), 1, QStringLiteral("SC-0000100")}, kPaper);
    QCOMPARE(onSpoiled.error().code, QStringLiteral("licence.stock_used"));
    print(licence.serial, QStringLiteral("SC-0000102"));
    const auto reused =
        service.reprint(keeper, {licence.serial, QStringLiteral("HP-C01"), 1, QStringLiteral("SC-0000102")},
                        QStringLiteral("遗失"), {QStringLiteral("approver"), kPassword}, kPaper);
    QCOMPARE(reused.error().code, QStringLiteral("licence.stock_used"));
    const auto jammed =
        service.reprint(keeper, {licence.serial, QStringLiteral("HP-C01"), 1, QStringLiteral("SC-0000103")},
                        QStringLiteral("遗失"), {QStringLiteral("approver"), kPassword},
                        [](const LicencePrintJob&) { return Status(makeError(QStringLiteral("jam"), QString())); });
    QVERIFY(!jammed.ok());
    // The site's sheets reconcile: every stock number once, with what became of it.
    const auto sheets = service.sheets(keeper);
    VERIFY_OK(sheets);
    QStringList lines;
    for (const SheetUse& sheet : *sheets)
        lines.append(sheet.stockNumber + u' ' + sheet.use + u' ' + sheet.serial);
    QCOMPARE(lines,
             QStringList({QStringLiteral("SC-0000100 spoiled "), QStringLiteral("SC-0000102 printed ") + licence.serial,
                          QStringLiteral("SC-0000103 failed ") + licence.serial}));
    QCOMPARE(service.sheets(keeper, QStringLiteral("NO-SUCH")).error().code, QStringLiteral("licence.unknown_window"));
    QCOMPARE(service.sheets(session(QStringLiteral("clerk"))).error().code, QStringLiteral("auth.forbidden"));
}

void TestLicences::changedCodeOrOtherSealsKeyIsForged()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0121")));
    const LicencePrintJob job = print(licence.serial);
    LicenceService& service = m_services->licences();
    // One changed byte anywhere.
    QByteArray bytes = Base45::decode(job.code.mid(4)).value();
    for (qsizetype i = 0; i < bytes.size(); i += 7) {
        QByteArray changed = bytes;
        changed[i] = char(changed.at(i) + 1);
        QString text = QStringLiteral("OS1:");
        text.append(Base45::encode(changed));
        const LicenceVerification v = service.verify(text);
        QVERIFY2(!v.genuine, qPrintable(QStringLiteral("byte %1").arg(i)));
    }
    // The same claims signed with the town seal's key: the signature is real, the seal is not the issuer's.
    const auto opened = LicenceToken::open(job.code);
    const LicenceClaims claims = LicenceToken::decodeClaims(opened->payload).value();
    auto q = m_services->database().query(QStringLiteral("SELECT key_id FROM seals WHERE code = 'LC-BMFW'"));
    QVERIFY(q && q->next());
    const QByteArray townKid = QByteArray::fromHex(q->value(0).toString().toLatin1());
    const QString townSigned = m_services->sealKeys().signLicence(QStringLiteral("LC-BMFW"), townKid, claims).value();
    const LicenceVerification v = service.verify(townSigned);
    QVERIFY(!v.genuine);
    QVERIFY(!v.reason.isEmpty());
    // A key no seal has.
    const auto [pk, sk] = Cose::generateKeyPair();
    QVERIFY(!service.verify(LicenceToken::issue(claims, Cose::keyIdOf(pk), sk).value()).genuine);
    // The genuine code is still genuine.
    QVERIFY(service.verify(job.code).genuine);
}

void TestLicences::newSealKeyKeepsOldLicencesGenuine()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0141")));
    const LicencePrintJob before = print(licence.serial);
    const auto newKey =
        m_services->licences().generateSealKey(session(QStringLiteral("secadmin")), QStringLiteral("PZ-XZSP"));
    VERIFY_OK(newKey);
    QCOMPARE(m_services->licences()
                 .generateSealKey(session(QStringLiteral("sealkeeper")), QStringLiteral("PZ-XZSP"))
                 .error()
                 .code,
             QStringLiteral("auth.forbidden"));
    const auto after = m_services->licences().reprint(
        session(QStringLiteral("sealkeeper")), {licence.serial, QStringLiteral("HP-C01"), 1, {}},
        QStringLiteral("遗失"), {QStringLiteral("approver"), kPassword}, kPaper);
    VERIFY_OK(after);
    // The reprint is signed with the new key; the old sheet still verifies against the key it was signed with.
    QCOMPARE(QString::fromLatin1(LicenceToken::open(after->code)->keyId.toHex()), *newKey);
    QVERIFY(LicenceToken::open(before.code)->keyId.toHex() != newKey->toLatin1());
    const LicenceVerification old = m_services->licences().verify(before.code);
    QVERIFY2(old.genuine, qPrintable(old.reason));
    QCOMPARE(old.state, LicenceState::Superseded);
    QCOMPARE(m_services->licences().verify(after->code).state, LicenceState::Valid);
}

void TestLicences::replayRebuildsTheRegister()
{
    const LicenceRecord licence = issue(approvedCase(QStringLiteral("PZ-20261127-0131")));
    print(licence.serial, QStringLiteral("SC-0000200"));
    VERIFY_OK(
        m_services->licences().reprint(session(QStringLiteral("sealkeeper")),
                                       {licence.serial, QStringLiteral("HP-C01"), 2, QStringLiteral("SC-0000201")},
                                       QStringLiteral("遗失"), {QStringLiteral("approver"), kPassword}, kPaper));
    VERIFY_OK(m_services->licences().recordSpoiledSheet(
        session(QStringLiteral("sealkeeper")), QStringLiteral("SC-0000202"), QStringLiteral("卡纸"), licence.serial));
    const QString target = m_dir->filePath(QStringLiteral("replayed.oneseal"));
    VERIFY_OK(Setup::replayJournal(*m_services, target));
    auto rebuilt = Services::open(target, OpenMode::ReadOnly, m_clock);
    QVERIFY(rebuilt.ok());
    QCOMPARE(Setup::tablesDigest(**rebuilt).value(), Setup::tablesDigest(*m_services).value());
    for (const QString& table : {QStringLiteral("licences"), QStringLiteral("licence_prints"),
                                 QStringLiteral("spoiled_sheets"), QStringLiteral("seal_keys")}) {
        auto q = (*rebuilt)->database().query(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QVERIFY(q && q->next());
        QVERIFY2(q->value(0).toInt() > 0, qPrintable(table));
    }
    QVERIFY(Journal::verify((*rebuilt)->database()).ok);
}

QTEST_GUILESS_MAIN(TestLicences)
#include "tst_licences.moc"
