#include "audio/SparseOverview.h"

#include "audio/AudioFile.h"

#include <algorithm>

namespace st {

std::vector<MinMax> sparseOverview(const AudioFile &file, int channel, int columns, int probeFrames,
                                   const std::function<bool(int)> &progress)
{
    std::vector<MinMax> out(size_t(std::max(columns, 0)));
    const int64_t frames = file.info().frames;
    if (columns <= 0 || frames <= 0)
        return out;
    probeFrames = std::max(probeFrames, 1);
    for (int c = 0; c < columns; ++c) {
        const int64_t s = frames * c / columns, e = frames * (c + 1) / columns;
        const int64_t n = std::min<int64_t>(probeFrames, std::max<int64_t>(e - s, 1));
        const int64_t start = std::clamp<int64_t>(s + (e - s - n) / 2, 0, frames - 1);
        const std::vector<float> x = file.readFrames(start, n, channel);
        if (!x.empty()) {
            const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
            out[size_t(c)] = MinMax{*lo, *hi};
        }
        if (progress && !progress(c + 1))
            break;
    }
    return out;
}

} // namespace st
