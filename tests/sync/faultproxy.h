#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <memory>
#include <vector>

class QTcpSocket;

namespace OneSeal {

/// A TCP proxy in front of oneseal-server that breaks HTTP exchanges on purpose, the faults that
/// toxiproxy or netem would give us if this machine had them: for each request it picks, from a
/// seeded generator, to pass it, drop it before the server sees it, deliver it but drop the answer
/// (the server committed, the client never hears), delay it, or cut the answer midway.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault { Pass, DropRequest, DropResponse, Delay, CutResponse };

    FaultProxy(quint16 serverPort, quint32 seed, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_listener.serverPort(); }
    /// Out of every 100 requests, how many meet a fault (0 heals the network).
    void setFaultPercent(int percent) { m_percent = percent; }
    /// How often each fault was applied.
    const QHash<Fault, int>& counts() const { return m_counts; }

private:
    struct Link
    {
        QTcpSocket* client = nullptr;
        QTcpSocket* server = nullptr;
        Fault fault = Fault::Pass;
        bool answered = false;
        QByteArray held; ///< client bytes waiting while a delay runs
        bool delaying = false;
    };

    void accept();
    void fromClient(Link* link);
    void fromServer(Link* link);
    void close(Link* link, bool letClientRead = false);
    Fault pick();

    quint16 m_serverPort;
    QRandomGenerator m_random;
    QTcpServer m_listener;
    int m_percent = 30;
    QHash<Fault, int> m_counts;
    std::vector<std::unique_ptr<Link>> m_links; ///< kept to the end: timers may still point at them
};

} // namespace OneSeal
