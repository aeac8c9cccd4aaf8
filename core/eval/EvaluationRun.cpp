#include "eval/EvaluationRun.h"

#include "eval/CosineScoring.h"
#include "eval/EmbeddingTable.h"
#include "eval/KnnScoring.h"
#include "eval/MahalanobisScoring.h"
#include "eval/MetricsJson.h"
#include "eval/Protocol.h"
#include "eval/ScoreFile.h"
#include "eval/SortedScores.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace st {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char *const kLevelNames[3] = {"ATK", "AcousticModel", "VocoderModel"};

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString csvNum(double v, int precision = 10)
{
    if (std::isnan(v))
        return QString();
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', precision);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void writeText(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, QStringLiteral("cannot write: %1").arg(f.errorString()));
    f.write(data);
    if (!f.commit())
        throw Error(path, QStringLiteral("cannot write: %1").arg(f.errorString()));
}

struct Reporter
{
    const EvaluationCallbacks &cb;
    void operator()(double f, const QString &stage) const
    {
        if (cb.progress)
            cb.progress(std::clamp(f, 0.0, 1.0), stage);
    }
    void check() const
    {
        if (cb.cancelled && cb.cancelled())
            throw EvaluationCancelled{};
    }
};

SplitMetrics splitMetrics(const QString &level, const QString &subset, const std::vector<double> &tar,
                          const std::vector<double> &non, const DcfParams &dcf)
{
    SplitMetrics m;
    m.level = level;
    m.subset = subset;
    m.targets = tar.size();
    m.nontargets = non.size();
    if (tar.empty() || non.empty()) {
        m.eer = m.rocchEer = m.cllr = m.minCllr = kNaN;
        m.minDcf.dcf = m.minDcf.threshold = m.minDcf.pmiss = m.minDcf.pfa = kNaN;
        return m;
    }
    const SortedScores sorted(tar, non);
    const EerDcf ed = computeEerDcf(sorted, dcf);
    m.eer = ed.eer.eer;
    m.minDcf = ed.minDcf;
    m.rocchEer = rocchEer(sorted);
    m.cllr = cllr(tar, non);
    m.minCllr = minCllr(sorted);
    return m;
}

QJsonObject splitJson(const SplitMetrics &m, const DcfParams &dcf)
{
    return QJsonObject{{QStringLiteral("level"), m.level},
                       {QStringLiteral("subset"), m.subset},
                       {QStringLiteral("n_target"), double(m.targets)},
                       {QStringLiteral("n_nontarget"), double(m.nontargets)},
                       {QStringLiteral("eer"), num(m.eer)},
                       {QStringLiteral("eer_percent"), num(m.eer * 100.0)},
                       {QStringLiteral("rocch_eer"), num(m.rocchEer)},
                       {QStringLiteral("min_dcf"), QJsonObject{{QStringLiteral("value"), num(m.minDcf.dcf)},
                                                               {QStringLiteral("threshold"), num(m.minDcf.threshold)},
                                                               {QStringLiteral("pmiss"), num(m.minDcf.pmiss)},
                                                               {QStringLiteral("pfa"), num(m.minDcf.pfa)},
                                                               {QStringLiteral("p_target"), dcf.pTarget},
                                                               {QStringLiteral("c_miss"), dcf.cMiss},
                                                               {QStringLiteral("c_fa"), dcf.cFa}}},
                       {QStringLiteral("cllr_bits"), num(m.cllr)},
                       {QStringLiteral("min_cllr_bits"), num(m.minCllr)}};
}

QString metricsTableCsv(const std::vector<SplitMetrics> &rows)
{
    QString s = QStringLiteral("level,subset,n_target,n_nontarget,eer_percent,rocch_eer_percent,min_dcf,cllr_bits,"
                               "min_cllr_bits\n");
    for (const SplitMetrics &m : rows)
        s += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                 .arg(csvField(m.level), m.subset)
                 .arg(m.targets)
                 .arg(m.nontargets)
                 .arg(csvNum(m.eer * 100.0, 6), csvNum(m.rocchEer * 100.0, 6), csvNum(m.minDcf.dcf, 6),
                      csvNum(m.cllr, 6), csvNum(m.minCllr, 6));
    return s;
}

/// The known and unknown target/non-target scores of one level of a trial list, by the rule of PooledEer.h.
struct SubsetScores
{
    std::vector<double> kt, kn, ut, un;
};

SubsetScores subsetScores(const TrialList &trials, const QSet<QString> &known, UnknownTrials rule, int level)
{
    const std::vector<char> *flags[3] = {&trials.targetAtk, &trials.targetAm, &trials.targetVm};
    const std::vector<char> &target = *flags[level];
    const std::vector<char> &unknownTarget = rule == UnknownTrials::AttackTargets ? trials.targetAtk : target;
    SubsetScores s;
    for (std::size_t i = 0; i < trials.size(); ++i) {
        const double v = trials.scores[i];
        const bool isKnown = known.contains(trials.attacks[int(i)]);
        if (isKnown)
            (target[i] ? s.kt : s.kn).push_back(v);
        if (!isKnown || unknownTarget[i])
            (target[i] ? s.ut : s.un).push_back(v);
    }
    return s;
}

std::unique_ptr<ScoringBackend> makeBackend(const EvaluationOptions &o)
{
    const QString b = o.backend.toLower();
    if (b == QLatin1String("cosine"))
        return std::make_unique<CosineScoring>();
    if (b == QLatin1String("mahalanobis"))
        return std::make_unique<MahalanobisScoring>(o.shrinkage);
    if (b == QLatin1String("knn"))
        return std::make_unique<KnnScoring>(o.knnK);
    throw Error(QStringLiteral("unknown scoring back-end '%1' (use cosine, mahalanobis or knn)").arg(o.backend));
}

/// SplitMix64: a small, fully specified generator, so that a seed gives the same split on every platform
/// (std::shuffle's algorithm is implementation-defined).
struct SplitMix64
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

void seededShuffle(std::vector<int> &v, std::uint64_t seed)
{
    SplitMix64 g{seed};
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[std::size_t(g.next() % i)]);
}

std::uint64_t stringHash(const QString &s)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a, stable across runs (qHash is seeded per process)
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

struct Embeddings
{
    QStringList names;
    std::vector<Embedding> rows;
    std::vector<std::vector<float>> logits; ///< per row, from logits.npy beside embeddings.npy; empty = none
    QString namesFile;                      ///< where the names come from (keys.txt or the CSV)
    std::vector<int> nameLines;             ///< keys.txt: the line of each name; empty for a CSV
};

/// The OOD scores of the codec source-tracing work, as core/library/OodScores defines them (this module does not
/// link the library): MSP = max softmax, energy = logsumexp, NSD = (mean of the k largest cosine similarities to
/// the pooled enrolment embeddings) * energy. All higher = in-distribution.
double oodMsp(const std::vector<float> &z)
{
    const double m = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (float v : z)
        sum += std::exp(double(v) - m);
    return 1.0 / sum;
}

double oodEnergy(const std::vector<float> &z)
{
    const double m = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (float v : z)
        sum += std::exp(double(v) - m);
    return m + std::log(sum);
}

