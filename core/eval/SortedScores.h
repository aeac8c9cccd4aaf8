#pragma once
// Target and non-target scores, each sorted ascending, checked on the way in (non-empty, no NaN). Sorting is
// an LSD radix sort on the IEEE-754 bit patterns (4 passes of 16 bits, passes skipped where all keys share
// the digit), so that 10 million scores sort in a fraction of a second on one core. -0.0 is stored as +0.0,
// so that it ties with +0.0 as it does under a comparison sort.
#include <vector>

namespace st {

class SortedScores
{
public:
    /// Throws st::Error when either list is empty or holds a NaN (the message says which list and where).
    SortedScores(const std::vector<double> &targets, const std::vector<double> &nontargets);

    const std::vector<double> &targets() const { return m_tar; }
    const std::vector<double> &nontargets() const { return m_non; }

    /// The same checks without sorting.
    static void check(const std::vector<double> &targets, const std::vector<double> &nontargets);
    /// Sorts ascending in place (radix sort; NaN must not occur).
    static void sortAscending(std::vector<double> &v);

private:
    std::vector<double> m_tar, m_non;
};

} // namespace st
