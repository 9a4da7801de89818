// Usage metrics (S10): the counters /metrics shows are compared with what
// real clients read off their sockets, byte for byte, not with the counters'
// own arithmetic; the day totals in the store (and `imagechat-server usage`)
// with the counters; /healthz with a store that is there.
#include "httpget.h"
#include "ids.h"
#include "rawclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// A WebSocket client on a bare TCP socket: it counts every byte the server
// sends after the upgrade, frames and headers included, and decodes the
// text frames to know when it has what it waits for.
class CountingClient
{
public:
    // The server runs in this process: every wait turns the event loop.
    bool open(const ServerAddress &server)
    {
        m_socket.connectToHost(QHostAddress(server.host), server.port);
        if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return false;
        // A nonce of 16 random bytes, as RFC 6455 (4.1) asks.
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::global()->generate(nonce.begin(), nonce.end());
        m_socket.write("GET / HTTP/1.1\r\nHost: " + server.host.toUtf8() + ':'
                       + QByteArray::number(server.port)
                       + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                       + nonce.toBase64() + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
        // The upgrade's response is HTTP, not a message: not counted.
        if (!QTest::qWaitFor(
                [&] {
                    m_buffer += m_socket.readAll();
                    return m_buffer.contains("\r\n\r\n");
                },
                5000))
            return false;
        const qsizetype end = m_buffer.indexOf("\r\n\r\n") + 4;
        if (!m_buffer.startsWith("HTTP/1.1 101"))
            return false;
        m_buffer.remove(0, end);
        m_bytes = m_buffer.size();
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            const QByteArray data = m_socket.readAll();
            m_bytes += data.size();
            m_buffer += data;
            parse();
        });
        parse();
        return true;
    }
    void sendJson(const QJsonObject &message)
    {
        const QByteArray payload = compact(message).toUtf8();
        QByteArray frame;
        frame.append(char(0x81));
        const quint32 mask = QRandomGenerator::global()->generate();
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char(payload.size() >> 8));
            frame.append(char(payload.size() & 0xff));
        }
        for (int i = 0; i < 4; ++i)
            frame.append(char(mask >> (8 * i)));
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ char(mask >> (8 * (i % 4)))));
        m_socket.write(frame);
        ++m_sent;
    }
    qint64 bytes() const { return m_bytes; }
    qint64 messages() const { return m_messages.size(); }
    qint64 sent() const { return m_sent; }
    const QList<QJsonObject> &received() const { return m_messages; }
    qsizetype controlFrames() const { return m_other.size(); }
    bool has(const QString &type, qsizetype count = 1) const
    {
        return std::count_if(m_messages.cbegin(), m_messages.cend(),
                             [&](const QJsonObject &m) {
                                 return m.value(QStringLiteral("type")).toString() == type;
                             })
            >= count;
    }

private:
    void parse()
    {
        for (;;) {
            if (m_buffer.size() < 2)
                return;
            const quint8 opcode = quint8(m_buffer.at(0)) & 0x0f;
            qint64 length = quint8(m_buffer.at(1)) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (m_buffer.size() < 4)
                    return;
                length = (quint8(m_buffer.at(2)) << 8) | quint8(m_buffer.at(3));
                header = 4;
            } else if (length == 127) {
                if (m_buffer.size() < 10)
                    return;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | quint8(m_buffer.at(i));
                header = 10;
            }
            if (m_buffer.size() < header + length)
                return;
            const QByteArray payload = m_buffer.mid(header, length);
            m_buffer.remove(0, header + length);
            if (opcode == 0x1)
                m_messages.append(QJsonDocument::fromJson(payload).object());
            else
                m_other.append(payload);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
    qint64 m_sent = 0;
    QList<QJsonObject> m_messages;
    QList<QByteArray> m_other; // control frames: the test expects none
};

