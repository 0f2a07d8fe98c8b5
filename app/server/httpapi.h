#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

class QHttpServer;

namespace OneSeal {

class CentralStore;

/// The HTTP face of the central store: /v1/events (push and pull), /v1/checkpoint, /v1/enrol,
/// /health and /metrics. Each request is logged as one JSON line.
class HttpApi final
{
public:
    HttpApi(QHttpServer& server, CentralStore& store);
    Q_DISABLE_COPY_MOVE(HttpApi)

private:
    CentralStore& m_store;
    QElapsedTimer m_uptime;
    qint64 m_pushes = 0;
    qint64 m_pushFailures = 0;
    qint64 m_eventsReceived = 0;
    qint64 m_pulls = 0;
    qint64 m_eventsServed = 0;
    qint64 m_enrolments = 0;
};

} // namespace OneSeal
