// sourcetrace-cli fuse: logistic-regression fusion of several detectors' scores (core/eval/ScoreFusion.h).
// `fuse train` fits weights and offset on one protocol's labelled clips and stores them as a fusion model;
// `fuse apply` writes the fused log-LRs of another protocol's clips as a score file `evaluate detection` reads.
#include "cli/CliCommand.h"

#include "eval/Protocol.h"
#include "eval/ScoreFusion.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <cmath>

namespace st::cli {

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("FuseCommand",
    "Logistic-regression fusion of detectors' scores (BOSARIS style):\n"
    "  sourcetrace-cli fuse train --protocol P --scores NAME=FILE [--scores NAME=FILE ...] --out fusion.json\n"
    "      [--prior 0.5] [--l2 1e-4] [--overwrite]\n"
    "      fits llr = w . s + b on P's labelled clips (bona fide = target) by minimising the prior-weighted\n"
    "      cross-entropy at --prior with a ridge --l2 on w; writes the fusion model (sourcetrace-fusion/1).\n"
    "  sourcetrace-cli fuse apply --model fusion.json --protocol P --scores NAME=FILE ... --out fused.txt\n"
    "      [--overwrite]\n"
    "      writes 'file llr' lines for P's clips (labels unused), a score file `evaluate detection` reads.\n"
    "      The detector names must be exactly the model's (any order).\n"
    "FILE: 'file score' lines, a CSV with file,score columns, or `detect --json` JSON Lines. Every clip of P needs\n"
    "a finite score in every FILE; a clip scored twice is refused (file:line). Never train on the data you evaluate.");

bool splitScores(const QStringList &values, QStringList &names, QStringList &paths, QString &error)
{
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1) {
            error = QCoreApplication::translate("FuseCommand", "--scores '%1' must be NAME=FILE").arg(v);
            return false;
        }
        names << v.left(eq);
        paths << v.mid(eq + 1);
    }
    if (names.isEmpty()) {
        error = QCoreApplication::translate("FuseCommand", "give at least one --scores NAME=FILE");
        return false;
    }
    return true;
}

void writeFused(const QString &path, const std::vector<LabelledClip> &clips, const std::vector<double> &llr, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        throw Error(path, QCoreApplication::translate("FuseCommand", "the output exists already (use --overwrite to replace it)"));
    QByteArray text;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (clips[i].file.contains(QRegularExpression(QStringLiteral("\\s"))))
            throw Error(path, QCoreApplication::translate("FuseCommand", "clip name '%1' contains white space: it cannot be written as a 'file score' line")
                                  .arg(Error::escaped(clips[i].file)));
        text += clips[i].file.toUtf8() + ' ' + QByteArray::number(llr[i], 'g', 17) + '\n';
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        throw Error(path, QCoreApplication::translate("FuseCommand", "cannot write the fused scores: %1").arg(f.errorString()));
}

