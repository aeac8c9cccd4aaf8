// sourcetrace-cli trace: ranked candidate sources per level for clips, the open-set decision, OOD scores, and
// (with a labelled protocol) STOPA-style pooled EER tables.
#include "cli/CliCommand.h"
#include "analysis/ConditionsJudge.h"
#include "analysis/TraceAnalysis.h"
#include "cli/LibraryCliSupport.h"
#include "cli/ModelCliSupport.h"

#include "eval/PooledEer.h"
#include "library/FingerprintLibrary.h"
#include "eval/OodScores.h"
#include "library/OpenSet.h"
#include "library/TraceBackend.h"
#include "library/ValidatedConditions.h"
#include "audio/AudioFile.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace st::cli {

namespace {

QString eerText(double f) { return std::isnan(f) ? QStringLiteral("  n/a") : QString::number(100 * f, 'f', 2); }

int runTrace(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("TraceCommand", "Traces clips to the sources of a library: sourcetrace-cli trace --library L.db (FILE... | --protocol P [--root DIR])\n"
        "  [--embeddings DIR] [--backend cosine|mahalanobis|knn|mlp|siamese-ce|siamese-cl|siamese-zs] [--k 7] [--shrinkage 0.1]\n"
        "  [--weights PTH] [--top 5] [--json]\n"
        "  [--pooled-eer OUTDIR]\n"
        "Prints, per clip and level, the ranked candidates with scores (higher = more likely) and the decision: the best\n"
        "source, or 'unknown' when its score is at or below the threshold stored by `library calibrate` for that level\n"
        "and back-end. The trained back-ends (mlp, siamese-*) use the fit stored by `library fit-backend`; siamese-cl/zs\n"
        "with --weights and no stored fit use published weights as they are.\n"
        "With a model that has a class head, also the OOD scores (MSP, energy, NSD; higher = in-distribution).\n"
        "--pooled-eer (needs a labelled --protocol): every clip against every attack fingerprint as STOPA trials; writes\n"
        "pooled_eer_kn.csv / pooled_eer_ukn.csv to OUTDIR and prints the table (known attacks = the library's).\n"
        "Without --library the default library (library.db beside the default model, sourcetrace-default) is used.\n"
        "When the library's model has a validity.json (calibrate-model), a clip outside its validated conditions gets\n"
        "no likelihood ratio: the LRs are withheld and the reasons printed."));
    addLibraryInputOptions(p);
    p.addOption({QStringLiteral("library"), QCoreApplication::translate("TraceCommand", "The fingerprint library."), QStringLiteral("L.db")});
    p.addOption({QStringLiteral("backend"), QCoreApplication::translate("TraceCommand", "cosine (default), mahalanobis, knn, or a trained one stored by `library fit-backend`: mlp, siamese-ce, siamese-cl, siamese-zs."), QStringLiteral("B"), QStringLiteral("cosine")});
    p.addOption({QStringLiteral("weights"), QCoreApplication::translate("TraceCommand", "siamese-cl/zs without a stored fit: published tower weights (.pt)."), QStringLiteral("PTH")});
    p.addOption({QStringLiteral("k"), QCoreApplication::translate("TraceCommand", "knn: k (default 7)."), QStringLiteral("K")});
    p.addOption({QStringLiteral("shrinkage"), QCoreApplication::translate("TraceCommand", "mahalanobis: shrinkage (default 0.1)."), QStringLiteral("A")});
    p.addOption({QStringLiteral("center"), QCoreApplication::translate("TraceCommand", "cosine: subtract the mean enrolment embedding first.")});
    p.addOption({QStringLiteral("top"), QCoreApplication::translate("TraceCommand", "Candidates shown per level (default 5; JSON: all)."), QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("TraceCommand", "JSON on stdout (one object with a result per clip).")});
    p.addOption({QStringLiteral("pooled-eer"), QCoreApplication::translate("TraceCommand", "Write STOPA pooled EER tables to this folder."), QStringLiteral("OUTDIR")});
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("TraceCommand", "--pooled-eer: overwrite existing tables.")});
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("TraceCommand", "Audio files."), QStringLiteral("[FILE...]"));
    if (!parseArgs(p, QStringLiteral("trace"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    QString libraryPath = p.value(QStringLiteral("library"));
    if (libraryPath.isEmpty()) {
        // The default library ships beside the default model.
        libraryPath = defaultLibraryPath();
        if (libraryPath.isEmpty()) {
            err(QStringLiteral("sourcetrace-cli trace: ") + QCoreApplication::translate("TraceCommand", "--library is required (no default library: the default model %1 has no "
                               "library.db beside its manifest)").arg(defaultModelName()));
            return 2;
        }
    }
    bool topOk = false;
    const int top = p.value(QStringLiteral("top")).toInt(&topOk);
    if (!topOk || top < 1) {
        err(QStringLiteral("sourcetrace-cli trace: ") + QCoreApplication::translate("TraceCommand", "--top takes a whole number of at least 1, not '%1'").arg(p.value(QStringLiteral("top"))));
        return 2;
    }
    if (p.isSet(QStringLiteral("pooled-eer")) && !p.isSet(QStringLiteral("force")))
        for (const QString &name : {QStringLiteral("pooled_eer_kn.csv"), QStringLiteral("pooled_eer_ukn.csv")}) {
            const QString f = QDir(p.value(QStringLiteral("pooled-eer"))).filePath(name);
            if (QFileInfo::exists(f)) {
                err(QStringLiteral("sourcetrace-cli trace: ") + QCoreApplication::translate("TraceCommand", "%1 exists; give --force to overwrite it (nothing was written)").arg(f));
                return 2;
            }
        }
    try {
        FingerprintLibrary lib(libraryPath, LibraryAccess::ReadOnly);
        BackendParams params;
        if (p.isSet(QStringLiteral("k")))
            params[QStringLiteral("k")] = p.value(QStringLiteral("k"));
        if (p.isSet(QStringLiteral("shrinkage")))
            params[QStringLiteral("shrinkage")] = p.value(QStringLiteral("shrinkage"));
    if (p.isSet(QStringLiteral("center")))
        params[QStringLiteral("center")] = 1;
        if (p.isSet(QStringLiteral("weights")))
            params[QStringLiteral("weights")] = QFileInfo(p.value(QStringLiteral("weights"))).absoluteFilePath();
        // Trained back-ends come from the library's stored fit (refused when stale or absent); the thresholds and LR
        // calibrations are read here, on the library's thread (core/analysis TraceScorer, as the GUI and the report).
        const TraceScorer scorer(lib, p.value(QStringLiteral("backend")), params);
        const TraceBackend *backend = &scorer.backend();
        const std::vector<LabelledInput> inputs = libraryInputs(p, 0);
        if (inputs.empty()) {
            err(QStringLiteral("sourcetrace-cli trace: ") + QCoreApplication::translate("TraceCommand", "no clips (give FILE... or --protocol P)"));
            return 2;
        }
        EmbeddingSource source(p, lib);
        ConditionsJudge judge;
        if (const ModelManifest *mm = source.modelManifest()) {
            judge = ConditionsJudge::forManifest(*mm);
            if (!judge.error().isEmpty())
                err(QStringLiteral("sourcetrace-cli trace: ") + QCoreApplication::translate("TraceCommand", "%1 (likelihood ratios are withheld)").arg(judge.error()));
        }
        OodScorer ood;
        const std::vector<SourceLevel> levels = backend->levels();
        ood.fit(lib.enrolmentSet(levels.front()));
        const bool json = p.isSet(QStringLiteral("json"));

        std::vector<LabelledEmbedding> embedded(inputs.size());
        std::vector<QJsonObject> results(inputs.size());
        std::vector<QString> texts(inputs.size());
        std::vector<char> ok(inputs.size(), 0);
        QStringList failures = runBatch(QCoreApplication::translate("TraceCommand", "trace with %1").arg(backend->name()), int(inputs.size()), p,
            [&](int i) -> QString {
                const LabelledInput &in = inputs[std::size_t(i)];
                if (QFileInfo(in.path).canonicalFilePath() == lib.path())
                    throw Error(in.path, QCoreApplication::translate("TraceCommand", "is the library itself, not a clip"));
                std::vector<float> logits;
                const Embedding e = source.embed(in, &logits);
                embedded[std::size_t(i)] = {in.labels, e};
                ok[std::size_t(i)] = 1;
                const std::vector<LevelDecision> decisions = scorer.decide(e, in.path);
                // Outside the validated conditions the LRs are withheld (the ranking and decision are still shown).
                ValidityVerdict verdict;
                if (judge.present()) {
                    const ModelManifest &mm = *source.modelManifest();
                    const AudioFile af(in.path);
                    verdict = judge.judge(readClip(in.path, mm.sampleRate), mm.sampleRate, af.info().container,
                                          af.info().sampleFormat, e).verdict;
                }
                QJsonObject r{{QStringLiteral("file"), in.key}, {QStringLiteral("backend"), backend->name()}};
                QJsonArray lv;
                QString text = in.key + QLatin1Char('\n');
                for (const LevelDecision &d : decisions) {
                    QJsonArray cands;
                    QStringList shown;
                    for (std::size_t c = 0; c < d.ranked.size(); ++c) {
                        cands.append(QJsonObject{{QStringLiteral("source"), d.ranked[c].source}, {QStringLiteral("score"), d.ranked[c].score}});
                        if (int(c) < top)
                            shown << QStringLiteral("%1 %2").arg(d.ranked[c].source).arg(d.ranked[c].score, 0, 'f', 4);
                    }
                    QJsonObject o{{QStringLiteral("level"), sourceLevelName(d.level)}, {QStringLiteral("decision"), d.decision},
                                  {QStringLiteral("unknown"), d.unknown}, {QStringLiteral("candidates"), cands}};
                    if (d.threshold)
                        o.insert(QStringLiteral("threshold"), *d.threshold);
                    QString lrText;
                    const LevelLr l = scorer.lr(d, verdict, in.path);
                    if (l.due && !l.given) {
                        o.insert(QStringLiteral("lr"), QJsonObject{{QStringLiteral("withheld"), true},
                                                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(l.withheldReasons)}});
                        lrText = QCoreApplication::translate("TraceCommand", "      LR withheld: %1\n").arg(l.withheldReasons.join(QStringLiteral("; ")));
                    } else if (l.given) {
                        // The LR of the top candidate: H1 the clip comes from it, H2 from another enrolled source.
                        const StoredLrCalibration &c = l.calibration;
                        o.insert(QStringLiteral("lr"), QJsonObject{
                            {QStringLiteral("source"), l.source},
                            {QStringLiteral("lr"), std::isfinite(std::exp(l.llr)) ? QJsonValue(std::exp(l.llr)) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("log10_lr"), l.log10Lr()},
                            {QStringLiteral("llr"), l.llr},
                            {QStringLiteral("verbal"), l.verbal},
                            {QStringLiteral("calibration"), QJsonObject{{QStringLiteral("protocol"), c.protocolName},
                                                                       {QStringLiteral("protocol_sha256"), c.protocolSha256},
                                                                       {QStringLiteral("n_target"), double(c.targets)},
                                                                       {QStringLiteral("n_nontarget"), double(c.nontargets)},
                                                                       {QStringLiteral("created"), c.created.toString(Qt::ISODate)},
                                                                       {QStringLiteral("a"), c.a},
                                                                       {QStringLiteral("b"), c.b}}}});
                        lrText = QCoreApplication::translate("TraceCommand", "      LR for %1: %2 (log10 LR %3): %4; calibrated on %5 (sha256 %6, %7 target / %8 non-target trials, %9)\n")
                                     .arg(l.source, QString::number(std::exp(l.llr), 'g', 4))
                                     .arg(l.log10Lr(), 0, 'f', 2)
                                     .arg(l.verbal, c.protocolName, c.protocolSha256.left(12))
                                     .arg(c.targets)
                                     .arg(c.nontargets)
                                     .arg(c.created.toString(Qt::ISODate));
                    }
                    lv.append(o);
                    text += QStringLiteral("  %1 %2%3   [%4]\n").arg(sourceLevelName(d.level) + QLatin1Char(':'), -15).arg(d.decision, -16)
                                .arg(d.threshold ? QCoreApplication::translate("TraceCommand", " (threshold %1)").arg(*d.threshold, 0, 'f', 4) : QCoreApplication::translate("TraceCommand", " (no threshold)"))
                                .arg(shown.join(QStringLiteral(" | ")));
                    text += lrText;
                }
                r.insert(QStringLiteral("levels"), lv);
                if (!logits.empty()) {
                    const OodScores s = ood.score(logits, e);
                    r.insert(QStringLiteral("ood"), QJsonObject{{QStringLiteral("msp"), s.msp}, {QStringLiteral("energy"), s.energy},
                                                               {QStringLiteral("knnCosine"), s.knnCosine}, {QStringLiteral("nsd"), s.nsd}});
                    text += QStringLiteral("  ood: msp %1  energy %2  knn-cos %3  nsd %4\n").arg(s.msp, 0, 'f', 4).arg(s.energy, 0, 'f', 3)
                                .arg(s.knnCosine, 0, 'f', 4).arg(s.nsd, 0, 'f', 3);
                }
                results[std::size_t(i)] = r;
                texts[std::size_t(i)] = text;
                return {};
            },
            [&](int i) { return inputs[std::size_t(i)].key; });

        if (!p.isSet(QStringLiteral("pooled-eer"))) {
            if (json) {
                QJsonArray arr;
                for (std::size_t i = 0; i < results.size(); ++i)
                    if (ok[i])
                        arr.append(results[i]);
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("library"), lib.path()},
                                                                {QStringLiteral("model"), lib.model().describe()},
                                                                {QStringLiteral("results"), arr}}).toJson(QJsonDocument::Indented)).trimmed());
            } else {
                for (std::size_t i = 0; i < texts.size(); ++i)
                    if (ok[i])
                        out(texts[i].trimmed());
            }
        } else {
            // Moved, not copied: the embeddings are not needed any more. The trials are scored clip by clip
            // into 9 bytes each (tracePooledEer), never held as a trial list (docs/cluster.md, lab scale).
            std::vector<LabelledEmbedding> good;
            for (std::size_t i = 0; i < embedded.size(); ++i)
                if (ok[i] && !embedded[i].clip.attack.isEmpty())
                    good.push_back(std::move(embedded[i]));
            std::vector<LabelledEmbedding>().swap(embedded);
            QSet<QString> known;
            for (const QString &s : backend->sources(SourceLevel::Attack))
                known.insert(s);
            std::size_t trialCount = 0;
            const PooledEerTable table = tracePooledEer(*backend, lib, good, known, &trialCount);
            const QString dir = p.value(QStringLiteral("pooled-eer"));
            QDir().mkpath(dir);
            writeStopaPooledEer(dir, table);
            out(QStringLiteral("pooled EER (%) with %1, %2 clips, %3 trials, known attacks %4")
                    .arg(backend->name()).arg(good.size()).arg(trialCount).arg(table.knownAttacks.join(QLatin1Char(','))));
            out(QStringLiteral("level          known   unknown"));
            for (std::size_t i = 0; i < table.known.size(); ++i)
                out(QStringLiteral("%1 %2 %3").arg(table.known[i].level, -14).arg(eerText(table.known[i].eer), 6)
                        .arg(i < table.unknown.size() ? eerText(table.unknown[i].eer) : QStringLiteral("n/a"), 9));
        }
        for (const QString &f : failures)
            err(f.startsWith(QLatin1String("sourcetrace-cli")) ? f : QStringLiteral("sourcetrace-cli: %1").arg(f));
        return failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli trace: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("trace"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "ranked candidate sources per level, open-set decision, OOD scores, pooled EER")),
                 runTrace);

} // namespace

} // namespace st::cli
