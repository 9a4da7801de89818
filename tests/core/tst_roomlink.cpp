#include "roomlink.h"

#include <QTest>

using namespace ImageChat;

class TestRoomLink : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::newRow("ipv4") << QStringLiteral("192.168.1.20") << 47800 << false;
        QTest::newRow("name, tls") << QStringLiteral("chat.example.org") << 443 << true;
        QTest::newRow("ipv6") << QStringLiteral("::1") << 9000 << false;
    }

    void roundTrip()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, tls);
        RoomLink link;
        link.server = { host, quint16(port), tls, {} };
        link.room = QStringLiteral("AbCdEf123456");
        link.key = QStringLiteral("k3y_k3y-k3y_k3y-k3y_k3y");
        const QString text = link.toString();
        QVERIFY(text.startsWith(QLatin1String("imagechat://")));
        QString error;
        const std::optional<RoomLink> parsed = RoomLink::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, link);
        QCOMPARE(parsed->server.webSocketUrl().scheme(),
                 tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    }

    void surroundingWhitespaceIsIgnored()
    {
        QString error;
        QVERIFY(RoomLink::parse(
            QStringLiteral("  imagechat://h:1/AbCdEf123456?key=0123456789abcdefXYZ\n"), &error));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme")
            << QStringLiteral("https://h:1/AbCdEf123456?key=0123456789abcdef");
        QTest::newRow("no host") << QStringLiteral(
            "imagechat://:1/AbCdEf123456?key=0123456789abcdef");
        QTest::newRow("no port") << QStringLiteral(
            "imagechat://h/AbCdEf123456?key=0123456789abcdef");
        QTest::newRow("bad port") << QStringLiteral(
            "imagechat://h:99999/AbCdEf123456?key=0123456789abcdef");
        QTest::newRow("no room") << QStringLiteral("imagechat://h:1/?key=0123456789abcdef");
        QTest::newRow("room too short")
            << QStringLiteral("imagechat://h:1/abc?key=0123456789abcdef");
        QTest::newRow("bad room chars")
            << QStringLiteral("imagechat://h:1/AbCd%20f123456?key=0123456789abcdef");
        QTest::newRow("nested path")
            << QStringLiteral("imagechat://h:1/a/AbCdEf123456?key=0123456789abcdef");
        QTest::newRow("no key") << QStringLiteral("imagechat://h:1/AbCdEf123456");
        QTest::newRow("short key") << QStringLiteral("imagechat://h:1/AbCdEf123456?key=abc");
        QTest::newRow("bad tls") << QStringLiteral(
            "imagechat://h:1/AbCdEf123456?key=0123456789abcdef&tls=yes");
        QTest::newRow("unknown part")
            << QStringLiteral("imagechat://h:1/AbCdEf123456?key=0123456789abcdef&x=1");
        QTest::newRow("user info")
            << QStringLiteral("imagechat://u:p@h:1/AbCdEf123456?key=0123456789abcdef");
        QTest::newRow("fragment") << QStringLiteral(
            "imagechat://h:1/AbCdEf123456?key=0123456789abcdef#x");
    }

    void malformed()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!RoomLink::parse(text, &error));
        QVERIFY2(!error.isEmpty(), "a malformed link must say what is wrong");
    }

    void serverAddress()
    {
        QString error;
        QCOMPARE(ServerAddress::parse(QStringLiteral("wss://h.example:8443"), &error),
                 (ServerAddress { QStringLiteral("h.example"), 8443, true, {} }));
        QVERIFY(!ServerAddress::parse(QStringLiteral("http://h:1"), &error));
        QVERIFY(!ServerAddress::parse(QStringLiteral("ws://h"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoomLink)
#include "tst_roomlink.moc"
