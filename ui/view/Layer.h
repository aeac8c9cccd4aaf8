#pragma once
// One kind of data drawn over the shared time axis (waveform, spectrogram, a score timeline, an
// attribution map...). A pane stacks layers bottom to top; a layer never knows which widget it is
// in: it paints through a LayerGeometry, says what lies under a point from its data (never from
// pixels), and tells the pane when newly computed data is ready to be drawn.
#include "view/LayerGeometry.h"

#include <QObject>
#include <QPointF>
#include <QString>

class QPainter;

namespace st {

class Layer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Layer() override = default;

    virtual QString name() const = 0;
    /// Paints the layer's data into g.dataRect(). Must not block on computation: draw what is ready
    /// (and ask for the rest in the background).
    virtual void paint(QPainter &p, const LayerGeometry &g) = 0;
    /// Draws the layer's vertical scale (amplitude, frequency) in the pane's left margin.
    virtual void paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const
    {
        Q_UNUSED(p) Q_UNUSED(g) Q_UNUSED(axisRect)
    }
    /// Draws a key (e.g. the colour bar) in the pane's right margin.
    virtual void paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const
    {
        Q_UNUSED(p) Q_UNUSED(g) Q_UNUSED(keyRect)
    }
    /// What the data says at widget point `pos` ("-12.3 dBFS", "1.25 kHz  -43.2 dB"), or empty.
    virtual QString readout(const LayerGeometry &g, const QPointF &pos) const
    {
        Q_UNUSED(g) Q_UNUSED(pos)
        return {};
    }
    /// True when everything visible in `g` is computed (exports wait for this).
    virtual bool isComplete(const LayerGeometry &g) const
    {
        Q_UNUSED(g)
        return true;
    }

signals:
    /// Data or display settings changed: the panes showing this layer repaint.
    void changed();
};

} // namespace st
