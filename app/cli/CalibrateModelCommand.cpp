// sourcetrace-cli calibrate-model: fits a detector's score-to-log-LR calibration on a labelled calibration protocol
// the model never trained on, measures the range of conditions it was validated under, and writes validity.json
// beside the model's manifest (library/ValidatedConditions.h). detect, trace and the GUI then report calibrated
// likelihood ratios, and withhold them, with the reason, for clips outside the validated conditions.
#include "cli/CliCommand.h"
#include "cli/ModelCliSupport.h"

#include "audio/AudioFile.h"
#include "eval/LinearCalibration.h"
#include "eval/Metrics.h"
#include "eval/Protocol.h"
#include "library/ValidatedConditions.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <mutex>

namespace st::cli {

namespace {

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const size_t i = size_t(std::floor(pos));
    const double f = pos - double(i);
    return i + 1 < v.size() ? v[i] * (1 - f) + v[i + 1] * f : v[i];
}

int runCalibrateModel(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CalibrateModelCommand", "Calibrates a detector and records its validated conditions:\n"
        "  sourcetrace-cli calibrate-model --model M --protocol CAL.tsv [--root DIR] --trained-on TRAIN.tsv\n"
        "      [--percentile 2] [--out FILE]\n"
        "Runs the model over the labelled calibration clips (never the training or test clips), fits log LR = a * score + b\n"
        "(prior 0.5), and writes validity.json beside the manifest (or --out): the calibration with its Cllr, minCllr and\n"
        "EER on those clips, and the validated conditions: the shortest duration and narrowest bandwidth (the --percentile\n"
        "th percentile of the calibration clips), the codecs of the training protocol, and the lowest in-distribution\n"
        "score (kNN cosine to the model's ood.safetensors feature bank, same percentile)."));
    addModelOptions(p);
    p.addOption({QStringLiteral("trained-on"), QCoreApplication::translate("CalibrateModelCommand", "The training protocol (its codec column lists the trained codecs)."), QStringLiteral("TRAIN.tsv")});
    p.addOption({QStringLiteral("percentile"), QCoreApplication::translate("CalibrateModelCommand", "Lower percentile of the calibration clips taken as the validated limit (default 2)."), QStringLiteral("Q"), QStringLiteral("2")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("CalibrateModelCommand", "Where to write (default: validity.json beside the manifest)."), QStringLiteral("FILE")});
    if (!parseArgs(p, QStringLiteral("calibrate-model"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("protocol")) || !p.isSet(QStringLiteral("trained-on")) || !p.isSet(QStringLiteral("model"))) {
        err(QStringLiteral("sourcetrace-cli calibrate-model: ") + QCoreApplication::translate("CalibrateModelCommand", "--model, --protocol and --trained-on are required"));
        return 2;
    }
    bool qOk = false;
    const double q = p.value(QStringLiteral("percentile")).toDouble(&qOk);
    if (!qOk || !(q >= 0 && q <= 50)) {
        err(QStringLiteral("sourcetrace-cli calibrate-model: ") + QCoreApplication::translate("CalibrateModelCommand", "--percentile must be a number in [0, 50]"));
        return 2;
    }
    try {
        const ModelManifest manifest = resolveModel(p);
        if (!manifest.isDetector())
            throw Error(QCoreApplication::translate("CalibrateModelCommand", "model %1 is not a detector (no bona fide class): nothing to calibrate").arg(manifest.name));
        const std::vector<ClipInput> inputs = clipInputs(p);
        QMap<QString, bool> bonafide;
        for (const LabelledClip &c : readClipProtocol(p.value(QStringLiteral("protocol"))))
            bonafide.insert(c.file, c.isBonafide);
        QSet<QString> codecs;
        for (const LabelledClip &c : readClipProtocol(p.value(QStringLiteral("trained-on"))))
            if (!c.codec.isEmpty() && c.codec != QLatin1String("-"))
                codecs.insert(c.codec);
        const QString outPath = p.isSet(QStringLiteral("out"))
                                    ? p.value(QStringLiteral("out"))
                                    : QFileInfo(manifest.manifestPath).absoluteDir().filePath(QStringLiteral("validity.json"));
        const QString bankName = QStringLiteral("ood.safetensors");
        const QString bankPath = QFileInfo(manifest.manifestPath).absoluteDir().filePath(bankName);
        FeatureBank bank;
        if (QFileInfo::exists(bankPath))
            bank = FeatureBank::load(bankPath);
        else
            err(QCoreApplication::translate("CalibrateModelCommand", "calibrate-model: no %1 beside the manifest: no in-distribution range is recorded").arg(bankPath));

        EmbeddingModelPtr model = loadModel(manifest, p);
        ModelRunner runner(model);
        std::vector<double> tar, non, seconds, bandwidth, ood;
        std::mutex mu;
        const QStringList failures = runBatch(QCoreApplication::translate("CalibrateModelCommand", "calibrate %1").arg(manifest.name), int(inputs.size()), p,
            [&](int i) -> QString {
                const ClipInput &c = inputs[size_t(i)];
                if (!bonafide.contains(c.key))
                    throw Error(c.path, QCoreApplication::translate("CalibrateModelCommand", "not in the protocol's labels"));
                const std::vector<float> clip = readClip(c.path, manifest.sampleRate);
                const ClipResult r = runner.run(clip);
                const ClipConditions cond = measureClip(clip, manifest.sampleRate);
                const double o = bank.empty() ? std::nan("") : bank.knnCosine(r.embedding, 7);
                if (!std::isfinite(r.score))
                    throw Error(c.path, QCoreApplication::translate("CalibrateModelCommand", "the score is not finite"));
                std::lock_guard<std::mutex> lock(mu);
                (bonafide.value(c.key) ? tar : non).push_back(r.score);
                seconds.push_back(cond.seconds);
                bandwidth.push_back(cond.bandwidthHz);
                if (std::isfinite(o))
                    ood.push_back(o);
                return {};
            },
            [&](int i) { return inputs[size_t(i)].key; });
        for (const QString &f : failures)
            err(QStringLiteral("sourcetrace-cli: %1").arg(f));
        if (tar.empty() || non.empty())
            throw Error(p.value(QStringLiteral("protocol")), QCoreApplication::translate("CalibrateModelCommand", "needs bona fide and spoofed clips (%1 / %2 scored)").arg(tar.size()).arg(non.size()));
        const LinearCalibration cal = LinearCalibration::train(tar, non, 0.5);
        ValidatedConditions v;
        v.present = true;
        v.calibrated = true;
        v.a = cal.a;
        v.b = cal.b;
        v.calibrationProtocol = QFileInfo(p.value(QStringLiteral("protocol"))).fileName();
        v.calibrationSha256 = sha256OfFile(p.value(QStringLiteral("protocol")));
        v.calibrationTargets = int(tar.size());
        v.calibrationNontargets = int(non.size());
        v.calibrationCllr = cllr(cal.apply(tar), cal.apply(non));
        v.calibrationMinCllr = minCllr(tar, non);
        v.calibrationEer = computeEer(tar, non).eer;
        v.minSeconds = percentile(seconds, q / 100);
        v.minBandwidthHz = percentile(bandwidth, q / 100);
        v.codecs = QStringList(codecs.begin(), codecs.end());
        v.codecs.sort();
        if (!ood.empty()) {
            v.minOodScore = percentile(ood, q / 100);
            v.oodBank = bankName;
        }
        v.save(outPath);
        out(QCoreApplication::translate("CalibrateModelCommand", "calibrate-model: %1: log LR = %2 * score + %3 on %4 bona fide / %5 spoofed clips of %6: "
                           "Cllr %7 bits, minCllr %8, EER %9 %")
                .arg(manifest.name).arg(v.a, 0, 'g', 6).arg(v.b, 0, 'g', 6).arg(tar.size()).arg(non.size())
                .arg(v.calibrationProtocol).arg(v.calibrationCllr, 0, 'f', 4).arg(v.calibrationMinCllr, 0, 'f', 4)
                .arg(100 * v.calibrationEer, 0, 'f', 2));
        out(QCoreApplication::translate("CalibrateModelCommand", "calibrate-model: validated: at least %1 s, bandwidth at least %2 Hz, codecs %3, kNN cosine at least %4; written to %5")
                .arg(v.minSeconds, 0, 'f', 2).arg(v.minBandwidthHz, 0, 'f', 0).arg(v.codecs.join(QLatin1Char(',')))
                .arg(v.minOodScore, 0, 'f', 3).arg(outPath));
        return failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli calibrate-model: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("calibrate-model"),
                 QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "fit a detector's log-LR calibration and record its validated conditions (validity.json)")),
                 runCalibrateModel);

} // namespace

} // namespace st::cli
