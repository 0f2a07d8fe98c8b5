// Central ingest: events/s that SqliteCentralStore accepts through push (dedup, order and chain
// checks, ownership, version, projection, log append; synchronous=FULL), against bare SQLite
// inserts of the same events' bytes in the same run, and the catch-up of a town centre: applying
// a day's events (2,000) in pull-sized pages through the Projector.
// With ONESEAL_BENCH_POSTGRES=postgresql://USER@HOST:PORT/DB (a database in which the user may
// create databases) the same ingest runs on PostgresCentralStore, against bare PostgreSQL inserts of
// the same bytes, and the rebuild of the projection when a store of 2,000 events opens.
#include "core/canonicaljson.h"
#include "db/database.h"
#include "db/journal.h"
#include "server/postgrescentralstore.h"
#include "server/sqlitecentralstore.h"
#include "services/projector.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace OneSeal;

namespace {

constexpr int kEvents = 2000;
constexpr int kBatch = 200;

struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<CentralStore> store;
    QString token;
    QString siteId;
    QString deviceId = QStringLiteral("01900000-0000-7000-8000-00000000bench");
    QList<Event> events;
};

/// A fresh PostgreSQL database named @p name next to the one in ONESEAL_BENCH_POSTGRES; its address,
/// or an empty string when that is not set or the database cannot be made.
QString freshPostgresDatabase(const QString& name)
{
    const QUrl base(qEnvironmentVariable("ONESEAL_BENCH_POSTGRES"));
    if (!base.isValid() || base.isEmpty())
        return {};
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(base.host());
        admin.setPort(base.port(5432));
        admin.setUserName(base.userName());
        admin.setPassword(base.password());
        admin.setDatabaseName(base.path().mid(1));
        if (!admin.open())
            return {};
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name) ||
            !q.exec(QStringLiteral("CREATE DATABASE ") + name))
            return {};
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    QUrl url = base;
    url.setPath(u'/' + name);
    return url.toString();
}

