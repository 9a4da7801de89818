// imagechat-loadgen: opens N WebSocket clients into one room, has some of them
// create markers at a set rate (or all at once), and records the time from
// send to receipt of every delivery at every other client. Prints one run's
// figures, and a machine-readable "RESULT {...}" line for bench/run.sh.
//
// The room is created the way every client creates one (ImageUpload from
// core); the N clients are raw non-blocking sockets on one epoll, with just
// enough WebSocket to speak the protocol. Qt's QWebSocket costs several
// microseconds and a QString per frame, and at 100,000 deliveries a second
// the generator would then measure itself rather than the server.
//
// Several --url: the clients are dealt out over them in turn (client i on
// server i mod the count), for a cluster of nodes sharing one room; the
// senders come first, so one sender is on the first node, and the latency at
// clients on another node than the sender's is reported apart ("cross-node").
//
// wss:// URLs: the clients speak TLS through OpenSSL itself, on the same
// epoll, and trust the authority of --ca-file and nothing else (the room is
// created with core's ImageUpload, which trusts the same file). QSslSocket
// per client would measure Qt's socket layer again.
//
// Linux only: epoll, timerfd and /proc/PID for the server's CPU and memory.
#include "imagetransfer.h"
#include "operation.h"
#include "protocol.h"
#include "roomlink.h"
#include "tlstrust.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

using namespace ImageChat;

namespace {

// A valid 1x1 PNG: the server reads the image's header before it makes a room.
const unsigned char kPng[] = { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00,
                               0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
                               0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
                               0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41,
                               0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00,
                               0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00,
                               0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82 };

// Every marker's comment is exactly this long, as in the S8 target.
constexpr int kCommentChars = 40;
// The comment carries who sent it and when: "bench SSSS KKKKKKK TTTTTTTTTTTTTTTT....".
constexpr char kTag[] = "bench ";

int64_t nowUs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

double cpuSeconds(rusage usage)
{
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double selfCpu()
{
    rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return cpuSeconds(usage);
}

// utime + stime of a process, in seconds (0 when there is no such process);
// *system gets stime alone.
double processCpu(int pid, double *system = nullptr)
{
    if (pid <= 0)
        return 0;
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char buffer[1024];
    const size_t n = fread(buffer, 1, sizeof buffer - 1, f);
    fclose(f);
    buffer[n] = 0;
    // The command name may hold spaces; fields count from the last ')'.
    const char *p = strrchr(buffer, ')');
    if (!p)
        return 0;
    unsigned long utime = 0, stime = 0;
    // After ')': state(3) ... utime is field 14, stime 15.
    int field = 2;
    for (const char *q = p + 1; *q && field < 15; ++q) {
        if (*q == ' ') {
            ++field;
            if (field == 14)
                utime = strtoul(q + 1, nullptr, 10);
            else if (field == 15)
                stime = strtoul(q + 1, nullptr, 10);
        }
    }
    if (system)
        *system = double(stime) / double(sysconf(_SC_CLK_TCK));
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

// The sum over several processes (the nodes of a cluster).
double processesCpu(const std::vector<int> &pids, double *system = nullptr)
{
    double total = 0;
    double totalSystem = 0;
    for (int pid : pids) {
        double s = 0;
        total += processCpu(pid, &s);
        totalSystem += s;
    }
    if (system)
        *system = totalSystem;
    return total;
}

// A "VmRSS:" or "VmHWM:" line of /proc/PID/status, in KiB.
long processMemoryKb(int pid, const char *key)
{
    if (pid <= 0)
        return 0;
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[256];
    long value = 0;
    const size_t keyLength = strlen(key);
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, key, keyLength) == 0) {
            value = strtol(line + keyLength, nullptr, 10);
            break;
        }
    }
    fclose(f);
    return value;
}

long processesMemoryKb(const std::vector<int> &pids, const char *key)
{
    long total = 0;
    for (int pid : pids)
        total += processMemoryKb(pid, key);
    return total;
}

// The p-th quantile of sorted latencies, in milliseconds.
double percentileMs(const std::vector<uint32_t> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
    return sorted[i] / 1000.0;
}

std::string sslErrors()
{
    std::string text;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        if (!text.empty())
            text += "; ";
        text += buffer;
    }
    return text.empty() ? std::string("no detail") : text;
}

struct Client
{
    enum class State { Connecting, Handshaking, Upgrading, Joining, Live, Closed };
    int fd = -1;
    int index = 0;
    int server = 0; // which --url
    SSL *ssl = nullptr; // wss:// only
    State state = State::Connecting;
    std::string in; // bytes not yet parsed
    std::string message; // a fragmented message being put together
    std::string out; // bytes the kernel did not take yet
};

