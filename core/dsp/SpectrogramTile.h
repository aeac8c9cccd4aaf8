#pragma once
// One block of a spectrogram as computed by SpectrogramTiles: `frames` consecutive analysis frames of
// one level of detail, each with `bins` power values in dB re full scale (see Spectrogram.h).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace st {

struct SpectrogramTile
{
    int level = 0;          ///< level of detail: frames are params.hop << level samples apart
    int64_t index = 0;      ///< tile number within its level
    int64_t firstFrame = 0; ///< first frame, counted in frames of this level (= index * framesPerTile)
    int frames = 0;         ///< frames in this tile (the last tile of a level may be short)
    int bins = 0;           ///< values per frame (params.bins())
    int64_t hop = 0;        ///< samples between this tile's frames (params.hop << level)
    std::vector<float> db;  ///< frames x bins, row-major (frame-major)

    float at(int frame, int bin) const { return db[size_t(frame) * size_t(bins) + size_t(bin)]; }
    /// The level-0 frame that frame `frame` of this tile is (the same window, the same values).
    int64_t levelZeroFrame(int frame) const { return (firstFrame + frame) << level; }
    size_t bytes() const { return sizeof(SpectrogramTile) + db.capacity() * sizeof(float); }
};

} // namespace st
