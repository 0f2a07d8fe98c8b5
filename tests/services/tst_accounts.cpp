#include "db/journal.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "services/setup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

// A Monday morning at the central hall (09:30 China Standard Time).
const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);
const QString kDemoPassword = QStringLiteral("Demo#2026");
// The first item of the shipped catalogue: 企业设立登记, decided at county level.
const QString kCountyItem = QStringLiteral("11510182MB1D4D6X2F4000100101001");

QString message(const Status& status)
{
    return status.ok() ? QString() : status.error().message;
}

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

ApplicationRecord someApplication()
{
    ApplicationRecord a;
    a.caseNumber = QStringLiteral("PZ-20260316-0901");
    a.itemCode = kCountyItem;
    a.applicantKind = QStringLiteral("person");
    a.applicantIdentifier = QStringLiteral("11010519491231002X");
    a.applicantName = QStringLiteral("赵𠮷");
    a.state = ApplicationState::Accepted;
    a.receivedOn = QDate(2026, 3, 16);
    a.acceptedOn = QDate(2026, 3, 16);
    a.dueDate = QDate(2026, 3, 30);
    return a;
}

} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInWithTheRightPassword();
    void wrongPasswordsCountUpAndTheFifthLocks();
    void lockedAccountRefusesTheRightPasswordForFifteenMinutes();
    void unknownUserAndWrongPasswordLookTheSame();
    void disabledAccountCannotSignIn();

    void clerkRecordsAnApplication();
    void adminRolesCannotRecordApplications_data();
    void adminRolesCannotRecordApplications();
    void adminRolesCannotListApplications_data();
    void adminRolesCannotListApplications();
    void businessRolesHoldNoAdminRight_data();
    void businessRolesHoldNoAdminRight();
    void eachAdminRoleHoldsOnlyItsOwnRights();
    void securityAdminCannotChangeOwnRoles();
    void adminAndBusinessRolesDoNotMix();

    void passwordPolicy_data();
    void passwordPolicy();
    void weakPasswordIsNeverStored();
    void initialAdminMustChangePassword();
    void resetPasswordUnlocksAndForcesAChange();

private:
    Session signIn(const QString& username, const QString& password = kDemoPassword);
    qint64 events();
    QString lastEventType();
    QString userId(const QString& username);
    QByteArray changedCatalogue();

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Services> m_services;
};

void TestAccounts::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(PasswordHasher::initialise());
    // The demo is made once (it hashes a password per account); every test works on its own copy.
    m_template = m_templateDir.filePath(QStringLiteral("demo.oneseal"));
    auto services = Services::open(m_template, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    QVERIFY2(services.ok(), qPrintable(message(services)));
    const Status demo = Setup::createDemo(**services);
    QVERIFY2(demo.ok(), qPrintable(message(demo)));
}

void TestAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("accounts.oneseal"));
    QVERIFY(QFile::copy(m_template, path));
    m_clock = std::make_shared<FixedClock>(kNow);
    auto services = Services::open(path, OpenMode::ReadWrite, m_clock);
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
}

void TestAccounts::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

Session TestAccounts::signIn(const QString& username, const QString& password)
{
    auto session = m_services->accounts().signIn(username, password);
    if (!session) {
        qWarning("%s could not sign in: %s", qPrintable(username), qPrintable(session.error().message));
        return {};
    }
    return *session;
}

qint64 TestAccounts::events()
{
    return Journal::count(m_services->database()).value();
}

QString TestAccounts::lastEventType()
{
    auto q = m_services->database().query(QStringLiteral("SELECT type FROM journal ORDER BY seq DESC LIMIT 1"));
    return q && q->next() ? q->value(0).toString() : QString();
}