struct Stats
{
    std::vector<uint32_t> latencyUs;
    std::vector<uint32_t> crossLatencyUs; // at clients on another server than the sender's
    uint64_t deliveries = 0;
    uint64_t echoes = 0;
    uint64_t frames = 0; // frames that carried at least one event
    uint64_t batchFrames = 0; // of which "batch" frames
    double eventBytes = 0; // wire bytes of those frames, prorated to deliveries
    uint64_t accepted = 0;
    uint64_t refused = 0;
    int64_t firstSendUs = 0;
    int64_t lastSendUs = 0;
    int64_t lastDeliveryUs = 0;
};

class LoadGenerator
{
public:
    struct Config
    {
        QList<ServerAddress> servers;
        QString caFile; // wss://: the authority to trust
        int clients = 100;
        int senders = 1;
        double rate = 100;
        int events = 1000;
        bool burst = false;
        bool idle = false;
        std::vector<int> serverPids; // their CPU and memory are the server's
        std::vector<int> backendPids; // PostgreSQL, Redis: their CPU is reported apart
        int settleMs = 300;
        int timeoutS = 60;
        QString label;
    };

    explicit LoadGenerator(const Config &config)
        : m_config(config)
    { }
    ~LoadGenerator();

    int run(const RoomLink &link, const Protocol::Identity &identity);

private:
    bool connectAll();
    void startConnect(Client &c);
    void poll(int timeoutMs);
    void onReadable(Client &c);
    void onWritable(Client &c);
    void handleFrames(Client &c);
    void handleText(Client &c, const char *data, size_t size, size_t wireBytes);
    void sendFrame(Client &c, int opcode, const char *data, size_t size);
    void flushOut(Client &c);
    void closeClient(Client &c, const char *why);
    void sendEvent(int k);
    void setWatch(Client &c, bool writable);
    bool setUpTls();
    void handshake(Client &c);

    Config m_config;
    std::vector<sockaddr_in> m_addresses;
    SSL_CTX *m_tls = nullptr;
    int m_epoll = -1;
    int m_timer = -1;
    std::vector<Client> m_clients;
    std::vector<std::string> m_upgrades; // one per server: the Host header differs
    std::string m_hello;
    int m_live = 0;
    int m_inFlight = 0;
    int m_closed = 0;
    int m_sent = 0;
    int64_t m_t0 = nowUs();
    Stats m_stats;
    uint64_t m_mask = 0x9e3779b97f4a7c15ull;
};

void LoadGenerator::setWatch(Client &c, bool writable)
{
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLRDHUP | (writable ? uint32_t(EPOLLOUT) : 0u);
    ev.data.u32 = uint32_t(c.index);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void LoadGenerator::startConnect(Client &c)
{
    c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        perror("socket");
        c.state = Client::State::Closed;
        ++m_closed;
        return;
    }
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    epoll_event ev {};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
    ev.data.u32 = uint32_t(c.index);
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    ++m_inFlight;
    const sockaddr_in &address = m_addresses[size_t(c.server)];
    if (::connect(c.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) < 0
        && errno != EINPROGRESS)
        closeClient(c, "connect");
}

void LoadGenerator::closeClient(Client &c, const char *why)
{
    if (c.state == Client::State::Closed)
        return;
    if (c.state != Client::State::Live)
        --m_inFlight;
    else
        --m_live;
    if (m_closed < 5)
        fprintf(stderr, "loadgen: client %d closed (%s)\n", c.index, why);
    c.state = Client::State::Closed;
    ++m_closed;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    if (c.ssl) {
        SSL_free(c.ssl);
        c.ssl = nullptr;
    }
    ::close(c.fd);
    c.fd = -1;
}

