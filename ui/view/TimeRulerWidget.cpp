#include "view/TimeRulerWidget.h"

#include "view/Pane.h"
#include "common/Theme.h"
#include "view/TimeRuler.h"
#include "view/ViewState.h"

#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace st {

TimeRulerWidget::TimeRulerWidget(ViewState *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setFixedHeight(TimeRuler::kHeight);
    connect(view, &ViewState::rangeChanged, this, qOverload<>(&QWidget::update));
    connect(view, &ViewState::documentChanged, this, qOverload<>(&QWidget::update));
    connect(view, &ViewState::playFrameChanged, this, qOverload<>(&QWidget::update));
}

QSize TimeRulerWidget::sizeHint() const { return QSize(400, TimeRuler::kHeight); }

void TimeRulerWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Theme::panelBackground());
    const QRect data = Pane::dataRectFor(rect());
    TimeRuler::paint(p, data, *m_view);
    if (m_view->playFrame() >= 0) {
        const double x = data.left() + m_view->frameToX(double(m_view->playFrame()));
        if (x >= data.left() && x <= data.right()) {
            p.setPen(Qt::NoPen);
            p.setBrush(Theme::playCursor());
            const QPointF tri[3] = {{x - 5, double(data.top())}, {x + 5, double(data.top())}, {x, data.top() + 7.0}};
            p.drawPolygon(tri, 3);
        }
    }
}

void TimeRulerWidget::mousePressEvent(QMouseEvent *e)
{
    const QRect data = Pane::dataRectFor(rect());
    const double f = m_view->xToFrame(e->position().x() - data.left());
    if (f >= 0 && f < m_view->totalFrames())
        emit clicked(qint64(std::floor(f)));
}

void TimeRulerWidget::wheelEvent(QWheelEvent *e)
{
    const double x = e->position().x() - Pane::dataRectFor(rect()).left();
    m_view->zoomAbout(std::pow(2.0, -e->angleDelta().y() / 240.0), x);
}

} // namespace st
