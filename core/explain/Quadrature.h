#pragma once
// Quadrature rules for the path integral of Integrated Gradients: nodes alpha_k in [0, 1] and weights
// w_k with sum_k w_k g(alpha_k) ~ integral_0^1 g(alpha) d alpha.
#include <QString>
#include <vector>

namespace st {

enum class IntegrationRule
{
    Trapezoid,    ///< m equally spaced nodes 0, 1/(m-1), ..., 1 (both ends; exact for linear g)
    GaussLegendre ///< m Gauss-Legendre nodes mapped to (0, 1) (exact for polynomials of degree 2m-1)
};

/// "trapezoid" / "gauss".
QString integrationRuleName(IntegrationRule r);
/// Inverse of integrationRuleName() (also accepts "gausslegendre", "gauss-legendre", "riemann_trapezoid");
/// false when unknown.
bool integrationRuleFromName(const QString &name, IntegrationRule &r);

struct QuadratureNodes
{
    std::vector<double> alphas;
    std::vector<double> weights;
};

/// Gauss-Legendre nodes x_i (ascending) and weights on [-1, 1] for n >= 1 points, computed by Newton's
/// method on the Legendre polynomial P_n (three-term recurrence) to double precision.
QuadratureNodes gaussLegendre(int n);

/// The rule with m nodes on [0, 1] (trapezoid needs m >= 2, Gauss-Legendre m >= 1). Throws st::Error
/// for a smaller m.
QuadratureNodes quadratureOnUnitInterval(IntegrationRule rule, int m);

} // namespace st
