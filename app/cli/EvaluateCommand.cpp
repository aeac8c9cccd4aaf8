// sourcetrace-cli evaluate: metrics of a detection or source-tracing experiment from scores or embeddings
// (no audio): a thin client of st::runEvaluation (core/eval/EvaluationRun.h), run as one job with a progress
// bar on stderr; Ctrl-C cancels it.
#include "cli/CliCommand.h"

#include "eval/EvaluationRun.h"
#include "eval/ScoreFusion.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cmath>
#include <csignal>
#include <functional>
#include <memory>

namespace st::cli {

namespace {

std::atomic<Job *> g_evalJob{nullptr};

extern "C" void onEvalInterrupt(int)
{
    std::signal(SIGINT, SIG_DFL);
    if (Job *j = g_evalJob.load())
        j->cancel();
}

QString pct(double fraction)
{
    return std::isnan(fraction) ? QStringLiteral("   n/a") : QString::number(fraction * 100.0, 'f', 2).rightJustified(6);
}

QString val(double v, int decimals = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("n/a");
}

const char *kUsage = QT_TRANSLATE_NOOP("EvaluateCommand",
    "Evaluation from scores or embeddings (no audio):\n"
    "  sourcetrace-cli evaluate detection --protocol P --scores S [--out DIR]\n"
    "      bona fide vs spoof: pooled / per-attack / per-codec EER, minDCF, Cllr/minCllr. S: 'file score' lines,\n"
    "      a CSV with file,score columns, or the JSON Lines of `sourcetrace-cli detect --json`.\n"
    "  sourcetrace-cli evaluate detection --protocol P (--fuse fusion.json | --fuse-train TRAIN) --scores NAME=S ...\n"
    "      [--out DIR]: each detector's and the fused system's EER, minDCF, Cllr/minCllr in one table. --fuse applies a\n"
    "      fusion model (`fuse train`); --fuse-train trains one on the protocol TRAIN (the same score files, TRAIN's\n"
    "      clips; never P itself, nor a protocol sharing clips with P). DIR receives fusion_metrics.tsv/json,\n"
    "      fused_scores.txt and, with --fuse-train, fusion.json.\n"
    "  sourcetrace-cli evaluate trace --embeddings E (--protocol P | --attack-from-filename)\n"
    "      [--enrol-fraction 0.5] [--unknown-attacks A05,A09] [--backend cosine|mahalanobis|knn] [--seed N]\n"
    "      [--fingerprints level|attack] [--calibrate-on dev [--dev-fraction 0.5]] [--out DIR]\n"
    "      open-set source tracing: STOPA pooled EER (known/unknown) per level, minDCF, Cllr/minCllr,\n"
    "      closed-set accuracy/macro-F1/confusion, unknown-attack detection AUROC/FPR95/EER.\n"
    "      E: an `embed` npy folder (embeddings.npy + keys.txt) or an embedding CSV (STOPA layout).\n"
    "  sourcetrace-cli evaluate trials --trials T [--out DIR]\n"
    "      a scored STOPA trial list (column CosScore or score): the pooled known/unknown EER table.\n"
    "DIR receives metrics.json, metrics_table.csv, det.csv, histograms.csv and, per mode, pooled_eer_kn.csv /\n"
    "pooled_eer_ukn.csv (STOPA layout), detection_eer.csv, split.csv, trial_scores.csv, confusion.csv, tippett.csv,\n"
    "each written to a temporary file and renamed (never half-written); metrics.json last. Every number read\n"
    "(scores, embeddings, logits) must be finite, every clip listed once: otherwise an error names file and line.");

int writeOut(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, QCoreApplication::translate("EvaluateCommand", "cannot write: %1").arg(f.errorString()));
    f.write(bytes);
    if (!f.commit())
        throw Error(path, QCoreApplication::translate("EvaluateCommand", "cannot write: %1").arg(f.errorString()));
    return 0;
}

// evaluate detection with --fuse / --fuse-train: every input system and the fused one, one table.
int runFusedEvaluation(const QCommandLineParser &p, const DcfParams &dcf, const std::function<int(const QString &)> &usage)
{
    QStringList names, paths;
    for (const QString &v : p.values(QStringLiteral("scores"))) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1)
            return usage(QCoreApplication::translate("EvaluateCommand", "with --fuse / --fuse-train every --scores is NAME=FILE, not '%1'").arg(v));
        names << v.left(eq);
        paths << v.mid(eq + 1);
    }
    const QString protocolPath = p.value(QStringLiteral("protocol"));
    try {
        const std::vector<LabelledClip> clips = readClipProtocol(protocolPath);
        FusionModel model;
        QString modelSource;
        if (p.isSet(QStringLiteral("fuse"))) {
            modelSource = p.value(QStringLiteral("fuse"));
            model = FusionModel::load(modelSource);
        } else {
            const QString train = p.value(QStringLiteral("fuse-train"));
            const QFileInfo ti(train), ei(protocolPath);
            if (ti.exists() && ei.exists() && ti.canonicalFilePath() == ei.canonicalFilePath())
                throw Error(train, QCoreApplication::translate("EvaluateCommand", "--fuse-train names the evaluated protocol itself: never train the fusion on the data "
                                                  "it is evaluated on; give another protocol's clips"));
            const std::vector<LabelledClip> trainClips = readClipProtocol(train);
            QSet<QString> evalFiles;
            for (const LabelledClip &c : clips)
                evalFiles.insert(c.file);
            for (const LabelledClip &c : trainClips)
                if (evalFiles.contains(c.file))
                    throw Error(train, QCoreApplication::translate("EvaluateCommand", "clip '%1' is in the training protocol and in the evaluated protocol %2: the "
                                                      "fusion must be trained on other clips")
                                           .arg(Error::escaped(c.file), Error::escaped(protocolPath)));
            std::vector<bool> tar;
            for (const LabelledClip &c : trainClips)
                tar.push_back(c.isBonafide);
            model = trainFusion(joinScoreFiles(names, paths, trainClips), tar).model;
            model.trainingProtocol = ti.fileName();
            model.trainingSha256 = fusionInputsSha256(train, names, paths);
            modelSource = QStringLiteral("trained on %1").arg(train);
        }
        std::vector<bool> tar;
        for (const LabelledClip &c : clips)
            tar.push_back(c.isBonafide);
        const FusionEvaluation ev = evaluateFusion(model, joinScoreFiles(names, paths, clips), tar, dcf);
        QJsonObject json = ev.toJson();
        json.insert(QStringLiteral("protocol"), protocolPath);
        json.insert(QStringLiteral("fusion"), model.toJson());
        json.insert(QStringLiteral("fusionSource"), modelSource);
        json.insert(QStringLiteral("pTarget"), dcf.pTarget);
        if (p.isSet(QStringLiteral("json"))) {
            out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            QStringList terms;
            for (std::size_t k = 0; k < model.weights.size(); ++k)
                terms << QStringLiteral("%1 %2").arg(model.weights[k], 0, 'g', 6).arg(model.detectors[int(k)]);
            out(QStringLiteral("# detection with fusion (%1): llr = %2 %3 %4; %5 bona fide, %6 spoofed clips (targets = bona fide)")
                    .arg(modelSource, terms.join(QStringLiteral(" + ")), model.offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                    .arg(std::fabs(model.offset), 0, 'g', 6)
                    .arg(ev.systems.front().targets)
                    .arg(ev.systems.front().nontargets));
            out(QStringLiteral("system            EER %   minDCF(p=%1)  Cllr    minCllr").arg(dcf.pTarget));
            for (const FusionSystemMetrics &m : ev.systems)
                out(QStringLiteral("%1 %2   %3  %4  %5")
                        .arg(m.name.leftJustified(16), pct(m.eer), val(m.minDcf).rightJustified(12), val(m.cllr).rightJustified(6),
                             val(m.minCllr).rightJustified(7)));
        }
        if (p.isSet(QStringLiteral("out"))) {
            const QDir dir(p.value(QStringLiteral("out")));
            if (!QDir().mkpath(dir.path()))
                throw Error(dir.path(), QCoreApplication::translate("EvaluateCommand", "cannot create the output folder"));
            writeOut(dir.filePath(QStringLiteral("fusion_metrics.tsv")), ev.toTsv().toUtf8());
            writeOut(dir.filePath(QStringLiteral("fusion_metrics.json")), QJsonDocument(json).toJson(QJsonDocument::Indented));
            QByteArray fused;
            for (std::size_t i = 0; i < clips.size(); ++i)
                fused += clips[i].file.toUtf8() + ' ' + QByteArray::number(ev.fused[i], 'g', 17) + '\n';
            writeOut(dir.filePath(QStringLiteral("fused_scores.txt")), fused);
            if (p.isSet(QStringLiteral("fuse-train")))
                model.save(dir.filePath(QStringLiteral("fusion.json")), true);
        }
        return 0;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli evaluate: %1").arg(e.message()));
        return 1;
    }
}

