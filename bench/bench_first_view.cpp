// bench_first_view: time from opening a long recording to the first paint of a 1920-pixel waveform
// view of the WHOLE file, through the viewer's own code path (issue #2; target < 0.5 s for 1 hour).
// bench-links: stui
//
// Writes a 1-hour 16 kHz mono PCM_16 WAV to a temporary folder, then, with the file evicted from the
// page cache (posix_fadvise DONTNEED: "cold", as for evidence just copied in) and again warm:
// constructs st::AudioDocument, calls startBackgroundWork() on a JobManager with the viewer's thread
// count (ideal - 1, at least 1), and paints a st::WaveformLayer into a 1920 x 200 QImage each time the
// layer says it changed. Reported, from the start of the constructor:
//   first full paint  - the first paint with every column drawn (provisional sketch or exact pyramid);
//   exact paint       - the first paint drawn wholly from the pyramid (WaveformLayer::isComplete);
// with the provisional overview on (the viewer's default) and off (the pyramid alone, as before).
// The levels and SHA-256 jobs run as in the viewer and compete for the disk. Prints; no pass/fail.
//
// Usage: bench_first_view [minutes=60] [folder=system temp] [repeats=3]
#include "document/AudioDocument.h"
#include "view/LayerGeometry.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"
#include "jobs/JobManager.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include "BenchSupport.h"

#include <sndfile.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

using stbench::evictFromPageCache;
using stbench::writeLongWav;

class ImageGeometry : public st::LayerGeometry
{
public:
    ImageGeometry(const st::ViewState &v, QRect r) : m_v(v), m_r(r) {}
    const st::ViewState &view() const override { return m_v; }
    QRect dataRect() const override { return m_r; }

private:
    const st::ViewState &m_v;
    QRect m_r;
};

struct Figures
{
    double openMs = 0;        // constructor (header)
    double firstFullMs = 0;   // every column drawn, provisionally or exactly
    double exactMs = 0;       // every column drawn from the pyramid
    bool firstWasSketch = false;
    int paints = 0;
    double paintMs = 0;       // the longest single paint
};

Figures measure(const QString &path, bool cold, bool sketch, int threads)
{
    Figures r;
    if (cold)
        evictFromPageCache(path);
    st::JobManager jobs(threads);
    const QRect rect(0, 0, 1920, 200);
    QImage img(rect.size(), QImage::Format_RGB32);
    QElapsedTimer t;
    t.start();
    st::AudioDocument doc(path);
    r.openMs = t.nsecsElapsed() / 1e6;
    st::AudioDocument::Options o;
    o.provisionalOverview = sketch;
    doc.setOptions(o);
    st::WaveformLayer layer(&doc);
    st::ViewState v;
    v.setDocument(doc.info().frames, doc.info().sampleRate);
    v.setWidth(rect.width());
    ImageGeometry g(v, rect);
    bool dirty = true;
    QObject::connect(&layer, &st::Layer::changed, [&dirty] { dirty = true; });
    doc.startBackgroundWork(&jobs);
    while (r.exactMs == 0) {
        if (dirty) {
            dirty = false;
            const bool full = layer.isPaintable(g), exact = layer.isComplete(g);
            QElapsedTimer pt;
            pt.start();
            {
                QPainter p(&img);
                layer.paint(p, g);
            }
            r.paintMs = std::max(r.paintMs, pt.nsecsElapsed() / 1e6);
            ++r.paints;
            const double now = t.nsecsElapsed() / 1e6;
            if (full && r.firstFullMs == 0) {
                r.firstFullMs = now;
                r.firstWasSketch = !exact;
            }
            if (exact)
                r.exactMs = now;
            continue;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (!dirty)
            QThread::usleep(200);
        if (t.elapsed() > 120000) {
            std::fprintf(stderr, "bench_first_view: no exact view after 120 s\n");
            break;
        }
    }
    jobs.cancelAll();
    jobs.waitForAll();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
    const int rate = 16000;
    const int64_t frames = int64_t(minutes) * 60 * rate;
    const int threads = std::max(1, QThread::idealThreadCount() - 1); // as MainWindow
    QTemporaryDir dir(folder + QStringLiteral("/bench_first_view-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_first_view: cannot make a temporary folder in %s\n", qPrintable(folder));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("long.wav"));
    std::printf("bench_first_view: %d min, %d Hz mono PCM_16 WAV (%.1f MB), 1920 x 200 view of the whole file, "
                "%d job thread(s), %d repeats\n",
                minutes, rate, double(frames) * 2 / 1e6, threads, repeats);
    if (!writeLongWav(path, rate, frames)) {
        std::fprintf(stderr, "bench_first_view: cannot write %s\n", qPrintable(path));
        return 1;
    }
    try {
        for (bool cold : {true, false}) {
            for (bool sketch : {true, false}) {
                std::printf("  %s, provisional overview %s:\n", cold ? "cold" : "warm", sketch ? "on " : "off");
                for (int i = 0; i < repeats; ++i) {
                    const Figures f = measure(path, cold, sketch, threads);
                    std::printf("    open %6.2f ms | first full paint %8.2f ms (%s) | exact paint %8.2f ms | "
                                "%d paints, longest %.2f ms\n",
                                f.openMs, f.firstFullMs, f.firstWasSketch ? "sketch" : "exact ", f.exactMs, f.paints,
                                f.paintMs);
                }
            }
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_first_view: %s\n", e.what());
        return 1;
    }
    std::printf("  target: first waveform view of 1 hour < 500 ms\n");
    return 0;
}
