// sourcetrace-cli detect: the detection score of clips (and optionally a score timeline).
#include "cli/CliCommand.h"
#include "cli/ModelCliSupport.h"
#include "cli/ShardCliSupport.h"
#include "audio/AudioFile.h"

#include "analysis/ConditionsJudge.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace st::cli {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray floats(const std::vector<float> &v)
{
    QJsonArray a;
    for (float x : v)
        a.append(double(x));
    return a;
}

QString seconds(int64_t samples, int rate)
{
    return QString::number(double(samples) / rate, 'f', 2);
}

// The options of detect (also parsed by `merge detect`).
void detectOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate("DetectCommand", "Detection scores: sourcetrace-cli detect --model M (FILE... | --protocol P [--root DIR]) [--timeline]\n"
        "  [--window N --hop N] [--json]\n"
        "The score is the bona fide logit of the model; its convention is printed with it (for the AASIST\n"
        "checkpoints: logit 1 = bona fide; higher = more bona fide). --json prints one JSON object per clip\n"
        "and line (JSON Lines). A clip that fails is reported as 'path: cause' on stderr; the exit status is then 1.\n"
        "Without --model the default model (sourcetrace-default, trained by the project) is used. A model with a\n"
        "validity.json (sourcetrace-cli calibrate-model) also gives the calibrated likelihood ratio\n"
        "LR = p(score | bona fide) / p(score | spoofed), unless the clip is outside the validated conditions (too short,\n"
        "too narrow a band, a codec never trained on, unlike the training material): the LR is then withheld and the\n"
        "reasons are printed."));
    addModelOptions(p);
    p.addOption({QStringLiteral("timeline"), QCoreApplication::translate("DetectCommand", "Also a score per window (--window, --hop; default 64600 / 32000 samples).")});
    p.addOption({QStringLiteral("window"), QCoreApplication::translate("DetectCommand", "Timeline window in samples (default 64600)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("DetectCommand", "JSON Lines output.")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("DetectCommand", "Write the results to this file instead of stdout (required with --shard)."),
                 QStringLiteral("FILE")});
    addShardOption(p);
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("DetectCommand", "Audio files."), QStringLiteral("[FILE...]"));
}

