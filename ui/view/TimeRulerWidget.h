#pragma once
// The time ruler above the panes (same margins as a Pane, so its ticks line up with the data).
// Clicking or dragging on it moves the play position.
#include <QWidget>

namespace st {

class ViewState;

class TimeRulerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRulerWidget(ViewState *view, QWidget *parent = nullptr);
    QSize sizeHint() const override;

signals:
    void clicked(qint64 frame);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;

private:
    ViewState *m_view;
};

} // namespace st
