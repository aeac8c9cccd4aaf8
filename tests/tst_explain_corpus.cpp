// Explanations over a corpus (CorpusExplain) and the mean-feature bona fide baseline (FeatureIntegratedGradients)
// with SourceTrace's default spectral model on synthetic clips written here (never the dev corpus): per-clip
// outputs, group summaries recomputed from the per-clip reports, resume, refusal of changed settings, broken
// protocols, silence shares, the mean-feature baseline and feature-space completeness.
#include "audiotestutil.h"
#include "testutil.h"

#include "audio/AudioFile.h"
#include "explain/CorpusExplain.h"
#include "explain/FeatureIntegratedGradients.h"
#include "jobs/Job.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace st;

namespace {

constexpr int kRate = 16000;

EmbeddingModelPtr defaultModel()
{
    const QString manifestPath = QDir(sttest::sourceDir()).filePath(QStringLiteral("models/sourcetrace-default/manifest.json"));
    if (!QFileInfo::exists(manifestPath))
        return nullptr;
    return ModelRegistry::load(ModelManifest::fromJsonFile(manifestPath), RunOptions{});
}

// "Bona fide": two harmonics with a little noise between `lead` and `trail` seconds of silence.
std::vector<float> voiced(double f0, double lead, double body, double trail, uint32_t seed)
{
    QRandomGenerator rng(seed);
    std::vector<float> x(size_t((lead + body + trail) * kRate), 0.0f);
    for (int64_t i = int64_t(lead * kRate); i < int64_t((lead + body) * kRate); ++i) {
        const double t = double(i) / kRate;
        x[size_t(i)] = float(0.3 * std::sin(2 * M_PI * f0 * t) + 0.15 * std::sin(2 * M_PI * 2 * f0 * t) + 0.01 * (rng.generateDouble() - 0.5));
    }
    return x;
}

// "Spoof": noise smoothed by a short moving average (low-passed), with clicks.
std::vector<float> buzzy(double seconds, uint32_t seed)
{
    QRandomGenerator rng(seed);
    std::vector<float> x(size_t(seconds * kRate));
    double a = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        a = 0.8 * a + 0.2 * (rng.generateDouble() - 0.5);
        x[i] = float(0.6 * a + (i % 800 == 0 ? 0.5 : 0.0));
    }
    return x;
}

void writeText(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

CorpusExplainSettings fastSettings(const EmbeddingModelPtr &m)
{
    CorpusExplainSettings s;
    s.ig.steps = 8;
    s.ig.baseline = recommendedBaseline(m->manifest().kind);
    s.ig.baseline.noiseDraws = 1;
    s.ig.attributeJumps = false;
    s.tf.fftSize = 512;
    s.tf.hop = 160;
    return s;
}

} // namespace

class TestExplainCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void silenceSharesByHand();
    void resampleByHand();
    void corpusJobSummariesResume();
    void brokenProtocols();
    void knownSilence();
    void featureBaselineMean();
    void featureIgCompleteness();
    void featureBaselineRefused();
    void featureCorpusSummaries();
    void cli();
    void cancelAndResume();

private:
    QTemporaryDir m_tmp;
    EmbeddingModelPtr m_model;
    QString m_protocol;
};

void TestExplainCorpus::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_model = defaultModel();
    const QDir wav(m_tmp.filePath(QStringLiteral("wav")));
    QVERIFY(QDir().mkpath(wav.path()));
    // 6 clips: 3 bona fide-like, 3 spoof-like; two codecs.
    QString proto = QStringLiteral("file\tattack\tcodec\ttext\n");
    for (int i = 0; i < 6; ++i) {
        const bool bona = i < 3;
        const QString name = QStringLiteral("c%1.wav").arg(i);
        const std::vector<float> x = bona ? voiced(150.0 + 40 * i, 0.1, 0.4, 0.1, uint32_t(i + 1)) : buzzy(0.6, uint32_t(i + 1));
        QVERIFY(sttest::writeAudio(wav.filePath(name), SF_FORMAT_WAV | SF_FORMAT_FLOAT, kRate, 1, x));
        proto += QStringLiteral("%1\t%2\t%3\tsome text\n").arg(name, bona ? QStringLiteral("bonafide") : QStringLiteral("A0%1").arg(i % 2 + 1),
                                                            i % 2 ? QStringLiteral("opus") : QStringLiteral("none"));
    }
    m_protocol = m_tmp.filePath(QStringLiteral("protocol.tsv"));
    writeText(m_protocol, proto);
}