int runDetect(const QStringList &args)
{
    QCommandLineParser p;
    detectOptions(p);
    if (!parseArgs(p, QStringLiteral("detect"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;

    ModelJobSetup setup;
    if (!prepareModelJob(p, QStringLiteral("detect"), setup))
        return 2;
    std::vector<ClipInput> &inputs = setup.inputs;
    const ModelManifest &manifest = setup.manifest;
    const InputPolicy policy = setup.policy;
    const int length = setup.length, hop = setup.hop, channel = setup.channel;
    int window = 64600, tlHop = 32000;
    for (const auto &[name, target] : {std::pair<QString, int *>{QStringLiteral("window"), &window},
                                       std::pair<QString, int *>{QStringLiteral("hop"), &tlHop}}) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        *target = p.value(name).toInt(&ok);
        if (!ok || *target < 1) {
            err(QStringLiteral("sourcetrace-cli detect: ") + QCoreApplication::translate("DetectCommand", "--%1 must be a positive number of samples").arg(name));
            return 2;
        }
    }
    const bool json = p.isSet(QStringLiteral("json"));
    ShardSpec shard;
    if (!shardFromOptions(p, QStringLiteral("detect"), shard))
        return 2;
    if (shard.sharded && !p.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("sourcetrace-cli detect: ") + QCoreApplication::translate("DetectCommand", "--shard needs --out FILE (shard K of N writes FILE.shards/K-of-N/)"));
        return 2;
    }
    // Results go to stdout, or to --out (a shard's: FILE.shards/K-of-N/<basename>, with its shard.json).
    const QString outFile = !p.isSet(QStringLiteral("out")) ? QString()
                            : shard.sharded ? shardFileFor(p.value(QStringLiteral("out")), shard) : p.value(QStringLiteral("out"));
    const QString shardFolder = QFileInfo(outFile).path();
    keepShard(inputs, shard);
    ShardInfo shardInfo = expectedShardInfo(QStringLiteral("detect"), args, manifest);
    shardInfo.index = shard.index;
    shardInfo.count = shard.count;
    shardInfo.clips = int(inputs.size());
    if (shard.sharded && QFileInfo::exists(ShardInfo::path(shardFolder)) && QFileInfo::exists(outFile)) {
        try {
            const ShardInfo done = ShardInfo::read(shardFolder);
            if (done.complete && done.failed.isEmpty() && done.settingsFingerprint == shardInfo.settingsFingerprint
                && done.weightsSha256 == manifest.weightsSha256 && done.buildCommit == ShardInfo::thisBuildCommit()) {
                err(QStringLiteral("sourcetrace-cli detect: ") + QCoreApplication::translate("DetectCommand", "shard %1 is already complete in %2: nothing to do")
                        .arg(shard.folderName(), outFile));
                return 0;
            }
        } catch (const Error &) {
            // an unreadable record: the shard runs again
        }
    }
    QFile sink;
    if (!outFile.isEmpty()) {
        QDir().mkpath(QFileInfo(outFile).path());
        sink.setFileName(outFile);
        if (!sink.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err(QStringLiteral("sourcetrace-cli detect: %1").arg(Error::format(outFile, QStringLiteral("cannot write: %1").arg(sink.errorString()), 0)));
            return 1;
        }
    }
    const auto emitLine = [&](const QString &line) {
        if (!sink.isOpen()) {
            out(line);
            return;
        }
        if (sink.write(line.toUtf8() + '\n') < 0 || !sink.flush())
            throw Error(outFile, QStringLiteral("cannot write: %1").arg(sink.errorString()));
    };
    const bool wantTimeline = p.isSet(QStringLiteral("timeline"));
    if (!manifest.isDetector())
        err(QCoreApplication::translate("DetectCommand", "detect: model %1 is not a detector (%2): printing its logits and top class")
                .arg(manifest.name, manifest.scoreConvention()));
    // The one judge of the validated conditions (core/analysis): the same LR, given or withheld for the same reasons,
    // as the GUI, `case analyse` and the report.
    const ConditionsJudge judge = ConditionsJudge::forManifest(manifest);
    if (!judge.error().isEmpty())
        err(QStringLiteral("sourcetrace-cli detect: ") + QCoreApplication::translate("DetectCommand", "%1 (likelihood ratios are withheld)").arg(judge.error()));

    try {
        EmbeddingModelPtr model = loadModel(manifest, p);
        ModelRunner runner(model);
        runner.setInputPolicy(policy, length, hop);
        const QString convention = manifest.scoreConvention();
        if (!json)
            emitLine(QStringLiteral("# model %1 (weights SHA-256 %2), input %3%4, %5")
                    .arg(manifest.name, manifest.weightsSha256, inputPolicyName(runner.inputPolicy()),
                         runner.inputPolicy() == InputPolicy::WholeClip ? QString() : QStringLiteral(" %1").arg(runner.inputLength()),
                         model->device()));

        if (shard.sharded)
            shardInfo.write(shardFolder); // complete: false until the shard's end
        const QStringList failures = runBatch(QCoreApplication::translate("DetectCommand", "detect with %1").arg(manifest.name), int(inputs.size()), p,
            [&](int i, const RunProgress &progress) -> QString {
                const ClipInput &c = inputs[size_t(i)];
                ClipResult r;
                std::vector<TimelineWindow> tl;
                ConditionsJudgement judged;
                try {
                    AudioFile file(c.path);
                    checkChannel(file, channel);
                    // The policy's input, then the timeline: both stream the file (a two-hour recording is
                    // never decoded whole), with progress and a prompt stop on Ctrl-C.
                    r = runner.runFile(file, channel, [&](double f) { return progress(wantTimeline ? 0.1 * f : f); });
                    if (wantTimeline)
                        tl = runner.timelineFile(file, channel, window, tlHop, [&](double f) { return progress(0.1 + 0.9 * f); });
                    if (judge.present())
                        judged = judge.judge(readClip(c.path, manifest.sampleRate, channel), manifest.sampleRate,
                                             file.info().container, file.info().sampleFormat, r.embedding);
                } catch (const Error &e) {
                    return clipFailure(e, c.path);
                }
                for (const QString &w : r.warnings)
                    err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("DetectCommand", "warning: %1: %2").arg(c.path, w));
                const DetectionLr lr = detectionLr(judge, judged, r.score);
                const bool giveLr = lr.due && manifest.isDetector();
                const ClipConditions &cond = judged.conditions;
                int top = 0;
                for (size_t k = 1; k < r.logits.size(); ++k)
                    if (r.logits[k] > r.logits[size_t(top)])
                        top = int(k);
                if (json) {
                    QJsonObject o;
                    o.insert(QStringLiteral("file"), c.key);
                    o.insert(QStringLiteral("path"), c.path);
                    o.insert(QStringLiteral("model"), manifest.name);
                    o.insert(QStringLiteral("weightsSha256"), manifest.weightsSha256);
                    o.insert(QStringLiteral("inputPolicy"), inputPolicyName(runner.inputPolicy()));
                    o.insert(QStringLiteral("score"), number(r.score));
                    o.insert(QStringLiteral("scoreConvention"), convention);
                    o.insert(QStringLiteral("logits"), floats(r.logits));
                    o.insert(QStringLiteral("topClass"), manifest.classNames.value(top));
                    o.insert(QStringLiteral("samples"), qint64(r.clipSamples));
                    QJsonObject analysed;
                    analysed.insert(QStringLiteral("start"), qint64(r.analysedStart));
                    analysed.insert(QStringLiteral("end"), qint64(r.analysedEnd));
                    analysed.insert(QStringLiteral("sampleRate"), manifest.sampleRate);
                    analysed.insert(QStringLiteral("inputs"), r.inputs);
                    o.insert(QStringLiteral("analysed"), analysed);
                    QJsonArray warnings;
                    for (const QString &w : r.warnings)
                        warnings.append(w);
                    o.insert(QStringLiteral("warnings"), warnings);
                    if (giveLr) {
                        QJsonObject lo{{QStringLiteral("withheld"), !lr.given},
                                       {QStringLiteral("reasons"), QJsonArray::fromStringList(lr.withheldReasons)},
                                       {QStringLiteral("calibration"), judge.validity().path}};
                        if (lr.given) {
                            lo.insert(QStringLiteral("llr"), number(lr.llr));
                            lo.insert(QStringLiteral("log10_lr"), number(lr.log10Lr()));
                            lo.insert(QStringLiteral("lr"), number(std::exp(lr.llr)));
                            lo.insert(QStringLiteral("verbal"), lr.verbal);
                        }
                        o.insert(QStringLiteral("likelihoodRatio"), lo);
                        o.insert(QStringLiteral("conditions"),
                                 QJsonObject{{QStringLiteral("seconds"), cond.seconds},
                                             {QStringLiteral("activeSeconds"), cond.activeSeconds},
                                             {QStringLiteral("bandwidthHz"), cond.bandwidthHz},
                                             {QStringLiteral("codec"), cond.codec},
                                             {QStringLiteral("oodScore"), number(cond.oodScore)}});
                    }
                    if (wantTimeline) {
                        QJsonArray a;
                        for (const TimelineWindow &w : tl) {
                            QJsonObject wo;
                            wo.insert(QStringLiteral("start"), qint64(w.start));
                            wo.insert(QStringLiteral("end"), qint64(w.end));
                            wo.insert(QStringLiteral("score"), number(w.score));
                            wo.insert(QStringLiteral("logits"), floats(w.logits));
                            a.append(wo);
                        }
                        o.insert(QStringLiteral("timeline"), a);
                    }
                    emitLine(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                } else {
                    if (manifest.isDetector()) {
                        QString lrText;
                        if (giveLr && lr.given)
                            lrText = QStringLiteral("\tLR %1 (log10 %2, %3)").arg(QString::number(std::exp(lr.llr), 'g', 3))
                                         .arg(lr.log10Lr(), 0, 'f', 2).arg(lr.verbal);
                        else if (giveLr)
                            lrText = QStringLiteral("\tLR withheld: %1").arg(lr.withheldReasons.join(QStringLiteral("; ")));
                        emitLine(QStringLiteral("%1\tscore %2\t(%3)%4").arg(Error::escaped(c.key)).arg(r.score, 0, 'f', 4).arg(convention, lrText));
                    }
                    else
                        emitLine(QStringLiteral("%1\ttop class %2 (logit %3)").arg(Error::escaped(c.key), manifest.classNames.value(top))
                                .arg(r.logits[size_t(top)], 0, 'f', 4));
                    for (const TimelineWindow &w : tl)
                        emitLine(QStringLiteral("  %1-%2 s\tscore %3").arg(seconds(w.start, manifest.sampleRate), seconds(w.end, manifest.sampleRate))
                                .arg(w.score, 0, 'f', 4));
                }
                return {};
            },
            [&](int i) { return inputs[size_t(i)].key; });
        for (const QString &f : failures)
            err(QStringLiteral("sourcetrace-cli: %1").arg(f));
        if (!failures.isEmpty())
            err(QStringLiteral("sourcetrace-cli detect: ") + QCoreApplication::translate("DetectCommand", "%1 of %2 clips failed").arg(failures.size()).arg(inputs.size()));
        if (shard.sharded) {
            shardInfo.complete = failures.isEmpty();
            shardInfo.failed = failures;
            shardInfo.write(shardFolder);
        }
        return failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli detect: %1").arg(e.message()));
        return 1;
    }
}

// merge detect: the shards' result lines (each clip's line, with its timeline lines) in the order of the protocol,
// under the header line they share: what an unsharded `detect --out FILE` writes.
int mergeDetect(const QStringList &args, int shards)
{
    QCommandLineParser p;
    detectOptions(p);
    if (!parseArgs(p, QStringLiteral("merge detect"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString prefix = QStringLiteral("sourcetrace-cli merge detect: ");
    if (!p.isSet(QStringLiteral("out"))) {
        err(prefix + QCoreApplication::translate("DetectCommand", "--out FILE is required (the file the shards were written for)"));
        return 2;
    }
    const QString outFile = p.value(QStringLiteral("out"));
    const bool json = p.isSet(QStringLiteral("json"));
    ModelJobSetup setup;
    if (!prepareModelJob(p, QStringLiteral("merge detect"), setup))
        return 2;
    const std::vector<QString> folders = checkShardsForMerge(QStringLiteral("detect"), shardsRootFor(outFile, false), shards,
                                                             expectedShardInfo(QStringLiteral("detect"), args, setup.manifest));
    if (folders.empty())
        return 1;
    const int n = int(folders.size());
    try {
        QByteArray header;
        bool haveHeader = false;
        QHash<QString, QByteArray> blocks; // the clip's line as written (text: escaped key) -> its lines
        for (int k = 0; k < n; ++k) {
            const QString file = folders[size_t(k)] + QLatin1Char('/') + QFileInfo(outFile).fileName();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                throw Error(file, QStringLiteral("cannot read: %1").arg(f.errorString()));
            QList<QByteArray> lines = f.readAll().split('\n');
            lines.removeLast();
            QString current;
            QByteArray shardHeader;
            for (int i = 0; i < lines.size(); ++i) {
                const QByteArray &l = lines[i];
                if (current.isEmpty() && l.startsWith("# ")) {
                    shardHeader += l + '\n';
                    continue;
                }
                if (l.startsWith("  ")) {
                    if (current.isEmpty())
                        throw Error(file, QStringLiteral("a timeline line before any clip's line"), i + 1);
                    blocks[current] += l + '\n';
                    continue;
                }
                if (json) {
                    const QJsonObject o = QJsonDocument::fromJson(l).object();
                    if (!o.value(QStringLiteral("file")).isString())
                        throw Error(file, QStringLiteral("not a JSON line of detect --json"), i + 1);
                    current = o.value(QStringLiteral("file")).toString();
                } else {
                    const int tab = l.indexOf('\t');
                    if (tab <= 0)
                        throw Error(file, QStringLiteral("not a result line of detect"), i + 1);
                    current = QString::fromUtf8(l.left(tab));
                }
                blocks[current] = l + '\n';
            }
            if (!haveHeader) {
                header = shardHeader;
                haveHeader = true;
            } else if (shardHeader != header) {
                throw Error(file, QStringLiteral("its header line differs from shard 0's (\"%1\" against \"%2\"): the shards ran with "
                                                 "another model or device").arg(QString::fromUtf8(shardHeader.trimmed()), QString::fromUtf8(header.trimmed())));
            }
        }
        // A clip named twice is detected twice by an unsharded run: its lines come twice here too.
        const int count = writeJoinedRows(outFile, header, setup.inputs, blocks,
                                          [json](const ClipInput &c) { return json ? c.key : Error::escaped(c.key); }, folders);
        err(prefix + QCoreApplication::translate("DetectCommand", "%1 clips of %2 shards in %3").arg(count).arg(n).arg(outFile));
        return 0;
    } catch (const Error &e) {
        err(prefix + e.message());
        return 1;
    }
}

ShardMergerRegistrar mergeReg(QStringLiteral("detect"), mergeDetect);

CliRegistrar reg(QStringLiteral("detect"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "spoof detection score of clips (+ score timeline)")), runDetect);

} // namespace

} // namespace st::cli