// A sample's value from the exposition, or -1 when it is not there.
qint64 sample(const QByteArray &text, const QString &name, const QString &labels)
{
    const QRegularExpression line(
        QStringLiteral("^")
            + QRegularExpression::escape(name + QLatin1Char('{') + labels + QLatin1Char('}'))
            + QStringLiteral(" (\\d+)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QJsonObject newMarker(double x, const QString &text)
{
    return Operation::createMarker(x, 0.5, text).toRequest();
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void countersMatchWhatClientsRead()
    {
        NodeConfig config;
        config.metricsPort = 0;
        config.server.heartbeatMs = 600000; // no pings during the test
        TestServer server(config);
        const quint16 port = metricsPort(server);
        QVERIFY(port > 0);
        const RoomLink link = server.createRoom();

        const QByteArray before = httpGet(port, "/metrics").second;
        const QString tenant = QStringLiteral("tenant=\"default\"");
        const qint64 messagesBefore =
            sample(before, QStringLiteral("imagechat_pubsub_messages_total"), tenant);
        const qint64 bytesBefore =
            sample(before, QStringLiteral("imagechat_pubsub_bytes_total"), tenant);
        const qint64 receivedBefore =
            sample(before, QStringLiteral("imagechat_messages_received_total"), tenant);
        QVERIFY(messagesBefore >= 1); // the room-created reply
        QVERIFY(sample(before, QStringLiteral("imagechat_stored_rooms"), tenant) == 1);

        // Three members; one of them writes, all of them read.
        std::vector<std::unique_ptr<CountingClient>> clients;
        for (int i = 0; i < 3; ++i) {
            auto client = std::make_unique<CountingClient>();
            QVERIFY(client->open(server.address()));
            client->sendJson(helloFor(link));
            QVERIFY(waitUntil([&] { return client->has(Protocol::Type::Welcome); }));
            clients.push_back(std::move(client));
        }
        constexpr int Markers = 25;
        for (int i = 0; i < Markers; ++i)
            clients[0]->sendJson(
                newMarker(0.01 * (i + 1), QStringLiteral("Ünïcode comment %1").arg(i)));
        // A refused request counts as a rejection with its reason.
        clients[1]->sendJson({ { QStringLiteral("type"), QStringLiteral("nonsense") } });
        QVERIFY(waitUntil([&] { return clients[0]->has(Protocol::Type::Accepted, Markers); }));
        QVERIFY(waitUntil([&] {
            return std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) {
                qint64 events = 0;
                for (const QJsonObject &m : c->received()) {
                    const QString type = m.value(QStringLiteral("type")).toString();
                    events += type == QLatin1String("batch")
                        ? m.value(QStringLiteral("events")).toArray().size()
                        : type == Operation::createMarker(0, 0, {}).broadcastType();
                }
                return events == Markers;
            });
        }));
        QVERIFY(waitUntil([&] { return clients[1]->has(Protocol::Type::Error); }));

        const QByteArray after = httpGet(port, "/metrics").second;
        qint64 bytesRead = 0;
        qint64 messagesRead = 0;
        qint64 sent = 0;
        for (const auto &client : clients) {
            QCOMPARE(client->controlFrames(), 0);
            bytesRead += client->bytes();
            messagesRead += client->messages();
            sent += client->sent();
        }
        QCOMPARE(sample(after, QStringLiteral("imagechat_pubsub_bytes_total"), tenant)
                     - bytesBefore,
                 bytesRead);
        QCOMPARE(sample(after, QStringLiteral("imagechat_pubsub_messages_total"), tenant)
                     - messagesBefore,
                 messagesRead);
        QCOMPARE(sample(after, QStringLiteral("imagechat_messages_received_total"), tenant)
                     - receivedBefore,
                 sent);
        QCOMPARE(sample(after, QStringLiteral("imagechat_events_stored_total"), tenant), Markers);
        QCOMPARE(sample(after, QStringLiteral("imagechat_connections"), tenant), 3);
        QCOMPARE(sample(after, QStringLiteral("imagechat_live_rooms"), tenant), 1);
        QCOMPARE(sample(after, QStringLiteral("imagechat_rejected_total"),
                        tenant + QStringLiteral(",reason=\"unknown-type\"")),
                 1);
        QVERIFY(after.contains("# TYPE imagechat_pubsub_bytes_total counter\n"));
        QVERIFY(after.contains("# HELP imagechat_pubsub_messages_total "));

        // The day's totals reach the store when the server closes, and
        // `usage` prints them.
        const qint64 messagesTotal =
            sample(after, QStringLiteral("imagechat_pubsub_messages_total"), tenant);
        const qint64 bytesTotal =
            sample(after, QStringLiteral("imagechat_pubsub_bytes_total"), tenant);
        clients.clear();
        server.stop();
        QProcess usage;
        usage.start(qEnvironmentVariable("IMAGECHAT_SERVER_BIN"),
                    { QStringLiteral("usage"), QStringLiteral("--data"), server.dataDir() });
        QVERIFY(usage.waitForFinished(30000));
        QCOMPARE(usage.exitCode(), 0);
        const QString printed = QString::fromUtf8(usage.readAllStandardOutput());
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QRegularExpression row(
            today + QStringLiteral(" +default +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+)"));
        const QRegularExpressionMatch match = row.match(printed);
        QVERIFY2(match.hasMatch(), qPrintable(printed));
        QCOMPARE(match.captured(1).toLongLong(), messagesTotal);
        QCOMPARE(match.captured(2).toLongLong(), bytesTotal);
        QCOMPARE(match.captured(4).toLongLong(), Markers);
        QCOMPARE(match.captured(6).toLongLong(), 1); // rejected
    }

    void usageAddsUpAcrossRestarts()
    {
        NodeConfig config;
        config.metricsPort = 0;
        TestServer server(config);
        const RoomLink link = server.createRoom();
        for (int round = 0; round < 2; ++round) {
            TestClient client(link);
            QVERIFY(client.connectAndWait());
            QVERIFY(
                client.submitAndWait(Operation::createMarker(0.3, 0.3, QStringLiteral("round"))));
            server.stop();
            server.start();
        }
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const std::optional<QList<UsageRow>> rows = server.store().usage(today, DefaultTenant);
        QVERIFY(rows);
        qint64 events = 0;
        for (const UsageRow &row : *rows)
            events += row.counter == QLatin1String("events") ? row.value : 0;
        QCOMPARE(events, 2);
    }

    void health()
    {
        NodeConfig config;
        config.metricsPort = 0;
        TestServer server(config);
        const quint16 port = metricsPort(server);
        const auto [status, body] = httpGet(port, "/healthz");
        QCOMPARE(status, 200);
        QCOMPARE(body, QByteArray("store: ok\n"));
        QCOMPARE(httpGet(port, "/nothing").first, 404);

        // Junk and oversized requests get an answer and change nothing.
        QTcpSocket junk;
        junk.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(junk.waitForConnected(5000));
        junk.write(QByteArray(9000, 'x'));
        QVERIFY(waitUntil([&] {
            return junk.state() == QAbstractSocket::UnconnectedState || junk.bytesAvailable() > 0;
        }));
        QVERIFY(junk.readAll().startsWith("HTTP/1.1 431"));
        QCOMPARE(httpGet(port, "/healthz").first, 200);
    }

private:
    static quint16 metricsPort(TestServer &server) { return server.node().metricsPort(); }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
