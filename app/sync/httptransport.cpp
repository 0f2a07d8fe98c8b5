#include "httptransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace OneSeal {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)
};

} // namespace

HttpTransport::HttpTransport(QUrl base, int timeoutMs) : m_base(std::move(base)), m_timeoutMs(timeoutMs) {}

Result<HttpTransport::Reply> HttpTransport::get(const QString& path, const QString& token)
{
    return send(path, nullptr, token);
}

Result<HttpTransport::Reply> HttpTransport::post(const QString& path, const QByteArray& body, const QString& token)
{
    return send(path, &body, token);
}

Result<HttpTransport::Reply> HttpTransport::send(const QString& path, const QByteArray* body, const QString& token)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    // Each request stands alone, so that a connection the server dropped is never reused half-way.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = body ? m_network.post(request, *body) : m_network.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        timedOut = true;
        reply->abort();
    });
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut)
        return makeError(QStringLiteral("sync.timeout"),
                         Text::tr("The server %1 did not answer within %2 s; the work stays queued and is sent "
                                  "next time.")
                             .arg(m_base.toString())
                             .arg(m_timeoutMs / 1000));
    if (status == 0)
        return makeError(QStringLiteral("sync.unreachable"),
                         Text::tr("The server %1 could not be reached (%2); the work stays queued and is sent next "
                                  "time.")
                             .arg(m_base.toString(), reply->errorString()));
    if (status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError)
        return makeError(QStringLiteral("sync.cut"),
                         Text::tr("The answer of %1 was cut off (%2); the work stays queued and is sent next time.")
                             .arg(m_base.toString(), reply->errorString()));
    return Reply{status, reply->readAll()};
}

} // namespace OneSeal
