#include <QTest>
class Stub : public QObject { Q_OBJECT private slots: void todo() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Stub)
#include "tst_resync.moc"
