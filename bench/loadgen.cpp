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
// Linux only: epoll, timerfd and /proc/PID for the server's CPU and memory.
#include "imagetransfer.h"
#include "operation.h"
#include "protocol.h"
#include "roomlink.h"

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

struct Client
{
    enum class State { Connecting, Upgrading, Joining, Live, Closed };
    int fd = -1;
    int index = 0;
    State state = State::Connecting;
    std::string in; // bytes not yet parsed
    std::string message; // a fragmented message being put together
    std::string out; // bytes the kernel did not take yet
};

struct Stats
{
    std::vector<uint32_t> latencyUs;
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
        QString host;
        quint16 port = 0;
        int clients = 100;
        int senders = 1;
        double rate = 100;
        int events = 1000;
        bool burst = false;
        bool idle = false;
        int serverPid = 0;
        int settleMs = 300;
        int timeoutS = 60;
        QString label;
    };

    explicit LoadGenerator(const Config &config)
        : m_config(config)
    { }

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

    Config m_config;
    sockaddr_in m_address {};
    int m_epoll = -1;
    int m_timer = -1;
    std::vector<Client> m_clients;
    std::string m_upgrade;
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
    if (::connect(c.fd, reinterpret_cast<sockaddr *>(&m_address), sizeof m_address) < 0
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
    ::close(c.fd);
    c.fd = -1;
}

void LoadGenerator::flushOut(Client &c)
{
    while (!c.out.empty()) {
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
    if (c.state != Client::State::Connecting)
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
        c.state = Client::State::Upgrading;
        c.out = m_upgrade;
    }
    flushOut(c);
}

void LoadGenerator::onReadable(Client &c)
{
    char buffer[65536];
    for (;;) {
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
        m_stats.latencyUs.push_back(uint32_t(std::min<int64_t>(latency, UINT32_MAX)));
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
    m_address.sin_family = AF_INET;
    m_address.sin_port = htons(m_config.port);
    if (inet_pton(AF_INET, m_config.host.toLatin1().constData(), &m_address.sin_addr) != 1) {
        fprintf(stderr, "loadgen: the host must be a numeric IPv4 address\n");
        return 2;
    }
    m_upgrade = "GET / HTTP/1.1\r\nHost: " + m_config.host.toStdString() + ":"
        + std::to_string(m_config.port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    Protocol::Hello hello;
    hello.room = link.room;
    hello.key = link.key;
    hello.identity = identity;
    hello.name = QStringLiteral("bench");
    m_hello = QJsonDocument(hello.toJson()).toJson(QJsonDocument::Compact).toStdString();

    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_clients.resize(size_t(m_config.clients));
    for (int i = 0; i < m_config.clients; ++i)
        m_clients[size_t(i)].index = i;

    const long rssBefore = processMemoryKb(m_config.serverPid, "VmRSS:");
    const int64_t connectStart = nowUs();
    if (!connectAll())
        return 1;
    const double connectSeconds = double(nowUs() - connectStart) / 1e6;
    // Let the server finish what the joins started before weighing it.
    const int64_t settleUntil = nowUs() + int64_t(m_config.settleMs) * 1000;
    while (nowUs() < settleUntil)
        poll(int(std::max<int64_t>(1, (settleUntil - nowUs()) / 1000)));
    const long rssConnected = processMemoryKb(m_config.serverPid, "VmRSS:");
    const double perConnectionKb = double(rssConnected - rssBefore) / m_config.clients;

    double serverSys0 = 0;
    const double serverCpu0 = processCpu(m_config.serverPid, &serverSys0);
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
    const double serverCpu = processCpu(m_config.serverPid, &serverSys) - serverCpu0;
    serverSys -= serverSys0;
    const double genCpu = selfCpu() - selfCpu0;
    const long hwm = processMemoryKb(m_config.serverPid, "VmHWM:");

    std::vector<uint32_t> &lat = m_stats.latencyUs;
    std::sort(lat.begin(), lat.end());
    auto pct = [&lat](double p) -> double {
        if (lat.empty())
            return 0;
        const size_t i = std::min(lat.size() - 1, size_t(p * double(lat.size())));
        return lat[i] / 1000.0;
    };
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
        { QStringLiteral("closed"), m_closed }
    };
    printf("RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    fflush(stdout);
    if (genBusy > 0.85)
        fprintf(stderr,
                "loadgen: warning: the generator was %.0f%% busy; the figures may "
                "measure it rather than the server\n",
                100 * genBusy);
    for (Client &c : m_clients) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    ::close(m_epoll);
    return m_stats.deliveries == expected ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imagechat-loadgen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator: N clients in one room, markers created at a set rate, latency of "
        "every delivery. Speaks to imagechat-server and to bench/peer/server.js alike."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"), QStringLiteral("Server, ws://IPV4:PORT"), QStringLiteral("URL"));
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
        QStringLiteral("The server's process, for its CPU and memory."), QStringLiteral("PID"),
        QStringLiteral("0"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
                                          QStringLiteral("Wait after joining before measuring."),
                                          QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Upper bound of each phase."),
                                           QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         QStringLiteral("Name printed with the figures."),
                                         QStringLiteral("TEXT"), QStringLiteral("run"));
    parser.addOptions({ urlOption, clientsOption, sendersOption, rateOption, eventsOption,
                        burstOption, idleOption, pidOption, settleOption, timeoutOption,
                        labelOption });
    parser.process(app);

    QString error;
    const std::optional<ServerAddress> server =
        ServerAddress::parse(parser.value(urlOption), &error);
    if (!server || server->tls) {
        fprintf(stderr, "loadgen: --url: %s\n", server ? "plain ws:// only" : qPrintable(error));
        return 2;
    }
    LoadGenerator::Config config;
    config.host = server->host;
    config.port = server->port;
    config.clients = std::max(2, parser.value(clientsOption).toInt());
    config.senders = std::clamp(parser.value(sendersOption).toInt(), 1, config.clients);
    config.rate = std::max(0.1, parser.value(rateOption).toDouble());
    config.events = std::max(0, parser.value(eventsOption).toInt());
    config.burst = parser.isSet(burstOption);
    config.idle = parser.isSet(idleOption);
    config.serverPid = parser.value(pidOption).toInt();
    config.settleMs = parser.value(settleOption).toInt();
    config.timeoutS = std::max(1, parser.value(timeoutOption).toInt());
    config.label = parser.value(labelOption);

    // The room is made the way every client makes one.
    ImageUpload upload(*server, QByteArray(reinterpret_cast<const char *>(kPng), sizeof kPng),
                       QStringLiteral("bench.png"));
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
