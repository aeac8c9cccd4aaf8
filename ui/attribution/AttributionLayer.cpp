#include "attribution/AttributionLayer.h"
#include "common/LocaleFormat.h"

#include "common/Theme.h"
#include "attribution/AttributionData.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace st {

AttributionLayer::AttributionLayer(AttributionData *data, QObject *parent) : Layer(parent), m_data(data)
{
    connect(m_data, &AttributionData::changed, this, &Layer::changed);
}

void AttributionLayer::setOpacity(double o)
{
    m_opacity = std::clamp(o, 0.0, 1.0);
    emit changed();
}

void AttributionLayer::setShowTrend(bool on)
{
    m_trend = on;
    emit changed();
}

int64_t AttributionLayer::envelopeFrameAt(double frame) const
{
    if (m_data->isEmpty())
        return -1;
    const auto &env = m_data->report()->envelopes;
    const double s = m_data->sampleForFrame(frame);
    const int64_t f = int64_t(std::floor(s / env.frameLength));
    return f >= 0 && f < int64_t(env.signedSum.size()) ? f : -1;
}

QColor AttributionLayer::tintOf(int64_t f) const
{
    const auto &env = m_data->report()->envelopes;
    const double v = m_data->displaySign() * env.signedSum[size_t(f)] / m_data->envelopeClip();
    QColor c = v > 0 ? AttributionData::forSpoofColour() : AttributionData::forBonafideColour();
    c.setAlphaF(std::clamp(std::abs(v), 0.0, 1.0) * m_opacity * m_data->dimming());
    return c;
}

void AttributionLayer::paint(QPainter &p, const LayerGeometry &g)
{
    if (m_data->isEmpty())
        return;
    const QRect r = g.dataRect();
    const auto &env = m_data->report()->envelopes;
    const int64_t frames = int64_t(env.signedSum.size());
    const double s0 = m_data->sampleForFrame(g.frameForX(r.left()));
    const double s1 = m_data->sampleForFrame(g.frameForX(r.right() + 1));
    const int64_t f0 = std::max<int64_t>(0, int64_t(std::floor(s0 / env.frameLength)));
    const int64_t f1 = std::min<int64_t>(frames, int64_t(std::ceil(s1 / env.frameLength)) + 1);
    p.save();
    p.setClipRect(r);
    for (int64_t f = f0; f < f1; ++f) {
        const double xa = g.xForFrame(m_data->frameForSample(double(f * env.frameLength)));
        const double xb = g.xForFrame(m_data->frameForSample(double((f + 1) * env.frameLength)));
        p.fillRect(QRectF(xa, r.top(), std::max(1.0, xb - xa), r.height()), tintOf(f));
    }
    if (m_trend && f1 > f0) {
        QPainterPath path;
        const double mid = r.center().y(), half = r.height() * 0.45;
        for (int64_t f = f0; f < f1; ++f) {
            const double x = g.xForFrame(m_data->frameForSample((f + 0.5) * env.frameLength));
            const double v = std::clamp(m_data->displaySign() * env.trend[size_t(f)] / m_data->envelopeClip(), -1.0, 1.0);
            const QPointF pt(x, mid - v * half);
            if (f == f0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setRenderHint(QPainter::Antialiasing, true);
        QColor line = Theme::axisText();
        line.setAlphaF(m_data->dimming());
        p.setPen(QPen(line, 1.5, m_data->isStale() ? Qt::DashLine : Qt::SolidLine));
        p.drawPath(path);
    }
    m_data->paintBadge(p, r);
    p.restore();
}

void AttributionLayer::paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const
{
    Q_UNUSED(g)
    if (m_data->isEmpty())
        return;
    p.save();
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const int h = keyRect.height() / 2 - 6;
    const QRect top(keyRect.left() + 4, keyRect.top() + 4, keyRect.width() - 8, h);
    const QRect bottom(keyRect.left() + 4, keyRect.top() + 8 + h, keyRect.width() - 8, h);
    p.fillRect(top, AttributionData::forSpoofColour());
    p.fillRect(bottom, AttributionData::forBonafideColour());
    p.setPen(Qt::white);
    p.drawText(top, Qt::AlignCenter | Qt::TextWordWrap, m_data->vermillionMeaning().replace(QStringLiteral("evidence "), QString()));
    p.drawText(bottom, Qt::AlignCenter | Qt::TextWordWrap, m_data->blueMeaning().replace(QStringLiteral("evidence "), QString()));
    p.restore();
}

QString AttributionLayer::readout(const LayerGeometry &g, const QPointF &pos) const
{
    const int64_t f = envelopeFrameAt(g.frameForX(pos.x()));
    if (f < 0)
        return {};
    const auto &rep = *m_data->report();
    const double v = rep.envelopes.signedSum[size_t(f)];
    return tr("attribution %1 (|a| %2): %3")
        .arg(shownLocale().toString(v, 'g', 3))
        .arg(shownLocale().toString(double(rep.envelopes.absoluteSum[size_t(f)]), 'g', 3))
        .arg(v > 0 ? rep.result.positiveMeaning : rep.result.negativeMeaning);
}

} // namespace st
