#include "eval/Metrics.h"

#include "eval/SortedScores.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Metrics)
};
} // namespace

double DcfParams::defaultCost() const { return std::min(pTarget * cMiss, (1.0 - pTarget) * cFa); }

double DcfParams::bayesThreshold() const { return std::log(((1.0 - pTarget) * cFa) / (pTarget * cMiss)); }

namespace {

void checkParams(const DcfParams &p)
{
    if (!(p.pTarget > 0.0 && p.pTarget < 1.0) || !(p.cMiss > 0.0) || !(p.cFa > 0.0))
        throw Error(Text::tr("DCF parameters out of range (need 0 < p_target < 1, C_miss > 0, C_fa > 0): "
                                   "p_target=%1 C_miss=%2 C_fa=%3")
                        .arg(p.pTarget)
                        .arg(p.cMiss)
                        .arg(p.cFa));
}

/// Walks the reference DET curve (n+1 cut positions) in order; `visit(i, k, j, lastScore)` gets the cut index,
/// the number of targets and non-targets already rejected, and the highest rejected score (undefined for i=0).
/// Ties: targets before non-targets, as the stable sort of [targets, non-targets] of the reference.
template<typename Visit>
void walkDet(const std::vector<double> &tar, const std::vector<double> &non, Visit &&visit)
{
    const std::size_t nt = tar.size(), nn = non.size();
    std::size_t k = 0, j = 0;
    double last = 0;
    visit(std::size_t(0), k, j, last);
    const std::size_t n = nt + nn;
    for (std::size_t i = 1; i <= n; ++i) {
        if (k < nt && (j == nn || tar[k] <= non[j]))
            last = tar[k++];
        else
            last = non[j++];
        visit(i, k, j, last);
    }
}

double lowestScore(const std::vector<double> &tar, const std::vector<double> &non)
{
    // Both lists are sorted and non-empty.
    return std::min(tar.front(), non.front());
}

/// Feeds two sorted lists (SortedScores) into a DetWalk as runs of equal scores: the order of walkDet (targets
/// before non-targets among equal scores).
void forEachRun(const std::vector<double> &tar, const std::vector<double> &non, DetWalk &w)
{
    const std::size_t nt = tar.size(), nn = non.size();
    std::size_t k = 0, j = 0;
    while (k < nt || j < nn) {
        const double v = (k < nt && (j == nn || tar[k] <= non[j])) ? tar[k] : non[j];
        std::size_t t = 0, n = 0;
        while (k < nt && tar[k] == v) {
            ++k;
            ++t;
        }
        while (j < nn && non[j] == v) {
            ++j;
            ++n;
        }
        w.add(v, t, n);
    }
}

} // namespace

DetWalk::DetWalk(std::size_t targets, std::size_t nontargets, const DcfParams &params, int parts)
    : m_nt(targets), m_nn(nontargets), m_params(params), m_parts(parts), m_ntD(double(targets)),
      m_nnD(double(nontargets)), m_wMiss(params.pTarget * params.cMiss), m_wFa((1.0 - params.pTarget) * params.cFa),
      m_bestDiff(std::numeric_limits<double>::infinity()), m_bestDcf(std::numeric_limits<double>::infinity())
{
    checkParams(params);
    if (targets == 0 || nontargets == 0)
        throw Error(targets == 0 ? Text::tr("no target scores: a detection metric needs at least one target and one "
                                            "non-target score")
                                 : Text::tr("no non-target scores: a detection metric needs at least one target and "
                                            "one non-target score"));
}

void DetWalk::add(double score, std::size_t targets, std::size_t nontargets)
{
    const auto visit = [this](double last) {
        // Same floating-point operations as the reference: k / Nt and (Nn - j) / Nn.
        const double frr = double(m_k) / m_ntD;
        const double far = (m_nnD - double(m_j)) / m_nnD;
        const double diff = std::fabs(frr - far);
        if (diff < m_bestDiff) {
            m_bestDiff = diff;
            m_r.eer.index = m_i;
            m_r.eer.pmiss = frr;
            m_r.eer.pfa = far;
            m_r.eer.threshold = last;
        }
        const double dcf = m_wMiss * frr + m_wFa * far;
        if (dcf < m_bestDcf) {
            m_bestDcf = dcf;
            m_r.minDcf.pmiss = frr;
            m_r.minDcf.pfa = far;
            m_r.minDcf.threshold = last;
        }
    };
    if (targets == 0 && nontargets == 0)
        return;
    score += 0.0; // -0.0 -> +0.0, as SortedScores stores it
    if (m_parts & EerAndDcf) {
        if (m_i == 0)
            visit(score - 0.001); // cut 0, nothing rejected: the lowest score - 0.001
        for (std::size_t c = 0; c < targets; ++c) {
            ++m_k;
            ++m_i;
            visit(score);
        }
        for (std::size_t c = 0; c < nontargets; ++c) {
            ++m_j;
            ++m_i;
            visit(score);
        }
    } else {
        m_k += targets;
        m_j += nontargets;
        m_i += targets + nontargets;
    }
    if (m_parts & Hull) {
        for (std::size_t c = 0; c < targets; ++c)
            push(true);
        for (std::size_t c = 0; c < nontargets; ++c)
            push(false);
    }
}