double oodKnnCosine(const Embedding &e, const std::vector<const Embedding *> &reference, int k)
{
    std::vector<double> sims;
    sims.reserve(reference.size());
    double ee = 0;
    for (float v : e)
        ee += double(v) * v;
    for (const Embedding *r : reference) {
        double ab = 0, bb = 0;
        for (std::size_t i = 0; i < e.size() && i < r->size(); ++i) {
            ab += double(e[i]) * (*r)[i];
            bb += double((*r)[i]) * (*r)[i];
        }
        sims.push_back(ee > 0 && bb > 0 ? ab / std::sqrt(ee * bb) : 0.0);
    }
    const std::size_t n = std::min<std::size_t>(std::size_t(std::max(k, 1)), sims.size());
    if (n == 0)
        return 0.0;
    std::partial_sort(sims.begin(), sims.begin() + std::ptrdiff_t(n), sims.end(), std::greater<double>());
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += sims[i];
    return sum / double(n);
}

/// Every value of a rows x cols float array read from `path` must be finite: a NaN embedding would score as a
/// cosine of 0 (or NaN) and silently move every metric.
void requireFinite(const QString &path, const std::vector<float> &data, int64_t rows, int64_t cols,
                   const QStringList &keys, const char *what)
{
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cols; ++c) {
            const float v = data[std::size_t(r * cols + c)];
            if (!std::isfinite(v))
                throw Error(path, QStringLiteral("row %1 (key '%2'), %3 %4 is %5: the file is corrupt")
                                      .arg(r)
                                      .arg(r < keys.size() ? keys[int(r)] : QString())
                                      .arg(QLatin1String(what))
                                      .arg(c)
                                      .arg(std::isnan(v) ? QStringLiteral("NaN") : QStringLiteral("infinite")));
        }
}

Embeddings readEmbeddings(const QString &path)
{
    Embeddings e;
    const QFileInfo fi(path);
    if (fi.isDir()) {
        const QString npy = QDir(path).filePath(QStringLiteral("embeddings.npy"));
        const QString keys = QDir(path).filePath(QStringLiteral("keys.txt"));
        if (!QFileInfo::exists(npy) || !QFileInfo::exists(keys))
            throw Error(path, QStringLiteral("an embedding folder needs embeddings.npy and keys.txt (as written by "
                                             "`sourcetrace-cli embed --format npy`)"));
        e.namesFile = keys;
        QFile kf(keys);
        if (!kf.open(QIODevice::ReadOnly))
            throw Error(keys, QStringLiteral("cannot open: %1").arg(kf.errorString()));
        QHash<QString, int> seen;
        int no = 0;
        while (!kf.atEnd()) {
            QByteArray raw = kf.readLine();
            ++no;
            while (raw.endsWith('\n') || raw.endsWith('\r'))
                raw.chop(1);
            const QString line = decodeUtf8Line(keys, raw, no);
            if (line.isEmpty())
                continue;
            if (seen.contains(line))
                throw Error(keys, QStringLiteral("key '%1' is listed twice (first on line %2)").arg(line).arg(seen[line]),
                            no);
            seen.insert(line, no);
            e.names << line;
            e.nameLines.push_back(no);
        }
        std::vector<int64_t> shape;
        const std::vector<float> data = readNpy(npy, shape);
        if (shape.size() != 2)
            throw Error(npy, QStringLiteral("expected a 2-D array (clips x dimensions), found %1-D").arg(shape.size()));
        if (shape[1] < 1)
            throw Error(npy, QStringLiteral("the embeddings have dimension 0 (shape %1 x 0)").arg(shape[0]));
        if (int64_t(e.names.size()) != shape[0])
            throw Error(keys, QStringLiteral("%1 keys for %2 embedding rows in embeddings.npy: the folder is "
                                             "inconsistent (an interrupted run? rerun `embed` to resume)")
                                  .arg(e.names.size())
                                  .arg(shape[0]));
        requireFinite(npy, data, shape[0], shape[1], e.names, "dimension");
        const std::size_t d = std::size_t(shape[1]);
        for (int64_t r = 0; r < shape[0]; ++r)
            e.rows.emplace_back(data.begin() + std::ptrdiff_t(std::size_t(r) * d),
                                data.begin() + std::ptrdiff_t(std::size_t(r + 1) * d));
        const QString logitsPath = QDir(path).filePath(QStringLiteral("logits.npy"));
        if (QFileInfo::exists(logitsPath)) {
            std::vector<int64_t> ls;
            const std::vector<float> ld = readNpy(logitsPath, ls);
            if (ls.size() != 2 || ls[0] != shape[0] || ls[1] < 1)
                throw Error(logitsPath, QStringLiteral("expected a %1 x C array of logits (one row per embedding), "
                                                       "found shape %2: the folder is inconsistent")
                                            .arg(shape[0])
                                            .arg(ls.size() == 2 ? QStringLiteral("%1 x %2").arg(ls[0]).arg(ls[1])
                                                                : QStringLiteral("%1-D").arg(ls.size())));
            requireFinite(logitsPath, ld, ls[0], ls[1], e.names, "class");
            const std::size_t c = std::size_t(ls[1]);
            for (int64_t r = 0; r < ls[0]; ++r)
                e.logits.emplace_back(ld.begin() + std::ptrdiff_t(std::size_t(r) * c),
                                      ld.begin() + std::ptrdiff_t(std::size_t(r + 1) * c));
        }
        return e;
    }
    if (!fi.exists())
        throw Error(path, QStringLiteral("no such embedding file or folder"));
    EmbeddingTable t = EmbeddingTable::readCsv(path);
    e.namesFile = path;
    e.names = std::move(t.names);
    e.rows = std::move(t.rows);
    e.nameLines = std::move(t.lines);
    return e;
}

struct TraceItem
{
    QString file;
    QString label[3]; ///< attack, acoustic model, vocoder
    int row = -1;     ///< embedding row
    enum Role { Enrol, Test, Dev } role = Test;
};

QString roleName(TraceItem::Role r)
{
    return r == TraceItem::Enrol ? QStringLiteral("enrol") : r == TraceItem::Dev ? QStringLiteral("dev")
                                                                                 : QStringLiteral("test");
}

void appendTrial(TrialList &t, const QString &file, const QString &source, const QString &attack, bool atk, bool am,
                 bool vm, double score)
{
    t.files << file;
    t.fingerprints << source;
    t.attacks << attack;
    t.targetAtk.push_back(atk ? 1 : 0);
    t.targetAm.push_back(am ? 1 : 0);
    t.targetVm.push_back(vm ? 1 : 0);
    t.scores.push_back(score);
}

QJsonObject inputsJson(const EvaluationOptions &o)
{
    QJsonObject in;
    const auto add = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            in.insert(QLatin1String(key), QFileInfo(v).absoluteFilePath());
    };
    add("protocol", o.protocol);
    add("scores", o.scores);
    add("embeddings", o.embeddings);
    add("trials", o.trials);
    return in;
}

