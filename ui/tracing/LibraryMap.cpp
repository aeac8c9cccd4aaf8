#include "tracing/LibraryMap.h"

#include "library/FingerprintLibrary.h"

#include <QSet>

namespace st {

LibraryMap LibraryMap::build(const FingerprintLibrary &lib, int maxPerLevel)
{
    LibraryMap map;
    struct Pending
    {
        SourceLevel level;
        QString source;
        bool fingerprint;
        std::vector<float> v;
    };
    std::vector<Pending> pending;
    std::vector<std::vector<float>> distinct;
    QSet<QString> seen;
    for (SourceLevel level : allSourceLevels()) {
        std::vector<Pending> enrol;
        for (const SourceInfo &s : lib.sources(level)) {
            pending.push_back({level, s.name, true, lib.fingerprint(level, s.name)});
            for (EnrolmentRecord &e : lib.enrolments(level, s.name)) {
                if (!seen.contains(e.sha256)) {
                    seen.insert(e.sha256);
                    distinct.push_back(e.embedding);
                }
                enrol.push_back({level, s.name, false, std::move(e.embedding)});
            }
        }
        const std::size_t n = enrol.size();
        const std::size_t keep = std::min<std::size_t>(n, std::size_t(std::max(0, maxPerLevel)));
        for (std::size_t k = 0; k < keep; ++k)
            pending.push_back(std::move(enrol[k * n / keep]));
        map.leftOut += int(n - keep);
    }
    if (distinct.empty())
        return map;
    const int dim = int(distinct.front().size());
    auto pca = std::make_shared<Pca>(Pca::fit(distinct, std::min(2, dim)));
    map.distinctEmbeddings = int(distinct.size());
    map.points.reserve(pending.size());
    for (const Pending &p : pending) {
        const std::vector<double> xy = pca->project(p.v);
        map.points.push_back({xy[0], xy.size() > 1 ? xy[1] : 0.0, p.level, p.source, p.fingerprint});
    }
    map.pca = pca;
    return map;
}

} // namespace st
