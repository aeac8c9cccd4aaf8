#pragma once
// A spectrogram of a selection, exported as data: CSV (parameters as '#' comment lines, then one row per
// analysis frame) or .npy (float32, frames x bins) with a JSON sidecar holding the parameters.
//
// Matrix convention for every function here: `db` is row-major frames x bins, in dB re full scale as
// made by Stft::computeDb; row t is the frame anchored at sample startSample + t * hop, i.e. centred
// at startSample + params.frameCentreSample(t) (startSample + t*hop when params.centred).
#include "dsp/SampleSource.h"
#include "dsp/Spectrogram.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace st {

/// The frames of a recording's (level-0) spectrogram whose centres lie in [firstSample, endSample):
/// exactly the values the viewer shows and reads out there (the windows see the real samples around
/// the selection, zeros only beyond the recording's ends).
struct SpectrogramSelection
{
    std::vector<float> db;   ///< frames x bins
    int64_t frames = 0;
    int bins = 0;
    int64_t firstFrame = 0;  ///< index of row 0 in the whole recording's frames
    int64_t startSample = 0; ///< = firstFrame * hop: pass to the export functions
};
/// Throws st::Error for invalid params or if the source cannot be read.
SpectrogramSelection computeSelectionDb(const SampleSource &source, const SpectrogramParams &params,
                                        int64_t firstSample, int64_t endSample);

/// Time in seconds (from the start of the recording) of the centre of row `frame`.
double exportFrameTimeSeconds(const SpectrogramParams &params, int sampleRate, int64_t startSample,
                              int64_t frame);

/// CSV: '#' lines with the parameters (window, fft, hop, scale, centring, sample rate, start sample and
/// time, units, source), a header row "time_s,<centre Hz of bin 0>,...", then one row per frame.
/// Numbers use '.' whatever the locale, shortest round-trip form. Throws st::Error naming the file.
void exportSpectrogramCsv(const QString &path, const std::vector<float> &db, int64_t frames, int bins,
                          const SpectrogramParams &params, int sampleRate, int64_t startSample,
                          const QString &source = QString());

/// .npy (float32, shape (frames, bins)) at `path` plus its sidecar spectrogramSidecarPath(path) (JSON:
/// the same parameters, the shape and axes, frequencies_hz per bin, first_frame_time_s and
/// frame_step_s). Throws st::Error naming the file.
void exportSpectrogramNpy(const QString &path, const std::vector<float> &db, int64_t frames, int bins,
                          const SpectrogramParams &params, int sampleRate, int64_t startSample,
                          const QString &source = QString());

/// "x/name.npy" -> "x/name.json" (any other name: name + ".json").
QString spectrogramSidecarPath(const QString &npyPath);

} // namespace st