QString TestAccounts::userId(const QString& username)
{
    auto q = m_services->database().query(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    return q && q->next() ? q->value(0).toString() : QString();
}

/// The catalogue as exported, with one item renamed: importing it is a real change.
QByteArray TestAccounts::changedCatalogue()
{
    QJsonObject root =
        QJsonDocument::fromJson(m_services->catalogue().exportData(CatalogueService::Format::Json).value()).object();
    QJsonArray items = root.value(u"items").toArray();
    QJsonObject first = items.first().toObject();
    first.insert(QStringLiteral("name"), QString(first.value(u"name").toString() + QStringLiteral("（试行）")));
    items.replace(0, first);
    root.insert(QStringLiteral("items"), items);
    return QJsonDocument(root).toJson();
}

void TestAccounts::signInWithTheRightPassword()
{
    const qint64 before = events();
    auto session = m_services->accounts().signIn(QStringLiteral("clerk"), kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(message(session)));
    QCOMPARE(session->username, QStringLiteral("clerk"));
    QCOMPARE(session->roles, QList<Role>{Role::Clerk});
    QVERIFY(!session->siteId.isEmpty());
    QVERIFY(!session->windowId.isEmpty());
    QVERIFY(!session->mustChangePassword);
    QCOMPARE(events(), before + 1);
    QCOMPARE(lastEventType(), QStringLiteral("user.signed_in"));
    const auto account = m_services->accounts().user(session->userId);
    QVERIFY(account.ok());
    QCOMPARE(account->lastSignIn, kNow);
    QCOMPARE(account->failedAttempts, 0);
    // Leading and trailing blanks from a scanner or a careless paste do not matter.
    QVERIFY(m_services->accounts().signIn(QStringLiteral(" clerk "), kDemoPassword).ok());
}

void TestAccounts::wrongPasswordsCountUpAndTheFifthLocks()
{
    const QString id = userId(QStringLiteral("reviewer"));
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const qint64 before = events();
        auto failed = m_services->accounts().signIn(QStringLiteral("reviewer"), QStringLiteral("Demo#2025"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("auth.wrong_credentials"));
        QCOMPARE(failed.error().field, QStringLiteral("password"));
        QVERIFY2(failed.error().message.contains(QStringLiteral("5 wrong passwords")),
                 qPrintable(failed.error().message));
        QCOMPARE(events(), before + 1);
        QCOMPARE(lastEventType(), QStringLiteral("user.signin_failed"));
        QCOMPARE(m_services->accounts().user(id)->failedAttempts, attempt);
    }
    const qint64 before = events();
    auto locked = m_services->accounts().signIn(QStringLiteral("reviewer"), QStringLiteral("demo#2026"));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, QStringLiteral("auth.locked"));
    QVERIFY2(locked.error().message.contains(QStringLiteral("15 minutes")), qPrintable(locked.error().message));
    QCOMPARE(events(), before + 1);
    QCOMPARE(m_services->accounts().user(id)->lockedUntil, kNow.addSecs(15 * 60));
}

void TestAccounts::lockedAccountRefusesTheRightPasswordForFifteenMinutes()
{
    for (int attempt = 1; attempt <= 5; ++attempt)
        QVERIFY(!m_services->accounts().signIn(QStringLiteral("approver"), QStringLiteral("Wrong#123")).ok());
    const qint64 locked = events();

    auto refused = m_services->accounts().signIn(QStringLiteral("approver"), kDemoPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("auth.locked"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("15 minute")), qPrintable(refused.error().message));
    // While locked, more guesses neither count nor extend the lock nor fill the journal.
    QVERIFY(!m_services->accounts().signIn(QStringLiteral("approver"), QStringLiteral("Wrong#123")).ok());
    QCOMPARE(events(), locked);

    m_clock->advanceSeconds(14 * 60);
    refused = m_services->accounts().signIn(QStringLiteral("approver"), kDemoPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("auth.locked"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("1 minute")), qPrintable(refused.error().message));
    QCOMPARE(events(), locked);

    m_clock->advanceSeconds(60);
    auto session = m_services->accounts().signIn(QStringLiteral("approver"), kDemoPassword);
    QVERIFY2(session.ok(), qPrintable(message(session)));
    QCOMPARE(events(), locked + 1);
    const auto account = m_services->accounts().user(session->userId);
    QCOMPARE(account->failedAttempts, 0);
    QVERIFY(!account->lockedUntil.isValid());

    // The count starts again from one.
    auto failed = m_services->accounts().signIn(QStringLiteral("approver"), QStringLiteral("Wrong#123"));
    QCOMPARE(failed.error().code, QStringLiteral("auth.wrong_credentials"));
    QCOMPARE(m_services->accounts().user(session->userId)->failedAttempts, 1);
}