void TestExplainCorpus::silenceSharesByHand()
{
    // |a| per frame 1..5; speech in frames 1-2: lead = 1/15, trail = (4+5)/15.
    auto [lead, trail] = silenceShares({1, 2, 3, 4, 5}, {0, 1, 1, 0, 0});
    QCOMPARE(lead, 1.0 / 15.0);
    QCOMPARE(trail, 9.0 / 15.0);
    // No speech at all: the whole clip is leading silence.
    auto [l2, t2] = silenceShares({1, 1}, {0, 0});
    QCOMPARE(l2, 1.0);
    QCOMPARE(t2, 0.0);
    // Speech everywhere: no silence.
    auto [l3, t3] = silenceShares({1, 1, 1}, {1, 1, 1});
    QCOMPARE(l3, 0.0);
    QCOMPARE(t3, 0.0);
}

void TestExplainCorpus::resampleByHand()
{
    // 2 frames x 1 bin, |.| = [1, 3] (sum 4): frame 0 (centre 0.25) -> bin 1, frame 1 (centre 0.75) -> bin 3;
    // bins 0 and 2 take their nearest frame (0 and 1): [1, 1, 3, 3] / 4, renormalised -> [1, 1, 3, 3] / 8.
    const std::vector<double> r = resampleTfMap({1.0f, -3.0f}, 2, 1, 4);
    QCOMPARE(int(r.size()), 4);
    QCOMPARE(r[0], 0.125);
    QCOMPARE(r[1], 0.125);
    QCOMPARE(r[2], 0.375);
    QCOMPARE(r[3], 0.375);
    // 4 frames into 2 bins: averages of pairs, the map then sums to 1.
    const std::vector<double> s = resampleTfMap({1, 1, 2, 4}, 4, 1, 2);
    QCOMPARE(s[0], 1.0 / 4.0);
    QCOMPARE(s[1], 3.0 / 4.0);
}