void writeOut(EvaluationResult &r, const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(dir).absoluteFilePath(name);
    writeText(path, data);
    r.writtenFiles << path;
}

/// Every file an evaluate run may write. An output folder may hold these (an earlier run) and nothing else.
const QStringList &outputNames()
{
    static const QStringList names{
        QStringLiteral("metrics.json"),      QStringLiteral("metrics_table.csv"), QStringLiteral("det.csv"),
        QStringLiteral("histograms.csv"),    QStringLiteral("tippett.csv"),       QStringLiteral("confusion.csv"),
        QStringLiteral("detection_eer.csv"), QStringLiteral("pooled_eer_kn.csv"), QStringLiteral("pooled_eer_ukn.csv"),
        QStringLiteral("split.csv"),         QStringLiteral("trial_scores.csv")};
    return names;
}

/// Outputs of an earlier run into the same folder that this run did not write (e.g. tippett.csv of a calibrated
/// run): removed before metrics.json is written, so that the folder describes one run only.
void removeStaleOutputs(const EvaluationResult &r, const QString &dir)
{
    QSet<QString> written;
    for (const QString &f : r.writtenFiles)
        written.insert(QFileInfo(f).fileName());
    for (const QString &name : outputNames()) {
        if (written.contains(name) || name == QLatin1String("metrics.json"))
            continue;
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo::exists(path) && !QFile::remove(path))
            throw Error(path, QStringLiteral("cannot remove this output of an earlier run"));
    }
}

void writeCommonOutputs(EvaluationResult &r, const EvaluationOptions &o)
{
    const QString &dir = o.outDir;
    writeOut(r, dir, QStringLiteral("metrics_table.csv"), metricsTableCsv(r.metrics).toUtf8());
    writeOut(r, dir, QStringLiteral("det.csv"), detCsv(r.scoreSets).toUtf8());
    QString hist;
    for (const ScoreSet &s : r.scoreSets) {
        if (s.targets.empty() || s.nontargets.empty())
            continue;
        QString part = histogramCsv(s.name, computeScoreHistogram(s.targets, s.nontargets, o.histogramBins));
        if (!hist.isEmpty())
            part = part.mid(part.indexOf(QLatin1Char('\n')) + 1); // one header for all sets
        hist += part;
    }
    writeOut(r, dir, QStringLiteral("histograms.csv"), hist.toUtf8());
    std::vector<ScoreSet> llrSets;
    for (const ScoreSet &s : r.scoreSets)
        if (s.areLlrs)
            llrSets.push_back(s);
    if (!llrSets.empty())
        writeOut(r, dir, QStringLiteral("tippett.csv"), tippettCsv(llrSets).toUtf8());
    if (r.hasClassification)
        writeOut(r, dir, QStringLiteral("confusion.csv"), confusionCsv(r.classification).toUtf8());
    removeStaleOutputs(r, dir);
    // metrics.json last, listing everything written before it: its presence marks a complete run
    QJsonArray files;
    for (const QString &f : r.writtenFiles)
        files.append(QFileInfo(f).fileName());
    files.append(QStringLiteral("metrics.json"));
    r.json.insert(QStringLiteral("files"), files);
    writeOut(r, dir, QStringLiteral("metrics.json"), QJsonDocument(r.json).toJson(QJsonDocument::Indented));
}

/// Creates the output folder, or checks that an existing one holds nothing but outputs of an earlier evaluate
/// run (which are replaced); anything else is refused, never clobbered. Then removes the earlier metrics.json:
/// it is written last, so a folder without one is an incomplete run (interrupted, disk full) whatever else it
/// holds. Every file is written to a temporary file in the folder and renamed (QSaveFile): none is ever
/// half-written.
void makeOutDir(const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QFileInfo fi(dir);
    if (fi.exists() && !fi.isDir())
        throw Error(dir, QStringLiteral("the output folder exists and is not a folder"));
    if (!QDir().mkpath(dir))
        throw Error(dir, QStringLiteral("cannot create the output folder"));
    const QSet<QString> known(outputNames().begin(), outputNames().end());
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    static const QRegularExpression leftover(QStringLiteral("^(.+)\\.[A-Za-z0-9]{6}$")); // QSaveFile's temporary
    for (const QFileInfo &e : entries) {
        const QString name = e.fileName();
        const auto m = leftover.match(name);
        const bool isLeftover = m.hasMatch() && known.contains(m.captured(1)) && e.isFile() && !e.isSymLink();
        if (isLeftover) {
            QFile::remove(e.filePath()); // a temporary file of a killed run
            continue;
        }
        if (!known.contains(name) || e.isSymLink() || !e.isFile())
            throw Error(dir, QStringLiteral("the output folder holds '%1', which is not an output of `evaluate`: "
                                            "refusing to write into it (give a new or empty folder, or one "
                                            "an earlier evaluate run wrote)")
                                 .arg(name));
    }
    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics.json"));
    if (QFileInfo::exists(metrics) && !QFile::remove(metrics))
        throw Error(metrics, QStringLiteral("cannot replace the metrics of an earlier run (no write permission in "
                                            "the folder?)"));
}

// ---------------------------------------------------------------------------------------------- detection

EvaluationResult runDetection(const EvaluationOptions &o, const Reporter &progress)
{
    if (o.protocol.isEmpty() || o.scores.isEmpty())
        throw Error(QStringLiteral("detection needs a protocol (--protocol) and a score file (--scores)"));
    progress(0.0, QStringLiteral("reading the protocol"));
    const std::vector<LabelledClip> clips = readClipProtocol(o.protocol);
    progress(0.2, QStringLiteral("reading the scores"));
    ScoreFile sf;
    sf.byFile = readDetectionScores(o.scores);
    const std::vector<double> scores = sf.forClips(clips, o.scores);
    progress.check();
    progress(0.4, QStringLiteral("metrics"));

    EvaluationResult r;
    r.mode = EvaluationMode::Detection;
    r.detection = evaluateDetection(clips, scores);
    std::vector<double> bona, spoof;
    QMap<QString, std::vector<double>> byAttack;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (clips[i].isBonafide) {
            bona.push_back(scores[i]);
        } else {
            spoof.push_back(scores[i]);
            byAttack[clips[i].attack].push_back(scores[i]);
        }
    }
    r.metrics.push_back(splitMetrics(QStringLiteral("pooled"), QStringLiteral("all"), bona, spoof, o.dcf));
    r.scoreSets.push_back({QStringLiteral("pooled"), bona, spoof, false});
    for (auto it = byAttack.cbegin(); it != byAttack.cend(); ++it) {
        r.metrics.push_back(splitMetrics(it.key(), QStringLiteral("attack"), bona, it.value(), o.dcf));
        r.scoreSets.push_back({QStringLiteral("bonafide vs %1").arg(it.key()), bona, it.value(), false});
    }
    r.knownAttacks = byAttack.keys();

    QJsonArray perAttack;
    for (std::size_t i = 1; i < r.metrics.size(); ++i)
        perAttack.append(splitJson(r.metrics[i], o.dcf));
    r.json = QJsonObject{{QStringLiteral("mode"), QStringLiteral("detection")},
                         {QStringLiteral("inputs"), inputsJson(o)},
                         {QStringLiteral("n_clips"), double(clips.size())},
                         {QStringLiteral("n_bonafide"), double(bona.size())},
                         {QStringLiteral("n_spoof"), double(spoof.size())},
                         {QStringLiteral("targets"), QStringLiteral("bona fide (higher score = more bona fide)")},
                         {QStringLiteral("pooled"), splitJson(r.metrics.front(), o.dcf)},
                         {QStringLiteral("per_attack_metrics"), perAttack},
                         {QStringLiteral("detection"), toJson(r.detection)}};

    if (!o.outDir.isEmpty()) {
        progress(0.8, QStringLiteral("writing %1").arg(o.outDir));
        makeOutDir(o.outDir);
        QString t = QStringLiteral("condition,kind,eer_percent,rocch_eer_percent,threshold,n_bonafide,n_spoof,"
                                   "bonafide_pooled\n");
        const auto row = [&](const DetectionRow &d, const QString &kind) {
            t += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                     .arg(csvField(d.condition), kind, csvNum(d.eer.eer * 100.0, 6), csvNum(d.rocchEer * 100.0, 6),
                          csvNum(d.eer.threshold, 10))
                     .arg(d.bonafide)
                     .arg(d.spoof)
                     .arg(d.bonafidePooled ? QStringLiteral("true") : QStringLiteral("false"));
        };
        row(r.detection.pooled, QStringLiteral("pooled"));
        for (const DetectionRow &d : r.detection.perAttack)
            row(d, QStringLiteral("attack"));
        for (const DetectionRow &d : r.detection.perCodec)
            row(d, QStringLiteral("codec"));
        writeOut(r, o.outDir, QStringLiteral("detection_eer.csv"), t.toUtf8());
        writeCommonOutputs(r, o);
    }
    progress(1.0, QStringLiteral("done"));
    return r;
}

