#pragma once

#include "canvasgesture.h"
#include "pinlayer.h"
#include "zoomcontroller.h"

#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace ImageChat {

class ImageLayer;
class MarkerComposer;
class MarkerItem;
class PinCache;
class RoomModel;
class TiledImage;
struct Conversation;

// The image with its markers. It reads a RoomModel and follows its signals
// incrementally; it never changes the model itself but emits what the user
// asked for (place, compose, move, select), which the window turns into
// operations. Marker positions cross this boundary as fractions of the image
// (0..1), never as pixels. Scene coordinates are image pixels.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    // What a left click on the image does.
    enum class Tool { Select, AddMarker };
    Q_ENUM(Tool)

    explicit CanvasView(RoomModel *model, QWidget *parent = nullptr);
    ~CanvasView() override;

    // Shows the image; markers are placed relative to its size.
    void setImage(const QImage &image);
    // Shows an image decoded in tiles for the zoom in use (large images).
    void setImageSource(std::unique_ptr<TiledImage> source);
    ImageLayer *imageLayer() const { return m_image; }
    QSize imageSize() const;

    Tool tool() const { return m_tool; }
    // 1.0 = one image pixel per screen pixel.
    double zoomFactor() const { return m_zoom.factor(); }
    // True while the view refits itself when resized (after fitToWindow()).
    bool isFitToWindow() const { return m_zoom.isFitMode(); }

    QString selectedMarker() const { return m_pins.selectedId(); }
    // The pin of a marker, or null.
    MarkerItem *markerItem(const QString &id) const { return m_pins.item(id); }
    // The composer when open, else null.
    MarkerComposer *composer() const;
    // Names for "@" completion in the composer (the room's participants).
    void setMentionNames(std::function<QStringList()> names) { m_mentionNames = std::move(names); }

    // Where a normalised image position is on the viewport.
    QPointF viewportPosition(double x, double y) const;

    // Pins that would pile up at the current zoom show as a bubble with
    // their count (on by default); a click on a bubble zooms to its pins.
    bool isClusteringEnabled() const { return m_clustering; }
    void setClusteringEnabled(bool enabled);
    struct Bubble
    {
        QPointF position; // viewport pixels
        int count = 0;
        quint64 cell = 0;
    };
    // The bubbles shown, in a fixed order.
    QList<Bubble> bubbles() const;
    // Zooms so that the pins of a bubble fill the view.
    void zoomToCluster(quint64 cell);

public slots:
    void setTool(ImageChat::CanvasView::Tool tool);

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    // Zooms around the centre of the viewport.
    void setZoomFactor(double factor);

    // Selects a marker (empty: none) and scrolls its pin into view; does not
    // emit markerSelected, so list and canvas can follow each other.
    void selectMarker(const QString &id);
    // Markers whose last own change failed; drawn in the failed colour.
    void setFailedMarkers(const QSet<QString> &ids);
    // Re-reads one marker's state from the model (e.g. after its pending
    // operation was confirmed without changing what the model shows).
    void refreshMarker(const QString &id);

    // Keeps the composer (or reopens it at the last composed place) with its
    // text, showing why sending failed and a Retry button.
    void showComposerError(const QString &reason);
    // Opens the composer again for a new marker the server refused later.
    // Returns false, changing nothing, while the composer holds other text
    // the user is typing: the caller keeps the refused text instead.
    bool reopenComposer(double x, double y, const QString &text, const QString &reason);
    void closeComposer();

signals:
    void zoomChanged(double factor);
    void toolChanged(ImageChat::CanvasView::Tool tool);
    // A click on the image in AddMarker mode; the composer opens there.
    void placeRequested(double x, double y);
    // The composer's text was sent (Enter or Retry). The composer closes when
    // the signal returns unless a connected slot called showComposerError().
    void markerComposed(double x, double y, const QString &text);
    // The user selected a pin, or cleared the selection (empty id).
    void markerSelected(const QString &id);
    // A pin was dragged to a new place (once, on release).
    void moveRequested(const QString &id, double x, double y);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Model → pins.
    void onConversationAdded(const QString &id);
    void onConversationChanged(const QString &id);
    void onConversationRemoved(const QString &id);
    void reload();
    MarkerItem *createItem(const Conversation &conversation);
    void updateItem(MarkerItem *item, const Conversation &conversation);
    void restyle(MarkerItem *item);
    QPointF scenePosition(double x, double y) const;
    QPointF toNormalized(const QPointF &scenePos) const;
    bool onImage(const QPointF &scenePos) const;

    // Zoom and pan.
    void applyZoom(double factor, const QPointF &anchorViewPos);
    void refit();
    void updateSceneRect();
    void setPanning(bool panning);
    QPointF toScene(const QPointF &viewPos) const;
    MarkerItem *pinAt(const QPointF &viewPos) const;
    void updateCursor(const QPointF &viewPos);
    void updateClustering();

    // Selection and dragging.
    void setSelection(const QString &id, bool notify);
    void finishDrag(const QString &id, const QPointF &start, bool commit);

    // Composer.
    void openComposer(double x, double y, const QString &text, const QString &reason);
    void onComposerSubmitted(const QString &text);
    void positionComposer();

    RoomModel *m_model;
    QGraphicsScene *m_scene;
    ImageLayer *m_image = nullptr;
    // Pixmaps of pins and bubbles, shared by every pin of this canvas.
    std::unique_ptr<PinCache> m_pinCache;
    PinLayer m_pins;
    QSet<QString> m_failed;

    Tool m_tool = Tool::Select;
    ZoomController m_zoom;
    bool m_fitting = false;
    CanvasGesture m_gesture;
    bool m_spaceHeld = false;
    bool m_clustering = true;

    // Composer state: anchor in normalised coordinates.
    QPointer<MarkerComposer> m_composer;
    std::function<QStringList()> m_mentionNames;
    MarkerItem *m_draftPin = nullptr;
    QPointF m_composerAnchor;
    bool m_composerFailed = false;
    struct Composed
    {
        double x = 0;
        double y = 0;
        QString text;
    };
    Composed m_lastComposed;
};

} // namespace ImageChat
