#include "core/residentid.h"
#include "demodatabase.h"
#include "services/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace OneSeal;

namespace {

// Monday 2026-03-16, 09:30 China Standard Time.
const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);
const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001");    // 食品经营许可, SSDJ
const QString kBuildingPermit = QStringLiteral("11510182MB1D4D6X2F4000100301001"); // 建设工程规划许可, GHJS

template <typename T> QString message(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestCaseSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoCharacterNameFindsThatNameAndNothingElse_data();
    void twoCharacterNameFindsThatNameAndNothingElse();
    void oneCharacterFindsEveryNameWithIt_data();
    void oneCharacterFindsEveryNameWithIt();
    void longerTextFindsNumberNameAndAddress_data();
    void longerTextFindsNumberNameAndAddress();
    void resultsStayInTheSection();
    void decidedCasesLeaveTheQueueButNotTheHistory();
    void pagesAreSortedAndCounted();
    void queueIndexSortsAndFiltersLikeTheTable();
    void denseMatchesArePagedByNumberLikeSparseOnes();
    void renamedApplicantIsFoundByTheNewName();
    void savedFilterRoundTrips();

private:
    Session as(const QString& username);
    QString accept(const QString& name, const QString& item = kFoodLicence, const QString& address = {},
                   const QString& agent = {});
    QStringList found(const QString& text, CaseScope scope, const QString& section = QStringLiteral("SSDJ"));

    Testing::DemoDatabase m_demo;
    std::unique_ptr<Services> m_services;
    QHash<QString, QString> m_cases; ///< label -> case number
    int m_requests = 0;
};

void TestCaseSearch::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    const QString made = m_demo.create(kNow);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    auto services = m_demo.openTemplate(std::make_shared<FixedClock>(kNow));
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();

    // Names chosen so that each query has cases it must find and near misses it must not.
    m_cases.insert(QStringLiteral("zhangwei"), accept(QStringLiteral("张伟")));
    m_cases.insert(QStringLiteral("zhangweiming"), accept(QStringLiteral("张伟明"), kFoodLicence,
                                                          QStringLiteral("彭州市致和街道翠柳巷 7 号")));
    m_cases.insert(QStringLiteral("agent"), accept(QStringLiteral("刘芳"), kFoodLicence, {}, QStringLiteral("张伟")));
    m_cases.insert(QStringLiteral("zhangsan"), accept(QStringLiteral("张三")));
    m_cases.insert(QStringLiteral("liwei"), accept(QStringLiteral("李伟")));
    m_cases.insert(QStringLiteral("weizhang"), accept(QStringLiteral("伟张")));
    m_cases.insert(QStringLiteral("chong"), accept(QStringLiteral("周翀")));
    m_cases.insert(QStringLiteral("chongfirst"), accept(QStringLiteral("翀宇")));
    m_cases.insert(QStringLiteral("ghjs"), accept(QStringLiteral("张伟"), kBuildingPermit));
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    m_services.reset();
}

void TestCaseSearch::init()
{
    auto services = m_demo.openCopy(std::make_shared<FixedClock>(kNow));
    QVERIFY2(services.ok(), qPrintable(message(services)));
    m_services = std::move(services).value();
}

void TestCaseSearch::cleanup()
{
    m_services.reset();
}

Session TestCaseSearch::as(const QString& username)
{
    auto session = m_services->accounts().sessionFor(username);
    return session ? *session : Session();
}

