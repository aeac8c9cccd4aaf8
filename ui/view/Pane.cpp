#include "view/Pane.h"

#include "view/Layer.h"
#include "common/Theme.h"
#include "view/TimeRuler.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace st {

Pane::Pane(ViewState *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setMouseTracking(true);
    setMinimumHeight(80);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    connect(m_view, &ViewState::rangeChanged, this, &Pane::invalidate);
    connect(m_view, &ViewState::documentChanged, this, &Pane::invalidate);
    connect(m_view, &ViewState::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(m_view, &ViewState::cursorChanged, this, qOverload<>(&QWidget::update));
    connect(m_view, &ViewState::playFrameChanged, this, qOverload<>(&QWidget::update));
}

void Pane::addLayer(Layer *layer)
{
    m_layers.append(layer);
    connect(layer, &Layer::changed, this, &Pane::invalidate);
    connect(layer, &QObject::destroyed, this, [this, layer]() {
        m_layers.removeAll(layer);
        invalidate();
    });
    invalidate();
}

void Pane::removeLayer(Layer *layer)
{
    if (!m_layers.removeAll(layer))
        return;
    disconnect(layer, nullptr, this, nullptr);
    invalidate();
}

void Pane::clearLayers()
{
    for (Layer *l : std::as_const(m_layers))
        disconnect(l, nullptr, this, nullptr);
    m_layers.clear();
    invalidate();
}

QRect Pane::dataRectFor(const QRect &outer)
{
    return outer.adjusted(kLeftMargin, 0, -kRightMargin, 0);
}

void Pane::invalidate()
{
    m_cacheValid = false;
    update();
}

void Pane::render(QPainter &p, const QRect &outer, bool exporting)
{
    m_renderRect = dataRectFor(outer);
    m_exporting = exporting;
    const QRect data = m_renderRect;
    p.fillRect(outer, Theme::background());
    for (Layer *l : std::as_const(m_layers))
        l->paint(p, *this);
    const QRect axis(outer.left(), outer.top(), kLeftMargin, outer.height());
    const QRect key(data.right() + 1, outer.top(), kRightMargin, outer.height());
    p.fillRect(axis, Theme::panelBackground());
    p.fillRect(key, Theme::panelBackground());
    if (!m_layers.isEmpty()) {
        m_layers.first()->paintVerticalAxis(p, *this, axis);
        m_layers.last()->paintKey(p, *this, key);
    }
    p.setPen(Theme::axisLine());
    p.drawLine(data.topLeft() - QPoint(1, 0), data.bottomLeft() - QPoint(1, 0));
    p.drawLine(data.topRight() + QPoint(1, 0), data.bottomRight() + QPoint(1, 0));
    if (exporting)
        paintOverlays(p, data);
    m_renderRect = QRect();
    m_exporting = false;
}

bool Pane::isComplete() const
{
    for (Layer *l : m_layers)
        if (!l->isComplete(*this))
            return false;
    return true;
}

void Pane::paintOverlays(QPainter &p, const QRect &data) const
{
    p.save();
    p.setClipRect(data);
    const ViewState &v = *m_view;
    auto xOf = [&](double f) { return data.left() + v.frameToX(f); };
    if (v.hasSelection()) {
        const double x0 = xOf(double(v.selectionStart())), x1 = xOf(double(v.selectionEnd()));
        p.fillRect(QRectF(QPointF(x0, data.top()), QPointF(x1, data.bottom() + 1)), Theme::selectionFill());
        p.setPen(Theme::selectionEdge());
        p.drawLine(QPointF(x0, data.top()), QPointF(x0, data.bottom()));
        p.drawLine(QPointF(x1, data.top()), QPointF(x1, data.bottom()));
    }
    if (!m_exporting && v.cursorFrame() >= 0) {
        p.setPen(Theme::hoverCursor());
        const double x = xOf(double(v.cursorFrame()));
        p.drawLine(QPointF(x, data.top()), QPointF(x, data.bottom()));
    }
    if (v.playFrame() >= 0) {
        p.setPen(QPen(Theme::playCursor(), 1.5));
        const double x = xOf(double(v.playFrame()));
        p.drawLine(QPointF(x, data.top()), QPointF(x, data.bottom()));
    }
    p.restore();
}

void Pane::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != size() * dpr) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        QPainter cp(&m_cache);
        render(cp, rect(), false);
        m_cacheValid = true;
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    paintOverlays(p, dataRectFor(rect()));
    if (hasFocus()) {
        p.setPen(QColor(0x6a, 0xa8, 0xff, 120));
        p.drawRect(dataRectFor(rect()).adjusted(0, 0, -1, -1));
    }
}

