#pragma once
// Moves and resizes annotations with the mouse in a pane (an event filter on it): dragging within 4 px of an
// annotation's start or end edge moves that edge; Ctrl+drag inside a region moves the whole region. While dragging
// the layers draw the new extent (AnnotationLayer::setPreview); on release the change becomes one undoable edit
// (AnnotationPanel::editAnnotation: through the case and its audit log for a case item). Nothing happens when the
// annotations cannot be edited (read-only case, no clip); other presses go to the pane (selection, pan, seek).
#include "case/Annotation.h"

#include <QList>
#include <QObject>
#include <QPointF>

namespace st {

class AnnotationLayer;
class AnnotationPanel;
class Pane;

class AnnotationDragger : public QObject
{
    Q_OBJECT
public:
    /// `layer`: the annotation layer of `pane` (for hit tests); `previews`: every annotation layer to show the drag in.
    AnnotationDragger(Pane *pane, AnnotationLayer *layer, const QList<AnnotationLayer *> &previews, AnnotationPanel *panel,
                      QObject *parent = nullptr);

    bool isDragging() const { return m_mode != Mode::None; }
    static constexpr double kEdgePixels = 4.0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode { None, Start, End, Move };
    /// The annotation and mode a press at `pos` would start (the picked annotation first).
    Mode hit(const QPointF &pos, bool ctrl, Annotation *out) const;
    void setPreview(const Annotation *a);

    Pane *m_pane;
    AnnotationLayer *m_layer;
    QList<AnnotationLayer *> m_previews;
    AnnotationPanel *m_panel;
    Mode m_mode = Mode::None;
    Annotation m_orig, m_now;
    double m_pressX = 0;
    bool m_cursorSet = false;
};

} // namespace st