// ---------------------------------------------------------------------------------------------- trials

EvaluationResult runTrials(const EvaluationOptions &o, const Reporter &progress)
{
    if (o.trials.isEmpty())
        throw Error(QStringLiteral("trials mode needs a STOPA trial list (--trials)"));
    progress(0.0, QStringLiteral("reading the trial list"));
    const TrialList trials = readStopaTrials(o.trials);
    if (!trials.hasScores())
        throw Error(o.trials, QStringLiteral("the trial list has no score column (CosScore or score)"));
    progress.check();
    progress(0.5, QStringLiteral("metrics"));
    EvaluationResult r;
    r.mode = EvaluationMode::Trials;
    const QSet<QString> known = trials.fingerprintAttacks();
    r.pooled = computePooledEer(trials, known, o.unknownRule);
    r.knownAttacks = r.pooled.knownAttacks;
    QSet<QString> unknown;
    for (const QString &a : trials.attacks)
        if (!known.contains(a))
            unknown.insert(a);
    r.unknownAttacks = QStringList(unknown.begin(), unknown.end());
    r.unknownAttacks.sort();
    QJsonArray levels;
    for (int l = 0; l < 3; ++l) {
        const SubsetScores s = subsetScores(trials, known, o.unknownRule, l);
        const QString name = QLatin1String(kLevelNames[l]);
        r.metrics.push_back(splitMetrics(name, QStringLiteral("known"), s.kt, s.kn, o.dcf));
        r.metrics.push_back(splitMetrics(name, QStringLiteral("unknown"), s.ut, s.un, o.dcf));
        levels.append(QJsonObject{{QStringLiteral("level"), name},
                                  {QStringLiteral("known"), splitJson(r.metrics[r.metrics.size() - 2], o.dcf)},
                                  {QStringLiteral("unknown"), splitJson(r.metrics.back(), o.dcf)}});
        r.scoreSets.push_back({name + QStringLiteral(" known"), s.kt, s.kn, false});
        r.scoreSets.push_back({name + QStringLiteral(" unknown"), s.ut, s.un, false});
    }
    r.json = QJsonObject{{QStringLiteral("mode"), QStringLiteral("trials")},
                         {QStringLiteral("inputs"), inputsJson(o)},
                         {QStringLiteral("n_trials"), double(trials.size())},
                         {QStringLiteral("unknown_rule"), o.unknownRule == UnknownTrials::AttackTargets
                                                              ? QStringLiteral("attack-targets")
                                                              : QStringLiteral("level-targets")},
                         {QStringLiteral("unknown_attacks"), QJsonArray::fromStringList(r.unknownAttacks)},
                         {QStringLiteral("pooled_eer"), toJson(r.pooled)},
                         {QStringLiteral("levels"), levels}};
    if (!o.outDir.isEmpty()) {
        makeOutDir(o.outDir);
        writeStopaPooledEer(o.outDir, r.pooled);
        r.writtenFiles << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_kn.csv"))
                       << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_ukn.csv"));
        writeCommonOutputs(r, o);
    }
    progress(1.0, QStringLiteral("done"));
    return r;
}

// ---------------------------------------------------------------------------------------------- trace

