#pragma once
// The report's explanation figures, drawn with QPainter on a QImage (no widgets, no window system): the waveform
// with the signed Integrated-Gradients attribution behind it, and the spectrogram with the attribution map over
// it, each with axes, a colour key and a caption that names what it was made from (clip, SHA-256, model, target,
// baseline, steps, completeness). The figures are drawn from a stored explanation and the evidence's samples; no
// model runs. docs/report.md says how to read them.
#include <QImage>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace st {

struct ExplanationResult;

/// What a figure's caption states (each line is drawn under the plot, and the document repeats it as text).
struct FigureCaption
{
    QString title;      ///< "Item 1 (demo.flac): waveform and attribution"
    QStringList lines;  ///< "clip …, SHA-256 …", "model … target … baseline … steps … completeness …"
};

/// The caption lines every explanation figure carries, from the stored explanation and its provenance.
FigureCaption explanationCaption(const QString &title, const QString &clipLabel, const QString &sha256,
                                 const QString &model, const ExplanationResult &e);

/// Waveform (min/max per pixel column, grey) over columns tinted by the attribution they hold: the colour says the
/// sign (vermillion = e.positiveMeaning, blue = e.negativeMeaning), the opacity |sum| relative to the 99th
/// percentile of the columns' |sums|. `clip` holds the samples at e.sampleRate (the attribution's length); an empty
/// `clip` draws the attribution alone (the evidence could not be read), and the caption should say so.
QImage attributionWaveformFigure(const std::vector<float> &clip, const ExplanationResult &e, const FigureCaption &caption,
                                 int width = 1800, int height = 640);

/// The spectrogram figure's STFT hop for a clip of `samples`: 128, or more for a long clip so that the figure has at
/// most about 4000 frames (an hour at 16 kHz would otherwise need 450 000 x 257 cells).
int spectrogramFigureHop(int64_t samples);

/// Spectrogram of `clip` (dB, Hann 512, hop spectrogramFigureHop() at the attribution's rate, greyscale from -100 to 0 dBFS) with the
/// time-frequency attribution map over it (explain/AttributionMaps.h: each frame's attribution spread over the bins
/// by their share of the clip's power), same colours as the waveform figure. Needs the clip's samples.
QImage attributionSpectrogramFigure(const std::vector<float> &clip, const ExplanationResult &e,
                                    const FigureCaption &caption, int width = 1800, int height = 760);

/// The detection score of each timeline window (a horizontal segment over the window's span, in seconds at
/// `modelRate`), the whole-clip score as a dashed line, and zero as a thin line; the score axis is labelled with
/// `convention`. An empty timeline draws the axes and says so.
struct DetectionResult;
QImage detectionTimelineFigure(const DetectionResult &d, const FigureCaption &caption, int width = 1800, int height = 640);

/// The value at `percentile` (0..100) of |v| (nearest rank); 0 for an empty vector. Non-finite values count as 0.
double absPercentileOf(const std::vector<float> &v, double percentile);

} // namespace st
