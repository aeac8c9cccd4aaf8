// Export stamps (issue 12): every image and data export of a clip states the evidence SHA-256 and the settings it
// was made with. The view's PNG (text chunks and a caption strip) and SVG (<desc>, <metadata>), the selection's
// spectrogram as CSV ('#' lines, still read as data) and .npy (the sidecar JSON), the explanation PNG; the SHA-256
// is checked against Qt's own hash of the file. Also the trace panel's per-level LR line on a hand-made
// TraceResult. Offscreen.
#include "attribution/AttributionData.h"
#include "attribution/ExplainPanel.h"
#include "common/ExportStamp.h"
#include "dsp/SpectrogramExport.h"
#include "explain/AttributionReport.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "playback/FakeAudioOutput.h"
#include "tracing/TracePanel.h"
#include "tracing/TraceTask.h"
#include "util/Npy.h"
#include "view/Pane.h"
#include "view/SpectrogramLayer.h"
#include "view/ViewState.h"
#include "window/MainWindow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>

using namespace st;

namespace {

QString writeTone(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("stamp clip.wav"));
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(16000);
    for (int i = 0; i < 16000; ++i)
        s[size_t(i)] = float(0.4 * std::sin(2 * M_PI * 700.0 * i / 16000.0));
    sf_writef_float(f, s.data(), 16000);
    sf_close(f);
    return path;
}