int runEvaluate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("EvaluateCommand", kUsage));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("MODE"), QCoreApplication::translate("EvaluateCommand", "detection | trace | trials"));
    p.addOptions({
        {QStringLiteral("protocol"), QCoreApplication::translate("EvaluateCommand", "Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV)."), QStringLiteral("P")},
        {QStringLiteral("scores"), QCoreApplication::translate("EvaluateCommand", "detection: score file."), QStringLiteral("S")},
        {QStringLiteral("embeddings"), QCoreApplication::translate("EvaluateCommand", "trace: npy folder of `embed` or embedding CSV."), QStringLiteral("E")},
        {QStringLiteral("trials"), QCoreApplication::translate("EvaluateCommand", "trials: scored STOPA trial list."), QStringLiteral("T")},
        {QStringLiteral("out"), QCoreApplication::translate("EvaluateCommand", "Output folder: new, empty, or one an earlier evaluate run wrote (its outputs are replaced; anything else there is refused). metrics.json is written last: a folder without it is incomplete."), QStringLiteral("DIR")},
        {QStringLiteral("attack-from-filename"), QCoreApplication::translate("EvaluateCommand", "trace without protocol: attack = name up to the first '_'.")},
        {QStringLiteral("enrol-fraction"), QCoreApplication::translate("EvaluateCommand", "Share of each known attack's clips enrolled (default 0.5)."), QStringLiteral("F"), QStringLiteral("0.5")},
        {QStringLiteral("unknown-attacks"), QCoreApplication::translate("EvaluateCommand", "Comma-separated attacks held out as unknown."), QStringLiteral("A,B")},
        {QStringLiteral("backend"), QCoreApplication::translate("EvaluateCommand", "cosine (default), mahalanobis or knn."), QStringLiteral("B"), QStringLiteral("cosine")},
        {QStringLiteral("k"), QCoreApplication::translate("EvaluateCommand", "kNN: k (default 7)."), QStringLiteral("K"), QStringLiteral("7")},
        {QStringLiteral("shrinkage"), QCoreApplication::translate("EvaluateCommand", "Mahalanobis: shrinkage (default 0.1)."), QStringLiteral("S"), QStringLiteral("0.1")},
        {QStringLiteral("seed"), QCoreApplication::translate("EvaluateCommand", "Seed of the enrolment/test split (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("fingerprints"), QCoreApplication::translate("EvaluateCommand", "level (a fingerprint per source at each level, default) or attack (STOPA: per attack)."), QStringLiteral("G"), QStringLiteral("level")},
        {QStringLiteral("unknown-rule"), QCoreApplication::translate("EvaluateCommand", "attack (STOPA compute_eer_pooled.py, default) or level (zero-shot scripts)."), QStringLiteral("R"), QStringLiteral("attack")},
        {QStringLiteral("calibrate-on"), QCoreApplication::translate("EvaluateCommand", "trace: 'dev' = split test clips into dev/eval and calibrate scores to LLRs on dev."), QStringLiteral("PART")},
        {QStringLiteral("dev-fraction"), QCoreApplication::translate("EvaluateCommand", "Share of test clips that goes to dev (default 0.5)."), QStringLiteral("F"), QStringLiteral("0.5")},
        {QStringLiteral("p-target"), QCoreApplication::translate("EvaluateCommand", "DCF target prior (default 0.05)."), QStringLiteral("P"), QStringLiteral("0.05")},
        {QStringLiteral("bins"), QCoreApplication::translate("EvaluateCommand", "Histogram bins (default 50)."), QStringLiteral("N"), QStringLiteral("50")},
        {QStringLiteral("no-trial-scores"), QCoreApplication::translate("EvaluateCommand", "trace: do not write trial_scores.csv.")},
        {QStringLiteral("json"), QCoreApplication::translate("EvaluateCommand", "Print metrics.json to stdout instead of the tables.")},
        {QStringLiteral("no-progress"), QCoreApplication::translate("EvaluateCommand", "No progress bar on stderr.")},
        {QStringLiteral("fuse"), QCoreApplication::translate("EvaluateCommand", "detection: fusion model (sourcetrace-fusion/1) applied to the --scores NAME=S files."), QStringLiteral("MODEL")},
        {QStringLiteral("fuse-train"), QCoreApplication::translate("EvaluateCommand", "detection: train the fusion on this other protocol's clips first."), QStringLiteral("TRAIN")},
    });
    if (!p.parse(QStringList{QStringLiteral("sourcetrace-cli evaluate")} + args)) {
        err(QStringLiteral("sourcetrace-cli evaluate: %1").arg(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(helpText(p, QStringLiteral("evaluate")));
        return 0;
    }
    const auto usage = [](const QString &msg) {
        err(QStringLiteral("sourcetrace-cli evaluate: %1\n%2").arg(msg, QCoreApplication::translate("EvaluateCommand", kUsage)));
        return 2;
    };
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return usage(QCoreApplication::translate("EvaluateCommand", "give exactly one mode (detection, trace or trials)"));

    EvaluationOptions o;
    const QString mode = pos.first();
    if (mode == QLatin1String("detection"))
        o.mode = EvaluationMode::Detection;
    else if (mode == QLatin1String("trace"))
        o.mode = EvaluationMode::Trace;
    else if (mode == QLatin1String("trials"))
        o.mode = EvaluationMode::Trials;
    else
        return usage(QCoreApplication::translate("EvaluateCommand", "unknown mode '%1'").arg(mode));
    o.protocol = p.value(QStringLiteral("protocol"));
    o.scores = p.value(QStringLiteral("scores"));
    o.embeddings = p.value(QStringLiteral("embeddings"));
    o.trials = p.value(QStringLiteral("trials"));
    o.outDir = p.value(QStringLiteral("out"));
    o.attackFromFilename = p.isSet(QStringLiteral("attack-from-filename"));
    o.backend = p.value(QStringLiteral("backend")).toLower();
    o.writeTrialScores = !p.isSet(QStringLiteral("no-trial-scores"));
    for (const QString &a : p.value(QStringLiteral("unknown-attacks")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.unknownAttacks << a.trimmed();

    bool ok = true;
    const auto number = [&](const char *name, double lo, double hi, bool openLo, bool openHi) {
        bool good = false;
        const double v = p.value(QLatin1String(name)).toDouble(&good);
        if (!good || !std::isfinite(v) || (openLo ? v <= lo : v < lo) || (openHi ? v >= hi : v > hi)) {
            usage(QCoreApplication::translate("EvaluateCommand", "--%1 '%2' must be a number in %3%4, %5%6")
                      .arg(QLatin1String(name), p.value(QLatin1String(name)), openLo ? QStringLiteral("(") : QStringLiteral("["))
                      .arg(lo)
                      .arg(hi)
                      .arg(openHi ? QStringLiteral(")") : QStringLiteral("]")));
            ok = false;
        }
        return v;
    };
    o.enrolFraction = number("enrol-fraction", 0, 1, true, true);
    if (ok) o.devFraction = number("dev-fraction", 0, 1, true, true);
    if (ok) o.dcf.pTarget = number("p-target", 0, 1, true, true);
    if (ok) o.shrinkage = number("shrinkage", 0, 1e9, false, false);
    if (ok) o.knnK = int(number("k", 1, 1e6, false, false));
    if (ok) o.histogramBins = int(number("bins", 1, 1e6, false, false));
    if (!ok)
        return 2;
    bool seedOk = false;
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return usage(QCoreApplication::translate("EvaluateCommand", "--seed must be a non-negative integer"));
    const QString fp = p.value(QStringLiteral("fingerprints"));
    if (fp == QLatin1String("level"))
        o.grouping = FingerprintGrouping::PerLevel;
    else if (fp == QLatin1String("attack"))
        o.grouping = FingerprintGrouping::PerAttack;
    else
        return usage(QCoreApplication::translate("EvaluateCommand", "--fingerprints must be 'level' or 'attack'"));
    const QString rule = p.value(QStringLiteral("unknown-rule"));
    if (rule == QLatin1String("attack"))
        o.unknownRule = UnknownTrials::AttackTargets;
    else if (rule == QLatin1String("level"))
        o.unknownRule = UnknownTrials::LevelTargets;
    else
        return usage(QCoreApplication::translate("EvaluateCommand", "--unknown-rule must be 'attack' or 'level'"));
    if (p.isSet(QStringLiteral("calibrate-on"))) {
        if (p.value(QStringLiteral("calibrate-on")) != QLatin1String("dev"))
            return usage(QCoreApplication::translate("EvaluateCommand", "--calibrate-on supports 'dev' (a dev part split off the test clips)"));
        if (o.mode != EvaluationMode::Trace)
            return usage(QCoreApplication::translate("EvaluateCommand", "--calibrate-on applies to trace mode"));
        o.calibrate = true;
    }
    if (o.backend != QLatin1String("cosine") && o.backend != QLatin1String("mahalanobis") && o.backend != QLatin1String("knn"))
        return usage(QCoreApplication::translate("EvaluateCommand", "--backend must be cosine, mahalanobis or knn"));
    if (o.mode == EvaluationMode::Detection && (o.protocol.isEmpty() || o.scores.isEmpty()))
        return usage(QCoreApplication::translate("EvaluateCommand", "detection needs --protocol and --scores"));
    if (p.isSet(QStringLiteral("fuse")) || p.isSet(QStringLiteral("fuse-train"))) {
        if (o.mode != EvaluationMode::Detection)
            return usage(QCoreApplication::translate("EvaluateCommand", "--fuse and --fuse-train apply to detection mode"));
        if (p.isSet(QStringLiteral("fuse")) && p.isSet(QStringLiteral("fuse-train")))
            return usage(QCoreApplication::translate("EvaluateCommand", "give --fuse or --fuse-train, not both"));
        return runFusedEvaluation(p, o.dcf, usage);
    }
    if (p.values(QStringLiteral("scores")).size() > 1)
        return usage(QCoreApplication::translate("EvaluateCommand", "several --scores need --fuse or --fuse-train"));
    if (o.mode == EvaluationMode::Trace && (o.embeddings.isEmpty() || (o.protocol.isEmpty() && !o.attackFromFilename)))
        return usage(QCoreApplication::translate("EvaluateCommand", "trace needs --embeddings and --protocol (or --attack-from-filename)"));
    if (o.mode == EvaluationMode::Trials && o.trials.isEmpty())
        return usage(QCoreApplication::translate("EvaluateCommand", "trials needs --trials"));

    // Run as one job: progress on stderr, Ctrl-C cancels.
    JobManager manager(1);
    ConsoleProgress progress(&manager);
    const bool showProgress = !p.isSet(QStringLiteral("no-progress"));
    progress.setEnabled(showProgress); // when enabled, it also prints a failed job's error
    auto result = std::make_shared<EvaluationResult>();
    JobPtr job = manager.run(QCoreApplication::translate("EvaluateCommand", "evaluate %1").arg(mode), [o, result](JobContext &ctx) -> QVariant {
        EvaluationCallbacks cb;
        cb.progress = [&ctx](double f, const QString &stage) { ctx.setProgress(f, stage); };
        cb.cancelled = [&ctx] { return ctx.isCancelled(); };
        try {
            *result = runEvaluation(o, cb);
        } catch (const EvaluationCancelled &) {
            throw JobCancelled{};
        }
        return {};
    });
    g_evalJob.store(job.get());
    auto previous = std::signal(SIGINT, onEvalInterrupt);
    manager.waitFor(job);
    std::signal(SIGINT, previous);
    g_evalJob.store(nullptr);
    if (job->state() == JobState::Cancelled) {
        err(QStringLiteral("sourcetrace-cli evaluate: ") + QCoreApplication::translate("EvaluateCommand", "interrupted; nothing complete was written"));
        return 1;
    }
    if (job->state() != JobState::Succeeded) {
        if (!showProgress)
            err(QStringLiteral("sourcetrace-cli evaluate: %1").arg(job->errorMessage()));
        return 1;
    }

    const EvaluationResult &r = *result;
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (r.mode == EvaluationMode::Detection) {
        const SplitMetrics &m = r.metrics.front();
        out(QStringLiteral("# detection: %1 bona fide, %2 spoofed clips (targets = bona fide)").arg(m.targets).arg(m.nontargets));
        out(QStringLiteral("pooled EER %1 %  ROCCH-EER %2 %  minDCF(p=%3) %4  Cllr %5 bits  minCllr %6 bits")
                .arg(pct(m.eer).trimmed(), pct(m.rocchEer).trimmed())
                .arg(o.dcf.pTarget)
                .arg(val(m.minDcf.dcf), val(m.cllr), val(m.minCllr)));
        out(QStringLiteral("condition        EER %   ROCCH %   bona fide  spoof"));
        const auto row = [](const DetectionRow &d, const QString &kind) {
            out(QStringLiteral("%1 %2    %3   %4  %5%6")
                    .arg((kind + QLatin1Char(' ') + d.condition).leftJustified(16), pct(d.eer.eer), pct(d.rocchEer))
                    .arg(d.bonafide, 9)
                    .arg(d.spoof, 6)
                    .arg(d.bonafidePooled ? QStringLiteral("  (all bona fide)") : QString()));
        };
        for (const DetectionRow &d : r.detection.perAttack)
            row(d, QStringLiteral("attack"));
        for (const DetectionRow &d : r.detection.perCodec)
            row(d, QStringLiteral("codec"));
    } else {
        if (r.mode == EvaluationMode::Trace)
            out(QStringLiteral("# trace (%1): known %2; unknown %3; clips enrol %4, test %5%6")
                    .arg(r.backend, r.knownAttacks.join(QLatin1Char(',')),
                         r.unknownAttacks.isEmpty() ? QStringLiteral("none") : r.unknownAttacks.join(QLatin1Char(',')))
                    .arg(r.enrolClips)
                    .arg(r.testClips)
                    .arg(r.devClips ? QStringLiteral(", dev %1").arg(r.devClips) : QString()));
        else
            out(QStringLiteral("# trials: known %1; unknown %2").arg(r.knownAttacks.join(QLatin1Char(',')),
                                                                      r.unknownAttacks.join(QLatin1Char(','))));
        out(QStringLiteral("level          subset    EER %   ROCCH %   minDCF  Cllr    minCllr  targets  non-targets"));
        for (const SplitMetrics &m : r.metrics)
            out(QStringLiteral("%1 %2 %3   %4   %5  %6  %7  %8  %9")
                    .arg(m.level.leftJustified(14), m.subset.leftJustified(8), pct(m.eer), pct(m.rocchEer))
                    .arg(val(m.minDcf.dcf).rightJustified(6), val(m.cllr).rightJustified(6), val(m.minCllr).rightJustified(7))
                    .arg(m.targets, 7)
                    .arg(m.nontargets, 11));
        for (const auto &[level, c] : r.calibration)
            out(QStringLiteral("calibration %1: llr = %2 s + %3; eval Cllr %4 -> %5 bits (minCllr %6)")
                    .arg(level, val(c.calibration.a, 4), val(c.calibration.b, 4), val(c.evalCllrRaw),
                         val(c.evalCllrCalibrated), val(c.evalMinCllr)));
        if (r.hasClassification)
            out(QStringLiteral("closed set (known attacks, %1 clips): accuracy %2 %, macro-F1 %3 %")
                    .arg(r.classification.total)
                    .arg(pct(r.classification.accuracy).trimmed(), pct(r.classification.macroF1).trimmed()));
        if (r.hasOod)
            out(QStringLiteral("open set (unknown-attack detection, best attack score): AUROC %1 %, FPR@95%TPR %2 %, EER %3 %")
                    .arg(pct(r.ood.auroc).trimmed(), pct(r.ood.fprAt95Tpr).trimmed(), pct(r.ood.eer).trimmed()));
        for (const auto &[name, ood] : r.oodScores)
            out(QStringLiteral("OOD score %1 (logits): AUROC %2 %, FPR@95%TPR %3 %, EER %4 %")
                    .arg(name.leftJustified(6), pct(ood.auroc).trimmed(), pct(ood.fprAt95Tpr).trimmed(),
                         pct(ood.eer).trimmed()));
    }
    if (!r.writtenFiles.isEmpty())
        out(QStringLiteral("# wrote %1 files to %2").arg(r.writtenFiles.size()).arg(o.outDir));
    return 0;
}

CliRegistrar reg(QStringLiteral("evaluate"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "metrics from scores or embeddings: detection | trace | trials")),
                 runEvaluate);

} // namespace

} // namespace st::cli
