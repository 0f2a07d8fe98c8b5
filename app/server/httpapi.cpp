#include "httpapi.h"

#include "centralstore.h"
#include "core/clock.h"
#include "db/database.h"
#include "serverlog.h"
#include "verifypage.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

namespace OneSeal {
namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QByteArray& body, HttpStatus status = HttpStatus::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

HttpStatus statusFor(const Error& error)
{
    if (error.code == u"auth.missing" || error.code == u"auth.bad_token" || error.code == u"auth.unknown_device")
        return HttpStatus::Unauthorized;
    if (error.code.startsWith(u"auth."))
        return HttpStatus::Forbidden;
    if (error.code.startsWith(u"wire."))
        return HttpStatus::BadRequest;
    if (error.code.startsWith(u"sync."))
        return HttpStatus::Conflict;
    if (error.code == u"server.unknown_site")
        return HttpStatus::NotFound;
    return HttpStatus::ServiceUnavailable;
}

QHttpServerResponse failure(const Error& error)
{
    return json(Wire::encodeError(error), statusFor(error));
}

QString bearerToken(const QHttpServerRequest& request)
{
    const auto headers = request.headers();
    for (const auto& header : headers) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0 && header.second.startsWith("Bearer "))
            return QString::fromLatin1(header.second.mid(7).trimmed());
    }
    return {};
}

/// The public page is personal data (masked) whose status may change at any moment (a revocation):
/// no cache keeps it, and the scanned code in its address goes nowhere else.
QHttpServerResponse htmlPage(const QByteArray& html, HttpStatus status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html, status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
    response.setHeader(QByteArrayLiteral("Content-Language"), QByteArrayLiteral("zh-CN"));
    return response;
}

QHttpServerResponse methodNotAllowed()
{
    return json(Wire::encodeError(makeError(QStringLiteral("wire.method"), QStringLiteral("Method not allowed."))),
                HttpStatus::MethodNotAllowed);
}

} // namespace

