#pragma once
#include <vector>

namespace st {

/// Sample-rate conversion with libsoxr at high quality (SOXR_HQ), mono float.
/// Throws st::Error on invalid rates.
std::vector<float> resample(const std::vector<float> &in, int fromRate, int toRate);

} // namespace st