/// A central store that knows one central site, one enrolled device and its next events; in
/// PostgreSQL at @p postgresUrl when one is given.
Fixture makeFixture(const QString& suffix, const QString& postgresUrl = QString())
{
    Fixture f;
    const QString seedPath = f.dir->filePath(QStringLiteral("seed.db"));
    {
        auto services = Services::open(seedPath);
        Session actor = Session::system();
        f.siteId = QStringLiteral("01900000-0000-7000-8000-0000000site1");
        (void)(*services)->store().record(actor, QStringLiteral("site.saved"), QStringLiteral("site"), f.siteId,
                                          {{QStringLiteral("code"), QStringLiteral("PZ")},
                                           {QStringLiteral("name"), QStringLiteral("彭州市政务服务中心")},
                                           {QStringLiteral("kind"), QStringLiteral("central")},
                                           {QStringLiteral("case_prefix"), QStringLiteral("PZ")}});
    }
    if (postgresUrl.isEmpty())
        f.store = std::move(SqliteCentralStore::open(f.dir->filePath(QStringLiteral("central") + suffix + QStringLiteral(".db"))).value());
    else
        f.store = std::move(PostgresCentralStore::open(postgresUrl, f.dir->path()).value());
    (void)f.store->importSiteDatabase(seedPath, QStringLiteral("PZ"));
    const QString code = f.store->createEnrolCode(QStringLiteral("PZ")).value();
    f.token = f.store->enrol({code, f.deviceId}).value().deviceToken;
    QString prev = genesisHash();
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-29T01:00:00.000Z"), Qt::ISODateWithMs);
    for (int i = 1; i <= kEvents; ++i) {
        Event e;
        e.id = QStringLiteral("01900000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        e.deviceId = f.deviceId;
        e.deviceSeq = i;
        e.siteId = f.siteId;
        e.userId = QStringLiteral("clerk");
        e.type = QStringLiteral("applicant.saved");
        e.subjectType = QStringLiteral("applicant");
        e.subjectId = QStringLiteral("01900000-0000-7000-9000-%1").arg(i, 12, 10, QLatin1Char('0'));
        e.subjectVersion = 0;
        e.payload = {{QStringLiteral("kind"), QStringLiteral("person")},
                     {QStringLiteral("identifier"), QStringLiteral("51018219900101%1").arg(i, 4, 10, QLatin1Char('0'))},
                     {QStringLiteral("name"), QStringLiteral("申请人%1").arg(i)},
                     {QStringLiteral("address"), QStringLiteral("彭州市天彭街道南大街 %1 号").arg(i)}};
        e.deviceTime = start.addMSecs(i * 1000);
        e.prevHash = prev;
        e.hash = e.computeHash().value();
        prev = e.hash;
        f.events.append(e);
    }
    return f;
}

void BM_CentralIngest(benchmark::State& state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Fixture f = makeFixture(QString::number(round++));
        state.ResumeTiming();
        for (int i = 0; i < kEvents; i += kBatch) {
            Wire::PushRequest request;
            request.deviceId = f.deviceId;
            request.events = f.events.mid(i, kBatch);
            const auto response = f.store->push(f.token, request);
            if (!response || response->results.last().outcome != Wire::Outcome::Accepted)
                state.SkipWithError("push refused");
        }
    }
    state.counters["events_per_s"] =
        benchmark::Counter(double(kEvents), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_CentralIngestPostgres(benchmark::State& state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString url = freshPostgresDatabase(QStringLiteral("oneseal_bench_ingest%1").arg(round++));
        if (url.isEmpty()) {
            state.SkipWithError("set ONESEAL_BENCH_POSTGRES=postgresql://USER@HOST:PORT/DB to measure PostgreSQL");
            break;
        }
        Fixture f = makeFixture(QString(), url);
        state.ResumeTiming();
        for (int i = 0; i < kEvents; i += kBatch) {
            Wire::PushRequest request;
            request.deviceId = f.deviceId;
            request.events = f.events.mid(i, kBatch);
            const auto response = f.store->push(f.token, request);
            if (!response || response->results.last().outcome != Wire::Outcome::Accepted)
                state.SkipWithError("push refused");
        }
        state.PauseTiming();
        f.store.reset();
        state.ResumeTiming();
    }
    state.counters["events_per_s"] =
        benchmark::Counter(double(kEvents), benchmark::Counter::kIsIterationInvariantRate);
}

/// The raw limit for the PostgreSQL store: the same events' bytes inserted with one prepared
/// statement, in the same transactions of 200.
void BM_BarePostgresInsert(benchmark::State& state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString url = freshPostgresDatabase(QStringLiteral("oneseal_bench_bare%1").arg(round++));
        if (url.isEmpty()) {
            state.SkipWithError("set ONESEAL_BENCH_POSTGRES=postgresql://USER@HOST:PORT/DB to measure PostgreSQL");
            break;
        }
        Fixture f = makeFixture(QStringLiteral("pgbare"));
        QList<QByteArray> rows;
        for (const Event& e : f.events)
            rows.append(canonicalJson(Wire::eventToJson(e)).value());
        const QUrl parsed(url);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-bare"));
            db.setHostName(parsed.host());
            db.setPort(parsed.port(5432));
            db.setUserName(parsed.userName());
            db.setPassword(parsed.password());
            db.setDatabaseName(parsed.path().mid(1));
            db.open();
            QSqlQuery create(db);
            create.exec(QStringLiteral("CREATE TABLE log (seq BIGINT PRIMARY KEY, id TEXT UNIQUE, device_id TEXT, "
                                       "device_seq BIGINT, event TEXT)"));
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO log (seq, id, device_id, device_seq, event) VALUES (?, ?, ?, ?, ?)"));
            state.ResumeTiming();
            for (int i = 0; i < kEvents; i += kBatch) {
                db.transaction();
                for (int j = i; j < qMin(kEvents, i + kBatch); ++j) {
                    insert.bindValue(0, j + 1);
                    insert.bindValue(1, f.events.at(j).id);
                    insert.bindValue(2, f.deviceId);
                    insert.bindValue(3, j + 1);
                    insert.bindValue(4, QString::fromUtf8(rows.at(j)));
                    if (!insert.exec())
                        state.SkipWithError("insert failed");
                }
                db.commit();
            }
            state.PauseTiming();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
        state.ResumeTiming();
    }
    state.counters["events_per_s"] =
        benchmark::Counter(double(kEvents), benchmark::Counter::kIsIterationInvariantRate);
}

