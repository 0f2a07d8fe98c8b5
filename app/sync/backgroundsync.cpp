#include "backgroundsync.h"

#include "db/database.h"
#include "devicecredential.h"
#include "syncclient.h"
#include "syncstate.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace OneSeal {
namespace {
Q_LOGGING_CATEGORY(lcBackground, "oneseal.sync.background")

/// Errors that say the server was not reached (as opposed to a server that answered with a refusal).
bool isOffline(const QString& code)
{
    return code == u"sync.unreachable" || code == u"sync.timeout" || code == u"sync.cut";
}
} // namespace

/// Lives on the sync thread: owns that thread's database connection and runs one sync at a time.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    explicit SyncWorker(QString path) : m_path(std::move(path)) {}

    void run(const QUrl& server, const QString& token)
    {
        m_running = true;
        SyncSnapshot result;
        if (!m_db) {
            auto opened = Database::open(m_path);
            if (!opened) {
                result.problem = opened.error().message;
                result.problemCode = opened.error().code;
                m_running = false;
                emit finished(result);
                return;
            }
            m_db = std::move(opened).value();
        }
        SyncClient client(*m_db, server, token);
        const auto report = client.syncOnce();
        if (report) {
            result.link = SyncSnapshot::Link::Online;
            result.pulledLast = report->pulled + report->rejected.size();
        } else {
            result.problem = report.error().message;
            result.problemCode = report.error().code;
            result.link = isOffline(report.error().code) ? SyncSnapshot::Link::Offline : SyncSnapshot::Link::Online;
            qCInfo(lcBackground).noquote() << "sync failed:" << report.error().code << report.error().message;
        }
        fillCounts(result);
        m_running = false;
        if (m_closing)
            m_db.reset();
        emit finished(result);
    }

    void close()
    {
        // The HTTP requests of a sync under way wait in a local event loop, which also delivers this
        // call: the connection closes when that sync has finished with it, not under its feet.
        if (m_running) {
            m_closing = true;
            return;
        }
        m_db.reset();
    }

signals:
    void finished(const OneSeal::SyncSnapshot& result);

private:
    void fillCounts(SyncSnapshot& result)
    {
        if (const auto pending = SyncState::pendingCount(*m_db))
            result.pending = *pending;
        if (const auto conflicts = SyncState::openConflictCount(*m_db))
            result.conflicts = *conflicts;
        const QString last = SyncState::value(*m_db, SyncState::kLastSync);
        if (!last.isEmpty())
            result.lastSync = QDateTime::fromString(last, Qt::ISODateWithMs);
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
    bool m_running = false;
    bool m_closing = false;
};

BackgroundSync::BackgroundSync(QString databasePath, QString deviceId, QUrl server, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_deviceId(std::move(deviceId)), m_server(std::move(server)),
      m_thread(new QThread(this)), m_worker(new SyncWorker(m_path)), m_timer(new QTimer(this))
{
    qRegisterMetaType<OneSeal::SyncSnapshot>();
    m_thread->setObjectName(QStringLiteral("oneseal-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::finished, this, &BackgroundSync::takeResult, Qt::QueuedConnection);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BackgroundSync::attempt);
    m_thread->start();
}

BackgroundSync::~BackgroundSync()
{
    m_timer->stop();
    // The worker's connection closes on its own thread; a sync under way finishes first (its HTTP
    // requests time out on their own).
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void BackgroundSync::start()
{
    m_delay = m_interval;
    attempt();
}

void BackgroundSync::syncNow()
{
    if (m_snapshot.syncing) {
        m_again = true;
        return;
    }
    m_timer->stop();
    attempt();
}

void BackgroundSync::useSessionToken(const QString& token)
{
    m_token = token;
    m_snapshot.tokenForSessionOnly = true;
    syncNow();
}

void BackgroundSync::attempt()
{
    if (m_snapshot.syncing)
        return;
    if (m_token.isEmpty()) {
        if (m_tokenRequested)
            return;
        m_tokenRequested = true;
        DeviceCredential::loadAsync(m_deviceId, this, [this](Result<QString> token) {
            m_tokenRequested = false;
            if (!token) {
                m_snapshot.problem = token.error().message;
                m_snapshot.problemCode = token.error().code;
                m_delay = std::min(m_delay * 2, m_maxBackoff);
                scheduleNext();
                emit snapshotChanged(m_snapshot);
                return;
            }
            m_token = *token;
            attempt();
        });
        return;
    }
    m_snapshot.syncing = true;
    emit snapshotChanged(m_snapshot);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, server = m_server, token = m_token] {
        worker->run(server, token);
    });
}

void BackgroundSync::takeResult(const SyncSnapshot& result)
{
    const bool sessionOnly = m_snapshot.tokenForSessionOnly;
    const QDateTime previous = m_snapshot.lastSync;
    m_snapshot = result;
    m_snapshot.syncing = false;
    m_snapshot.tokenForSessionOnly = sessionOnly;
    if (!m_snapshot.lastSync.isValid())
        m_snapshot.lastSync = previous;
    // A refused token is not retried as it is: it may have been replaced by a new enrolment.
    if (result.problemCode.startsWith(u"auth."))
        m_token.clear();
    m_delay = result.problem.isEmpty() ? m_interval : std::min(m_delay * 2, m_maxBackoff);
    if (m_again) {
        m_again = false;
        m_delay = std::chrono::milliseconds(0);
    }
    scheduleNext();
    emit snapshotChanged(m_snapshot);
    if (result.pulledLast > 0)
        emit dataChanged();
}

void BackgroundSync::scheduleNext()
{
    m_snapshot.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(m_delay.count());
    m_timer->start(m_delay);
}

} // namespace OneSeal

#include "backgroundsync.moc"
