#pragma once

#include "protocol.h"
#include "roomstate.h"
#include "tlsidentity.h"

#include <QHostAddress>

#include <optional>

namespace ImageChat {

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    RoomLimits limits;
    qint64 maxImageBytes = Protocol::MaxImageBytes;
    // Missed events beyond this are cheaper to send as a snapshot.
    int maxCatchUpEvents = 2000;
    // Keep this many events' bodies per room for catch-up; older are pruned.
    int logRetention = 10000;
    // Idle connections are pinged this often and dropped after 2.5 times it
    // without any sign of life.
    int heartbeatMs = 20000;
    // A connection that has not completed the WebSocket upgrade by then is
    // dropped.
    int handshakeTimeoutMs = 10000;
    // Smart batching (S9): broadcasts of a room go out at most once per
    // window; what arrives in between waits and goes out as one "batch"
    // frame. The first broadcast after a quiet window goes out at once.
    // 0 turns batching off. 5 ms, not 10: at 100 events/s a 10 ms window
    // held back every event that came a little early, and the holds added
    // up to 5 ms on average (measured), while 200 events/s is a burst.
    int batchWindowMs = 5;
    // A client that does not read what it is sent is disconnected once this
    // much waits for it (beyond its welcome); it catches up when it returns.
    qint64 maxSendBacklogBytes = 1024 * 1024;
    // With a bus across nodes: how often live rooms are compared with the
    // store, in case the bus lost an event without noticing.
    int catchUpIntervalMs = 2000;
    // Serve wss:// with this certificate; plain ws:// without one.
    std::optional<TlsIdentity> tls;
    // Requests (any text message) a connection may send: this many a second
    // on average, this many at once. Past it they are refused with
    // rate-limited and not looked at. 100/s is far beyond a person and a
    // script that imports markers; a flood is thousands. 0: no limit.
    int requestsPerSecond = 100;
    int requestBurst = 300;
    // Connections (counted from the TCP accept, so half-open and handshaking
    // ones count too) and concurrent uploads from one address. Past the
    // first the connection is closed at once; past the second create-room
    // is refused with rate-limited. Loopback is exempt unless limitLoopback:
    // it is this machine (a proxy in front, the benchmark). 0: no limit.
    int maxConnectionsPerAddress = 256;
    int maxUploadsPerAddress = 4;
    bool limitLoopback = false;
    // A connection that has not said hello by then is dropped.
    int helloTimeoutMs = 10000;
    // Usage counters go to the store's day totals this often (and when the
    // server closes): a node that dies loses at most this much of them.
    int usageSaveMs = 10000;
    // With a bus across nodes: how often a node tells the others who is in
    // its rooms. The others forget a node's people after three times this
    // without word from it, so a node that dies leaves no one behind.
    int presenceRefreshMs = 2000;
    // One "typing" per connection is passed on per this many ms (and the
    // "stop" that ends it); more are dropped without a reply.
    int typingIntervalMs = 1000;
};

} // namespace ImageChat
