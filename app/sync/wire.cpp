#include "wire.h"

#include "core/canonicaljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace OneSeal::Wire {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Wire)
};

Error malformed(const QString& what)
{
    return makeError(QStringLiteral("wire.malformed"),
                     Text::tr("The message is not a valid sync message: %1. Check that client and server are "
                              "the same version.")
                         .arg(what));
}

/// Canonical bytes, so that the same answer is always the same bytes (a replayed push is answered
/// byte for byte as the first time).
QByteArray bytesOf(const QJsonObject& object)
{
    return canonicalJson(object).value();
}

Result<QJsonObject> objectOf(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(Text::tr("the body is not a JSON object (%1 at byte %2)")
                             .arg(error.errorString())
                             .arg(error.offset));
    return doc.object();
}

/// Reads a required field of the expected type, naming it when it is missing.
bool need(const QJsonObject& o, const char* key, QJsonValue::Type type, QString* missing)
{
    if (o.value(QLatin1String(key)).type() == type)
        return true;
    if (missing->isEmpty())
        *missing = Text::tr("the field \"%1\" is missing or of the wrong type").arg(QLatin1String(key));
    return false;
}

qint64 integer(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

QJsonObject eventToJson(const Event& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("device_id"), e.deviceId},
        {QStringLiteral("device_seq"), e.deviceSeq},
        {QStringLiteral("site_id"), e.siteId},
        {QStringLiteral("user_id"), e.userId},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("subject_type"), e.subjectType},
        {QStringLiteral("subject_id"), e.subjectId},
        {QStringLiteral("subject_version"), e.subjectVersion},
        {QStringLiteral("payload"), e.payload},
        {QStringLiteral("device_time"), formatEventTime(e.deviceTime)},
        {QStringLiteral("prev_hash"), e.prevHash},
        {QStringLiteral("hash"), e.hash},
    };
}

Result<Event> eventFromJson(const QJsonObject& o)
{
    QString missing;
    const bool complete = need(o, "id", QJsonValue::String, &missing) &
                          need(o, "device_id", QJsonValue::String, &missing) &
                          need(o, "device_seq", QJsonValue::Double, &missing) &
                          need(o, "site_id", QJsonValue::String, &missing) &
                          need(o, "user_id", QJsonValue::String, &missing) &
                          need(o, "type", QJsonValue::String, &missing) &
                          need(o, "subject_type", QJsonValue::String, &missing) &
                          need(o, "subject_id", QJsonValue::String, &missing) &
                          need(o, "subject_version", QJsonValue::Double, &missing) &
                          need(o, "payload", QJsonValue::Object, &missing) &
                          need(o, "device_time", QJsonValue::String, &missing) &
                          need(o, "prev_hash", QJsonValue::String, &missing) &
                          need(o, "hash", QJsonValue::String, &missing);
    if (!complete)
        return malformed(missing);
    Event e;
    e.id = o.value(u"id").toString();
    e.deviceId = o.value(u"device_id").toString();
    e.deviceSeq = integer(o, "device_seq");
    e.siteId = o.value(u"site_id").toString();
    e.userId = o.value(u"user_id").toString();
    e.type = o.value(u"type").toString();
    e.subjectType = o.value(u"subject_type").toString();
    e.subjectId = o.value(u"subject_id").toString();
    e.subjectVersion = integer(o, "subject_version");
    e.payload = o.value(u"payload").toObject();
    e.deviceTime = QDateTime::fromString(o.value(u"device_time").toString(), Qt::ISODateWithMs);
    e.prevHash = o.value(u"prev_hash").toString();
    e.hash = o.value(u"hash").toString();
    if (!e.deviceTime.isValid())
        return malformed(Text::tr("the device time of event %1 is not an ISO 8601 instant").arg(e.id));
    const auto hash = e.computeHash();
    if (!hash || *hash != e.hash)
        return makeError(QStringLiteral("wire.bad_hash"),
                         Text::tr("Event %1 does not match its hash: it was changed or cut on the way.").arg(e.id));
    return e;
}