EvaluationResult runTrace(const EvaluationOptions &o, const Reporter &progress)
{
    if (o.embeddings.isEmpty())
        throw Error(QStringLiteral("trace needs embeddings (--embeddings: an `embed` npy folder or a CSV)"));
    if (o.protocol.isEmpty() && !o.attackFromFilename)
        throw Error(QStringLiteral("trace needs a protocol (--protocol) or --attack-from-filename"));
    if (!(o.enrolFraction > 0.0 && o.enrolFraction < 1.0))
        throw Error(QStringLiteral("the enrolment fraction must lie strictly between 0 and 1 (got %1)")
                        .arg(o.enrolFraction));
    if (o.calibrate && !(o.devFraction > 0.0 && o.devFraction < 1.0))
        throw Error(QStringLiteral("the dev fraction must lie strictly between 0 and 1 (got %1)").arg(o.devFraction));
    std::unique_ptr<ScoringBackend> backend = makeBackend(o);

    progress(0.0, QStringLiteral("reading embeddings"));
    const Embeddings emb = readEmbeddings(o.embeddings);
    if (emb.rows.empty())
        throw Error(o.embeddings, QStringLiteral("no embeddings in the file"));
    progress.check();

    std::vector<TraceItem> items;
    std::size_t bonafideSkipped = 0;
    if (!o.protocol.isEmpty()) {
        const std::vector<LabelledClip> clips = readClipProtocol(o.protocol);
        // Names are unique (the readers refuse duplicates). A base name shared by two embeddings is ambiguous
        // (-2): a clip may then only match exactly. An embedding row taken by two clips is refused.
        QHash<QString, int> exact, byBase;
        for (int i = 0; i < emb.names.size(); ++i) {
            exact.insert(emb.names[i], i);
            const QString base = QFileInfo(emb.names[i]).completeBaseName();
            byBase.insert(base, byBase.contains(base) ? -2 : i);
        }
        QHash<int, QString> rowUsedBy;
        QStringList missing;
        for (const LabelledClip &c : clips) {
            if (c.isBonafide) {
                ++bonafideSkipped;
                continue;
            }
            int row = exact.value(c.file, -1);
            if (row < 0)
                row = byBase.value(QFileInfo(c.file).completeBaseName(), -1);
            if (row == -2)
                throw Error(emb.namesFile, QStringLiteral("clip '%1' of the protocol has no embedding of that exact "
                                                          "name and its base name '%2' matches several: use the "
                                                          "protocol's names")
                                               .arg(c.file, QFileInfo(c.file).completeBaseName()));
            if (row < 0) {
                missing << c.file;
                continue;
            }
            if (rowUsedBy.contains(row))
                throw Error(emb.namesFile, QStringLiteral("embedding '%1' would count for two clips of the protocol "
                                                          "('%2' and '%3'): use the protocol's names")
                                               .arg(emb.names[row], rowUsedBy[row], c.file));
            rowUsedBy.insert(row, c.file);
            TraceItem it;
            it.file = c.file;
            it.label[0] = c.attack;
            it.label[1] = c.acousticModel;
            it.label[2] = c.vocoder;
            it.row = row;
            items.push_back(it);
        }
        if (!missing.isEmpty() && items.empty())
            throw Error(o.embeddings, QStringLiteral("none of the protocol's %1 spoofed clips has an embedding here "
                                                     "(first: '%2'); do the names match the protocol's file column?")
                                          .arg(missing.size())
                                          .arg(missing.first()));
        // Clips without an embedding are left out and counted (a partial `embed` run is a normal lab state).
        if (!missing.isEmpty())
            progress(0.05, QStringLiteral("%1 protocol clips have no embedding: left out").arg(missing.size()));
    } else {
        for (int i = 0; i < emb.names.size(); ++i) {
            const QString base = QFileInfo(emb.names[i]).fileName();
            const int cut = base.indexOf(QLatin1Char('_'));
            if (cut <= 0)
                throw Error(emb.namesFile, QStringLiteral("--attack-from-filename: '%1' has no '_' after an attack "
                                                          "name (expected e.g. A05_LA_T_123.flac)")
                                               .arg(emb.names[i]),
                            emb.nameLines.empty() ? 0 : emb.nameLines[std::size_t(i)]);
            TraceItem it;
            it.file = emb.names[i];
            it.label[0] = base.left(cut);
            it.row = i;
            items.push_back(it);
        }
    }

    // Attacks, known/unknown, components per attack.
    QMap<QString, std::vector<int>> byAttack;
    for (int i = 0; i < int(items.size()); ++i)
        byAttack[items[std::size_t(i)].label[0]].push_back(i);
    for (const QString &u : o.unknownAttacks)
        if (!byAttack.contains(u))
            throw Error(QStringLiteral("unknown attack '%1' does not occur among the evaluated clips (attacks: %2)")
                            .arg(u, QStringList(byAttack.keys()).join(QStringLiteral(", "))));
    const QSet<QString> unknownSet(o.unknownAttacks.begin(), o.unknownAttacks.end());
    EvaluationResult r;
    r.mode = EvaluationMode::Trace;
    r.backend = backend->name();
    for (const QString &a : byAttack.keys())
        (unknownSet.contains(a) ? r.unknownAttacks : r.knownAttacks) << a;
    if (r.knownAttacks.isEmpty())
        throw Error(QStringLiteral("every attack is held out as unknown: at least one must be known (enrolled)"));
    const QSet<QString> known(r.knownAttacks.begin(), r.knownAttacks.end());

    // Seeded split, per attack so that adding an attack never changes another attack's split.
    for (auto it = byAttack.begin(); it != byAttack.end(); ++it) {
        std::vector<int> idx = it.value();
        seededShuffle(idx, o.seed ^ stringHash(it.key()));
        std::size_t nEnrol = 0;
        if (known.contains(it.key())) {
            if (idx.size() < 2)
                throw Error(QStringLiteral("attack '%1' has %2 clip(s): a known attack needs at least 2 (enrolment "
                                           "and test)")
                                .arg(it.key())
                                .arg(idx.size()));
            nEnrol = std::clamp<std::size_t>(std::size_t(std::llround(o.enrolFraction * double(idx.size()))), 1,
                                             idx.size() - 1);
        }
        const std::size_t nTest = idx.size() - nEnrol;
        std::size_t nDev = 0;
        if (o.calibrate && nTest >= 2)
            nDev = std::clamp<std::size_t>(std::size_t(std::llround(o.devFraction * double(nTest))), 1, nTest - 1);
        for (std::size_t k = 0; k < idx.size(); ++k) {
            TraceItem &ti = items[std::size_t(idx[k])];
            ti.role = k < nEnrol ? TraceItem::Enrol : k < nEnrol + nDev ? TraceItem::Dev : TraceItem::Test;
            if (ti.role == TraceItem::Enrol)
                ++r.enrolClips;
            else if (ti.role == TraceItem::Dev)
                ++r.devClips;
            else
                ++r.testClips;
        }
    }

    // Levels present: a level takes part when the protocol labels every evaluated clip at it.
    std::vector<int> levels;
    for (int l = 0; l < 3; ++l) {
        const bool all = std::all_of(items.begin(), items.end(), [l](const TraceItem &t) {
            return !t.label[l].isEmpty();
        });
        if (all)
            levels.push_back(l);
    }

    // Trials: one list per level (PerLevel) or one list with three flags (PerAttack), per part (dev / test).
    const int nLists = o.grouping == FingerprintGrouping::PerLevel ? int(levels.size()) : 1;
    const std::size_t nl = std::size_t(nLists);
    std::vector<TrialList> testTrials(nl), devTrials(nl);
    std::vector<QStringList> listSources(nl);
    std::vector<std::vector<double>> atkScores(items.size()); // per item, scores against the attack sources
    QStringList atkSources;
    QMap<QString, QString> componentOf[3]; // PerAttack: attack -> its acoustic model / vocoder
    for (const TraceItem &t : items)
        for (int l = 1; l < 3; ++l)
            if (t.role == TraceItem::Enrol && !componentOf[l].contains(t.label[0]))
                componentOf[l].insert(t.label[0], t.label[l]);

    const double scoreShare = 0.8 / nLists;
    for (int li = 0; li < nLists; ++li) {
        const int level = o.grouping == FingerprintGrouping::PerLevel ? levels[std::size_t(li)] : 0;
        EnrolmentSet set;
        for (const TraceItem &t : items)
            if (t.role == TraceItem::Enrol)
                set.bySource[t.label[level]].push_back(emb.rows[std::size_t(t.row)]);
        progress(0.1 + scoreShare * li, QStringLiteral("enrolling %1 sources at %2")
                                             .arg(set.bySource.size())
                                             .arg(QLatin1String(kLevelNames[level])));
        try {
            backend->enrol(set);
        } catch (const Error &e) {
            throw Error(o.embeddings, e.cause());
        }
        const QStringList sources = backend->sources();
        listSources[std::size_t(li)] = sources;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const TraceItem &t = items[i];
            if (t.role == TraceItem::Enrol)
                continue;
            if ((i & 63) == 0) {
                progress.check();
                progress(0.1 + scoreShare * (li + double(i) / double(items.size())),
                         QStringLiteral("scoring %1").arg(QLatin1String(kLevelNames[level])));
            }
            const std::vector<double> s = backend->scores(emb.rows[std::size_t(t.row)]);
            if (level == 0)
                atkScores[i] = s;
            TrialList &list = t.role == TraceItem::Dev ? devTrials[std::size_t(li)] : testTrials[std::size_t(li)];
            for (int j = 0; j < sources.size(); ++j) {
                const QString &src = sources[j];
                if (o.grouping == FingerprintGrouping::PerLevel) {
                    const bool tgt = t.label[level] == src;
                    appendTrial(list, t.file, src, t.label[0], tgt, tgt, tgt, s[std::size_t(j)]);
                } else {
                    const auto comp = [&](int l) {
                        const QString c = componentOf[l].value(src);
                        return !c.isEmpty() && c == t.label[l];
                    };
                    appendTrial(list, t.file, src, t.label[0], t.label[0] == src, comp(1), comp(2), s[std::size_t(j)]);
                }
            }
        }
        if (level == 0)
            atkSources = sources;
    }
    progress.check();
    progress(0.9, QStringLiteral("metrics"));

    // Pooled tables and per-level metrics.
    QJsonArray levelsJson;
    std::vector<SubsetScores> devSubsets;
    for (int l : levels) {
        const int li = o.grouping == FingerprintGrouping::PerLevel
                           ? int(std::find(levels.begin(), levels.end(), l) - levels.begin())
                           : 0;
        const int flag = o.grouping == FingerprintGrouping::PerLevel ? 0 : l;
        const UnknownTrials rule = o.grouping == FingerprintGrouping::PerLevel ? UnknownTrials::LevelTargets
                                                                               : o.unknownRule;
        const TrialList &tl = testTrials[std::size_t(li)];
        if (tl.size() == 0)
            throw Error(QStringLiteral("no test clips: every clip went to enrolment"));
        const PooledEerTable pt = computePooledEer(tl, known, rule);
        PooledEerRow kn = pt.known[std::size_t(flag)], ukn = pt.unknown[std::size_t(flag)];
        kn.level = ukn.level = QLatin1String(kLevelNames[l]);
        r.pooled.known.push_back(kn);
        r.pooled.unknown.push_back(ukn);
        r.pooled.knownAttacks = pt.knownAttacks;

        const QString name = QLatin1String(kLevelNames[l]);
        const SubsetScores s = subsetScores(tl, known, rule, flag);
        r.metrics.push_back(splitMetrics(name, QStringLiteral("known"), s.kt, s.kn, o.dcf));
        r.metrics.push_back(splitMetrics(name, QStringLiteral("unknown"), s.ut, s.un, o.dcf));
        r.scoreSets.push_back({name + QStringLiteral(" known"), s.kt, s.kn, false});
        if (!s.ut.empty() && !r.unknownAttacks.isEmpty())
            r.scoreSets.push_back({name + QStringLiteral(" unknown"), s.ut, s.un, false});
        QJsonObject lj{{QStringLiteral("level"), name},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(listSources[std::size_t(li)])},
                       {QStringLiteral("known"), splitJson(r.metrics[r.metrics.size() - 2], o.dcf)},
                       {QStringLiteral("unknown"), splitJson(r.metrics.back(), o.dcf)}};
        if (o.calibrate) {
            const SubsetScores d = subsetScores(devTrials[std::size_t(li)], known, rule, flag);
            if (d.kt.empty() || d.kn.empty() || s.kt.empty() || s.kn.empty()) {
                // e.g. a level with a single source: no non-targets, nothing to calibrate (its EER is undefined too)
                lj.insert(QStringLiteral("calibration"),
                          QStringLiteral("skipped: the dev or eval part lacks target or non-target trials of known "
                                         "attacks"));
                levelsJson.append(lj);
                continue;
            }
            CalibrationReport cr = calibrateAndEvaluate(d.kt, d.kn, s.kt, s.kn, 0.5);
            r.calibration.push_back({name, cr});
            r.scoreSets.push_back({name + QStringLiteral(" known, calibrated LLR"), cr.calibration.apply(s.kt),
                                   cr.calibration.apply(s.kn), true});
            lj.insert(QStringLiteral("calibration"), toJson(cr));
        }
        levelsJson.append(lj);
    }
    r.hasCalibration = !r.calibration.empty();
    if (o.calibrate && r.calibration.empty())
        throw Error(QStringLiteral("calibration needs target and non-target trials of known attacks in both the dev "
                                   "and the eval part at some level: too few clips (lower --enrol-fraction?)"));

    // Closed-set attribution over the known attacks, open-set detection of unknown attacks.
    QStringList truth, predicted;
    std::vector<double> bestKnown, bestUnknown;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const TraceItem &t = items[i];
        if (t.role != TraceItem::Test || atkScores[i].empty())
            continue;
        const auto best = std::max_element(atkScores[i].begin(), atkScores[i].end());
        if (known.contains(t.label[0])) {
            truth << t.label[0];
            predicted << atkSources[int(best - atkScores[i].begin())];
            bestKnown.push_back(*best);
        } else {
            bestUnknown.push_back(*best);
        }
    }
    QJsonObject json{{QStringLiteral("mode"), QStringLiteral("trace")},
                     {QStringLiteral("inputs"), inputsJson(o)},
                     {QStringLiteral("options"),
                      QJsonObject{{QStringLiteral("backend"), r.backend},
                                  {QStringLiteral("knn_k"), o.knnK},
                                  {QStringLiteral("mahalanobis_shrinkage"), o.shrinkage},
                                  {QStringLiteral("seed"), QString::number(o.seed)},
                                  {QStringLiteral("enrol_fraction"), o.enrolFraction},
                                  {QStringLiteral("fingerprints"), o.grouping == FingerprintGrouping::PerLevel
                                                                       ? QStringLiteral("per-level")
                                                                       : QStringLiteral("per-attack")},
                                  {QStringLiteral("unknown_rule"),
                                   o.grouping == FingerprintGrouping::PerLevel ? QStringLiteral("level-targets")
                                   : o.unknownRule == UnknownTrials::AttackTargets
                                       ? QStringLiteral("attack-targets")
                                       : QStringLiteral("level-targets")},
                                  {QStringLiteral("calibrate"), o.calibrate},
                                  {QStringLiteral("dev_fraction"), o.calibrate ? QJsonValue(o.devFraction)
                                                                               : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("attack_from_filename"), o.attackFromFilename}}},
                     {QStringLiteral("counts"),
                      QJsonObject{{QStringLiteral("clips"), double(items.size())},
                                  {QStringLiteral("bonafide_left_out"), double(bonafideSkipped)},
                                  {QStringLiteral("embeddings"), double(emb.rows.size())},
                                  {QStringLiteral("embedding_dim"), double(emb.rows.front().size())},
                                  {QStringLiteral("enrol"), double(r.enrolClips)},
                                  {QStringLiteral("dev"), double(r.devClips)},
                                  {QStringLiteral("test"), double(r.testClips)}}},
                     {QStringLiteral("known_attacks"), QJsonArray::fromStringList(r.knownAttacks)},
                     {QStringLiteral("unknown_attacks"), QJsonArray::fromStringList(r.unknownAttacks)},
                     {QStringLiteral("pooled_eer"), toJson(r.pooled)},
                     {QStringLiteral("levels"), levelsJson}};
    if (!truth.isEmpty()) {
        r.classification = ClassificationReport::compute(truth, predicted, r.knownAttacks);
        r.hasClassification = true;
        json.insert(QStringLiteral("closed_set"), toJson(r.classification));
    }
    if (!bestKnown.empty() && !bestUnknown.empty()) {
        r.ood = computeOod(bestKnown, bestUnknown, true);
        r.hasOod = true;
        QJsonObject oj = toJson(r.ood);
        oj.insert(QStringLiteral("score"), QStringLiteral("best attack-fingerprint score; in-distribution = test "
                                                          "clips of known attacks"));
        oj.insert(QStringLiteral("n_in"), double(bestKnown.size()));
        oj.insert(QStringLiteral("n_ood"), double(bestUnknown.size()));
        json.insert(QStringLiteral("open_set"), oj);
    }
    // OOD scores from the class head (logits.npy): known attacks' test clips = in-distribution, unknown = OOD.
    if (!emb.logits.empty() && !r.unknownAttacks.isEmpty()) {
        std::vector<const Embedding *> reference;
        for (const TraceItem &t : items)
            if (t.role == TraceItem::Enrol)
                reference.push_back(&emb.rows[std::size_t(t.row)]);
        std::vector<double> in[3], out[3];
        for (const TraceItem &t : items) {
            if (t.role != TraceItem::Test)
                continue;
            const std::vector<float> &z = emb.logits[std::size_t(t.row)];
            const double energy = oodEnergy(z);
            const double v[3] = {oodMsp(z), energy,
                                 oodKnnCosine(emb.rows[std::size_t(t.row)], reference, o.knnK) * energy};
            for (int k = 0; k < 3; ++k)
                (known.contains(t.label[0]) ? in[k] : out[k]).push_back(v[k]);
        }
        if (!in[0].empty() && !out[0].empty()) {
            const char *const names[3] = {"msp", "energy", "nsd"};
            QJsonObject scoresJson;
            for (int k = 0; k < 3; ++k) {
                const OodResult res = computeOod(in[k], out[k], true);
                r.oodScores.push_back({QLatin1String(names[k]), res});
                QJsonObject oj = toJson(res);
                oj.insert(QStringLiteral("n_in"), double(in[k].size()));
                oj.insert(QStringLiteral("n_ood"), double(out[k].size()));
                scoresJson.insert(QLatin1String(names[k]), oj);
            }
            scoresJson.insert(QStringLiteral("note"),
                              QStringLiteral("from logits.npy; higher = in-distribution; in = test clips of known "
                                             "attacks, OOD = clips of unknown attacks; nsd = mean of the k largest "
                                             "cosine similarities to the enrolment embeddings x energy (k = knn_k)"));
            json.insert(QStringLiteral("ood_scores"), scoresJson);
        }
    }
    r.json = json;

    if (!o.outDir.isEmpty()) {
        progress(0.95, QStringLiteral("writing %1").arg(o.outDir));
        makeOutDir(o.outDir);
        writeStopaPooledEer(o.outDir, r.pooled);
        r.writtenFiles << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_kn.csv"))
                       << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_ukn.csv"));
        QString split = QStringLiteral("file,attack,role\n");
        for (const TraceItem &t : items)
            split += csvField(t.file) + QLatin1Char(',') + csvField(t.label[0]) + QLatin1Char(',') + roleName(t.role)
                     + QLatin1Char('\n');
        writeOut(r, o.outDir, QStringLiteral("split.csv"), split.toUtf8());
        if (o.writeTrialScores) {
            QByteArray ts("level,part,file,attack,source,is_target_atk,is_target_am,is_target_vm,score\n");
            for (int li = 0; li < nLists; ++li) {
                const QString lname = o.grouping == FingerprintGrouping::PerLevel
                                          ? QLatin1String(kLevelNames[levels[std::size_t(li)]])
                                          : QStringLiteral("all");
                for (int part = 0; part < 2; ++part) {
                    const TrialList &tl = part == 0 ? devTrials[std::size_t(li)] : testTrials[std::size_t(li)];
                    for (std::size_t k = 0; k < tl.size(); ++k)
                        ts += (lname + (part == 0 ? QStringLiteral(",dev,") : QStringLiteral(",test,"))
                               + csvField(tl.files[int(k)]) + QLatin1Char(',') + csvField(tl.attacks[int(k)])
                               + QLatin1Char(',') + csvField(tl.fingerprints[int(k)])
                               + QStringLiteral(",%1,%2,%3,")
                                     .arg(int(tl.targetAtk[k]))
                                     .arg(int(tl.targetAm[k]))
                                     .arg(int(tl.targetVm[k]))
                               + csvNum(tl.scores[k], 9) + QLatin1Char('\n'))
                                  .toUtf8();
                }
            }
            writeOut(r, o.outDir, QStringLiteral("trial_scores.csv"), ts);
        }
        writeCommonOutputs(r, o);
    }
    progress(1.0, QStringLiteral("done"));
    return r;
}

} // namespace