bool LoadGenerator::setUpTls()
{
    m_tls = SSL_CTX_new(TLS_client_method());
    if (!m_tls) {
        fprintf(stderr, "loadgen: no TLS context: %s\n", sslErrors().c_str());
        return false;
    }
    if (SSL_CTX_load_verify_locations(m_tls, m_config.caFile.toLocal8Bit().constData(), nullptr)
        != 1) {
        fprintf(stderr, "loadgen: --ca-file %s: %s\n", qPrintable(m_config.caFile),
                sslErrors().c_str());
        return false;
    }
    SSL_CTX_set_verify(m_tls, SSL_VERIFY_PEER, nullptr);
    // SSL_write may then take part of a buffer, and a retry may pass the
    // same bytes from a string that has grown (and moved) meanwhile.
    SSL_CTX_set_mode(m_tls, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    return true;
}

void LoadGenerator::handshake(Client &c)
{
    const int r = SSL_do_handshake(c.ssl);
    if (r == 1) {
        c.state = Client::State::Upgrading;
        c.out = m_upgrades[size_t(c.server)];
        flushOut(c);
        return;
    }
    const int error = SSL_get_error(c.ssl, r);
    if (error == SSL_ERROR_WANT_READ) {
        setWatch(c, false);
    } else if (error == SSL_ERROR_WANT_WRITE) {
        setWatch(c, true);
    } else {
        const long verify = SSL_get_verify_result(c.ssl);
        std::string why = "TLS handshake: ";
        why += verify != X509_V_OK ? X509_verify_cert_error_string(verify) : sslErrors();
        // The first reason is worth seeing even when it is not among the first five.
        static bool told = false;
        if (!told) {
            fprintf(stderr, "loadgen: %s\n", why.c_str());
            told = true;
        }
        closeClient(c, "TLS handshake");
    }
}

void LoadGenerator::flushOut(Client &c)
{
    while (!c.out.empty()) {
        if (c.ssl) {
            const int n =
                SSL_write(c.ssl, c.out.data(), int(std::min<size_t>(c.out.size(), 1 << 30)));
            if (n > 0) {
                c.out.erase(0, size_t(n));
                continue;
            }
            const int error = SSL_get_error(c.ssl, n);
            if (error == SSL_ERROR_WANT_WRITE) {
                setWatch(c, true);
                return;
            }
            if (error == SSL_ERROR_WANT_READ)
                return; // the next readable event retries with what is left
            closeClient(c, "TLS write");
            return;
        }
        const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                setWatch(c, true);
                return;
            }
            closeClient(c, "send");
            return;
        }
        c.out.erase(0, size_t(n));
    }
    if (c.state != Client::State::Connecting && c.state != Client::State::Handshaking)
        setWatch(c, false);
}

void LoadGenerator::sendFrame(Client &c, int opcode, const char *data, size_t size)
{
    // Clients must mask what they send (RFC 6455 5.3).
    std::string frame;
    frame.reserve(size + 14);
    frame.push_back(char(0x80 | opcode));
    if (size < 126) {
        frame.push_back(char(0x80 | size));
    } else if (size < 65536) {
        frame.push_back(char(0x80 | 126));
        frame.push_back(char(size >> 8));
        frame.push_back(char(size & 0xff));
    } else {
        frame.push_back(char(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            frame.push_back(char((uint64_t(size) >> (8 * i)) & 0xff));
    }
    m_mask = m_mask * 6364136223846793005ull + 1442695040888963407ull;
    const uint32_t mask = uint32_t(m_mask >> 32) | 1;
    unsigned char key[4];
    memcpy(key, &mask, 4);
    frame.append(reinterpret_cast<const char *>(key), 4);
    const size_t start = frame.size();
    frame.append(data, size);
    for (size_t i = 0; i < size; ++i)
        frame[start + i] = char(frame[start + i] ^ key[i & 3]);
    const bool idle = c.out.empty();
    c.out += frame;
    if (idle)
        flushOut(c);
}

void LoadGenerator::onWritable(Client &c)
{
    if (c.state == Client::State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error) {
            closeClient(c, strerror(error));
            return;
        }
        if (m_tls) {
            c.ssl = SSL_new(m_tls);
            SSL_set_fd(c.ssl, c.fd);
            SSL_set_connect_state(c.ssl);
            // The certificate must name the address dialled, as for any client.
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(c.ssl),
                                          m_config.servers[c.server].host.toLatin1().constData());
            c.state = Client::State::Handshaking;
            handshake(c);
            return;
        }
        c.state = Client::State::Upgrading;
        c.out = m_upgrades[size_t(c.server)];
    }
    if (c.state == Client::State::Handshaking) {
        handshake(c);
        return;
    }
    flushOut(c);
}

