#include "canvasgesture.h"

namespace ImageChat {

void CanvasGesture::beginPan(const QPointF &pos)
{
    cancel();
    m_kind = Kind::Pan;
    m_pressPos = pos;
    m_lastPanPos = pos;
}

void CanvasGesture::pressBackground(const QPointF &pos, std::optional<quint64> cluster)
{
    cancel();
    m_kind = Kind::PendingPan;
    m_pressPos = pos;
    m_lastPanPos = pos;
    m_cluster = cluster;
}

void CanvasGesture::pressPin(const QPointF &pos, const QString &id, const QPointF &pinScenePos,
                             const QPointF &pressScenePos)
{
    cancel();
    m_kind = Kind::PendingDrag;
    m_pressPos = pos;
    m_dragId = id;
    m_dragStart = pinScenePos;
    m_dragOffset = pinScenePos - pressScenePos;
}

CanvasGesture::Move CanvasGesture::move(const QPointF &pos, const QPointF &scenePos,
                                        int startDistance)
{
    Move result;
    const bool farEnough = (pos - m_pressPos).manhattanLength() >= startDistance;
    switch (m_kind) {
    case Kind::None:
        return result;
    case Kind::PendingPan:
        if (!farEnough) {
            result.action = Move::Action::Wait;
            return result;
        }
        m_kind = Kind::Pan;
        m_cluster.reset();
        result.started = true;
        Q_FALLTHROUGH();
    case Kind::Pan: {
        const QPoint delta = (pos - m_lastPanPos).toPoint();
        m_lastPanPos += QPointF(delta);
        result.action = Move::Action::Pan;
        result.panBy = delta;
        return result;
    }
    case Kind::PendingDrag:
        if (!farEnough) {
            result.action = Move::Action::Wait;
            return result;
        }
        m_kind = Kind::Drag;
        result.started = true;
        Q_FALLTHROUGH();
    case Kind::Drag:
        result.action = Move::Action::Drag;
        result.dragTo = scenePos + m_dragOffset;
        return result;
    }
    return result;
}

CanvasGesture::Release CanvasGesture::release(bool leftButton)
{
    Release result = Release::Nothing;
    switch (m_kind) {
    case Kind::PendingPan:
        result = leftButton ? Release::Click : Release::Nothing;
        break;
    case Kind::Pan:
        result = Release::EndPan;
        break;
    case Kind::Drag:
        result = Release::Drop;
        break;
    case Kind::PendingDrag:
    case Kind::None:
        break;
    }
    // The caller reads heldPin() and pressedCluster() before the next press.
    m_kind = Kind::None;
    return result;
}

void CanvasGesture::cancel()
{
    m_kind = Kind::None;
    m_dragId.clear();
    m_cluster.reset();
}

} // namespace ImageChat
