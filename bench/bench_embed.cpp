// Embedding throughput over ../shared/corpus/dev: decode (+ resample to 16 kHz) and forward of whole clips,
// batch 1, as STOPA's embedding extraction does. Prints clips per second, audio seconds per second, the time
// split, and the peak resident memory (VmHWM). Several models (comma-separated) run one after the other on the
// same clips in one process: the published AASIST checkpoints by their short names, any other model by registry
// name or manifest path (e.g. sourcetrace-default, the project's own model).
//
//   bench_embed [--clips N] [--threads N] [--model aasist|aasist-l|aasist-stopa|NAME[,...]] [--shared DIR]
//               [--input full|64600|64000]     (64000: every clip repeat-padded or cut to 4 s)
//
// Reference (Python, clovaai/aasist on this machine class; ../shared/reference/README.md): AASIST 0.93
// clips/s at 1 thread, 0.95 at 2; AASIST-L 1.00 / 1.18.
#include "BenchSupport.h"
#include "audio/AudioFile.h"
#include "models/AasistModel.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace st;

namespace {


// CPU seconds of the whole process (all threads): on a shared machine a steadier figure than wall time.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_embed [--clips N] [--threads N] [--model aasist|aasist-l|aasist-stopa|NAME[,...]] "
                         "[--shared DIR] [--input full|64600|64000]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int clips = 40, threads = 1;
    QString modelName = QStringLiteral("aasist");
    QString input = QStringLiteral("full");
    QString shared = qEnvironmentVariable("SOURCETRACE_SHARED");
    if (shared.isEmpty()) // run from the project root, or from <build>/bench
        shared = QDir(QStringLiteral("../shared")).exists()
                     ? QDir(QStringLiteral("../shared")).absolutePath()
                     : QDir(QCoreApplication::applicationDirPath() + "/../../../shared").absolutePath();
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (i + 1 >= args.size())
            return usage();
        const QString v = args[++i];
        if (a == QLatin1String("--clips"))
            clips = v.toInt();
        else if (a == QLatin1String("--threads"))
            threads = v.toInt();
        else if (a == QLatin1String("--model"))
            modelName = v;
        else if (a == QLatin1String("--shared"))
            shared = v;
        else if (a == QLatin1String("--input"))
            input = v;
        else
            return usage();
    }
    try {
        QStringList files = QDir(shared + "/corpus/dev/wav").entryList({QStringLiteral("*.flac")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            throw Error(shared + "/corpus/dev/wav", QStringLiteral("no FLAC clips (is ../shared there?)"));
        // Evenly spaced over the sorted list, so that every attack and the bona fide part appear.
        QStringList chosen;
        const int n = std::min<int>(clips, int(files.size()));
        for (int i = 0; i < n; ++i)
            chosen << files[int(qint64(i) * files.size() / n)];

        RunOptions opt;
        opt.preferCuda = false;
        opt.threads = threads;
        const int inputLength = input == QLatin1String("64600") ? 64600 : input == QLatin1String("64000") ? 64000 : 0;
        for (const QString &one : modelName.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString conf, pth;
        if (one == QLatin1String("aasist")) {
            conf = shared + "/models/aasist/AASIST.conf";
            pth = shared + "/models/aasist/AASIST.pth";
        } else if (one == QLatin1String("aasist-l")) {
            conf = shared + "/models/aasist/AASIST-L.conf";
            pth = shared + "/models/aasist/AASIST-L.pth";
        } else if (one == QLatin1String("aasist-stopa")) {
            conf = shared + "/models/stopa/AASIST_STOPA.conf";
            pth = shared + "/models/stopa/AASIST_STOPA.pth";
        }
        QElapsedTimer t;
        t.start();
        EmbeddingModelPtr model = conf.isEmpty() ? ModelRegistry::load(ModelRegistry().resolve(one), opt) : loadAasist(conf, pth, opt);
        const double loadS = t.nsecsElapsed() * 1e-9;

        // One warm-up forward (first-call allocations, oneDNN kernel generation), not counted.
        model->forward({std::vector<float>(64600, 0.0f)});

        double decodeS = 0, forwardS = 0, audioS = 0;
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = processCpuSeconds();
        for (const QString &name : chosen) {
            t.restart();
            AudioFile f(shared + "/corpus/dev/wav/" + name);
            std::vector<float> x = f.readAll(MixDown, 16000);
            if (inputLength > 0) {
                std::vector<float> y;
                while (y.size() < size_t(inputLength))
                    y.insert(y.end(), x.begin(), x.begin() + long(std::min<size_t>(x.size(), size_t(inputLength) - y.size())));
                x.swap(y);
            }
            decodeS += t.nsecsElapsed() * 1e-9;
            audioS += double(f.info().frames) / f.info().sampleRate;
            t.restart();
            model->forward({x});
            forwardS += t.nsecsElapsed() * 1e-9;
        }
        const double total = wall.nsecsElapsed() * 1e-9;
        const double cpu = processCpuSeconds() - cpu0;
        std::printf("model %s, threads %d, input %s, %d clips (%.1f s of audio)\n", qPrintable(one), threads,
                    qPrintable(input), n, audioS);
        std::printf("  load %.2f s; decode %.3f s; forward %.2f s (%.3f s per clip)\n", loadS, decodeS, forwardS,
                    forwardS / n);
        std::printf("  throughput %.2f clips/s, %.1f audio s per s; peak RSS (VmHWM) %.0f MiB\n", n / total,
                    audioS / total, stbench::statusKb("VmHWM") / 1024.0);
        std::printf("  CPU time %.2f s (%.3f s per clip; %.2f clips per CPU second)\n", cpu, cpu / n, n / cpu);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_embed: %s\n", e.what());
        return 1;
    }
    return 0;
}
