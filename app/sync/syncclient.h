#pragma once

#include "core/result.h"
#include "sync/syncstate.h"
#include "sync/wire.h"

#include <QList>
#include <QUrl>

namespace OneSeal {

class Database;
class HttpTransport;

/// What one sync did, for the status bar and for `onesealctl sync`.
struct SyncReport
{
    qint64 pushed = 0;   ///< own events the server answered for in this sync
    qint64 accepted = 0; ///< of which accepted
    QList<SyncConflict> rejected;
    qint64 pulled = 0;  ///< events of other devices applied here
    qint64 cursor = 0;  ///< server sequence pulled up to
    qint64 pending = 0; ///< own events still waiting for the server
    qint64 checkpointSeq = 0;
};

/// One device's side of the sync protocol over one database: push own events in order, note the
/// server's rejections as conflicts, pull what this site may see and apply it through the
/// Projector (a page and the cursor in one transaction), and keep the server's signed checkpoints.
/// Every step may be cut off at any point and simply run again.
class SyncClient final
{
public:
    SyncClient(Database& db, const QUrl& server, QString token);
    ~SyncClient();
    Q_DISABLE_COPY_MOVE(SyncClient)

    /// Events per push and per pull page.
    void setBatchSize(int events) { m_batch = events; }

    Result<SyncReport> syncOnce();
    Status push(SyncReport& report);
    Status pull(SyncReport& report);
    /// Fetches, checks (signature by the server key pinned at enrolment, no rewrite of a head this
    /// device saw before) and keeps the server's checkpoint.
    Status witness(SyncReport& report);

    /// Enrols @p db's device with @p code and records the server in the database. The token is in
    /// the result: the caller puts it into the keychain.
    static Result<Wire::Enrolment> enrol(Database& db, const QUrl& server, const QString& code);

private:
    Status replyError(int status, const QByteArray& body);

    Database& m_db;
    QString m_token;
    std::unique_ptr<HttpTransport> m_http;
    int m_batch = 200;
};

} // namespace OneSeal