int runFuse(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("FuseCommand", kUsage));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("MODE"), QCoreApplication::translate("FuseCommand", "train | apply"));
    p.addOptions({
        {QStringLiteral("protocol"), QCoreApplication::translate("FuseCommand", "Clip protocol (SourceTrace TSV, ASVspoof LA, MLAAD CSV)."), QStringLiteral("P")},
        {QStringLiteral("scores"), QCoreApplication::translate("FuseCommand", "NAME=FILE: one detector's score file (repeat per detector)."), QStringLiteral("NAME=FILE")},
        {QStringLiteral("model"), QCoreApplication::translate("FuseCommand", "apply: the fusion model `fuse train` wrote."), QStringLiteral("M")},
        {QStringLiteral("out"), QCoreApplication::translate("FuseCommand", "train: fusion model (JSON); apply: fused score file."), QStringLiteral("FILE")},
        {QStringLiteral("prior"), QCoreApplication::translate("FuseCommand", "train: target prior of the objective (default 0.5)."), QStringLiteral("P"), QStringLiteral("0.5")},
        {QStringLiteral("l2"), QCoreApplication::translate("FuseCommand", "train: ridge on the weights (default 1e-4)."), QStringLiteral("L"), QStringLiteral("1e-4")},
        {QStringLiteral("overwrite"), QCoreApplication::translate("FuseCommand", "Replace an existing --out file.")},
    });
    if (!p.parse(QStringList{QStringLiteral("sourcetrace-cli fuse")} + args)) {
        err(QStringLiteral("sourcetrace-cli fuse: %1").arg(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(helpText(p, QStringLiteral("fuse")));
        return 0;
    }
    const auto usage = [](const QString &msg) {
        err(QStringLiteral("sourcetrace-cli fuse: %1\n%2").arg(msg, QCoreApplication::translate("FuseCommand", kUsage)));
        return 2;
    };
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos.first() != QLatin1String("train") && pos.first() != QLatin1String("apply")))
        return usage(QCoreApplication::translate("FuseCommand", "give exactly one mode (train or apply)"));
    const bool train = pos.first() == QLatin1String("train");
    QStringList names, paths;
    QString error;
    if (!splitScores(p.values(QStringLiteral("scores")), names, paths, error))
        return usage(error);
    const QString protocol = p.value(QStringLiteral("protocol")), outPath = p.value(QStringLiteral("out"));
    if (protocol.isEmpty() || outPath.isEmpty())
        return usage(QCoreApplication::translate("FuseCommand", "give --protocol and --out"));
    if (!train && p.value(QStringLiteral("model")).isEmpty())
        return usage(QCoreApplication::translate("FuseCommand", "apply needs --model"));
    const bool overwrite = p.isSet(QStringLiteral("overwrite"));
    bool okP = false, okL = false;
    const double prior = p.value(QStringLiteral("prior")).toDouble(&okP);
    const double l2 = p.value(QStringLiteral("l2")).toDouble(&okL);
    if (!okP || !(prior > 0 && prior < 1))
        return usage(QCoreApplication::translate("FuseCommand", "--prior '%1' must be a number in (0, 1)").arg(p.value(QStringLiteral("prior"))));
    if (!okL || !std::isfinite(l2) || l2 < 0)
        return usage(QCoreApplication::translate("FuseCommand", "--l2 '%1' must be a finite number >= 0").arg(p.value(QStringLiteral("l2"))));
    try {
        const std::vector<LabelledClip> clips = readClipProtocol(protocol);
        const FusionScores scores = joinScoreFiles(names, paths, clips);
        if (train) {
            std::vector<bool> isTarget;
            for (const LabelledClip &c : clips)
                isTarget.push_back(c.isBonafide);
            FusionTraining t = trainFusion(scores, isTarget, prior, l2);
            t.model.trainingProtocol = QFileInfo(protocol).fileName();
            t.model.trainingSha256 = fusionInputsSha256(protocol, names, paths);
            t.model.save(outPath, overwrite);
            QStringList w;
            for (int k = 0; k < names.size(); ++k)
                w << QStringLiteral("%1 %2").arg(t.model.detectors[k]).arg(t.model.weights[k], 0, 'g', 6);
            out(QCoreApplication::translate("FuseCommand", "fuse: %1 bona fide (target) and %2 spoof trials, prior %3, l2 %4: weights %5, offset %6; "
                               "training Cllr %7 bits; %8 after %9 Newton iterations; written to %10")
                    .arg(t.model.targets).arg(t.model.nontargets).arg(prior).arg(l2).arg(w.join(QLatin1String(", ")))
                    .arg(t.model.offset, 0, 'g', 6).arg(t.model.trainingCllr, 0, 'f', 4)
                    .arg(t.model.converged ? QCoreApplication::translate("FuseCommand", "converged") : QCoreApplication::translate("FuseCommand", "NOT converged"))
                    .arg(t.model.iterations).arg(outPath));
            return t.model.converged ? 0 : 1;
        }
        const FusionModel m = FusionModel::load(p.value(QStringLiteral("model")));
        writeFused(outPath, clips, m.apply(scores), overwrite);
        out(QCoreApplication::translate("FuseCommand", "fuse: %1 clips fused with %2 (trained on %3); written to %4")
                .arg(clips.size()).arg(m.detectors.join(QLatin1String(", ")), m.trainingProtocol, outPath));
        return 0;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli fuse: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("fuse"),
                 QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "train / apply a logistic-regression fusion of detectors' scores (fused log-LRs)")), runFuse);

} // namespace

} // namespace st::cli
