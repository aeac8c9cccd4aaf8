// GUI enrolment of picked clips (issue #4): the label dialog (one field per level, OK only with a label), its
// clips() labelling as `library enrol FILE... --label` does, and the dock's dialog -> core path offscreen: the
// dialog is filled by key clicks and accepted, the enrolment runs as a job with the tiny TorchScript model, and
// the library holds the clips under the typed labels with the attack's components as attributes; cancelling
// enrols nothing.
#include "tracing/EnrolClipsDialog.h"
#include "playback/FakeAudioOutput.h"
#include "tracing/LibraryPanel.h"
#include "window/MainWindow.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "testutil.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

QString dataDir() { return sttest::sourceDir() + QStringLiteral("/tests/data"); }

QString writeClip(const QString &dir, const QString &name, double hz, int frames = 6000)
{
    const QString path = QDir(dir).filePath(name);
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i)
        s[size_t(i)] = float(0.3 * std::sin(2 * M_PI * hz * i / 16000.0));
    sf_writef_float(f, s.data(), frames);
    sf_close(f);
    return path;
}

/// Fills the next modal EnrolClipsDialog with `labels` by typing, then presses OK (or Cancel).
void answerDialog(const QMap<SourceLevel, QString> &labels, bool ok, bool *seen)
{
    QTimer::singleShot(0, [=]() {
        auto *d = qobject_cast<EnrolClipsDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        *seen = true;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            QTest::keyClicks(d->field(it.key()), it.value());
        auto *box = d->findChild<QDialogButtonBox *>();
        box->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel)->click();
    });
}

} // namespace

class TestUiEnrolClips : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void dialogLabels()
    {
        EnrolClipsDialog d({QStringLiteral("/x/a.wav"), QStringLiteral("/x/b.wav")}, nullptr);
        QVERIFY(!d.acceptable());
        QVERIFY(!d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        d.setLabel(SourceLevel::Vocoder, QStringLiteral("  hifigan "));
        QVERIFY(d.acceptable());
        QVERIFY(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        d.setLabel(SourceLevel::Attack, QStringLiteral("A09"));
        d.setLabel(SourceLevel::AcousticModel, QStringLiteral("tacotron"));
        const QMap<SourceLevel, QString> l = d.labels();
        QCOMPARE(l.size(), 3);
        QCOMPARE(l.value(SourceLevel::Vocoder), QStringLiteral("hifigan"));
        QVERIFY(!l.contains(SourceLevel::Codec));
        const std::vector<ClipToEnrol> c = EnrolClipsDialog::clips(d.paths(), l);
        QCOMPARE(int(c.size()), 2);
        QCOMPARE(c[1].path, QStringLiteral("/x/b.wav"));
        QCOMPARE(c[0].labels.value(SourceLevel::Attack), QStringLiteral("A09"));
        QCOMPARE(c[0].attributes.value(SourceLevel::Attack).value(QStringLiteral("acoustic_model")), QStringLiteral("tacotron"));
        QCOMPARE(c[0].attributes.value(SourceLevel::Attack).value(QStringLiteral("vocoder")), QStringLiteral("hifigan"));
        // no attack label: no attack attributes
        const auto c2 = EnrolClipsDialog::clips({QStringLiteral("/x/a.wav")}, {{SourceLevel::Codec, QStringLiteral("opus")}});
        QVERIFY(c2[0].attributes.isEmpty());
    }

    void dialogToCoreEnrolment()
    {
        QTemporaryDir dir;
        const QString a = writeClip(dir.path(), QStringLiteral("a.wav"), 300);
        const QString b = writeClip(dir.path(), QStringLiteral("b.wav"), 900);
        const QString db = dir.filePath(QStringLiteral("picked.db"));
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({dataDir()});
        QVERIFY(w.waitForModels(30000));
        LibraryPanel *panel = w.libraryPanel();
        panel->setInteractive(false);
        QVERIFY(panel->createLibrary(db, QStringLiteral("tiny-tuple")));

        // cancel: nothing enrolled
        bool seen = false;
        answerDialog({{SourceLevel::Attack, QStringLiteral("A09")}}, false, &seen);
        QVERIFY(!panel->askAndEnrolClips({a, b}));
        QVERIFY(seen);
        QCOMPARE(panel->library()->sources().size(), 0);

        seen = false;
        answerDialog({{SourceLevel::Attack, QStringLiteral("A09")},
                      {SourceLevel::AcousticModel, QStringLiteral("tacotron")},
                      {SourceLevel::Codec, QStringLiteral("opus")}},
                     true, &seen);
        JobPtr job = panel->askAndEnrolClips({a, b});
        QVERIFY(seen);
        QVERIFY2(job, qPrintable(panel->lastError()));
        QVERIFY(job->description().contains(QStringLiteral("enrol 2 clips")));
        QVERIFY(w.jobs()->waitFor(job, 60000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCoreApplication::processEvents();
        FingerprintLibrary lib(db);
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A09")).count, 2);
        QCOMPARE(lib.source(SourceLevel::AcousticModel, QStringLiteral("tacotron")).count, 2);
        QCOMPARE(lib.source(SourceLevel::Codec, QStringLiteral("opus")).count, 2);
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A09")).attributes.value(QStringLiteral("acoustic_model")),
                 QStringLiteral("tacotron"));

        // the open clip: the window tells the dock; enrolling it again changes nothing (same hash)
        QVERIFY(w.openFile(a));
        QCOMPARE(QFileInfo(panel->openClip()).canonicalFilePath(), QFileInfo(a).canonicalFilePath());
        JobPtr again = panel->enrolClips({a}, {{SourceLevel::Attack, QStringLiteral("A09")}});
        QVERIFY(again);
        QVERIFY(w.jobs()->waitFor(again, 60000));
        QCOMPARE(FingerprintLibrary(db).source(SourceLevel::Attack, QStringLiteral("A09")).count, 2);

        // refusals
        QVERIFY(!panel->enrolClips({a}, {}));
        QVERIFY(panel->lastError().contains(QStringLiteral("label")));
        QVERIFY(!panel->enrolClips({dir.filePath(QStringLiteral("missing.wav"))}, {{SourceLevel::Attack, QStringLiteral("X")}}));
        QVERIFY(panel->lastError().contains(QStringLiteral("missing.wav")));
    }
};

QTEST_MAIN(TestUiEnrolClips)
#include "tst_ui_enrol_clips.moc"