QString evaluationModeName(EvaluationMode m)
{
    switch (m) {
    case EvaluationMode::Detection:
        return QStringLiteral("detection");
    case EvaluationMode::Trace:
        return QStringLiteral("trace");
    case EvaluationMode::Trials:
        return QStringLiteral("trials");
    }
    return {};
}

EvaluationResult runEvaluation(const EvaluationOptions &options, const EvaluationCallbacks &callbacks)
{
    const Reporter progress{callbacks};
    switch (options.mode) {
    case EvaluationMode::Detection:
        return runDetection(options, progress);
    case EvaluationMode::Trace:
        return runTrace(options, progress);
    case EvaluationMode::Trials:
        return runTrials(options, progress);
    }
    throw Error(QStringLiteral("unknown evaluation mode"));
}

QHash<QString, double> readDetectionScores(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("cannot open the score file: %1").arg(f.errorString()));
    QByteArray firstLine;
    while (!f.atEnd()) {
        firstLine = f.readLine().trimmed();
        if (firstLine.startsWith("\xEF\xBB\xBF"))
            firstLine.remove(0, 3);
        if (!firstLine.isEmpty())
            break;
    }
    if (!firstLine.startsWith('{')) {
        f.close();
        return ScoreFile::read(path).byFile;
    }
    // JSON Lines of `sourcetrace-cli detect --json`.
    f.seek(0);
    QHash<QString, double> scores;
    QHash<QString, int> firstSeen;
    int no = 0;
    while (!f.atEnd()) {
        QByteArray line = f.readLine().trimmed();
        ++no;
        if (no == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.isEmpty())
            continue;
        (void)decodeUtf8Line(path, line, no); // names the line of a bad byte (the JSON parser names an offset)
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            throw Error(path, QStringLiteral("not a JSON object (%1)").arg(pe.errorString()), no);
        const QJsonObject o = doc.object();
        const QString file = o.value(QStringLiteral("file")).toString();
        if (file.isEmpty())
            throw Error(path, QStringLiteral("the object has no \"file\""), no);
        const QJsonValue s = o.value(QStringLiteral("score"));
        if (!s.isDouble())
            throw Error(path, QStringLiteral("\"score\" of '%1' is %2, not a number").arg(file, s.isNull() ? QStringLiteral("null") : QStringLiteral("missing or not numeric")), no);
        if (!std::isfinite(s.toDouble()))
            throw Error(path, QStringLiteral("\"score\" of '%1' is not a finite number").arg(file), no);
        if (firstSeen.contains(file))
            throw Error(path, QStringLiteral("'%1' is scored twice (first on line %2)").arg(file).arg(firstSeen[file]),
                        no);
        firstSeen.insert(file, no);
        scores.insert(file, s.toDouble());
    }
    if (scores.isEmpty())
        throw Error(path, QStringLiteral("the score file has no scores"));
    return scores;
}

