#include "syncclient.h"

#include "db/database.h"
#include "db/journal.h"
#include "httptransport.h"
#include "services/projector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <sodium.h>

namespace OneSeal {
namespace {

Q_LOGGING_CATEGORY(lcSync, "oneseal.sync")

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncClient)
};

QString now()
{
    return formatEventTime(QDateTime::currentDateTimeUtc());
}

} // namespace

SyncClient::SyncClient(Database& db, const QUrl& server, QString token)
    : m_db(db), m_token(std::move(token)), m_http(std::make_unique<HttpTransport>(server))
{
}

SyncClient::~SyncClient() = default;

Status SyncClient::replyError(int status, const QByteArray& body)
{
    return Wire::decodeError(body, status);
}

Result<SyncReport> SyncClient::syncOnce()
{
    SyncReport report;
    if (Status pushed = push(report); !pushed)
        return pushed.error();
    if (Status pulled = pull(report); !pulled)
        return pulled.error();
    if (Status witnessed = witness(report); !witnessed)
        return witnessed.error();
    const auto pending = SyncState::pendingCount(m_db);
    if (!pending)
        return pending.error();
    report.pending = *pending;
    if (Status stamped = SyncState::setValue(m_db, SyncState::kLastSync, now()); !stamped)
        return stamped.error();
    return report;
}

Status SyncClient::push(SyncReport& report)
{
    for (;;) {
        const qint64 acked = SyncState::value(m_db, SyncState::kAcked, QStringLiteral("0")).toLongLong();
        const auto events = Journal::listOwn(m_db, acked, m_batch);
        if (!events)
            return events.error();
        if (events->isEmpty())
            return {};
        Wire::PushRequest request;
        request.deviceId = m_db.deviceId();
        request.events = *events;
        const auto reply = m_http->post(QStringLiteral("/v1/events"), Wire::encodePush(request), m_token);
        if (!reply)
            return reply.error();
        if (reply->status != 200)
            return replyError(reply->status, reply->body);
        const auto response = Wire::decodePushResponse(reply->body);
        if (!response)
            return response.error();
        if (response->results.size() != events->size())
            return makeError(QStringLiteral("sync.short_answer"),
                             Text::tr("The server answered for %1 of %2 events; they are sent again next time.")
                                 .arg(response->results.size())
                                 .arg(events->size()));
        const Status saved = m_db.transaction([&]() -> Status {
            QList<const Event*> refused;
            for (qsizetype i = 0; i < events->size(); ++i) {
                const Wire::PushResult& r = response->results.at(i);
                const Event& e = events->at(i);
                if (r.eventId != e.id)
                    return makeError(QStringLiteral("sync.short_answer"),
                                     Text::tr("The server's answer does not match the events sent."));
                if (r.outcome == Wire::Outcome::Accepted)
                    continue;
                if (Status noted = SyncState::addConflict(m_db, e.id, r.serverSeq, r.reasonCode, r.reason, now());
                    !noted)
                    return noted;
                refused.append(&e);
            }
            // The subject goes back to what the accepted steps make of it; the refused step waits in
            // the conflicts list for the user to redo.
            if (!refused.isEmpty()) {
                const auto conflicts = SyncState::conflicts(m_db);
                if (!conflicts)
                    return conflicts.error();
                QSet<QString> ids;
                for (const SyncConflict& c : *conflicts)
                    ids.insert(c.eventId);
                for (const Event* e : std::as_const(refused)) {
                    if (auto rebuilt = Projector::rebuildSubject(m_db, e->subjectType, e->subjectId, ids); !rebuilt)
                        return rebuilt.error();
                }
            }
            return SyncState::setValue(m_db, SyncState::kAcked, QString::number(events->last().deviceSeq));
        });
        if (!saved)
            return saved;
        for (qsizetype i = 0; i < events->size(); ++i) {
            const Wire::PushResult& r = response->results.at(i);
            const Event& e = events->at(i);
            ++report.pushed;
            if (r.outcome == Wire::Outcome::Accepted) {
                ++report.accepted;
                continue;
            }
            report.rejected.append({e.id, e.type, e.subjectType, e.subjectId, r.serverSeq, r.reasonCode, r.reason});
        }
    }
}

