#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OneSeal::Wire {

/// The protocol version a push or pull speaks; the server refuses versions it does not know, so an
/// old client is told to update instead of having its events misread.
constexpr int kProtocolVersion = 1;

/// How many events a push or a pull page carries at most.
constexpr int kMaxBatch = 500;

/// An event as it travels: every hashed field plus its hash. Reading checks that the hash matches.
QJsonObject eventToJson(const Event& event);
Result<Event> eventFromJson(const QJsonObject& object);

/// POST /v1/events: one device's events in device order.
struct PushRequest
{
    int protocol = kProtocolVersion;
    QString deviceId;
    QList<Event> events;
};
QByteArray encodePush(const PushRequest& request);
Result<PushRequest> decodePush(const QByteArray& body);

enum class Outcome { Accepted, Rejected };

/// What the server decided about one pushed event. A replayed push gets the same values back.
struct PushResult
{
    QString eventId;
    qint64 deviceSeq = 0;
    qint64 serverSeq = 0;
    Outcome outcome = Outcome::Accepted;
    QString reasonCode; ///< empty when accepted
    QString reason;     ///< a sentence for the user, empty when accepted
};
struct PushResponse
{
    QList<PushResult> results;
};
QByteArray encodePushResponse(const PushResponse& response);
Result<PushResponse> decodePushResponse(const QByteArray& body);

/// GET /v1/events?after=CURSOR: a page of accepted events the site may see. @c next is the cursor to
/// ask after next time; it moves past events the site may not see, so filtered pages still advance.
struct PulledEvent
{
    qint64 serverSeq = 0;
    Event event;
};
struct PullPage
{
    QList<PulledEvent> events;
    qint64 next = 0;
    bool more = false;
};
QByteArray encodePullPage(const PullPage& page);
Result<PullPage> decodePullPage(const QByteArray& body);

/// GET /v1/checkpoint: the server's signed statement of its log head. The signature (Ed25519) covers
/// signedBytes(); clients keep every checkpoint they saw as witnesses that the log was not rewritten.
struct Checkpoint
{
    qint64 serverSeq = 0;
    QString headHash;  ///< hex SHA-256 chaining every log entry up to serverSeq
    QString signedAt;  ///< ISO 8601 UTC
    QString publicKey; ///< base64
    QString signature; ///< base64
    QByteArray signedBytes() const;
};
QByteArray encodeCheckpoint(const Checkpoint& checkpoint);
Result<Checkpoint> decodeCheckpoint(const QByteArray& body);

/// POST /v1/enrol
struct EnrolRequest
{
    QString code;
    QString deviceId;
};
struct Enrolment
{
    QString deviceToken;
    QString siteId;
    QString siteCode;
    QString serverPublicKey; ///< base64; pinned by the client to check checkpoints
};
QByteArray encodeEnrolRequest(const EnrolRequest& request);
Result<EnrolRequest> decodeEnrolRequest(const QByteArray& body);
QByteArray encodeEnrolment(const Enrolment& enrolment);
Result<Enrolment> decodeEnrolment(const QByteArray& body);

/// Every error answer: {"error": {"code": ..., "message": ...}}.
QByteArray encodeError(const Error& error);
Error decodeError(const QByteArray& body, int httpStatus);

} // namespace OneSeal::Wire
