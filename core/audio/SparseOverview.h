#pragma once
// A fast first look at a long recording: min/max of short probes read at evenly spaced points, one
// per overview column, for the viewer to draw (marked as provisional) while the PeakPyramid is still
// filling. Probes cost one seek and one short decode each, so the time does not grow with the file's
// length; the exact overview replaces it when PeakPyramid::readyFrames() reaches the end.
#include "audio/PeakPyramid.h"

#include <functional>
#include <vector>

namespace st {

class AudioFile;

/// Returns `columns` entries; column c probes `probeFrames` frames centred in the c-th of `columns`
/// equal spans of the file. An approximation: a peak between probes is missed. Throws st::Error like
/// AudioFile::readFrames. `progress(columnsDone)` may return false to stop early (the rest stay 0).
std::vector<MinMax> sparseOverview(const AudioFile &file, int channel, int columns, int probeFrames = 256,
                                   const std::function<bool(int)> &progress = {});

} // namespace st