QByteArray encodePush(const PushRequest& request)
{
    QJsonArray events;
    for (const Event& e : request.events)
        events.append(eventToJson(e));
    return bytesOf({{QStringLiteral("protocol"), request.protocol},
                    {QStringLiteral("device_id"), request.deviceId},
                    {QStringLiteral("events"), events}});
}

Result<PushRequest> decodePush(const QByteArray& body)
{
    const auto o = objectOf(body);
    if (!o)
        return o.error();
    QString missing;
    if (!need(*o, "protocol", QJsonValue::Double, &missing) || !need(*o, "device_id", QJsonValue::String, &missing) ||
        !need(*o, "events", QJsonValue::Array, &missing))
        return malformed(missing);
    PushRequest request;
    request.protocol = int(integer(*o, "protocol"));
    if (request.protocol != kProtocolVersion)
        return makeError(QStringLiteral("wire.version"),
                         Text::tr("This server speaks sync protocol %1 but the client sent %2: update the client.")
                             .arg(kProtocolVersion)
                             .arg(request.protocol));
    request.deviceId = o->value(u"device_id").toString();
    const QJsonArray events = o->value(u"events").toArray();
    if (events.size() > kMaxBatch)
        return malformed(Text::tr("a push carries at most %1 events").arg(kMaxBatch));
    for (const QJsonValue& value : events) {
        auto e = eventFromJson(value.toObject());
        if (!e)
            return e.error();
        if (e->deviceId != request.deviceId)
            return malformed(Text::tr("event %1 belongs to another device than the push").arg(e->id));
        request.events.append(std::move(e).value());
    }
    return request;
}

QByteArray encodePushResponse(const PushResponse& response)
{
    QJsonArray results;
    for (const PushResult& r : response.results) {
        QJsonObject o{{QStringLiteral("event_id"), r.eventId},
                      {QStringLiteral("device_seq"), r.deviceSeq},
                      {QStringLiteral("server_seq"), r.serverSeq},
                      {QStringLiteral("outcome"), r.outcome == Outcome::Accepted ? QStringLiteral("accepted")
                                                                                  : QStringLiteral("rejected")}};
        if (r.outcome == Outcome::Rejected) {
            o.insert(QStringLiteral("reason_code"), r.reasonCode);
            o.insert(QStringLiteral("reason"), r.reason);
        }
        results.append(o);
    }
    return bytesOf({{QStringLiteral("results"), results}});
}

Result<PushResponse> decodePushResponse(const QByteArray& body)
{
    const auto o = objectOf(body);
    if (!o)
        return o.error();
    QString missing;
    if (!need(*o, "results", QJsonValue::Array, &missing))
        return malformed(missing);
    PushResponse response;
    for (const QJsonValue& value : o->value(u"results").toArray()) {
        const QJsonObject r = value.toObject();
        if (!need(r, "event_id", QJsonValue::String, &missing) || !need(r, "server_seq", QJsonValue::Double, &missing) ||
            !need(r, "outcome", QJsonValue::String, &missing))
            return malformed(missing);
        PushResult result;
        result.eventId = r.value(u"event_id").toString();
        result.deviceSeq = integer(r, "device_seq");
        result.serverSeq = integer(r, "server_seq");
        result.outcome = r.value(u"outcome").toString() == u"accepted" ? Outcome::Accepted : Outcome::Rejected;
        result.reasonCode = r.value(u"reason_code").toString();
        result.reason = r.value(u"reason").toString();
        response.results.append(result);
    }
    return response;
}

QByteArray encodePullPage(const PullPage& page)
{
    QJsonArray events;
    for (const PulledEvent& p : page.events)
        events.append(QJsonObject{{QStringLiteral("server_seq"), p.serverSeq},
                                  {QStringLiteral("event"), eventToJson(p.event)}});
    return bytesOf({{QStringLiteral("events"), events},
                    {QStringLiteral("next"), page.next},
                    {QStringLiteral("more"), page.more}});
}

