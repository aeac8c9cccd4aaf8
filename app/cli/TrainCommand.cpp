// sourcetrace-cli train: trains a detector / tracer with the core learning engine (core/train) as one job: a JSON
// run configuration and/or flags, a progress bar on stderr, the per-epoch log on stdout as it goes, Ctrl-C (or
// SIGTERM) = checkpoint and stop, --resume DIR continues.
#include "cli/CliCommand.h"

#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "train/TrainJob.h"
#include "train/Trainer.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <mutex>

namespace st::cli {

namespace {

std::atomic<Job *> g_trainJob{nullptr};

// The first SIGINT or SIGTERM checkpoints and stops. A second Ctrl-C kills at once (SIGINT back to the
// default); further SIGTERMs are ignored while the checkpoint is written (a scheduler's time limit and a job
// script may both send one; Slurm's SIGKILL after KillWait still ends the process).
extern "C" void onTrainInterrupt(int)
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_IGN);
    if (Job *j = g_trainJob.load())
        j->cancel();
}

int usage(const QString &why)
{
    err(QStringLiteral("sourcetrace-cli train: ") + QCoreApplication::translate("TrainCommand", "%1 (see sourcetrace-cli train --help)").arg(why));
    return 2;
}

QString epochLine(const train::EpochRecord &r)
{
    QStringList parts{QStringLiteral("epoch %1").arg(r.epoch, 3), QStringLiteral("loss %1").arg(r.trainLoss, 0, 'f', 4),
                      QStringLiteral("val_loss %1").arg(r.validationLoss, 0, 'f', 4)};
    if (r.detectionEer >= 0)
        parts << QStringLiteral("val_eer %1 %").arg(r.detectionEer * 100, 0, 'f', 2);
    for (const auto &kv : r.accuracy)
        parts << QStringLiteral("acc[%1] %2 %").arg(kv.first).arg(kv.second * 100, 0, 'f', 1);
    for (const auto &kv : r.pooledEer)
        parts << QStringLiteral("pooled_eer[%1] %2 %").arg(kv.first).arg(kv.second * 100, 0, 'f', 2);
    parts << QStringLiteral("lr %1").arg(r.learningRate, 0, 'g', 3) << QStringLiteral("%1 s").arg(r.seconds, 0, 'f', 1)
          << QStringLiteral("%1 clips/s").arg(r.clipsPerSecond, 0, 'f', 1);
    if (r.best)
        parts << QStringLiteral("best");
    return parts.join(QLatin1String("  "));
}

bool parseHeads(const QString &text, std::vector<train::HeadPlan> &heads, QString &error)
{
    heads.clear();
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char(':'));
        train::HeadPlan h;
        h.level = f.value(0).trimmed();
        if (h.level.isEmpty()) {
            error = QCoreApplication::translate("TrainCommand", "--heads: an entry has no level (\"%1\")").arg(item);
            return false;
        }
        if (f.size() > 1)
            h.loss = f[1].trimmed();
        if (f.size() > 2) {
            bool ok = false;
            h.weight = f[2].toDouble(&ok);
            if (!ok) {
                error = QCoreApplication::translate("TrainCommand", "--heads: the weight of \"%1\" is not a number").arg(h.level);
                return false;
            }
        }
        static const QStringList losses{"ce", "aam", "ocsoftmax", "ge2e"};
        if (!losses.contains(h.loss)) {
            error = QCoreApplication::translate("TrainCommand", "--heads: loss \"%1\" of level \"%2\" is none of ce, aam, ocsoftmax, ge2e").arg(h.loss, h.level);
            return false;
        }
        if (h.loss == QLatin1String("aam"))
            h.marginRampEpochs = 2;
        heads.push_back(h);
    }
    return true;
}

