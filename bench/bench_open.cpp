// bench_open: how fast a long recording becomes visible, and at what memory cost.
//
// Writes a 1-hour 16 kHz mono 16-bit WAV (115.2 MB of PCM) to a temporary folder, then measures
//   (a) open to header: st::AudioFile's constructor (no decoding);
//   (b) first waveform view: the time until a 1920-pixel overview of the WHOLE file can be drawn.
//       The viewer draws the overview from the peak pyramid as it fills, so this is the time until
//       the pyramid covers the whole file (PeakPyramid::build, chunked decoding) plus one query per
//       pixel. Also reported: the time until the first screenful (first 1920 pixel columns at level 0
//       resolution) is ready, which is what a viewer that starts zoomed in would wait for;
//   (c) peak resident memory (VmHWM from /proc/self/status) against the PCM size;
//   and, for reference, SHA-256 of the file (not part of the first view: hashing runs as its own job).
// Each measurement is taken with the file evicted from the page cache (posix_fadvise DONTNEED, a
// "cold" open as for evidence just copied in) and again warm. Prints the figures; no pass/fail.
//
// Usage: bench_open [minutes=60] [folder=system temp]
#include "audio/AudioFile.h"
#include "audio/PeakPyramid.h"
#include "audio/SparseOverview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "BenchSupport.h"

#include <sndfile.h>

#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using stbench::evictFromPageCache;
using stbench::statusKb;
using stbench::writeLongWav;

struct Figures
{
    double openMs = 0;
    double sparseMs = 0;
    double firstScreenMs = 0;
    double fullPyramidMs = 0;
    double overviewQueryMs = 0;
    double hashMs = 0;
};

Figures measure(const QString &path, bool cold)
{
    Figures r;
    if (cold)
        evictFromPageCache(path);
    QElapsedTimer t;
    t.start();
    st::AudioFile file(path);
    r.openMs = t.nsecsElapsed() / 1e6;

    const int pixels = 1920;
    // The provisional overview: one 256-frame probe per column.
    const std::vector<st::MinMax> sketch = st::sparseOverview(file, st::MixDown, pixels, 256);
    r.sparseMs = t.nsecsElapsed() / 1e6;
    if (int(sketch.size()) != pixels)
        std::fprintf(stderr, "bench_open: sparse overview has %zu columns\n", sketch.size());
    if (cold)
        evictFromPageCache(path); // the exact pass below starts cold again
    t.restart();
    st::PeakPyramid pyramid(file.info().frames, 256, 8);
    const int64_t firstScreenFrames = int64_t(pixels) * pyramid.baseBlock();
    bool firstScreenSeen = false;
    pyramid.build(file, st::MixDown, [&](double, int64_t done) {
        if (!firstScreenSeen && done >= firstScreenFrames) {
            firstScreenSeen = true;
            r.firstScreenMs = r.openMs + t.nsecsElapsed() / 1e6;
        }
        return true;
    });
    r.fullPyramidMs = r.openMs + t.nsecsElapsed() / 1e6;

    // Draw the overview: one min/max per pixel column over the whole file.
    const int64_t frames = file.info().frames;
    int drawn = 0;
    for (int x = 0; x < pixels; ++x) {
        st::MinMax m;
        if (pyramid.query(frames * x / pixels, frames * (x + 1) / pixels, m))
            ++drawn;
    }
    r.overviewQueryMs = r.openMs + t.nsecsElapsed() / 1e6 - r.fullPyramidMs;
    if (drawn != pixels)
        std::fprintf(stderr, "bench_open: only %d of %d columns drawable\n", drawn, pixels);

    if (cold)
        evictFromPageCache(path);
    QElapsedTimer h;
    h.start();
    const QString digest = st::sha256OfFile(path);
    r.hashMs = h.nsecsElapsed() / 1e6;
    if (digest.size() != 64)
        std::fprintf(stderr, "bench_open: hashing failed\n");
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    const int rate = 16000;
    const int64_t frames = int64_t(minutes) * 60 * rate;
    const double pcmMb = double(frames) * 2 / 1e6;

    QTemporaryDir dir(folder + QStringLiteral("/bench_open-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_open: cannot make a temporary folder in %s\n", qPrintable(folder));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("long.wav"));
    const long rssStartKb = statusKb("VmRSS");
    std::printf("bench_open: %d min, %d Hz mono PCM_16 WAV, %.1f MB of PCM, in %s\n", minutes, rate, pcmMb,
                qPrintable(dir.path()));
    QElapsedTimer w;
    w.start();
    if (!writeLongWav(path, rate, frames)) {
        std::fprintf(stderr, "bench_open: cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("  written in %.2f s (not part of any figure)\n", w.nsecsElapsed() / 1e9);
    const long hwmAfterWriteKb = statusKb("VmHWM");

    try {
        for (bool cold : {true, false}) {
            const Figures f = measure(path, cold);
            std::printf("  %s page cache:\n", cold ? "cold" : "warm");
            std::printf("    (a) open to header              %9.2f ms\n", f.openMs);
            std::printf("        provisional overview        %9.2f ms  (open + 1920 probes of 256 frames)\n",
                        f.sparseMs);
            std::printf("        first screen (1920 px x 256) %8.2f ms\n", f.firstScreenMs);
            std::printf("    (b) pyramid covers whole file   %9.2f ms  (open + build: the exact overview)\n",
                        f.fullPyramidMs);
            std::printf("        1920-column overview query  %9.3f ms\n", f.overviewQueryMs);
            std::printf("        SHA-256 of the file         %9.2f ms  (own job, not in the view)\n", f.hashMs);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_open: %s\n", e.what());
        return 1;
    }
    const long hwmKb = statusKb("VmHWM");
    std::printf("  (c) peak RSS (VmHWM) %.1f MB; at start %.1f MB, after writing %.1f MB; "
                "PCM size %.1f MB -> %.2fx PCM (delta over start %.1f MB, %.3fx PCM)\n",
                hwmKb * 1.024e-3, rssStartKb * 1.024e-3, hwmAfterWriteKb * 1.024e-3, pcmMb, hwmKb * 1.024e-3 / pcmMb,
                (hwmKb - rssStartKb) * 1.024e-3, (hwmKb - rssStartKb) * 1.024e-3 / pcmMb);
    std::printf("  targets: first waveform view < 500 ms, memory < 2x PCM\n");
    return 0;
}
