// MainWindow, files: opening and closing the evidence, the demo clip, recent files, exporting the view and the
// selection's spectrogram, drag and drop.
#include "window/MainWindow.h"

#include "attribution/ExplainPanel.h"
#include "examination/CaseSession.h"
#include "common/ExportStamp.h"
#include "common/SafeFileDialog.h"
#include "document/AudioDocument.h"
#include "document/MetadataPanel.h"
#include "dsp/SpectrogramExport.h"
#include "jobs/JobManager.h"
#include "playback/PlaybackController.h"
#include "tracing/EmbeddingMapView.h"
#include "tracing/TracePanel.h"
#include "util/DataPaths.h"
#include "view/Pane.h"
#include "view/SpectrogramSettingsPanel.h"
#include "view/SpectrogramSettingsStore.h"
#include "view/TimeRuler.h"
#include "view/TimeScrollBar.h"
#include "view/ViewExporter.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>

namespace st {

void MainWindow::buildFileActions()
{
    m_actOpen = makeAction(tr("&Open..."), QKeySequence::Open, [this]() { chooseOpen(); });
    m_actOpen->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_actOpenDemo = makeAction(tr("Open &demo clip"), QKeySequence(), [this]() { openDemo(); });
    m_actExportImage = makeAction(tr("Export view as &image (PNG/SVG)..."), QKeySequence(tr("Ctrl+Shift+E")), [this]() { chooseExportImage(); });
    m_actExportSpec = makeAction(tr("Export &spectrogram of selection (CSV/npy)..."), QKeySequence(tr("Ctrl+E")), [this]() { chooseExportSpectrogram(); });
    m_actQuit = makeAction(tr("&Quit"), QKeySequence::Quit, [this]() { close(); });
}

void MainWindow::closeDocument()
{
    clearDetection();
    if (m_traceJob && !m_traceJob->isFinished())
        m_traceJob->cancel();
    m_traceJob.reset();
    m_trace.reset();
    if (m_tracePanel) {
        m_tracePanel->setResult(nullptr);
        m_mapView->setQuery({}, {});
    }
    if (m_explainPanel)
        m_explainPanel->setDocument(QString(), 0, 0);
    m_playback->clearSource();
    m_wavePane->clearLayers();
    m_specPane->clearLayers();
    m_metadata->setDocument(nullptr);
    delete m_waveLayer;
    m_waveLayer = nullptr;
    delete m_specLayer;
    m_specLayer = nullptr;
    m_doc.reset();
    loadAnnotationsForClip();
    rebuildChannelMenu();
}

bool MainWindow::openFile(const QString &path)
{
    std::unique_ptr<AudioDocument> doc;
    try {
        doc = std::make_unique<AudioDocument>(QFileInfo(path).absoluteFilePath());
    } catch (const std::exception &e) {
        showError(tr("Cannot open file"), QString::fromUtf8(e.what()));
        return false;
    }
    closeDocument();
    m_doc = std::move(doc);
    m_lastError.clear();
    const AudioInfo &info = m_doc->info();
    m_view->setDocument(info.frames, info.sampleRate);
    m_waveLayer = new WaveformLayer(m_doc.get());
    try {
        m_specLayer = new SpectrogramLayer(m_doc.get(), m_specSettings);
    } catch (const std::exception &e) {
        m_specSettings = defaultSpectrogramSettings();
        m_specPanel->setSettings(m_specSettings);
        m_specLayer = new SpectrogramLayer(m_doc.get(), m_specSettings);
        statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
    }
    m_wavePane->addLayer(m_waveLayer);
    m_specPane->addLayer(m_specLayer);
    m_explainPanel->setDocument(info.path, info.sampleRate, info.frames);
    loadAnnotationsForClip();
    updateAttributionLayers(); // also puts the annotation layers on top
    m_metadata->setDocument(m_doc.get());
    m_doc->startBackgroundWork(m_jobs);
    connect(m_doc.get(), &AudioDocument::backgroundFailed, this, [this](const QString &msg) {
        m_wavePane->invalidate(); // the panes draw the damage banner
        m_specPane->invalidate();
        if (msg != m_lastError) // the same decoding error may come from a view and the overview job
            showError(tr("Background work failed"), msg);
    });
    connect(m_doc.get(), &AudioDocument::readFailed, this, [this](const QString &msg) {
        m_wavePane->invalidate();
        m_specPane->invalidate();
        if (msg != m_lastError)
            showError(tr("Cannot decode the file"), msg);
    });

    auto file = m_doc->file();
    m_playback->setSource(info.sampleRate, info.frames,
                          [file](int64_t start, int64_t count) { return file->readFrames(start, count, MixDown); });
    m_view->setPlayFrame(-1);
    rebuildChannelMenu();
    const bool isDemo = !m_demoPath.isEmpty() && QFileInfo(path) == QFileInfo(m_demoPath);
    m_case->setCurrentItem(-1); // a file opened by hand is no item of the case (the Case dock sets it after loading one)
    updateWindowTitle();
    if (!isDemo)
        RecentFilesMenu::add(info.path);
    updatePlaybackUi();
    m_scroll->sync();
    statusBar()->showMessage(tr("Opened %1 (read-only)").arg(QDir::toNativeSeparators(info.path)), 5000);
    return true;
}

bool MainWindow::openDemo()
{
    if (m_demoPath.isEmpty() || !QFile::exists(m_demoPath))
        m_demoPath = findDemoClip(); // installed (share/sourcetrace/demo) or in the checkout: opened where it lies
    if (m_demoPath.isEmpty() || !QFile::exists(m_demoPath)) {
        // Otherwise the copy compiled into the program, extracted to a folder of this process that the window
        // removes when it closes.
        const QString res = QStringLiteral(":/demo/demo.flac");
        if (!QFile::exists(res)) {
            showError(tr("Demo clip"), tr("This build has no demo clip compiled in."));
            return false;
        }
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                .filePath(QStringLiteral("sourcetrace-demo-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(dir);
        m_demoTempDir = dir;
        const QString target = QDir(dir).filePath(QStringLiteral("demo.flac"));
        QFile::remove(target);
        if (!QFile::copy(res, target)) {
            showError(tr("Demo clip"), tr("%1: could not extract the demo clip").arg(target));
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        m_demoPath = target;
    }
    return openFile(m_demoPath);
}

QStringList MainWindow::recentFiles() { return RecentFilesMenu::files(); }

void MainWindow::chooseOpen()
{
    const QString dir = recentFiles().isEmpty() ? QString() : QFileInfo(recentFiles().first()).absolutePath();
    const QString path = safeOpenFileName(
        this, tr("Open evidence"), dir,
        tr("Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseExportImage()
{
    const QString base = m_doc ? QFileInfo(m_doc->info().path).completeBaseName() + QStringLiteral("-view.png") : QString();
    const QString path = safeSaveFileName(this, tr("Export view"), base, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportViewImage(path);
}

void MainWindow::chooseExportSpectrogram()
{
    if (!m_view->hasSelection()) {
        showError(tr("Export spectrogram"), tr("Select a time range first (drag across a pane)."));
        return;
    }
    const QString base = m_doc ? QFileInfo(m_doc->info().path).completeBaseName() + QStringLiteral("-spectrogram.csv") : QString();
    const QString path = safeSaveFileName(this, tr("Export spectrogram of selection"), base,
                                                      tr("CSV table (*.csv);;NumPy array + JSON sidecar (*.npy)"));
    if (!path.isEmpty())
        exportSelectionSpectrogram(path);
}

bool MainWindow::exportViewImage(const QString &path)
{
    if (!m_doc)
        return false;
    const QString title = QStringLiteral("%1   %2 – %3")
                              .arg(QFileInfo(m_doc->info().path).fileName(),
                                   TimeRuler::formatTime(m_view->frameToSeconds(m_view->startFrame()), 3),
                                   TimeRuler::formatTime(m_view->frameToSeconds(m_view->endFrame()), 3));
    ViewExporter ex(*m_view, visiblePanes(), title);
    ExportStamp stamp = ExportStamp::forClip(m_doc->info().path, m_doc->sha256(), QStringLiteral("view image"));
    stamp.add(QStringLiteral("view"), QStringLiteral("%1 s to %2 s").arg(m_view->frameToSeconds(m_view->startFrame()), 0, 'f', 3)
                                          .arg(m_view->frameToSeconds(m_view->endFrame()), 0, 'f', 3));
    if (m_view->hasSelection())
        stamp.add(QStringLiteral("selection"), QStringLiteral("%1 s to %2 s").arg(m_view->frameToSeconds(double(m_view->selectionStart())), 0, 'f', 3)
                                                   .arg(m_view->frameToSeconds(double(m_view->selectionEnd())), 0, 'f', 3));
    stamp.add(QStringLiteral("channel"), m_doc->channel() < 0 ? QStringLiteral("mix-down") : QString::number(m_doc->channel() + 1));
    if (m_specLayer && !m_specPane->isHidden())
        stamp.addSpectrogramSettings(m_specLayer->settings(), m_doc->info().sampleRate);
    ex.setStamp(stamp);
    ex.waitUntilComplete(10000);
    try {
        if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            ex.exportSvg(path);
        else
            ex.exportPng(path);
    } catch (const std::exception &e) {
        showError(tr("Export view"), QString::fromUtf8(e.what()));
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::exportSelectionSpectrogram(const QString &path, bool wait)
{
    if (!m_doc || !m_view->hasSelection()) {
        m_lastError = tr("Select a time range first (drag across a pane).");
        return false;
    }
    const SampleSource source = SampleSource::fromAudioFile(m_doc->file(), m_doc->channel());
    const SpectrogramParams params = m_specSettings.params;
    const int64_t a = m_view->selectionStart(), b = m_view->selectionEnd();
    const QString sourceName = m_doc->info().path;
    const bool npy = path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive);
    const QString knownSha = m_doc->sha256();
    const SpectrogramSettings shown = m_specSettings;
    const int channel = m_doc->channel();
    JobPtr job = std::make_shared<Job>(tr("Export spectrogram to %1").arg(QFileInfo(path).fileName()),
                                       [=](JobContext &ctx) {
                                           ctx.setProgress(0.1, QStringLiteral("analysing"));
                                           const SpectrogramSelection sel = computeSelectionDb(source, params, a, b);
                                           ctx.checkCancelled();
                                           ctx.setProgress(0.7, QStringLiteral("writing"));
                                           if (npy)
                                               exportSpectrogramNpy(path, sel.db, sel.frames, sel.bins, params,
                                                                    source.sampleRate, sel.startSample, sourceName);
                                           else
                                               exportSpectrogramCsv(path, sel.db, sel.frames, sel.bins, params,
                                                                    source.sampleRate, sel.startSample, sourceName);
                                           // The stamp: the clip's SHA-256 (hashed here when the viewer's hash job
                                           // has not finished) and the settings, as '#' lines or in the sidecar.
                                           ExportStamp stamp = ExportStamp::forClip(sourceName, knownSha, QStringLiteral("spectrogram"));
                                           stamp.add(QStringLiteral("selection"), QStringLiteral("samples %1 to %2").arg(a).arg(b));
                                           stamp.add(QStringLiteral("channel"), channel < 0 ? QStringLiteral("mix-down") : QString::number(channel + 1));
                                           stamp.addSpectrogramSettings(shown, source.sampleRate);
                                           if (npy)
                                               stamp.insertIntoJsonFile(spectrogramSidecarPath(path));
                                           else
                                               stamp.insertCsvComments(path);
                                           return QVariant(qint64(sel.frames));
                                       });
    QPointer<MainWindow> self(this);
    job->onFinished([self, path](const Job &j) {
        if (!self)
            return;
        if (j.state() == JobState::Succeeded)
            self->statusBar()->showMessage(tr("Wrote %1 (%2 frames)").arg(QDir::toNativeSeparators(path)).arg(j.result().toLongLong()), 8000);
        else if (j.state() == JobState::Failed)
            self->showError(tr("Export spectrogram"), j.errorMessage());
    });
    m_jobs->submit(job);
    if (!wait)
        return true;
    m_jobs->waitFor(job);
    return job->state() == JobState::Succeeded;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls()) {
        if (u.isLocalFile()) {
            // A case file dropped on the window opens the case (MainWindowCase.cpp); anything else is evidence.
            if (u.toLocalFile().endsWith(QLatin1String(".stcase"), Qt::CaseInsensitive))
                openCase(u.toLocalFile());
            else
                openFile(u.toLocalFile());
            e->acceptProposedAction();
            return;
        }
    }
}

} // namespace st
