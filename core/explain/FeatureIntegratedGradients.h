#pragma once
// Integrated Gradients in the model's front-end feature space with the "mean feature of a bona fide
// reference set" baseline (issue 13). For a model whose DifferentiableModel exposes its features (SourceTrace's
// spectral network: the log linear-filterbank energies before the DCT, deltas and per-utterance mean removal),
// the baseline b is the mean over all frames of all bona fide reference clips of the per-frame feature vector,
// broadcast over the explained clip's frames; the path runs from b to the clip's features f and the
// attribution of (frame t, bin k) is (f_tk - b_k) * integral dF/df_tk. The result is a time-frequency map in
// the model's feature bins; there is no per-sample waveform attribution.
//
// The baseline file (JSON, format "sourcetrace-feature-baseline") records the model name and weights SHA-256,
// the feature description, its bins' frequencies, the clip list with SHA-256s and the frame count; it is
// refused for another model or other weights.
#include "explain/IntegratedGradients.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace st {

struct FeatureBaseline
{
    QString path;                 ///< where it was read from (empty when computed)
    QString modelName, weightsSha256, featureName;
    int sampleRate = 16000;
    int hop = 160;
    std::vector<double> binHz;    ///< per feature row
    std::vector<float> mean;      ///< per feature row
    int64_t frames = 0;           ///< frames averaged
    QStringList files, sha256;    ///< the reference clips
};

/// True when the model's differentiable adapter exposes front-end features.
bool modelHasFeatureFrontEnd(const EmbeddingModelPtr &model);

/// The mean per-frame feature over every frame of `paths` (mono, resampled to the model's rate). Throws
/// st::Error for a model without features or an unreadable clip; JobCancelled when `cancelled` says so.
FeatureBaseline computeFeatureBaseline(const EmbeddingModelPtr &model, const QStringList &paths,
                                       const IgProgress &progress = {}, const IgCancelled &cancelled = {});

/// The per-frame features [frames x bins] of one clip (for tests and the baseline).
std::vector<float> clipFeatures(const EmbeddingModelPtr &model, const std::vector<float> &clip, int64_t &frames, int &bins);

void writeFeatureBaseline(const FeatureBaseline &b, const QString &path);
/// Throws st::Error naming the file for anything malformed.
FeatureBaseline readFeatureBaseline(const QString &path);
/// Throws st::Error naming the file and both models when `b` was made with another model or weights.
void checkFeatureBaseline(const FeatureBaseline &b, const ModelManifest &m);

struct FeatureIgResult
{
    int64_t frames = 0;
    int bins = 0;
    std::vector<float> attribution; ///< frames x bins, row-major
    std::vector<double> binHz;
    int hop = 160, sampleRate = 16000;
    double fInput = 0.0, fBaseline = 0.0, attributionSum = 0.0, completenessError = 0.0;
    double seconds = 0.0;
};

class FeatureBaselineExplainer
{
public:
    /// Reads and checks the baseline file against the model; throws st::Error.
    FeatureBaselineExplainer(EmbeddingModelPtr model, const QString &baselineFile);
    ~FeatureBaselineExplainer();
    const FeatureBaseline &baseline() const;

    /// Feature-space IG of the whole clip (one input; the spectral network pools over time) with the
    /// settings' target, steps and rule (the waveform baseline settings are not used).
    FeatureIgResult run(const std::vector<float> &clip, const IgSettings &s, const IgProgress &progress = {},
                        const IgCancelled &cancelled = {});

    /// run() and writes report.json (the fields of a waveform report that summaries read: clip band shares,
    /// speech/pause shares, per-frame absolute sums and speech flags, completeness; "domain": "features"),
    /// tf_map.npy [frames x bins] and envelopes.npy [3 x frames] into `dir`. Returns the report.
    QJsonObject explainTo(const std::vector<float> &clip, const QString &evidencePath, const QString &evidenceSha256,
                          const IgSettings &s, double frameMs, const QString &dir, const IgProgress &progress = {},
                          const IgCancelled &cancelled = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace st
