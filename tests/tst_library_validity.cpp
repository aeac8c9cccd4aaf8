// The validated conditions of a model (library/ValidatedConditions.h): clip measurements against hand-computed
// values, the container-to-codec map, the verdict and its reasons, the feature bank's kNN cosine, and validity.json
// round trips and broken files.
#include "library/ValidatedConditions.h"
#include "models/Safetensors.h"
#include "util/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace st;

namespace {

std::vector<float> sine(double hz, double seconds, int rate, double amp = 0.5)
{
    std::vector<float> x(size_t(seconds * rate));
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(amp * std::sin(2 * M_PI * hz * double(i) / rate));
    return x;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QString errorOf(const QString &path)
{
    try {
        ValidatedConditions::load(path);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestValidity : public QObject
{
    Q_OBJECT
private slots:
    void measuresDurationAndActiveTime()
    {
        // 1 s of a 440 Hz tone between 0.5 s of silence either side: 2 s in all, 1 s active (within 40 dB).
        std::vector<float> x(8000, 0.0f);
        const auto tone = sine(440, 1.0, 16000);
        x.insert(x.end(), tone.begin(), tone.end());
        x.insert(x.end(), 8000, 0.0f);
        const ClipConditions c = measureClip(x, 16000);
        QCOMPARE(c.seconds, 2.0);
        QVERIFY2(std::abs(c.activeSeconds - 1.0) <= 0.02, qPrintable(QString::number(c.activeSeconds)));
    }

    void bandwidthIsTheBandEdge()
    {
        // White noise low-passed to 3400 Hz by summing sines of random phase from 100 to 3400 Hz every 25 Hz:
        // nothing above 3400 Hz. The edge is where the mean spectrum (31.25 Hz bins, smoothed over +-2 bins) falls
        // 60 dB below its strongest bin; the Hann window's main lobe (+-2 bins) and side lobes (-31 dB, then
        // -18 dB per octave of bin distance: -60 dB about 8 bins out) spread the 3400 Hz line by at most
        // 2 + 2 + 8 = 12 bins, 375 Hz. Full-band noise reaches the top bin, 8000 Hz.
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> ph(0, 2 * M_PI);
        std::vector<float> nb(32000, 0.0f);
        for (double f = 100; f <= 3400; f += 25) {
            const double p = ph(rng);
            for (size_t i = 0; i < nb.size(); ++i)
                nb[i] += float(0.01 * std::sin(2 * M_PI * f * double(i) / 16000 + p));
        }
        const double bw = measureClip(nb, 16000).bandwidthHz;
        QVERIFY2(bw >= 3400 && bw <= 3775, qPrintable(QString::number(bw)));
        std::normal_distribution<double> g(0, 0.1);
        std::vector<float> wb(32000);
        for (float &v : wb)
            v = float(g(rng));
        QCOMPARE(measureClip(wb, 16000).bandwidthHz, 8000.0);
        // Silence has no active frame and no band.
        QCOMPARE(measureClip(std::vector<float>(16000, 0.0f), 16000).bandwidthHz, 0.0);
        QCOMPARE(measureClip({}, 16000).seconds, 0.0);
    }

    void codecNames()
    {
        QCOMPARE(codecFromContainer("WAV", "PCM_16"), QString("none"));
        QCOMPARE(codecFromContainer("FLAC", "PCM_24"), QString("none"));
        QCOMPARE(codecFromContainer("WAV", "FLOAT"), QString("none"));
        QCOMPARE(codecFromContainer("MP3", "MPEG_LAYER_III"), QString("mp3"));
        QCOMPARE(codecFromContainer("OGG", "OPUS"), QString("opus"));
        QCOMPARE(codecFromContainer("OGG", "VORBIS"), QString("vorbis"));
        QCOMPARE(codecFromContainer("WAV", "ULAW"), QString("mulaw"));
        QCOMPARE(codecFromContainer("WAV", "ALAW"), QString("alaw"));
        QCOMPARE(codecFromContainer("WAV", "IMA_ADPCM"), QString("adpcm-ima"));
        QCOMPARE(codecFromContainer("WAV", "MS_ADPCM"), QString("adpcm-ms"));
        QCOMPARE(codecFromContainer("WAV", "G721_32"), QString("g726"));
        QCOMPARE(codecFromContainer("WAV", "GSM610"), QString("gsm"));
        QCOMPARE(codecFromContainer("XYZ", ""), QString("xyz"));
    }

    void verdictReasons()
    {
        ValidatedConditions v;
        v.present = true;
        v.minSeconds = 1.0;
        v.minBandwidthHz = 3000;
        v.codecs = {"none", "mp3"};
        v.minOodScore = 0.5;
        ClipConditions c;
        c.seconds = 2;
        c.bandwidthHz = 7000;
        c.codec = "none";
        c.oodScore = 0.9;
        QVERIFY(assess(v, c).inside);
        QVERIFY(assess(v, c).reasons.isEmpty());
        c.seconds = 0.5;
        c.bandwidthHz = 2000;
        c.codec = "gsm";
        c.oodScore = 0.1;
        const ValidityVerdict out = assess(v, c);
        QVERIFY(!out.inside);
        QCOMPARE(out.reasons.size(), 4);
        QVERIFY(out.reasons[0].contains("0.50 s") && out.reasons[0].contains("1.00 s"));
        QVERIFY(out.reasons[1].contains("2000 Hz") && out.reasons[1].contains("3000 Hz"));
        QVERIFY(out.reasons[2].contains("gsm") && out.reasons[2].contains("never trained on"));
        QVERIFY(out.reasons[3].contains("0.100") && out.reasons[3].contains("0.500"));
        // The structured form: one detail per reason, whose English sentence is the stored reason byte for byte.
        QCOMPARE(out.details.size(), 4);
        const QStringList kinds{"duration", "bandwidth", "codec", "ood"};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(out.details[i].kind, kinds[i]);
            QCOMPARE(describeReason(out.details[i], false), out.reasons[i]);
        }
        QCOMPARE(out.details[0].values, (QStringList{"0.50", "1.00"}));
        QCOMPARE(out.details[2].values, (QStringList{"gsm", "none, mp3"}));
        QCOMPARE(out.reasons[0], QString("the clip lasts 0.50 s, shorter than the shortest validated duration (1.00 s)"));
        QCOMPARE(out.reasons[3], QString("its in-distribution score (kNN cosine 0.100) is below the validated range (lowest 0.500): "
                                         "unlike the training material"));
        // Shown: translated only where the details are the stored sentences; otherwise the stored text as it is.
        QCOMPARE(shownReasons(out), out.reasons); // no translator installed: English
        ValidityVerdict edited = out;
        edited.reasons[1] = "hand-edited";
        QCOMPARE(shownReasons(edited), edited.reasons);
        ValidityVerdict old = out;
        old.details.clear();
        QCOMPARE(shownReasons(old), out.reasons);
        const QStringList other{"the validated conditions could not be checked: x"};
        QCOMPARE(shownReasons(other, out), other);
        QVERIFY(describeReason({"nonsense", {"1", "2"}}, false).isEmpty());
        QVERIFY(describeReason({"duration", {"1"}}, true).isEmpty());
        // An unknown codec (empty) and an unmeasured OOD score (NaN) are not reasons.
        c = {};
        c.seconds = 5;
        c.bandwidthHz = 8000;
        QVERIFY(assess(v, c).inside);
        // Without a validity.json nothing is outside.
        QVERIFY(assess(ValidatedConditions{}, ClipConditions{}).inside);
    }

    void featureBankKnn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ood.safetensors");
        // Three rows of dimension 2 (not unit length: the bank normalises them): (1,0), (0,2), (-3,0).
        NamedTensor t;
        t.name = "feature_bank";
        t.shape = {3, 2};
        t.values = {1, 0, 0, 2, -3, 0};
        writeSafetensors(path, {t});
        const FeatureBank b = FeatureBank::load(path);
        QCOMPARE(b.dim(), 2);
        // e = (1,1)/sqrt2: cosines 0.7071, 0.7071, -0.7071. k=1: 0.7071; k=2: 0.7071; k=3: 0.2357.
        QVERIFY(std::abs(b.knnCosine({1, 1}, 1) - std::sqrt(0.5)) < 1e-6);
        QVERIFY(std::abs(b.knnCosine({1, 1}, 2) - std::sqrt(0.5)) < 1e-6);
        QVERIFY(std::abs(b.knnCosine({1, 1}, 3) - std::sqrt(0.5) / 3) < 1e-6);
        QVERIFY(std::abs(b.knnCosine({1, 1}, 99) - std::sqrt(0.5) / 3) < 1e-6); // k clipped to the rows
        QVERIFY_THROWS_EXCEPTION(Error, b.knnCosine({1, 1, 1}, 1));
        NamedTensor other;
        other.name = "class_means";
        other.shape = {1, 2};
        other.values = {1, 1};
        const QString noBank = dir.filePath("nobank.safetensors");
        writeSafetensors(noBank, {other});
        try {
            FeatureBank::load(noBank);
            QFAIL("a file without feature_bank loaded");
        } catch (const Error &e) {
            QVERIFY(e.message().contains("nobank.safetensors"));
            QVERIFY(e.message().contains("feature_bank"));
        }
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        ValidatedConditions v;
        v.present = true;
        v.calibrated = true;
        v.a = 0.75;
        v.b = -1.5;
        v.calibrationProtocol = "calibration.tsv";
        v.calibrationSha256 = QString(64, 'a');
        v.calibrationTargets = 10;
        v.calibrationNontargets = 20;
        v.calibrationCllr = 0.2;
        v.calibrationMinCllr = 0.1;
        v.calibrationEer = 0.05;
        v.minSeconds = 0.8;
        v.minBandwidthHz = 3300;
        v.codecs = {"mp3", "none"};
        v.minOodScore = 0.42;
        v.oodK = 5;
        v.oodBank = "ood.safetensors";
        const QString path = dir.filePath("validity.json");
        v.save(path);
        const ValidatedConditions w = ValidatedConditions::load(path);
        QVERIFY(w.present && w.calibrated);
        QCOMPARE(w.a, 0.75);
        QCOMPARE(w.b, -1.5);
        QCOMPARE(w.llr(2.0), 0.0);
        QCOMPARE(w.calibrationTargets, 10);
        QCOMPARE(w.calibrationNontargets, 20);
        QCOMPARE(w.calibrationCllr, 0.2);
        QCOMPARE(w.minSeconds, 0.8);
        QCOMPARE(w.minBandwidthHz, 3300.0);
        QCOMPARE(w.codecs, QStringList({"mp3", "none"}));
        QCOMPARE(w.minOodScore, 0.42);
        QCOMPARE(w.oodK, 5);
        QCOMPARE(w.oodBank, QString("ood.safetensors"));
        // forManifest finds it beside the manifest, and nothing when there is none.
        ModelManifest m;
        m.manifestPath = dir.filePath("manifest.json");
        QVERIFY(ValidatedConditions::forManifest(m).present);
        QTemporaryDir empty;
        m.manifestPath = empty.filePath("manifest.json");
        QVERIFY(!ValidatedConditions::forManifest(m).present);
    }

    void brokenFiles()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("validity.json");
        QVERIFY(errorOf(dir.filePath("absent.json")).contains("absent.json"));
        writeText(p, "{ not json");
        QVERIFY(errorOf(p).contains("not a JSON object"));
        writeText(p, "[1,2]");
        QVERIFY(errorOf(p).contains("not a JSON object"));
        writeText(p, R"({"formatVersion": 2})");
        QVERIFY2(errorOf(p).contains("formatVersion"), qPrintable(errorOf(p)));
        writeText(p, R"({"formatVersion": 1, "surprise": 1})");
        QVERIFY(errorOf(p).contains("surprise") && errorOf(p).contains("unknown field"));
        writeText(p, R"({"formatVersion": 1, "detection": {"a": 1}})");
        QVERIFY(errorOf(p).contains("detection.a"));
        writeText(p, R"({"formatVersion": 1, "detection": {"a": "x", "b": 0}})");
        QVERIFY(errorOf(p).contains("detection.a: must be a number"));
        writeText(p, R"({"formatVersion": 1, "conditions": {"minSeconds": -1}})");
        QVERIFY(errorOf(p).contains("conditions.minSeconds"));
        writeText(p, R"({"formatVersion": 1, "conditions": {"minOodScore": 7}})");
        QVERIFY(errorOf(p).contains("conditions.minOodScore"));
        writeText(p, R"({"formatVersion": 1, "conditions": {"codecs": [1]}})");
        QVERIFY(errorOf(p).contains("conditions.codecs"));
        writeText(p, R"({"formatVersion": 1, "conditions": {"oodBank": "../../etc/passwd"}})");
        QVERIFY(errorOf(p).contains("conditions.oodBank"));
        // Every message names the file.
        QVERIFY(errorOf(p).contains("validity.json"));
    }
};

QTEST_GUILESS_MAIN(TestValidity)
#include "tst_library_validity.moc"