void LoadGenerator::onReadable(Client &c)
{
    if (c.state == Client::State::Handshaking) {
        handshake(c);
        return;
    }
    char buffer[65536];
    // Whatever TLS already decrypted must be taken now: epoll will not say so again.
    while (c.ssl) {
        const int n = SSL_read(c.ssl, buffer, sizeof buffer);
        if (n > 0) {
            c.in.append(buffer, size_t(n));
            continue;
        }
        const int error = SSL_get_error(c.ssl, n);
        if (error == SSL_ERROR_WANT_READ)
            break;
        if (error == SSL_ERROR_WANT_WRITE) {
            setWatch(c, true);
            break;
        }
        closeClient(c, error == SSL_ERROR_ZERO_RETURN ? "closed by server" : "TLS read");
        return;
    }
    // A write that waited for a read (a TLS key update) may go on now.
    if (c.ssl && !c.out.empty())
        flushOut(c);
    for (; !c.ssl;) {
        const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            c.in.append(buffer, size_t(n));
            if (size_t(n) < sizeof buffer)
                break;
            continue;
        }
        if (n == 0) {
            closeClient(c, "closed by server");
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        closeClient(c, strerror(errno));
        return;
    }
    if (c.state == Client::State::Upgrading) {
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos)
            return;
        if (c.in.compare(0, 12, "HTTP/1.1 101") != 0) {
            closeClient(c, "upgrade refused");
            return;
        }
        c.in.erase(0, end + 4);
        c.state = Client::State::Joining;
        sendFrame(c, 1, m_hello.data(), m_hello.size());
    }
    handleFrames(c);
}