void TestAccounts::unknownUserAndWrongPasswordLookTheSame()
{
    // Whoever tries names at a counter PC must not learn which of them are accounts.
    const qint64 before = events();
    auto unknown = m_services->accounts().signIn(QStringLiteral("nosuchuser"), QStringLiteral("Demo#2025"));
    QVERIFY(!unknown.ok());
    QCOMPARE(events(), before);
    auto wrong = m_services->accounts().signIn(QStringLiteral("sealkeeper"), QStringLiteral("Demo#2025"));
    QVERIFY(!wrong.ok());
    QCOMPARE(unknown.error().code, wrong.error().code);
    QCOMPARE(unknown.error().field, wrong.error().field);
    QCOMPARE(unknown.error().message, wrong.error().message);
}

void TestAccounts::disabledAccountCannotSignIn()
{
    const Session admin = signIn(QStringLiteral("sysadmin"));
    const QString id = userId(QStringLiteral("enforcer"));
    const auto account = m_services->accounts().user(id);
    QVERIFY(account.ok());
    UserProfile profile{account->username,
                        account->displayName,
                        account->siteId,
                        account->sectionId,
                        account->departmentId,
                        account->windowId,
                        false};
    QVERIFY2(m_services->accounts().updateUser(admin, id, profile).ok(), "disabling an account");
    const qint64 before = events();
    auto refused = m_services->accounts().signIn(QStringLiteral("enforcer"), kDemoPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("auth.wrong_credentials"));
    QCOMPARE(events(), before);
}

void TestAccounts::clerkRecordsAnApplication()
{
    const Session clerk = signIn(QStringLiteral("clerk"));
    const qint64 before = events();
    const auto id = m_services->applications().record(clerk, someApplication());
    QVERIFY2(id.ok(), qPrintable(message(id)));
    // The applicant and the application: two events, one transaction.
    QCOMPARE(events(), before + 2);
    QCOMPARE(lastEventType(), QStringLiteral("application.recorded"));
}

void TestAccounts::adminRolesCannotRecordApplications_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("system administrator") << QStringLiteral("sysadmin");
    QTest::newRow("security administrator") << QStringLiteral("secadmin");
    QTest::newRow("audit administrator") << QStringLiteral("auditor");
}

void TestAccounts::adminRolesCannotRecordApplications()
{
    QFETCH(QString, username);
    const Session admin = signIn(username);
    QVERIFY(!admin.userId.isEmpty());
    const qint64 before = events();
    const auto refused = m_services->applications().record(admin, someApplication());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("take in applications")), qPrintable(message(refused)));
    QCOMPARE(events(), before);
    // Nor through a session made up with a site, as a tampered client might send.
    Session withSite = admin;
    withSite.siteId = signIn(QStringLiteral("clerk")).siteId;
    const qint64 afterClerk = events();
    QVERIFY(!m_services->applications().record(withSite, someApplication()).ok());
    QCOMPARE(events(), afterClerk);
}

void TestAccounts::adminRolesCannotListApplications_data()
{
    adminRolesCannotRecordApplications_data();
}

void TestAccounts::adminRolesCannotListApplications()
{
    // Applicants' names and the cases of every site are business data: 三员分立 keeps them from the admins.
    QFETCH(QString, username);
    const Session admin = signIn(username);
    QVERIFY(!admin.userId.isEmpty());
    const auto listed = m_services->applications().list(admin);
    QVERIFY2(
        !listed.ok(),
        qPrintable(QStringLiteral("%1 listed %2 applications").arg(username).arg(listed.ok() ? listed->size() : 0)));
    QCOMPARE(listed.error().code, QStringLiteral("auth.forbidden"));
    QVERIFY(!m_services->applications().countByState(admin).ok());
}