QString TestCaseSearch::accept(const QString& name, const QString& item, const QString& address, const QString& agent)
{
    IntakeRequest r;
    r.requestId = QStringLiteral("search-test-%1").arg(++m_requests, 4, 10, QLatin1Char('0'));
    r.applicantKind = QStringLiteral("person");
    // Each applicant is another person: one open case per applicant and item.
    const QString body = QStringLiteral("51018219800101%1").arg(m_requests, 3, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + ResidentId::checkCharacter(body);
    r.applicantName = name;
    r.applicantAddress = address;
    if (!agent.isEmpty()) {
        const QString agentBody = QStringLiteral("51018219900101%1").arg(m_requests, 3, 10, QLatin1Char('0'));
        r.agentName = agent;
        r.agentIdentifier = agentBody + ResidentId::checkCharacter(agentBody);
    }
    r.itemCode = item;
    auto q = m_services->database().query(QStringLiteral("SELECT materials FROM items WHERE implementation_code = ?"),
                                          {item});
    if (!q || !q->next())
        return {};
    for (const QJsonValue& m : QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array())
        r.materials.append({m.toObject().value(u"name").toString(), 1, 0, QStringLiteral("received"), QString()});
    r.outcome = IntakeOutcome::Accept;
    const auto result = m_services->intake().submit(as(QStringLiteral("clerk")), r);
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result ? result->caseNumber : QString();
}

QStringList TestCaseSearch::found(const QString& text, CaseScope scope, const QString& section)
{
    CaseQuery query;
    query.section = section;
    query.text = text;
    query.scope = scope;
    query.sort = CaseSort::CaseNumber;
    query.limit = 1000;
    const auto page = m_services->search().find(query);
    if (!page) {
        qWarning("%s", qPrintable(page.error().message));
        return {QStringLiteral("<error>")};
    }
    QStringList numbers;
    for (const CaseMatch& m : page->cases)
        numbers.append(m.caseNumber);
    if (page->total != numbers.size())
        numbers.append(QStringLiteral("<total %1>").arg(page->total));
    return numbers;
}

void TestCaseSearch::twoCharacterNameFindsThatNameAndNothingElse_data()
{
    QTest::addColumn<CaseScope>("scope");
    QTest::newRow("queue") << CaseScope::Open;
    QTest::newRow("history") << CaseScope::All;
}

void TestCaseSearch::twoCharacterNameFindsThatNameAndNothingElse()
{
    QFETCH(CaseScope, scope);
    // 张伟 as a whole name, inside a longer one and as the agent; not 张三, 李伟, 伟张 or the 张伟 of
    // another section.
    QStringList expected{m_cases.value(QStringLiteral("zhangwei")), m_cases.value(QStringLiteral("zhangweiming")),
                         m_cases.value(QStringLiteral("agent"))};
    expected.sort();
    QCOMPARE(found(QStringLiteral("张伟"), scope), expected);
    QCOMPARE(found(QStringLiteral(" 张伟 "), scope), expected);
    QCOMPARE(found(QStringLiteral("伟明"), scope), QStringList{m_cases.value(QStringLiteral("zhangweiming"))});
}

void TestCaseSearch::oneCharacterFindsEveryNameWithIt_data()
{
    twoCharacterNameFindsThatNameAndNothingElse_data();
}

void TestCaseSearch::oneCharacterFindsEveryNameWithIt()
{
    QFETCH(CaseScope, scope);
    // 翀 last in one name (kept alone in the index) and first in another.
    QStringList expected{m_cases.value(QStringLiteral("chong")), m_cases.value(QStringLiteral("chongfirst"))};
    expected.sort();
    QCOMPARE(found(QStringLiteral("翀"), scope), expected);
    QCOMPARE(found(QStringLiteral("鑫"), scope), QStringList());
    // One character of an item name finds the item's cases: every food licence case of the section.
    const QStringList food = found(QStringLiteral("食"), scope);
    QVERIFY(food.size() >= 8);
    for (const QString& label : m_cases.keys())
        QCOMPARE(food.contains(m_cases.value(label)), label != u"ghjs");
}

void TestCaseSearch::longerTextFindsNumberNameAndAddress_data()
{
    twoCharacterNameFindsThatNameAndNothingElse_data();
}

void TestCaseSearch::longerTextFindsNumberNameAndAddress()
{
    QFETCH(CaseScope, scope);
    const QString zhangweiming = m_cases.value(QStringLiteral("zhangweiming"));
    QCOMPARE(found(QStringLiteral("张伟明"), scope), QStringList{zhangweiming});
    QCOMPARE(found(QStringLiteral("翠柳巷"), scope), QStringList{zhangweiming});
    QCOMPARE(found(QStringLiteral("张伟明明"), scope), QStringList());
    // The case number without its first letter (the site's prefix differs in the second).
    QCOMPARE(found(zhangweiming.mid(1), scope), QStringList{zhangweiming});
    // Quotes and LIKE's wildcards are text, not syntax.
    QCOMPARE(found(QStringLiteral("张\"伟%"), scope), QStringList());
    QCOMPARE(found(QStringLiteral("张_明"), scope), QStringList());
}

void TestCaseSearch::resultsStayInTheSection()
{
    const QString other = m_cases.value(QStringLiteral("ghjs"));
    for (CaseScope scope : {CaseScope::Open, CaseScope::All}) {
        QVERIFY(!found(QStringLiteral("张伟"), scope).contains(other));
        QCOMPARE(found(QStringLiteral("张伟"), scope, QStringLiteral("规划建设科")), QStringList{other});
        QCOMPARE(found(other, scope, QStringLiteral("GHJS")), QStringList{other});
        QCOMPARE(found(other, scope, QStringLiteral("SSDJ")), QStringList());
    }
    CaseQuery query;
    query.section = QStringLiteral("不存在科");
    const auto missing = m_services->search().find(query);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("section"));
}