Status SyncClient::pull(SyncReport& report)
{
    for (;;) {
        const qint64 cursor = SyncState::value(m_db, SyncState::kCursor, QStringLiteral("0")).toLongLong();
        const auto reply = m_http->get(
            QStringLiteral("/v1/events?after=%1&limit=%2").arg(cursor).arg(m_batch), m_token);
        if (!reply)
            return reply.error();
        if (reply->status != 200)
            return replyError(reply->status, reply->body);
        const auto page = Wire::decodePullPage(reply->body);
        if (!page)
            return page.error();
        if (page->next < cursor)
            return makeError(QStringLiteral("sync.cursor_back"),
                             Text::tr("The server offered to go back from position %1 to %2; this database keeps "
                                      "its place and reports it.")
                                 .arg(cursor)
                                 .arg(page->next));
        qint64 applied = 0;
        // A page and the cursor move together: a crash leaves either both or neither.
        const Status saved = m_db.transaction([&]() -> Status {
            for (const Wire::PulledEvent& pulled : page->events) {
                const auto known = Journal::contains(m_db, pulled.event.id);
                if (!known)
                    return known.error();
                if (*known)
                    continue;
                if (Status stored = Journal::receive(m_db, pulled.event); !stored)
                    return stored;
                if (Status projected = Projector::apply(m_db, pulled.event); !projected)
                    return projected;
                ++applied;
            }
            return SyncState::setValue(m_db, SyncState::kCursor, QString::number(page->next));
        });
        if (!saved)
            return saved;
        report.pulled += applied;
        report.cursor = page->next;
        if (!page->more)
            return {};
    }
}

Status SyncClient::witness(SyncReport& report)
{
    const auto reply = m_http->get(QStringLiteral("/v1/checkpoint"), m_token);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return replyError(reply->status, reply->body);
    const auto checkpoint = Wire::decodeCheckpoint(reply->body);
    if (!checkpoint)
        return checkpoint.error();
    const QString pinned = SyncState::value(m_db, SyncState::kServerKey);
    const QByteArray key = QByteArray::fromBase64(pinned.toLatin1());
    const QByteArray signature = QByteArray::fromBase64(checkpoint->signature.toLatin1());
    const QByteArray message = checkpoint->signedBytes();
    if (checkpoint->publicKey != pinned || key.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    quint64(message.size()), reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        return makeError(QStringLiteral("sync.bad_checkpoint"),
                         Text::tr("The server's checkpoint is not signed by the key this device was enrolled with; "
                                  "this is not the same central store, or its key was replaced. Tell the IT team."));
    const auto last = SyncState::lastCheckpoint(m_db);
    if (!last)
        return last.error();
    if (checkpoint->serverSeq < last->serverSeq)
        return makeError(QStringLiteral("sync.log_shrunk"),
                         Text::tr("The central log is shorter (%1) than this device saw before (%2): it was rolled "
                                  "back or replaced. Tell the IT team.")
                             .arg(checkpoint->serverSeq)
                             .arg(last->serverSeq));
    const auto same = SyncState::checkpointAt(m_db, checkpoint->serverSeq);
    if (!same)
        return same.error();
    if (same->serverSeq == checkpoint->serverSeq && same->serverSeq > 0 && same->headHash != checkpoint->headHash)
        return makeError(QStringLiteral("sync.log_rewritten"),
                         Text::tr("The central log at position %1 is not what this device saw before: it was "
                                  "rewritten. Tell the IT team.")
                             .arg(checkpoint->serverSeq));
    if (Status kept = SyncState::keepCheckpoint(m_db, *checkpoint); !kept)
        return kept;
    report.checkpointSeq = checkpoint->serverSeq;
    return {};
}

Result<Wire::Enrolment> SyncClient::enrol(Database& db, const QUrl& server, const QString& code)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("sync.sodium"), Text::tr("libsodium could not be initialised."));
    HttpTransport http(server);
    const auto reply =
        http.post(QStringLiteral("/v1/enrol"), Wire::encodeEnrolRequest({code.trimmed(), db.deviceId()}), QString());
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return Wire::decodeError(reply->body, reply->status);
    auto enrolment = Wire::decodeEnrolment(reply->body);
    if (!enrolment)
        return enrolment.error();
    // A new enrolment is the administrator's consent to trust the server's key it brings, also when
    // it differs from the key pinned before (a new central store); the log says so.
    const QString previousKey = SyncState::value(db, SyncState::kServerKey);
    if (!previousKey.isEmpty() && previousKey != enrolment->serverPublicKey)
        qCWarning(lcSync) << "enrolment replaces the pinned server key";
    const Status saved = db.transaction([&]() -> Status {
        for (const auto& [key, value] : {std::pair{SyncState::kServerUrl, server.toString()},
                                         std::pair{SyncState::kSiteId, enrolment->siteId},
                                         std::pair{SyncState::kSiteCode, enrolment->siteCode},
                                         std::pair{SyncState::kServerKey, enrolment->serverPublicKey}}) {
            if (Status set = SyncState::setValue(db, key, value); !set)
                return set;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return enrolment;
}

} // namespace OneSeal
