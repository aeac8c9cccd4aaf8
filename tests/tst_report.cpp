// The court report (report/CaseReport.h, docs/report.md) of a case built here: the demo clip analysed with a short
// explanation, a short clip whose LR is withheld, an item without analysis whose file is changed after intake
// (blocked), an item whose stored result is broken JSON. The PDF is read back with pdftotext and rendered with
// pdftoppm (poppler-utils; the tests that need them skip with a message when they are missing), the HTML is checked
// to be self-contained, and the case records every report (SHA-256 of the file, audit head) and refuses overwrites.
#include "testutil.h"

#include "analysis/CaseAnalysis.h"
#include "analysis/ModelCache.h"
#include "report/CaseReport.h"
#include "report/ReportDocument.h"
#include "report/ReportFigures.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cmath>
#include <memory>
#include <random>

using namespace st;

namespace {

QString demo() { return QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac")); }

/// A 16-bit mono PCM WAV of a tone in noise.
bool writeWav(const QString &path, double seconds, double hz, unsigned seed)
{
    const int rate = 16000;
    const int n = int(seconds * rate);
    std::mt19937 gen(seed);
    std::normal_distribution<double> noise(0.0, 0.02);
    QByteArray data;
    QDataStream s(&data, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    for (int i = 0; i < n; ++i)
        s << qint16(std::lround(32767 * std::clamp(0.3 * std::sin(2 * M_PI * hz * i / rate) + noise(gen), -1.0, 1.0)));
    QByteArray wav;
    QDataStream h(&wav, QIODevice::WriteOnly);
    h.setByteOrder(QDataStream::LittleEndian);
    h.writeRawData("RIFF", 4);
    h << quint32(36 + data.size());
    h.writeRawData("WAVEfmt ", 8);
    h << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2) << quint16(16);
    h.writeRawData("data", 4);
    h << quint32(data.size());
    wav += data;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(wav) == wav.size();
}

QString sha256OfFileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QString run(const QString &program, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Whitespace collapsed to single spaces (lines wrapped in the PDF read as one text).
QString flat(const QString &s) { return s.simplified(); }
/// Every whitespace removed (a hash wrapped over two lines still matches).
QString dense(const QString &s) { return QString(s).remove(QRegularExpression(QStringLiteral("\\s+"))); }

QString lrText(double llr)
{
    const double lr = std::exp(llr);
    return QString::number(lr, lr >= 1000 || lr < 0.001 ? 'e' : 'g', 3);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_case;
    bool m_poppler = false;
    qint64 m_demoItem = 0, m_shortItem = 0, m_plainItem = 0, m_brokenItem = 0;

    QString path(const QString &name) const { return QDir(m_tmp.path()).filePath(name); }

    QString pdfText(const QString &pdf)
    {
        int code = -1;
        const QString t = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &code);
        return code == 0 ? t : QString();
    }

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        m_poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
                    && !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
        m_case = path(QStringLiteral("report-test.stcase"));
        CaseInfo info;
        info.number = QStringLiteral("2026-0417");
        info.examiner = QStringLiteral("Dr. Ada Examiner");
        info.title = QStringLiteral("Voice message of 3 March");
        CaseFile c = CaseFile::create(m_case, info, QStringLiteral("examiner"));
        QVERIFY(QFile::copy(demo(), path(QStringLiteral("message.flac"))));
        QVERIFY(writeWav(path(QStringLiteral("short.wav")), 0.5, 440, 1));
        QVERIFY(writeWav(path(QStringLiteral("plain.wav")), 1.5, 300, 2));
        QVERIFY(writeWav(path(QStringLiteral("broken.wav")), 1.0, 500, 3));
        m_demoItem = c.addEvidence(path(QStringLiteral("message.flac"))).id;
        m_shortItem = c.addEvidence(path(QStringLiteral("short.wav"))).id;
        m_plainItem = c.addEvidence(path(QStringLiteral("plain.wav"))).id;
        // A label with markup and a QString::arg placeholder: shown as typed.
        const EvidenceItem broken = c.addEvidence(path(QStringLiteral("broken.wav")), QStringLiteral("exhibit %2 <b>AB</b>"));
        m_brokenItem = broken.id;

        ModelCache cache;
        AnalysisSettings s;
        s.explanation = true;
        s.igSteps = 4; // fast; the report states the completeness gap it gives
        analyseCaseItem(c, m_demoItem, caseAnalysisSettings(c, s), cache);
        analyseCaseItem(c, m_shortItem, caseAnalysisSettings(c, AnalysisSettings{}), cache);
        // A stored result that parses as JSON but is no analysis result.
        c.storeAnalysis(m_brokenItem, QStringLiteral("full"), QStringLiteral("{}"),
                        QStringLiteral("{\"format\":\"sourcetrace-analysis/1\",\"detection\":17}"), broken.sha256);
        Annotation a;
        a.evidenceId = m_demoItem;
        a.startS = 0.5;
        a.endS = 1.25;
        a.cue = Cue::Breath;
        a.text = QStringLiteral("no breath before the phrase");
        c.addAnnotation(a);
    }

    void pdfStatesTheCase()
    {
        if (!m_poppler)
            QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed: run scripts/install-deps.sh");
        CaseFile c = CaseFile::open(m_case, QStringLiteral("examiner"));
        const int before = c.reportVersions().size();
        ReportOptions o;
        o.examinerStatement = QStringLiteral("The recording was received on a USB stick, exhibit AB/1.");
        const QString out = path(QStringLiteral("report.pdf"));
        const ReportVersion v = exportCaseReport(c, out, o);
        QVERIFY(QFile::exists(out));
        QCOMPARE(v.format, QStringLiteral("pdf"));
        QCOMPARE(v.sha256, sha256OfFileBytes(out));
        QVERIFY(QFileInfo(out).permissions() & QFileDevice::ReadOther); // not left private like a temporary file
        QCOMPARE(c.reportVersions().size(), before + 1);
        QCOMPARE(c.auditLog().last().action, QStringLiteral("report.exported"));
        QVERIFY(c.auditLog().last().details.contains(v.sha256));

        const QString text = pdfText(out);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QString f = flat(text), d = dense(text);
        // The tracing table read row by row: level, decision, threshold.
        int lc = -1;
        const QString layout = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")}, &lc);
        QCOMPARE(lc, 0);
        QVERIFY(f.contains(QStringLiteral("2026-0417")));
        QVERIFY(f.contains(QStringLiteral("Dr. Ada Examiner")));
        QVERIFY(f.contains(QStringLiteral("exhibit AB/1")));
        QVERIFY(!text.contains(QChar(0xFB01))); // no "fi" ligature: the words are searchable
        // The head the report states is the one recorded with it.
        QVERIFY2(d.contains(v.auditHead), qPrintable(v.auditHead));
        QVERIFY(f.contains(QStringLiteral("%1 entries").arg(v.auditEntries)));
        for (const EvidenceItem &e : c.evidence())
            QVERIFY2(d.contains(e.sha256), qPrintable(e.label));

        // Detection: the LR and its verbal scale, or the withheld reason, as stored.
        for (qint64 id : {m_demoItem, m_shortItem}) {
            const AnalysisResult r = storedAnalysisResult(c, *c.latestAnalysis(id, QStringLiteral("full")));
            QVERIFY(r.detection.has_value());
            QVERIFY(d.contains(r.provenance.modelWeightsSha256));
            const DetectionLr &lr = r.detection->lr;
            QVERIFY(lr.due);
            if (lr.given) {
                QVERIFY2(f.contains(QStringLiteral("LR %1 (log10 LR").arg(lrText(lr.llr))), qPrintable(lrText(lr.llr)));
                QVERIFY(f.contains(lr.verbal));
            } else {
                QVERIFY(f.contains(QStringLiteral("WITHHELD")));
                QVERIFY2(f.contains(flat(lr.withheldReasons.first())), qPrintable(lr.withheldReasons.first()));
            }
            if (r.tracing)
                for (const LevelDecision &ld : r.tracing->decisions)
                    QVERIFY2(layout.contains(QRegularExpression(QStringLiteral("%1\\s+%2\\s+%3").arg(
                                 QRegularExpression::escape(sourceLevelName(ld.level)), QRegularExpression::escape(ld.decision),
                                 ld.threshold ? QString::number(*ld.threshold, 'f', 4) : QStringLiteral("none")))),
                             qPrintable(ld.decision));
            QVERIFY(d.contains(r.provenance.librarySha256));
        }
        // The demo is given an LR and the 0.5 s clip is not (the default model is validated from 0.91 s).
        QVERIFY(storedAnalysisResult(c, *c.latestAnalysis(m_demoItem, QStringLiteral("full"))).detection->lr.given);
        QVERIFY(!storedAnalysisResult(c, *c.latestAnalysis(m_shortItem, QStringLiteral("full"))).detection->lr.given);
        QVERIFY(f.contains(QStringLiteral("No analysis is stored for item %1").arg(m_plainItem)));
        QVERIFY(f.contains(QStringLiteral("cannot be read")));
        QVERIFY(f.contains(QStringLiteral("no breath before the phrase")));
        QVERIFY(f.contains(QStringLiteral("Known limits and failure modes, from the model card")));
        QVERIFY(f.contains(QStringLiteral("Figure 1. Detection score of each window of item %1").arg(m_demoItem)));
        QVERIFY(f.contains(QStringLiteral("Figure 2. Waveform of item %1").arg(m_demoItem)));
        QVERIFY(f.contains(QStringLiteral("Figure 3. Spectrogram of item %1").arg(m_demoItem)));
        QVERIFY(f.contains(QStringLiteral("Figure 4. Detection score of each window of item %1").arg(m_shortItem)));
        QVERIFY(f.contains(QStringLiteral("completeness gap")));
        QVERIFY(f.contains(QStringLiteral("page 1 of")));

        // Every page renders; the page with the figures is not blank and shows the attribution's colours.
        const QString prefix = path(QStringLiteral("page"));
        int code = -1;
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), out, prefix}, &code);
        QCOMPARE(code, 0);
        const QStringList pngs = QDir(m_tmp.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QVERIFY(pngs.size() >= 3);
        int figurePage = 0;
        for (int i = 1; i <= pngs.size(); ++i) {
            int c2 = -1;
            const QString t = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(i), QStringLiteral("-l"), QString::number(i), out, QStringLiteral("-")}, &c2);
            if (t.contains(QStringLiteral("Figure 2.")))
                figurePage = i;
        }
        QVERIFY(figurePage > 0);
        QString png;
        for (const QString &p : pngs)
            if (QRegularExpression(QStringLiteral("-0*%1\\.png$").arg(figurePage)).match(p).hasMatch()) // page-4.png or page-04.png
                png = QDir(m_tmp.path()).filePath(p);
        const QImage page(png);
        QVERIFY2(!page.isNull(), qPrintable(png));
        int ink = 0, warm = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor px = page.pixelColor(x, y);
                if (px.lightness() < 230)
                    ++ink;
                if (px.red() > 150 && px.green() < 150 && px.blue() < 100)
                    ++warm; // vermillion attribution
            }
        QVERIFY2(ink > page.width() * page.height() / 10, qPrintable(QStringLiteral("%1 of %2 pixels drawn").arg(ink).arg(page.width() * page.height())));
        QVERIFY(warm > 20);
    }

    void htmlIsSelfContained()
    {
        CaseFile c = CaseFile::open(m_case, QStringLiteral("examiner"));
        ReportOptions o;
        o.format = ReportFormat::Html;
        o.itemIds = {m_demoItem};
        const QString out = path(QStringLiteral("report") + reportExtension(ReportFormat::Html));
        const ReportVersion v = exportCaseReport(c, out, o);
        QCOMPARE(v.format, QStringLiteral("html"));
        QCOMPARE(v.sha256, sha256OfFileBytes(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 3); // timeline, waveform, spectrogram
        QVERIFY(!html.contains(QStringLiteral("src=\"figure:")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("src=\"file")));
        QVERIFY(html.contains(c.evidenceItem(m_demoItem).sha256));
        QVERIFY(!html.contains(c.evidenceItem(m_plainItem).sha256)); // only the item asked for
        QVERIFY(html.contains(v.auditHead));
        QVERIFY(html.contains(QStringLiteral("Items reported")) || html.contains(QStringLiteral("items reported")));
    }

    void refusesToOverwrite()
    {
        CaseFile c = CaseFile::open(m_case, QStringLiteral("examiner"));
        const QString out = path(QStringLiteral("exists.pdf"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the examiner's own file");
        }
        const int versions = c.reportVersions().size();
        const AuditHead head = c.auditHead();
        try {
            exportCaseReport(c, out, {});
            QFAIL("an existing file was overwritten");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("exists already")), qPrintable(e.message()));
            QCOMPARE(e.path(), out);
        }
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the examiner's own file"));
        QCOMPARE(c.reportVersions().size(), versions);
        QCOMPARE(c.auditHead().hash, head.hash); // refused before anything was verified or logged
        // Nothing else is left in the folder (no temporary file).
        QVERIFY(QDir(m_tmp.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void unknownItemAndReadOnlyCaseAreRefused()
    {
        {
            CaseFile c = CaseFile::open(m_case, QStringLiteral("examiner"));
            ReportOptions o;
            o.itemIds = {m_demoItem, 999};
            const AuditHead head = c.auditHead();
            QVERIFY_THROWS_EXCEPTION(Error, exportCaseReport(c, path(QStringLiteral("unknown-item.pdf")), o));
            QVERIFY(!QFile::exists(path(QStringLiteral("unknown-item.pdf"))));
            QCOMPARE(c.auditHead().hash, head.hash);
        }
        CaseFile ro = CaseFile::open(m_case, QStringLiteral("examiner"), CaseOpenMode::ReadOnly);
        QVERIFY(ro.isReadOnly());
        try {
            exportCaseReport(ro, path(QStringLiteral("read-only.pdf")), {});
            QFAIL("a read-only case was reported");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("read-only.pdf"))));
        ro = CaseFile::open(m_case, QStringLiteral("examiner"));
        try {
            exportCaseReport(ro, path(QStringLiteral("no-folder/x.pdf")), {});
            QFAIL("a report was written into a missing folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("does not exist")), qPrintable(e.message()));
        }
    }

    void changedEvidenceIsShownBlocked()
    {
        if (!m_poppler)
            QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed: run scripts/install-deps.sh");
        QVERIFY(writeWav(path(QStringLiteral("plain.wav")), 1.5, 310, 9)); // changed after intake
        CaseFile c = CaseFile::open(m_case, QStringLiteral("examiner"));
        QVERIFY(!c.isBlocked(m_plainItem)); // not verified yet
        const QString out = path(QStringLiteral("blocked.pdf"));
        const ReportVersion v = exportCaseReport(c, out, {});
        QVERIFY(c.isBlocked(m_plainItem)); // the report verified it first (stored and logged)
        const QString f = flat(pdfText(out));
        QVERIFY2(f.contains(QStringLiteral("Item %1 is blocked").arg(m_plainItem)), qPrintable(f.left(400)));
        QVERIFY(f.contains(QStringLiteral("BLOCKED: the file has changed since intake")));
        QVERIFY(dense(f).contains(c.evidenceItem(m_plainItem).lastActualSha256));
        // The report's head comes after the verification entries.
        const QList<AuditEntry> log = c.auditLog();
        QCOMPARE(log.last().action, QStringLiteral("report.exported"));
        QCOMPARE(log[log.size() - 2].hash, v.auditHead);
        QCOMPARE(log[log.size() - 2].action, QStringLiteral("evidence.verified"));
    }

    void worksOffTheGuiThread()
    {
        // The GUI writes the report in a job (a pool thread with its own CaseFile instance).
        const QString out = path(QStringLiteral("thread.pdf"));
        QString error;
        ReportVersion v;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            try {
                CaseFile own = CaseFile::open(m_case, QStringLiteral("examiner"));
                ReportOptions o;
                o.itemIds = {m_demoItem};
                v = exportCaseReport(own, out, o);
            } catch (const Error &e) {
                error = e.message();
            }
        }));
        worker->start();
        QVERIFY(worker->wait(QDeadlineTimer(300000)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v.sha256, sha256OfFileBytes(out));
        if (m_poppler)
            QVERIFY(dense(pdfText(out)).contains(v.auditHead));
    }

    void storedExplanationThatDoesNotFitTheFile()
    {
        // A stored explanation that reads but does not fit the evidence (another rate, so another length; then no
        // rate at all): the figures are drawn from the attribution alone and the report says why, never a crash.
        const CaseFile src = CaseFile::open(m_case, QStringLiteral("examiner"), CaseOpenMode::ReadOnly);
        const StoredAnalysis a = *src.latestAnalysis(m_demoItem, QStringLiteral("full"));
        QJsonObject result = QJsonDocument::fromJson(a.resultJson.toUtf8()).object();
        QVERIFY(result.contains(QStringLiteral("explanation")));
        int n = 0;
        for (int rate : {8000, 0}) {
            QJsonObject x = result.value(QStringLiteral("explanation")).toObject();
            x.insert(QStringLiteral("sampleRate"), rate);
            result.insert(QStringLiteral("explanation"), x);
            const QString casePath = path(QStringLiteral("odd-%1.stcase").arg(++n));
            CaseInfo info;
            info.number = QStringLiteral("ODD-%1").arg(n);
            info.examiner = QStringLiteral("E");
            CaseFile c = CaseFile::create(casePath, info, QStringLiteral("examiner"));
            const EvidenceItem e = c.addEvidence(path(QStringLiteral("message.flac")));
            c.storeAnalysis(e.id, a.kind, a.settingsJson, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)), e.sha256);
            const ReportContent r = buildCaseReport(c, {});
            QCOMPARE(r.figures.size(), 2); // the timeline and the waveform; no spectrogram
            QVERIFY(!r.figures.first().second.isNull());
            QVERIFY2(r.html.contains(QStringLiteral("samples were not read for the figures")), qPrintable(QString::number(rate)));
            const QString out = path(QStringLiteral("odd-%1.pdf").arg(n));
            const ReportVersion v = exportCaseReport(c, out, {});
            QCOMPARE(v.sha256, sha256OfFileBytes(out));
        }
    }

    void documentWithoutFiles()
    {
        // The document itself, without writing: a stored result that cannot be read is a statement, not a throw.
        const CaseFile c = CaseFile::open(m_case, QStringLiteral("examiner"), CaseOpenMode::ReadOnly);
        ReportOptions o;
        o.itemIds = {m_brokenItem};
        const ReportContent r = buildCaseReport(c, o);
        QCOMPARE(r.items, QList<qint64>{m_brokenItem});
        QVERIFY(r.html.contains(QStringLiteral("cannot be read")));
        QVERIFY(r.html.contains(QStringLiteral("exhibit %2 &lt;b&gt;AB&lt;/b&gt;")));
        QVERIFY(!r.html.contains(QStringLiteral("<b>AB</b>")));
        QVERIFY(r.figures.isEmpty());
        QCOMPARE(r.auditHead.hash, c.auditHead().hash);
    }

    void emptyCase()
    {
        // A case without evidence still gives a report that says so; the statement is shown as typed.
        CaseInfo info;
        info.number = QStringLiteral("EMPTY-1");
        info.examiner = QStringLiteral("E. Mpty");
        CaseFile c = CaseFile::create(path(QStringLiteral("empty.stcase")), info, QStringLiteral("examiner"));
        ReportOptions o;
        o.examinerStatement = QStringLiteral("Nothing was received <yet>.\nSecond line.");
        const ReportContent r = buildCaseReport(c, o);
        QVERIFY(r.items.isEmpty());
        QVERIFY(r.html.contains(QStringLiteral("0 of 0")));
        QVERIFY(r.html.contains(QStringLiteral("No stored analysis names a model.")));
        QVERIFY(r.html.contains(QStringLiteral("Nothing was received &lt;yet&gt;.<br>Second line.")));
        const QString out = path(QStringLiteral("empty.pdf"));
        const ReportVersion v = exportCaseReport(c, out, o);
        QCOMPARE(v.sha256, sha256OfFileBytes(out));
        QCOMPARE(c.reportVersions().size(), 1);
    }

    void figuresAndCards()
    {
        // Nearest-rank percentile of |v|, by hand: |v| sorted = 0 1 2 3 4 (NaN counts as 0).
        QCOMPARE(absPercentileOf({-4.f, 3.f, std::nanf(""), 1.f, -2.f}, 100), 4.0);
        QCOMPARE(absPercentileOf({-4.f, 3.f, std::nanf(""), 1.f, -2.f}, 50), 2.0);
        QCOMPARE(absPercentileOf({}, 99), 0.0);
        const QString md = markdownToHtml(QStringLiteral("A **bold** claim.\n\n- one `x`\n  continued\n- two\n"));
        QCOMPARE(md, QStringLiteral("<p>A <b>bold</b> claim.</p><ul><li>one <i>x</i> continued</li><li>two</li></ul>"));
        QVERIFY(modelCardLimitsHtml(QStringLiteral("sourcetrace-default")).contains(QStringLiteral("<li>")));
        QVERIFY(modelCardLimitsHtml(QStringLiteral("aasist")).isEmpty());

        // A figure drawn without the evidence's samples still shows the attribution (not blank).
        ExplanationResult e;
        e.sampleRate = 16000;
        e.attribution.assign(16000, 0.0f);
        for (int i = 4000; i < 6000; ++i)
            e.attribution[size_t(i)] = 1.0f;
        const QImage w = attributionWaveformFigure({}, e, explanationCaption(QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("h"), QStringLiteral("m"), e), 900, 400);
        QCOMPARE(w.size(), QSize(900, 400));
        int warm = 0;
        for (int x = 0; x < w.width(); ++x) {
            const QColor px = w.pixelColor(x, 200);
            if (px.red() > 200 && px.blue() < 120)
                ++warm;
        }
        QVERIFY(warm > 50); // the quarter-second of positive attribution, tinted
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
