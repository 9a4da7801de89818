#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace ImageChat::Chaos {

// A TCP relay between one client and a server (a node or HAProxy) that a
// fault can cut (every connection through it reset at once, both sides
// hear it) or blackhole: while held, nothing passes either way, not even a
// close, so only a heartbeat notices. When the hold ends, what was held is
// either delivered late (as a proxy that had already taken it from the
// sender would) or lost, and the connections it belonged to are reset.
class ChaosProxy : public QObject
{
public:
    explicit ChaosProxy(quint16 target, QObject *parent = nullptr);
    ~ChaosProxy() override;

    quint16 port() const { return m_server.serverPort(); }
    bool isHeld() const { return m_held; }

    // Resets every connection through the relay now.
    int cut();
    void hold();
    // Ends a hold: held bytes go on to where they were going (late), or
    // are dropped and their connections reset.
    void release(bool deliverLate);

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray heldUp; // client to server, while held
        QByteArray heldDown;
        bool clientGone = false; // closed while held; passed on at release
        bool upstreamGone = false;
    };
    void accept();
    void forward(Pair *pair, bool up);
    void closePair(Pair *pair);
    void reap();
    void scheduleReap();

    QTcpServer m_server;
    quint16 m_target;
    bool m_held = false;
    bool m_reapQueued = false;
    std::vector<std::unique_ptr<Pair>> m_pairs;
};

} // namespace ImageChat::Chaos
