#include "ids.h"
#include "operation.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace ImageChat;

class TestOperation : public QObject
{
    Q_OBJECT

private:
    static QList<Operation> oneOfEach()
    {
        const QString marker = newUuid();
        return { Operation::createMarker(0.25, 0.75, QStringLiteral("First")),
                 Operation::addComment(marker, QStringLiteral("Reply")),
                 Operation::editComment(marker, newUuid(), QStringLiteral("Edited")),
                 Operation::deleteComment(marker, newUuid()),
                 Operation::moveMarker(marker, 0.5, 0.125),
                 Operation::setResolved(marker, true),
                 Operation::deleteMarker(marker) };
    }

private slots:
    void requestRoundTrip()
    {
        for (const Operation &op : oneOfEach()) {
            const QJsonObject json = op.toRequest();
            QCOMPARE(json.value(QStringLiteral("type")).toString(), op.name());
            QVERIFY(isCanonicalUuid(json.value(QStringLiteral("broadcastId")).toString()));
            OpError error;
            const std::optional<Operation> back = Operation::fromRequest(json, &error);
            QVERIFY2(back, qPrintable(error.message));
            QCOMPARE(*back, op);
        }
    }

    void eventRoundTripAndBroadcastTypes()
    {
        const QStringList expected {
            QStringLiteral("new-image-chat"),     QStringLiteral("image-chat-updated"),
            QStringLiteral("image-chat-updated"), QStringLiteral("image-chat-updated"),
            QStringLiteral("image-chat-updated"), QStringLiteral("image-chat-updated"),
            QStringLiteral("deleted-image-chat")
        };
        const QList<Operation> ops = oneOfEach();
        for (int i = 0; i < ops.size(); ++i) {
            Event event { ops[i], i + 1, 1700000000000 + i, QStringLiteral("user1234"),
                          ops[i].kind == Operation::Kind::CreateMarker
                                  || ops[i].kind == Operation::Kind::AddComment
                              ? QStringLiteral("Ana")
                              : QString() };
            const QJsonObject json = event.toJson();
            QCOMPARE(json.value(QStringLiteral("type")).toString(), expected[i]);
            QCOMPARE(json.value(QStringLiteral("broadcastId")).toString(), ops[i].broadcastId);
            QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), i + 1);
            OpError error;
            const std::optional<Event> back = Event::fromJson(json, &error);
            QVERIFY2(back, qPrintable(error.message));
            QCOMPARE(back->op, event.op);
            QCOMPARE(back->seq, event.seq);
            QCOMPARE(back->at, event.at);
            QCOMPARE(back->author, event.author);
            QCOMPARE(back->authorName, event.authorName);
        }
    }

    void updateCannotSmuggleCreateOrDelete()
    {
        Event event { Operation::createMarker(0.1, 0.1, QStringLiteral("x")), 1, 1,
                      QStringLiteral("u"), QStringLiteral("n") };
        QJsonObject json = event.toJson();
        json.insert(QStringLiteral("type"), QStringLiteral("image-chat-updated"));
        json.insert(QStringLiteral("change"), QStringLiteral("create-marker"));
        OpError error;
        QVERIFY(!Event::fromJson(json, &error));
        QCOMPARE(error.code, ErrorCode::UnknownType);
    }

    void shapeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        const QByteArray id = newUuid().toLatin1();
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"make-coffee"})") << ErrorCode::UnknownType;
        QTest::newRow("no broadcastId")
            << QByteArray(R"({"type":"delete-marker","marker":")" + id + R"("})")
            << ErrorCode::BadRequest;
        QTest::newRow("braced uuid") << QByteArray(R"({"type":"delete-marker","broadcastId":"{)"
                                                   + id + R"(}","marker":")" + id + R"("})")
                                     << ErrorCode::BadRequest;
        QTest::newRow("x is a string")
            << QByteArray(R"({"type":"move-marker","broadcastId":")" + id + R"(","marker":")" + id
                          + R"(","x":"0.5","y":0.5})")
            << ErrorCode::BadRequest;
        QTest::newRow("resolved is a number")
            << QByteArray(R"({"type":"set-resolved","broadcastId":")" + id + R"(","marker":")" + id
                          + R"(","resolved":1})")
            << ErrorCode::BadRequest;
        QTest::newRow("text missing")
            << QByteArray(R"({"type":"add-comment","broadcastId":")" + id + R"(","marker":")" + id
                          + R"(","comment":")" + id + R"("})")
            << ErrorCode::BadRequest;
    }

    void shapeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        OpError error;
        QVERIFY(!Operation::fromRequest(QJsonDocument::fromJson(json).object(), &error));
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
    }

    void validation()
    {
        QCOMPARE(Operation::createMarker(1.5, 0.5, QStringLiteral("x")).validate().code,
                 ErrorCode::OutOfRange);
        QCOMPARE(Operation::createMarker(0.5, -0.01, QStringLiteral("x")).validate().code,
                 ErrorCode::OutOfRange);
        QCOMPARE(Operation::moveMarker(newUuid(), qQNaN(), 0.5).validate().code,
                 ErrorCode::OutOfRange);
        QCOMPARE(Operation::createMarker(0.5, 0.5, QStringLiteral("  \n")).validate().code,
                 ErrorCode::Empty);
        QVERIFY(!Operation::createMarker(0, 1, QStringLiteral("corner")).validate());

        // 4,000 characters are fine, counted as characters: emoji are two
        // UTF-16 units each but one character.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x99\x82");
        QVERIFY(!Operation::addComment(newUuid(), emoji.repeated(4000)).validate());
        QCOMPARE(Operation::addComment(newUuid(), emoji.repeated(4001)).validate().code,
                 ErrorCode::TooLong);
        QCOMPARE(Operation::editComment(newUuid(), newUuid(), QString(4001, QLatin1Char('a')))
                     .validate()
                     .code,
                 ErrorCode::TooLong);
    }

    void coordinatesAreRounded()
    {
        const Operation op = Operation::createMarker(0.123456789, 0.987654321, QStringLiteral("x"));
        QCOMPARE(op.x, 0.123457);
        QCOMPARE(op.y, 0.987654);
    }

    void newImageChatIsLight()
    {
        // S8: creating a marker costs under 1 KB; we aim for 300 bytes.
        const QString comment = QStringLiteral("Make this button the brand colour pls!!");
        QCOMPARE(comment.size() + 1, 40);
        Event event { Operation::createMarker(0.421337, 0.187512, comment + QLatin1Char('.')), 4711,
                      1763760000000, QStringLiteral("Qx3v9TbZr1WkLp0A"), QStringLiteral("Ana") };
        const QByteArray frame = Protocol::encode(event.toJson()).toUtf8();
        qInfo("new-image-chat with a 40-character comment: %lld bytes", qint64(frame.size()));
        QVERIFY2(frame.size() < 1024, frame.constData());
        QVERIFY2(frame.size() <= 300, frame.constData());
    }

    void helloRefusesOtherVersions()
    {
        Protocol::Hello hello;
        hello.version = 99;
        OpError error;
        QVERIFY(!Protocol::Hello::fromJson(hello.toJson(), &error));
        QCOMPARE(error.code, ErrorCode::UnsupportedVersion);
        QVERIFY(error.message.contains(QLatin1String("99")));
        hello.version = Protocol::Version;
        QVERIFY(Protocol::Hello::fromJson(hello.toJson(), &error));
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
