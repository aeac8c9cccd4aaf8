// The annotation layer in the GUI (issue 12): add, edit and delete with undo/redo against a case file on disk (each
// change and each undo in the audit log; the panel lists what annotations() holds), a read-only case refuses
// edits, session annotations outside a case, the CSV round trip and a broken CSV's file:line message, the
// attribution share per cue on a hand-made attribution, the layer's geometry, and the main window's wiring
// (layers over both panes, Edit menu shortcuts that clash with nothing). Offscreen.
#include "annotation/AnnotationCommands.h"
#include "annotation/AnnotationDialog.h"
#include "annotation/AnnotationLayer.h"
#include "annotation/AnnotationModel.h"
#include "annotation/AnnotationPanel.h"
#include "audio/AudioFile.h"
#include "case/CaseFile.h"
#include "examination/CaseSession.h"
#include "playback/FakeAudioOutput.h"
#include "view/Pane.h"
#include "view/ViewState.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QPainter>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sndfile.h>

#include <cmath>

using namespace st;

namespace {

QString writeTone(const QString &dir, const QString &name = QStringLiteral("clip.wav"), int rate = 16000, double seconds = 2.0)
{
    const QString path = QDir(dir).filePath(name);
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    const int n = int(rate * seconds);
    std::vector<float> s(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        s[size_t(i)] = float(0.3 * std::sin(2 * M_PI * 440.0 * i / rate) * (i > n / 2 ? 0.2 : 1.0));
    sf_writef_float(f, s.data(), n);
    sf_close(f);
    return path;
}

QString shaOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

Annotation make(double a, double b, Cue cue, int locality = 3, bool audible = false, const QString &text = {})
{
    Annotation x;
    x.startS = a;
    x.endS = b;
    x.cue = cue;
    x.locality = locality;
    x.audible = audible;
    x.text = text;
    return x;
}

QStringList actions(const CaseFile &c)
{
    QStringList out;
    for (const AuditEntry &e : c.auditLog())
        out << e.action;
    return out;
}

// The panel's table, in its current (sorted) order, as "start-end cue".
QStringList tableRows(AnnotationPanel &p)
{
    QStringList out;
    QAbstractItemModel *m = p.table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data().toString() + QLatin1Char('-') + m->index(r, 1).data().toString() + QLatin1Char(' ') +
                   m->index(r, 2).data().toString();
    return out;
}

QStringList caseRows(const QList<Annotation> &list)
{
    QStringList out;
    for (const Annotation &a : list)
        out << QString::number(a.startS, 'f', 3) + QLatin1Char('-') + QString::number(a.endS, 'f', 3) + QLatin1Char(' ') +
                   (a.band ? QStringLiteral("%1 (%2–%3 Hz)").arg(cueName(a.cue)).arg(a.band->lowHz, 0, 'f', 0).arg(a.band->highHz, 0, 'f', 0)
                           : cueName(a.cue));
    return out;
}

class FakeGeometry : public LayerGeometry
{
public:
    ViewState v;
    QRect r{10, 0, 1000, 200};
    const ViewState &view() const override { return v; }
    QRect dataRect() const override { return r; }
};

} // namespace

class TestUiAnnotations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_clip;

    // A case with the clip as item; returns the case path and the item's id.
    std::pair<QString, qint64> makeCase(const QString &name)
    {
        const QString path = QDir(m_tmp.path()).filePath(name + CaseFile::extension());
        CaseInfo info;
        info.number = QStringLiteral("2026-12");
        info.examiner = QStringLiteral("Examiner");
        CaseFile c = CaseFile::create(path, info, QStringLiteral("tester"));
        const EvidenceItem e = c.addEvidence(m_clip, QStringLiteral("questioned"));
        return {path, e.id};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        m_clip = writeTone(m_tmp.path());
    }

