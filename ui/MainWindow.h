#pragma once
// The viewer's main window: a time ruler, a waveform pane and a spectrogram pane on one shared
// ViewState, a scroll bar, docks for the file's metadata, the spectrogram settings and the running
// jobs, playback controls, and the File/View/Playback menus. Opening, exporting and playing are also
// public functions so tests and the command line drive them without dialogs.
#include "AudioOutput.h"
#include "SpectrogramLayer.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QScrollBar;

namespace st {

class AudioDocument;
class AudioOutput;
class JobManager;
class JobsPanel;
class MetadataPanel;
class Pane;
class PlaybackController;
class SpectrogramSettingsPanel;
class TimeRulerWidget;
class ViewState;
class WaveformLayer;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `output` null: PortAudio. Tests pass a FakeAudioOutput.
    explicit MainWindow(std::unique_ptr<AudioOutput> output = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Interactive windows show errors in message boxes; otherwise (tests, --screenshot) errors go to
    /// the status bar and lastError() only.
    void setInteractive(bool on) { m_interactive = on; }

    /// Opens an evidence file read-only. On failure the current file stays, the error is shown and
    /// false is returned.
    bool openFile(const QString &path);
    /// Opens the demo clip compiled into the application (extracted to a read-only temporary file).
    bool openDemo();
    QString lastError() const { return m_lastError; }

    /// Writes the current view as PNG or SVG (by suffix). Waits up to 10 s for visible data.
    bool exportViewImage(const QString &path);
    /// Writes the spectrogram of the selection as CSV or .npy (+ .json sidecar), by suffix, as a job.
    /// Returns false at once when there is no selection. With `wait`, waits for the job and returns
    /// its success.
    bool exportSelectionSpectrogram(const QString &path, bool wait = false);
    /// Processes events until the background jobs are done and every pane has drawn what is visible
    /// (or `msecs` passed). For --screenshot and tests.
    bool waitUntilReady(int msecs);

    AudioDocument *document() const { return m_doc.get(); }
    ViewState *viewState() const { return m_view; }
    Pane *waveformPane() const { return m_wavePane; }
    Pane *spectrogramPane() const { return m_specPane; }
    WaveformLayer *waveformLayer() const { return m_waveLayer; }
    SpectrogramLayer *spectrogramLayer() const { return m_specLayer; }
    PlaybackController *playback() const { return m_playback; }
    MetadataPanel *metadataPanel() const { return m_metadata; }
    JobManager *jobs() const { return m_jobs; }
    QString readoutText() const;
    QAction *playAction() const { return m_actPlay; }

    static QStringList recentFiles();

protected:
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;
    void closeEvent(QCloseEvent *) override;

private:
    void buildActions();
    void buildMenus();
    void buildDocks();
    void closeDocument();
    void showError(const QString &title, const QString &message);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void rebuildDeviceMenu();
    void updateScrollBar();
    void updatePlaybackUi();
    void updateSelectionLabel();
    void applySpectrogramSettings(const SpectrogramSettings &s);
    void chooseOpen();
    void chooseExportImage();
    void chooseExportSpectrogram();

    bool m_interactive = true;
    QString m_lastError;
    JobManager *m_jobs;
    ViewState *m_view;
    std::unique_ptr<AudioOutput> m_output;
    PlaybackController *m_playback;
    std::unique_ptr<AudioDocument> m_doc;
    WaveformLayer *m_waveLayer = nullptr;
    SpectrogramLayer *m_specLayer = nullptr;
    SpectrogramSettings m_specSettings;

    TimeRulerWidget *m_ruler;
    Pane *m_wavePane;
    Pane *m_specPane;
    QScrollBar *m_scroll;
    double m_scrollUnit = 1.0;
    MetadataPanel *m_metadata;
    SpectrogramSettingsPanel *m_specPanel;
    JobsPanel *m_jobsPanel;
    QLabel *m_readout;
    QLabel *m_selectionLabel;
    QLabel *m_playbackLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_deviceMenu = nullptr;
    QString m_demoPath;

    QAction *m_actOpen, *m_actOpenDemo, *m_actExportImage, *m_actExportSpec, *m_actQuit;
    QAction *m_actZoomIn, *m_actZoomOut, *m_actFit, *m_actZoomSel, *m_actPanLeft, *m_actPanRight;
    QAction *m_actHome, *m_actEnd, *m_actSelectAll, *m_actClearSel, *m_actGainUp, *m_actGainDown;
    QAction *m_actPlay, *m_actPlaySel, *m_actStop, *m_actLoop;
};

} // namespace st
