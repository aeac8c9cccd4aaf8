#pragma once
// A two-dimensional map of a library: its fingerprints and enrolment embeddings projected on the
// first two principal axes (core/library/Pca) of the library's distinct enrolment embeddings. Built
// off the GUI thread (LibraryMap::build opens its own connection); drawn by EmbeddingMapView.
#include "library/Pca.h"
#include "library/SourceLevel.h"

#include <QString>
#include <memory>
#include <vector>

namespace st {

class FingerprintLibrary;

struct MapPoint
{
    double x = 0, y = 0;
    SourceLevel level = SourceLevel::Attack;
    QString source;
    bool fingerprint = false; ///< the source's mean; otherwise one enrolment embedding
};

struct LibraryMap
{
    std::vector<MapPoint> points;
    std::shared_ptr<const Pca> pca; ///< null when the library is empty
    int distinctEmbeddings = 0;     ///< rows the axes were fitted on
    int leftOut = 0;                ///< enrolment points not drawn (more than maxPerLevel)

    /// Reads every source of `lib`. At most `maxPerLevel` enrolment points per level are kept (evenly
    /// spaced); the axes are always fitted on all distinct embeddings.
    static LibraryMap build(const FingerprintLibrary &lib, int maxPerLevel = 4000);
};

} // namespace st
