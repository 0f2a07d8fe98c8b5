// A section's queue and the case search at a county's scale: a database of a million decided cases
// and twenty thousand open ones. Each use case through the service (CaseSearch over Qt Sql, with the
// page's clocks where the workspace shows them) is measured against the bare SQL of the same
// statements on a raw sqlite3 connection in the same run; the target is 25 ms for each.
//
//   bench_queue --generate FILE [--cases N] [--open N]   make a database and stop
//   bench_queue [--db FILE] [benchmark flags]             measure (makes the database when missing)
//
// The generator writes test data straight into the tables in one transaction: it is no business
// write and has no journal events, but the file is a migrated OneSeal database with the demo's
// organisation, catalogue and calendar, and the search index is filled by the migration's triggers.
#include "core/residentid.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "services/setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <benchmark/benchmark.h>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <random>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace OneSeal;

namespace {

const QDateTime kNow(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC);

// Family names by frequency (the first ones are the commonest) and characters of given names.
const char* const kFamily[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
                               "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                               "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
                               "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金"};
const char* const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
                              "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "建", "文", "辉",
                              "力", "鹏", "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "欢",
                              "阳", "佳", "雪", "琳", "晨", "婷", "倩", "颖", "鑫", "亮", "波", "飞", "峰", "兰", "春"};
const char* const kTowns[] = {"天彭街道", "致和街道", "濛阳街道", "隆丰街道", "丽春镇", "九尺镇",
                              "敖平镇", "升平镇", "桂花镇", "通济镇", "丹景山镇", "葛仙山镇"};
const char* const kRoads[] = {"南大街", "金彭东路", "牡丹大道", "朝阳路", "翠柳巷", "文化路", "天府路", "北街",
                              "西河路", "龙门山大道", "建设路", "人民路"};
const char* const kTrades[] = {"餐饮管理", "商贸", "建筑工程", "农业开发", "科技", "物流", "文化传媒", "食品"};

/// A valid identifier, distinct for every @p n below 18 million: the birthday and sequence number count up.
std::string residentId(int n)
{
    const int day = n / 1000;
    char body[32];
    std::snprintf(body, sizeof body, "510182%04d%02d%02d%03d", 1940 + day / 336, 1 + (day / 28) % 12, 1 + day % 28,
                  n % 1000);
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body[i] - '0') * weights[i];
    return std::string(body) + "10X98765432"[sum % 11];
}

/// Zipf-like: the first entries of a list much more often than the last.
template <size_t N> const char* pick(std::mt19937& rng, const char* const (&list)[N])
{
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return list[std::min(N - 1, size_t(double(N) * u * u))];
}

struct Item
{
    std::string id;
    std::string section;
    int promisedDays;
    int statutoryDays;
};