double ScoreHistogram::targetDensity(std::size_t bin) const
{
    const double w = edges[bin + 1] - edges[bin];
    return targetTotal == 0 ? 0.0 : double(targetCounts[bin]) / (double(targetTotal) * w);
}

double ScoreHistogram::nontargetDensity(std::size_t bin) const
{
    const double w = edges[bin + 1] - edges[bin];
    return nontargetTotal == 0 ? 0.0 : double(nontargetCounts[bin]) / (double(nontargetTotal) * w);
}

ScoreHistogram computeScoreHistogram(const std::vector<double> &targets, const std::vector<double> &nontargets,
                                     int bins)
{
    if (bins < 1)
        throw Error(QStringLiteral("a histogram needs at least one bin (got %1)").arg(bins));
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto *v : {&targets, &nontargets})
        for (double s : *v)
            if (std::isfinite(s)) {
                lo = std::min(lo, s);
                hi = std::max(hi, s);
            }
    ScoreHistogram h;
    if (!(lo <= hi)) { // nothing finite
        h.edges = {0.0, 1.0};
        h.targetCounts = h.nontargetCounts = {0};
        return h;
    }
    if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
        bins = 1;
    }
    const double w = (hi - lo) / bins;
    h.edges.resize(std::size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[std::size_t(i)] = lo + w * i;
    h.edges.back() = hi;
    h.targetCounts.assign(std::size_t(bins), 0);
    h.nontargetCounts.assign(std::size_t(bins), 0);
    const auto fill = [&](const std::vector<double> &v, std::vector<std::size_t> &counts, std::size_t &total) {
        for (double s : v) {
            if (!std::isfinite(s))
                continue;
            int b = int(std::floor((s - lo) / w));
            // floating-point guard: put the score in the bin whose edges hold it
            b = std::clamp(b, 0, bins - 1);
            while (b > 0 && s < h.edges[std::size_t(b)])
                --b;
            while (b < bins - 1 && s >= h.edges[std::size_t(b) + 1])
                ++b;
            ++counts[std::size_t(b)];
            ++total;
        }
    };
    fill(targets, h.targetCounts, h.targetTotal);
    fill(nontargets, h.nontargetCounts, h.nontargetTotal);
    return h;
}