int runTrain(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("TrainCommand", "Trains a detector or tracer on labelled protocols (the project's TSV, ASVspoof 2019/2021 LA, MLAAD) with\n"
        "SourceTrace's learning engine. A run folder (--out) receives run.json, log.csv, checkpoint/ and model/ (a\n"
        "model folder the registry loads: add its parent to SOURCETRACE_MODEL_PATH or copy it into a model folder).\n"
        "Settings come from --config (a JSON run configuration; docs/training.md) and the flags, which override it.\n"
        "Ctrl-C writes a checkpoint and stops; --resume DIR continues, ending with the same weights as a run that\n"
        "was never interrupted. Exit status: 0 done, 1 failed or interrupted, 2 usage."));
    p.addHelpOption();
    const QList<QCommandLineOption> opts{
        {"config", QCoreApplication::translate("TrainCommand", "JSON run configuration."), "FILE"},
        {"resume", QCoreApplication::translate("TrainCommand", "Continue the run in DIR from its last checkpoint."), "DIR"},
        {"protocol", QCoreApplication::translate("TrainCommand", "Training protocol (repeatable)."), "FILE"},
        {"validation-protocol", QCoreApplication::translate("TrainCommand", "Validation protocol (repeatable; default: split off the training protocols)."), "FILE"},
        {"root", QCoreApplication::translate("TrainCommand", "Folder the protocols' clip paths are relative to (default: each protocol's folder)."), "DIR"},
        {"out", QCoreApplication::translate("TrainCommand", "The run folder (new)."), "DIR"},
        {"name", QCoreApplication::translate("TrainCommand", "The model's registry name."), "NAME"},
        {"architecture", QCoreApplication::translate("TrainCommand", "spectral (default), aasist or aasist-l."), "ARCH"},
        {"init", QCoreApplication::translate("TrainCommand", "AASIST: fine-tune from this checkpoint (.pth or .safetensors)."), "FILE"},
        {"heads", QCoreApplication::translate("TrainCommand", "Heads as level:loss[:weight], comma-separated, e.g. bonafide:ocsoftmax,attack:aam:0.5 (losses: ce, "
                  "aam, ocsoftmax, ge2e). Default: bonafide:ce."), "LIST"},
        {"primary", QCoreApplication::translate("TrainCommand", "Index of the head whose logits the model returns (default 0)."), "N"},
        {"balance", QCoreApplication::translate("TrainCommand", "Level to balance classes over in sampling."), "LEVEL"},
        {"split-by", QCoreApplication::translate("TrainCommand", "Protocol column whose groups the validation split keeps whole (default text)."), "COLUMN"},
        {"epochs", QCoreApplication::translate("TrainCommand", "Epochs."), "N"},
        {"batch", QCoreApplication::translate("TrainCommand", "Batch size."), "N"},
        {"crop", QCoreApplication::translate("TrainCommand", "Training crop in seconds."), "SECONDS"},
        {"epoch-size", QCoreApplication::translate("TrainCommand", "Samples per epoch (default: the training set's size)."), "N"},
        {"lr", QCoreApplication::translate("TrainCommand", "Peak learning rate."), "X"},
        {"augment", QCoreApplication::translate("TrainCommand", "Augment on the fly (RawBoost series 5 and noise; tune in --config).")},
        {"regmixup", QCoreApplication::translate("TrainCommand", "RegMixup regularisation.")},
        {"patience", QCoreApplication::translate("TrainCommand", "Early stopping after N epochs without improvement."), "N"},
        {"select", QCoreApplication::translate("TrainCommand", "Best-checkpoint metric: auto, loss, eer:bonafide, accuracy:HEAD, pooled-eer:HEAD."), "METRIC"},
        {"threads", QCoreApplication::translate("TrainCommand", "LibTorch threads (default: all cores)."), "N"},
        {"workers", QCoreApplication::translate("TrainCommand", "Data loading threads."), "N"},
        {"device", QCoreApplication::translate("TrainCommand", "auto, cpu or cuda."), "DEVICE"},
        {"seed", QCoreApplication::translate("TrainCommand", "Random seed (the run is reproducible from it)."), "N"},
        {"describe", QCoreApplication::translate("TrainCommand", "Print the architecture's parameters and multiply-accumulates per 4 s clip, then exit.")},
        {"no-progress", QCoreApplication::translate("TrainCommand", "No progress bar.")},
        {"json", QCoreApplication::translate("TrainCommand", "Print the result as JSON on stdout at the end.")},
    };
    p.addOptions(opts);
    if (!p.parse(QStringList{QStringLiteral("sourcetrace-cli train")} + args))
        return usage(p.errorText());
    if (p.isSet("help")) {
        out(helpText(p, QStringLiteral("train")));
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("TrainCommand", "unexpected argument \"%1\"").arg(p.positionalArguments().first()));

    std::shared_ptr<train::Trainer> trainer;
    try {
        if (p.isSet("resume")) {
            for (const char *o : {"config", "protocol", "out", "architecture", "heads", "epochs"})
                if (p.isSet(QString::fromLatin1(o)))
                    return usage(QCoreApplication::translate("TrainCommand", "--resume takes the run's own settings; --%1 cannot change them").arg(o));
            trainer = std::make_shared<train::Trainer>(train::Trainer::resume(p.value("resume")));
        } else {
            train::TrainConfig c;
            if (p.isSet("config"))
                c = train::TrainConfig::fromJsonFile(p.value("config"));
            auto intOpt = [&](const char *name, int &dst, int lo, int hi) -> bool {
                if (!p.isSet(name))
                    return true;
                bool ok = false;
                const int v = p.value(name).toInt(&ok);
                if (!ok || v < lo || v > hi) {
                    usage(QCoreApplication::translate("TrainCommand", "--%1 must be an integer in [%2, %3]").arg(name).arg(lo).arg(hi));
                    return false;
                }
                dst = v;
                return true;
            };
            auto realOpt = [&](const char *name, double &dst, double lo, double hi) -> bool {
                if (!p.isSet(name))
                    return true;
                bool ok = false;
                const double v = p.value(name).toDouble(&ok);
                if (!ok || !(v >= lo && v <= hi)) {
                    usage(QCoreApplication::translate("TrainCommand", "--%1 must be a number in [%2, %3]").arg(name).arg(lo).arg(hi));
                    return false;
                }
                dst = v;
                return true;
            };
            if (p.isSet("protocol"))
                c.protocols = p.values("protocol");
            if (p.isSet("validation-protocol"))
                c.validationProtocols = p.values("validation-protocol");
            if (p.isSet("root"))
                c.root = p.value("root");
            if (p.isSet("out"))
                c.outputDir = p.value("out");
            if (p.isSet("name"))
                c.name = p.value("name");
            if (p.isSet("architecture"))
                c.architecture = p.value("architecture");
            if (p.isSet("init"))
                c.initFrom = p.value("init");
            if (p.isSet("heads")) {
                QString e;
                if (!parseHeads(p.value("heads"), c.heads, e))
                    return usage(e);
            }
            if (p.isSet("balance"))
                c.balanceLevel = p.value("balance");
            if (p.isSet("split-by"))
                c.splitBy = p.value("split-by");
            if (p.isSet("select"))
                c.selectMetric = p.value("select");
            if (p.isSet("device"))
                c.device = p.value("device");
            if (p.isSet("augment")) {
                c.augmentEnabled = true;
                if (!p.isSet("config")) {
                    c.augment.rawboost.algorithm = 5;
                    c.augment.rawboost.probability = 0.5;
                    c.augment.noiseProbability = 0.3;
                    c.augment.gainProbability = 0.5;
                }
            }
            if (p.isSet("regmixup"))
                c.regMixup = true;
            if (!intOpt("primary", c.primaryHead, 0, 63) || !intOpt("epochs", c.epochs, 1, 100000)
                || !intOpt("batch", c.batchSize, 1, 4096) || !intOpt("epoch-size", c.epochSize, 0, 100000000)
                || !intOpt("patience", c.patience, 0, 100000) || !intOpt("threads", c.threads, 0, 1024)
                || !intOpt("workers", c.workers, 1, 64) || !realOpt("crop", c.cropSeconds, 0.2, 600)
                || !realOpt("lr", c.optim.learningRate, 1e-9, 10))
                return 2;
            if (p.isSet("seed")) {
                bool ok = false;
                c.seed = p.value("seed").toULongLong(&ok);
                if (!ok)
                    return usage(QCoreApplication::translate("TrainCommand", "--seed must be a non-negative integer"));
            }
            if (!QStringList{"spectral", "aasist", "aasist-l"}.contains(c.architecture))
                return usage(QCoreApplication::translate("TrainCommand", "--architecture must be spectral, aasist or aasist-l"));
            if (!QStringList{"auto", "cpu", "cuda"}.contains(c.device))
                return usage(QCoreApplication::translate("TrainCommand", "--device must be auto, cpu or cuda"));
            c.validate(p.isSet("config") ? p.value("config") : QStringLiteral("(flags)"));
            if (p.isSet("describe")) {
                const train::ArchitectureFacts f = train::describeArchitecture(c);
                out(QCoreApplication::translate("TrainCommand", "%1: %2 parameters, %3 multiply-accumulates per 4 s clip")
                        .arg(f.name)
                        .arg(f.parameters)
                        .arg(f.macsPer4s < 0 ? QCoreApplication::translate("TrainCommand", "(not modelled)") : QString::number(f.macsPer4s / 1e6, 'f', 1) + "M"));
                return 0;
            }
            if (c.protocols.isEmpty())
                return usage(QCoreApplication::translate("TrainCommand", "no training protocol (--protocol or \"protocols\" in --config)"));
            if (c.outputDir.isEmpty())
                return usage(QCoreApplication::translate("TrainCommand", "no run folder (--out or \"outputDir\" in --config)"));
            trainer = std::make_shared<train::Trainer>(c);
        }
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli: %1").arg(e.message()));
        return 1;
    } catch (const std::exception &e) {
        err(QStringLiteral("sourcetrace-cli: %1").arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }

    JobManager manager(1);
    ConsoleProgress progress(&manager);
    const bool showProgress = !p.isSet("no-progress");
    progress.setEnabled(showProgress);
    std::mutex outMutex;
    JobPtr job = manager.run(QCoreApplication::translate("TrainCommand", "train %1").arg(trainer->config().name),
                             train::trainingWork(trainer, [&outMutex](const train::EpochRecord &r) {
                                 std::lock_guard<std::mutex> lock(outMutex);
                                 out(epochLine(r));
                                 std::fflush(stdout);
                             }));
    g_trainJob.store(job.get());
    auto prevInt = std::signal(SIGINT, onTrainInterrupt);
    auto prevTerm = std::signal(SIGTERM, onTrainInterrupt);
    manager.waitFor(job);
    std::signal(SIGINT, prevInt);
    std::signal(SIGTERM, prevTerm);
    g_trainJob.store(nullptr);
    if (job->state() == JobState::Cancelled) {
        err(QStringLiteral("sourcetrace-cli train: ") + QCoreApplication::translate("TrainCommand", "interrupted; checkpoint written, continue with: sourcetrace-cli train "
                           "--resume %1")
                .arg(trainer->config().outputDir));
        return 1;
    }
    if (job->state() != JobState::Succeeded) {
        if (!showProgress)
            err(QStringLiteral("sourcetrace-cli: %1").arg(job->errorMessage()));
        return 1;
    }
    const QVariantMap r = job->result().toMap();
    if (p.isSet("json")) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(r)).toJson(QJsonDocument::Compact)));
    } else {
        out(QCoreApplication::translate("TrainCommand", "best epoch %1 (%2 = %3); model: %4")
                .arg(r.value("bestEpoch").toInt())
                .arg(trainer->config().selectMetric)
                .arg(r.value("bestValue").toDouble(), 0, 'g', 5)
                .arg(r.value("manifest").toString()));
    }
    return 0;
}

const CliRegistrar registrar(QStringLiteral("train"),
                             QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "train a detector or tracer on labelled protocols (resumable)")), runTrain);

} // namespace

} // namespace st::cli
