#include "db/journal.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "services/setup.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace OneSeal;

namespace {

const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);

QStringList column(Services& services, const QString& sql, const QVariantList& binds = {})
{
    QStringList values;
    auto q = services.database().query(sql, binds);
    while (q && q->next())
        values.append(q->value(0).toString());
    return values;
}

int number(Services& services, const QString& sql)
{
    const QStringList values = column(services, sql);
    return values.isEmpty() ? -1 : values.first().toInt();
}

QSet<QString> distinct(Services& services, const QString& sql)
{
    const QStringList values = column(services, sql);
    return QSet<QString>(values.begin(), values.end());
}

} // namespace

class TestSetup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void demoHasAnAccountForEveryRole();
    void demoOrganisation();
    void demoCalendarCoversTheShippedYears();
    void demoCatalogue();
    void demoApplications();
    void demoJournalVerifiesAndRebuildsNothingElse();
    void demoAccountsSignIn_data();
    void demoAccountsSignIn();
    void demoHallManagerWatchesEverySection();
    void demoRefusesAFileWithData();

    void initProductionMakesOneAdminAndNoBusinessData();
    void initProductionRefusesASecondRun();
    void initProductionWithAWeakPasswordWritesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_demo;
};

void TestSetup::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    QVERIFY(PasswordHasher::initialise());
    auto services = Services::open(m_dir.filePath(QStringLiteral("demo.oneseal")), OpenMode::ReadWrite,
                                   std::make_shared<FixedClock>(kNow));
    QVERIFY(services.ok());
    m_demo = std::move(services).value();
    const Status demo = Setup::createDemo(*m_demo);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
}

void TestSetup::demoHasAnAccountForEveryRole()
{
    const QSet<QString> roles = distinct(*m_demo, QStringLiteral("SELECT role FROM user_roles"));
    QCOMPARE(Roles::all().size(), 10);
    for (Role role : Roles::all())
        QVERIFY2(roles.contains(Roles::key(role)), qPrintable(Roles::key(role)));
    // Every account shipped in the demo list exists, with the role the list gives it.
    QVERIFY(Setup::demoAccounts().size() >= 10);
    for (const Setup::DemoAccount& account : Setup::demoAccounts()) {
        const QStringList held =
            column(*m_demo,
                   QStringLiteral("SELECT r.role FROM users u JOIN user_roles r ON r.user_id = u.id "
                                  "WHERE u.username = ?"),
                   {account.username});
        QCOMPARE(held, QStringList{account.role});
    }
    // 三员分立 holds in the demo too: no account mixes an admin role with anything else.
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM (SELECT user_id FROM user_roles GROUP BY user_id "
                                            "HAVING count(*) > 1)")),
             0);
}

void TestSetup::demoOrganisation()
{
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM sites")), 4);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM sites WHERE kind = 'central'")), 1);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM sites WHERE kind = 'town'")), 3);
    QCOMPARE(distinct(*m_demo, QStringLiteral("SELECT kind FROM windows")),
             (QSet<QString>{QStringLiteral("commerce"), QStringLiteral("planning"), QStringLiteral("general")}));
    // Every site has at least one window to take applications at.
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM sites s WHERE NOT EXISTS "
                                            "(SELECT 1 FROM windows w WHERE w.site_id = s.id)")),
             0);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM sections")), 5);
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(*) FROM departments")) >= 10);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM seals")), 4);
    // One approval seal for the bureau, one service seal per town centre.
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM seals WHERE kind = 'approval'")), 1);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(DISTINCT s.owner_site_id) FROM seals s JOIN sites t "
                                            "ON t.id = s.owner_site_id WHERE s.kind = 'service' AND t.kind = 'town'")),
             3);
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(*) FROM dishonesty_entries")) >= 1);
}

void TestSetup::demoCalendarCoversTheShippedYears()
{
    QCOMPARE(column(*m_demo, QStringLiteral("SELECT year FROM calendar_years ORDER BY year")),
             (QStringList{QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")}));
    const auto calendar = m_demo->calendar().calendar();
    QVERIFY(calendar.ok());
    // The worked example of DOMAIN.md on the calendar stored in the file.
    QCOMPARE(calendar->addWorkingDays(QDate(2026, 2, 13), 3).value(), QDate(2026, 2, 25));
}

void TestSetup::demoCatalogue()
{
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(*) FROM items")) >= 30);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(DISTINCT section_id) FROM items")), 5);
    QCOMPARE(distinct(*m_demo, QStringLiteral("SELECT window_kind FROM items")),
             (QSet<QString>{QStringLiteral("commerce"), QStringLiteral("planning"), QStringLiteral("general")}));
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(DISTINCT department_id) FROM items")) >= 10);
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(*) FROM items WHERE level = 'town'")) >= 1);
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(*) FROM items WHERE level = 'county'")) >= 1);
    // Every item reads back through the service as a valid catalogue item.
    const auto items = m_demo->catalogue().items();
    QVERIFY(items.ok());
    for (const StoredItem& stored : *items)
        QVERIFY2(CatalogueCodec::validate(stored.item, {}).isEmpty(), qPrintable(stored.item.implementationCode));
}