void TestAccounts::businessRolesHoldNoAdminRight_data()
{
    QTest::addColumn<QString>("username");
    QTest::newRow("clerk") << QStringLiteral("clerk");
    QTest::newRow("reviewer") << QStringLiteral("reviewer");
    QTest::newRow("approver") << QStringLiteral("approver");
    QTest::newRow("seal keeper") << QStringLiteral("sealkeeper");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
    QTest::newRow("enforcement officer") << QStringLiteral("enforcer");
}

void TestAccounts::businessRolesHoldNoAdminRight()
{
    QFETCH(QString, username);
    const Session user = signIn(username);
    QVERIFY(!user.userId.isEmpty());
    const QString other = userId(QStringLiteral("clerk.general"));
    const QByteArray catalogue = changedCatalogue();
    const qint64 before = events();

    UserProfile profile;
    profile.username = QStringLiteral("newclerk");
    profile.displayName = QStringLiteral("新窗口");
    auto created = m_services->accounts().createUser(user, profile, QStringLiteral("Start#2026"));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("auth.forbidden"));
    Status status = m_services->accounts().setRoles(user, other, {Role::Approver});
    QCOMPARE(status.ok() ? QString() : status.error().code, QStringLiteral("auth.forbidden"));
    status = m_services->accounts().resetPassword(user, other, QStringLiteral("Reset#2026"));
    QCOMPARE(status.ok() ? QString() : status.error().code, QStringLiteral("auth.forbidden"));
    status = m_services->accounts().unlock(user, other);
    QCOMPARE(status.ok() ? QString() : status.error().code, QStringLiteral("auth.forbidden"));
    QVERIFY(!m_services->accounts().listUsers(user).ok());

    const CatalogueImportReport report =
        m_services->catalogue().importData(user, catalogue, CatalogueService::Format::Json);
    QVERIFY(!report.ok());
    QCOMPARE(report.created + report.updated, 0);
    status = m_services->calendar().importYear(user, CalendarService::shippedYears().first());
    QCOMPARE(status.ok() ? QString() : status.error().code, QStringLiteral("auth.forbidden"));
    status = m_services->settings().setIdleLockMinutes(user, 240);
    QCOMPARE(status.ok() ? QString() : status.error().code, QStringLiteral("auth.forbidden"));
    const auto section = m_services->referenceData().save(
        user, QStringLiteral("section"), QString(),
        {{QStringLiteral("code"), QStringLiteral("XZ")}, {QStringLiteral("name"), QStringLiteral("新科室")}});
    QVERIFY(!section.ok());
    QCOMPARE(section.error().code, QStringLiteral("auth.forbidden"));

    QVERIFY(!m_services->audit().events(user).ok());
    QVERIFY(!m_services->audit().verify(user).ok());
    QCOMPARE(events(), before);
}

void TestAccounts::eachAdminRoleHoldsOnlyItsOwnRights()
{
    const Session sysadmin = signIn(QStringLiteral("sysadmin"));
    const Session secadmin = signIn(QStringLiteral("secadmin"));
    const Session auditor = signIn(QStringLiteral("auditor"));
    const QByteArray catalogue = changedCatalogue();
    UserProfile profile;
    profile.username = QStringLiteral("clerk.zh");
    profile.displayName = QStringLiteral("钱多多");
    qint64 before = events();

    // The security and audit administrators cannot make accounts or change the configuration.
    for (const Session& s : {secadmin, auditor}) {
        QVERIFY(!m_services->accounts().createUser(s, profile, QStringLiteral("Start#2026")).ok());
        QVERIFY(!m_services->catalogue().importData(s, catalogue, CatalogueService::Format::Json).ok());
        QVERIFY(!m_services->settings().setIdleLockMinutes(s, 5).ok());
    }
    // The system and audit administrators cannot grant roles.
    const QString clerkId = userId(QStringLiteral("clerk.general"));
    for (const Session& s : {sysadmin, auditor})
        QVERIFY(!m_services->accounts().setRoles(s, clerkId, {Role::Approver}).ok());
    // Only the audit administrator reads the audit log.
    for (const Session& s : {sysadmin, secadmin}) {
        QVERIFY(!m_services->audit().events(s).ok());
        QVERIFY(!m_services->audit().verify(s).ok());
    }
    QCOMPARE(events(), before);

    const auto created = m_services->accounts().createUser(sysadmin, profile, QStringLiteral("Start#2026"));
    QVERIFY2(created.ok(), qPrintable(message(created)));
    QCOMPARE(events(), before + 1);
    const Status roles = m_services->accounts().setRoles(secadmin, *created, {Role::Clerk});
    QVERIFY2(roles.ok(), qPrintable(message(roles)));
    QCOMPARE(events(), before + 2);
    QCOMPARE(m_services->accounts().user(*created)->roles, QList<Role>{Role::Clerk});
    const CatalogueImportReport report =
        m_services->catalogue().importData(sysadmin, catalogue, CatalogueService::Format::Json);
    QVERIFY(report.ok());
    QCOMPARE(report.updated, 1);
    QCOMPARE(events(), before + 3);

    const auto verified = m_services->audit().verify(auditor);
    QVERIFY2(verified.ok(), qPrintable(message(verified)));
    QVERIFY(verified->ok);
    QCOMPARE(verified->eventCount, events());
    QCOMPARE(m_services->audit().events(auditor)->size(), events());
    // Reading the audit log is not itself a change.
    QCOMPARE(events(), before + 3);
}