class Statement
{
public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    void text(int i, const std::string& value) { sqlite3_bind_text(m_stmt, i, value.data(), int(value.size()), SQLITE_TRANSIENT); }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

std::string iso(const QDate& d)
{
    return d.toString(Qt::ISODate).toStdString();
}

/// Makes @p path: the demo organisation, then @p historical decided and @p open waiting cases.
bool generate(const QString& path, int historical, int open)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
#ifdef __GLIBC__
    // SQLite's page cache and the FTS5 buffers grow and shrink the heap for every row; glibc then hands the
    // top of the heap back to the kernel each time, and the TLB flushes that follow took two thirds of the
    // generator's time (70 s instead of 20 s for 50,000 cases). Keep what was once allocated.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // the largest glibc accepts
#endif
    QElapsedTimer timer;
    timer.start();
    std::vector<Item> items;
    std::vector<std::string> sites;
    std::string clerk, approver;
    {
        auto services = Services::open(path, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
        if (!services || !Setup::createDemo(**services)) {
            std::fprintf(stderr, "cannot make the demo database in %s\n", qPrintable(path));
            return false;
        }
        Database& db = (*services)->database();
        auto q = db.query(QStringLiteral("SELECT id, section_id, promised_days, statutory_days FROM items ORDER BY 1"));
        while (q && q->next())
            items.push_back({q->value(0).toString().toStdString(), q->value(1).toString().toStdString(),
                             q->value(2).toInt(), q->value(3).toInt()});
        q = db.query(QStringLiteral("SELECT code FROM sites ORDER BY 1"));
        while (q && q->next())
            sites.push_back(q->value(0).toString().toStdString());
        q = db.query(QStringLiteral("SELECT username, id FROM users WHERE username IN ('clerk', 'approver')"));
        while (q && q->next())
            (q->value(0).toString() == u"clerk" ? clerk : approver) = q->value(1).toString().toStdString();
    }
    std::vector<std::string> siteIds;
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    // Test data in one go: no rollback journal, and WAL again once it is written.
    sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; "
                     "PRAGMA foreign_keys = OFF;",
                 nullptr, nullptr, nullptr);
    {
        Statement s(db, "SELECT id FROM sites WHERE code = ?");
        for (const std::string& code : sites) {
            s.text(1, code);
            sqlite3_step(s.get());
            siteIds.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0)));
            sqlite3_reset(s.get());
        }
    }
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    Statement applicant(db, "INSERT INTO applicants (id, kind, identifier, name, phone, address, version) "
                            "VALUES (?, ?, ?, ?, '', ?, 1)");
    Statement application(
        db, "INSERT INTO applications (id, case_number, site_id, holding_site_id, item_id, applicant_id, agent_name, "
            "state, received_on, accepted_on, due_date, statutory_due_date, clock_start_on, accepted_by, decided_by, "
            "decided_on, decision, review_step, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, ''), ?, ?, ?, 1)");
    std::mt19937 rng(20260316);
    const QDate firstDay(2024, 1, 2);
    const int historyDays = int(firstDay.daysTo(kNow.date().addDays(-45)));
    std::vector<int> perDay(size_t(historyDays + 60) * sites.size(), 0);
    const int total = historical + open;
    bool ok = true;
    for (int n = 0; n < total && ok; ++n) {
        const bool isOpen = n >= historical;
        const Item& item = items[rng() % items.size()];
        const size_t site = rng() % 5 == 0 ? 1 + rng() % (sites.size() - 1) : 0;
        // Open cases were accepted in the last six weeks; the history spreads over two years before, written
        // day after day as it happened (which also keeps the indexes' inserts near their ends).
        const int dayIndex = isOpen ? historyDays + 3 + int(rng() % 42)
                                    : int(qint64(n) * historyDays / std::max(1, historical));
        const QDate received = firstDay.addDays(dayIndex);
        // Above the demo's own numbers of the same days.
        const int seq = 100 + ++perDay[size_t(dayIndex) * sites.size() + site];
        char number[48], id[48];
        std::snprintf(number, sizeof number, "%s-%s-%04d", sites[site].c_str(),
                      qPrintable(received.toString(QStringLiteral("yyyyMMdd"))), seq);
        std::snprintf(id, sizeof id, "0190%04x-%04x-7000-8000-%012x", n >> 16, n & 0xffff, n);
        const bool person = rng() % 100 < 80;
        std::string name;
        if (person) {
            name = std::string(pick(rng, kFamily)) + pick(rng, kGiven);
            if (rng() % 100 < 70)
                name += pick(rng, kGiven);
        } else {
            name = std::string("彭州市") + pick(rng, kGiven) + pick(rng, kGiven) + kTrades[rng() % std::size(kTrades)] +
                   "有限公司";
        }
        const std::string address = std::string("彭州市") + kTowns[rng() % std::size(kTowns)] +
                                    kRoads[rng() % std::size(kRoads)] + std::to_string(1 + rng() % 300) + " 号";
        std::string applicantId = std::string(id);
        applicantId[0] = 'a';
        applicant.text(1, applicantId);
        applicant.text(2, person ? "person" : "organisation");
        char uscc[24];
        std::snprintf(uscc, sizeof uscc, "91510182MA%07dX", n);
        applicant.text(3, person ? residentId(n) : std::string(uscc));
        applicant.text(4, name);
        applicant.text(5, address);
        ok = applicant.run();
        const std::string agent = !person && rng() % 2 ? std::string(pick(rng, kFamily)) + pick(rng, kGiven) : "";
        std::string state, decidedOn, decision, step;
        const QDate accepted = received;
        if (isOpen) {
            state = rng() % 10 < 6 ? "accepted" : "in_review";
            step = state == "in_review" && rng() % 3 == 0 ? "decision" : "";
        } else {
            const int r = int(rng() % 100);
            state = r < 60 ? "issued" : r < 75 ? "delivered" : r < 85 ? "denied" : r < 95 ? "rejected" : "withdrawn";
            if (state != "rejected" && state != "withdrawn") {
                decidedOn = iso(received.addDays(1 + int(rng() % std::max(1, item.promisedDays))));
                decision = state == "denied" ? "refuse" : "grant";
            }
        }
        const bool wasAccepted = state != "rejected";
        application.text(1, id);
        application.text(2, number);
        application.text(3, siteIds[site]);
        application.text(4, siteIds[site]);
        application.text(5, item.id);
        application.text(6, applicantId);
        application.text(7, agent);
        application.text(8, state);
        application.text(9, iso(received));
        application.text(10, wasAccepted ? iso(accepted) : "");
        application.text(11, wasAccepted ? iso(accepted.addDays(item.promisedDays * 7 / 5)) : "");
        application.text(12, wasAccepted ? iso(accepted.addDays(item.statutoryDays * 7 / 5)) : "");
        application.text(13, wasAccepted ? iso(accepted) : "");
        application.text(14, clerk);
        application.text(15, decidedOn.empty() ? "" : approver);
        application.text(16, decidedOn);
        application.text(17, decision);
        application.text(18, step);
        ok = ok && application.run();
        if (!ok)
            std::fprintf(stderr, "insert failed at case %d (%s)\n", n, number);
    }
    ok = ok && sqlite3_exec(db, "COMMIT; ANALYZE; PRAGMA journal_mode = WAL;", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    std::fprintf(stderr, "generated %d decided and %d open cases in %s in %.1f s\n", historical, open,
                 qPrintable(path), double(timer.elapsed()) / 1000);
    return ok;
}

