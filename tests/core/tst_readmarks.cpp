// What was read, on disk: kept across instances, a file per user and room,
// and a damaged file is ignored (logged) and replaced, never a crash.
#include "readmarks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ImageChat;

class TestReadMarks : public QObject
{
    Q_OBJECT

private slots:
    void keptAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = ReadMarks::fileFor(dir.path(), QStringLiteral("ws://a:1"),
                                                QStringLiteral("user"), QStringLiteral("room"));
        {
            ReadMarks marks;
            QVERIFY(!marks.open(path)); // never opened before
            QVERIFY(marks.markRead(QStringLiteral("m1"), { QStringLiteral("c1") }));
            QVERIFY(!marks.markRead(QStringLiteral("m1"), { QStringLiteral("c1") }));
            QVERIFY(marks.markRead(QStringLiteral("m2"), { QStringLiteral("c2") }));
            marks.forget(QStringLiteral("m2"));
        } // saved on destruction
        ReadMarks again;
        QVERIFY(again.open(path));
        QVERIFY(again.isRead(QStringLiteral("m1"), QStringLiteral("c1")));
        QVERIFY(!again.isRead(QStringLiteral("m1"), QStringLiteral("c9")));
        QVERIFY(!again.isRead(QStringLiteral("m2"), QStringLiteral("c2")));
    }

    void oneFilePerUserAndRoom()
    {
        const QString a = ReadMarks::fileFor(QStringLiteral("/d"), QStringLiteral("s"),
                                             QStringLiteral("u1"), QStringLiteral("r"));
        QVERIFY(a
                != ReadMarks::fileFor(QStringLiteral("/d"), QStringLiteral("s"),
                                      QStringLiteral("u2"), QStringLiteral("r")));
        QVERIFY(a
                != ReadMarks::fileFor(QStringLiteral("/d"), QStringLiteral("s"),
                                      QStringLiteral("u1"), QStringLiteral("r2")));
        // What a server sends never makes the path: no "/" or ".." from ids.
        const QString odd = ReadMarks::fileFor(QStringLiteral("/d"), QStringLiteral("s"),
                                               QStringLiteral("../../x"), QStringLiteral("/etc"));
        QVERIFY(odd.startsWith(QStringLiteral("/d/read/")));
        QVERIFY(!odd.contains(QStringLiteral("..")));
    }

    void damagedFileIsIgnoredAndReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("read/x.json"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("read"))));
        for (const QByteArray &bad :
             { QByteArray("{not json"), QByteArray("[1,2]"),
               QByteArray(R"({"markers":{"m1":[1,null,{"a":2}],"m2":"c"}})") }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bad);
            file.close();
            ReadMarks marks;
            QVERIFY(marks.open(path)); // the room is known; nothing in it is read
            QVERIFY(!marks.isRead(QStringLiteral("m1"), QStringLiteral("1")));
            QVERIFY(marks.markRead(QStringLiteral("m1"), { QStringLiteral("c1") }));
            marks.flush();
            ReadMarks reread;
            QVERIFY(reread.open(path));
            QVERIFY(reread.isRead(QStringLiteral("m1"), QStringLiteral("c1")));
        }
    }
};

QTEST_GUILESS_MAIN(TestReadMarks)
#include "tst_readmarks.moc"
