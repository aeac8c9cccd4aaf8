// Spectrogram export: CSV parameters, axes and values read back by hand; .npy + JSON sidecar; the
// selection's frames equal the whole recording's frames there.
#include "dsp/SpectrogramExport.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace st;

namespace {

SpectrogramParams params(int fft, int hop, bool centred = true)
{
    SpectrogramParams p;
    p.fftSize = fft;
    p.hop = hop;
    p.centred = centred;
    return p;
}

std::vector<float> matrix(int64_t frames, int bins)
{
    std::vector<float> m(static_cast<size_t>(frames * bins));
    for (int64_t t = 0; t < frames; ++t)
        for (int b = 0; b < bins; ++b)
            m[size_t(t * bins + b)] = -float(b) * 0.37f + float(t) * 1.1f - 3.0f;
    return m;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TstDspExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvByHand()
    {
        const SpectrogramParams p = params(256, 64);
        const int frames = 3, bins = 129, sr = 8000;
        const std::vector<float> m = matrix(frames, bins);
        const QString path = m_dir.filePath("s.csv");
        exportSpectrogramCsv(path, m, frames, bins, p, sr, 800, QStringLiteral("/evidence/call.wav"));
        const QStringList lines = readLines(path);
        QStringList comments, rows;
        for (const QString &l : lines)
            (l.startsWith('#') ? comments : rows) << l;
        QVERIFY(comments.contains("# source: /evidence/call.wav"));
        QVERIFY(comments.contains("# window: hann"));
        QVERIFY(comments.contains("# fft_size: 256"));
        QVERIFY(comments.contains("# hop: 64"));
        QVERIFY(comments.contains("# scale: linear"));
        QVERIFY(comments.contains("# centred: true"));
        QVERIFY(comments.contains("# sample_rate_hz: 8000"));
        QVERIFY(comments.contains("# start_sample: 800"));
        QVERIFY(comments.contains("# start_time_s: 0.1"));
        QCOMPARE(rows.size(), 1 + frames);
        const QStringList header = rows[0].split(',');
        QCOMPARE(header.size(), 1 + bins);
        QCOMPARE(header[0], QStringLiteral("time_s"));
        QCOMPARE(header[1], QStringLiteral("0"));
        QCOMPARE(header[2], QStringLiteral("31.25")); // 8000 / 256
        QCOMPARE(header[129], QStringLiteral("4000"));
        const double times[3] = {0.1, 0.108, 0.116}; // (800 + t*64) / 8000
        for (int t = 0; t < frames; ++t) {
            const QStringList cells = rows[1 + t].split(',');
            QCOMPARE(cells.size(), 1 + bins);
            QCOMPARE(cells[0].toDouble(), times[t]);
            for (int b = 0; b < bins; ++b)
                QCOMPARE(cells[1 + b].toFloat(), m[size_t(t * bins + b)]);
        }
    }

    void csvMelColumnsAreBandCentres()
    {
        SpectrogramParams p = params(512, 128);
        p.scale = FrequencyScale::Mel;
        p.melBands = 20;
        const std::vector<float> m = matrix(2, 20);
        const QString path = m_dir.filePath("mel.csv");
        exportSpectrogramCsv(path, m, 2, 20, p, 16000, 0);
        QStringList rows;
        for (const QString &l : readLines(path))
            if (!l.startsWith('#'))
                rows << l;
            else if (l.startsWith("# scale:"))
                QVERIFY(l.startsWith("# scale: mel (20"));
        const QStringList header = rows[0].split(',');
        QCOMPARE(header.size(), 21);
        for (int b = 0; b < 20; ++b)
            QCOMPARE(header[1 + b].toDouble(), binCentreHz(p, b, 16000));
        // Not centred: the row time is the window's centre, fft/2 after its start.
        SpectrogramParams q = params(512, 128, false);
        exportSpectrogramCsv(m_dir.filePath("nc.csv"), matrix(1, 257), 1, 257, q, 16000, 0);
        QStringList r2;
        for (const QString &l : readLines(m_dir.filePath("nc.csv")))
            if (!l.startsWith('#'))
                r2 << l;
        QCOMPARE(r2[1].split(',')[0].toDouble(), 256.0 / 16000);
    }

    void npyWithSidecar()
    {
        const SpectrogramParams p = params(1024, 256);
        const int frames = 4, bins = 513, sr = 16000;
        const std::vector<float> m = matrix(frames, bins);
        const QString path = m_dir.filePath("spec.npy");
        exportSpectrogramNpy(path, m, frames, bins, p, sr, 16000, QStringLiteral("a.wav"));
        std::vector<int64_t> shape;
        QCOMPARE(readNpy(path, shape), m);
        QCOMPARE(shape, (std::vector<int64_t>{4, 513}));
        QCOMPARE(spectrogramSidecarPath(path), m_dir.filePath("spec.json"));
        QFile f(m_dir.filePath("spec.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(o["data_file"].toString(), QStringLiteral("spec.npy"));
        QCOMPARE(o["source"].toString(), QStringLiteral("a.wav"));
        QCOMPARE(o["window"].toString(), QStringLiteral("hann"));
        QCOMPARE(o["fft_size"].toInt(), 1024);
        QCOMPARE(o["hop"].toInt(), 256);
        QCOMPARE(o["scale"].toString(), QStringLiteral("linear"));
        QCOMPARE(o["centred"].toBool(), true);
        QCOMPARE(o["sample_rate_hz"].toInt(), 16000);
        QCOMPARE(o["start_sample"].toInteger(), 16000);
        QCOMPARE(o["start_time_s"].toDouble(), 1.0);
        QCOMPARE(o["first_frame_time_s"].toDouble(), 1.0);
        QCOMPARE(o["frame_step_s"].toDouble(), 0.016);
        QCOMPARE(o["shape"].toArray(), (QJsonArray{4, 513}));
        const QJsonArray fr = o["frequencies_hz"].toArray();
        QCOMPARE(fr.size(), 513);
        QCOMPARE(fr[1].toDouble(), 15.625);
        QCOMPARE(fr[512].toDouble(), 8000.0);
        QCOMPARE(spectrogramSidecarPath("x/y.data"), QStringLiteral("x/y.data.json"));
    }

    void selectionEqualsWholeRecordingFrames_data()
    {
        QTest::addColumn<bool>("centred");
        QTest::addColumn<qint64>("firstFrame");
        QTest::addColumn<qint64>("startSample");
        // centred: centres f*64 in [1000, 2000) -> f = 16..31
        QTest::newRow("centred") << true << qint64(16) << qint64(1024);
        // not centred: centres f*64 + 128 in [1000, 2000) -> f = 14..29
        QTest::newRow("not centred") << false << qint64(14) << qint64(896);
    }
    void selectionEqualsWholeRecordingFrames()
    {
        QFETCH(bool, centred);
        QFETCH(qint64, firstFrame);
        QFETCH(qint64, startSample);
        const int sr = 8000, n = 8000;
        auto x = std::make_shared<std::vector<float>>(static_cast<size_t>(n));
        std::mt19937 rng(1);
        std::uniform_real_distribution<float> u(-0.5f, 0.5f);
        for (float &v : *x)
            v = u(rng);
        const SpectrogramParams p = params(256, 64, centred);
        const SpectrogramSelection sel = computeSelectionDb(SampleSource::fromBuffer(x, sr), p, 1000, 2000);
        QCOMPARE(sel.firstFrame, firstFrame);
        QCOMPARE(sel.frames, int64_t(16));
        QCOMPARE(sel.startSample, startSample);
        QCOMPARE(sel.bins, 129);
        Stft stft(p, sr);
        const std::vector<float> whole = stft.computeDb(x->data(), n, 0, p.frameCount(n));
        QCOMPARE(sel.db, std::vector<float>(whole.begin() + firstFrame * 129,
                                            whole.begin() + (firstFrame + 16) * 129));
        // Row times lie in the selection.
        QVERIFY(exportFrameTimeSeconds(p, sr, sel.startSample, 0) >= 1000.0 / sr);
        QVERIFY(exportFrameTimeSeconds(p, sr, sel.startSample, 15) < 2000.0 / sr);
        // An empty or out-of-range selection gives no frames.
        QCOMPARE(computeSelectionDb(SampleSource::fromBuffer(x, sr), p, 9000, 9500).frames, int64_t(0));
    }

    void errorsNameTheFile()
    {
        const SpectrogramParams p = params(256, 64);
        const QString path = m_dir.filePath("bad.csv");
        try {
            exportSpectrogramCsv(path, std::vector<float>(10), 2, 129, p, 8000, 0);
            QFAIL("accepted a matrix of the wrong size");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(path));
        }
        const QString nowhere = m_dir.filePath("missing/dir/x.npy");
        try {
            exportSpectrogramNpy(nowhere, matrix(1, 129), 1, 129, p, 8000, 0);
            QFAIL("wrote into a missing folder");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(nowhere));
        }
    }
};

QTEST_GUILESS_MAIN(TstDspExport)
#include "tst_dsp_export.moc"
