#include "view/TimeScrollBar.h"
#include "view/ViewState.h"

#include <algorithm>
#include <cmath>

namespace st {

TimeScrollBar::TimeScrollBar(ViewState *view, QWidget *parent) : QScrollBar(Qt::Horizontal, parent), m_view(view)
{
    connect(m_view, &ViewState::rangeChanged, this, &TimeScrollBar::sync);
    connect(this, &QScrollBar::valueChanged, this,
            [this](int value) { m_view->setRange(value * m_unit, m_view->framesPerPixel()); });
}

void TimeScrollBar::sync()
{
    const double total = double(m_view->totalFrames());
    const double visible = m_view->framesPerPixel() * m_view->width();
    m_unit = std::max(1.0, std::ceil(total / 1e9));
    const QSignalBlocker block(this);
    setRange(0, int(std::max(0.0, (total - visible) / m_unit)));
    setPageStep(int(std::max(1.0, visible / m_unit)));
    setSingleStep(int(std::max(1.0, visible / 8 / m_unit)));
    setValue(int(m_view->startFrame() / m_unit));
}

} // namespace st