    void caseEditsWithUndoRedo()
    {
        const auto [path, item] = makeCase(QStringLiteral("undo"));
        CaseSession session;
        session.setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        session.setCurrentItem(item);
        AnnotationModel model;
        model.setCaseSession(&session);
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QCOMPARE(model.storage(), AnnotationModel::Storage::Case);
        QVERIFY(model.canEdit());
        QVERIFY2(model.storageText().contains(QStringLiteral("undo.stcase")), qPrintable(model.storageText()));
        CaseFile *cf = session.caseFile();
        const int before = int(cf->auditLog().size());
        int notified = 0;
        connect(&session, &CaseSession::annotationsChanged, this, [&](qint64 id) { notified += id == item; });

        QVERIFY2(panel.addAnnotation(make(0.5, 0.8, Cue::Glitch, 4, true, QStringLiteral("click"))), qPrintable(panel.lastError()));
        Annotation band = make(0.1, 0.3, Cue::Spectral, 2);
        band.band = FrequencyBand{2000, 4000};
        QVERIFY(panel.addAnnotation(band));
        QCOMPARE(cf->annotations(item).size(), 2);
        QCOMPARE(tableRows(panel), caseRows(cf->annotations(item)));
        QCOMPARE(tableRows(panel).first(), QStringLiteral("0.100-0.300 spectral (2000–4000 Hz)"));
        QCOMPARE(notified, 2);

        // Edit the glitch, then undo the edit: the case holds the old content again.
        Annotation glitch = *model.find(cf->annotations(item).last().id);
        Annotation changed = glitch;
        changed.text = QStringLiteral("click, louder");
        changed.locality = 5;
        QVERIFY(panel.editAnnotation(changed));
        QCOMPARE(cf->annotation(glitch.id).locality, 5);
        panel.undoStack()->undo();
        QCOMPARE(cf->annotation(glitch.id).locality, 4);
        QCOMPARE(cf->annotation(glitch.id).text, QStringLiteral("click"));
        panel.undoStack()->redo();
        QCOMPARE(cf->annotation(glitch.id).text, QStringLiteral("click, louder"));

        // Delete it; undo brings it back (a new id), and the edit's undo follows the new id.
        QVERIFY(panel.deleteAnnotation(glitch.id));
        QCOMPARE(cf->annotations(item).size(), 1);
        panel.undoStack()->undo();
        QCOMPARE(cf->annotations(item).size(), 2);
        const Annotation back = cf->annotations(item).last();
        QVERIFY(back.id != glitch.id);
        QCOMPARE(back.text, QStringLiteral("click, louder"));
        panel.undoStack()->undo(); // the edit, on the re-added annotation
        QCOMPARE(cf->annotation(back.id).text, QStringLiteral("click"));
        // Undo both adds: the case is empty, each step logged.
        panel.undoStack()->undo();
        panel.undoStack()->undo();
        QCOMPARE(cf->annotations(item).size(), 0);
        QCOMPARE(model.rowCount(), 0);
        panel.undoStack()->redo(); // the spectral annotation again
        QCOMPARE(tableRows(panel), caseRows(cf->annotations(item)));
        QCOMPARE(cf->annotations(item).size(), 1);

        const QStringList log = actions(*cf).mid(before);
        QCOMPARE(log, (QStringList{QStringLiteral("annotation.added"), QStringLiteral("annotation.added"),
                                   QStringLiteral("annotation.changed"), QStringLiteral("annotation.changed"),
                                   QStringLiteral("annotation.changed"), QStringLiteral("annotation.removed"),
                                   QStringLiteral("annotation.added"), QStringLiteral("annotation.changed"),
                                   QStringLiteral("annotation.removed"), QStringLiteral("annotation.removed"),
                                   QStringLiteral("annotation.added")}));
        QVERIFY(cf->verifyChain().ok);
        QVERIFY(cf->verifyRecords().isEmpty());

        // Reopened from disk, the case still holds what the panel shows.
        session.setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        session.setCurrentItem(item);
        QCOMPARE(tableRows(panel), caseRows(session.caseFile()->annotations(item)));
        QCOMPARE(panel.undoStack()->count(), 0); // the history does not cross a change of case
    }

