#pragma once

#include <QPoint>
#include <QPointF>
#include <QString>

#include <optional>

namespace ImageChat {

// What a mouse gesture on the canvas is doing, without a widget: a press
// becomes a pan or a pin drag once the mouse has moved far enough, or a
// click when it is released first. The view feeds it positions (viewport
// and scene) and carries out what it answers.
class CanvasGesture
{
public:
    enum class Kind { None, PendingPan, Pan, PendingDrag, Drag };

    Kind kind() const { return m_kind; }
    bool isPanning() const { return m_kind == Kind::Pan; }
    // A pin is held (dragged, or pressed and maybe about to be).
    bool holdsPin() const { return m_kind == Kind::PendingDrag || m_kind == Kind::Drag; }
    bool holds(const QString &id) const { return holdsPin() && m_dragId == id; }
    QString heldPin() const { return m_dragId; }
    // The held pin's scene position when it was pressed.
    QPointF dragStart() const { return m_dragStart; }
    // The cluster bubble (its cell) pressed, if one was.
    std::optional<quint64> pressedCluster() const { return m_cluster; }

    // Middle button, or left with the space bar held: panning at once.
    void beginPan(const QPointF &pos);
    // Left press on the image or around it: a drag pans, a click is a click
    // (on `cluster` when a bubble was pressed).
    void pressBackground(const QPointF &pos, std::optional<quint64> cluster = std::nullopt);
    // Left press on a pin at `pinScenePos` (select tool): a drag moves it.
    void pressPin(const QPointF &pos, const QString &id, const QPointF &pinScenePos,
                  const QPointF &pressScenePos);

    struct Move
    {
        enum class Action { Hover, Wait, Pan, Drag };
        Action action = Action::Hover;
        // The pan or drag began with this move.
        bool started = false;
        // Pan: how far the content moves with the mouse, in viewport pixels.
        QPoint panBy;
        // Drag: where the pin's tip goes, in scene coordinates (not clamped).
        QPointF dragTo;
    };
    Move move(const QPointF &pos, const QPointF &scenePos, int startDistance);

    enum class Release { Nothing, Click, EndPan, Drop };
    // Ends the gesture; Click only for the left button.
    Release release(bool leftButton);
    // Forgets the gesture (Escape during a drag, the held pin deleted).
    void cancel();

private:
    Kind m_kind = Kind::None;
    QPointF m_pressPos;
    QPointF m_lastPanPos;
    QString m_dragId;
    QPointF m_dragOffset; // pin position minus the scene point pressed
    QPointF m_dragStart;
    std::optional<quint64> m_cluster;
};

} // namespace ImageChat