QString shaOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestUiExportStamp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_clip, m_sha;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        m_clip = writeTone(m_tmp.path());
        m_sha = shaOf(m_clip);
    }

    void stampSaysTheSameEveryWay()
    {
        ExportStamp s = ExportStamp::forClip(m_clip, QString(), QStringLiteral("view image"));
        QCOMPARE(s.sha256, m_sha); // hashed from the file when not given
        QCOMPARE(s.clipName, QStringLiteral("stamp clip.wav"));
        s.add(QStringLiteral("fft_size"), QStringLiteral("1024"));
        s.add(QStringLiteral("note"), QStringLiteral("two\nlines"));
        QVERIFY(s.lines().first().contains(m_sha));
        QVERIFY(s.lines().join(QLatin1Char('\n')).contains(QStringLiteral("fft_size 1024")));
        QVERIFY(s.build.startsWith(QStringLiteral("SourceTrace ")));
        const QByteArray csv = s.csvCommentLines();
        QVERIFY(csv.contains("# evidence_sha256: " + m_sha.toLatin1() + "\n"));
        QVERIFY(csv.contains("# setting.fft_size: 1024\n"));
        QVERIFY(csv.contains("# setting.note: two lines\n")); // a value never breaks the comment
        for (const QByteArray &line : csv.split('\n'))
            QVERIFY(line.isEmpty() || line.startsWith("# "));
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(QStringLiteral("evidence_sha256")).toString(), m_sha);
        QCOMPARE(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("fft_size")).toString(), QStringLiteral("1024"));

        // A clip that cannot be read: the stamp says so instead of a hash.
        const ExportStamp gone = ExportStamp::forClip(QDir(m_tmp.path()).filePath(QStringLiteral("gone.wav")), {}, QStringLiteral("x"));
        QVERIFY(gone.sha256.isEmpty());
        QVERIFY2(gone.shaText().startsWith(QStringLiteral("SHA-256 not available: ")), qPrintable(gone.shaText()));
        QVERIFY(gone.csvCommentLines().contains("# evidence_sha256: unavailable ("));

        // The caption strip is below the picture, the PNG chunks round-trip.
        QImage plain(400, 100, QImage::Format_RGB32);
        plain.fill(Qt::black);
        const QImage stamped = s.withCaption(plain);
        QCOMPARE(stamped.width(), 400);
        QCOMPARE(stamped.height(), 100 + s.captionHeight(400));
        QVERIFY(s.captionHeight(400) > 30);
        QCOMPARE(stamped.pixelColor(398, stamped.height() - 2), QColor(0xf4, 0xf4, 0xf0));
        const QString png = QDir(m_tmp.path()).filePath(QStringLiteral("plain.png"));
        QVERIFY(stamped.save(png));
        const QImage back(png);
        QCOMPARE(back.text(QStringLiteral("Evidence-SHA256")), m_sha);
        QVERIFY(back.text(QStringLiteral("SourceTrace")).contains(m_sha));
    }

    void viewImagesAndSpectrogramData()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1100, 750);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_clip));
        QVERIFY(w.waitUntilReady(30000));
        const int fft = w.spectrogramLayer()->settings().params.fftSize;

        const QString png = QDir(m_tmp.path()).filePath(QStringLiteral("view.png"));
        QVERIFY2(w.exportViewImage(png), qPrintable(w.lastError()));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QCOMPARE(img.text(QStringLiteral("Evidence-SHA256")), m_sha);
        const QString all = img.text(QStringLiteral("SourceTrace"));
        QVERIFY2(all.contains(QStringLiteral("view image of stamp clip.wav")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("fft_size %1").arg(fft)), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("SourceTrace ")));
        const QJsonObject settings = QJsonDocument::fromJson(img.text(QStringLiteral("Settings")).toUtf8()).object();
        QCOMPARE(settings.value(QStringLiteral("evidence_sha256")).toString(), m_sha);
        QVERIFY(settings.value(QStringLiteral("settings")).toObject().contains(QStringLiteral("colour_map")));
        // The caption strip: the picture is taller than the panes and ends in the caption's background.
        QVERIFY(img.height() > w.waveformPane()->height() + w.spectrogramPane()->height() + 40);
        QCOMPARE(img.pixelColor(img.width() - 3, img.height() - 2), QColor(0xf4, 0xf4, 0xf0));
        if (!qEnvironmentVariableIsEmpty("ST_SCREENSHOT_DIR"))
            QFile::copy(png, QDir(qEnvironmentVariable("ST_SCREENSHOT_DIR")).filePath(QStringLiteral("stamped-view.png")));

        const QString svg = QDir(m_tmp.path()).filePath(QStringLiteral("view.svg"));
        QVERIFY2(w.exportViewImage(svg), qPrintable(w.lastError()));
        const QByteArray svgText = readAll(svg);
        const int desc = svgText.indexOf("<desc>"), descEnd = svgText.indexOf("</desc>");
        QVERIFY(desc > 0 && descEnd > desc);
        QVERIFY(svgText.mid(desc, descEnd - desc).contains(m_sha.toLatin1()));
        const QByteArray open = "<metadata id=\"sourcetrace-export\"><![CDATA[";
        const int meta = svgText.indexOf(open);
        QVERIFY(meta > descEnd);
        const int metaEnd = svgText.indexOf("]]></metadata>", meta);
        const QByteArray json = svgText.mid(meta + open.size(), metaEnd - meta - open.size());
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("evidence_sha256")).toString(), m_sha);
        QVERIFY(QSvgRenderer(svg).isValid()); // still an SVG a reader takes

        // The spectrogram of a selection as CSV: '#' lines with the stamp, then the same table as before.
        w.viewState()->setSelection(1600, 8000);
        const QString csv = QDir(m_tmp.path()).filePath(QStringLiteral("sel.csv"));
        QVERIFY2(w.exportSelectionSpectrogram(csv, true), qPrintable(w.lastError()));
        const QList<QByteArray> lines = readAll(csv).split('\n');
        QCOMPARE(lines.first(), QByteArray("# SourceTrace spectrogram export"));
        QVERIFY(lines.contains("# evidence_sha256: " + m_sha.toLatin1()));
        QVERIFY(lines.contains("# setting.fft_size: " + QByteArray::number(fft)));
        QVERIFY(lines.contains("# setting.selection: samples 1600 to 8000"));
        QVERIFY(lines.contains("# clip: stamp clip.wav"));
        int comments = 0;
        while (comments < lines.size() && lines[comments].startsWith('#'))
            ++comments;
        QVERIFY(lines[comments].startsWith("time_s,")); // the header comes after every comment line
        int rows = 0;
        for (int i = comments + 1; i < lines.size(); ++i)
            rows += !lines[i].isEmpty();
        QVERIFY(rows > 0);
        QCOMPARE(lines[comments].count(',') , lines[comments + 1].count(','));

        // .npy: the array is unchanged; the sidecar names the SHA-256 and the settings.
        const QString npy = QDir(m_tmp.path()).filePath(QStringLiteral("sel.npy"));
        QVERIFY2(w.exportSelectionSpectrogram(npy, true), qPrintable(w.lastError()));
        std::vector<int64_t> shape;
        const std::vector<float> data = readNpy(npy, shape);
        QCOMPARE(shape.size(), size_t(2));
        QCOMPARE(shape[0], int64_t(rows));
        const QString sidecar = spectrogramSidecarPath(npy);
        QJsonParseError err{};
        const QJsonObject side = QJsonDocument::fromJson(readAll(sidecar), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject stamp = side.value(QStringLiteral("export_stamp")).toObject();
        QCOMPARE(stamp.value(QStringLiteral("evidence_sha256")).toString(), m_sha);
        QCOMPARE(stamp.value(QStringLiteral("settings")).toObject().value(QStringLiteral("fft_size")).toString(), QString::number(fft));
        QCOMPARE(stamp.value(QStringLiteral("kind")).toString(), QStringLiteral("spectrogram"));
        QVERIFY(side.size() > 1); // the sidecar's own members are kept
    }

    void explanationPng()
    {
        const int n = 16000;
        std::vector<float> clip(static_cast<size_t>(n));
        IgResult r;
        r.sampleRate = 16000;
        r.attribution.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            clip[size_t(i)] = float(0.5 * std::sin(2.0 * M_PI * 1000.0 * i / 16000.0));
            r.attribution[size_t(i)] = i < n / 2 ? 1e-3f : -1e-3f;
        }
        r.spoofSign = -1;
        r.positiveMeaning = QStringLiteral("evidence for bona fide");
        r.negativeMeaning = QStringLiteral("evidence for spoof");
        r.targetDescription = QStringLiteral("logit 1 (bonafide)");
        r.modelName = QStringLiteral("synthetic");
        r.weightsSha256 = QStringLiteral("00aa11bb");
        r.baselineDescription = QStringLiteral("silence");
        r.steps = 64;
        r.rule = QStringLiteral("gauss-legendre");
        r.completenessError = 0.0123;
        SpectrogramParams p;
        p.fftSize = 512;
        p.hop = 160;
        auto rep = std::make_shared<AttributionReport>(AttributionReport::analyze(r, clip, BaselineSettings{}, p));
        rep->evidencePath = m_clip;
        rep->evidenceSha256 = m_sha;
        JobManager jobs(1);
        ExplainPanel panel(&jobs);
        panel.setDocument(m_clip, 16000, n);
        panel.data()->setReport(rep, 16000);
        const QString png = QDir(m_tmp.path()).filePath(QStringLiteral("explain.png"));
        panel.exportPng(png);
        const QImage img(png);
        QCOMPARE(img.text(QStringLiteral("Evidence-SHA256")), m_sha);
        const QJsonObject set = QJsonDocument::fromJson(img.text(QStringLiteral("Settings")).toUtf8()).object().value(QStringLiteral("settings")).toObject();
        QCOMPARE(set.value(QStringLiteral("model")).toString(), QStringLiteral("synthetic"));
        QCOMPARE(set.value(QStringLiteral("weights_sha256")).toString(), QStringLiteral("00aa11bb"));
        QCOMPARE(set.value(QStringLiteral("target")).toString(), QStringLiteral("logit 1 (bonafide)"));
        QCOMPARE(set.value(QStringLiteral("baseline")).toString(), QStringLiteral("silence"));
        QCOMPARE(set.value(QStringLiteral("steps")).toString(), QStringLiteral("64"));
        QCOMPARE(set.value(QStringLiteral("completeness_gap")).toString(), QStringLiteral("1.23 %"));
        QVERIFY(img.text(QStringLiteral("Build")).startsWith(QStringLiteral("SourceTrace ")));
        ExportStamp expected = ExportStamp::forClip(m_clip, m_sha, QStringLiteral("explanation image"));
        expected.addExplanationSettings(*rep);
        QCOMPARE(img.height(), panel.renderImage().height() + expected.captionHeight(1400)); // the caption below the picture
        if (!qEnvironmentVariableIsEmpty("ST_SCREENSHOT_DIR"))
            QFile::copy(png, QDir(qEnvironmentVariable("ST_SCREENSHOT_DIR")).filePath(QStringLiteral("stamped-explain.png")));
    }

    // The trace panel puts each level's LR (TraceResult::lrs) beside its decision: given, withheld, or not due.
    void tracePanelLrLine()
    {
        TraceResult r;
        r.backend = QStringLiteral("cosine");
        r.clipPath = m_clip;
        LevelDecision attack;
        attack.level = SourceLevel::Attack;
        attack.ranked = {{QStringLiteral("A07"), 0.91}, {QStringLiteral("A01"), 0.40}};
        attack.decision = QStringLiteral("A07");
        LevelDecision family = attack;
        family.level = SourceLevel::Vocoder;
        family.ranked = {{QStringLiteral("vocoder"), 0.8}};
        family.decision = QStringLiteral("vocoder");
        r.decisions = {attack, family};
        LevelLr given;
        given.due = true;
        given.given = true;
        given.source = QStringLiteral("A07");
        given.llr = std::log(100.0); // LR 100, log10 2
        given.verbal = QStringLiteral("moderately strong support");
        LevelLr withheld;
        withheld.due = true;
        withheld.source = QStringLiteral("vocoder");
        withheld.withheldReasons = {QStringLiteral("duration 0.4 s is shorter than 1 s")};
        r.lrs = {given, withheld};

        TracePanel panel;
        panel.setResult(std::make_shared<TraceResult>(r));
        QCOMPARE(panel.levelLrText(int(SourceLevel::Attack)),
                 QStringLiteral("attack: A07, LR 100 (log10 LR 2.00) for A07: moderately strong support"));
        const QString w = panel.levelLrText(int(SourceLevel::Vocoder));
        QVERIFY2(w.endsWith(QStringLiteral("vocoder, LR withheld: duration 0.4 s is shorter than 1 s")), qPrintable(w));
        auto *label = panel.findChild<QLabel *>(QStringLiteral("levelLrs"));
        QVERIFY(label);
        QVERIFY(!label->isHidden());
        QVERIFY(label->text().contains(QStringLiteral("LR 100 (log10 LR 2.00)")));
        QVERIFY(label->text().contains(QStringLiteral("LR withheld")));

        // A level without a calibration says so; no LRs at all hides the line.
        r.lrs = {LevelLr{}, given};
        panel.setResult(std::make_shared<TraceResult>(r));
        QVERIFY2(panel.levelLrText(int(SourceLevel::Attack)).contains(QStringLiteral("no LR (the library holds no LR calibration")),
                 qPrintable(panel.levelLrText(int(SourceLevel::Attack))));
        r.lrs.clear();
        panel.setResult(std::make_shared<TraceResult>(r));
        QVERIFY(label->isHidden());
        panel.setResult(nullptr);
        QVERIFY(panel.levelLrText(int(SourceLevel::Attack)).isEmpty());

        // A real trace of a library with an LR calibration (llr = ln 2 * cosine) gives LR 2 for the top source A.
        const QString db = QDir(m_tmp.path()).filePath(QStringLiteral("lr.db"));
        FingerprintLibrary::create(db, {QStringLiteral("toy"), QStringLiteral("00ff"), 2});
        FingerprintLibrary lib(db);
        auto enrol = [](const QString &sha, float x, const QString &attack) {
            EnrolmentClip c;
            c.sha256 = sha;
            c.path = sha + QStringLiteral(".flac");
            c.embedding = {x, 0.0f};
            c.labels[SourceLevel::Attack] = attack;
            return c;
        };
        lib.enrol({enrol(QStringLiteral("a1"), 1.0f, QStringLiteral("A")), enrol(QStringLiteral("b1"), -1.0f, QStringLiteral("B"))});
        StoredLrCalibration c;
        c.level = SourceLevel::Attack;
        c.backend = QStringLiteral("cosine");
        c.a = std::log(2.0);
        c.protocolName = QStringLiteral("dev.tsv");
        c.targets = c.nontargets = 3;
        c.created = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        lib.setLrCalibration(c);
        panel.setResult(std::make_shared<TraceResult>(TraceTask::score(lib, {1.0f, 0.0f}, QStringLiteral("cosine"))));
        const QString real = panel.levelLrText(int(SourceLevel::Attack));
        QVERIFY2(real.startsWith(QStringLiteral("attack: A, LR 2 (log10 LR 0.30) for A: ")), qPrintable(real));
        QVERIFY(!label->isHidden());
    }
};

QTEST_MAIN(TestUiExportStamp)
#include "tst_ui_export_stamp.moc"