    // Annotations made before the clip became a case item are offered to the case, and stored (logged) on request.
    void sessionAnnotationsMoveIntoTheCase()
    {
        AnnotationModel model;
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QVERIFY(panel.addAnnotation(make(0.1, 0.2, Cue::Breath, 2, true, QStringLiteral("before the case"))));
        QCOMPARE(model.sessionAnnotationsPending(), 0); // not in a case yet
        const auto [path, item] = makeCase(QStringLiteral("move"));
        CaseSession session;
        session.setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        model.setCaseSession(&session);
        session.setCurrentItem(item);
        QCOMPARE(model.storage(), AnnotationModel::Storage::Case);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.sessionAnnotationsPending(), 1);
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("moveSessionAnnotations"))->isHidden());
        QCOMPARE(panel.moveSessionAnnotationsToCase(), 1);
        QCOMPARE(model.sessionAnnotationsPending(), 0);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("moveSessionAnnotations"))->isHidden());
        const QList<Annotation> stored = session.caseFile()->annotations(item);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().text, QStringLiteral("before the case"));
        QCOMPARE(stored.first().author, QStringLiteral("tester"));
        QCOMPARE(session.caseFile()->auditLog().last().action, QStringLiteral("annotation.added"));
        QCOMPARE(model.rowCount(), 1);
    }

    void invalidEditIsRefusedWithItsReason()
    {
        AnnotationModel model;
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QVERIFY(!panel.addAnnotation(make(1.0, 0.5, Cue::Noise)));
        QVERIFY2(panel.lastError().contains(QStringLiteral("not after start")), qPrintable(panel.lastError()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(panel.undoStack()->count(), 0);

        AnnotationDialog dlg(make(1.0, 0.5, Cue::Noise), 2.0, 8000.0);
        QVERIFY(!dlg.problem().isEmpty());
        dlg.setAnnotation(make(0.5, 1.0, Cue::Breath, 2, true, QStringLiteral("inhale")));
        QVERIFY(dlg.problem().isEmpty());
        const Annotation a = dlg.annotation();
        QCOMPARE(a.cue, Cue::Breath);
        QCOMPARE(a.locality, 2);
        QVERIFY(a.audible);
        QCOMPARE(a.text, QStringLiteral("inhale"));
        QVERIFY(!a.band);
    }

    void readOnlyCaseRefusesEdits()
    {
        const auto [path, item] = makeCase(QStringLiteral("ro"));
        {
            CaseFile c = CaseFile::open(path, QStringLiteral("tester"));
            Annotation a = make(0.2, 0.4, Cue::Breath);
            a.evidenceId = item;
            c.addAnnotation(a);
        }
        CaseSession session;
        session.setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"), CaseOpenMode::ReadOnly)));
        session.setCurrentItem(item);
        AnnotationModel model;
        model.setCaseSession(&session);
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QCOMPARE(model.storage(), AnnotationModel::Storage::ReadOnlyCase);
        QCOMPARE(model.rowCount(), 1); // shown
        QVERIFY(!model.canEdit());
        QVERIFY2(model.editBlocker().contains(QStringLiteral("read-only")), qPrintable(model.editBlocker()));
        const int entries = int(session.caseFile()->auditLog().size());
        QVERIFY(!panel.addAnnotation(make(0.5, 0.6, Cue::Glitch)));
        QVERIFY2(panel.lastError().contains(QStringLiteral("read-only")), qPrintable(panel.lastError()));
        QVERIFY(!panel.deleteAnnotation(model.annotations().first().id));
        QCOMPARE(panel.importCsv(QStringLiteral("/nonexistent.csv")), -1);
        QCOMPARE(int(session.caseFile()->auditLog().size()), entries);
        QCOMPARE(session.caseFile()->annotations(item).size(), 1);
        QCOMPARE(panel.undoStack()->count(), 0);
    }

    void sessionAnnotationsAndCsvRoundTrip()
    {
        const QString other = writeTone(m_tmp.path(), QStringLiteral("other.wav"), 16000, 1.0);
        AnnotationModel model;
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QCOMPARE(model.storage(), AnnotationModel::Storage::Memory);
        QVERIFY2(model.storageText().contains(QStringLiteral("not saved"), Qt::CaseInsensitive) ||
                     model.storageText().contains(QStringLiteral("Not saved")),
                 qPrintable(model.storageText()));
        Annotation a = make(0.25, 0.5, Cue::Transition, 5, true, QStringLiteral("seam, \"audible\"\nsecond line"));
        a.band = FrequencyBand{300, 3400};
        QVERIFY(panel.addAnnotation(a));
        QVERIFY(panel.addAnnotation(make(1.0, 1.5, Cue::Silence, 1)));
        QCOMPARE(model.rowCount(), 2);
        panel.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        panel.undoStack()->redo();
        QCOMPARE(model.rowCount(), 2);

        const QString csv = QDir(m_tmp.path()).filePath(QStringLiteral("session.csv"));
        QVERIFY2(panel.exportCsv(csv), qPrintable(panel.lastError()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("evidence_sha256,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\r\n"));
        QVERIFY(bytes.contains(shaOf(m_clip).toLatin1() + ",0.25,0.5,300,3400,transition,5,yes,"));

        // Another clip in the session has none; the first clip's come back when it is opened again.
        model.setClip(other);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(panel.importCsv(csv), -1); // no row is for this clip
        QVERIFY2(panel.lastError().contains(shaOf(other)), qPrintable(panel.lastError()));
        model.setClip(m_clip);
        QCOMPARE(model.rowCount(), 2);

        // Into a case: the same rows, byte-identical export.
        const auto [path, item] = makeCase(QStringLiteral("csv"));
        CaseSession session;
        session.setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        session.setCurrentItem(item);
        AnnotationModel caseModel;
        caseModel.setCaseSession(&session);
        caseModel.setClip(m_clip);
        AnnotationPanel casePanel(&caseModel);
        QCOMPARE(casePanel.importCsv(csv), 2);
        QCOMPARE(session.caseFile()->annotations(item).size(), 2);
        QVERIFY(actions(*session.caseFile()).contains(QStringLiteral("annotations.imported")));
        const QString again = QDir(m_tmp.path()).filePath(QStringLiteral("again.csv"));
        QVERIFY2(casePanel.exportCsv(again), qPrintable(casePanel.lastError()));
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), bytes);
        QCOMPARE(caseModel.annotations().first().text, a.text);
        QCOMPARE(*caseModel.annotations().first().band, *a.band);
    }

    void brokenCsvNamesFileAndLine()
    {
        const QString bad = QDir(m_tmp.path()).filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray sha = shaOf(m_clip).toLatin1();
        f.write("evidence_sha256,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\r\n");
        f.write(sha + ",0.1,0.2,,,breath,3,no,ok\r\n");
        f.write(sha + ",0.1,0.2,,,sneeze,3,no,bad cue\r\n");
        f.write(sha + ",0.5,0.4,,,glitch,9,no,bad times\r\n");
        f.close();
        AnnotationModel model;
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QCOMPARE(panel.importCsv(bad), -1);
        QVERIFY2(panel.lastError().contains(QStringLiteral("bad.csv:3: ")), qPrintable(panel.lastError()));
        QVERIFY2(panel.lastError().contains(QStringLiteral("bad.csv:4: ")), qPrintable(panel.lastError()));
        QVERIFY2(panel.lastError().contains(QStringLiteral("sneeze")), qPrintable(panel.lastError()));
        QCOMPARE(model.rowCount(), 0); // nothing imported

        // The case's reader gives the same lines.
        const auto [path, item] = makeCase(QStringLiteral("badcsv"));
        CaseSession session;
        session.setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        session.setCurrentItem(item);
        AnnotationModel caseModel;
        caseModel.setCaseSession(&session);
        caseModel.setClip(m_clip);
        AnnotationPanel casePanel(&caseModel);
        QCOMPARE(casePanel.importCsv(bad), -1);
        QVERIFY2(casePanel.lastError().contains(QStringLiteral("bad.csv:3: ")), qPrintable(casePanel.lastError()));
        QCOMPARE(session.caseFile()->annotations(item).size(), 0);
    }

    // 10 samples at 10 Hz: |a| = 1 1 2 2 2 0 4 0 0 0, total 12. Glitch [0.2, 0.5) holds samples 2..4 (6 of 12),
    // a second glitch [0.3, 0.5) inside it counts nothing more; breath [0.6, 0.7) holds sample 6 (4 of 12); outside:
    // samples 0, 1 (2 of 12).
    void attributionShareByCueKnownAnswer()
    {
        AnnotationModel model;
        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        QVERIFY(panel.sharesText().isEmpty());
        QVERIFY(panel.addAnnotation(make(0.2, 0.5, Cue::Glitch)));
        QVERIFY(panel.addAnnotation(make(0.3, 0.5, Cue::Glitch)));
        QVERIFY(panel.addAnnotation(make(0.6, 0.7, Cue::Breath)));
        panel.setAttribution({1, -1, 2, 2, -2, 0, -4, 0, 0, 0}, 10, QStringLiteral("hand-made"));
        const AttributionShares s = panel.shares();
        QCOMPARE(s.total, 12.0);
        QCOMPARE(s.share(Cue::Glitch), 0.5);
        QVERIFY(std::abs(s.share(Cue::Breath) - 1.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(s.outside - 1.0 / 6.0) < 1e-12);
        QCOMPARE(s.share(Cue::Noise), 0.0);
        QCOMPARE(panel.sharesText(), QStringLiteral("breath 33.3 %, glitch 50.0 %, outside every annotation 16.7 %"));
        // Undoing the breath annotation moves its share outside.
        panel.undoStack()->undo();
        QVERIFY(std::abs(panel.shares().outside - 0.5) < 1e-12);
        panel.setAttribution({}, 0);
        QVERIFY(panel.sharesText().isEmpty());
    }

    void layerGeometry()
    {
        FakeGeometry g;
        g.v.setWidth(1000);
        g.v.setDocument(16000, 16000);
        g.v.setRange(0.0, 16.0); // 16 frames per pixel: 1 s across 1000 px
        AnnotationModel model;
        AnnotationLayer wave(&model, AnnotationLayer::Target::Waveform);
        AnnotationLayer spec(&model, AnnotationLayer::Target::Spectrogram);
        spec.setFrequencyAxis(FrequencyAxis(SpectrogramParams{}, 16000)); // linear, 0 .. 8 kHz
        Annotation a = make(0.25, 0.5, Cue::Spectral);
        // Time only: the whole height in both panes, x = 10 + 4000 / 16 .. 10 + 8000 / 16.
        QCOMPARE(wave.regionRect(a, g), QRectF(QPointF(260, 0), QPointF(510, 200)));
        QCOMPARE(spec.regionRect(a, g), QRectF(QPointF(260, 0), QPointF(510, 200)));
        // A band 2-4 kHz: a quarter to a half of the height from the bottom on the spectrogram only.
        a.band = FrequencyBand{2000, 4000};
        QCOMPARE(spec.regionRect(a, g), QRectF(QPointF(260, 100), QPointF(510, 150)));
        QCOMPARE(wave.regionRect(a, g), QRectF(QPointF(260, 0), QPointF(510, 200)));
        // A band above Nyquist is clamped to the top.
        a.band = FrequencyBand{6000, 12000};
        QCOMPARE(spec.regionRect(a, g), QRectF(QPointF(260, 0), QPointF(510, 50)));

        model.setClip(m_clip);
        AnnotationPanel panel(&model);
        Annotation wide = make(0.1, 0.9, Cue::Noise);
        Annotation narrow = make(0.4, 0.45, Cue::Glitch, 5, true);
        QVERIFY(panel.addAnnotation(wide));
        QVERIFY(panel.addAnnotation(narrow));
        const qint64 narrowId = model.annotations().last().id;
        QCOMPARE(wave.annotationAt(g, QPointF(10 + 6600 / 16.0, 50)), narrowId); // 0.4125 s: the narrower one
        QVERIFY(wave.annotationAt(g, QPointF(10 + 0.05 * 1000, 50)) == 0);
        QCOMPARE(AnnotationLayer::label(narrow), QStringLiteral("glitch · L5 · audible"));
        QVERIFY(wave.readout(g, QPointF(10 + 6600 / 16.0, 50)).contains(QStringLiteral("glitch · L5")));

        // Painting draws the cue's colour inside the region and nothing outside it.
        QImage img(1020, 200, QImage::Format_RGB32);
        img.fill(Qt::black);
        {
            QPainter p(&img);
            wave.paint(p, g);
        }
        QCOMPARE(img.pixelColor(10 + 950, 180), QColor(Qt::black)); // 0.95 s: outside every region
        const QColor inside = img.pixelColor(10 + 200, 180);         // 0.2 s: the noise region (yellow, translucent)
        QVERIFY2(inside.red() > 30 && inside.green() > 30 && inside.blue() < inside.red(), qPrintable(inside.name()));
    }

    void mainWindowWiring()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_clip));
        QVERIFY(w.waitUntilReady(30000));
        QVERIFY(w.waveformPane()->layers().contains(w.waveformAnnotationLayer()));
        QVERIFY(w.spectrogramPane()->layers().contains(w.spectrogramAnnotationLayer()));
        QCOMPARE(w.waveformPane()->layers().last(), w.waveformAnnotationLayer());
        QCOMPARE(w.annotationModel()->storage(), AnnotationModel::Storage::Memory);

        // "Annotate selection..." is A, needs a selection, and no two actions of the window share a shortcut.
        QCOMPARE(w.annotateAction()->shortcut(), QKeySequence(Qt::Key_A));
        QVERIFY(!w.annotateAction()->isEnabled());
        w.viewState()->setSelection(8000, 16000);
        QVERIFY(w.annotateAction()->isEnabled());
        QHash<QString, QString> seen;
        for (QAction *a : w.findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                if (key.isEmpty())
                    continue;
                if (!(a->text().contains(QStringLiteral("nnotation")) || a == w.annotateAction()))
                    continue;
                QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(": ") + a->text() + QStringLiteral(" / ") + seen.value(key)));
                seen.insert(key, a->text());
            }
        }
        for (QAction *a : w.findChildren<QAction *>())
            for (const QKeySequence &k : a->shortcuts())
                if (seen.contains(k.toString()) && !a->text().contains(QStringLiteral("nnotation")) && a != w.annotateAction())
                    QFAIL(qPrintable(QStringLiteral("%1 of \"%2\" clashes with an annotation action").arg(k.toString(), a->text())));
        QMenu *edit = w.findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        QVERIFY(w.menuBar()->actions().contains(edit->menuAction()));
        QVERIFY(edit->actions().contains(w.annotateAction()));

        // A case item: the window's model follows the session.
        const auto [path, item] = makeCase(QStringLiteral("window"));
        w.caseSession()->setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        w.caseSession()->setCurrentItem(item);
        QCOMPARE(w.annotationModel()->storage(), AnnotationModel::Storage::Case);
        Annotation a = make(0.5, 1.0, Cue::Glitch, 4, true, QStringLiteral("click"));
        QVERIFY(w.annotationPanel()->addAnnotation(a));
        Annotation b = make(1.2, 1.6, Cue::Spectral, 2);
        b.band = FrequencyBand{1000, 3000};
        QVERIFY(w.annotationPanel()->addAnnotation(b));
        QCOMPARE(w.caseSession()->caseFile()->annotations(item).size(), 2);
        // The layers draw the glitch in its colour in the waveform pane (without the selection's tint over it).
        w.viewState()->clearSelection();
        QVERIFY(w.waitUntilReady(30000));
        const QImage shot = w.waveformPane()->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("ST_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("ST_SCREENSHOT_DIR")).filePath(QStringLiteral("annotations-wavepane.png")));
        const QRectF r = w.waveformAnnotationLayer()->regionRect(a, *w.waveformPane());
        const QColor c = shot.pixelColor(int(r.center().x()), shot.height() - 4);
        const QColor glitch = AnnotationLayer::cueColour(Cue::Glitch);
        QVERIFY2(c.red() > c.blue() + 30, qPrintable(c.name() + QStringLiteral(" vs ") + glitch.name()));
        const QString shots = qEnvironmentVariable("ST_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            w.annotationDock()->show();
            w.annotationDock()->raise();
            w.annotationPanel()->selectAnnotation(w.annotationModel()->annotations().first().id);
            QTest::qWait(200);
            w.grab().save(QDir(shots).filePath(QStringLiteral("annotations-window.png")));
        }
        // Delete removes the picked annotation only while a pane or the dock has the focus.
        QAction *del = nullptr;
        for (QAction *x : edit->actions())
            if (x->text().contains(QStringLiteral("Delete annotation")))
                del = x;
        QVERIFY(del);
        QCOMPARE(del->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(w.waveformPane()->actions().contains(del));
        QVERIFY(w.annotationPanel()->actions().contains(del));
        QVERIFY(!w.actions().contains(del));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.annotationPanel()->selectAnnotation(w.annotationModel()->annotations().first().id);
        w.waveformPane()->setFocus();
        QTest::keyClick(w.waveformPane(), Qt::Key_Delete);
        QCOMPARE(w.caseSession()->caseFile()->annotations(item).size(), 1);
        w.annotationPanel()->undoStack()->undo(); // the deletion
        QCOMPARE(w.caseSession()->caseFile()->annotations(item).size(), 2);
        // The Edit menu's undo removes the last one from the case.
        w.annotationPanel()->undoStack()->undo();
        QCOMPARE(w.caseSession()->caseFile()->annotations(item).size(), 1);
    }

    // Dragging an edge in the waveform pane moves it (one undoable, logged edit); Ctrl+drag moves the region.
    void dragEdgesAndRegions()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_clip));
        QVERIFY(w.waitUntilReady(30000));
        const auto [path, item] = makeCase(QStringLiteral("drag"));
        w.caseSession()->setCase(std::make_unique<CaseFile>(CaseFile::open(path, QStringLiteral("tester"))));
        w.caseSession()->setCurrentItem(item);
        QVERIFY(w.annotationPanel()->addAnnotation(make(0.5, 1.0, Cue::Breath)));
        Pane *pane = w.waveformPane();
        const Annotation a = w.annotationModel()->annotations().first();
        const QRectF box = w.waveformAnnotationLayer()->regionRect(a, *pane);
        const double spp = w.viewState()->secondsPerPixel();
        const int y = int(box.center().y());
        // The end edge, 40 px to the right.
        QTest::mousePress(pane, Qt::LeftButton, {}, QPoint(int(std::round(box.right())), y));
        QTest::mouseMove(pane, QPoint(int(std::round(box.right())) + 20, y));
        QTest::mouseMove(pane, QPoint(int(std::round(box.right())) + 40, y));
        QTest::mouseRelease(pane, Qt::LeftButton, {}, QPoint(int(std::round(box.right())) + 40, y));
        Annotation now = w.caseSession()->caseFile()->annotation(a.id);
        QVERIFY2(std::abs(now.endS - (1.0 + 40 * spp)) < 1e-9, qPrintable(QString::number(now.endS)));
        QCOMPARE(now.startS, 0.5);
        QVERIFY(!w.viewState()->hasSelection()); // the pane did not take the drag as a selection
        QCOMPARE(w.caseSession()->caseFile()->auditLog().last().action, QStringLiteral("annotation.changed"));
        // Ctrl+drag inside the region moves both edges by the same amount.
        const QRectF box2 = w.waveformAnnotationLayer()->regionRect(now, *pane);
        const QPoint inside(int(box2.center().x()), y);
        QTest::mousePress(pane, Qt::LeftButton, Qt::ControlModifier, inside);
        QTest::mouseMove(pane, inside - QPoint(30, 0));
        QTest::mouseRelease(pane, Qt::LeftButton, Qt::ControlModifier, inside - QPoint(30, 0));
        const Annotation moved = w.caseSession()->caseFile()->annotation(a.id);
        QVERIFY(std::abs(moved.startS - (0.5 - 30 * spp)) < 1e-9);
        QVERIFY(std::abs((moved.endS - moved.startS) - (now.endS - now.startS)) < 1e-9);
        // Both are undo steps.
        w.annotationPanel()->undoStack()->undo();
        w.annotationPanel()->undoStack()->undo();
        const Annotation back = w.caseSession()->caseFile()->annotation(a.id);
        QCOMPARE(back.startS, 0.5);
        QCOMPARE(back.endS, 1.0);
        // A plain drag away from any edge still selects.
        QTest::mousePress(pane, Qt::LeftButton, {}, QPoint(int(box.left()) - 60, y));
        QTest::mouseMove(pane, QPoint(int(box.left()) - 20, y));
        QTest::mouseRelease(pane, Qt::LeftButton, {}, QPoint(int(box.left()) - 20, y));
        QVERIFY(w.viewState()->hasSelection());
    }
};

QTEST_MAIN(TestUiAnnotations)
#include "tst_ui_annotations.moc"
