#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace OneSeal {

/// Blocking HTTP for the command line and the sync thread: one request at a time, with a timeout,
/// answering with the status and body or with an error that says the server was not reached.
class HttpTransport final
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    explicit HttpTransport(QUrl base, int timeoutMs = 20000);

    Result<Reply> get(const QString& path, const QString& token);
    Result<Reply> post(const QString& path, const QByteArray& body, const QString& token);

private:
    Result<Reply> send(const QString& path, const QByteArray* body, const QString& token);

    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace OneSeal
