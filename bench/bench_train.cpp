// Training throughput of each architecture (clips per second of forward + backward + optimiser step, random
// waveforms, no data loading) at 1 and 2 threads on 2 s and 4 s crops, and the time of one epoch over
// ../shared/corpus/dev with the default spectral network (data loading, augmentation off, validation included).
//   bench_train [--quick] [--epoch] [--arch spectral,resnet,aasist-l,aasist] [--channels 8,16,24,32,48]
#include "train/TrainConfig.h"
#include "train/Trainer.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace st::train;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains("--quick");
    QStringList archs{"spectral", "resnet", "aasist-l", "aasist"};
    const int ai = int(args.indexOf("--arch"));
    if (ai > 0 && ai + 1 < args.size())
        archs = args[ai + 1].split(',');
    std::printf("%-22s %10s %12s %6s %7s %6s %10s\n", "architecture", "params", "MMAC/4s", "crop", "threads", "batch",
                "clips/s");
    for (const QString &a : archs) {
        TrainConfig c;
        if (a == "resnet") {
            c.network.backbone = "resnet";
        } else if (a != "spectral") {
            c.architecture = a;
        }
        const int ci = int(args.indexOf("--channels"));
        if (ci > 0 && ci + 1 < args.size()) {
            c.network.channels.clear();
            for (const QString &v : args[ci + 1].split(','))
                c.network.channels.push_back(v.toInt());
        }
        const ArchitectureFacts f = describeArchitecture(c);
        for (double crop : {2.0, 4.0}) {
            for (int threads : {1, 2}) {
                const bool big = c.architecture != "spectral";
                const int batch = big ? 8 : 32;
                const int steps = quick ? 2 : (big ? 3 : 10);
                const double cps = trainingClipsPerSecond(c, batch, crop, threads, steps, 1);
                std::printf("%-22s %10lld %12s %5.0fs %7d %6d %10.1f\n", qPrintable(f.name), f.parameters,
                            f.macsPer4s < 0 ? "-" : qPrintable(QString::number(f.macsPer4s / 1e6, 'f', 1)), crop,
                            threads, batch, cps);
                std::fflush(stdout);
            }
        }
    }
    if (args.contains("--epoch")) {
        QString shared = qEnvironmentVariable("SOURCETRACE_SHARED", QCoreApplication::applicationDirPath() + "/../../../shared");
        const QString protocol = shared + "/corpus/dev/protocol.tsv";
        if (!QFileInfo::exists(protocol)) {
            std::printf("no %s: epoch timing skipped\n", qPrintable(protocol));
            return 0;
        }
        QTemporaryDir out;
        TrainConfig c;
        c.protocols = {protocol};
        c.root = shared + "/corpus/dev/wav";
        c.outputDir = out.path() + "/run";
        c.epochs = 1;
        c.threads = 2;
        c.heads = {HeadPlan{"bonafide", "ocsoftmax"}, HeadPlan{"attack", "aam"}};
        QElapsedTimer clock;
        clock.start();
        try {
            Trainer t(c);
            const TrainResult r = t.run();
            std::printf("one epoch over corpus/dev (split by text, 2 s crops, batch 32, 2 threads, cold cache, "
                        "validation and export included): %.1f s; training part %.1f clips/s\n",
                        clock.elapsed() / 1000.0,
                        r.history.empty() ? 0.0 : r.history.front().clipsPerSecond);
        } catch (const st::Error &e) {
            std::printf("epoch timing failed: %s\n", e.what());
            return 1;
        }
    }
    return 0;
}
