#include "view/ViewState.h"

#include <algorithm>
#include <cmath>

namespace st {

ViewState::ViewState(QObject *parent) : QObject(parent) {}

void ViewState::setDocument(int64_t totalFrames, int sampleRate)
{
    m_total = std::max<int64_t>(0, totalFrames);
    m_rate = sampleRate;
    m_selStart = m_selEnd = 0;
    m_cursor = -1;
    m_play = -1;
    emit documentChanged();
    emit selectionChanged();
    fitAll();
}

void ViewState::setWidth(int px)
{
    px = std::max(1, px);
    if (px == m_width)
        return;
    const bool wasFitted = m_start <= 0.0 && std::abs(m_fpp - maxFramesPerPixel()) < 1e-9;
    m_width = px;
    if (wasFitted)
        fitAll();
    else
        clampAndEmit(m_start, m_fpp);
}

double ViewState::minFramesPerPixel() const { return 1.0 / kMaxPixelsPerFrame; }

double ViewState::maxFramesPerPixel() const
{
    // The whole document fits, and never less than the most zoomed-in level.
    return std::max(minFramesPerPixel(), double(std::max<int64_t>(m_total, 1)) / m_width);
}

void ViewState::clampAndEmit(double start, double fpp)
{
    fpp = std::clamp(fpp, minFramesPerPixel(), maxFramesPerPixel());
    const double visible = fpp * m_width;
    const double maxStart = std::max(0.0, double(m_total) - visible);
    start = std::clamp(start, 0.0, maxStart);
    if (start == m_start && fpp == m_fpp)
        return;
    m_start = start;
    m_fpp = fpp;
    emit rangeChanged();
}

void ViewState::setRange(double startFrame, double framesPerPixel) { clampAndEmit(startFrame, framesPerPixel); }

void ViewState::zoomAbout(double factor, double x)
{
    if (!(factor > 0.0))
        return;
    const double anchor = xToFrame(x);
    const double fpp = std::clamp(m_fpp * factor, minFramesPerPixel(), maxFramesPerPixel());
    clampAndEmit(anchor - x * fpp, fpp);
}

void ViewState::zoomIn() { zoomAbout(0.5, m_width / 2.0); }
void ViewState::zoomOut() { zoomAbout(2.0, m_width / 2.0); }

void ViewState::zoomToRange(double a, double b)
{
    if (b < a)
        std::swap(a, b);
    if (b - a <= 0.0)
        return;
    clampAndEmit(a, (b - a) / m_width);
}

void ViewState::zoomToSelection()
{
    if (hasSelection())
        zoomToRange(double(m_selStart), double(m_selEnd));
}

void ViewState::fitAll() { clampAndEmit(0.0, maxFramesPerPixel()); }

void ViewState::panByPixels(double dx) { clampAndEmit(m_start + dx * m_fpp, m_fpp); }
void ViewState::panByFrames(double df) { clampAndEmit(m_start + df, m_fpp); }

void ViewState::ensureVisible(double frame)
{
    if (frame >= m_start && frame < endFrame())
        return;
    clampAndEmit(frame - m_fpp * m_width / 2.0, m_fpp);
}

void ViewState::setSelection(int64_t a, int64_t b)
{
    if (b < a)
        std::swap(a, b);
    a = std::clamp<int64_t>(a, 0, m_total);
    b = std::clamp<int64_t>(b, 0, m_total);
    if (a == b)
        a = b = 0;
    if (a == m_selStart && b == m_selEnd)
        return;
    m_selStart = a;
    m_selEnd = b;
    emit selectionChanged();
}

void ViewState::setCursorFrame(int64_t f)
{
    if (f == m_cursor)
        return;
    m_cursor = f;
    emit cursorChanged();
}

void ViewState::setPlayFrame(int64_t f)
{
    if (f == m_play)
        return;
    m_play = f;
    emit playFrameChanged();
}

} // namespace st