void TestCaseSearch::decidedCasesLeaveTheQueueButNotTheHistory()
{
    const QString number = m_cases.value(QStringLiteral("zhangwei"));
    ReviewService& review = m_services->review();
    QVERIFY(review.claim(as(QStringLiteral("reviewer")), number).ok());
    QVERIFY(review.recordOpinion(as(QStringLiteral("reviewer")), number, {QStringLiteral("材料齐全。"), true, false, {}})
                .ok());
    QVERIFY(review.claim(as(QStringLiteral("approver")), number).ok());
    const auto decided = review.decide(as(QStringLiteral("approver")), number, true, QStringLiteral("符合条件。"));
    QVERIFY2(decided.ok(), qPrintable(message(decided)));

    QVERIFY(!found(QStringLiteral("张伟"), CaseScope::Open).contains(number));
    QVERIFY(found(QStringLiteral("张伟"), CaseScope::All).contains(number));
    QVERIFY(!found(number, CaseScope::Open).contains(number));
    QCOMPARE(found(number, CaseScope::All), QStringList{number});
}

void TestCaseSearch::pagesAreSortedAndCounted()
{
    CaseQuery query;
    query.section = QStringLiteral("SSDJ");
    query.text = QStringLiteral("张");
    query.sort = CaseSort::CaseNumber;
    query.descending = true;
    query.limit = 2;
    const auto first = m_services->search().queuePage(query, {});
    QVERIFY2(first.ok(), qPrintable(message(first)));
    // 张伟, 张伟明, the agent 张伟, 张三, 伟张.
    QCOMPARE(first->total, 5);
    QCOMPARE(first->entries.size(), 2);
    QVERIFY(first->entries.at(0).caseNumber > first->entries.at(1).caseNumber);
    // The newest first: 伟张, shown masked as the queue shows every person's name.
    QCOMPARE(first->entries.at(0).applicant, QStringLiteral("伟*"));
    QCOMPARE(first->entries.at(0).reading.light, ClockLight::Green);
    query.offset = 4;
    const auto last = m_services->search().queuePage(query, {});
    QCOMPARE(last->entries.size(), 1);
    QVERIFY(last->entries.at(0).caseNumber < first->entries.at(1).caseNumber);
    QCOMPARE(last->total, 5);
    // Past the last case the page is empty and still says how many there are.
    query.offset = 5;
    const auto beyond = m_services->search().find(query);
    QVERIFY2(beyond.ok(), qPrintable(message(beyond)));
    QVERIFY(beyond->cases.isEmpty());
    QCOMPARE(beyond->total, 5);
    query.text.clear();
    query.offset = 0;
    const auto queue = m_services->search().find(query);
    QVERIFY(queue.ok() && queue->total >= 8);
    query.offset = queue->total;
    const auto beyondQueue = m_services->search().find(query);
    QVERIFY(beyondQueue.ok() && beyondQueue->cases.isEmpty());
    QCOMPARE(beyondQueue->total, queue->total);

    query.limit = 0;
    const auto refused = m_services->search().find(query);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("limit"));
}