void LoadGenerator::handleFrames(Client &c)
{
    size_t pos = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(c.in.data());
    while (c.fd >= 0 && c.in.size() - pos >= 2) {
        const unsigned char b0 = bytes[pos];
        const unsigned char b1 = bytes[pos + 1];
        size_t header = 2;
        uint64_t length = b1 & 0x7f;
        if (length == 126) {
            if (c.in.size() - pos < 4)
                break;
            length = (uint64_t(bytes[pos + 2]) << 8) | bytes[pos + 3];
            header = 4;
        } else if (length == 127) {
            if (c.in.size() - pos < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | bytes[pos + 2 + i];
            header = 10;
        }
        if (b1 & 0x80)
            header += 4; // servers do not mask, but be exact
        if (c.in.size() - pos < header + length)
            break;
        const char *payload = c.in.data() + pos + header;
        const int opcode = b0 & 0x0f;
        const bool fin = b0 & 0x80;
        const size_t wire = header + length;
        pos += wire;
        switch (opcode) {
        case 0x0:
        case 0x1:
            if (fin && c.message.empty()) {
                handleText(c, payload, length, wire);
            } else {
                c.message.append(payload, length);
                if (fin) {
                    const std::string message = std::move(c.message);
                    c.message.clear();
                    handleText(c, message.data(), message.size(), wire);
                }
            }
            break;
        case 0x8:
            closeClient(c, "close frame");
            return;
        case 0x9:
            sendFrame(c, 0xA, payload, length);
            break;
        default:
            break;
        }
    }
    if (c.fd >= 0)
        c.in.erase(0, pos);
}

void LoadGenerator::handleText(Client &c, const char *data, size_t size, size_t wireBytes)
{
    const std::string_view text(data, size);
    if (c.state == Client::State::Joining) {
        if (text.find("\"type\":\"welcome\"") != std::string_view::npos) {
            c.state = Client::State::Live;
            --m_inFlight;
            ++m_live;
        } else {
            fprintf(stderr, "loadgen: instead of a welcome: %.*s\n",
                    int(std::min<size_t>(size, 300)), data);
            closeClient(c, "no welcome");
        }
        return;
    }
    // Replies are short; a batch can be 64 KiB, and scanning it several
    // times made the generator the bottleneck in the burst.
    if (size < 1024) {
        if (text.find("\"type\":\"accepted\"") != std::string_view::npos) {
            ++m_stats.accepted;
            return;
        }
        if (text.find("\"type\":\"rejected\"") != std::string_view::npos
            || text.find("\"type\":\"error\"") != std::string_view::npos) {
            if (m_stats.refused++ < 3)
                fprintf(stderr, "loadgen: refused: %.*s\n", int(std::min<size_t>(size, 300)), data);
            return;
        }
    }
    const int64_t now = nowUs();
    int events = 0;
    int delivered = 0;
    size_t at = 0;
    for (;;) {
        const void *found = memmem(data + at, size - at, kTag, sizeof kTag - 1);
        if (!found)
            break;
        at = size_t(static_cast<const char *>(found) - data) + sizeof kTag - 1;
        // "SSSS KKKKKKK TTTTTTTTTTTTTTTT"
        if (at + 4 + 1 + 7 + 1 + 16 > size)
            break;
        const int sender = int(strtol(data + at, nullptr, 10));
        const int64_t sentAt = strtoll(data + at + 13, nullptr, 10);
        ++events;
        if (sender == c.index) {
            ++m_stats.echoes;
            continue;
        }
        ++delivered;
        const int64_t latency = std::max<int64_t>(0, now - (m_t0 + sentAt));
        const uint32_t latencyUs = uint32_t(std::min<int64_t>(latency, UINT32_MAX));
        m_stats.latencyUs.push_back(latencyUs);
        if (sender >= 0 && sender < int(m_clients.size())
            && m_clients[size_t(sender)].server != c.server)
            m_stats.crossLatencyUs.push_back(latencyUs);
    }
    if (events == 0)
        return;
    ++m_stats.frames;
    if (events > 1 || text.find("\"type\":\"batch\"") != std::string_view::npos)
        ++m_stats.batchFrames;
    m_stats.deliveries += uint64_t(delivered);
    m_stats.eventBytes += double(wireBytes) * delivered / events;
    if (delivered)
        m_stats.lastDeliveryUs = now;
}

void LoadGenerator::poll(int timeoutMs)
{
    epoll_event events[512];
    const int n = epoll_wait(m_epoll, events, 512, timeoutMs);
    for (int i = 0; i < n; ++i) {
        const uint32_t id = events[i].data.u32;
        if (id == UINT32_MAX) {
            uint64_t expirations = 0;
            if (read(m_timer, &expirations, sizeof expirations) == sizeof expirations) {
                for (uint64_t k = 0; k < expirations && m_sent < m_config.events; ++k)
                    sendEvent(m_sent);
            }
            continue;
        }
        Client &c = m_clients[id];
        if (c.fd < 0)
            continue;
        if (events[i].events & EPOLLOUT)
            onWritable(c);
        if (c.fd >= 0 && (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
            onReadable(c);
    }
}

bool LoadGenerator::connectAll()
{
    // Never more than this many handshakes at once: a listen backlog that
    // overflows costs a one-second SYN retry and says nothing about the server.
    constexpr int MaxInFlight = 32;
    int next = 0;
    const int64_t deadline = nowUs() + int64_t(m_config.timeoutS) * 1000000;
    while (m_live + m_closed < m_config.clients) {
        while (next < m_config.clients && m_inFlight < MaxInFlight)
            startConnect(m_clients[size_t(next++)]);
        poll(100);
        if (nowUs() > deadline) {
            fprintf(stderr, "loadgen: only %d of %d clients joined in time\n", m_live,
                    m_config.clients);
            return false;
        }
    }
    if (m_closed) {
        fprintf(stderr, "loadgen: %d clients could not join\n", m_closed);
        return false;
    }
    return true;
}

void LoadGenerator::sendEvent(int k)
{
    const int sender = k % m_config.senders;
    Client &c = m_clients[size_t(sender)];
    const int64_t now = nowUs();
    char text[64];
    snprintf(text, sizeof text, "%s%04d %07d %016" PRId64 "......", kTag, sender, k, now - m_t0);
    text[kCommentChars] = 0;
    const double x = 0.05 + 0.9 * double((k * 7919) % 1000) / 1000.0;
    const double y = 0.05 + 0.9 * double((k * 104729) % 1000) / 1000.0;
    const Operation op = Operation::createMarker(x, y, QString::fromLatin1(text));
    const QByteArray request = QJsonDocument(op.toRequest()).toJson(QJsonDocument::Compact);
    if (!m_stats.firstSendUs)
        m_stats.firstSendUs = now;
    m_stats.lastSendUs = now;
    ++m_sent;
    if (c.fd >= 0)
        sendFrame(c, 1, request.constData(), size_t(request.size()));
}

int LoadGenerator::run(const RoomLink &link, const Protocol::Identity &identity)
{
    rlimit limit;
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    for (const ServerAddress &server : m_config.servers) {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(server.port);
        if (inet_pton(AF_INET, server.host.toLatin1().constData(), &address.sin_addr) != 1) {
            fprintf(stderr, "loadgen: the host must be a numeric IPv4 address\n");
            return 2;
        }
        m_addresses.push_back(address);
        m_upgrades.push_back(
            "GET / HTTP/1.1\r\nHost: " + server.host.toStdString() + ":"
            + std::to_string(server.port)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    }
    if (m_config.servers.first().tls && !setUpTls())
        return 2;
    Protocol::Hello hello;
    hello.room = link.room;
    hello.key = link.key;
    hello.identity = identity;
    hello.name = QStringLiteral("bench");
    m_hello = QJsonDocument(hello.toJson()).toJson(QJsonDocument::Compact).toStdString();

    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_clients.resize(size_t(m_config.clients));
    for (int i = 0; i < m_config.clients; ++i) {
        m_clients[size_t(i)].index = i;
        m_clients[size_t(i)].server = i % int(m_config.servers.size());
    }

    const long rssBefore = processesMemoryKb(m_config.serverPids, "VmRSS:");
    const int64_t connectStart = nowUs();
    if (!connectAll())
        return 1;
    const double connectSeconds = double(nowUs() - connectStart) / 1e6;
    // Let the server finish what the joins started before weighing it.
    const int64_t settleUntil = nowUs() + int64_t(m_config.settleMs) * 1000;
    while (nowUs() < settleUntil)
        poll(int(std::max<int64_t>(1, (settleUntil - nowUs()) / 1000)));
    const long rssConnected = processesMemoryKb(m_config.serverPids, "VmRSS:");
    const double perConnectionKb = double(rssConnected - rssBefore) / m_config.clients;

    double serverSys0 = 0;
    const double serverCpu0 = processesCpu(m_config.serverPids, &serverSys0);
    const double backendCpu0 = processesCpu(m_config.backendPids);
    const double selfCpu0 = selfCpu();
    const int64_t phaseStart = nowUs();
    const uint64_t expected =
        m_config.idle ? 0 : uint64_t(m_config.events) * uint64_t(m_config.clients - 1);

    if (!m_config.idle) {
        if (m_config.burst) {
            // Everyone at once: each sender writes its share back to back.
            for (int k = 0; k < m_config.events; ++k)
                sendEvent(k);
        } else {
            m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
            const int64_t periodNs = int64_t(1e9 / m_config.rate);
            itimerspec spec {};
            spec.it_interval.tv_sec = periodNs / 1000000000;
            spec.it_interval.tv_nsec = periodNs % 1000000000;
            spec.it_value.tv_nsec = 1000; // first one at once
            timerfd_settime(m_timer, 0, &spec, nullptr);
            epoll_event ev {};
            ev.events = EPOLLIN;
            ev.data.u32 = UINT32_MAX;
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &ev);
        }
        // Until everything arrived, or nothing more arrives for a while.
        const int64_t hardStop = phaseStart + int64_t(m_config.timeoutS) * 1000000;
        while (m_stats.deliveries < expected && nowUs() < hardStop && m_live > 0) {
            poll(50);
            if (m_sent == m_config.events
                && nowUs() - std::max(m_stats.lastDeliveryUs, m_stats.lastSendUs) > 5000000)
                break;
        }
        if (m_timer >= 0)
            ::close(m_timer);
    }
    const int64_t phaseEnd = nowUs();
    double serverSys = 0;
    const double serverCpu = processesCpu(m_config.serverPids, &serverSys) - serverCpu0;
    const double backendCpu = processesCpu(m_config.backendPids) - backendCpu0;
    serverSys -= serverSys0;
    const double genCpu = selfCpu() - selfCpu0;
    const long hwm = processesMemoryKb(m_config.serverPids, "VmHWM:");

    std::vector<uint32_t> &lat = m_stats.latencyUs;
    std::sort(lat.begin(), lat.end());
    const auto pct = [&lat](double p) { return percentileMs(lat, p); };
    std::vector<uint32_t> &cross = m_stats.crossLatencyUs;
    std::sort(cross.begin(), cross.end());
    const double activeSeconds = m_stats.lastDeliveryUs > m_stats.firstSendUs
        ? double(m_stats.lastDeliveryUs - m_stats.firstSendUs) / 1e6
        : 0;
    const double phaseSeconds = double(phaseEnd - phaseStart) / 1e6;
    const double deliveriesPerSecond =
        activeSeconds > 0 ? double(m_stats.deliveries) / activeSeconds : 0;
    const double bytesPerDelivery =
        m_stats.deliveries ? m_stats.eventBytes / double(m_stats.deliveries) : 0;
    const double cpuPer1000 =
        m_stats.deliveries ? serverCpu / double(m_stats.deliveries) * 1000 : 0;
    const double backendCpuPer1000 =
        m_stats.deliveries ? backendCpu / double(m_stats.deliveries) * 1000 : 0;
    const double eventRate = activeSeconds > 0 && !m_config.idle
        ? double(m_sent) / std::max(1e-6, double(m_stats.lastSendUs - m_stats.firstSendUs) / 1e6)
        : 0;
    const double genBusy = phaseSeconds > 0 ? genCpu / phaseSeconds : 0;

    printf(
        "%s: N=%d senders=%d events=%d%s rate=%.0f/s | deliveries %" PRIu64 "/%" PRIu64
        " (%.0f/s) in %" PRIu64 " frames (%" PRIu64 " batches) | latency p50 %.2f p99 %.2f "
        "max %.2f ms | %.1f B/delivery | server CPU %.3f s (%.0f%% in the kernel; %.4f s per 1000 "
        "deliveries, %.0f%% busy) | server peak %.1f MiB | %.1f KiB per idle connection | "
        "generator CPU "
        "%.0f%% | joined in %.2f s\n",
        qPrintable(m_config.label), m_config.clients, m_config.senders, m_config.events,
        m_config.burst ? " burst" : "", eventRate, m_stats.deliveries, expected,
        deliveriesPerSecond, m_stats.frames, m_stats.batchFrames, pct(0.5), pct(0.99),
        lat.empty() ? 0.0 : lat.back() / 1000.0, bytesPerDelivery, serverCpu,
        serverCpu > 0 ? 100 * serverSys / serverCpu : 0.0, cpuPer1000,
        phaseSeconds > 0 ? 100 * serverCpu / phaseSeconds : 0.0, hwm / 1024.0, perConnectionKb,
        100 * genBusy, connectSeconds);
    if (m_config.servers.size() > 1)
        printf("%s: %d servers | cross-node latency p50 %.2f p99 %.2f ms over %zu deliveries | "
               "backend CPU %.3f s (%.4f s per 1000 deliveries)\n",
               qPrintable(m_config.label), int(m_config.servers.size()), percentileMs(cross, 0.5),
               percentileMs(cross, 0.99), cross.size(), backendCpu, backendCpuPer1000);
    QJsonObject result {
        { QStringLiteral("label"), m_config.label },
        { QStringLiteral("clients"), m_config.clients },
        { QStringLiteral("senders"), m_config.senders },
        { QStringLiteral("events"), m_config.events },
        { QStringLiteral("burst"), m_config.burst },
        { QStringLiteral("idle"), m_config.idle },
        { QStringLiteral("eventRate"), eventRate },
        { QStringLiteral("expected"), double(expected) },
        { QStringLiteral("deliveries"), double(m_stats.deliveries) },
        { QStringLiteral("deliveriesPerSecond"), deliveriesPerSecond },
        { QStringLiteral("frames"), double(m_stats.frames) },
        { QStringLiteral("batchFrames"), double(m_stats.batchFrames) },
        { QStringLiteral("p50Ms"), pct(0.5) },
        { QStringLiteral("p99Ms"), pct(0.99) },
        { QStringLiteral("maxMs"), lat.empty() ? 0.0 : lat.back() / 1000.0 },
        { QStringLiteral("bytesPerDelivery"), bytesPerDelivery },
        { QStringLiteral("serverCpuSeconds"), serverCpu },
        { QStringLiteral("serverCpuPer1000"), cpuPer1000 },
        { QStringLiteral("serverSystemShare"), serverCpu > 0 ? serverSys / serverCpu : 0.0 },
        { QStringLiteral("serverBusy"), phaseSeconds > 0 ? serverCpu / phaseSeconds : 0.0 },
        { QStringLiteral("serverPeakMiB"), hwm / 1024.0 },
        { QStringLiteral("kibPerIdleConnection"), perConnectionKb },
        { QStringLiteral("generatorBusy"), genBusy },
        { QStringLiteral("accepted"), double(m_stats.accepted) },
        { QStringLiteral("refused"), double(m_stats.refused) },
        { QStringLiteral("closed"), m_closed },
        { QStringLiteral("servers"), int(m_config.servers.size()) },
        { QStringLiteral("tls"), m_tls != nullptr },
        { QStringLiteral("crossP50Ms"), percentileMs(cross, 0.5) },
        { QStringLiteral("crossP99Ms"), percentileMs(cross, 0.99) },
        { QStringLiteral("crossDeliveries"), double(cross.size()) },
        { QStringLiteral("backendCpuSeconds"), backendCpu },
        { QStringLiteral("backendCpuPer1000"), backendCpuPer1000 }
    };
    printf("RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    fflush(stdout);
    if (genBusy > 0.85)
        fprintf(stderr,
                "loadgen: warning: the generator was %.0f%% busy; the figures may "
                "measure it rather than the server\n",
                100 * genBusy);
    return m_stats.deliveries == expected ? 0 : 3;
}

LoadGenerator::~LoadGenerator()
{
    for (Client &c : m_clients) {
        if (c.ssl)
            SSL_free(c.ssl);
        if (c.fd >= 0)
            ::close(c.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
    if (m_tls)
        SSL_CTX_free(m_tls);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imagechat-loadgen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator: N clients in one room, markers created at a set rate, latency of "
        "every delivery. Speaks to imagechat-server and to the peers in bench/peer alike."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QStringLiteral("Server, ws://IPV4:PORT or wss://IPV4:PORT; again for each node of a "
                       "cluster (the clients are dealt out over them, the room is made on the "
                       "first)."),
        QStringLiteral("URL"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        QStringLiteral("wss://: the authority (PEM) that signed the server's certificate."),
        QStringLiteral("FILE"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Connections in the room."),
                                           QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption sendersOption(QStringLiteral("senders"),
                                           QStringLiteral("How many of them create markers."),
                                           QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Events per second, all senders together."),
                                        QStringLiteral("R"), QStringLiteral("100"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events to send."), QStringLiteral("E"),
                                          QStringLiteral("1000"));
    const QCommandLineOption burstOption(
        QStringLiteral("burst"), QStringLiteral("Send all events at once instead of at --rate."));
    const QCommandLineOption idleOption(
        QStringLiteral("idle"),
        QStringLiteral("Only connect, for the memory of idle connections."));
    const QCommandLineOption pidOption(
        QStringLiteral("server-pid"),
        QStringLiteral("The server's process, for its CPU and memory; again for each node."),
        QStringLiteral("PID"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend-pid"),
        QStringLiteral("A process the servers use (database, bus), whose CPU is reported apart; "
                       "may be repeated."),
        QStringLiteral("PID"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                          QStringLiteral("Wait after joining before measuring."),
                                          QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Upper bound of each phase."),
                                           QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         QStringLiteral("Name printed with the figures."),
                                         QStringLiteral("TEXT"), QStringLiteral("run"));
    parser.addOptions({ urlOption, caOption, clientsOption, sendersOption, rateOption, eventsOption,
                        burstOption, idleOption, pidOption, backendOption, settleOption,
                        timeoutOption, labelOption });
    parser.process(app);

    LoadGenerator::Config config;
    for (const QString &url : parser.values(urlOption)) {
        QString error;
        const std::optional<ServerAddress> server = ServerAddress::parse(url, &error);
        if (!server) {
            fprintf(stderr, "loadgen: --url %s: %s\n", qPrintable(url), qPrintable(error));
            return 2;
        }
        if (!config.servers.isEmpty() && server->tls != config.servers.first().tls) {
            fprintf(stderr, "loadgen: --url: all ws:// or all wss://\n");
            return 2;
        }
        config.servers.append(*server);
    }
    if (config.servers.isEmpty()) {
        fprintf(stderr, "loadgen: --url is required\n");
        return 2;
    }
    const ServerAddress &first = config.servers.first();
    QList<QSslCertificate> authorities;
    if (first.tls) {
        config.caFile = parser.value(caOption);
        QString error;
        const auto certificates =
            config.caFile.isEmpty() ? std::nullopt : readCertificates(config.caFile, &error);
        if (!certificates) {
            fprintf(stderr, "loadgen: wss:// needs --ca-file: %s\n",
                    error.isEmpty() ? "none given" : qPrintable(error));
            return 2;
        }
        authorities = *certificates;
    }
    config.clients = std::max(2, parser.value(clientsOption).toInt());
    config.senders = std::clamp(parser.value(sendersOption).toInt(), 1, config.clients);
    config.rate = std::max(0.1, parser.value(rateOption).toDouble());
    config.events = std::max(0, parser.value(eventsOption).toInt());
    config.burst = parser.isSet(burstOption);
    config.idle = parser.isSet(idleOption);
    for (const QString &pid : parser.values(pidOption))
        config.serverPids.push_back(pid.toInt());
    for (const QString &pid : parser.values(backendOption))
        config.backendPids.push_back(pid.toInt());
    config.settleMs = parser.value(settleOption).toInt();
    config.timeoutS = std::max(1, parser.value(timeoutOption).toInt());
    config.label = parser.value(labelOption);

    // The room is made the way every client makes one.
    ImageUpload upload(first, QByteArray(reinterpret_cast<const char *>(kPng), sizeof kPng),
                       QStringLiteral("bench.png"));
    upload.setTrustedAuthorities(authorities);
    std::optional<RoomLink> link;
    QObject::connect(&upload, &ImageUpload::finished, &app, [&](const RoomLink &made) {
        link = made;
        app.quit();
    });
    QObject::connect(&upload, &ImageTransfer::failed, &app, [&](const OpError &e) {
        fprintf(stderr, "loadgen: could not create the room: %s\n", qPrintable(e.message));
        app.quit();
    });
    QTimer::singleShot(config.timeoutS * 1000, &app, &QCoreApplication::quit);
    upload.start();
    app.exec();
    if (!link)
        return 1;
    LoadGenerator generator(config);
    return generator.run(*link, upload.identity());
}
