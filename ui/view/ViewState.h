#pragma once
// The shared time axis of every pane: which frames are visible and how frames map to pixels.
// All panes of a window observe one ViewState, so waveform, spectrogram and later score or
// attribution layers stay aligned sample for sample. It also holds the selection, the hover cursor
// and the play position, all in frames (never in pixels), so read-outs and exports use data.
#include <QObject>
#include <cstdint>

namespace st {

class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(QObject *parent = nullptr);

    /// Zoom limits: at most this many pixels per frame when zoomed in.
    static constexpr double kMaxPixelsPerFrame = 64.0;

    // --- the document --------------------------------------------------------------------------
    /// Sets the length and rate of the document and fits it into the view.
    void setDocument(int64_t totalFrames, int sampleRate);
    int64_t totalFrames() const { return m_total; }
    int sampleRate() const { return m_rate; }

    // --- the mapping -------------------------------------------------------------------------------
    /// Width in pixels of the data area of the panes (all panes share it). Keeps the start frame and
    /// the zoom, then clamps.
    void setWidth(int px);
    int width() const { return m_width; }
    /// Frame at the left edge of pixel 0 (fractional when zoomed in past one frame per pixel).
    double startFrame() const { return m_start; }
    /// Frames per pixel (< 1 when zoomed in).
    double framesPerPixel() const { return m_fpp; }
    /// Frame at the right edge of the view (exclusive).
    double endFrame() const { return m_start + m_fpp * m_width; }

    double frameToX(double frame) const { return (frame - m_start) / m_fpp; }
    double xToFrame(double x) const { return m_start + x * m_fpp; }
    double frameToSeconds(double frame) const { return m_rate > 0 ? frame / m_rate : 0.0; }
    double secondsPerPixel() const { return m_rate > 0 ? m_fpp / m_rate : 0.0; }

    // --- navigation (each clamps to the document and emits rangeChanged when something moved) ----
    /// Sets the visible range directly (start frame and frames per pixel).
    void setRange(double startFrame, double framesPerPixel);
    /// Multiplies frames-per-pixel by `factor` (< 1 zooms in) keeping the frame under pixel `x`
    /// at `x` (unless clamping at a file end forbids it).
    void zoomAbout(double factor, double x);
    /// Zoom in/out by one step (factor 2) about the centre of the view.
    void zoomIn();
    void zoomOut();
    /// Shows frames [a, b) across the whole width.
    void zoomToRange(double a, double b);
    /// Zooms to the selection if there is one.
    void zoomToSelection();
    /// Shows the whole document.
    void fitAll();
    void panByPixels(double dx);
    void panByFrames(double df);
    /// Pans so that `frame` is visible, centring it only when it left the view.
    void ensureVisible(double frame);
    /// Smallest and largest frames-per-pixel allowed for the current width.
    double minFramesPerPixel() const;
    double maxFramesPerPixel() const;

    // --- selection, cursor and play position --------------------------------------------------------
    bool hasSelection() const { return m_selEnd > m_selStart; }
    int64_t selectionStart() const { return m_selStart; }
    int64_t selectionEnd() const { return m_selEnd; }
    /// Selects [a, b) (order does not matter; clamped to the document; empty clears).
    void setSelection(int64_t a, int64_t b);
    void clearSelection() { setSelection(0, 0); }

    /// Hover cursor frame (-1 = none).
    int64_t cursorFrame() const { return m_cursor; }
    void setCursorFrame(int64_t f);
    /// Play position frame (-1 = not playing).
    int64_t playFrame() const { return m_play; }
    void setPlayFrame(int64_t f);

signals:
    void rangeChanged();
    void selectionChanged();
    void cursorChanged();
    void playFrameChanged();
    void documentChanged();

private:
    void clampAndEmit(double start, double fpp);

    int64_t m_total = 0;
    int m_rate = 0;
    int m_width = 1;
    double m_start = 0.0;
    double m_fpp = 1.0;
    int64_t m_selStart = 0;
    int64_t m_selEnd = 0;
    int64_t m_cursor = -1;
    int64_t m_play = -1;
};

} // namespace st
