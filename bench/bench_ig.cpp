// bench-links: st_explain
// Integrated Gradients of AASIST on a 4 s clip (64 600 samples): wall time of a whole IG run with
// 32 steps on 1 and 2 threads, next to one plain forward+backward pass (the unit of the naive way:
// 32 separate passes). Also measures the activation memory per batch row (peak RSS growth).
//
//   bench_ig [--model aasist|aasist-l|aasist-stopa] [--steps 32] [--threads 1,2] [--rows 0=auto]
//            [--no-reuse] [--memory] [--clip FILE]
// Needs ../shared (the published checkpoints and the dev corpus).
#include "audio/AudioFile.h"
#include "explain/IntegratedGradients.h"
#include "models/AasistModel.h"
#include "models/ModelManifest.h"
#include "models/ModelRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>

using namespace st;

namespace {

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// CPU seconds (user + system) of this process so far: on a machine shared with other work, CPU time
// tracks the work done better than wall time.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &def) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const QString modelName = value(QStringLiteral("--model"), QStringLiteral("aasist"));
    const int steps = value(QStringLiteral("--steps"), QStringLiteral("32")).toInt();
    const int rowsCap = value(QStringLiteral("--rows"), QStringLiteral("0")).toInt();
    const bool reuse = !args.contains(QStringLiteral("--no-reuse"));
    const QString rule = value(QStringLiteral("--rule"), QStringLiteral("gauss"));
    QList<int> threads;
    for (const QString &t : value(QStringLiteral("--threads"), QStringLiteral("1,2")).split(QLatin1Char(',')))
        threads << t.toInt();

    QString shared = qEnvironmentVariable("SOURCETRACE_SHARED");
    QString source = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
    if (source.isEmpty())
        source = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../.."));
    if (shared.isEmpty())
        shared = QDir(source).absoluteFilePath(QStringLiteral("../shared"));
    const QString manifestPath = QDir(source).absoluteFilePath(QStringLiteral("models/published/%1.json").arg(modelName));
    if (!QFile::exists(manifestPath) || !QDir(shared).exists()) {
        std::fprintf(stderr, "bench_ig: needs %s and ../shared\n", qPrintable(manifestPath));
        return 2;
    }
    const QString clipPath = value(QStringLiteral("--clip"), QDir(shared).absoluteFilePath(QStringLiteral("corpus/dev/wav/dev_00100.flac")));

    const ModelManifest m = ModelManifest::fromJsonFile(manifestPath);
    RunOptions opt;
    opt.threads = threads.first();
    auto model = loadAasist(m, opt);
    const std::vector<float> clip = ModelRunner::fitToLength(AudioFile(clipPath).readAll(MixDown, 16000), 64600);
    IntegratedGradients ig(model);
    std::printf("bench_ig: model %s, clip %s (64600 samples), %d steps, rule %s, front-end reuse %s\n",
                qPrintable(m.name), qPrintable(QFileInfo(clipPath).fileName()), steps, qPrintable(rule), reuse ? "on" : "off");

    if (args.contains(QStringLiteral("--memory"))) {
        for (int rows : {1, 2, 4}) {
            IgSettings s;
            s.steps = rows;
            s.maxBatch = rows;
            s.memoryBudgetBytes = 1e12;
            s.reuseFrontEnd = reuse;
            s.rule = IntegrationRule::Trapezoid;
            if (rows == 1)
                s.rule = IntegrationRule::GaussLegendre;
            ig.run(clip, s); // warm
            resetPeakRss();
            const long before = peakRssKb();
            ig.run(clip, s);
            const long after = peakRssKb();
            std::printf("  batch %d rows: peak RSS %ld MiB (growth over the run %ld MiB)\n", rows, after / 1024, (after - before) / 1024);
        }
        return 0;
    }

    for (int t : threads) {
        IgSettings s;
        s.threads = t;
        s.steps = steps;
        s.maxBatch = rowsCap;
        s.reuseFrontEnd = reuse;
        integrationRuleFromName(rule, s.rule);
        // One plain forward+backward (batch 1) as the unit of the naive way.
        // Trapezoid with 2 steps and 1 row per batch: exactly 2 separate forward+backward passes.
        IgSettings one = s;
        one.steps = 2;
        one.maxBatch = 1;
        one.rule = IntegrationRule::Trapezoid;
        one.reuseFrontEnd = false;
        ig.run(clip, one); // warm-up
        QElapsedTimer timer;
        timer.start();
        double c0 = cpuSeconds();
        ig.run(clip, one);
        const double oneRun = timer.elapsed() / 1000.0 / 2;
        const double oneCpu = (cpuSeconds() - c0) / 2;
        timer.restart();
        c0 = cpuSeconds();
        const IgResult r = ig.run(clip, s);
        const double igTime = timer.elapsed() / 1000.0;
        const double igCpu = cpuSeconds() - c0;
        std::printf("threads %d: one plain forward+backward %.2f s (cpu %.2f s); IG %d steps %.2f s (cpu %.2f s, %d rows per batch) "
                    "= %.2f s per step; naive %d x forward+backward ~ %.1f s (cpu %.1f s); completeness gap %.3f %%\n",
                    t, oneRun, oneCpu, steps, igTime, igCpu, r.batchRows, igTime / steps, steps, steps * oneRun, steps * oneCpu,
                    100.0 * r.completenessError);
        std::fflush(stdout);
    }
    return 0;
}
