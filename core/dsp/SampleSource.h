#pragma once
// Where the tile engine reads its mono samples from: an evidence file (one channel or the mix-down)
// or a buffer in memory. A plain value type; copies share the underlying file or buffer.
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace st {

class AudioFile;

struct SampleSource
{
    int sampleRate = 0;
    int64_t frames = 0; ///< samples per channel
    /// Returns the samples [start, start + count) clipped to [0, frames) (fewer, or none, at the
    /// edges). Must be safe to call from several threads at once. May throw st::Error.
    std::function<std::vector<float>(int64_t start, int64_t count)> read;

    bool isValid() const { return sampleRate > 0 && frames >= 0 && bool(read); }

    /// Exactly `count` samples from `start` (which may be negative or run past the end): the parts
    /// outside [0, frames) are zeros. Written into `out` (resized).
    void readPadded(int64_t start, int64_t count, std::vector<float> &out) const;

    /// One channel (>= 0) or the mix-down (st::MixDown = -1) of a file, decoded on demand.
    static SampleSource fromAudioFile(std::shared_ptr<const AudioFile> file, int channel);
    /// A mono buffer in memory.
    static SampleSource fromBuffer(std::shared_ptr<const std::vector<float>> samples, int sampleRate);
};

} // namespace st
