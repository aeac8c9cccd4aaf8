#include "eval/SortedScores.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::SortedScores)
};
} // namespace

namespace {

void checkList(const std::vector<double> &v, bool targets)
{
    if (v.empty())
        throw Error(targets ? Text::tr("no target scores: a detection metric needs at least one target and one "
                                       "non-target score")
                            : Text::tr("no non-target scores: a detection metric needs at least one target and one "
                                       "non-target score"));
    for (std::size_t i = 0; i < v.size(); ++i)
        if (std::isnan(v[i]))
            throw Error((targets ? Text::tr("target score %1 (0-based) is NaN: remove or fix that trial")
                                 : Text::tr("non-target score %1 (0-based) is NaN: remove or fix that trial"))
                            .arg(i));
}

inline std::uint64_t toKey(double x)
{
    x += 0.0; // -0.0 -> +0.0
    std::uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return (u & 0x8000000000000000ULL) ? ~u : (u | 0x8000000000000000ULL);
}

inline double fromKey(std::uint64_t k)
{
    const std::uint64_t u = (k & 0x8000000000000000ULL) ? (k & ~0x8000000000000000ULL) : ~k;
    double x;
    std::memcpy(&x, &u, sizeof x);
    return x;
}

} // namespace

namespace {

/// Radix-sorts `in` ascending into `out` (which may be `in` itself).
void radixSortInto(const std::vector<double> &in, std::vector<double> &out)
{
    const std::size_t n = in.size();
    if (n < 512) {
        out = in;
        for (double &x : out)
            x += 0.0;
        std::sort(out.begin(), out.end());
        return;
    }
    std::vector<std::uint64_t> a(n), tmp(n);
    constexpr int kBits = 11, kBuckets = 1 << kBits, kPasses = (64 + kBits - 1) / kBits;
    std::vector<std::size_t> hist(std::size_t(kPasses) * kBuckets, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t k = toKey(in[i]);
        a[i] = k;
        for (int d = 0; d < kPasses; ++d)
            ++hist[std::size_t(d) * kBuckets + ((k >> (d * kBits)) & (kBuckets - 1))];
    }
    for (int d = 0; d < kPasses; ++d) {
        std::size_t *h = hist.data() + std::size_t(d) * kBuckets;
        if (h[(a[0] >> (d * kBits)) & (kBuckets - 1)] == n)
            continue; // every key has this digit: the pass would not move anything
        std::size_t sum = 0;
        for (int b = 0; b < kBuckets; ++b) {
            const std::size_t c = h[b];
            h[b] = sum;
            sum += c;
        }
        for (std::uint64_t k : a)
            tmp[h[(k >> (d * kBits)) & (kBuckets - 1)]++] = k;
        a.swap(tmp);
    }
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = fromKey(a[i]);
}

} // namespace

void SortedScores::sortAscending(std::vector<double> &v) { radixSortInto(v, v); }

void SortedScores::check(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    checkList(targets, true);
    checkList(nontargets, false);
}

SortedScores::SortedScores(const std::vector<double> &targets, const std::vector<double> &nontargets)
{
    check(targets, nontargets);
    radixSortInto(targets, m_tar);
    radixSortInto(nontargets, m_non);
}

} // namespace st