void DetWalk::push(bool isTarget)
{
    // PAV on the 0/1 labels of the merged sorted sequence, exact (integer) block comparisons.
    Block b;
    (isTarget ? b.t : b.n) = 1;
    m_blocks.push_back(b);
    while (m_blocks.size() >= 2) {
        const Block &p = m_blocks[m_blocks.size() - 2];
        const Block &c = m_blocks.back();
        // mean(p) >= mean(c)  <=>  p.t * (c.t + c.n) >= c.t * (p.t + p.n)
        const unsigned long long lhs = (unsigned long long)p.t * (c.t + c.n);
        const unsigned long long rhs = (unsigned long long)c.t * (p.t + p.n);
        if (lhs < rhs)
            break;
        const Block m{p.t + c.t, p.n + c.n};
        m_blocks.pop_back();
        m_blocks.back() = m;
    }
}

void DetWalk::finished(int part) const
{
    if (!(m_parts & part))
        throw Error(QStringLiteral("DetWalk: this metric was not asked for"));
    if (m_k != m_nt || m_j != m_nn)
        throw Error(QStringLiteral("DetWalk: the runs hold %1 targets and %2 non-targets, expected %3 and %4")
                        .arg(m_k)
                        .arg(m_j)
                        .arg(m_nt)
                        .arg(m_nn));
}

EerDcf DetWalk::eerDcf() const
{
    finished(EerAndDcf);
    EerDcf r = m_r;
    r.eer.eer = (r.eer.pmiss + r.eer.pfa) / 2.0;
    r.minDcf.dcf = m_bestDcf / m_params.defaultCost();
    return r;
}

Rocch DetWalk::rocch() const
{
    finished(Hull);
    Rocch r;
    std::size_t miss = 0, fa = m_nn;
    r.pmiss.push_back(0.0);
    r.pfa.push_back(1.0);
    for (const Block &b : m_blocks) {
        miss += b.t;
        fa -= b.n;
        r.pmiss.push_back(double(miss) / m_ntD);
        r.pfa.push_back(double(fa) / m_nnD);
    }
    return r;
}

double DetWalk::rocchEer() const
{
    const Rocch r = rocch();
    // d = pfa - pmiss falls from 1 to -1 along the hull; find the segment where it reaches 0.
    for (std::size_t i = 0; i + 1 < r.pmiss.size(); ++i) {
        const double d0 = r.pfa[i] - r.pmiss[i];
        const double d1 = r.pfa[i + 1] - r.pmiss[i + 1];
        if (d0 == 0.0)
            return r.pfa[i];
        if (d1 == 0.0)
            return r.pfa[i + 1];
        if (d0 > 0.0 && d1 < 0.0) {
            const double t = d0 / (d0 - d1);
            return r.pfa[i] + t * (r.pfa[i + 1] - r.pfa[i]);
        }
    }
    return 0.0; // unreachable: the hull always goes from d = 1 to d = -1
}

double DetWalk::minCllr() const
{
    finished(Hull);
    const double priorLogOdds = std::log(m_ntD / m_nnD);
    double ct = 0, cn = 0;
    for (const Block &b : m_blocks) {
        if (b.t == 0 || b.n == 0)
            continue; // LLR = -inf on a pure non-target bin, +inf on a pure target bin: both cost exactly 0
        const double llr = std::log(double(b.t) / double(b.n)) - priorLogOdds;
        ct += double(b.t) * softplus(-llr);
        cn += double(b.n) * softplus(llr);
    }
    return (ct / m_ntD + cn / m_nnD) / (2.0 * std::log(2.0));
}

