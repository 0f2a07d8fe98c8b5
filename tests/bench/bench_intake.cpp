// Intake of one application through the service, against the raw limit measured in the same run: a
// bare insert of the very rows that intake writes (journal events, applicant, application, notice,
// dishonesty lookup), on the same connection with the same pragmas (WAL, synchronous=FULL, foreign
// keys), one transaction each. The ratio is what the service's checks, lookups, numbering, canonical
// JSON and hash chain cost over writing the bytes. Printing is not part of it.
#include "core/creditcode.h"
#include "db/journal.h"
#include "security/passwordhasher.h"
#include "services/services.h"
#include "services/setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlRecord>
#include <QSet>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace OneSeal;

namespace {

const QString kFoodLicence = QStringLiteral("11510182MB1D4D6X2F4000100151001");
const QStringList kFoodMaterials{
    QStringLiteral("食品经营许可申请书"), QStringLiteral("营业执照或者其他主体资格证明文件"),
    QStringLiteral("经营场所平面图和设备布局、操作流程示意图"), QStringLiteral("食品安全管理制度文本"),
    QStringLiteral("食品安全管理人员及从业人员健康证明")};

/// The demo database, made once per process (its accounts' Argon2id hashes take seconds).
class Fixture
{
public:
    static Fixture& instance()
    {
        static Fixture fixture;
        return fixture;
    }

    /// A fresh copy of the demo database, open, at a fixed working day.
    std::unique_ptr<Services> openCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (!QFile::copy(m_template, path))
            return {};
        auto services = Services::open(path, OpenMode::ReadWrite, m_clock);
        return services ? std::move(services).value() : nullptr;
    }

    bool ok() const { return m_ok; }

private:
    Fixture() : m_clock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 16), QTime(1, 30), Qt::UTC)))
    {
        m_template = m_dir.filePath(QStringLiteral("template.oneseal"));
        auto services = Services::open(m_template, OpenMode::ReadWrite, m_clock);
        m_ok = services && Setup::createDemo(**services).ok();
    }

    QTemporaryDir m_dir;
    QString m_template;
    std::shared_ptr<FixedClock> m_clock;
    bool m_ok = false;
};

// A benchmark that stops with an error must fail the run: ctest only checks the exit status.
bool g_failed = false;

void fail(benchmark::State& state, const char* message)
{
    g_failed = true;
    state.SkipWithError(message);
}

IntakeRequest request(int n)
{
    IntakeRequest r;
    r.requestId = QStringLiteral("bench-%1").arg(n, 8, 10, QLatin1Char('0'));
    r.applicantKind = QStringLiteral("organisation");
    // Another company each time: an open application is never taken in twice for the same applicant.
    const QString body = QStringLiteral("9151018200%1").arg(n, 7, 10, QLatin1Char('0'));
    r.applicantIdentifier = body + CreditCode::checkCharacter(body);
    r.applicantName = QStringLiteral("彭州市天府餐饮管理有限公司");
    r.applicantPhone = QStringLiteral("028-83712345");
    r.applicantAddress = QStringLiteral("彭州市天彭街道南大街 18 号");
    r.itemCode = kFoodLicence;
    for (const QString& name : kFoodMaterials)
        r.materials.append({name, 1, 0, QStringLiteral("received"), QString()});
    r.outcome = IntakeOutcome::Accept;
    return r;
}

