#pragma once
// A view: stacks Layers over the shared ViewState, with the first layer's vertical axis in the left
// margin and its key (colour bar) in the right margin. It handles the mouse (select by dragging,
// pan with the middle button or Shift+drag, zoom with the wheel about the pointer) and draws the
// selection, the hover cursor and the play cursor over the layers. Every pane of a window has the
// same margins, so their data areas line up on the time axis.
#include "view/LayerGeometry.h"

#include <QPixmap>
#include <QPointer>
#include <QWidget>

namespace st {

class Layer;

class Pane : public QWidget, public LayerGeometry
{
    Q_OBJECT
public:
    static constexpr int kLeftMargin = 72;
    static constexpr int kRightMargin = 66;

    explicit Pane(ViewState *view, QWidget *parent = nullptr);

    /// Adds a layer on top (the pane does not own it).
    void addLayer(Layer *layer);
    void removeLayer(Layer *layer);
    void clearLayers();
    const QList<Layer *> &layers() const { return m_layers; }

    // LayerGeometry
    const ViewState &view() const override { return *m_view; }
    QRect dataRect() const override { return m_renderRect.isValid() ? m_renderRect : dataRectFor(rect()); }
    bool isExporting() const override { return m_exporting; }

    /// Data area for a pane occupying `outer`.
    static QRect dataRectFor(const QRect &outer);
    /// Paints axes, layers, key and overlays into `outer` of `p` (the widget's paintEvent and the
    /// exporter both use this).
    void render(QPainter &p, const QRect &outer, bool exporting);
    /// Whether every layer has computed what is visible.
    bool isComplete() const;

    /// Drops the cached image and repaints (a layer's content changed outside the view's signals).
    void invalidate();

    /// Read-out of every layer at widget point `pos` ("; "-joined), from the data.
    QString readoutAt(const QPointF &pos) const;

signals:
    /// The pointer moved: the time and the layers' read-outs, for the status bar (empty = left).
    void readoutChanged(const QString &text);
    /// A click without dragging at `frame` (the window moves the play position there).
    void clicked(qint64 frame);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void leaveEvent(QEvent *) override;

private:
    void paintOverlays(QPainter &p, const QRect &data) const;

    ViewState *m_view;
    QList<Layer *> m_layers;
    QRect m_renderRect;
    bool m_exporting = false;
    QPixmap m_cache;
    bool m_cacheValid = false;

    enum class Drag { None, Select, Pan } m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressFrame = 0;
    bool m_moved = false;
};

} // namespace st
