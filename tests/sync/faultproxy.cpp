#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace OneSeal {

FaultProxy::FaultProxy(quint16 serverPort, quint32 seed, QObject* parent)
    : QObject(parent), m_serverPort(serverPort), m_random(seed)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::Fault FaultProxy::pick()
{
    if (int(m_random.bounded(100)) >= m_percent)
        return Fault::Pass;
    static const Fault faults[] = {Fault::DropRequest, Fault::DropResponse, Fault::Delay, Fault::CutResponse};
    return faults[m_random.bounded(4)];
}

void FaultProxy::accept()
{
    while (QTcpSocket* client = m_listener.nextPendingConnection()) {
        m_links.push_back(std::make_unique<Link>());
        Link* link = m_links.back().get();
        link->client = client;
        link->server = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, this, [this, link]() { fromClient(link); });
        connect(link->server, &QTcpSocket::readyRead, this, [this, link]() { fromServer(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link]() { close(link); });
        connect(link->server, &QTcpSocket::disconnected, this, [this, link]() { close(link); });
        link->server->connectToHost(QHostAddress::LocalHost, m_serverPort);
    }
}

void FaultProxy::fromClient(Link* link)
{
    if (!link->client)
        return;
    const QByteArray bytes = link->client->readAll();
    // A new request starts with its method; each request meets its own fault.
    if (bytes.startsWith("GET ") || bytes.startsWith("POST ")) {
        link->fault = pick();
        link->answered = false;
        ++m_counts[link->fault];
        if (link->fault == Fault::DropRequest) {
            close(link);
            return;
        }
        if (link->fault == Fault::Delay) {
            link->delaying = true;
            QTimer::singleShot(int(m_random.bounded(200, 1500)), this, [link]() {
                link->delaying = false;
                if (link->server)
                    link->server->write(link->held);
                link->held.clear();
            });
        }
    }
    if (link->delaying)
        link->held += bytes;
    else if (link->server)
        link->server->write(bytes);
}

void FaultProxy::fromServer(Link* link)
{
    if (!link->server)
        return;
    const QByteArray bytes = link->server->readAll();
    switch (link->fault) {
    case Fault::DropResponse:
        // The server has answered, so it has committed: the client must never learn of it.
        close(link);
        return;
    case Fault::CutResponse:
        if (link->client) {
            link->client->write(bytes.left(bytes.size() / 2));
            link->client->flush();
        }
        close(link, true);
        return;
    default:
        if (link->client)
            link->client->write(bytes);
    }
}

void FaultProxy::close(Link* link, bool letClientRead)
{
    // Both ends go: the client sees the connection break, the server sees its client leave.
    QTcpSocket* client = std::exchange(link->client, nullptr);
    QTcpSocket* server = std::exchange(link->server, nullptr);
    if (client) {
        client->disconnect(this);
        if (letClientRead)
            client->disconnectFromHost(); // the half answer still reaches the client, then the cut
        else
            client->abort();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (!letClientRead)
            client->deleteLater();
    }
    if (server) {
        server->disconnect(this);
        server->abort();
        server->deleteLater();
    }
}

} // namespace OneSeal