void Pane::resizeEvent(QResizeEvent *)
{
    m_view->setWidth(dataRectFor(rect()).width());
    invalidate();
}

void Pane::mousePressEvent(QMouseEvent *e)
{
    m_pressPos = e->position();
    m_pressFrame = frameForX(e->position().x());
    m_moved = false;
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (e->button() == Qt::LeftButton) {
        m_drag = Drag::Select;
    }
}

void Pane::mouseMoveEvent(QMouseEvent *e)
{
    const QPointF pos = e->position();
    if (m_drag == Drag::Pan) {
        const double dx = pos.x() - m_pressPos.x();
        m_view->panByPixels(-dx);
        m_pressPos = pos;
        m_moved = true;
    } else if (m_drag == Drag::Select) {
        if (std::abs(pos.x() - m_pressPos.x()) >= 3)
            m_moved = true;
        if (m_moved) {
            const double f = std::clamp(frameForX(pos.x()), 0.0, double(m_view->totalFrames()));
            m_view->setSelection(int64_t(std::llround(m_pressFrame)), int64_t(std::llround(f)));
        }
    }
    const double f = frameForX(pos.x());
    const QRect data = dataRectFor(rect());
    if (data.contains(pos.toPoint()) && f >= 0 && f < m_view->totalFrames()) {
        m_view->setCursorFrame(int64_t(std::floor(f)));
        emit readoutChanged(readoutAt(pos));
    } else {
        m_view->setCursorFrame(-1);
        emit readoutChanged(QString());
    }
}

void Pane::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_drag == Drag::Select && !m_moved && e->button() == Qt::LeftButton) {
        m_view->clearSelection();
        const double f = frameForX(e->position().x());
        if (f >= 0 && f < m_view->totalFrames())
            emit clicked(qint64(std::floor(f)));
    }
    m_drag = Drag::None;
    unsetCursor();
}

void Pane::wheelEvent(QWheelEvent *e)
{
    const QPoint delta = e->angleDelta();
    const double x = e->position().x() - dataRectFor(rect()).left();
    if (delta.x() != 0 && delta.y() == 0) {
        m_view->panByPixels(-delta.x() / 120.0 * 60.0);
    } else if (e->modifiers() & Qt::ShiftModifier) {
        m_view->panByPixels(-delta.y() / 120.0 * 60.0);
    } else if (delta.y() != 0) {
        m_view->zoomAbout(std::pow(2.0, -delta.y() / 120.0 / 2.0), x);
    }
    e->accept();
}

void Pane::leaveEvent(QEvent *)
{
    m_view->setCursorFrame(-1);
    emit readoutChanged(QString());
}

QString Pane::readoutAt(const QPointF &pos) const
{
    QStringList parts;
    const double f = frameForX(pos.x());
    if (f < 0 || f >= m_view->totalFrames())
        return {};
    parts << TimeRuler::formatTime(m_view->frameToSeconds(f), 3);
    for (int i = m_layers.size() - 1; i >= 0; --i) {
        const QString s = m_layers[i]->readout(*this, pos);
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(QStringLiteral("   "));
}

} // namespace st
