#include "eval/LinearCalibration.h"

#include "eval/Metrics.h"
#include "eval/SortedScores.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LinearCalibration)
};
} // namespace

namespace {

double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

struct Objective
{
    const std::vector<double> &tar, &non;
    double wt, wn, offset, ridge;

    double value(double a, double b) const
    {
        double ct = 0, cn = 0;
        for (double s : tar)
            ct += softplus(-(a * s + b + offset));
        for (double s : non)
            cn += softplus(a * s + b + offset);
        return wt * ct + wn * cn + ridge * (a * a + b * b);
    }
    /// Gradient g and Hessian H (symmetric 2x2: h00, h01, h11).
    void derivatives(double a, double b, double g[2], double h[3]) const
    {
        g[0] = g[1] = h[0] = h[1] = h[2] = 0;
        const auto add = [&](double s, double w, double dz, double curv) {
            g[0] += w * dz * s;
            g[1] += w * dz;
            h[0] += w * curv * s * s;
            h[1] += w * curv * s;
            h[2] += w * curv;
        };
        for (double s : tar) {
            const double z = a * s + b + offset;
            const double p = sigmoid(z);
            add(s, wt, p - 1.0, p * (1.0 - p)); // d/dz softplus(-z) = sigmoid(z) - 1
        }
        for (double s : non) {
            const double z = a * s + b + offset;
            const double p = sigmoid(z);
            add(s, wn, p, p * (1.0 - p));
        }
        g[0] += 2 * ridge * a;
        g[1] += 2 * ridge * b;
        h[0] += 2 * ridge;
        h[2] += 2 * ridge;
    }
};

} // namespace

LinearCalibration LinearCalibration::train(const std::vector<double> &targets,
                                           const std::vector<double> &nontargets, double pTarget)
{
    SortedScores::check(targets, nontargets);
    // An infinite score has no place on a linear scale: it would make the mean and sd infinite and every
    // standardised score NaN, i.e. a calibration of garbage with no error.
    for (const auto &[list, name] : {std::pair{&targets, "target"}, std::pair{&nontargets, "non-target"}})
        for (std::size_t i = 0; i < list->size(); ++i)
            if (!std::isfinite((*list)[i]))
                throw Error((std::strcmp(name, "target") == 0
                                 ? Text::tr("calibration needs finite scores: target score %1 is %2")
                                 : Text::tr("calibration needs finite scores: non-target score %1 is %2"))
                                .arg(i)
                                .arg((*list)[i] > 0 ? QStringLiteral("+inf") : QStringLiteral("-inf")));
    if (!(pTarget > 0.0 && pTarget < 1.0))
        throw Error(Text::tr("calibration prior must lie strictly between 0 and 1, not %1").arg(pTarget));
    // Work on standardised scores (mean 0, sd 1 over both lists) for a well-conditioned Hessian.
    double mean = 0, sq = 0;
    const double n = double(targets.size() + nontargets.size());
    for (double s : targets)
        mean += s;
    for (double s : nontargets)
        mean += s;
    mean /= n;
    for (double s : targets)
        sq += (s - mean) * (s - mean);
    for (double s : nontargets)
        sq += (s - mean) * (s - mean);
    double sd = std::sqrt(sq / n);
    if (!(sd > 0) || !std::isfinite(sd))
        sd = 1.0;
    std::vector<double> tar(targets.size()), non(nontargets.size());
    for (std::size_t i = 0; i < tar.size(); ++i)
        tar[i] = (targets[i] - mean) / sd;
    for (std::size_t i = 0; i < non.size(); ++i)
        non[i] = (nontargets[i] - mean) / sd;

    double minT = tar[0], maxN = non[0];
    for (double s : tar)
        minT = std::min(minT, s);
    for (double s : non)
        maxN = std::max(maxN, s);

    LinearCalibration c;
    c.pTarget = pTarget;
    c.separable = minT > maxN;
    // Overlapping data has a finite optimum: no ridge, the exact BOSARIS objective. Separable data has none.
    const Objective obj{tar, non, pTarget / double(tar.size()), (1.0 - pTarget) / double(non.size()),
                        std::log(pTarget / (1.0 - pTarget)), c.separable ? 1e-6 : 0.0};
    double a = 1.0, b = 0.0, f = obj.value(a, b);
    for (int it = 1; it <= 100; ++it) {
        double g[2], h[3];
        obj.derivatives(a, b, g, h);
        const double det = h[0] * h[2] - h[1] * h[1];
        double da, db;
        if (det > 1e-300) {
            da = -(h[2] * g[0] - h[1] * g[1]) / det;
            db = -(-h[1] * g[0] + h[0] * g[1]) / det;
        } else {
            da = -g[0];
            db = -g[1];
        }
        double step = 1.0, fNew = obj.value(a + da, b + db);
        while (fNew > f && step > 1e-12) {
            step /= 2;
            fNew = obj.value(a + step * da, b + step * db);
        }
        a += step * da;
        b += step * db;
        c.iterations = it;
        const bool small = std::fabs(f - fNew) <= 1e-14 * std::max(1.0, std::fabs(f))
                           && std::fabs(step * da) + std::fabs(step * db) < 1e-10;
        f = fNew;
        if (small) {
            c.converged = true;
            break;
        }
    }
    // Back to raw scores: a (s - mean)/sd + b.
    c.a = a / sd;
    c.b = b - a * mean / sd;
    return c;
}

std::vector<double> LinearCalibration::apply(const std::vector<double> &scores) const
{
    std::vector<double> r(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i)
        r[i] = apply(scores[i]);
    return r;
}

CalibrationReport calibrateAndEvaluate(const std::vector<double> &devTargets,
                                       const std::vector<double> &devNontargets,
                                       const std::vector<double> &evalTargets,
                                       const std::vector<double> &evalNontargets, double pTarget)
{
    CalibrationReport r;
    r.calibration = LinearCalibration::train(devTargets, devNontargets, pTarget);
    r.devCllrRaw = cllr(devTargets, devNontargets);
    r.devCllrCalibrated = cllr(r.calibration.apply(devTargets), r.calibration.apply(devNontargets));
    r.evalCllrRaw = cllr(evalTargets, evalNontargets);
    r.evalCllrCalibrated = cllr(r.calibration.apply(evalTargets), r.calibration.apply(evalNontargets));
    r.evalMinCllr = minCllr(evalTargets, evalNontargets);
    return r;
}

QString verbalEquivalent(double lr)
{
    if (std::isnan(lr) || lr < 0)
        return QStringLiteral("undefined (likelihood ratio %1)").arg(lr);
    if (lr == 1.0)
        return QStringLiteral("no support for either proposition");
    const bool forAlternative = lr < 1.0;
    const double v = forAlternative ? 1.0 / lr : lr;
    QString strength;
    if (v < 10)
        strength = QStringLiteral("weak");
    else if (v < 100)
        strength = QStringLiteral("moderate");
    else if (v < 1000)
        strength = QStringLiteral("moderately strong");
    else if (v < 1e4)
        strength = QStringLiteral("strong");
    else if (v < 1e6)
        strength = QStringLiteral("very strong");
    else
        strength = QStringLiteral("extremely strong");
    return forAlternative ? strength + QStringLiteral(" support for the alternative proposition")
                          : strength + QStringLiteral(" support for the proposition");
}

QString verbalEquivalentForLlr(double llr)
{
    if (std::isnan(llr))
        return verbalEquivalent(llr);
    return verbalEquivalent(std::exp(llr));
}

} // namespace st
