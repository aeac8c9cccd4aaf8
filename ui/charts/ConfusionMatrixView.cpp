#include "charts/ConfusionMatrixView.h"
#include "common/LocaleFormat.h"

#include "eval/EvaluationRun.h"

#include <QLocale>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace st {

namespace {
constexpr double kMargin = 8.0;
constexpr double kTitle = 22.0;
} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Confusion matrix"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ConfusionMatrixView::setReport(const ClassificationReport &report)
{
    m_report = report;
    update();
}

std::size_t ConfusionMatrixView::count(int t, int p) const
{
    if (t < 0 || p < 0 || t >= classCount() || p >= classCount())
        return 0;
    return m_report.confusion[std::size_t(t)][std::size_t(p)];
}

double ConfusionMatrixView::rowShare(int t, int p) const
{
    if (t < 0 || t >= classCount())
        return 0.0;
    std::size_t total = 0;
    for (std::size_t n : m_report.confusion[std::size_t(t)])
        total += n;
    return total == 0 ? 0.0 : double(count(t, p)) / double(total);
}

QColor ConfusionMatrixView::cellColour(int t, int p) const
{
    const double s = std::clamp(rowShare(t, p), 0.0, 1.0);
    const QColor lo(255, 255, 255), hi(8, 48, 107);
    return QColor(int(lo.red() + (hi.red() - lo.red()) * s + 0.5), int(lo.green() + (hi.green() - lo.green()) * s + 0.5),
                  int(lo.blue() + (hi.blue() - lo.blue()) * s + 0.5));
}

QRectF ConfusionMatrixView::gridRect(QSizeF size) const
{
    const QFontMetricsF fm(font());
    double label = 0;
    for (const QString &c : m_report.classes)
        label = std::max(label, fm.horizontalAdvance(c));
    label = std::min(label + 10.0, size.width() * 0.3);
    const double left = kMargin + fm.height() + label;   // "true" title + row labels
    const double top = kMargin + kTitle + fm.height() + label; // title + "predicted" + column labels
    const double side = std::max(10.0, std::min(size.width() - left - kMargin, size.height() - top - kMargin));
    return QRectF(left, top, side, side);
}

QRectF ConfusionMatrixView::cellRect(int t, int p, QSizeF size) const
{
    const int n = classCount();
    if (t < 0 || p < 0 || t >= n || p >= n)
        return {};
    const QRectF g = gridRect(size);
    const double w = g.width() / n;
    return QRectF(g.left() + p * w, g.top() + t * w, w, w);
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::black);
    const int n = classCount();
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.drawText(QRectF(0, kMargin, width(), kTitle), Qt::AlignCenter,
               n == 0 ? tr("Confusion matrix (no closed-set result)")
                      : tr("Confusion matrix: accuracy %1 %, macro-F1 %2 %")
                            .arg(shownLocale().toString(m_report.accuracy * 100.0, 'f', 2))
                            .arg(shownLocale().toString(m_report.macroF1 * 100.0, 'f', 2)));
    p.setFont(font());
    if (n == 0)
        return;
    const QFontMetricsF fm(font());
    const QRectF g = gridRect(size());
    const double w = g.width() / n;
    // axis titles
    p.drawText(QRectF(g.left(), kMargin + kTitle, g.width(), fm.height()), Qt::AlignCenter, tr("predicted"));
    p.save();
    p.translate(kMargin, g.top() + g.height() / 2);
    p.rotate(-90);
    p.drawText(QRectF(-g.height() / 2, 0, g.height(), fm.height()), Qt::AlignCenter, tr("true"));
    p.restore();
    for (int i = 0; i < n; ++i) {
        const QString name = m_report.classes[i];
        const QString shown = fm.elidedText(name, Qt::ElideMiddle, g.left() - kMargin - fm.height() - 6);
        p.drawText(QRectF(kMargin + fm.height(), g.top() + i * w, g.left() - kMargin - fm.height() - 6, w),
                   Qt::AlignRight | Qt::AlignVCenter, shown);
        p.save();
        p.translate(g.left() + (i + 0.5) * w, g.top() - 4);
        p.rotate(-90);
        p.drawText(QRectF(0, -fm.height() / 2, g.top() - kMargin - kTitle - fm.height() - 4, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(name, Qt::ElideMiddle, g.top() - kMargin - kTitle - fm.height() - 4));
        p.restore();
    }
    for (int t = 0; t < n; ++t)
        for (int q = 0; q < n; ++q) {
            const QRectF r = cellRect(t, q, size());
            const QColor c = cellColour(t, q);
            p.fillRect(r, c);
            p.setPen(QColor(200, 200, 200));
            p.drawRect(r);
            p.setPen(rowShare(t, q) > 0.5 ? Qt::white : Qt::black);
            if (w >= fm.height())
                p.drawText(r, Qt::AlignCenter, QString::number(count(t, q)));
        }
}

QString ConfusionMatrixView::csv() const
{
    return confusionCsv(m_report);
}

} // namespace st