void TestAccounts::securityAdminCannotChangeOwnRoles()
{
    const Session secadmin = signIn(QStringLiteral("secadmin"));
    const qint64 before = events();
    for (const QList<Role>& roles : {QList<Role>{Role::AuditAdmin}, QList<Role>{}, QList<Role>{Role::SecurityAdmin}}) {
        const Status refused = m_services->accounts().setRoles(secadmin, secadmin.userId, roles);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("auth.self_roles"));
    }
    QCOMPARE(events(), before);
    QCOMPARE(m_services->accounts().user(secadmin.userId)->roles, QList<Role>{Role::SecurityAdmin});
}

void TestAccounts::adminAndBusinessRolesDoNotMix()
{
    const Session secadmin = signIn(QStringLiteral("secadmin"));
    const QString clerkId = userId(QStringLiteral("clerk.general"));
    const qint64 before = events();
    const QList<QList<Role>> refusedSets{{Role::Clerk, Role::SystemAdmin},
                                         {Role::AuditAdmin, Role::Approver},
                                         {Role::SystemAdmin, Role::AuditAdmin},
                                         {Role::SecurityAdmin, Role::SystemAdmin}};
    for (const QList<Role>& roles : refusedSets) {
        const Status refused = m_services->accounts().setRoles(secadmin, clerkId, roles);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("auth.mixed_roles"));
    }
    QCOMPARE(events(), before);
    QCOMPARE(m_services->accounts().user(clerkId)->roles, QList<Role>{Role::Clerk});

    // Several business roles are allowed: a small town centre has one person at the counter and the print desk.
    const Status both = m_services->accounts().setRoles(secadmin, clerkId, {Role::Clerk, Role::SealKeeper});
    QVERIFY2(both.ok(), qPrintable(message(both)));
    QCOMPARE(events(), before + 1);
    QCOMPARE(lastEventType(), QStringLiteral("user.roles_set"));
}

void TestAccounts::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("eight, four kinds") << QStringLiteral("Abc#1234") << true;
    QTest::newRow("lower, upper, digit") << QStringLiteral("Abcdefg1") << true;
    QTest::newRow("lower, digit, other") << QStringLiteral("abc#defg1") << true;
    QTest::newRow("Chinese counts as other") << QStringLiteral("彭州abc123") << true;
    QTest::newRow("seven characters") << QStringLiteral("Abc#123") << false;
    QTest::newRow("lower and digits only") << QStringLiteral("abcdefgh1234") << false;
    QTest::newRow("upper and lower only") << QStringLiteral("AbcdefghIJKL") << false;
    QTest::newRow("digits only") << QStringLiteral("1234567890") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccounts::passwordPolicy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const Status status = AccountService::checkPasswordPolicy(password);
    QCOMPARE(status.ok(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code, QStringLiteral("auth.weak_password"));
        QVERIFY(status.error().message.contains(QStringLiteral("8 characters")));
    }
}