void TestExplainCorpus::corpusJobSummariesResume()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    const QString out = m_tmp.filePath(QStringLiteral("out"));
    CorpusExplainSettings s = fastSettings(m_model);
    const CorpusExplainResult r = runCorpusExplain(m_protocol, {}, m_model, s, out);
    QCOMPARE(r.clips, 6);
    QCOMPARE(r.done, 6);
    QCOMPARE(r.failed, 0);
    for (int i = 0; i < 6; ++i)
        for (const char *f : {"report.json", "attribution.npy", "tf_map.npy", "envelopes.npy"})
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(QStringLiteral("clips/c%1/%2").arg(i).arg(QLatin1String(f)))), f);

    // Recompute every group's means from the per-clip reports, independently of CorpusExplain.
    const QJsonObject summary = readJsonFile(QDir(out).filePath(QStringLiteral("summary.json")));
    QCOMPARE(summary.value(QStringLiteral("clips")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
    struct Clip
    {
        QMap<QString, QString> cols;
        QJsonObject bands;
        double speech, lead, trail;
    };
    std::vector<Clip> clips;
    for (int i = 0; i < 6; ++i) {
        const QJsonObject rep = readJsonFile(QDir(out).filePath(QStringLiteral("clips/c%1/report.json").arg(i)));
        Clip c;
        c.cols[QStringLiteral("label")] = i < 3 ? QStringLiteral("bonafide") : QStringLiteral("spoof");
        c.cols[QStringLiteral("codec")] = i % 2 ? QStringLiteral("opus") : QStringLiteral("none");
        c.cols[QStringLiteral("attack")] = i < 3 ? QStringLiteral("bonafide") : QStringLiteral("A0%1").arg(i % 2 + 1);
        c.cols[QStringLiteral("all")] = QStringLiteral("all");
        c.bands = rep[QStringLiteral("clip")][QStringLiteral("bandShares")].toObject();
        c.speech = rep[QStringLiteral("clip")][QStringLiteral("speechShare")].toDouble();
        const QJsonArray abs = rep[QStringLiteral("frames")][QStringLiteral("absolute")].toArray();
        const QJsonArray sp = rep[QStringLiteral("frames")][QStringLiteral("speech")].toArray();
        double total = 0, lead = 0, trail = 0;
        int first = -1, last = -1;
        for (int k = 0; k < sp.size(); ++k)
            if (sp[k].toInt()) {
                first = first < 0 ? k : first;
                last = k;
            }
        for (int k = 0; k < abs.size(); ++k) {
            total += abs[k].toDouble();
            if (first < 0 || k < first)
                lead += abs[k].toDouble();
            else if (k > last)
                trail += abs[k].toDouble();
        }
        c.lead = lead / total;
        c.trail = trail / total;
        clips.push_back(c);
    }
    int checked = 0;
    for (const QJsonValue &gv : summary.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        const QString col = g[QStringLiteral("column")].toString(), val = g[QStringLiteral("value")].toString();
        QVERIFY2(col != QLatin1String("text") && col != QLatin1String("file"), qPrintable(col));
        std::vector<const Clip *> m;
        for (const Clip &c : clips)
            if (c.cols.value(col) == val)
                m.push_back(&c);
        QCOMPARE(g[QStringLiteral("n")].toInt(), int(m.size()));
        double speech = 0, lead = 0, trail = 0, band0 = 0;
        for (const Clip *c : m) {
            speech += c->speech / m.size();
            lead += c->lead / m.size();
            trail += c->trail / m.size();
            band0 += c->bands[QStringLiteral("0-1 kHz")].toDouble() / m.size();
        }
        QVERIFY(std::abs(g[QStringLiteral("speechShare")][QStringLiteral("mean")].toDouble() - speech) < 1e-9);
        QVERIFY(std::abs(g[QStringLiteral("leadingSilenceShare")][QStringLiteral("mean")].toDouble() - lead) < 1e-9);
        QVERIFY(std::abs(g[QStringLiteral("trailingSilenceShare")][QStringLiteral("mean")].toDouble() - trail) < 1e-9);
        QVERIFY(std::abs(g[QStringLiteral("bandShares")][QStringLiteral("0-1 kHz")][QStringLiteral("mean")].toDouble() - band0) < 1e-6);
        // The mean TF map is a distribution over [timeBins, bins].
        std::vector<int64_t> shape;
        const std::vector<float> tf = readNpy(QDir(out).filePath(g[QStringLiteral("meanTfMap")].toString()), shape);
        QCOMPARE(shape, (std::vector<int64_t>{100, 257}));
        double sum = 0;
        for (float v : tf)
            sum += v;
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        ++checked;
    }
    // all, label x2, attack x3, codec x2
    QCOMPARE(checked, 8);
    // The mean map of all clips is the n-weighted mean of the label groups' maps.
    std::vector<int64_t> sh;
    const std::vector<float> all = readNpy(QDir(out).filePath(QStringLiteral("mean_tf_all_all.npy")), sh);
    const std::vector<float> b = readNpy(QDir(out).filePath(QStringLiteral("mean_tf_label_bonafide.npy")), sh);
    const std::vector<float> sp = readNpy(QDir(out).filePath(QStringLiteral("mean_tf_label_spoof.npy")), sh);
    double worst = 0;
    for (size_t k = 0; k < all.size(); ++k)
        worst = std::max(worst, std::abs(double(all[k]) - 0.5 * (b[k] + sp[k])));
    QVERIFY(worst < 1e-6);
    QFile tsv(QDir(out).filePath(QStringLiteral("summary.tsv")));
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    QCOMPARE(tsv.readAll().count('\n'), 1 + 8);

    // Resume: nothing is redone, the reports stay untouched.
    const QDateTime before = QFileInfo(QDir(out).filePath(QStringLiteral("clips/c0/report.json"))).lastModified();
    const CorpusExplainResult again = runCorpusExplain(m_protocol, {}, m_model, s, out);
    QCOMPARE(again.done, 0);
    QCOMPARE(again.skipped, 6);
    QCOMPARE(QFileInfo(QDir(out).filePath(QStringLiteral("clips/c0/report.json"))).lastModified(), before);
    QFile log(QDir(out).filePath(QStringLiteral("job.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    QCOMPARE(lines.count("done "), 6);
    QCOMPARE(lines.count("skip "), 6);

    // A changed setting is refused, naming what changed; --restart redoes the clips.
    CorpusExplainSettings other = s;
    other.ig.steps = 9;
    const QString msg = sttest::errorFrom([&] { runCorpusExplain(m_protocol, {}, m_model, other, out); });
    QVERIFY2(msg.contains(QStringLiteral("steps: was 8, now 9")) && msg.contains(QStringLiteral("--restart")) && msg.contains(QStringLiteral("job.json")),
             qPrintable(msg));
    other.restart = true;
    other.limit = 2;
    const CorpusExplainResult redone = runCorpusExplain(m_protocol, {}, m_model, other, out);
    QCOMPARE(redone.done, 2);
    QCOMPARE(readJsonFile(QDir(out).filePath(QStringLiteral("clips/c0/report.json")))[QStringLiteral("settings")][QStringLiteral("steps")].toInt(), 9);
    // Grouping by a column the protocol lacks is refused with the available ones.
    const QString g = sttest::errorFrom([&] { summarizeCorpusExplain(out, {QStringLiteral("vocoder")}); });
    QVERIFY2(g.contains(QStringLiteral("no column \"vocoder\"")) && g.contains(QStringLiteral("codec")), qPrintable(g));
}

void TestExplainCorpus::brokenProtocols()
{
    const QString dir = m_tmp.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/wav")));
    QVERIFY(QFile::copy(m_tmp.filePath(QStringLiteral("wav/c0.wav")), dir + QStringLiteral("/a.wav")));
    const QString noAttack = dir + QStringLiteral("/noattack.tsv");
    writeText(noAttack, QStringLiteral("file\tcodec\na.wav\tnone\n"));
    QString e = sttest::errorFrom([&] { readCorpusClips(noAttack); });
    QVERIFY2(e.contains(QStringLiteral("noattack.tsv")) && e.contains(QStringLiteral("attack")), qPrintable(e));
    const QString missing = dir + QStringLiteral("/missing.tsv");
    writeText(missing, QStringLiteral("file\tattack\na.wav\tbonafide\n\nnothere.wav\tA01\n"));
    e = sttest::errorFrom([&] { readCorpusClips(missing); });
    QVERIFY2(e.contains(QStringLiteral("missing.tsv")) && e.contains(QStringLiteral("missing.tsv:4:")) && e.contains(QStringLiteral("nothere.wav")), qPrintable(e));
    const QString dup = dir + QStringLiteral("/dup.tsv");
    writeText(dup, QStringLiteral("file\tattack\na.wav\tbonafide\na.wav\tA01\n"));
    e = sttest::errorFrom([&] { readCorpusClips(dup); });
    QVERIFY2(e.contains(QStringLiteral("dup.tsv")) && e.contains(QStringLiteral("dup.tsv:3:")) && e.contains(QStringLiteral("twice")), qPrintable(e));
    e = sttest::errorFrom([&] { readCorpusClips(dir + QStringLiteral("/none.tsv")); });
    QVERIFY2(e.contains(QStringLiteral("none.tsv")), qPrintable(e));
    // A folder: every audio file, no protocol columns.
    const std::vector<CorpusClip> f = readCorpusClips(m_tmp.filePath(QStringLiteral("wav")));
    QCOMPARE(int(f.size()), 6);
    QVERIFY(f[0].columns.isEmpty());
    e = sttest::errorFrom([&] { readCorpusClips(dir + QStringLiteral("/wav")); });
    QVERIFY2(e.contains(QStringLiteral("no audio files")), qPrintable(e));
    // A clip that cannot be decoded fails alone; the job goes on and the summary counts it.
    if (!m_model)
        return;
    QVERIFY(sttest::putBytes(dir + QStringLiteral("/bad.wav"), QByteArray("RIFF not really a wave file")));
    const QString withBad = dir + QStringLiteral("/withbad.tsv");
    writeText(withBad, QStringLiteral("file\tattack\na.wav\tbonafide\nbad.wav\tA01\n"));
    const CorpusExplainResult r = runCorpusExplain(withBad, {}, m_model, fastSettings(m_model), dir + QStringLiteral("/out"));
    QCOMPARE(r.done, 1);
    QCOMPARE(r.failed, 1);
    const QJsonObject s = readCorpusSummary(dir + QStringLiteral("/out"));
    QCOMPARE(s[QStringLiteral("failed")].toInt(), 1);
    QCOMPARE(s[QStringLiteral("explained")].toInt(), 1);
    QVERIFY(s[QStringLiteral("failures")].toArray()[0].toObject()[QStringLiteral("message")].toString().contains(QStringLiteral("bad.wav")));
}

void TestExplainCorpus::knownSilence()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    // 0.3 s silence, 0.5 s tone, 0.2 s silence: the VAD's first speech frame (20 ms) is 15, its last 39.
    const QString dir = m_tmp.filePath(QStringLiteral("silence"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(sttest::writeAudio(dir + QStringLiteral("/s.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, kRate, 1, voiced(220, 0.3, 0.5, 0.2, 7)));
    writeText(dir + QStringLiteral("/p.tsv"), QStringLiteral("file\tattack\ns.wav\tbonafide\n"));
    runCorpusExplain(dir + QStringLiteral("/p.tsv"), {}, m_model, fastSettings(m_model), dir + QStringLiteral("/out"));
    const QString rep = dir + QStringLiteral("/out/clips/s/report.json");
    const QJsonArray sp = readJsonFile(rep)[QStringLiteral("frames")][QStringLiteral("speech")].toArray();
    int first = -1, last = -1;
    for (int k = 0; k < sp.size(); ++k)
        if (sp[k].toInt()) {
            first = first < 0 ? k : first;
            last = k;
        }
    QCOMPARE(first, 15);
    QCOMPARE(last, 39);
    const QJsonArray abs = readJsonFile(rep)[QStringLiteral("frames")][QStringLiteral("absolute")].toArray();
    double total = 0, lead = 0, trail = 0;
    for (int k = 0; k < abs.size(); ++k) {
        total += abs[k].toDouble();
        if (k < 15)
            lead += abs[k].toDouble();
        if (k > 39)
            trail += abs[k].toDouble();
    }
    const CorpusClipFigures f = readClipFigures(rep);
    QVERIFY(std::abs(f.leadingSilenceShare - lead / total) < 1e-12);
    QVERIFY(std::abs(f.trailingSilenceShare - trail / total) < 1e-12);
    QVERIFY(f.leadingSilenceShare > 0.0 && f.trailingSilenceShare > 0.0);
    qInfo("known silence: leading %.3f, trailing %.3f, speech %.3f of |attribution|", f.leadingSilenceShare, f.trailingSilenceShare, f.speechShare);
}

void TestExplainCorpus::featureBaselineMean()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    QVERIFY(modelHasFeatureFrontEnd(m_model));
    const QString a = m_tmp.filePath(QStringLiteral("wav/c0.wav")), b = m_tmp.filePath(QStringLiteral("wav/c1.wav"));
    const FeatureBaseline fb = computeFeatureBaseline(m_model, {a, b});
    int64_t ta = 0, tb = 0;
    int bins = 0;
    const std::vector<float> fa = clipFeatures(m_model, AudioFile(a).readAll(MixDown, kRate), ta, bins);
    const std::vector<float> fbb = clipFeatures(m_model, AudioFile(b).readAll(MixDown, kRate), tb, bins);
    QCOMPARE(int(fb.mean.size()), bins);
    QCOMPARE(fb.frames, ta + tb);
    QCOMPARE(ta, int64_t(0.6 * kRate) / 160 + 1); // centred STFT: n / hop + 1 frames
    for (int k = 0; k < bins; ++k) {
        double s = 0;
        for (int64_t t = 0; t < ta; ++t)
            s += fa[size_t(t * bins + k)];
        for (int64_t t = 0; t < tb; ++t)
            s += fbb[size_t(t * bins + k)];
        QVERIFY2(std::abs(fb.mean[size_t(k)] - s / double(ta + tb)) < 1e-4, qPrintable(QString::number(k)));
    }
    // The bins' frequencies rise from 0 to Nyquist (linear filterbank centroids).
    QCOMPARE(int(fb.binHz.size()), bins);
    for (int k = 1; k < bins; ++k)
        QVERIFY(fb.binHz[size_t(k)] > fb.binHz[size_t(k - 1)]);
    QVERIFY(fb.binHz.back() < 8000.0);
    // Round trip through the file.
    const QString path = m_tmp.filePath(QStringLiteral("bm.json"));
    writeFeatureBaseline(fb, path);
    const FeatureBaseline back = readFeatureBaseline(path);
    QCOMPARE(back.mean, fb.mean);
    QCOMPARE(back.files.size(), 2);
    QCOMPARE(back.sha256.first(), QString::fromLatin1(sttest::sha256Of(a)));
}

void TestExplainCorpus::featureIgCompleteness()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    const QString path = m_tmp.filePath(QStringLiteral("bm2.json"));
    writeFeatureBaseline(computeFeatureBaseline(m_model, {m_tmp.filePath(QStringLiteral("wav/c0.wav")), m_tmp.filePath(QStringLiteral("wav/c2.wav"))}), path);
    FeatureBaselineExplainer fx(m_model, path);
    // The network removes each feature's mean over time, so the path from any time-constant baseline is, inside the
    // network, the ray from the all-zero normalised input; the attentive pooling's sqrt(clamp(var, 1e-6)) bends
    // sharply near its start and the gap closes slowly in steps (3.9 % at 50 Gauss-Legendre nodes, 2.2 % at 256,
    // 0.6 % at 512 on this clip; docs/explanations.md).
    IgSettings s;
    s.steps = 512;
    const std::vector<float> clip = buzzy(0.6, 99);
    const FeatureIgResult r = fx.run(clip, s);
    qInfo("feature IG: F(x) %.4f F(b) %.4f sum %.4f gap %.4f %% (%.2f s)", r.fInput, r.fBaseline, r.attributionSum, 100 * r.completenessError, r.seconds);
    QVERIFY(std::abs(r.fInput - r.fBaseline) > 1e-3);
    QVERIFY2(r.completenessError < 0.01, qPrintable(QString::number(r.completenessError)));
    QCOMPARE(int64_t(r.attribution.size()), r.frames * r.bins);
    // forwardFromFeatures(features(x)) is the model's forward(x): F(input) is the bona fide logit of the clip.
    const std::vector<ModelOutput> o = m_model->forward({clip});
    QVERIFY2(std::abs(r.fInput - o[0].logits[size_t(m_model->manifest().bonafideClass)]) < 1e-4,
             qPrintable(QStringLiteral("%1 vs %2").arg(r.fInput).arg(o[0].logits[size_t(m_model->manifest().bonafideClass)])));
    // The report says it has no waveform attribution and has what the summaries read.
    const QString out = m_tmp.filePath(QStringLiteral("fx"));
    const QJsonObject rep = fx.explainTo(clip, QStringLiteral("synthetic"), QString(), s, 20.0, out);
    QCOMPARE(rep[QStringLiteral("waveformAttribution")].toBool(true), false);
    QCOMPARE(rep[QStringLiteral("domain")].toString(), QStringLiteral("features"));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/attribution.npy")));
    const CorpusClipFigures f = readClipFigures(out + QStringLiteral("/report.json"));
    double bs = 0;
    for (double v : f.bandShares)
        bs += v;
    QVERIFY(std::abs(bs - 1.0) < 1e-9);
}

void TestExplainCorpus::featureBaselineRefused()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    const QString path = m_tmp.filePath(QStringLiteral("bm3.json"));
    writeFeatureBaseline(computeFeatureBaseline(m_model, {m_tmp.filePath(QStringLiteral("wav/c0.wav"))}), path);
    QJsonObject o = readJsonFile(path);
    o[QStringLiteral("model")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("other-model")}, {QStringLiteral("weightsSha256"), QStringLiteral("abcdef0123456789")}};
    const QString other = m_tmp.filePath(QStringLiteral("other.json"));
    writeText(other, QString::fromUtf8(QJsonDocument(o).toJson()));
    QString e = sttest::errorFrom([&] { FeatureBaselineExplainer(m_model, other); });
    QVERIFY2(e.contains(QStringLiteral("other.json")) && e.contains(QStringLiteral("other-model")) && e.contains(m_model->manifest().name), qPrintable(e));
    // Broken files.
    writeText(other, QStringLiteral("{ not json"));
    e = sttest::errorFrom([&] { readFeatureBaseline(other); });
    QVERIFY2(e.contains(QStringLiteral("other.json")) && e.contains(QStringLiteral("JSON")), qPrintable(e));
    o = readJsonFile(path);
    o.remove(QStringLiteral("mean"));
    writeText(other, QString::fromUtf8(QJsonDocument(o).toJson()));
    e = sttest::errorFrom([&] { readFeatureBaseline(other); });
    QVERIFY2(e.contains(QStringLiteral("other.json")) && e.contains(QStringLiteral("mean")), qPrintable(e));
    o = readJsonFile(path);
    o[QStringLiteral("format")] = QStringLiteral("something-else");
    writeText(other, QString::fromUtf8(QJsonDocument(o).toJson()));
    e = sttest::errorFrom([&] { readFeatureBaseline(other); });
    QVERIFY2(e.contains(QStringLiteral("not a mean-feature baseline")), qPrintable(e));
}

void TestExplainCorpus::featureCorpusSummaries()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    const QString path = m_tmp.filePath(QStringLiteral("bm4.json"));
    writeFeatureBaseline(computeFeatureBaseline(m_model, {m_tmp.filePath(QStringLiteral("wav/c0.wav")), m_tmp.filePath(QStringLiteral("wav/c1.wav"))}), path);
    CorpusExplainSettings s = fastSettings(m_model);
    s.featureBaselineFile = path;
    s.limit = 4;
    s.groupBy = {QStringLiteral("label")};
    const QString out = m_tmp.filePath(QStringLiteral("fout"));
    const CorpusExplainResult r = runCorpusExplain(m_protocol, {}, m_model, s, out);
    QCOMPARE(r.done, 4);
    const QJsonObject sum = readCorpusSummary(out);
    QCOMPARE(sum[QStringLiteral("groups")].toArray().size(), 3); // all, bonafide, spoof
    QCOMPARE(sum[QStringLiteral("tfBins")].toInt(), 20);          // the filterbank's 20 log energies
    QCOMPARE(sum[QStringLiteral("settings")][QStringLiteral("baseline")].toString(), QStringLiteral("bonafide-mean"));
}

// The text of a PNG's tEXt / zTXt chunk `key` (empty when absent): the plots' titles and keys are stored there.
static QString pngText(const QString &path, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.readAll();
    auto be32 = [&](qsizetype i) { return (quint32(uchar(b[i])) << 24) | (quint32(uchar(b[i + 1])) << 16) | (quint32(uchar(b[i + 2])) << 8) | uchar(b[i + 3]); };
    for (qsizetype i = 8; i + 12 <= b.size();) {
        const qsizetype n = be32(i);
        const QByteArray type = b.mid(i + 4, 4), data = b.mid(i + 8, n);
        const qsizetype z = data.indexOf('\0');
        if (z > 0 && data.left(z) == key.toLatin1()) {
            if (type == "tEXt")
                return QString::fromLatin1(data.mid(z + 1));
            if (type == "zTXt") // keyword NUL method(0) zlib-stream
                return QString::fromLatin1(qUncompress(QByteArray::fromHex("00010000") + data.mid(z + 2)));
        }
        i += 12 + n;
    }
    return {};
}

// The PNG's width and height from its IHDR chunk.
static QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.read(24);
    if (b.size() < 24)
        return {};
    auto be32 = [&](int i) { return int((quint32(uchar(b[i])) << 24) | (quint32(uchar(b[i + 1])) << 16) | (quint32(uchar(b[i + 2])) << 8) | uchar(b[i + 3])); };
    return QSize(be32(16), be32(20));
}

void TestExplainCorpus::cli()
{
    const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
    if (exe.isEmpty() || !QFile::exists(exe))
        QSKIP("SOURCETRACE_CLI is not set");
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    auto run = [&](const QStringList &args, QString *outText = nullptr) {
        QProcess p;
        p.start(exe, args);
        p.waitForFinished(600000);
        if (outText)
            *outText = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString out = m_tmp.filePath(QStringLiteral("cliout"));
    const QStringList base{QStringLiteral("explain"), QStringLiteral("--protocol"), m_protocol, QStringLiteral("--limit"), QStringLiteral("2"),
                           QStringLiteral("--steps"), QStringLiteral("4"), QStringLiteral("--out"), out, QStringLiteral("--no-progress")};
    QString text;
    QCOMPARE(run(base, &text), 0);
    QVERIFY2(text.contains(QStringLiteral("2 clips: 2 explained now, 0 resumed, 0 failed")), qPrintable(text));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/bands_label.png")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/mean_tf_all_all.png")));
    // The mean map's PNG carries a title and a colour key: its title and key text are in the PNG's text chunks,
    // and the image is larger than the bare map (100 time bins x 6 px, 257 bins x 1 px) by the margins
    // (70 + 30 px wide; 56 px title + 110 px axes and key high).
    const QString tfPng = out + QStringLiteral("/mean_tf_all_all.png");
    const QString title = pngText(tfPng, QStringLiteral("Title"));
    QVERIFY2(title.contains(QStringLiteral("all = all (n = 2 clips)")), qPrintable(title));
    const QString desc = pngText(tfPng, QStringLiteral("Description"));
    QVERIFY2(desc.contains(QStringLiteral("model sourcetrace-default")) && desc.contains(QStringLiteral("4 steps")), qPrintable(desc));
    QVERIFY2(desc.contains(QStringLiteral("share of |attribution| per bin")) && desc.contains(QStringLiteral("99th percentile")), qPrintable(desc));
    QCOMPARE(pngSize(tfPng), QSize(100 * 6 + 70 + 30, 257 + 56 + 110));
    QCOMPARE(run(base, &text), 0);
    QVERIFY2(text.contains(QStringLiteral("0 explained now, 2 resumed")), qPrintable(text));
    QCOMPARE(run(QStringList(base) << QStringLiteral("--rule") << QStringLiteral("trapezoid"), &text), 1);
    QVERIFY2(text.contains(QStringLiteral("rule: was gauss, now trapezoid")), qPrintable(text));
    // The baseline command and the single-clip mean-feature form; a file for another model is refused.
    const QString bm = m_tmp.filePath(QStringLiteral("cli-bm.json"));
    QCOMPARE(run({QStringLiteral("explain"), QStringLiteral("baseline"), QStringLiteral("--protocol"), m_protocol, QStringLiteral("--out"), bm,
                  QStringLiteral("--no-progress")}, &text), 0);
    QVERIFY2(text.contains(QStringLiteral("of 3 bona fide clips")), qPrintable(text));
    const QString one = m_tmp.filePath(QStringLiteral("cli-one"));
    QCOMPARE(run({QStringLiteral("explain"), QStringLiteral("--baseline"), QStringLiteral("bonafide-mean"), QStringLiteral("--baseline-file"), bm,
                  QStringLiteral("--steps"), QStringLiteral("16"), m_tmp.filePath(QStringLiteral("wav/c4.wav")), QStringLiteral("--out"), one,
                  QStringLiteral("--no-progress")}, &text), 0);
    QVERIFY(QFileInfo::exists(one + QStringLiteral("/tf_map.npy")));
    QVERIFY(!QFileInfo::exists(one + QStringLiteral("/attribution.npy")));
    QJsonObject o = readJsonFile(bm);
    o[QStringLiteral("model")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("aasist")}, {QStringLiteral("weightsSha256"), QStringLiteral("0123")}};
    writeText(bm, QString::fromUtf8(QJsonDocument(o).toJson()));
    QCOMPARE(run({QStringLiteral("explain"), QStringLiteral("--baseline"), QStringLiteral("bonafide-mean"), QStringLiteral("--baseline-file"), bm,
                  m_tmp.filePath(QStringLiteral("wav/c4.wav")), QStringLiteral("--out"), one, QStringLiteral("--no-progress")}, &text), 1);
    QVERIFY2(text.contains(QStringLiteral("made with model aasist")) && text.contains(QStringLiteral("this is model sourcetrace-default")), qPrintable(text));
    QCOMPARE(run({QStringLiteral("explain"), QStringLiteral("--baseline"), QStringLiteral("bonafide-mean"), m_tmp.filePath(QStringLiteral("wav/c4.wav")),
                  QStringLiteral("--out"), one}, &text), 2);
    QVERIFY2(text.contains(QStringLiteral("--baseline-file")), qPrintable(text));
}

void TestExplainCorpus::cancelAndResume()
{
    if (!m_model)
        QSKIP("models/sourcetrace-default is not in this checkout");
    // Cancelled after the second clip: JobCancelled, the two reports stay, a re-run does the other four.
    const QString out = m_tmp.filePath(QStringLiteral("cancel"));
    int calls = 0;
    bool cancelledThrown = false;
    try {
        runCorpusExplain(m_protocol, {}, m_model, fastSettings(m_model), out, {}, [&] { return ++calls > 0 && QDir(out + QStringLiteral("/clips")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 2; });
    } catch (const JobCancelled &) {
        cancelledThrown = true;
    }
    QVERIFY(cancelledThrown);
    QCOMPARE(QDir(out + QStringLiteral("/clips")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    const CorpusExplainResult r = runCorpusExplain(m_protocol, {}, m_model, fastSettings(m_model), out);
    QCOMPARE(r.skipped, 2);
    QCOMPARE(r.done, 4);
}

QTEST_GUILESS_MAIN(TestExplainCorpus)
#include "tst_explain_corpus.moc"
