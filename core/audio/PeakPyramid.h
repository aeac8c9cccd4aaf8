#pragma once
// A multi-resolution min/max summary of one channel (or the mix-down) of an AudioFile, so that any
// zoom level draws from O(pixels) data. Level 0 summarises blocks of `baseBlock` frames, each further
// level merges `factor` blocks of the previous one. Built in the background, block by block; the
// waveform view draws whatever is ready and asks for raw frames when zoomed in beyond level 0.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace st {

class AudioFile;

struct MinMax
{
    float min = 0.f;
    float max = 0.f;
};

class PeakPyramid
{
public:
    PeakPyramid(int64_t frames, int baseBlock = 256, int factor = 8);

    int baseBlock() const { return m_baseBlock; }
    int factor() const { return m_factor; }
    int levels() const;
    int64_t frames() const { return m_frames; }
    /// Block size in frames at `level`.
    int64_t blockSize(int level) const;

    /// Fills the pyramid from `file` (channel or MixDown), decoding chunks in order. `progress`
    /// receives the fraction done and the number of frames now summarised; it returns false to cancel.
    void build(const AudioFile &file, int channel,
               const std::function<bool(double fraction, int64_t framesDone)> &progress = {});
    /// Fills from samples in memory (tests, small clips).
    void buildFromSamples(const float *samples, int64_t n);
    /// Summarises the next `n` frames (those that follow readyFrames()); `build` and
    /// `buildFromSamples` are loops over this. One writer at a time; readers may query meanwhile.
    void appendSamples(const float *samples, int64_t n);

    /// Frames summarised so far (the pyramid is valid for [0, readyFrames()); thread-safe).
    int64_t readyFrames() const { return m_ready.load(); }

    /// Min/max of frames [start, end), computed from the coarsest level whose blocks fit (exact at block
    /// boundaries; partial blocks at the ends use the next finer level, down to level 0 blocks).
    /// Returns false if that range is not summarised yet. Frames of partial level-0 blocks at the ends
    /// are covered by the enclosing block (so the result may be slightly wider than exact; the view only
    /// uses this when a pixel spans at least one block).
    bool query(int64_t start, int64_t end, MinMax &out) const;

    /// Direct access to one level (for tests).
    std::vector<MinMax> level(int level) const;

private:
    int64_t m_frames;
    int m_baseBlock;
    int m_factor;
    std::vector<std::vector<MinMax>> m_levels;
    std::atomic<int64_t> m_ready{0};
    mutable std::mutex m_mutex;
};

} // namespace st