EerDcf computeEerDcf(const std::vector<double> &targets, const std::vector<double> &nontargets,
                     const DcfParams &params)
{
    checkParams(params);
    return computeEerDcf(SortedScores(targets, nontargets), params);
}

EerDcf computeEerDcf(const SortedScores &s, const DcfParams &params)
{
    DetWalk w(s.targets().size(), s.nontargets().size(), params, DetWalk::EerAndDcf);
    forEachRun(s.targets(), s.nontargets(), w);
    return w.eerDcf();
}

EerResult computeEer(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    return computeEerDcf(targets, nontargets).eer;
}

DcfResult minDcf(const std::vector<double> &targets, const std::vector<double> &nontargets,
                 const DcfParams &params)
{
    return computeEerDcf(targets, nontargets, params).minDcf;
}

DetCurve computeDetCurve(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    const SortedScores s(targets, nontargets);
    const auto &tar = s.targets();
    const auto &non = s.nontargets();
    const std::size_t n = tar.size() + non.size();
    DetCurve c;
    c.pmiss.reserve(n + 1);
    c.pfa.reserve(n + 1);
    c.thresholds.reserve(n + 1);
    const double ntD = double(tar.size()), nnD = double(non.size());
    const double first = lowestScore(tar, non) - 0.001;
    walkDet(tar, non, [&](std::size_t i, std::size_t k, std::size_t j, double last) {
        c.pmiss.push_back(double(k) / ntD);
        c.pfa.push_back((nnD - double(j)) / nnD);
        c.thresholds.push_back(i == 0 ? first : last);
    });
    return c;
}

DetPlot computeDetPlot(const std::vector<double> &targets, const std::vector<double> &nontargets,
                       std::size_t maxPoints)
{
    const DetCurve c = computeDetCurve(targets, nontargets);
    std::vector<std::size_t> keep;
    keep.push_back(0);
    const std::size_t n = c.thresholds.size();
    for (std::size_t i = 1; i < n; ++i) {
        // The last cut of a run of equal scores is a reachable operating point.
        if (i + 1 == n || c.thresholds[i + 1] != c.thresholds[i])
            keep.push_back(i);
    }
    if (maxPoints >= 2 && keep.size() > maxPoints) {
        std::vector<std::size_t> thin;
        thin.reserve(maxPoints);
        for (std::size_t m = 0; m < maxPoints; ++m)
            thin.push_back(keep[(m * (keep.size() - 1)) / (maxPoints - 1)]);
        keep.swap(thin);
    }
    DetPlot p;
    const auto clipProbit = [](double x) { return probit(std::clamp(x, 1e-6, 1.0 - 1e-6)); };
    for (std::size_t i : keep) {
        p.pmiss.push_back(c.pmiss[i]);
        p.pfa.push_back(c.pfa[i]);
        p.probitPmiss.push_back(clipProbit(c.pmiss[i]));
        p.probitPfa.push_back(clipProbit(c.pfa[i]));
    }
    return p;
}

DcfResult actualDcf(const std::vector<double> &targets, const std::vector<double> &nontargets,
                    double threshold, const DcfParams &params)
{
    checkParams(params);
    SortedScores::check(targets, nontargets);
    std::size_t miss = 0, fa = 0;
    for (double t : targets)
        miss += t < threshold ? 1 : 0;
    for (double n : nontargets)
        fa += n >= threshold ? 1 : 0;
    DcfResult r;
    r.threshold = threshold;
    r.pmiss = double(miss) / double(targets.size());
    r.pfa = double(fa) / double(nontargets.size());
    r.dcf = (params.pTarget * params.cMiss * r.pmiss + (1.0 - params.pTarget) * params.cFa * r.pfa)
            / params.defaultCost();
    return r;
}

DcfResult actualDcfLlr(const std::vector<double> &targetLlrs, const std::vector<double> &nontargetLlrs,
                       const DcfParams &params)
{
    checkParams(params);
    return actualDcf(targetLlrs, nontargetLlrs, params.bayesThreshold(), params);
}