void TestSetup::demoApplications()
{
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(*) FROM applications")) >= 24);
    const QSet<QString> states = distinct(*m_demo, QStringLiteral("SELECT state FROM applications"));
    QVERIFY2(states.size() >= 6, qPrintable(QStringList(states.begin(), states.end()).join(u' ')));
    for (const QString& state : states)
        QVERIFY2(ApplicationState::all().contains(state), qPrintable(state));
    // Taken in at the central hall and at town centres, and every accepted one has a due date.
    QVERIFY(number(*m_demo, QStringLiteral("SELECT count(DISTINCT site_id) FROM applications")) >= 2);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM applications WHERE accepted_on <> '' AND "
                                            "due_date = ''")),
             0);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM applications WHERE received_on > '2026-03-16'")), 0);
    // A clerk's list shows them through the service, not only in SQL.
    auto clerk = m_demo->accounts().signIn(QStringLiteral("clerk"), QStringLiteral("Demo#2026"));
    QVERIFY(clerk.ok());
    const auto listed = m_demo->applications().list(*clerk);
    QVERIFY(listed.ok());
    QVERIFY(listed->size() >= 24);
}

void TestSetup::demoJournalVerifiesAndRebuildsNothingElse()
{
    const JournalVerification check = Journal::verify(m_demo->database());
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.eventCount, Journal::count(m_demo->database()).value());
    // Every business row came from an event: no row without a subject in the journal.
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM applications a WHERE NOT EXISTS (SELECT 1 FROM "
                                            "journal j WHERE j.subject_type = 'application' AND j.subject_id = a.id)")),
             0);
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM "
                                            "journal j WHERE j.subject_type = 'user' AND j.subject_id = u.id)")),
             0);
}

void TestSetup::demoAccountsSignIn_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    for (const Setup::DemoAccount& account : Setup::demoAccounts())
        QTest::newRow(qPrintable(account.username)) << account.username << account.password << account.role;
}

void TestSetup::demoAccountsSignIn()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, role);
    QCOMPARE(password, QStringLiteral("Demo#2026"));
    auto session = m_demo->accounts().signIn(username, password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QCOMPARE(session->roles.size(), 1);
    QCOMPARE(Roles::key(session->roles.first()), role);
    // Demo accounts are ready to use; nobody is stopped by a password change at a demonstration.
    QVERIFY(!session->mustChangePassword);
    Role parsed;
    QVERIFY(Roles::fromKey(role, &parsed));
    if (!Roles::isAdminRole(parsed))
        QVERIFY2(!session->siteId.isEmpty(), "a business account belongs to a site");
}

void TestSetup::demoHallManagerWatchesEverySection()
{
    const auto manager = m_demo->accounts().signIn(QStringLiteral("hallmanager"), QStringLiteral("Demo#2026"));
    QVERIFY2(manager.ok(), manager.ok() ? "" : qPrintable(manager.error().message));
    QCOMPARE(manager->roles, QList<Role>{Role::HallManager});
    QCOMPARE(number(*m_demo, QStringLiteral("SELECT count(*) FROM users u JOIN sites s ON s.id = u.site_id "
                                            "WHERE u.username = 'hallmanager' AND s.kind = 'central'")),
             1);
    QVERIFY(!manager->may(Permission::DecideApplications));
    QVERIFY(!manager->may(Permission::ApplySeal));
    QVERIFY(!manager->may(Permission::TakeApplications));

    const QDate from(2026, 1, 1);
    const QDate to(2026, 3, 31);
    const auto scope = ReportService::sectionScope(*manager);
    QVERIFY(scope.ok());
    QVERIFY(scope->isEmpty());
    const auto hall = m_demo->reports().report(from, to, ReportGrouping::Section, ReportScope{*scope, QString()});
    QVERIFY2(hall.ok(), hall.ok() ? "" : qPrintable(hall.error().message));
    QVERIFY2(hall->rows.size() > 1, "the demo's cases fall in several sections");

    // The chief of 商事登记科 sees that section's row alone, with the same figures as in the hall's report.
    const auto chief = m_demo->accounts().signIn(QStringLiteral("approver"), QStringLiteral("Demo#2026"));
    QVERIFY(chief.ok());
    const auto own = ReportService::sectionScope(*chief);
    QVERIFY(own.ok());
    QCOMPARE(*own, chief->sectionId);
    const auto section = m_demo->reports().report(from, to, ReportGrouping::Section, ReportScope{*own, QString()});
    QVERIFY(section.ok());
    QCOMPARE(section->rows.size(), 1);
    QCOMPARE(section->rows.first().group, QStringLiteral("商事登记科"));
    for (const ReportRow& row : hall->rows) {
        if (row.group == section->rows.first().group)
            QCOMPARE(row.cases, section->rows.first().cases);
    }
    QVERIFY(section->total.cases < hall->total.cases);

    // A clerk, a reviewer or an administrator has no figures to see.
    for (const QString& username : {QStringLiteral("clerk"), QStringLiteral("reviewer"), QStringLiteral("auditor")}) {
        const auto other = m_demo->accounts().signIn(username, QStringLiteral("Demo#2026"));
        QVERIFY(other.ok());
        const auto refused = ReportService::sectionScope(*other);
        QVERIFY2(!refused.ok(), qPrintable(username));
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
    }
}

