#include "explain/Quadrature.h"

#include "util/Error.h"

#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Quadrature) };
} // namespace

namespace st {

QString integrationRuleName(IntegrationRule r)
{
    return r == IntegrationRule::Trapezoid ? QStringLiteral("trapezoid") : QStringLiteral("gauss");
}

bool integrationRuleFromName(const QString &name, IntegrationRule &r)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("trapezoid") || n == QLatin1String("riemann_trapezoid")) {
        r = IntegrationRule::Trapezoid;
        return true;
    }
    if (n == QLatin1String("gauss") || n == QLatin1String("gausslegendre") || n == QLatin1String("gauss-legendre")) {
        r = IntegrationRule::GaussLegendre;
        return true;
    }
    return false;
}

QuadratureNodes gaussLegendre(int n)
{
    QuadratureNodes q;
    if (n < 1)
        throw Error(Text::tr("Gauss-Legendre needs at least 1 node (got %1)").arg(n));
    q.alphas.resize(size_t(n));
    q.weights.resize(size_t(n));
    // Roots are symmetric: find the upper half by Newton from the Tricomi-like guess, mirror the rest.
    for (int i = 0; i < (n + 1) / 2; ++i) {
        double x = std::cos(M_PI * (i + 0.75) / (n + 0.5));
        double dp = 1.0;
        for (int iter = 0; iter < 100; ++iter) {
            double p0 = 1.0, p1 = x;
            for (int k = 2; k <= n; ++k) {
                const double pk = ((2.0 * k - 1.0) * x * p1 - (k - 1.0) * p0) / k;
                p0 = p1;
                p1 = pk;
            }
            const double pn = n == 1 ? x : p1;
            const double pnm1 = n == 1 ? 1.0 : p0;
            dp = n * (x * pn - pnm1) / (x * x - 1.0);
            const double dx = pn / dp;
            x -= dx;
            if (std::abs(dx) < 1e-16)
                break;
        }
        // Final derivative at the converged root.
        double p0 = 1.0, p1 = x;
        for (int k = 2; k <= n; ++k) {
            const double pk = ((2.0 * k - 1.0) * x * p1 - (k - 1.0) * p0) / k;
            p0 = p1;
            p1 = pk;
        }
        const double pn = n == 1 ? x : p1;
        const double pnm1 = n == 1 ? 1.0 : p0;
        dp = n * (x * pn - pnm1) / (x * x - 1.0);
        const double w = 2.0 / ((1.0 - x * x) * dp * dp);
        q.alphas[size_t(n - 1 - i)] = x;
        q.alphas[size_t(i)] = -x;
        q.weights[size_t(n - 1 - i)] = w;
        q.weights[size_t(i)] = w;
    }
    if (n % 2 == 1)
        q.alphas[size_t(n / 2)] = 0.0;
    return q;
}

QuadratureNodes quadratureOnUnitInterval(IntegrationRule rule, int m)
{
    QuadratureNodes q;
    if (rule == IntegrationRule::Trapezoid) {
        if (m < 2)
            throw Error(Text::tr("the trapezoidal rule needs at least 2 steps (got %1)").arg(m));
        const double h = 1.0 / (m - 1);
        for (int k = 0; k < m; ++k) {
            q.alphas.push_back(k == m - 1 ? 1.0 : k * h);
            q.weights.push_back((k == 0 || k == m - 1) ? 0.5 * h : h);
        }
        return q;
    }
    if (m < 1)
        throw Error(Text::tr("Gauss-Legendre needs at least 1 step (got %1)").arg(m));
    q = gaussLegendre(m);
    for (size_t k = 0; k < q.alphas.size(); ++k) {
        q.alphas[k] = 0.5 * (q.alphas[k] + 1.0);
        q.weights[k] *= 0.5;
    }
    return q;
}

} // namespace st
