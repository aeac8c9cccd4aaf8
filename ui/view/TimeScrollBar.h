#pragma once
// The horizontal scroll bar under the panes, bound to a ViewState: it follows the visible range and scrolls
// it. A QScrollBar counts in int, so a long recording is scrolled in units of ceil(frames / 1e9) frames.
#include <QScrollBar>

namespace st {

class ViewState;

class TimeScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    explicit TimeScrollBar(ViewState *view, QWidget *parent = nullptr);
    /// Range, steps and position from the view (also done on every ViewState::rangeChanged).
    void sync();

private:
    ViewState *m_view;
    double m_unit = 1.0;
};

} // namespace st
