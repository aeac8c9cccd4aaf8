// Fuzz target: the evidence loader (AudioFile), as the GUI and the CLI use it: open, read the header,
// decode a few blocks (start, middle, end: seeks included), compute the levels, resample a short
// stretch. Any container libsndfile recognises can reach it, so the seeds cover WAV (PCM, float),
// FLAC, OGG/Vorbis, Opus and MP3.
#include "FuzzSupport.h"

#include "audio/AudioFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("input.audio"));
    stfuzz::expectCleanError([&] {
        st::AudioFile f(path);
        const st::AudioInfo &info = f.info();
        const int64_t n = info.frames;
        f.readFrames(0, 4096);
        f.readFrames(n / 2, 4096);
        f.readFrames(std::max<int64_t>(0, n - 4096), 4096);
        if (info.channels > 1)
            f.readFrames(0, 1024, info.channels - 1);
        if (n < 2000000)
            f.computeStats();
        if (n < 200000)
            f.readAll(st::MixDown, 16000);
    });
    return 0;
}