TippettCurve computeTippett(const std::vector<double> &llrs)
{
    TippettCurve c;
    std::vector<double> v;
    v.reserve(llrs.size());
    for (double x : llrs)
        if (!std::isnan(x))
            v.push_back(x);
    std::sort(v.begin(), v.end());
    const double n = double(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!std::isfinite(v[i]) || (i > 0 && v[i] == v[i - 1]))
            continue;
        c.log10Lr.push_back(v[i] / std::log(10.0));
        c.proportion.push_back(double(v.size() - i) / n); // v[i..] are >= v[i]
    }
    return c;
}

QString detCsv(const std::vector<ScoreSet> &sets)
{
    QString s = QStringLiteral("set,pmiss,pfa,probit_pmiss,probit_pfa\n");
    for (const ScoreSet &set : sets) {
        if (set.targets.empty() || set.nontargets.empty())
            continue;
        const DetPlot p = computeDetPlot(set.targets, set.nontargets);
        for (std::size_t i = 0; i < p.pmiss.size(); ++i)
            s += QStringLiteral("%1,%2,%3,%4,%5\n")
                     .arg(csvField(set.name), csvNum(p.pmiss[i], 10), csvNum(p.pfa[i], 10),
                          csvNum(p.probitPmiss[i], 10), csvNum(p.probitPfa[i], 10));
    }
    return s;
}

QString histogramCsv(const QString &name, const ScoreHistogram &h)
{
    QString s = QStringLiteral("set,bin_lo,bin_hi,target_count,nontarget_count,target_density,nontarget_density\n");
    for (std::size_t b = 0; b + 1 < h.edges.size(); ++b)
        s += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                 .arg(csvField(name), csvNum(h.edges[b], 10), csvNum(h.edges[b + 1], 10))
                 .arg(h.targetCounts[b])
                 .arg(h.nontargetCounts[b])
                 .arg(csvNum(h.targetDensity(b), 10), csvNum(h.nontargetDensity(b), 10));
    return s;
}

QString tippettCsv(const std::vector<ScoreSet> &sets)
{
    QString s = QStringLiteral("set,class,log10_lr,proportion_ge\n");
    for (const ScoreSet &set : sets) {
        for (int cls = 0; cls < 2; ++cls) {
            const TippettCurve c = computeTippett(cls == 0 ? set.targets : set.nontargets);
            for (std::size_t i = 0; i < c.log10Lr.size(); ++i)
                s += QStringLiteral("%1,%2,%3,%4\n")
                         .arg(csvField(set.name), cls == 0 ? QStringLiteral("target") : QStringLiteral("nontarget"),
                              csvNum(c.log10Lr[i], 10), csvNum(c.proportion[i], 10));
        }
    }
    return s;
}

QString confusionCsv(const ClassificationReport &r)
{
    QString s = QStringLiteral("true\\predicted");
    for (const QString &c : r.classes)
        s += QLatin1Char(',') + csvField(c);
    s += QLatin1Char('\n');
    for (int i = 0; i < r.classes.size(); ++i) {
        s += csvField(r.classes[i]);
        for (std::size_t n : r.confusion[std::size_t(i)])
            s += QLatin1Char(',') + QString::number(n);
        s += QLatin1Char('\n');
    }
    return s;
}

void writeDetCsv(const QString &path, const std::vector<ScoreSet> &sets)
{
    writeText(path, detCsv(sets).toUtf8());
}

void writeHistogramCsv(const QString &path, const QString &name, const ScoreHistogram &h)
{
    writeText(path, histogramCsv(name, h).toUtf8());
}

void writeTippettCsv(const QString &path, const std::vector<ScoreSet> &sets)
{
    writeText(path, tippettCsv(sets).toUtf8());
}

void writeConfusionCsv(const QString &path, const ClassificationReport &r)
{
    writeText(path, confusionCsv(r).toUtf8());
}

} // namespace st
