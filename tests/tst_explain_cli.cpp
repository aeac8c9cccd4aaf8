// sourcetrace-cli explain end to end on a tiny TorchScript model: output files and their contents,
// targets (margin, fingerprint from a STOPA-layout CSV), the selection summary, usage errors.
#include "testutil.h"

#include "util/Npy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QImageReader>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString manifest() { return sttest::sourceDir() + QStringLiteral("/tests/data/explain_mlp.json"); }

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestExplainCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesEverything();
    void fingerprintTarget();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_wav;
};

void TestExplainCli::initTestCase()
{
    if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty() || !QFile::exists(qEnvironmentVariable("SOURCETRACE_CLI")))
        QSKIP("SOURCETRACE_CLI does not name a built sourcetrace-cli");
    m_wav = m_dir.filePath(QStringLiteral("clip.wav"));
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(m_wav.toLocal8Bit().constData(), SFM_WRITE, &info);
    QVERIFY(f);
    std::vector<float> x(1600);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(0.3 * std::sin(0.07 * double(i)) + (i > 800 ? 0.2 * std::sin(1.1 * double(i)) : 0.0));
    sf_write_float(f, x.data(), sf_count_t(x.size()));
    sf_close(f);
}

void TestExplainCli::writesEverything()
{
    const QString out = m_dir.filePath(QStringLiteral("out1"));
    const Run r = cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), QStringLiteral("--target"), QStringLiteral("margin"),
                       QStringLiteral("--steps"), QStringLiteral("24"), QStringLiteral("--rule"), QStringLiteral("trapezoid"),
                       QStringLiteral("--baseline"), QStringLiteral("noise"), QStringLiteral("--select"), QStringLiteral("0.05:0.1"),
                       QStringLiteral("--no-progress"), m_wav, QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("completeness gap")));
    for (const QString &f : {QStringLiteral("report.json"), QStringLiteral("attribution.npy"), QStringLiteral("tf_map.npy"),
                             QStringLiteral("envelopes.npy"), QStringLiteral("waveform.png"), QStringLiteral("spectrogram.png")})
        QVERIFY2(QFile::exists(out + QLatin1Char('/') + f), qPrintable(f));
    const QJsonObject o = readJson(out + QStringLiteral("/report.json"));
    QCOMPARE(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("spec")).toString(), QStringLiteral("margin"));
    QCOMPARE(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("positiveMeans")).toString(), QStringLiteral("evidence for spoof"));
    const QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("steps")).toInt(), 24);
    QCOMPARE(settings.value(QStringLiteral("rule")).toString(), QStringLiteral("trapezoid"));
    QCOMPARE(settings.value(QStringLiteral("baseline")).toString(), QStringLiteral("noise"));
    QCOMPARE(o.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("explain-mlp"));
    QCOMPARE(o.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(o.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("samples")).toInt(), 1600);
    QVERIFY(!o.value(QStringLiteral("build")).toObject().value(QStringLiteral("commit")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("frames")).toObject().value(QStringLiteral("signed")).toArray().size(), 5);
    QCOMPARE(o.value(QStringLiteral("selection")).toObject().value(QStringLiteral("startSample")).toInt(), 800);
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("windows")).toArray().size(), 49);
    // A smooth TorchScript model exposes no discrete choices: nothing to locate, and no jumps found.
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("jumpsAttributed")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("jumps")).toInt(-1), 0);
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("jumpSearch")).toString(QStringLiteral("?")), QString());
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("backEndRows")).toInt(-1), 0);
    // No jumps attributed: the gradient steps stay unscaled (IgSettings::matchSmoothChange needs the located jumps).
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("smoothMatched")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("smoothScale")).toDouble(-1.0), 1.0);
    // The .npy agrees with the JSON's envelope: frame 0 sums samples 0..319.
    std::vector<int64_t> shape;
    const std::vector<float> a = st::readNpy(out + QStringLiteral("/attribution.npy"), shape);
    QCOMPARE(shape, (std::vector<int64_t>{1600}));
    double f0 = 0.0;
    for (int i = 0; i < 320; ++i)
        f0 += a[size_t(i)];
    QVERIFY(std::abs(f0 - o.value(QStringLiteral("frames")).toObject().value(QStringLiteral("signed")).toArray().at(0).toDouble()) < 1e-5);
    const std::vector<float> tf = st::readNpy(out + QStringLiteral("/tf_map.npy"), shape);
    QCOMPARE(shape.size(), size_t(2));
    QCOMPARE(shape[1], int64_t(257)); // --fft 512 by default
    // A PNG whose IHDR says 1600 pixels wide (bytes 16..19, big-endian).
    QFile png(out + QStringLiteral("/waveform.png"));
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray head = png.read(24);
    QVERIFY(head.startsWith("\x89PNG"));
    QCOMPARE((uchar(head[16]) << 24) | (uchar(head[17]) << 16) | (uchar(head[18]) << 8) | uchar(head[19]), 1600);
    png.close();
    // Each PNG states its evidence and settings in text chunks, as report.json does.
    for (const QString &name : {QStringLiteral("waveform.png"), QStringLiteral("spectrogram.png")}) {
        QImageReader reader(out + QLatin1Char('/') + name);
        QCOMPARE(reader.text(QStringLiteral("Evidence-SHA256")), o.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sha256")).toString());
        QCOMPARE(reader.text(QStringLiteral("Model")), QStringLiteral("explain-mlp"));
        const QString settingsText = reader.text(QStringLiteral("Settings"));
        QVERIFY2(settingsText.contains(QStringLiteral("24 steps (trapezoid)")), qPrintable(settingsText));
        QVERIFY(!reader.text(QStringLiteral("Completeness-gap")).isEmpty());
    }
}

