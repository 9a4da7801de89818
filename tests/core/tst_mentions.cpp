// "@name" in comment text: what counts as a mention, and the one being typed.
#include "mentions.h"

#include <QTest>

using namespace ImageChat;

class TestMentions : public QObject
{
    Q_OBJECT

private slots:
    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        QTest::newRow("alone") << "@Ana"
                               << "Ana" << true;
        QTest::newRow("in a sentence") << "what do you think, @Ana?"
                                       << "Ana" << true;
        QTest::newRow("any case") << "@ana please"
                                  << "Ana" << true;
        QTest::newRow("name with a space") << "cc @Ana Lopes"
                                           << "Ana Lopes" << true;
        QTest::newRow("only the first name") << "cc @Ana"
                                             << "Ana Lopes" << false;
        QTest::newRow("longer name") << "@Anabel look"
                                     << "Ana" << false;
        QTest::newRow("e-mail address") << "write to ana@Ana.org"
                                        << "Ana" << false;
        QTest::newRow("no at sign") << "Ana, look"
                                    << "Ana" << false;
        QTest::newRow("after punctuation") << "(@Ana)"
                                           << "Ana" << true;
        QTest::newRow("second of two") << "@Sam and @Ana"
                                       << "Ana" << true;
        QTest::newRow("non-latin") << "@Мария виж"
                                   << "мария" << true;
        QTest::newRow("at the end, cut short") << "hi @An"
                                               << "Ana" << false;
        QTest::newRow("empty name") << "@"
                                    << "" << false;
        QTest::newRow("blank name") << "@ x"
                                    << " " << false;
    }

    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(Mentions::mentions(text, name), expected);
    }

    void mentionedKeepsOrderGiven()
    {
        QCOMPARE(Mentions::mentioned(
                     QStringLiteral("@Sam @Ana"),
                     { QStringLiteral("Ana"), QStringLiteral("Eli"), QStringLiteral("Sam") }),
                 QStringList({ QStringLiteral("Ana"), QStringLiteral("Sam") }));
    }

    void partialBeforeTheCursor()
    {
        const QString text = QStringLiteral("hello @An");
        Mentions::Partial partial = Mentions::partialAt(text, int(text.size()));
        QCOMPARE(partial.start, 6);
        QCOMPARE(partial.prefix, QStringLiteral("An"));

        partial = Mentions::partialAt(QStringLiteral("@"), 1);
        QCOMPARE(partial.start, 0);
        QCOMPARE(partial.prefix, QString());

        QCOMPARE(Mentions::partialAt(QStringLiteral("mail ana@ex"), 11).start, -1);
        QCOMPARE(Mentions::partialAt(QStringLiteral("@Ana\nnext"), 9).start, -1);
        QCOMPARE(Mentions::partialAt(QStringLiteral("no mention"), 5).start, -1);
        // Out-of-range cursors are clamped, never a crash.
        QCOMPARE(Mentions::partialAt(QStringLiteral("@x"), 99).prefix, QStringLiteral("x"));
        QCOMPARE(Mentions::partialAt(QStringLiteral("@x"), -3).start, -1);
    }

    void completeReplacesThePartial()
    {
        const QString text = QStringLiteral("hi @an, see");
        const Mentions::Partial partial = Mentions::partialAt(text, 6);
        int cursor = -1;
        const QString done =
            Mentions::complete(text, partial, 6, QStringLiteral("Ana Lopes"), &cursor);
        QCOMPARE(done, QStringLiteral("hi @Ana Lopes , see"));
        QCOMPARE(cursor, 14);
        QVERIFY(Mentions::mentions(done, QStringLiteral("Ana Lopes")));
        // Nothing being typed: the text stays as it is.
        QCOMPARE(Mentions::complete(text, {}, 6, QStringLiteral("Ana"), &cursor), text);
    }
};

QTEST_APPLESS_MAIN(TestMentions)
#include "tst_mentions.moc"
