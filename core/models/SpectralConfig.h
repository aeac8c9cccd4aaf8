#pragma once
// The hyper-parameters of SourceTrace's own fast spectral network (kind "native-spectral"): a differentiable
// front end inside the module (LFCC or log-power spectrogram through torch::stft), a light CNN with max-feature-map
// activations (LCNN) or a small ResNet, attentive statistics pooling, a 128-d embedding and one or more heads.
// Stored as the model folder's config JSON; validated on reading so that a network is never built from a config
// it cannot run. No LibTorch here.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace st {

/// One output head on the embedding.
struct SpectralHead
{
    QString name;        ///< unique, e.g. "bonafide", "attack"
    QString level;       ///< the dataset level it learns (usually == name)
    QStringList classes; ///< for "bonafide": {"bonafide", "spoof"}
    /// "ce" (linear + softmax cross-entropy), "aam" (additive angular margin softmax on cosines),
    /// "ocsoftmax" (one-class softmax; two classes, bona fide first), "ge2e" (generalised end-to-end loss on the
    /// embedding; its logits are the cosines to the class centroids of the training set, fixed after training).
    QString loss = QStringLiteral("ce");
    double weight = 1.0;   ///< in the summed loss
    double scale = 30.0;   ///< aam: s; ocsoftmax: alpha (20 in the paper)
    double margin = 0.2;   ///< aam: m (radians)
    double marginRampEpochs = 0; ///< aam: the margin grows linearly from 0 over these epochs
    double mReal = 0.9, mFake = 0.2; ///< ocsoftmax margins
};

struct SpectralConfig
{
    QString frontEnd = QStringLiteral("lfcc"); ///< "lfcc" or "logspec"
    int sampleRate = 16000;
    int nFft = 512;
    int winLength = 320;   ///< samples (20 ms)
    int hop = 160;         ///< samples (10 ms)
    int lfccFilters = 20;  ///< linear triangular filters
    int lfccCoeffs = 20;   ///< DCT coefficients kept (<= lfccFilters)
    bool deltas = true;    ///< append delta and delta-delta (x3 features)
    double maxFrequency = 0; ///< logspec/lfcc: highest frequency used (0 = Nyquist)
    QString backbone = QStringLiteral("lcnn"); ///< "lcnn" or "resnet"
    std::vector<int> channels{8, 16, 32, 48, 64}; ///< per stage (output channels after max-feature-map for lcnn); 1 to 6 stages
    int embeddingDim = 128;
    int attentionDim = 64;
    double dropout = 0.0;
    std::vector<SpectralHead> heads;
    int primaryHead = 0;   ///< whose logits the model returns as its logits

    /// Features per frame the front end gives (before the CNN).
    int featureDim() const;
    int frequencyBins() const; ///< STFT bins used (after maxFrequency)
    /// Frames for `samples` input samples (centred STFT).
    int frames(long long samples) const;

    static SpectralConfig fromJsonFile(const QString &path);
    /// Throws st::Error(pathForMessages, "<field>: ...") for a missing, mistyped or out-of-range field; unknown
    /// fields are refused.
    static SpectralConfig fromJson(const QJsonObject &obj, const QString &pathForMessages = {});
    QJsonObject toJson() const;
};

} // namespace st
