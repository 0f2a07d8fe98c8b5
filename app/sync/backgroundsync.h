#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

class QThread;
class QTimer;

namespace OneSeal {

class SyncWorker;

/// Where the background sync stands, as the status bar shows it.
struct SyncSnapshot
{
    enum class Link { Unknown, Online, Offline };
    Link link = Link::Unknown;
    bool syncing = false;
    QDateTime lastSync; ///< UTC; invalid when this database never synced
    qint64 pending = 0; ///< own steps not yet answered by the server
    qint64 conflicts = 0; ///< refused steps not yet seen
    qint64 pulledLast = 0; ///< steps of other devices the last sync brought in
    QString problem;      ///< why the last attempt failed; empty when it succeeded
    QString problemCode;
    bool tokenForSessionOnly = false; ///< no keychain answered; the token lives in this process only
    QDateTime nextAttempt; ///< UTC
};

/// Syncs an enrolled database in the background: a timer starts a sync on a worker thread with its own
/// database connection, so the window never waits for the network; after a failure the next attempt
/// waits twice as long (up to a limit), and a success returns to the regular interval. The device token
/// is read from the keychain without blocking.
class BackgroundSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSync)

public:
    BackgroundSync(QString databasePath, QString deviceId, QUrl server, QObject* parent = nullptr);
    ~BackgroundSync() override;

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    void setMaxBackoff(std::chrono::milliseconds limit) { m_maxBackoff = limit; }
    std::chrono::milliseconds currentDelay() const { return m_delay; }

    /// Reads the token and starts the first sync.
    void start();
    /// Syncs as soon as the running sync (if any) is done.
    void syncNow();
    /// Uses @p token for this session (an enrolment made here with no keychain to keep it).
    void useSessionToken(const QString& token);

    const SyncSnapshot& snapshot() const { return m_snapshot; }
    QUrl server() const { return m_server; }

signals:
    void snapshotChanged(const OneSeal::SyncSnapshot& snapshot);
    /// The last sync brought in steps of other devices or refusals: views may want to read again.
    void dataChanged();

private:
    void attempt();
    void scheduleNext();
    void takeResult(const OneSeal::SyncSnapshot& result);

    QString m_path;
    QString m_deviceId;
    QUrl m_server;
    QString m_token;
    bool m_tokenRequested = false;
    bool m_again = false;
    QThread* m_thread;
    SyncWorker* m_worker;
    QTimer* m_timer;
    std::chrono::milliseconds m_interval{std::chrono::minutes(1)};
    std::chrono::milliseconds m_maxBackoff{std::chrono::minutes(15)};
    std::chrono::milliseconds m_delay{std::chrono::minutes(1)};
    SyncSnapshot m_snapshot;
};

} // namespace OneSeal

Q_DECLARE_METATYPE(OneSeal::SyncSnapshot)
