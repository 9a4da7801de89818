#include "roomview.h"

#include "canvasview.h"
#include "conversationlist.h"
#include "imagelayer.h"
#include "offlinebanner.h"
#include "participantnames.h"
#include "roomsession.h"
#include "threadpanel.h"
#include "tiledimage.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace ImageChat {

RoomView::RoomView(RoomSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_canvas = new CanvasView(session->model(), splitter);
    auto *side = new QSplitter(Qt::Vertical, splitter);
    m_list = new ConversationList(session->conversations(), side);
    m_thread = new ThreadPanel(session, side);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 380 });
    m_layout->addWidget(splitter, 1);

    auto *names = new ParticipantNames(session->model(), this);
    m_canvas->setMentionNames([this, names] { return names->names(m_session->self()); });

    connect(m_canvas, &CanvasView::markerSelected, this, [this](const QString &id) {
        m_list->selectConversation(id);
        m_thread->showConversation(id);
    });
    connect(m_list, &ConversationList::conversationSelected, this, &RoomView::selectConversation);
    connect(m_canvas, &CanvasView::markerComposed, this,
            [this](double x, double y, const QString &text) {
                const auto result = m_session->submit(Operation::createMarker(x, y, text));
                if (!result.sent)
                    return m_canvas->showComposerError(result.error.message);
                m_canvas->closeComposer();
                // One marker at a time: back to selecting, with the new one selected.
                emit markerCreated();
                selectConversation(result.operation.marker);
            });
    connect(
        m_canvas, &CanvasView::moveRequested, this, [this](const QString &id, double x, double y) {
            const auto result = m_session->submit(Operation::moveMarker(id, x, y));
            if (!result.sent)
                emit message(tr("The marker was not moved: %1").arg(result.error.message), true);
        });

    connect(session, &RoomSession::operationFailed, this, &RoomView::onOperationFailed);
    connect(session, &RoomSession::operationConfirmed, this, [this](const Operation &op) {
        // A later change that went through clears the marker's failed look.
        if (m_failedMarkers.remove(op.marker))
            m_canvas->setFailedMarkers(m_failedMarkers);
    });
    connect(session, &RoomSession::imageReady, this,
            [this](const QByteArray &data, const Protocol::ImageMeta &) {
                // Opened from a file in this window and shown already.
                if (ImageLayer *shown = m_canvas->imageLayer();
                    shown && shown->source()->encoded() == data)
                    return;
                // Tiles at the zoom in use: a large image is never decoded whole.
                QString error;
                std::unique_ptr<TiledImage> source = TiledImage::open(data, &error);
                if (!source)
                    return emit message(tr("The room's image cannot be shown: %1").arg(error),
                                        true);
                m_canvas->setImageSource(std::move(source));
            });
    connect(session, &RoomSession::joinFailed, this, [this](const OpError &error) {
        // Failed before the sync started (the image could not be fetched: a
        // refused certificate, no such room...): nothing is connecting any
        // more, and a banner saying "Connecting…" would be a lie.
        if (m_banner && m_session->sync()
            && m_session->sync()->state() == SyncService::State::Disconnected) {
            delete m_banner;
            m_banner = nullptr;
        }
        emit message(tr("Could not open the room: %1").arg(error.message), true);
    });
    connect(session, &RoomSession::started, this, [this] {
        m_banner = new OfflineBanner(m_session->status(), m_session->sync(), this);
        m_layout->insertWidget(0, m_banner);
    });
}

void RoomView::selectConversation(const QString &id)
{
    m_canvas->selectMarker(id);
    m_list->selectConversation(id);
    m_thread->showConversation(id);
}

bool RoomView::nextUnread()
{
    const QString next = m_session->conversations()->nextUnread(m_list->selectedConversation());
    if (next.isEmpty())
        return false;
    // A filter must not hide where the user is taken.
    const Conversation *c = m_session->model()->conversation(next);
    if (c && m_list->filter() != ConversationFilterModel::Filter::All
        && c->resolved != (m_list->filter() == ConversationFilterModel::Filter::Resolved))
        m_list->setFilter(ConversationFilterModel::Filter::All);
    selectConversation(next);
    return true;
}

void RoomView::onOperationFailed(const Operation &op, const OpError &error)
{
    // A new marker's text comes back in the composer where it was typed;
    // the thread panel keeps its own failures.
    if (op.kind == Operation::Kind::CreateMarker) {
        // The composer may hold something else the user is typing; then the
        // refused text goes to the message bar, selectable, never lost.
        if (!m_canvas->reopenComposer(op.x, op.y, op.text, error.message))
            emit message(
                tr("A new marker was refused (%1). Its text was: %2").arg(error.message, op.text),
                true);
        return;
    }
    if (m_session->model()->conversation(op.marker)) {
        m_failedMarkers.insert(op.marker);
        m_canvas->setFailedMarkers(m_failedMarkers);
    }
    if (op.kind == Operation::Kind::MoveMarker)
        emit message(tr("The marker was not moved: %1").arg(error.message), true);
}

} // namespace ImageChat
