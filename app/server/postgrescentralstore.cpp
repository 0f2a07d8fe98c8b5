#include "postgrescentralstore.h"

#include "centralschema.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace OneSeal {
namespace {

Q_LOGGING_CATEGORY(lcPostgres, "oneseal.server.postgres")

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CentralStore)
};

/// The advisory lock that makes one writer of the log ("OSEL" as a number, like the SQLite files'
/// application_id, so that it does not collide with another application's locks in the same database).
constexpr qint64 kWriterLock = 0x4F53454C;

Error postgresError(const QString& what, const QSqlError& error)
{
    return makeError(QStringLiteral("store.postgres"),
                     Text::tr("The PostgreSQL central store failed while %1: %2").arg(what, error.text()));
}

/// The ledger in PostgreSQL, over one connection used by one thread.
///
/// Log appends have one writer: every write transaction first takes a transaction-level advisory
/// lock, and the next server_seq is the head read under that lock plus one (not a sequence or
/// IDENTITY column). Why: a sequence hands out numbers when rows are inserted, not when they
/// commit, so with two writers entry 11 can commit while entry 10 is still in flight; a client
/// pulling at that moment gets 11, moves its cursor past 10, and never sees 10. Under the lock
/// entry N+1 is numbered only after entry N's transaction has committed and become visible (the
/// lock is released after commit), so the log becomes visible strictly in order and a reader that
/// bounds its page by the head it read first never skips a row. The lock also covers other server
/// processes on the same database (a second instance, an import run by hand).
class PostgresLedger final : public CentralLedger
{
public:
    explicit PostgresLedger(QString connectionName) : m_connectionName(std::move(connectionName)) {}
    ~PostgresLedger() override
    {
        m_statements.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    Q_DISABLE_COPY_MOVE(PostgresLedger)

    Result<QSqlQuery> query(const QString& sql, const QVariantList& binds = {}) override
    {
        for (int attempt = 0;; ++attempt) {
            // Each statement is prepared once per connection: preparing it for every call would cost
            // two more round trips to the server (prepare and deallocate) per query. The caller's
            // copy shares the result, which it reads before the same statement runs again.
            auto cached = m_statements.find(sql);
            if (cached == m_statements.end()) {
                QSqlQuery prepared(connection());
                prepared.setForwardOnly(true);
                if (!prepared.prepare(sql)) {
                    if (attempt > 0 || m_depth > 0 || !reconnectAfter(prepared.lastError()))
                        return postgresError(Text::tr("preparing \"%1\"").arg(sql.left(60)), prepared.lastError());
                    continue;
                }
                cached = m_statements.emplace(sql, std::move(prepared));
            }
            // Qt deprecates copying a QSqlQuery because the copies share one result; sharing the
            // prepared statement is the point here.
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            QSqlQuery q = *cached;
            QT_WARNING_POP
            for (int i = 0; i < binds.size(); ++i)
                q.bindValue(i, binds.at(i));
            if (q.exec())
                return q;
            // A restarted or failed-over server drops the connection: outside a transaction the
            // statement is simply tried once more on a new one.
            if (attempt > 0 || m_depth > 0 || !reconnectAfter(q.lastError()))
                return postgresError(Text::tr("running \"%1\"").arg(sql.left(60)), q.lastError());
        }
    }

    Status writeTransaction(const std::function<Status()>& body) override
    {
        if (m_depth > 0)
            return body();
        QSqlDatabase db = connection();
        if (!db.isOpen() && !db.open())
            return postgresError(Text::tr("connecting"), db.lastError());
        if (!db.transaction() && (!reconnectAfter(db.lastError()) || !connection().transaction()))
            return postgresError(Text::tr("starting a transaction"), db.lastError());
        db = connection();
        Status status = [&]() -> Status {
            if (auto lock = query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kWriterLock}); !lock)
                return lock.error();
            ++m_depth;
            const Status result = body();
            --m_depth;
            return result;
        }();
        // COMMIT returns only after the commit record is flushed (synchronous_commit = on, the
        // default; with a synchronous standby, after the standby has it too).
        if (status && !db.commit())
            status = postgresError(Text::tr("committing"), db.lastError());
        if (!status)
            db.rollback();
        return status;
    }

    Status createSchema() override
    {
        QSqlQuery q(connection());
        // "already exists, skipping" on every start is noise in the server's log.
        if (!q.exec(QStringLiteral("SET client_min_messages = warning")) || !q.exec(centralSchemaSql(SqlDialect::Postgres)))
            return postgresError(Text::tr("creating the central tables"), q.lastError());
        return {};
    }

    QString audienceContains() const override { return QStringLiteral("strpos(audience, ?) > 0"); }
    bool sharesProjection() const override { return false; }