void intakeThroughService(benchmark::State& state)
{
    auto services = Fixture::instance().openCopy(QStringLiteral("service.oneseal"));
    if (!services) {
        fail(state, "cannot open a copy of the demo database");
        return;
    }
    const auto clerk = services->accounts().sessionFor(QStringLiteral("clerk"));
    int n = 0;
    for (auto _ : state) {
        const auto result = services->intake().submit(*clerk, request(++n));
        if (!result) {
            fail(state, result.error().message.toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(result->caseNumber);
    }
    state.SetItemsProcessed(state.iterations());
}

/// One row to insert again: its table and its values by column.
struct Row
{
    QString table;
    QStringList columns;
    QVariantList values;
};

Result<QList<Row>> rowsOf(Services& services, const QString& table, const QString& where, const QVariantList& binds,
                          const QStringList& skip = {})
{
    auto q = services.database().query(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where), binds);
    if (!q)
        return q.error();
    QList<Row> rows;
    while (q->next()) {
        Row row{table, {}, {}};
        const QSqlRecord record = q->record();
        for (int i = 0; i < record.count(); ++i) {
            if (skip.contains(record.fieldName(i)))
                continue;
            row.columns.append(record.fieldName(i));
            row.values.append(record.value(i));
        }
        rows.append(row);
    }
    return rows;
}

void bareInsertOfTheSameRows(benchmark::State& state)
{
    auto services = Fixture::instance().openCopy(QStringLiteral("bare.oneseal"));
    if (!services) {
        fail(state, "cannot open a copy of the demo database");
        return;
    }
    // One intake through the service shows which rows an intake writes.
    const auto clerk = services->accounts().sessionFor(QStringLiteral("clerk"));
    const qint64 before = Journal::count(services->database()).value();
    const auto sample = services->intake().submit(*clerk, request(0));
    if (!sample) {
        fail(state, sample.error().message.toUtf8().constData());
        return;
    }
    QList<Row> rows;
    const auto add = [&](Result<QList<Row>> found) {
        if (found)
            rows += *found;
        return found.ok();
    };
    if (!add(rowsOf(*services, QStringLiteral("journal"), QStringLiteral("seq > ?"), {before},
                    {QStringLiteral("seq")})) ||
        !add(rowsOf(*services, QStringLiteral("dishonesty_lookups"),
                    QStringLiteral("id IN (SELECT subject_id FROM journal WHERE seq > ?)"), {before})) ||
        !add(rowsOf(*services, QStringLiteral("applicants"),
                    QStringLiteral("id = (SELECT applicant_id FROM applications WHERE id = ?)"),
                    {sample->applicationId})) ||
        !add(rowsOf(*services, QStringLiteral("applications"), QStringLiteral("id = ?"), {sample->applicationId})) ||
        !add(rowsOf(*services, QStringLiteral("notices"), QStringLiteral("id = ?"), {sample->noticeId})) ||
        rows.size() != 8) {
        fail(state, "the sample intake did not write the expected eight rows");
        return;
    }
    // Columns that must be unique get a fresh value per copy; references follow the ids they point to.
    static const QStringList kUniqueText{QStringLiteral("id"),
                                         QStringLiteral("hash"),
                                         QStringLiteral("case_number"),
                                         QStringLiteral("request_id"),
                                         QStringLiteral("document_number"),
                                         QStringLiteral("identifier")};
    static const QStringList kUniqueNumber{QStringLiteral("device_seq"), QStringLiteral("number")};
    QSet<QString> ids;
    for (const Row& row : rows) {
        if (row.table != u"journal")
            ids.insert(row.values.at(row.columns.indexOf(QStringLiteral("id"))).toString());
    }
    QList<QString> statements;
    for (const Row& row : rows)
        statements.append(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(row.table, row.columns.join(u','),
                                   QStringList(row.columns.size(), QStringLiteral("?")).join(u',')));

    int n = 0;
    for (auto _ : state) {
        ++n;
        const QString suffix = QStringLiteral("-b%1").arg(n);
        const Status status = services->database().transaction([&]() -> Status {
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const Row& row = rows.at(r);
                QVariantList values = row.values;
                for (qsizetype c = 0; c < values.size(); ++c) {
                    const QString& column = row.columns.at(c);
                    if (kUniqueNumber.contains(column))
                        values[c] = values.at(c).toLongLong() + 1000000000LL + 1000LL * n;
                    else if (kUniqueText.contains(column) ||
                             (values.at(c).typeId() == QMetaType::QString && ids.contains(values.at(c).toString())))
                        values[c] = QString(values.at(c).toString() + suffix);
                }
                if (auto q = services->database().query(statements.at(r), values); !q)
                    return q.error();
            }
            return {};
        });
        if (!status) {
            fail(state, status.error().message.toUtf8().constData());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(intakeThroughService)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(bareInsertOfTheSameRows)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("oneseal.*.debug=false\noneseal.*.info=false"));
    if (!PasswordHasher::initialise())
        return 1;
    if (!Fixture::instance().ok()) {
        fprintf(stderr, "bench_intake: the demo database could not be made\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return g_failed ? 1 : 0;
}
