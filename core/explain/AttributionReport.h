#pragma once
// Everything an explanation run produces for one clip, and its JSON/.npy form: the per-sample
// attributions, the envelopes, the time-frequency map, the voice activity, the clip summary, and the
// settings and provenance (evidence SHA-256, model and weights hash, build).
#include "explain/AttributionMaps.h"
#include "explain/IntegratedGradients.h"

#include <QJsonObject>
#include <QString>

namespace st {

struct AttributionReport
{
    IgResult result;
    QString evidencePath;
    QString evidenceSha256;
    std::vector<float> clip;       ///< the samples explained (model rate, mono)
    std::vector<float> difference; ///< clip minus the (mean) baseline
    AttributionEnvelopes envelopes;
    TfAttribution tfMap;           ///< with the display params (may be mel)
    TfAttribution linearMap;       ///< linear frequency, for band shares
    std::vector<uint8_t> vad;      ///< per envelope frame
    AttributionSummary clipSummary;

    /// Builds the analysis for a finished run: `baselineSettings` remakes the baseline (its mean over
    /// draws) for the map's input-minus-baseline. `tfParams` as the spectrogram view uses.
    static AttributionReport analyze(IgResult result, std::vector<float> clip, const BaselineSettings &baselineSettings,
                                     const SpectrogramParams &tfParams = {}, double frameMs = 20.0, int trendFrames = 11);

    /// Summary of [start, end) in samples.
    AttributionSummary summary(int64_t start, int64_t end) const;

    /// The JSON document (settings, completeness, envelopes, shares, provenance). `files` lists the
    /// companion files by role (e.g. "attribution": "attribution.npy").
    QJsonObject toJson(const QJsonObject &files = {}) const;
    static QJsonObject summaryJson(const AttributionSummary &s, int sampleRate);

    /// Writes report.json, attribution.npy (float32 [samples]), tf_map.npy (float32 [frames, bins]),
    /// envelopes.npy (float32 [3, frames]: signed, absolute, trend) into `dir` (created when missing).
    /// `extraFiles` are added to the JSON's file list (e.g. PNGs the caller writes). Returns the paths.
    QStringList writeTo(const QString &dir, const QJsonObject &extraFiles = {}) const;
};

/// The completeness read-out in words, for a reader who does not know the formula: "the attributions add
/// up to 99.4 % of the change of the score (from -0.12 at the baseline to 2.19 at the input, +2.31)". Over
/// 100 % it says how much more; a falling score is called a fall ("... 98.0 % of the fall of the score");
/// attributions summing against the change say so; when the score does not change (|F(x) - F(x')| at or
/// below 1e-9 x max(1, |F(x)|, |F(x')|)) there is no share to state and the sentence says that instead.
/// Percentages have one decimal. `score`: what F is called ("the score", "the bona fide logit").
QString completenessSentence(double attributionSum, double fInput, double fBaseline, const QString &score = QStringLiteral("the score"));
/// The same for a run: the clip's figures, or, for several crossfaded windows (where completeness holds per
/// window), the worst window's, with "in the worst of N windows" added.
QString completenessSentence(const IgResult &r, const QString &score = QStringLiteral("the score"));

} // namespace st
