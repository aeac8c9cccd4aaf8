#pragma once
// Confusion matrix as a heat map: rows = true class, columns = predicted class (as ClassificationReport),
// each cell coloured by its share of the row (recall of the row's class on the diagonal) and labelled with
// its count; class names on both axes. Paints through one function, so screen, PNG and SVG look alike.
#include "charts/ChartExport.h"
#include "eval/ClassificationReport.h"

#include <QWidget>

namespace st {

class ConfusionMatrixView : public QWidget, public ChartExport
{
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setReport(const ClassificationReport &report);
    const ClassificationReport &report() const { return m_report; }
    int classCount() const { return int(m_report.classes.size()); }
    std::size_t count(int trueClass, int predictedClass) const;
    /// count / row total (0 for an empty row): what the cell's colour encodes.
    double rowShare(int trueClass, int predictedClass) const;
    /// The colour of a cell: white (share 0) to dark blue (share 1).
    QColor cellColour(int trueClass, int predictedClass) const;
    /// The cell's rectangle in a widget of `size` (for tests and tool tips); empty when out of range.
    QRectF cellRect(int trueClass, int predictedClass, QSizeF size) const;

    QString csv() const override;
    QWidget *exportWidget() override { return this; }
    QSize sizeHint() const override { return QSize(520, 460); }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QRectF gridRect(QSizeF size) const;
    ClassificationReport m_report;
};

} // namespace st