void TestSetup::demoRefusesAFileWithData()
{
    const qint64 before = Journal::count(m_demo->database()).value();
    const Status again = Setup::createDemo(*m_demo);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("setup.not_empty"));
    QCOMPARE(Journal::count(m_demo->database()).value(), before);

    QTemporaryDir dir;
    auto production = Services::open(dir.filePath(QStringLiteral("prod.oneseal")));
    QVERIFY(production.ok());
    QVERIFY(Setup::initProduction(**production, QStringLiteral("admin"), QStringLiteral("First#2026")).ok());
    const qint64 initial = Journal::count((*production)->database()).value();
    const Status refused = Setup::createDemo(**production);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("setup.not_empty"));
    QCOMPARE(Journal::count((*production)->database()).value(), initial);
}

void TestSetup::initProductionMakesOneAdminAndNoBusinessData()
{
    QTemporaryDir dir;
    auto opened = Services::open(dir.filePath(QStringLiteral("prod.oneseal")), OpenMode::ReadWrite,
                                 std::make_shared<FixedClock>(kNow));
    QVERIFY(opened.ok());
    Services& services = **opened;
    const Status status = Setup::initProduction(services, QStringLiteral("chief.admin"), QStringLiteral("First#2026"));
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));

    QCOMPARE(column(services, QStringLiteral("SELECT username FROM users")),
             QStringList{QStringLiteral("chief.admin")});
    QCOMPARE(column(services, QStringLiteral("SELECT role FROM user_roles")),
             QStringList{QStringLiteral("system_admin")});
    QCOMPARE(number(services, QStringLiteral("SELECT must_change_password FROM users")), 1);
    for (const char* table : {"sites", "windows", "sections", "departments", "seals", "items", "applicants",
                              "applications", "dishonesty_entries", "settings"})
        QVERIFY2(number(services, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0, table);
    // The statutory clock works from the first day: the shipped calendar is there.
    QCOMPARE(number(services, QStringLiteral("SELECT count(*) FROM calendar_years")),
             int(CalendarService::shippedYears().size()));
    // Three calendar years, the account, its role: each one event, and the chain verifies.
    QCOMPARE(Journal::count(services.database()).value(), qint64(CalendarService::shippedYears().size() + 2));
    QVERIFY(Journal::verify(services.database()).ok);

    auto session = services.accounts().signIn(QStringLiteral("chief.admin"), QStringLiteral("First#2026"));
    QVERIFY(session.ok());
    QVERIFY(session->mustChangePassword);
    QCOMPARE(session->roles, QList<Role>{Role::SystemAdmin});
}

void TestSetup::initProductionRefusesASecondRun()
{
    QTemporaryDir dir;
    auto opened = Services::open(dir.filePath(QStringLiteral("prod.oneseal")));
    QVERIFY(opened.ok());
    QVERIFY(Setup::initProduction(**opened, QStringLiteral("admin"), QStringLiteral("First#2026")).ok());
    const qint64 before = Journal::count((*opened)->database()).value();
    const Status again = Setup::initProduction(**opened, QStringLiteral("admin2"), QStringLiteral("Second#2026"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("auth.not_empty"));
    // Not even the calendar is imported a second time: the whole set-up is one transaction.
    QCOMPARE(Journal::count((*opened)->database()).value(), before);
    QCOMPARE(column(**opened, QStringLiteral("SELECT username FROM users")), QStringList{QStringLiteral("admin")});
}

void TestSetup::initProductionWithAWeakPasswordWritesNothing()
{
    QTemporaryDir dir;
    auto opened = Services::open(dir.filePath(QStringLiteral("prod.oneseal")));
    QVERIFY(opened.ok());
    const Status weak = Setup::initProduction(**opened, QStringLiteral("admin"), QStringLiteral("admin"));
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().code, QStringLiteral("auth.weak_password"));
    QCOMPARE(Journal::count((*opened)->database()).value(), 0);
    QCOMPARE(number(**opened, QStringLiteral("SELECT count(*) FROM calendar_years")), 0);
}

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