/// The database under test, opened once through the services and once as a bare connection.
struct Fixture
{
    std::unique_ptr<Services> services;
    sqlite3* bare = nullptr;
    QString sectionId;
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

/// One use case: the query through the service, and the same statements on the bare connection.
struct UseCase
{
    const char* name;
    CaseQuery query;
    bool withClock; ///< the workspace reads the page's clocks
    std::string countSql; ///< empty where the page counts its matches in the same statement
    std::string pageSql;
    std::vector<std::string> binds; ///< "$section" is the section's id
    std::vector<std::string> countBinds = {}; ///< the count's, where they differ from the page's
};

void bareRun(benchmark::State& state, const UseCase& u)
{
    sqlite3* db = fixture().bare;
    const auto run = [&](const std::string& sql, const std::vector<std::string>& binds, int& rows) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            state.SkipWithError(sqlite3_errmsg(db));
            return;
        }
        int i = 1;
        for (const std::string& b : binds) {
            const std::string v = b == "$section" ? fixture().sectionId.toStdString() : b;
            sqlite3_bind_text(stmt, i++, v.c_str(), -1, SQLITE_TRANSIENT);
        }
        while (sqlite3_step(stmt) == SQLITE_ROW)
            rows += sqlite3_column_int(stmt, 0) > 0 ? 1 : 1;
        sqlite3_finalize(stmt);
    };
    for (auto _ : state) {
        int rows = 0;
        if (!u.countSql.empty())
            run(u.countSql, u.countBinds.empty() ? u.binds : u.countBinds, rows);
        run(u.pageSql + " LIMIT 50 OFFSET 0", u.binds, rows);
        benchmark::DoNotOptimize(rows);
    }
}