void TestCaseSearch::queueIndexSortsAndFiltersLikeTheTable()
{
    // The queue is read from its partial index alone: each sort, either way, with and without text, must
    // give the order and the count the table itself gives.
    auto section = m_services->database().query(QStringLiteral("SELECT id FROM sections WHERE code = 'SSDJ'"));
    QVERIFY(section && section->next());
    const QString sectionId = section->value(0).toString();
    const QStringList keys{QStringLiteral("c.due_date"), QStringLiteral("c.case_number"), QStringLiteral("c.accepted_on"),
                           QStringLiteral("c.item_name")};
    const QList<CaseSort> sorts{CaseSort::DueDate, CaseSort::CaseNumber, CaseSort::AcceptedOn, CaseSort::Item};
    for (int i = 0; i < sorts.size(); ++i) {
        for (bool descending : {false, true}) {
            for (const QString& text : {QString(), QStringLiteral("张"), QStringLiteral("翠柳巷")}) {
                const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
                QString sql = QStringLiteral("SELECT c.case_number FROM case_search c NOT INDEXED "
                                             "WHERE c.section_id = ? AND c.open = 1");
                QVariantList binds{sectionId};
                const QString pattern = QString(u'%' + text + u'%');
                if (text.size() == 1) {
                    sql += QStringLiteral(" AND (c.applicant_name LIKE ? OR c.agent_name LIKE ? OR c.item_name LIKE ?)");
                    binds << pattern << pattern << pattern;
                } else if (!text.isEmpty()) {
                    sql += QStringLiteral(" AND c.address LIKE ?");
                    binds << pattern;
                }
                sql += QStringLiteral(" ORDER BY ") + keys.at(i) + dir;
                if (i != 1)
                    sql += QStringLiteral(", c.case_number") + dir;
                auto q = m_services->database().query(sql, binds);
                QVERIFY(q);
                QStringList expected;
                while (q->next())
                    expected.append(q->value(0).toString());
                QVERIFY(!expected.isEmpty());

                CaseQuery query;
                query.section = QStringLiteral("SSDJ");
                query.text = text;
                query.sort = sorts.at(i);
                query.descending = descending;
                query.limit = 1000;
                const auto page = m_services->search().find(query);
                QVERIFY2(page.ok(), qPrintable(message(page)));
                QStringList numbers;
                for (const CaseMatch& m : page->cases)
                    numbers.append(m.caseNumber);
                QCOMPARE(numbers, expected);
                QCOMPARE(page->total, expected.size());
            }
        }
    }
}

void TestCaseSearch::denseMatchesArePagedByNumberLikeSparseOnes()
{
    // 21 cases with 鑫: a one-case page at the front walks the section's index in the page's order, one
    // further back sorts the matches; both must give the same cases in the same order, and the same count.
    // Accepted the same day for the same item, they fall due the same day: by due date is by number.
    QStringList expected;
    for (int i = 0; i < 21; ++i) {
        const QString number = accept(QStringLiteral("王鑫") + QChar(u'一' + i));
        QVERIFY(!number.isEmpty());
        expected.append(number);
    }
    expected.sort();
    for (const auto& [sort, descending] : {std::pair(CaseSort::CaseNumber, false), std::pair(CaseSort::CaseNumber, true),
                                          std::pair(CaseSort::DueDate, false), std::pair(CaseSort::DueDate, true)}) {
        QStringList numbers;
        for (int offset = 0; offset <= expected.size(); ++offset) {
            CaseQuery query;
            query.section = QStringLiteral("SSDJ");
            query.text = QStringLiteral("鑫");
            query.scope = CaseScope::All;
            query.sort = sort;
            query.descending = descending;
            query.limit = 1;
            query.offset = offset;
            const auto page = m_services->search().find(query);
            QVERIFY2(page.ok(), qPrintable(message(page)));
            QCOMPARE(page->total, expected.size());
            QCOMPARE(page->cases.size(), offset < expected.size() ? 1 : 0);
            for (const CaseMatch& m : page->cases)
                numbers.append(m.caseNumber);
        }
        QStringList order = expected;
        if (descending)
            std::reverse(order.begin(), order.end());
        QCOMPARE(numbers, order);
    }
}