private:
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    /// Opens the connection anew after a connection error; false for any other error.
    bool reconnectAfter(const QSqlError& error)
    {
        QSqlDatabase db = connection();
        if (error.type() != QSqlError::ConnectionError && db.isOpen())
            return false;
        m_statements.clear();
        db.close();
        return db.open();
    }

    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
};

} // namespace

PostgresCentralStore::PostgresCentralStore(std::unique_ptr<QTemporaryDir> scratch, std::unique_ptr<Database> db,
                                           std::shared_ptr<const Clock> clock)
    : ProjectedCentralStore(std::move(db), std::move(clock)), m_scratch(std::move(scratch))
{
}

PostgresCentralStore::~PostgresCentralStore() = default;

Result<std::unique_ptr<PostgresCentralStore>> PostgresCentralStore::open(const QString& url, const QString& stateDir,
                                                                         std::shared_ptr<const Clock> clock)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString database = parsed.path().mid(1);
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres") ||
        parsed.host().isEmpty() || parsed.userName().isEmpty() || database.isEmpty() || database.contains(u'/'))
        return makeError(QStringLiteral("store.postgres_url"),
                         Text::tr("The store %1 is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DB, "
                                  "for example postgresql://oneseal@127.0.0.1:5432/oneseal.")
                             .arg(url),
                         QStringLiteral("store"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(QStringLiteral("store.postgres_driver"),
                         Text::tr("Qt's PostgreSQL driver is not installed; install the package libqt6sql6-psql."));

    // The projection is derived data kept between runs: a command (enrol-code, export) or a restart
    // applies only what the log gained since. It needs no backup, and no fsync per commit: it notes
    // in the same transaction how far it got, so after a crash it resumes from a consistent point.
    const QString kept = projectionPath(parsed, stateDir);
    if (kept.isEmpty() && !stateDir.isEmpty())
        qCWarning(lcPostgres).noquote()
            << Text::tr("The state folder %1 cannot be written: the projection is rebuilt from the log in a "
                        "temporary folder at every start. Give the server a folder it may write with --state-dir.")
                   .arg(QDir::toNativeSeparators(stateDir));
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<QTemporaryDir> scratch;
        QString file = kept;
        if (file.isEmpty()) {
            scratch = std::make_unique<QTemporaryDir>();
            if (!scratch->isValid())
                return makeError(QStringLiteral("store.scratch"),
                                 Text::tr("No folder for the projection: %1").arg(scratch->errorString()));
            file = scratch->filePath(QStringLiteral("projection.db"));
        }
        auto ledger = connectLedger(parsed, database);
        if (!ledger)
            return ledger.error();
        auto store = openWith(file, std::move(scratch), std::move(ledger).value(), clock);
        if (store || attempt > 0 || kept.isEmpty())
            return store;
        // A projection of another log, or a file a crash left unreadable: made anew from the log.
        qCWarning(lcPostgres).noquote() << store.error().message;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(kept + suffix);
    }
}

QString PostgresCentralStore::projectionPath(const QUrl& url, const QString& stateDir)
{
    if (stateDir.isEmpty() || !QDir().mkpath(stateDir) || !QFileInfo(stateDir).isWritable())
        return {};
    const QString id = url.host() + u':' + QString::number(url.port(5432)) + url.path();
    const QByteArray digest = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(stateDir).absoluteFilePath(QStringLiteral("oneseal-projection-") + QString::fromLatin1(digest) +
                                           QStringLiteral(".db"));
}

Result<std::unique_ptr<CentralLedger>> PostgresCentralStore::connectLedger(const QUrl& parsed, const QString& database)
{
    const QString connectionName =
        QStringLiteral("oneseal-central-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    if (!parsed.password().isEmpty())
        db.setPassword(parsed.password());
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=oneseal-server"));
    auto ledger = std::make_unique<PostgresLedger>(connectionName);
    if (!db.open())
        return postgresError(Text::tr("connecting to %1").arg(parsed.toString(QUrl::RemovePassword)), db.lastError());
    return std::unique_ptr<CentralLedger>(std::move(ledger));
}

Result<std::unique_ptr<PostgresCentralStore>> PostgresCentralStore::openWith(const QString& file,
                                                                             std::unique_ptr<QTemporaryDir> scratch,
                                                                             std::unique_ptr<CentralLedger> ledger,
                                                                             std::shared_ptr<const Clock> clock)
{
    auto projection = Database::open(file, OpenMode::ReadWrite);
    if (!projection)
        return projection.error();
    if (auto fast = (*projection)->query(QStringLiteral("PRAGMA synchronous = NORMAL")); !fast)
        return fast.error();
    std::unique_ptr<PostgresCentralStore> store(
        new PostgresCentralStore(std::move(scratch), std::move(projection).value(), std::move(clock)));
    if (Status prepared = store->prepare(std::move(ledger)); !prepared)
        return prepared.error();
    return store;
}

} // namespace OneSeal