HttpApi::HttpApi(QHttpServer& server, CentralStore& store) : m_store(store)
{
    m_uptime.start();

    server.route(QStringLiteral("/health"), [this]() {
        const auto stats = m_store.stats();
        const QJsonObject body{{QStringLiteral("status"), stats ? QStringLiteral("ok") : QStringLiteral("error")},
                               {QStringLiteral("schema"), Database::schemaVersion()},
                               {QStringLiteral("protocol"), Wire::kProtocolVersion},
                               {QStringLiteral("log_head"), stats ? stats->logHead : -1}};
        return QHttpServerResponse(body, stats ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
    });

    server.route(QStringLiteral("/metrics"), [this]() {
        const auto stats = m_store.stats();
        QByteArray text;
        auto metric = [&text](const char* name, const char* help, const char* type, qint64 value) {
            text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' ' +
                    QByteArray::number(value) + '\n';
        };
        metric("oneseal_log_head", "Highest server sequence in the central log.", "gauge",
               stats ? stats->logHead : -1);
        metric("oneseal_events_accepted", "Events accepted into the log.", "gauge", stats ? stats->accepted : -1);
        metric("oneseal_events_rejected", "Events kept in the log as rejected, with their reason.", "gauge",
               stats ? stats->rejected : -1);
        metric("oneseal_devices", "Enrolled or imported devices.", "gauge", stats ? stats->devices : -1);
        metric("oneseal_push_requests_total", "Push requests answered with success.", "counter", m_pushes);
        metric("oneseal_push_failures_total", "Push requests refused.", "counter", m_pushFailures);
        metric("oneseal_events_received_total", "Events received in pushes, duplicates included.", "counter",
               m_eventsReceived);
        metric("oneseal_pull_requests_total", "Pull requests answered.", "counter", m_pulls);
        metric("oneseal_events_served_total", "Events served in pulls.", "counter", m_eventsServed);
        metric("oneseal_enrolments_total", "Devices enrolled.", "counter", m_enrolments);
        metric("oneseal_uptime_seconds", "Seconds since the server started.", "gauge", m_uptime.elapsed() / 1000);
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), text);
    });

    server.route(QStringLiteral("/v1/events"), [this](const QHttpServerRequest& request) {
        QElapsedTimer timer;
        timer.start();
        const QString token = bearerToken(request);
        if (request.method() == QHttpServerRequest::Method::Post) {
            auto decoded = Wire::decodePush(request.body());
            auto pushed = decoded ? m_store.push(token, *decoded) : Result<Wire::PushResponse>(decoded.error());
            if (!pushed) {
                ++m_pushFailures;
                ServerLog::write(QStringLiteral("warning"), QStringLiteral("push_refused"),
                                 {{QStringLiteral("device"), decoded ? decoded->deviceId : QString()},
                                  {QStringLiteral("code"), pushed.error().code},
                                  {QStringLiteral("message"), pushed.error().message},
                                  {QStringLiteral("ms"), timer.elapsed()}});
                return failure(pushed.error());
            }
            ++m_pushes;
            m_eventsReceived += decoded->events.size();
            qint64 rejected = 0;
            for (const auto& r : pushed->results)
                rejected += r.outcome == Wire::Outcome::Rejected ? 1 : 0;
            ServerLog::write(QStringLiteral("info"), QStringLiteral("push"),
                             {{QStringLiteral("device"), decoded->deviceId},
                              {QStringLiteral("events"), qint64(decoded->events.size())},
                              {QStringLiteral("rejected"), rejected},
                              {QStringLiteral("first_seq"),
                               decoded->events.isEmpty() ? 0 : decoded->events.first().deviceSeq},
                              {QStringLiteral("ms"), timer.elapsed()}});
            return json(Wire::encodePushResponse(*pushed));
        }
        if (request.method() != QHttpServerRequest::Method::Get)
            return methodNotAllowed();
        const QUrlQuery query = request.query();
        bool ok = true;
        const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                                 ? query.queryItemValue(QStringLiteral("after")).toLongLong(&ok)
                                 : 0;
        bool limitOk = true;
        const int limit = query.hasQueryItem(QStringLiteral("limit"))
                              ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                              : Wire::kMaxBatch;
        if (!ok || !limitOk || after < 0)
            return failure(makeError(QStringLiteral("wire.malformed"),
                                     QStringLiteral("after and limit must be whole numbers, after >= 0.")));
        const auto page = m_store.pull(token, after, limit);
        if (!page) {
            ServerLog::write(QStringLiteral("warning"), QStringLiteral("pull_refused"),
                             {{QStringLiteral("code"), page.error().code}});
            return failure(page.error());
        }
        ++m_pulls;
        m_eventsServed += page->events.size();
        ServerLog::write(QStringLiteral("info"), QStringLiteral("pull"),
                         {{QStringLiteral("after"), after},
                          {QStringLiteral("events"), qint64(page->events.size())},
                          {QStringLiteral("next"), page->next},
                          {QStringLiteral("ms"), timer.elapsed()}});
        return json(Wire::encodePullPage(*page));
    });

    server.route(QStringLiteral("/v1/checkpoint"), [this]() {
        const auto checkpoint = m_store.checkpoint();
        return checkpoint ? json(Wire::encodeCheckpoint(*checkpoint)) : failure(checkpoint.error());
    });

    server.route(QStringLiteral("/v/<arg>"), [this](const QString& serial, const QHttpServerRequest& request) {
        const auto licence = m_store.registeredLicence(serial);
        if (!licence) {
            ServerLog::write(QStringLiteral("warning"), QStringLiteral("verify_failed"),
                             {{QStringLiteral("code"), licence.error().code}});
            return htmlPage(VerifyPage::unavailable(), HttpStatus::ServiceUnavailable);
        }
        const QString code = request.query().queryItemValue(QStringLiteral("c"), QUrl::FullyDecoded);
        const auto answer = VerifyPage::render(serial, *licence, code, SystemClock().today());
        ServerLog::write(QStringLiteral("info"), QStringLiteral("verify"),
                         {{QStringLiteral("found"), licence->has_value()},
                          {QStringLiteral("state"), VerifyPage::stateText(answer.state)},
                          {QStringLiteral("code"), qint64(answer.code)}});
        return htmlPage(answer.html, HttpStatus(answer.httpStatus));
    });

    server.route(QStringLiteral("/v1/enrol"), [this](const QHttpServerRequest& request) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return methodNotAllowed();
        const auto decoded = Wire::decodeEnrolRequest(request.body());
        const auto enrolled = decoded ? m_store.enrol(*decoded) : Result<Wire::Enrolment>(decoded.error());
        if (!enrolled) {
            ServerLog::write(QStringLiteral("warning"), QStringLiteral("enrol_refused"),
                             {{QStringLiteral("code"), enrolled.error().code}});
            return failure(enrolled.error());
        }
        ++m_enrolments;
        ServerLog::write(QStringLiteral("info"), QStringLiteral("enrolled"),
                         {{QStringLiteral("device"), decoded->deviceId}, {QStringLiteral("site"), enrolled->siteCode}});
        return json(Wire::encodeEnrolment(*enrolled));
    });
}

} // namespace OneSeal