void TestExplainCli::fingerprintTarget()
{
    const QString csv = m_dir.filePath(QStringLiteral("fp.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("file,0,1,2,3,4,5,6,7\nAA01-nc-100,0.5,-1.0,0.25,2.0,-0.75,1.0,0.1,-0.3\nAA02,1,1,1,1,1,1,1,1\n");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("out2"));
    Run r = cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), QStringLiteral("--fingerprint-csv"), csv,
                 QStringLiteral("--fingerprint"), QStringLiteral("AA01-nc-100"), QStringLiteral("--steps"), QStringLiteral("16"),
                 QStringLiteral("--no-png"), QStringLiteral("--no-progress"), m_wav, QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = readJson(out + QStringLiteral("/report.json"));
    QCOMPARE(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("spec")).toString(), QStringLiteral("cosine:AA01-nc-100"));
    QVERIFY(!QFile::exists(out + QStringLiteral("/waveform.png")));
    r = cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), QStringLiteral("--fingerprint-csv"), csv,
             QStringLiteral("--fingerprint"), QStringLiteral("ZZ99"), m_wav, QStringLiteral("--out"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no fingerprint named \"ZZ99\"")), qPrintable(r.err));
}

void TestExplainCli::usageErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("out3"));
    QCOMPARE(cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), m_wav}).code, 2); // no --out
    QCOMPARE(cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), QStringLiteral("--baseline"), QStringLiteral("pink"), m_wav,
                  QStringLiteral("--out"), out}).code, 2);
    QCOMPARE(cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), QStringLiteral("--steps"), QStringLiteral("0"), m_wav,
                  QStringLiteral("--out"), out}).code, 2);
    const Run bad = cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), QStringLiteral("--target"), QStringLiteral("logit:5"),
                         m_wav, QStringLiteral("--out"), out});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(QStringLiteral("out of range")));
    const Run missing = cli({QStringLiteral("explain"), QStringLiteral("--model"), manifest(), m_dir.filePath(QStringLiteral("nope.wav")),
                             QStringLiteral("--out"), out});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("nope.wav")));
}

QTEST_GUILESS_MAIN(TestExplainCli)
#include "tst_explain_cli.moc"
