// The real window against a real server: placing a marker, remote changes,
// two windows on one room, a refused marker, the offline banner.
#include "appsettings.h"
#include "canvasview.h"
#include "conversationlist.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "markercomposer.h"
#include "markeritem.h"
#include "offlinebanner.h"
#include "presence.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "threadpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

int pinCount(CanvasView *canvas)
{
    int count = 0;
    for (QGraphicsItem *item : canvas->scene()->items()) {
        // The composer's draft pin is not a marker yet.
        const auto *pin = qgraphicsitem_cast<MarkerItem *>(item);
        if (pin && pin->state() != MarkerItem::State::Draft)
            ++count;
    }
    return count;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    AppSettings *m_settings = nullptr;
    SessionCredentialStore m_secrets;
    SessionCredentialStore m_fallback;
    IdentityManager *m_identities = nullptr;
    ManualReachability m_reachability;

    Services services(RoomHost *host)
    {
        return { m_settings, m_identities, &m_reachability, host };
    }

    // A window joined to the room and live, its image shown.
    MainWindow *openWindow(const Services &s, const RoomLink &link)
    {
        auto *window = new MainWindow(s);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        window->joinRoom(link);
        if (!QTest::qWaitFor(
                [&] {
                    return window->session()->status() && window->session()->status()->canSend()
                        && !window->canvas()->imageSize().isEmpty();
                },
                10000))
            qWarning("window did not get live");
        window->canvas()->fitToWindow();
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_settings = new AppSettings(this);
        m_settings->setDisplayName(QStringLiteral("Robin"));
        m_identities = new IdentityManager(&m_secrets, &m_fallback, this);
        // Qt's own file dialog, whatever the platform offers, so that a test
        // can type a file name in it.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    // File ▸ Export… in the real window: the save dialog, its file type,
    // then the message bar; what was written is what the room holds.
    void exportFromTheFileMenu()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        QImage grey(640, 480, QImage::Format_RGB32);
        grey.fill(QColor(200, 200, 200));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        grey.save(&buffer, "PNG");
        const RoomLink link = server.createRoom(nullptr, png);
        TestClient ana(link, {}, QStringLiteral("Ana Lima"));
        QVERIFY(ana.connectAndWait());
        QVERIFY(ana.submitAndWait(
            Operation::createMarker(0.5, 0.5, QStringLiteral("Exported from the window"))));
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        QTRY_COMPARE(pinCount(window->canvas()), 1);
        QTemporaryDir dir;

        auto exportAs = [&](int fileType, const QString &name) -> bool {
            auto *action = window->findChild<QAction *>(QStringLiteral("exportAction"));
            if (!action || !action->isEnabled())
                return false;
            action->trigger();
            if (!QTest::qWaitFor([&] { return window->findChild<QFileDialog *>(); }))
                return false;
            auto *dialog = window->findChild<QFileDialog *>();
            if (!QTest::qWaitForWindowExposed(dialog))
                return false;
            auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
            auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            if (!types || !fileName || !buttons || !buttons->button(QDialogButtonBox::Save))
                return false;
            types->setCurrentIndex(fileType);
            // What a click on the type emits; the dialog listens to both.
            emit types->activated(fileType);
            emit types->textActivated(types->itemText(fileType));
            fileName->clear();
            QTest::keyClicks(fileName, dir.filePath(name));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
            return QTest::qWaitFor([&] { return !window->findChild<QFileDialog *>(); });
        };

        // The first file type is the PDF report; ".pdf" is added to the name.
        QVERIFY(exportAs(0, QStringLiteral("review")));
        QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(QLatin1String("review.pdf")), 20000);
        QVERIFY2(window->message().startsWith(QLatin1String("Exported")),
                 qPrintable(window->message()));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing (scripts/install-deps.sh)");
        QProcess text;
        text.start(pdftotext,
                   { QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     dir.filePath(QStringLiteral("review.pdf")), QStringLiteral("-") });
        QVERIFY(text.waitForFinished(20000));
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(report.contains(QLatin1String("Exported from the window")), qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("Ana Lima")), qPrintable(report));

        // The second is the PNG with its numbered pins.
        QVERIFY(exportAs(1, QStringLiteral("review")));
        QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(QLatin1String("review.png")), 20000);
        const QImage pins(dir.filePath(QStringLiteral("review.png")));
        QCOMPARE(pins.size(), QSize(640, 480));
        // In Ana's colour, as her pins on the canvas.
        const QColor expected = QColor::fromRgb(Presence::colourFor(ana.sync.identity().user));
        const QColor tail = pins.pixelColor(320, 240 - 4);
        QVERIFY2(qAbs(tail.red() - expected.red()) < 8 && qAbs(tail.blue() - expected.blue()) < 8,
                 qPrintable(tail.name() + QStringLiteral(" for ") + expected.name()));
        QCOMPARE(pins.pixelColor(5, 5), QColor(200, 200, 200));

        // The third, W3C Web Annotations.
        QVERIFY(exportAs(2, QStringLiteral("review.jsonld")));
        QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(QLatin1String("review.jsonld")), 20000);
        QFile w3c(dir.filePath(QStringLiteral("review.jsonld")));
        QVERIFY(w3c.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(w3c.readAll())
                     .object()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("AnnotationCollection"));

        // A folder that does not exist: the message bar says so, as an error.
        QVERIFY(exportAs(3, QStringLiteral("missing/review.json")));
        QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(QLatin1String("export failed")), 20000);
        QVERIFY2(window->message().contains(QLatin1String("review.json")),
                 qPrintable(window->message()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing/review.json"))));
        // And the action is there again for another try.
        QVERIFY(window->findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    }

    // The thread panel keeps what was typed per thread in core
    // (ThreadDrafts): a refused reply, shown elsewhere meanwhile, comes back
    // with its text, its reason and Retry.
    void refusedReplySurvivesSwitchingThreadsAndStillRetries()
    {
        ServerOptions options;
        options.limits.maxCommentsPerMarker = 1;
        TestServer server(options);
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom(nullptr, makePng(800, 600));
        TestClient other(link);
        QVERIFY(other.connectAndWait());
        const Operation a = Operation::createMarker(0.2, 0.2, QStringLiteral("A"));
        const Operation b = Operation::createMarker(0.8, 0.8, QStringLiteral("B"));
        QVERIFY(other.submitAndWait(a));
        QVERIFY(other.submitAndWait(b));
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        RoomModel *model = window->session()->model();
        QTRY_VERIFY(model->conversation(a.marker) && model->conversation(b.marker));
        ThreadPanel *panel = window->threadPanel();
        auto *reply = panel->findChild<QPlainTextEdit *>(QStringLiteral("replyEdit"));
        auto *failure = panel->findChild<QWidget *>(QStringLiteral("replyFailure"));
        auto *retry = panel->findChild<QPushButton *>(QStringLiteral("replyRetryButton"));
        QVERIFY(reply && failure && retry);
        QSignalSpy failed(window->session(), &RoomSession::operationFailed);

        window->selectConversation(a.marker);
        QTest::keyClicks(reply, QStringLiteral("refused words"));
        QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(failure->isVisible());

        // Another thread: its own draft, no failure shown there.
        window->selectConversation(b.marker);
        QVERIFY(reply->toPlainText().isEmpty());
        QVERIFY(!failure->isVisible());
        QTest::keyClicks(reply, QStringLiteral("for B"));

        // Back: the refused text, the reason, and Retry sends it again.
        window->selectConversation(a.marker);
        QCOMPARE(reply->toPlainText(), QStringLiteral("refused words"));
        QVERIFY(failure->isVisible());
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QVERIFY(panel->drafts()->replyFailure(a.marker));
        retry->click();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<Operation>().text, QStringLiteral("refused words"));
        QCOMPARE(reply->toPlainText(), QStringLiteral("refused words"));
        QVERIFY(failure->isVisible());

        // Nothing typed is lost: B's draft is still there, and closing asks.
        window->selectConversation(b.marker);
        QCOMPARE(reply->toPlainText(), QStringLiteral("for B"));
        QVERIFY(panel->hasUnsentText());
        const QJsonArray stored = serverState(link);
        QCOMPARE(stored.size(), 2);
        for (const QJsonValue &marker : stored)
            QCOMPARE(marker.toObject().value(QStringLiteral("comments")).toArray().size(), 1);
    }

    void clickInAddModeCreatesAMarkerOnTheServer()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom(nullptr, makePng(800, 600));
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        CanvasView *canvas = window->canvas();

        QAction *add = window->findChild<QAction *>(QStringLiteral("addMarkerAction"));
        QVERIFY(add);
        add->trigger();
        QCOMPARE(canvas->tool(), CanvasView::Tool::AddMarker);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {},
                          canvas->viewportPosition(0.25, 0.75).toPoint());
        QTRY_VERIFY(canvas->composer());
        QTest::keyClicks(canvas->composer()->editor(),
                         QStringLiteral("Logo too close to the edge"));
        QTest::keyClick(canvas->composer()->editor(), Qt::Key_Return);

        RoomModel *model = window->session()->model();
        QTRY_COMPARE(model->count(), 1);
        QTRY_VERIFY(model->pending().isEmpty());
        const Conversation *c = model->ordered().first();
        QCOMPARE(c->comments.first().text, QStringLiteral("Logo too close to the edge"));
        QVERIFY(qAbs(c->x - 0.25) < 0.01);
        QVERIFY(qAbs(c->y - 0.75) < 0.01);
        QCOMPARE(pinCount(canvas), 1);
        QCOMPARE(window->conversationList()->findChild<QAbstractItemView *>()->model()->rowCount(),
                 1);
        const QJsonArray stored = serverState(link);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first()
                     .toObject()
                     .value(QStringLiteral("comments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text")),
                 QStringLiteral("Logo too close to the edge"));
    }

    void remoteChangesShowUpAndTwoWindowsStayInSync()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        std::unique_ptr<MainWindow> first(openWindow(services(&host), link));
        std::unique_ptr<MainWindow> second(openWindow(services(&host), link));

        // Someone else's marker: a pin and a row in both windows.
        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        const Operation theirs = Operation::createMarker(0.5, 0.5, QStringLiteral("Wrong font?"));
        QVERIFY(other.submitAndWait(theirs));
        for (MainWindow *w : { first.get(), second.get() }) {
            QTRY_COMPARE(pinCount(w->canvas()), 1);
            QTRY_COMPARE(w->session()->conversations()->rowCount(), 1);
        }

        // A reply in window one reaches window two (same person, one process).
        QVERIFY(first->session()
                    ->submit(Operation::addComment(theirs.marker, QStringLiteral("Yes, use Inter")))
                    .sent);
        QTRY_COMPARE(second->session()->model()->conversation(theirs.marker)->comments.size(), 2);

        // Resolved elsewhere: both windows show it.
        QVERIFY(other.submitAndWait(Operation::setResolved(theirs.marker, true)));
        QTRY_VERIFY(first->session()->model()->conversation(theirs.marker)->resolved);
        QTRY_VERIFY(second->session()
                        ->conversations()
                        ->index(0)
                        .data(ConversationListModel::ResolvedRole)
                        .toBool());

        // Deleted elsewhere: gone from canvas and list everywhere.
        QVERIFY(other.submitAndWait(Operation::deleteMarker(theirs.marker)));
        for (MainWindow *w : { first.get(), second.get() }) {
            QTRY_COMPARE(pinCount(w->canvas()), 0);
            QTRY_COMPARE(w->session()->conversations()->rowCount(), 0);
        }
    }

    void refusedMarkerKeepsItsText()
    {
        ServerOptions options;
        options.limits.maxMarkers = 1;
        TestServer server(options);
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        TestClient other(link);
        QVERIFY(other.connectAndWait());
        QVERIFY(
            other.submitAndWait(Operation::createMarker(0.9, 0.9, QStringLiteral("the only one"))));
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        CanvasView *canvas = window->canvas();
        QTRY_COMPARE(pinCount(canvas), 1);

        canvas->setTool(CanvasView::Tool::AddMarker);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {},
                          canvas->viewportPosition(0.3, 0.3).toPoint());
        QTRY_VERIFY(canvas->composer());
        QTest::keyClicks(canvas->composer()->editor(), QStringLiteral("text worth keeping"));
        QTest::keyClick(canvas->composer()->editor(), Qt::Key_Return);

        // Refused by the server: the pin goes, the text comes back with why.
        QTRY_VERIFY(canvas->composer() && !canvas->composer()->error().isEmpty());
        QCOMPARE(canvas->composer()->text(), QStringLiteral("text worth keeping"));
        QCOMPARE(window->session()->model()->count(), 1);
        QCOMPARE(pinCount(canvas), 1);
    }

    void ctrlZUndoesAMoveNamedInTheEditMenu()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom(nullptr, makePng(800, 600));
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        CanvasView *canvas = window->canvas();
        RoomSession *session = window->session();
        QAction *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
        QAction *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());

        const Operation create = Operation::createMarker(0.25, 0.25, QStringLiteral("pin"));
        QVERIFY(session->submit(create).sent);
        QTRY_VERIFY(session->model()->pending().isEmpty());
        // The canvas asks for a move, as a drag does on release.
        emit canvas->moveRequested(create.marker, 0.6, 0.5);
        QTRY_VERIFY(session->model()->pending().isEmpty());
        QCOMPARE(session->model()->conversation(create.marker)->x, 0.6);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move Marker 1"));
        QVERIFY(undo->isEnabled());
        const auto menus = window->menuBar()->findChildren<QMenu *>();
        const bool inEditMenu = std::any_of(menus.begin(), menus.end(), [&](QMenu *menu) {
            return menu->title() == QStringLiteral("&Edit") && menu->actions().contains(undo);
        });
        QVERIFY(inEditMenu);

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(session->model()->conversation(create.marker)->x, 0.25);
        QTRY_VERIFY(session->model()->pending().isEmpty());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add Marker 1"));
        QCOMPARE(redo->text(), QStringLiteral("&Redo Move Marker 1"));
        QCOMPARE(serverState(link).at(0).toObject().value(QStringLiteral("x")).toDouble(), 0.25);

        // Ctrl+Shift+Z moves it again.
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(session->model()->conversation(create.marker)->x, 0.6);

        // Someone else moves it: the undo fails, says why, and moves nothing.
        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        QVERIFY(other.submitAndWait(Operation::moveMarker(create.marker, 0.1, 0.9)));
        QTRY_COMPARE(session->model()->conversation(create.marker)->x, 0.1);
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(window->message().contains(QStringLiteral("Move Marker 1")));
        QCOMPARE(session->model()->conversation(create.marker)->x, 0.1);
        QVERIFY(session->model()->pending().isEmpty());
    }

    void bannerShowsOfflineAndReconnecting()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        QTRY_VERIFY(window->banner());
        OfflineBanner *banner = window->banner();
        QVERIFY(!banner->isVisible());

        m_reachability.setStatus(Reachability::Status::Offline);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("Offline")));
        m_reachability.setStatus(Reachability::Status::Unknown);
        QTRY_VERIFY(!banner->isVisible());

        server.stop();
        QTRY_VERIFY(banner->isVisible());
        QTRY_VERIFY(banner->text().contains(QLatin1String("Reconnecting")));
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        // Existing markers stayed viewable throughout; sending works again.
        QVERIFY(window->session()
                    ->submit(Operation::createMarker(0.5, 0.5, QStringLiteral("back")))
                    .sent);
    }

    void closingWithUnsentTextAsksFirst()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        TestClient other(link);
        QVERIFY(other.connectAndWait());
        const Operation theirs = Operation::createMarker(0.5, 0.5, QStringLiteral("question"));
        QVERIFY(other.submitAndWait(theirs));
        std::unique_ptr<MainWindow> window(openWindow(services(&host), link));
        QTRY_VERIFY(window->session()->model()->conversation(theirs.marker));
        window->selectConversation(theirs.marker);
        auto *reply =
            window->threadPanel()->findChild<QPlainTextEdit *>(QStringLiteral("replyEdit"));
        QVERIFY(reply);
        QTest::keyClicks(reply, QStringLiteral("half-written answer"));

        // The question is asked without a nested event loop: close() returns
        // at once, refused, with the question open.
        QVERIFY(!window->close());
        auto *box = window->findChild<QMessageBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window->findChild<QMessageBox *>());
        QVERIFY(window->isVisible());
        QCOMPARE(reply->toPlainText(), QStringLiteral("half-written answer"));

        // Discard: the window closes.
        QVERIFY(!window->close());
        box = window->findChild<QMessageBox *>();
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!window->isVisible());
    }

    void closingWithNothingTypedDoesNotAsk()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        std::unique_ptr<MainWindow> window(openWindow(services(&host), server.createRoom()));
        QVERIFY(window->close());
        QVERIFY(!window->findChild<QMessageBox *>());
    }

    void dialogsOpenWithoutANestedEventLoop()
    {
        // Each of these returns at once with its dialog open; with exec()
        // the call would not return until the dialog closed.
        TestServer server;
        FixedRoomHost host(server.address());
        std::unique_ptr<MainWindow> window(openWindow(services(&host), server.createRoom()));
        auto trigger = [&](const QString &text) {
            for (QAction *action : window->findChildren<QAction *>()) {
                if (action->text() == text) {
                    action->trigger();
                    return true;
                }
            }
            return false;
        };
        const QList<std::pair<QString, const char *>> dialogs {
            { QStringLiteral("&About ImageChat"), "QMessageBox" },
            { QStringLiteral("&Join Room…"), "ImageChat::JoinDialog" },
            { QStringLiteral("&Share…"), "ImageChat::ShareDialog" },
            { QStringLiteral("&Open Image…"), "QFileDialog" },
            { QStringLiteral("&Export…"), "ImageChat::ExportDialog" },
        };
        for (const auto &[text, className] : dialogs) {
            QVERIFY2(trigger(text), qPrintable(text));
            QDialog *open = nullptr;
            for (QDialog *dialog : window->findChildren<QDialog *>()) {
                if (dialog->isVisible() && dialog->inherits(className))
                    open = dialog;
            }
            QVERIFY2(open, className);
            QVERIFY(open->isModal());
            open->reject();
            QTRY_VERIFY2(!open->isVisible(), className);
        }
    }

    void unreadableFileGivesAClearMessage()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        MainWindow window(services(&host));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PNG at all");
        file.close();
        window.openFile(path);
        QVERIFY(window.message().contains(QLatin1String("notes.png")));
        QVERIFY(!window.session());
        window.openFile(dir.filePath(QStringLiteral("missing.png")));
        QVERIFY(window.message().contains(QLatin1String("missing.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
