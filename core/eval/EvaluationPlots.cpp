// The plot data of an evaluation run: score histograms on shared bins, Tippett curves, and the CSV text of the
// DET, histogram, Tippett and confusion plots (what the run writes and the GUI's charts export).
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationPlots)
};
} // namespace

using evalrun::csvField;
using evalrun::csvNum;
using evalrun::writeText;

double ScoreHistogram::targetDensity(std::size_t bin) const
{
    const double w = edges[bin + 1] - edges[bin];
    return targetTotal == 0 ? 0.0 : double(targetCounts[bin]) / (double(targetTotal) * w);
}

double ScoreHistogram::nontargetDensity(std::size_t bin) const
{
    const double w = edges[bin + 1] - edges[bin];
    return nontargetTotal == 0 ? 0.0 : double(nontargetCounts[bin]) / (double(nontargetTotal) * w);
}

ScoreHistogram computeScoreHistogram(const std::vector<double> &targets, const std::vector<double> &nontargets,
                                     int bins)
{
    if (bins < 1)
        throw Error(Text::tr("a histogram needs at least one bin (got %1)").arg(bins));
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto *v : {&targets, &nontargets})
        for (double s : *v)
            if (std::isfinite(s)) {
                lo = std::min(lo, s);
                hi = std::max(hi, s);
            }
    ScoreHistogram h;
    if (!(lo <= hi)) { // nothing finite
        h.edges = {0.0, 1.0};
        h.targetCounts = h.nontargetCounts = {0};
        return h;
    }
    if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
        bins = 1;
    }
    const double w = (hi - lo) / bins;
    h.edges.resize(std::size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[std::size_t(i)] = lo + w * i;
    h.edges.back() = hi;
    h.targetCounts.assign(std::size_t(bins), 0);
    h.nontargetCounts.assign(std::size_t(bins), 0);
    const auto fill = [&](const std::vector<double> &v, std::vector<std::size_t> &counts, std::size_t &total) {
        for (double s : v) {
            if (!std::isfinite(s))
                continue;
            int b = int(std::floor((s - lo) / w));
            // floating-point guard: put the score in the bin whose edges hold it
            b = std::clamp(b, 0, bins - 1);
            while (b > 0 && s < h.edges[std::size_t(b)])
                --b;
            while (b < bins - 1 && s >= h.edges[std::size_t(b) + 1])
                ++b;
            ++counts[std::size_t(b)];
            ++total;
        }
    };
    fill(targets, h.targetCounts, h.targetTotal);
    fill(nontargets, h.nontargetCounts, h.nontargetTotal);
    return h;
}

TippettCurve computeTippett(const std::vector<double> &llrs)
{
    TippettCurve c;
    std::vector<double> v;
    v.reserve(llrs.size());
    for (double x : llrs)
        if (!std::isnan(x))
            v.push_back(x);
    std::sort(v.begin(), v.end());
    const double n = double(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!std::isfinite(v[i]) || (i > 0 && v[i] == v[i - 1]))
            continue;
        c.log10Lr.push_back(v[i] / std::log(10.0));
        c.proportion.push_back(double(v.size() - i) / n); // v[i..] are >= v[i]
    }
    return c;
}

QString detCsv(const std::vector<ScoreSet> &sets)
{
    QString s = QStringLiteral("set,pmiss,pfa,probit_pmiss,probit_pfa\n");
    for (const ScoreSet &set : sets) {
        if (set.targets.empty() || set.nontargets.empty())
            continue;
        const DetPlot p = computeDetPlot(set.targets, set.nontargets);
        for (std::size_t i = 0; i < p.pmiss.size(); ++i)
            s += QStringLiteral("%1,%2,%3,%4,%5\n")
                     .arg(csvField(set.name), csvNum(p.pmiss[i], 10), csvNum(p.pfa[i], 10),
                          csvNum(p.probitPmiss[i], 10), csvNum(p.probitPfa[i], 10));
    }
    return s;
}

QString histogramCsv(const QString &name, const ScoreHistogram &h)
{
    QString s = QStringLiteral("set,bin_lo,bin_hi,target_count,nontarget_count,target_density,nontarget_density\n");
    for (std::size_t b = 0; b + 1 < h.edges.size(); ++b)
        s += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                 .arg(csvField(name), csvNum(h.edges[b], 10), csvNum(h.edges[b + 1], 10))
                 .arg(h.targetCounts[b])
                 .arg(h.nontargetCounts[b])
                 .arg(csvNum(h.targetDensity(b), 10), csvNum(h.nontargetDensity(b), 10));
    return s;
}

QString tippettCsv(const std::vector<ScoreSet> &sets)
{
    QString s = QStringLiteral("set,class,log10_lr,proportion_ge\n");
    for (const ScoreSet &set : sets) {
        for (int cls = 0; cls < 2; ++cls) {
            const TippettCurve c = computeTippett(cls == 0 ? set.targets : set.nontargets);
            for (std::size_t i = 0; i < c.log10Lr.size(); ++i)
                s += QStringLiteral("%1,%2,%3,%4\n")
                         .arg(csvField(set.name), cls == 0 ? QStringLiteral("target") : QStringLiteral("nontarget"),
                              csvNum(c.log10Lr[i], 10), csvNum(c.proportion[i], 10));
        }
    }
    return s;
}

QString confusionCsv(const ClassificationReport &r)
{
    QString s = QStringLiteral("true\\predicted");
    for (const QString &c : r.classes)
        s += QLatin1Char(',') + csvField(c);
    s += QLatin1Char('\n');
    for (int i = 0; i < r.classes.size(); ++i) {
        s += csvField(r.classes[i]);
        for (std::size_t n : r.confusion[std::size_t(i)])
            s += QLatin1Char(',') + QString::number(n);
        s += QLatin1Char('\n');
    }
    return s;
}

void writeDetCsv(const QString &path, const std::vector<ScoreSet> &sets)
{
    writeText(path, detCsv(sets).toUtf8());
}

void writeHistogramCsv(const QString &path, const QString &name, const ScoreHistogram &h)
{
    writeText(path, histogramCsv(name, h).toUtf8());
}

void writeTippettCsv(const QString &path, const std::vector<ScoreSet> &sets)
{
    writeText(path, tippettCsv(sets).toUtf8());
}

void writeConfusionCsv(const QString &path, const ClassificationReport &r)
{
    writeText(path, confusionCsv(r).toUtf8());
}

} // namespace st