Result<PullPage> decodePullPage(const QByteArray& body)
{
    const auto o = objectOf(body);
    if (!o)
        return o.error();
    QString missing;
    if (!need(*o, "events", QJsonValue::Array, &missing) || !need(*o, "next", QJsonValue::Double, &missing))
        return malformed(missing);
    PullPage page;
    page.next = integer(*o, "next");
    page.more = o->value(u"more").toBool();
    for (const QJsonValue& value : o->value(u"events").toArray()) {
        const QJsonObject p = value.toObject();
        auto e = eventFromJson(p.value(u"event").toObject());
        if (!e)
            return e.error();
        page.events.append({integer(p, "server_seq"), std::move(e).value()});
    }
    return page;
}

QByteArray Checkpoint::signedBytes() const
{
    return QByteArrayLiteral("oneseal-checkpoint-v1\n") + QByteArray::number(serverSeq) + '\n' + headHash.toLatin1() +
           '\n' + signedAt.toLatin1();
}

QByteArray encodeCheckpoint(const Checkpoint& c)
{
    return bytesOf({{QStringLiteral("server_seq"), c.serverSeq},
                    {QStringLiteral("head_hash"), c.headHash},
                    {QStringLiteral("signed_at"), c.signedAt},
                    {QStringLiteral("public_key"), c.publicKey},
                    {QStringLiteral("signature"), c.signature}});
}

Result<Checkpoint> decodeCheckpoint(const QByteArray& body)
{
    const auto o = objectOf(body);
    if (!o)
        return o.error();
    QString missing;
    if (!need(*o, "server_seq", QJsonValue::Double, &missing) || !need(*o, "head_hash", QJsonValue::String, &missing) ||
        !need(*o, "signed_at", QJsonValue::String, &missing) || !need(*o, "public_key", QJsonValue::String, &missing) ||
        !need(*o, "signature", QJsonValue::String, &missing))
        return malformed(missing);
    return Checkpoint{integer(*o, "server_seq"), o->value(u"head_hash").toString(), o->value(u"signed_at").toString(),
                      o->value(u"public_key").toString(), o->value(u"signature").toString()};
}

QByteArray encodeEnrolRequest(const EnrolRequest& r)
{
    return bytesOf({{QStringLiteral("code"), r.code}, {QStringLiteral("device_id"), r.deviceId}});
}

Result<EnrolRequest> decodeEnrolRequest(const QByteArray& body)
{
    const auto o = objectOf(body);
    if (!o)
        return o.error();
    QString missing;
    if (!need(*o, "code", QJsonValue::String, &missing) || !need(*o, "device_id", QJsonValue::String, &missing))
        return malformed(missing);
    return EnrolRequest{o->value(u"code").toString(), o->value(u"device_id").toString()};
}

QByteArray encodeEnrolment(const Enrolment& e)
{
    return bytesOf({{QStringLiteral("device_token"), e.deviceToken},
                    {QStringLiteral("site_id"), e.siteId},
                    {QStringLiteral("site_code"), e.siteCode},
                    {QStringLiteral("server_public_key"), e.serverPublicKey}});
}

Result<Enrolment> decodeEnrolment(const QByteArray& body)
{
    const auto o = objectOf(body);
    if (!o)
        return o.error();
    QString missing;
    if (!need(*o, "device_token", QJsonValue::String, &missing) || !need(*o, "site_id", QJsonValue::String, &missing) ||
        !need(*o, "server_public_key", QJsonValue::String, &missing))
        return malformed(missing);
    return Enrolment{o->value(u"device_token").toString(), o->value(u"site_id").toString(),
                     o->value(u"site_code").toString(), o->value(u"server_public_key").toString()};
}

QByteArray encodeError(const Error& error)
{
    return bytesOf({{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}}}});
}

Error decodeError(const QByteArray& body, int httpStatus)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    if (!e.isEmpty())
        return makeError(e.value(u"code").toString(), e.value(u"message").toString());
    return makeError(QStringLiteral("wire.http"),
                     Text::tr("The server answered HTTP %1 without an explanation.").arg(httpStatus));
}

} // namespace OneSeal::Wire
