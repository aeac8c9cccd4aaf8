#pragma once
// A detection-score timeline over the shared time axis: one score per sliding window of a model
// (ModelRunner::timeline), drawn as a step per window with the threshold line (0 by default) and
// each step coloured by its side of the threshold (bona fide above, spoof below when higher means
// more bona fide). Windows usually overlap (hop < window), so each window's step covers the part of
// the clip nearer to its centre than to any other window's centre (its "cell"); the full extent of
// the window under the pointer is shaded, and the read-out names that window and its score.
// Window positions are in frames of the document (the job converts them from the model's rate).
#include "view/Layer.h"

#include <QColor>
#include <QFont>
#include <QStringList>
#include <utility>
#include <vector>

namespace st {

/// One scored window, in frames of the document: [start, end).
struct ScoreWindow
{
    double start = 0;
    double end = 0;
    double score = 0;
};

class ScoreTimelineLayer : public Layer
{
    Q_OBJECT
public:
    explicit ScoreTimelineLayer(QObject *parent = nullptr);

    QString name() const override { return tr("Detection score"); }
    void paint(QPainter &p, const LayerGeometry &g) override;
    void paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const override;
    void paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const override;
    QString readout(const LayerGeometry &g, const QPointF &pos) const override;

    /// Windows in time order (by start). `higherIsBonafide` is the score polarity; `label` names
    /// the model for the key.
    void setWindows(std::vector<ScoreWindow> windows, bool higherIsBonafide = true, const QString &label = {});
    void clear();
    const std::vector<ScoreWindow> &windows() const { return m_windows; }

    /// The decision threshold drawn as a line (default 0).
    void setThreshold(double t);
    double threshold() const { return m_threshold; }

    /// The score range of the vertical axis: symmetric about the threshold and at least ±1, rounded
    /// up to a "nice" step, so that the threshold line sits in the middle.
    std::pair<double, double> scoreRange() const { return {m_lo, m_hi}; }

    /// Window i's step, in frames: from the midpoint between the previous window's centre and its own
    /// to the midpoint between its centre and the next one's; the first starts at its window's start,
    /// the last ends at its window's end.
    std::pair<double, double> cellFrames(std::size_t i) const;
    /// The same in pixels of `g` (x of its left and right edges).
    std::pair<double, double> cellX(const LayerGeometry &g, std::size_t i) const;
    /// y pixel of a score in `rect` (scoreRange() fills the rect's height, top = highest).
    double yForScore(double score, const QRect &rect) const;
    /// Index of the window whose cell holds `frame`, or -1.
    int windowAtFrame(double frame) const;

    /// Colour of a score's side of the threshold.
    QColor colourFor(double score) const;

    /// Spacing of the axis labels and grid lines for a data rect of that height.
    double tickStep(const QRect &rect) const;

    /// What the key beside the pane says: the two sides' arrows and, when set, the model's name.
    QStringList keyTexts() const;
    /// The key's font, from the pane's font `base`: the axes' size, made smaller (down to 6 pt) until every word of
    /// keyTexts() fits `width` px (a model's name breaks after its - _ and . only): "sourcetrace-" is not cut.
    QFont keyFont(const QFont &base, int width) const;

private:
    void updateRange();

    std::vector<ScoreWindow> m_windows;
    bool m_higherIsBonafide = true;
    QString m_label;
    double m_threshold = 0.0;
    double m_lo = -1.0, m_hi = 1.0;
};

} // namespace st