void serviceRun(benchmark::State& state, const UseCase& u)
{
    CaseSearch& search = fixture().services->search();
    int total = 0;
    for (auto _ : state) {
        if (u.withClock) {
            const auto page = search.queuePage(u.query, kNow.date());
            if (!page) {
                state.SkipWithError(qPrintable(page.error().message));
                break;
            }
            total = page->total;
            benchmark::DoNotOptimize(page->entries.size());
        } else {
            const auto page = search.find(u.query);
            if (!page) {
                state.SkipWithError(qPrintable(page.error().message));
                break;
            }
            total = page->total;
        }
    }
    state.counters["found"] = total;
}

std::vector<UseCase> useCases()
{
    const auto query = [](const char* text, CaseScope scope, CaseSort sort, bool descending) {
        CaseQuery q;
        q.section = QStringLiteral("SSDJ");
        q.text = QString::fromUtf8(text);
        q.scope = scope;
        q.sort = sort;
        q.descending = descending;
        q.limit = 50;
        return q;
    };
    const std::string open =
        "SELECT %s FROM case_search c INDEXED BY case_search_queue WHERE c.section_id = ? AND c.open = 1";
    const std::string like = " AND (c.applicant_name LIKE ? ESCAPE '\\' OR c.agent_name LIKE ? ESCAPE '\\' OR "
                             "c.item_name LIKE ? ESCAPE '\\')";
    const auto sql = [](std::string text, const char* columns) {
        text.replace(text.find("%s"), 2, columns);
        return text;
    };
    const char* page = "c.application_id, c.case_number";
    // A search by text counts its matches in the page's statement, as the service does.
    const char* counted = "c.application_id, c.case_number, count(*) OVER ()";
    const std::string all = "SELECT %s FROM case_search c NOT INDEXED WHERE c.section_id = ?";
    // One or two characters by case number or due date: the matches counted from their ids alone, the page
    // walked along the section's index in that order (they are dense enough: 50 × 20 is fewer than the matches).
    const std::string ids = "SELECT case_id FROM case_search_grams WHERE gram BETWEEN ? AND ? AND section_id = ? "
                            "UNION SELECT s.id FROM case_search s WHERE s.item_id IN (SELECT id FROM items WHERE "
                            "section_id = ? AND name LIKE ? ESCAPE '\\')";
    const std::string idsCount = "SELECT count(*) FROM (" + ids + ")";
    const std::string walk = "SELECT %s FROM case_search c INDEXED BY case_search_number WHERE c.section_id = ?";
    const std::string walkDue = "SELECT %s FROM case_search c INDEXED BY case_search_due WHERE c.section_id = ?";
    const std::string grams = " AND c.id IN (" + ids + ")";
    const std::string fts = " AND c.id IN (SELECT rowid FROM case_search_fts WHERE case_search_fts MATCH ?)";
    return {
        {"openQueue", query("", CaseScope::Open, CaseSort::DueDate, false), true, sql(open, "count(*)"),
         sql(open, page) + " ORDER BY c.due_date ASC, c.case_number ASC", {"$section"}},
        {"sortQueueByItem", query("", CaseScope::Open, CaseSort::Item, true), false, sql(open, "count(*)"),
         sql(open, page) + " ORDER BY c.item_name DESC, c.case_number DESC", {"$section"}},
        {"filterQueue2chars", query("张伟", CaseScope::Open, CaseSort::DueDate, false), true,
         "", sql(open + like, counted) + " ORDER BY c.due_date ASC, c.case_number ASC",
         {"$section", "%张伟%", "%张伟%", "%张伟%"}},
        {"searchHistory1char", query("鑫", CaseScope::All, CaseSort::CaseNumber, true), false, idsCount,
         sql(walk + grams, page) + " ORDER BY c.case_number DESC",
         {"$section", "鑫", "鑫\xf4\x8f\xbf\xbf", "$section", "$section", "%鑫%"},
         {"鑫", "鑫\xf4\x8f\xbf\xbf", "$section", "$section", "%鑫%"}},
        // The same search in the workspace's default order.
        {"searchHistory1charByDue", query("鑫", CaseScope::All, CaseSort::DueDate, false), false, idsCount,
         sql(walkDue + grams, page) + " ORDER BY c.due_date ASC, c.case_number ASC",
         {"$section", "鑫", "鑫\xf4\x8f\xbf\xbf", "$section", "$section", "%鑫%"},
         {"鑫", "鑫\xf4\x8f\xbf\xbf", "$section", "$section", "%鑫%"}},
        {"searchHistory2chars", query("张伟", CaseScope::All, CaseSort::CaseNumber, true), false, idsCount,
         sql(walk + grams, page) + " ORDER BY c.case_number DESC",
         {"$section", "张伟", "张伟", "$section", "$section", "%张伟%"},
         {"张伟", "张伟", "$section", "$section", "%张伟%"}},
        {"searchHistory3chars", query("王秀英", CaseScope::All, CaseSort::CaseNumber, true), false,
         "", sql(all + fts, counted) + " ORDER BY c.case_number DESC",
         {"$section", "\"王秀英\""}},
        {"searchHistoryAddress", query("翠柳巷21", CaseScope::All, CaseSort::CaseNumber, true), false,
         "", sql(all + fts, counted) + " ORDER BY c.case_number DESC",
         {"$section", "\"翠柳巷21\""}},
    };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.info=false"));
    if (!PasswordHasher::initialise())
        return 1;
    QString generateInto;
    QString path = QStringLiteral(ONESEAL_BUILD_DIR "/bench/queue-1m.oneseal");
    int historical = 1'000'000;
    int open = 20'000;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--generate" || arg == "--db" || arg == "--cases" || arg == "--open") && i + 1 < argc) {
            const QString value = QString::fromLocal8Bit(argv[++i]);
            if (arg == "--generate")
                generateInto = value;
            else if (arg == "--db")
                path = value;
            else if (arg == "--cases")
                historical = value.toInt();
            else
                open = value.toInt();
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (!generateInto.isEmpty())
        return generate(generateInto, historical, open) ? 0 : 1;
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!generate(path, historical, open))
            return 1;
    }

    auto services = Services::open(path, OpenMode::ReadWrite, std::make_shared<FixedClock>(kNow));
    if (!services) {
        std::fprintf(stderr, "%s\n", qPrintable(services.error().message));
        return 1;
    }
    Fixture& f = fixture();
    f.services = std::move(services).value();
    auto q = f.services->database().query(QStringLiteral("SELECT id FROM sections WHERE code = 'SSDJ'"));
    if (!q || !q->next())
        return 1;
    f.sectionId = q->value(0).toString();
    if (sqlite3_open_v2(path.toUtf8().constData(), &f.bare, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 1;
    // The raw limit reads the file the way the application's connections do.
    sqlite3_exec(f.bare, "PRAGMA mmap_size = 2147418112", nullptr, nullptr, nullptr);

    static const std::vector<UseCase> cases = useCases();
    for (const UseCase& u : cases) {
        benchmark::RegisterBenchmark((std::string(u.name) + "Service").c_str(),
                                     [&u](benchmark::State& s) { serviceRun(s, u); })
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark((std::string(u.name) + "BareSql").c_str(),
                                     [&u](benchmark::State& s) { bareRun(s, u); })
            ->Unit(benchmark::kMillisecond);
    }
    int restc = int(rest.size());
    benchmark::Initialize(&restc, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    sqlite3_close(f.bare);
    f.services.reset();
    return 0;
}
