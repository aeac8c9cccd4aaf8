#include "dsp/SampleSource.h"

#include "audio/AudioFile.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::SampleSource)
};
} // namespace

void SampleSource::readPadded(int64_t start, int64_t count, std::vector<float> &out) const
{
    out.assign(size_t(std::max<int64_t>(count, 0)), 0.0f);
    const int64_t a = std::max<int64_t>(start, 0);
    const int64_t b = std::min<int64_t>(start + count, frames);
    if (b <= a)
        return;
    const std::vector<float> got = read(a, b - a);
    const size_t n = std::min<size_t>(got.size(), size_t(b - a));
    if (n > 0)
        std::memcpy(out.data() + (a - start), got.data(), n * sizeof(float));
}

SampleSource SampleSource::fromAudioFile(std::shared_ptr<const AudioFile> file, int channel)
{
    if (!file)
        throw Error(QStringLiteral("SampleSource::fromAudioFile: no file"));
    const AudioInfo &info = file->info();
    if (channel >= info.channels)
        throw Error(info.path, Text::tr("channel %1 does not exist (the file has %2)")
                                   .arg(channel + 1)
                                   .arg(info.channels));
    SampleSource s;
    s.sampleRate = info.sampleRate;
    s.frames = info.frames;
    s.read = [file, channel](int64_t start, int64_t count) { return file->readFrames(start, count, channel); };
    return s;
}

SampleSource SampleSource::fromBuffer(std::shared_ptr<const std::vector<float>> samples, int sampleRate)
{
    if (!samples)
        throw Error(QStringLiteral("SampleSource::fromBuffer: no samples"));
    SampleSource s;
    s.sampleRate = sampleRate;
    s.frames = int64_t(samples->size());
    s.read = [samples](int64_t start, int64_t count) {
        const int64_t n = int64_t(samples->size());
        const int64_t a = std::clamp<int64_t>(start, 0, n);
        const int64_t b = std::clamp<int64_t>(start + count, a, n);
        return std::vector<float>(samples->begin() + a, samples->begin() + b);
    };
    return s;
}

} // namespace st
