#include "annotation/AnnotationLayer.h"

#include "annotation/AnnotationModel.h"
#include "common/Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace st {

AnnotationLayer::AnnotationLayer(AnnotationModel *model, Target target, QObject *parent)
    : Layer(parent), m_model(model), m_target(target)
{
    connect(model, &AnnotationModel::annotationsChanged, this, &Layer::changed);
    connect(model, &AnnotationModel::selectedChanged, this, &Layer::changed);
}

void AnnotationLayer::setFrequencyAxis(const FrequencyAxis &axis)
{
    m_axis = axis;
    m_axisSet = true;
    emit changed();
}

void AnnotationLayer::setKeyLayer(Layer *below) { m_keyLayer = below; }

void AnnotationLayer::setPreview(const std::optional<Annotation> &a)
{
    m_preview = a;
    emit changed();
}

FrequencyAxis AnnotationLayer::axis(const LayerGeometry &g) const
{
    if (m_axisSet)
        return m_axis;
    return FrequencyAxis(SpectrogramParams{}, std::max(1, g.view().sampleRate()));
}

QColor AnnotationLayer::cueColour(Cue c)
{
    // Okabe-Ito's colour-blind-safe set (with a grey for "unclear"), readable on the dark theme.
    switch (c) {
    case Cue::Breath: return QColor(0x56, 0xb4, 0xe9);
    case Cue::Glitch: return QColor(0xd5, 0x5e, 0x00);
    case Cue::Noise: return QColor(0xf0, 0xe4, 0x42);
    case Cue::Phoneme: return QColor(0x00, 0x9e, 0x73);
    case Cue::Silence: return QColor(0xa0, 0xa8, 0xb8);
    case Cue::Spectral: return QColor(0xcc, 0x79, 0xa7);
    case Cue::Transition: return QColor(0xe6, 0x9f, 0x00);
    case Cue::Unclear: return QColor(0xff, 0xff, 0xff);
    }
    return Qt::white;
}

QString AnnotationLayer::label(const Annotation &a)
{
    QString s = cueName(a.cue) + QStringLiteral(" · L%1").arg(a.locality);
    if (a.audible)
        s += tr(" · audible");
    return s;
}

QRectF AnnotationLayer::regionRect(const Annotation &a, const LayerGeometry &g) const
{
    const int rate = g.view().sampleRate();
    if (rate <= 0)
        return {};
    const QRect r = g.dataRect();
    const double x0 = g.xForFrame(a.startS * rate), x1 = g.xForFrame(a.endS * rate);
    double top = r.top(), bottom = r.top() + r.height();
    if (m_target == Target::Spectrogram && a.band) {
        const FrequencyAxis ax = axis(g);
        const double uLow = std::clamp(ax.positionOf(std::min(a.band->lowHz, ax.nyquist())), 0.0, 1.0);
        const double uHigh = std::clamp(ax.positionOf(std::min(a.band->highHz, ax.nyquist())), 0.0, 1.0);
        top = r.top() + (1.0 - uHigh) * r.height();
        bottom = r.top() + (1.0 - uLow) * r.height();
    }
    return QRectF(QPointF(x0, top), QPointF(std::max(x1, x0 + 1.0), std::max(bottom, top + 1.0)));
}

void AnnotationLayer::paint(QPainter &p, const LayerGeometry &g)
{
    const QRect r = g.dataRect();
    p.save();
    p.setClipRect(r);
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    int labelRow = 0;
    double lastLabelEnd = -1e9;
    for (const Annotation &stored : m_model->annotations()) {
        const Annotation &a = m_preview && m_preview->id == stored.id ? *m_preview : stored;
        const QRectF box = regionRect(a, g);
        if (box.isEmpty() || box.right() < r.left() || box.left() > r.right())
            continue;
        const bool selected = a.id == m_model->selectedId();
        QColor c = cueColour(a.cue);
        const bool banded = m_target == Target::Spectrogram && a.band;
        if (banded) {
            // The whole time span faintly, the band itself like a waveform region.
            QColor faint = c;
            faint.setAlpha(selected ? 40 : 22);
            p.fillRect(QRectF(box.left(), r.top(), box.width(), r.height()), faint);
        }
        QColor fill = c;
        fill.setAlpha(selected ? 95 : 55);
        p.fillRect(box, fill);
        QColor edge = c;
        edge.setAlpha(selected ? 255 : 200);
        p.setPen(QPen(edge, selected ? 2.0 : 1.0));
        if (banded) {
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        } else {
            p.drawLine(QPointF(box.left(), r.top()), QPointF(box.left(), r.bottom()));
            p.drawLine(QPointF(box.right(), r.top()), QPointF(box.right(), r.bottom()));
        }
        // Labels of overlapping regions go on successive rows.
        const QString text = label(a);
        const double lx = std::max(box.left(), double(r.left())) + 3;
        labelRow = lx < lastLabelEnd ? (labelRow + 1) % 4 : 0;
        const double ly = (banded ? box.top() : double(r.top())) + 2 + labelRow * (fm.height() + 2);
        const QRectF lr(lx, ly, fm.horizontalAdvance(text) + 6, fm.height() + 1);
        p.fillRect(lr, QColor(0, 0, 0, 150));
        p.setPen(c);
        p.drawText(lr.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        lastLabelEnd = lr.right() + 4;
    }
    p.restore();
}

void AnnotationLayer::paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const
{
    if (m_keyLayer)
        m_keyLayer->paintKey(p, g, keyRect);
}

qint64 AnnotationLayer::annotationAt(const LayerGeometry &g, const QPointF &pos) const
{
    qint64 best = 0;
    double bestWidth = 1e300;
    bool bestBanded = false;
    for (const Annotation &a : m_model->annotations()) {
        const QRectF box = regionRect(a, g);
        if (!box.contains(pos))
            continue;
        const bool banded = m_target == Target::Spectrogram && a.band.has_value();
        if ((banded && !bestBanded) || (banded == bestBanded && box.width() < bestWidth)) {
            best = a.id;
            bestWidth = box.width();
            bestBanded = banded;
        }
    }
    return best;
}

QString AnnotationLayer::readout(const LayerGeometry &g, const QPointF &pos) const
{
    QStringList parts;
    for (const Annotation &a : m_model->annotations())
        if (regionRect(a, g).contains(pos))
            parts << (label(a) + (a.text.isEmpty() ? QString() : QStringLiteral(": ") + a.text.section(QLatin1Char('\n'), 0, 0).left(60)));
    return parts.join(QStringLiteral(" | "));
}

} // namespace st