void TestCaseSearch::renamedApplicantIsFoundByTheNewName()
{
    const QString number = m_cases.value(QStringLiteral("liwei"));
    auto q = m_services->database().query(
        QStringLiteral("SELECT applicant_id FROM applications WHERE case_number = ?"), {number});
    QVERIFY(q && q->next());
    const QString applicant = q->value(0).toString();
    // A correction of the applicant's name, as intake records it for a returning applicant.
    const auto event = m_services->store().record(as(QStringLiteral("clerk")), QStringLiteral("applicant.saved"),
                                                  QStringLiteral("applicant"), applicant,
                                                  {{QStringLiteral("name"), QStringLiteral("李伟东")}});
    QVERIFY2(event.ok(), qPrintable(message(event)));
    for (CaseScope scope : {CaseScope::Open, CaseScope::All}) {
        QCOMPARE(found(QStringLiteral("伟东"), scope), QStringList{number});
        QCOMPARE(found(QStringLiteral("李伟东"), scope), QStringList{number});
        QCOMPARE(found(QStringLiteral("东"), scope), QStringList{number});
    }
}

void TestCaseSearch::savedFilterRoundTrips()
{
    CaseSearch& search = m_services->search();
    const Session reviewer = as(QStringLiteral("reviewer"));
    QCOMPARE(search.savedFilters(reviewer).value().size(), 0);
    QVERIFY(search.saveFilter(reviewer, {QStringLiteral("张伟的案件"), QStringLiteral("张伟"), CaseScope::All,
                                         CaseSort::CaseNumber, true})
                .ok());
    QVERIFY(search.saveFilter(reviewer, {QStringLiteral("食品"), QStringLiteral("食品"), CaseScope::Open,
                                         CaseSort::DueDate, false})
                .ok());
    // The same name replaces; an empty name is refused with the field named.
    QVERIFY(search.saveFilter(reviewer, {QStringLiteral(" 食品 "), QStringLiteral("食品经营"), CaseScope::Open,
                                         CaseSort::Item, false})
                .ok());
    const Status unnamed = search.saveFilter(reviewer, {QStringLiteral("  "), QStringLiteral("x"), {}, {}, false});
    QVERIFY(!unnamed.ok());
    QCOMPARE(unnamed.error().field, QStringLiteral("name"));

    // Read back from a fresh opening of the file: what was saved is what comes back, in order.
    const QString path = m_services->database().path();
    m_services.reset();
    auto reopened = Services::open(path, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    QVERIFY(reopened.ok());
    m_services = std::move(reopened).value();
    const auto filters = m_services->search().savedFilters(as(QStringLiteral("reviewer")));
    QVERIFY(filters.ok());
    QCOMPARE(filters->size(), 2);
    QCOMPARE(filters->at(0).name, QStringLiteral("张伟的案件"));
    QCOMPARE(filters->at(0).text, QStringLiteral("张伟"));
    QCOMPARE(filters->at(0).scope, CaseScope::All);
    QCOMPARE(filters->at(0).sort, CaseSort::CaseNumber);
    QCOMPARE(filters->at(0).descending, true);
    QCOMPARE(filters->at(1).name, QStringLiteral("食品"));
    QCOMPARE(filters->at(1).text, QStringLiteral("食品经营"));
    QCOMPARE(filters->at(1).sort, CaseSort::Item);
    // Filters are per user.
    QCOMPARE(m_services->search().savedFilters(as(QStringLiteral("approver"))).value().size(), 0);

    QVERIFY(m_services->search().removeFilter(as(QStringLiteral("reviewer")), QStringLiteral("食品")).ok());
    QCOMPARE(m_services->search().savedFilters(as(QStringLiteral("reviewer"))).value().size(), 1);
    QVERIFY(!m_services->search().removeFilter(as(QStringLiteral("reviewer")), QStringLiteral("食品")).ok());
}

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