/// Opening a PostgreSQL store of 2,000 events with no projection kept (a first start, or after the
/// kept file was deleted): the projection is rebuilt from the log.
void BM_PostgresOpen(benchmark::State& state)
{
    const QString url = freshPostgresDatabase(QStringLiteral("oneseal_bench_open"));
    if (url.isEmpty()) {
        state.SkipWithError("set ONESEAL_BENCH_POSTGRES=postgresql://USER@HOST:PORT/DB to measure PostgreSQL");
        return;
    }
    {
        Fixture f = makeFixture(QString(), url);
        for (int i = 0; i < kEvents; i += kBatch) {
            Wire::PushRequest request;
            request.deviceId = f.deviceId;
            request.events = f.events.mid(i, kBatch);
            (void)f.store->push(f.token, request);
        }
    }
    const QTemporaryDir stateDir;
    const QString kept = PostgresCentralStore::projectionPath(QUrl(url), stateDir.path());
    for (auto _ : state) {
        state.PauseTiming();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(kept + suffix);
        state.ResumeTiming();
        auto store = PostgresCentralStore::open(url, stateDir.path());
        if (!store || (*store)->stats().value().logHead < kEvents)
            state.SkipWithError("the store did not open with its events");
    }
    state.counters["events_per_s"] =
        benchmark::Counter(double(kEvents), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_BareSqliteInsert(benchmark::State& state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Fixture f = makeFixture(QStringLiteral("bare") + QString::number(round++));
        QList<QByteArray> rows;
        for (const Event& e : f.events)
            rows.append(canonicalJson(Wire::eventToJson(e)).value());
        const QByteArray path = f.dir->filePath(QStringLiteral("bare.db")).toUtf8();
        sqlite3* db = nullptr;
        sqlite3_open(path.constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE log (seq INTEGER PRIMARY KEY, "
                         "id TEXT UNIQUE, device_id TEXT, device_seq INTEGER, event TEXT)",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO log (id, device_id, device_seq, event) VALUES (?, ?, ?, ?)", -1, &insert,
                           nullptr);
        state.ResumeTiming();
        for (int i = 0; i < kEvents; i += kBatch) {
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            for (int j = i; j < qMin(kEvents, i + kBatch); ++j) {
                const QByteArray id = f.events.at(j).id.toUtf8();
                const QByteArray device = f.deviceId.toUtf8();
                sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(insert, 2, device.constData(), int(device.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(insert, 3, j + 1);
                sqlite3_bind_text(insert, 4, rows.at(j).constData(), int(rows.at(j).size()), SQLITE_TRANSIENT);
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
        state.PauseTiming();
        sqlite3_finalize(insert);
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.counters["events_per_s"] =
        benchmark::Counter(double(kEvents), benchmark::Counter::kIsIterationInvariantRate);
}

/// A town centre's catch-up after a day offline: the pull loop's work without the network.
void BM_TownCatchUp(benchmark::State& state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Fixture f = makeFixture(QStringLiteral("catchup") + QString::number(round++));
        auto town = Database::open(f.dir->filePath(QStringLiteral("town.db")));
        // The town already holds the site the events belong to.
        auto seed = Database::open(f.dir->filePath(QStringLiteral("seed.db")), OpenMode::ReadOnly);
        const auto seedEvents = Journal::list(**seed).value();
        (void)(*town)->transaction([&]() -> Status {
            for (const Event& e : seedEvents) {
                (void)Journal::receive(**town, e);
                (void)Projector::apply(**town, e);
            }
            return {};
        });
        state.ResumeTiming();
        for (int i = 0; i < kEvents; i += kBatch) {
            const Status page = (*town)->transaction([&]() -> Status {
                for (const Event& e : f.events.mid(i, kBatch)) {
                    if (Status s = Journal::receive(**town, e); !s)
                        return s;
                    if (Status s = Projector::apply(**town, e); !s)
                        return s;
                }
                return {};
            });
            if (!page)
                state.SkipWithError("apply failed");
        }
    }
    state.counters["events_per_s"] =
        benchmark::Counter(double(kEvents), benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

BENCHMARK(BM_CentralIngest)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_BareSqliteInsert)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_TownCatchUp)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_CentralIngestPostgres)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_BarePostgresInsert)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_PostgresOpen)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