PavBlocks pav(const std::vector<double> &y)
{
    // Blocks as (sum, count); merge while the previous block's mean >= the new one's (as BOSARIS pavx).
    std::vector<double> sum;
    std::vector<std::size_t> cnt;
    for (double v : y) {
        sum.push_back(v);
        cnt.push_back(1);
        while (sum.size() >= 2) {
            const std::size_t b = sum.size() - 1;
            if (sum[b - 1] / double(cnt[b - 1]) < sum[b] / double(cnt[b]))
                break;
            sum[b - 1] += sum[b];
            cnt[b - 1] += cnt[b];
            sum.pop_back();
            cnt.pop_back();
        }
    }
    PavBlocks r;
    for (std::size_t b = 0; b < sum.size(); ++b) {
        r.value.push_back(sum[b] / double(cnt[b]));
        r.width.push_back(cnt[b]);
    }
    return r;
}

namespace {

Rocch rocchOf(const SortedScores &s)
{
    DetWalk w(s.targets().size(), s.nontargets().size(), {}, DetWalk::Hull);
    forEachRun(s.targets(), s.nontargets(), w);
    return w.rocch();
}

} // namespace

Rocch computeRocch(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    return rocchOf(SortedScores(targets, nontargets));
}

double rocchEer(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    return rocchEer(SortedScores(targets, nontargets));
}

double rocchEer(const SortedScores &s)
{
    DetWalk w(s.targets().size(), s.nontargets().size(), {}, DetWalk::Hull);
    forEachRun(s.targets(), s.nontargets(), w);
    return w.rocchEer();
}

double softplus(double x)
{
    if (std::isinf(x))
        return x > 0 ? x : 0.0;
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

double cllr(const std::vector<double> &targetLlrs, const std::vector<double> &nontargetLlrs)
{
    SortedScores::check(targetLlrs, nontargetLlrs);
    double ct = 0, cn = 0;
    for (double t : targetLlrs)
        ct += softplus(-t);
    for (double n : nontargetLlrs)
        cn += softplus(n);
    ct /= double(targetLlrs.size());
    cn /= double(nontargetLlrs.size());
    return (ct + cn) / (2.0 * std::log(2.0));
}

double minCllr(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    return minCllr(SortedScores(targets, nontargets));
}

double minCllr(const SortedScores &s)
{
    DetWalk w(s.targets().size(), s.nontargets().size(), {}, DetWalk::Hull);
    forEachRun(s.targets(), s.nontargets(), w);
    return w.minCllr();
}

double auroc(const std::vector<double> &positives, const std::vector<double> &negatives)
{
    const SortedScores s(positives, negatives);
    const auto &p = s.targets();
    const auto &n = s.nontargets();
    // For each distinct positive value v: (#negatives < v) + 0.5 (#negatives == v), times (#positives == v).
    double u = 0;
    std::size_t below = 0, i = 0;
    while (i < p.size()) {
        const double v = p[i];
        std::size_t cp = 0;
        while (i < p.size() && p[i] == v) {
            ++cp;
            ++i;
        }
        while (below < n.size() && n[below] < v)
            ++below;
        std::size_t eq = below;
        while (eq < n.size() && n[eq] == v)
            ++eq;
        u += double(cp) * (double(below) + 0.5 * double(eq - below));
    }
    return u / (double(p.size()) * double(n.size()));
}

OodResult computeOod(const std::vector<double> &inDistribution, const std::vector<double> &outOfDistribution,
                     bool higherIsPositive)
{
    std::vector<double> pos = inDistribution, neg = outOfDistribution;
    if (!higherIsPositive) {
        for (double &v : pos)
            v = -v;
        for (double &v : neg)
            v = -v;
    }
    OodResult r;
    r.auroc = auroc(pos, neg);
    r.eer = computeEer(pos, neg).eer;
    std::sort(pos.begin(), pos.end(), std::greater<double>());
    // m = ceil(0.95 Np) in integers, so that no rounding of 0.95 * Np moves the cut.
    const std::size_t m = (95 * pos.size() + 99) / 100;
    const double t = pos[std::max<std::size_t>(m, 1) - 1];
    std::size_t fp = 0;
    for (double v : neg)
        fp += v >= t ? 1 : 0;
    r.thresholdAt95Tpr = t;
    r.fprAt95Tpr = double(fp) / double(neg.size());
    return r;
}

double probit(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    // P. J. Acklam's rational approximation (|relative error| < 1.15e-9) ...
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double pLow = 0.02425, pHigh = 1.0 - pLow;
    double x;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= pHigh) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // ... refined by one step of Halley's method on Phi(x) - p, with Phi from erfc (full double precision).
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2.0 * M_PI) * std::exp(x * x / 2.0);
    x = x - u / (1.0 + x * u / 2.0);
    return x;
}

} // namespace st