void TestAccounts::weakPasswordIsNeverStored()
{
    const Session sysadmin = signIn(QStringLiteral("sysadmin"));
    const qint64 before = events();
    UserProfile profile;
    profile.username = QStringLiteral("weakling");
    profile.displayName = QStringLiteral("弱口令");
    const auto created = m_services->accounts().createUser(sysadmin, profile, QStringLiteral("password"));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("auth.weak_password"));
    QCOMPARE(created.error().field, QStringLiteral("password"));
    const Status reset =
        m_services->accounts().resetPassword(sysadmin, userId(QStringLiteral("clerk")), QStringLiteral("12345678"));
    QVERIFY(!reset.ok());
    QCOMPARE(events(), before);
    QVERIFY(userId(QStringLiteral("weakling")).isEmpty());
}

void TestAccounts::initialAdminMustChangePassword()
{
    QTemporaryDir dir;
    auto opened = Services::open(dir.filePath(QStringLiteral("prod.oneseal")), OpenMode::ReadWrite, m_clock);
    QVERIFY(opened.ok());
    Services& services = **opened;
    QVERIFY(Setup::initProduction(services, QStringLiteral("admin"), QStringLiteral("First#2026")).ok());
    const qint64 start = Journal::count(services.database()).value();

    auto session = services.accounts().signIn(QStringLiteral("admin"), QStringLiteral("First#2026"));
    QVERIFY2(session.ok(), qPrintable(message(session)));
    QVERIFY(session->mustChangePassword);
    QCOMPARE(session->roles, QList<Role>{Role::SystemAdmin});
    QCOMPARE(Journal::count(services.database()).value(), start + 1);

    Session& admin = *session;
    Status refused =
        services.accounts().changePassword(admin, QStringLiteral("Wrong#2026"), QStringLiteral("Next#2026a"));
    QCOMPARE(refused.ok() ? QString() : refused.error().code, QStringLiteral("auth.wrong_password"));
    refused = services.accounts().changePassword(admin, QStringLiteral("First#2026"), QStringLiteral("short"));
    QCOMPARE(refused.ok() ? QString() : refused.error().code, QStringLiteral("auth.weak_password"));
    refused = services.accounts().changePassword(admin, QStringLiteral("First#2026"), QStringLiteral("First#2026"));
    QCOMPARE(refused.ok() ? QString() : refused.error().code, QStringLiteral("auth.same_password"));
    QVERIFY(admin.mustChangePassword);
    QCOMPARE(Journal::count(services.database()).value(), start + 1);

    const Status changed =
        services.accounts().changePassword(admin, QStringLiteral("First#2026"), QStringLiteral("Next#2026a"));
    QVERIFY2(changed.ok(), qPrintable(message(changed)));
    QVERIFY(!admin.mustChangePassword);
    QCOMPARE(Journal::count(services.database()).value(), start + 2);

    QVERIFY(!services.accounts().signIn(QStringLiteral("admin"), QStringLiteral("First#2026")).ok());
    auto again = services.accounts().signIn(QStringLiteral("admin"), QStringLiteral("Next#2026a"));
    QVERIFY2(again.ok(), qPrintable(message(again)));
    QVERIFY(!again->mustChangePassword);
}

void TestAccounts::resetPasswordUnlocksAndForcesAChange()
{
    for (int attempt = 1; attempt <= 5; ++attempt)
        QVERIFY(!m_services->accounts().signIn(QStringLiteral("supervisor"), QStringLiteral("Wrong#123")).ok());
    QCOMPARE(m_services->accounts().signIn(QStringLiteral("supervisor"), kDemoPassword).error().code,
             QStringLiteral("auth.locked"));

    const Session sysadmin = signIn(QStringLiteral("sysadmin"));
    const qint64 before = events();
    QVERIFY(m_services->accounts()
                .resetPassword(sysadmin, userId(QStringLiteral("supervisor")), QStringLiteral("Reset#2026"))
                .ok());
    QCOMPARE(events(), before + 1);
    auto session = m_services->accounts().signIn(QStringLiteral("supervisor"), QStringLiteral("Reset#2026"));
    QVERIFY2(session.ok(), qPrintable(message(session)));
    QVERIFY(session->mustChangePassword);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
