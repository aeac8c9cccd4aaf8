#include "annotation/AnnotationDragger.h"

#include "annotation/AnnotationLayer.h"
#include "annotation/AnnotationModel.h"
#include "annotation/AnnotationPanel.h"
#include "view/Pane.h"
#include "view/ViewState.h"

#include <QMouseEvent>
#include <algorithm>
#include <cmath>

namespace st {

namespace {
constexpr double kMinLengthS = 0.001; // a region never collapses below 1 ms while dragged
}

AnnotationDragger::AnnotationDragger(Pane *pane, AnnotationLayer *layer, const QList<AnnotationLayer *> &previews,
                                     AnnotationPanel *panel, QObject *parent)
    : QObject(parent), m_pane(pane), m_layer(layer), m_previews(previews), m_panel(panel)
{
    pane->installEventFilter(this);
}

AnnotationDragger::Mode AnnotationDragger::hit(const QPointF &pos, bool ctrl, Annotation *out) const
{
    AnnotationModel *model = m_panel->model();
    if (!model->canEdit() || !m_pane->layers().contains(m_layer))
        return Mode::None;
    QList<Annotation> list = model->annotations();
    // The picked annotation wins where edges of several lie under the mouse.
    std::stable_partition(list.begin(), list.end(), [&](const Annotation &a) { return a.id == model->selectedId(); });
    for (const Annotation &a : list) {
        const QRectF box = m_layer->regionRect(a, *m_pane);
        if (box.isEmpty() || pos.y() < box.top() || pos.y() > box.bottom())
            continue;
        if (ctrl) {
            if (box.contains(pos)) {
                *out = a;
                return Mode::Move;
            }
            continue;
        }
        if (std::abs(pos.x() - box.left()) <= kEdgePixels) {
            *out = a;
            return Mode::Start;
        }
        if (std::abs(pos.x() - box.right()) <= kEdgePixels) {
            *out = a;
            return Mode::End;
        }
    }
    return Mode::None;
}

void AnnotationDragger::setPreview(const Annotation *a)
{
    for (AnnotationLayer *l : std::as_const(m_previews))
        l->setPreview(a ? std::optional<Annotation>(*a) : std::nullopt);
}

bool AnnotationDragger::eventFilter(QObject *watched, QEvent *event)
{
    // Only mouse events touch the pane: a pane being destroyed still sends others through its filters.
    const QEvent::Type type = event->type();
    if (watched != m_pane ||
        (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease))
        return false;
    const ViewState &view = m_pane->view();
    const int rate = view.sampleRate();
    switch (type) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton || rate <= 0 || (e->modifiers() & Qt::ShiftModifier))
            return false;
        Annotation a;
        const Mode m = hit(e->position(), e->modifiers() & Qt::ControlModifier, &a);
        if (m == Mode::None)
            return false;
        m_mode = m;
        m_orig = m_now = a;
        m_pressX = e->position().x();
        m_panel->selectAnnotation(a.id);
        setPreview(&m_now);
        return true;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_mode == Mode::None) {
            // Hover: the resize cursor over an edge says it can be dragged.
            Annotation a;
            const bool edge = rate > 0 && !(e->buttons() & Qt::LeftButton) && hit(e->position(), false, &a) != Mode::None;
            if (edge && !m_cursorSet) {
                m_pane->setCursor(Qt::SizeHorCursor);
                m_cursorSet = true;
            } else if (!edge && m_cursorSet) {
                m_pane->unsetCursor();
                m_cursorSet = false;
            }
            return false;
        }
        const double duration = double(view.totalFrames()) / rate;
        const double dt = (e->position().x() - m_pressX) * view.secondsPerPixel();
        m_now = m_orig;
        if (m_mode == Mode::Start)
            m_now.startS = std::clamp(m_orig.startS + dt, 0.0, m_orig.endS - kMinLengthS);
        else if (m_mode == Mode::End)
            m_now.endS = std::clamp(m_orig.endS + dt, m_orig.startS + kMinLengthS, duration);
        else {
            const double len = m_orig.endS - m_orig.startS;
            m_now.startS = std::clamp(m_orig.startS + dt, 0.0, std::max(0.0, duration - len));
            m_now.endS = m_now.startS + len;
        }
        setPreview(&m_now);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_mode == Mode::None)
            return false;
        m_mode = Mode::None;
        setPreview(nullptr);
        if (!m_now.sameContent(m_orig))
            m_panel->editAnnotation(m_now); // one undoable edit; a refusal is shown in the dock
        return true;
    }
    default:
        return false;
    }
}

} // namespace st
