#include "audio/Resampler.h"

#include "util/Error.h"

#include <soxr.h>

#include <cmath>

namespace st {

std::vector<float> resample(const std::vector<float> &in, int fromRate, int toRate)
{
    if (fromRate <= 0 || toRate <= 0)
        throw Error(QStringLiteral("cannot resample from %1 Hz to %2 Hz: rates must be positive")
                        .arg(fromRate)
                        .arg(toRate));
    if (fromRate == toRate || in.empty())
        return fromRate == toRate ? in : std::vector<float>{};
    const double ratio = double(toRate) / double(fromRate);
    const size_t outLen = size_t(std::llround(double(in.size()) * ratio));
    std::vector<float> out(outLen);
    if (outLen == 0)
        return out;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
    size_t done = 0;
    const soxr_error_t e = soxr_oneshot(double(fromRate), double(toRate), 1, in.data(), in.size(),
                                        nullptr, out.data(), outLen, &done, &io, &q, nullptr);
    if (e)
        throw Error(QStringLiteral("resampling from %1 Hz to %2 Hz failed (libsoxr: %3)")
                        .arg(fromRate)
                        .arg(toRate)
                        .arg(QString::fromUtf8(e)));
    out.resize(done);
    return out;
}

} // namespace st
