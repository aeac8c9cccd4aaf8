#pragma once
// The examiner's annotations drawn over a pane: each time region shaded in its cue's colour with a label (cue,
// locality, "audible"), edges drawn; on the spectrogram (give it the spectrogram's FrequencyAxis) an annotation
// with a frequency band is drawn as a box over that band, the rest of its time span lightly shaded. The selected
// annotation (AnnotationModel::selectedId) is drawn stronger. The read-out names the annotations under the cursor.
// A pane's key comes from its top layer: setKeyLayer() hands the key to the layer underneath (the spectrogram's
// colour bar, the attribution legend) so that annotations do not hide it.
#include "view/FrequencyAxis.h"
#include "view/Layer.h"
#include "case/Annotation.h"

#include <QColor>
#include <QPointer>
#include <QRectF>

namespace st {

class AnnotationModel;

class AnnotationLayer : public Layer
{
    Q_OBJECT
public:
    enum class Target { Waveform, Spectrogram };
    AnnotationLayer(AnnotationModel *model, Target target, QObject *parent = nullptr);

    QString name() const override { return tr("Annotations"); }
    void paint(QPainter &p, const LayerGeometry &g) override;
    void paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const override;
    QString readout(const LayerGeometry &g, const QPointF &pos) const override;

    /// The spectrogram's vertical axis (for bands); default linear 0 .. Nyquist of the view's rate.
    void setFrequencyAxis(const FrequencyAxis &axis);
    void setKeyLayer(Layer *below);
    /// Draws `a` in place of the stored annotation with its id (a drag in progress); nullopt: none.
    void setPreview(const std::optional<Annotation> &a);
    Target target() const { return m_target; }

    /// Where `a` is drawn: its time span across the data area; on the spectrogram with a band, the band's
    /// height (clamped to the axis). Empty when the view has no sample rate.
    QRectF regionRect(const Annotation &a, const LayerGeometry &g) const;
    /// The annotation under widget point `pos` (the narrowest, on the spectrogram the band first); 0: none.
    qint64 annotationAt(const LayerGeometry &g, const QPointF &pos) const;
    /// The colour of a cue (opaque; the layer draws it translucent).
    static QColor cueColour(Cue c);
    /// The label drawn in a region: "glitch · L4 · audible".
    static QString label(const Annotation &a);

private:
    FrequencyAxis axis(const LayerGeometry &g) const;

    AnnotationModel *m_model;
    Target m_target;
    FrequencyAxis m_axis;
    bool m_axisSet = false;
    QPointer<Layer> m_keyLayer;
    std::optional<Annotation> m_preview;
};

} // namespace st
