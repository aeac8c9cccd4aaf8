// bench-links: st_eval
// EER + minDCF over 10 million scores (5M target ~ N(1,1), 5M non-target ~ N(0,1)) on one core: prints the
// median wall time of a few runs of st::computeEerDcf (one radix sort per list + one merged walk), and, for
// comparison, of the same work with std::stable_sort of (score, label) pairs.
// Usage: bench_eer [runs=5] [scores per class=5000000]
#include "eval/Metrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <random>
#include <vector>

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const std::size_t n = argc > 2 ? std::size_t(std::atoll(argv[2])) : 5000000;
    std::mt19937_64 rng(2024);
    std::normal_distribution<double> gt(1.0, 1.0), gn(0.0, 1.0);
    std::vector<double> tar(n), non(n);
    for (auto &x : tar)
        x = gt(rng);
    for (auto &x : non)
        x = gn(rng);

    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> times, cpu;
    st::EerDcf r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t c0 = std::clock();
        r = st::computeEerDcf(tar, non);
        cpu.push_back(double(std::clock() - c0) / CLOCKS_PER_SEC);
        times.push_back(t.nsecsElapsed() / 1e9);
    }
    // CPU time is reported beside wall time: on a shared machine the wall time includes waiting for a core.
    std::printf("computeEerDcf: %zu + %zu scores, median of %d runs: %.3f s wall, %.3f s CPU  (EER %.4f %%, "
                "thr %.4f, minDCF(p=0.05) %.4f)\n",
                n, n, runs, median(times), median(cpu), r.eer.eer * 100, r.eer.threshold, r.minDcf.dcf);

    // Baseline: the straightforward stable sort of pairs (what a direct port of the numpy code does).
    std::vector<double> base;
    for (int i = 0; i < std::min(runs, 3); ++i) {
        QElapsedTimer t;
        t.start();
        std::vector<std::pair<double, int>> all;
        all.reserve(2 * n);
        for (double s : tar)
            all.push_back({s, 1});
        for (double s : non)
            all.push_back({s, 0});
        std::stable_sort(all.begin(), all.end(), [](auto a, auto b) { return a.first < b.first; });
        double k = 0, best = 1e300, eer = 0;
        for (std::size_t j = 0; j <= all.size(); ++j) {
            if (j > 0)
                k += all[j - 1].second;
            const double frr = k / double(n), far = (double(n) - (double(j) - k)) / double(n);
            if (std::abs(frr - far) < best) {
                best = std::abs(frr - far);
                eer = (frr + far) / 2;
            }
        }
        base.push_back(t.nsecsElapsed() / 1e9);
        if (eer != r.eer.eer)
            std::printf("MISMATCH: baseline EER %.17g vs %.17g\n", eer, r.eer.eer);
    }
    std::printf("stable_sort baseline (EER only): median of %zu runs: %.3f s\n", base.size(), median(base));
    return 0;
}
