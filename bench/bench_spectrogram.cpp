// bench-links: st_dsp st_audio PkgConfig::SNDFILE
// Spectrogram figures (a harness that prints, not a test):
//  1. STFT throughput: 60 s of audio at FFT 1024 / hop 256, one thread (Stft::computeDb) and the tile
//     engine on all threads.
//  2. Time to the first spectrogram screen of a 1-hour 16 kHz WAV: open + the tiles covering a
//     1600-pixel view at the fit-all zoom (level of detail chosen by SpectrogramTiles), and the same
//     for a zoomed-in view (one frame per pixel) in the middle of the file.
// Usage: bench_spectrogram [--minutes M] [--keep DIR]   (M = length of the long file, default 60)
#include "audio/AudioFile.h"
#include "dsp/SpectrogramTiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <sndfile.h>

#include <cmath>
#include <cstdio>
#include <random>

using namespace st;

namespace {

std::vector<float> speechLike(int64_t n, int sr, unsigned seed)
{
    std::vector<float> x(static_cast<size_t>(n));
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 0.05f);
    for (int64_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double f0 = 120 + 40 * std::sin(2 * M_PI * 0.3 * t);
        x[size_t(i)] = float(0.3 * std::sin(2 * M_PI * f0 * t) + 0.1 * std::sin(2 * M_PI * 3 * f0 * t)) + g(rng);
    }
    return x;
}

bool writeWav(const QString &path, int64_t n, int sr)
{
    SF_INFO info{};
    info.samplerate = sr;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    if (!f)
        return false;
    const int64_t block = int64_t(sr) * 60;
    for (int64_t s = 0; s < n; s += block) {
        const int64_t m = std::min(block, n - s);
        const std::vector<float> x = speechLike(m, sr, unsigned(s / block));
        sf_writef_float(f, x.data(), m);
    }
    sf_close(f);
    return true;
}

void throughput(int sr)
{
    SpectrogramParams p;
    p.fftSize = 1024;
    p.hop = 256;
    const int64_t n = int64_t(sr) * 60;
    auto x = std::make_shared<std::vector<float>>(speechLike(n, sr, 1));
    const int64_t frames = p.frameCount(n);

    Stft stft(p, sr);
    QElapsedTimer t;
    t.start();
    const std::vector<float> db = stft.computeDb(x->data(), n, 0, frames);
    const double s1 = t.nsecsElapsed() / 1e9;
    std::printf("60 s at %d Hz, FFT 1024 / hop 256, Hann, linear: %lld frames x %d bins\n", sr,
                (long long)frames, p.bins());
    std::printf("  Stft::computeDb, 1 thread:            %7.3f s  (%9.0f frames/s, %6.0fx real time)\n", s1,
                frames / s1, 60.0 / s1);

    SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), p, 256);
    t.restart();
    tiles.request(0, frames - 1);
    tiles.waitForIdle();
    const double s2 = t.nsecsElapsed() / 1e9;
    std::printf("  SpectrogramTiles, %d threads, all tiles: %7.3f s  (%9.0f frames/s)\n",
                QThread::idealThreadCount(), s2, frames / s2);

    SpectrogramParams m = p;
    m.scale = FrequencyScale::Mel;
    m.melBands = 128;
    Stft mel(m, sr);
    t.restart();
    mel.computeDb(x->data(), n, 0, frames);
    const double s3 = t.nsecsElapsed() / 1e9;
    std::printf("  mel 128 bands, 1 thread:               %7.3f s  (%9.0f frames/s)\n", s3, frames / s3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double minutes = 60;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == "--minutes" && i + 1 < args.size())
            minutes = args[++i].toDouble();
        else if (args[i] == "--keep" && i + 1 < args.size())
            keep = args[++i];
    }
    std::printf("bench_spectrogram: %d hardware threads\n\n", QThread::idealThreadCount());
    throughput(16000);
    throughput(44100);

    const int sr = 16000;
    const int64_t n = int64_t(minutes * 60 * sr);
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString path = dir + QStringLiteral("/long.wav");
    QElapsedTimer t;
    t.start();
    if (!writeWav(path, n, sr)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("\n%.0f min 16 kHz PCM_16 WAV written in %.1f s (%s; it is in the page cache: warm figures)\n",
                minutes, t.nsecsElapsed() / 1e9, qPrintable(path));

    const int width = 1600;
    SpectrogramParams p; // Hann, 1024, 256, linear
    for (int run = 0; run < 2; ++run) {
        t.restart();
        auto file = std::make_shared<const AudioFile>(path);
        const double tOpen = t.nsecsElapsed() / 1e9;
        SpectrogramTiles tiles(file, MixDown, p, 256);
        const double spp = double(file->info().frames) / width;
        const int level = tiles.requestSamples(0, file->info().frames - 1, spp);
        tiles.waitForIdle();
        const double tFirst = t.nsecsElapsed() / 1e9;
        std::printf("first screen, fit-all (%d px, %.0f samples/px): open %.3f s, level %d (hop %lld = %.3f s), "
                    "%lld frames in %lld tiles, total %.3f s\n",
                    width, spp, tOpen, level, (long long)tiles.hopAt(level), tiles.hopAt(level) / double(sr),
                    (long long)tiles.frameCount(level), (long long)tiles.tilesComputed(), tFirst);

        // Zoomed in: one level-0 frame per pixel, in the middle of the file.
        t.restart();
        const int64_t mid = tiles.frameCount(0) / 2;
        tiles.request(mid, mid + width - 1);
        const int64_t before = tiles.tilesComputed();
        // Wait for the visible tiles only (neighbours keep computing in the background).
        const int64_t t0 = mid / 256, t1 = (mid + width - 1) / 256;
        for (;;) {
            bool all = true;
            for (int64_t i = t0; i <= t1 && all; ++i)
                all = bool(tiles.tile(i));
            if (all)
                break;
            QThread::usleep(200);
        }
        const double tZoom = t.nsecsElapsed() / 1e9;
        tiles.waitForIdle();
        const double tZoomAll = t.nsecsElapsed() / 1e9;
        std::printf("first screen, zoomed in (1 frame/px, %lld visible tiles): %.3f s; with %lld neighbour tiles "
                    "%.3f s\n",
                    (long long)(t1 - t0 + 1), tZoom, (long long)(tiles.tilesComputed() - before - (t1 - t0 + 1)),
                    tZoomAll);
    }

    // What the level of detail avoids: the whole file at full resolution (level 0) for the same screen.
    {
        t.restart();
        auto file = std::make_shared<const AudioFile>(path);
        SpectrogramTiles tiles(file, MixDown, p, 256);
        tiles.setMemoryLimit(size_t(2) << 30);
        tiles.request(0, tiles.frameCount(0) - 1, 0);
        tiles.waitForIdle();
        std::printf("without LOD: all %lld level-0 frames (%lld tiles, %.0f MiB) of the file: %.3f s\n",
                    (long long)tiles.frameCount(0), (long long)tiles.tilesComputed(),
                    tiles.memoryUsed() / 1048576.0, t.nsecsElapsed() / 1e9);
    }
    return 0;
}
