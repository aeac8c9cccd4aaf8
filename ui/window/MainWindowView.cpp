// MainWindow, view: navigation (zoom, pan, gain, selection), the channel shown, the selection label, the
// spectrogram settings, and waiting until every visible pane has drawn.
#include "window/MainWindow.h"
#include "common/LocaleFormat.h"

#include "document/AudioDocument.h"
#include "jobs/JobManager.h"
#include "playback/PlaybackController.h"
#include "view/Pane.h"
#include "view/SpectrogramSettingsPanel.h"
#include "view/SpectrogramSettingsStore.h"
#include "view/TimeRuler.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"

#include <QLocale>
#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QThread>

namespace st {

void MainWindow::buildViewActions()
{
    m_actZoomIn = makeAction(tr("Zoom &in"), QKeySequence(Qt::Key_Plus), [this]() { m_view->zoomIn(); });
    m_actZoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    m_actZoomIn->setIcon(QIcon(QStringLiteral(":/icons/zoom-in.svg")));
    m_actZoomOut = makeAction(tr("Zoom &out"), QKeySequence(Qt::Key_Minus), [this]() { m_view->zoomOut(); });
    m_actZoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    m_actZoomOut->setIcon(QIcon(QStringLiteral(":/icons/zoom-out.svg")));
    m_actFit = makeAction(tr("&Fit all"), QKeySequence(Qt::Key_0), [this]() { m_view->fitAll(); });
    m_actFit->setIcon(QIcon(QStringLiteral(":/icons/zoom-fit.svg")));
    m_actZoomSel = makeAction(tr("Zoom to &selection"), QKeySequence(tr("Ctrl+Shift+Z")), [this]() { m_view->zoomToSelection(); });
    m_actZoomSel->setIcon(QIcon(QStringLiteral(":/icons/zoom-selection.svg")));
    m_actPanLeft = makeAction(tr("Pan left"), QKeySequence(Qt::Key_Left), [this]() { m_view->panByPixels(-m_view->width() / 8.0); });
    m_actPanRight = makeAction(tr("Pan right"), QKeySequence(Qt::Key_Right), [this]() { m_view->panByPixels(m_view->width() / 8.0); });
    m_actHome = makeAction(tr("Go to start"), QKeySequence(Qt::Key_Home), [this]() { m_view->panByFrames(-1e18); });
    m_actEnd = makeAction(tr("Go to end"), QKeySequence(Qt::Key_End), [this]() { m_view->panByFrames(1e18); });
    m_actGainUp = makeAction(tr("Waveform gain &up"), QKeySequence(tr("Shift+Up")), [this]() {
        if (m_waveLayer)
            m_waveLayer->setVerticalGain(m_waveLayer->verticalGain() * 2);
    });
    m_actGainDown = makeAction(tr("Waveform gain &down"), QKeySequence(tr("Shift+Down")), [this]() {
        if (m_waveLayer)
            m_waveLayer->setVerticalGain(m_waveLayer->verticalGain() / 2);
    });
    m_actSelectAll = makeAction(tr("Select &all"), QKeySequence::SelectAll, [this]() { m_view->setSelection(0, m_view->totalFrames()); });
    m_actClearSel = makeAction(tr("&Clear selection"), QKeySequence(Qt::Key_Escape), [this]() { m_view->clearSelection(); });
}

void MainWindow::rebuildChannelMenu()
{
    if (!m_channelMenu)
        return;
    m_channelMenu->clear();
    qDeleteAll(m_channelMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const int channels = m_doc ? m_doc->info().channels : 0;
    const int current = m_doc ? m_doc->channel() : MixDown;
    auto *group = new QActionGroup(m_channelMenu);
    auto add = [&](const QString &text, int channel) {
        QAction *a = m_channelMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(channel == current);
        a->setData(channel);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, channel]() {
            if (!setChannel(channel))
                showError(tr("Channel"), m_lastError);
        });
    };
    add(tr("&Mix-down"), MixDown);
    for (int c = 0; c < channels; ++c)
        add(tr("Channel &%1").arg(c + 1), c);
    m_channelMenu->setEnabled(channels > 1);
}

bool MainWindow::setChannel(int channel)
{
    if (!m_doc) {
        m_lastError = tr("Open a file first.");
        return false;
    }
    if (channel == m_doc->channel())
        return true;
    try {
        m_doc->setChannel(channel);
    } catch (const std::exception &e) {
        m_lastError = QString::fromUtf8(e.what());
        return false;
    }
    const AudioInfo &info = m_doc->info();
    m_playback->stop();
    auto file = m_doc->file();
    m_playback->setSource(info.sampleRate, info.frames, [file, channel](int64_t start, int64_t count) {
        return file->readFrames(start, count, channel);
    });
    m_view->setPlayFrame(-1);
    for (QAction *a : m_channelMenu->actions()) // not rebuilt: this may run inside one of its actions
        a->setChecked(a->data().toInt() == channel);
    updatePlaybackUi();
    statusBar()->showMessage(channel == MixDown ? tr("Showing the mix-down of all channels")
                                                : tr("Showing channel %1").arg(channel + 1),
                             5000);
    return true;
}

void MainWindow::updateSelectionLabel()
{
    if (!m_view->hasSelection() || m_view->sampleRate() <= 0) {
        m_selectionLabel->setText(tr("No selection"));
        return;
    }
    const double a = m_view->frameToSeconds(double(m_view->selectionStart()));
    const double b = m_view->frameToSeconds(double(m_view->selectionEnd()));
    m_selectionLabel->setText(tr("Selection %1 – %2 (%3 s)")
                                  .arg(TimeRuler::formatTime(a, 3), TimeRuler::formatTime(b, 3))
                                  .arg(shownLocale().toString(b - a, 'f', 3)));
}

void MainWindow::applySpectrogramSettings(const SpectrogramSettings &s)
{
    if (m_specLayer) {
        try {
            m_specLayer->setSettings(s);
        } catch (const std::exception &e) {
            showError(tr("Spectrogram settings"), QString::fromUtf8(e.what()));
            m_specPanel->setSettings(m_specSettings);
            return;
        }
    }
    m_specSettings = s;
    saveSpectrogramSettings(s);
    updateAttributionLayers();
}

QString MainWindow::readoutText() const { return m_readout->text(); }

bool MainWindow::waitUntilReady(int msecs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // Painting asks the layers for their visible data.
        bool complete = true;
        for (Pane *p : visiblePanes()) {
            p->repaint();
            complete = complete && p->isComplete();
        }
        const bool done = m_jobs->activeJobs().isEmpty() && complete;
        if (done) {
            QCoreApplication::processEvents();
            return true;
        }
        if (t.elapsed() > msecs)
            return false;
        QThread::msleep(20);
    }
}

QList<Pane *> MainWindow::visiblePanes() const
{
    QList<Pane *> panes{m_wavePane, m_specPane};
    if (!m_scorePane->isHidden())
        panes << m_scorePane;
    return panes;
}

} // namespace st
