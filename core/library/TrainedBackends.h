#pragma once
// Trained tracing back-ends on embeddings (Yilmaz et al.'s open-set source tracing with SSL-AASIST
// embeddings): a few-shot MLP classifier and Siamese networks, with hand-written forward/backward passes and
// Adam (Eigen inside the .cpp; nothing here exposes Eigen or LibTorch). Seeded and deterministic: the same
// parameters and the same enrolments give bit-identical weights.
//
//   "mlp"         embedding (standardised) -> hidden (ReLU) -> classes; softmax cross-entropy;
//                 score = log-softmax of the source
//   "siamese-ce"  tower t: embedding -> 128 -> 64 -> 32 (ReLU between, L2-normalised output); head
//                 logit = w . |t(a) - t(b)| + b, binary cross-entropy on same/different-source pairs;
//                 score = mean head logit against the source's enrolments
//   "siamese-cl"  the same tower, contrastive loss y d^2 + (1 - y) max(0, margin - d)^2, d = |t(a) - t(b)|;
//                 score = -|t(x) - mean of t(enrolments)|
//   "siamese-zs"  zero-shot: the same tower and loss, score = -|t(x) - t(fingerprint)| (fingerprint = mean
//                 enrolment embedding), so it applies to sources unseen in its training; weights=PATH loads the
//                 published PyTorch state dict (encoder.net.{0,2,4}.{weight,bias}) instead of training
//
// A fitted back-end's state (weights, standardisation) is a byte string that FingerprintLibrary stores
// (table backend_fits); TraceBackend::forLibrary loads it back for tracing.
#include "eval/ScoringBackend.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace st {

namespace nn {

/// A fully connected network: Linear layers of `sizes` (sizes[0] inputs ... sizes.back() outputs), ReLU
/// between them (not after the last), optionally an L2-normalised output. Weights are row-major
/// (out x in), as PyTorch's nn.Linear stores them.
struct DenseNet
{
    std::vector<int> sizes;
    bool l2Output = false;
    std::vector<std::vector<double>> weights; ///< layer l: sizes[l+1] x sizes[l], row-major
    std::vector<std::vector<double>> biases;  ///< layer l: sizes[l+1]

    /// PyTorch's default nn.Linear initialisation (uniform in +-1/sqrt(fan_in), weights and biases), from
    /// a seeded generator of our own (identical on every platform).
    static DenseNet initialised(const std::vector<int> &sizes, bool l2Output, std::uint64_t seed);
    int inputs() const { return sizes.empty() ? 0 : sizes.front(); }
    int outputs() const { return sizes.empty() ? 0 : sizes.back(); }
    std::size_t parameterCount() const;
    /// All parameters in the order W0, b0, W1, b1, ... (the order of the gradients below).
    std::vector<double> flat() const;
    void setFlat(const std::vector<double> &p);
    std::vector<double> forward(const std::vector<double> &x) const;
};

using Rows = std::vector<std::vector<double>>;

/// Mean softmax cross-entropy of `net`'s outputs (logits) for inputs `x` with class `labels`; adds nothing
/// and fills `grad` (flat order) with the gradient of the mean when given.
double softmaxCrossEntropy(const DenseNet &net, const Rows &x, const std::vector<int> &labels, std::vector<double> *grad);
/// Mean binary cross-entropy of the Siamese head on pairs (a[i], b[i]) with y[i] = 1 (same source) or 0:
/// logit = head[0..k-1] . |t(a) - t(b)| + head[k]. Gradients of the tower (flat order) and of the head.
double siameseBce(const DenseNet &tower, const std::vector<double> &head, const Rows &a, const Rows &b,
                  const std::vector<double> &y, std::vector<double> *gradTower, std::vector<double> *gradHead);
/// Mean contrastive loss on tower outputs of the pairs and its gradient (flat order).
double siameseContrastive(const DenseNet &tower, const Rows &a, const Rows &b, const std::vector<double> &y,
                          double margin, std::vector<double> *gradTower);
/// The contrastive loss of given vectors (no network): mean of y d^2 + (1 - y) max(0, margin - d)^2,
/// d = Euclidean distance of za[i] and zb[i].
double contrastiveLoss(const Rows &za, const Rows &zb, const std::vector<double> &y, double margin);

/// Adam (Kingma & Ba; beta1 0.9, beta2 0.999, eps 1e-8) over a flat parameter vector.
class Adam
{
public:
    explicit Adam(std::size_t n, double lr) : m_lr(lr), m_m(n, 0.0), m_v(n, 0.0) {}
    void step(std::vector<double> &params, const std::vector<double> &grad);

private:
    double m_lr;
    long m_t = 0;
    std::vector<double> m_m, m_v;
};

/// Reads a published Siamese tower (PyTorch zip state dict with encoder.net.{0,2,4}.{weight,bias}, as the
/// zero-shot paper's zero_shot_siamese_network_CL_*.pt and few_shot_siamese_network_CL_*.pt) through
/// models/PthReader. Throws st::Error naming the file when it is missing, not a state dict, or its tensors
/// are not three linear layers chained in shape.
DenseNet loadSiameseTower(const QString &path);

} // namespace nn

/// One epoch's report while a back-end trains.
struct TrainingEpoch
{
    int epoch = 0;  ///< 1-based
    int epochs = 0;
    double loss = 0; ///< mean training loss of the epoch
};

/// A back-end whose enrol() trains a network. Besides ScoringBackend, it saves and restores its trained state.
class TrainedScoringBackend : public ScoringBackend
{
public:
    using EpochCallback = std::function<void(const TrainingEpoch &)>; ///< may throw (e.g. to cancel)
    void setEpochCallback(EpochCallback cb) { m_epochCallback = std::move(cb); }
    /// Mean loss of every epoch of the last training (empty for published weights used as they are).
    const std::vector<double> &losses() const { return m_losses; }
    /// The trained state: a versioned byte string (network kind, layer sizes, float64 parameters).
    virtual QByteArray saveState() const = 0;
    /// Restores a saved state and attaches the enrolments without training (a zero-shot back-end may be given
    /// other sources than it was trained with; the others need the same sources). Throws st::Error.
    virtual void loadState(const QByteArray &state, const EnrolmentSet &set) = 0;
    /// True when the back-end scores any sources without retraining (siamese-zs).
    virtual bool zeroShot() const { return false; }

protected:
    void reportEpoch(int epoch, int epochs, double loss);
    EpochCallback m_epochCallback;
    std::vector<double> m_losses;
};

/// SHA-256 (hex) of an enrolment set: source names and their embeddings in order. A stored fit is valid for
/// the library's enrolments while this digest is unchanged.
QString enrolmentDigest(const EnrolmentSet &set);

/// Checks a stored state without using it: "" when it decodes as back-end `backend` for `dimension`-d
/// embeddings, else what is wrong (for FingerprintLibrary::verify).
QString checkTrainedState(const QString &backend, const QByteArray &state, int dimension);

struct TrainedBackendMaker
{
    QString name, summary;
    std::function<std::unique_ptr<ScoringBackend>(const QVariantMap &)> make;
};
/// mlp, siamese-ce, siamese-cl, siamese-zs (registered by TraceBackend's factory).
std::vector<TrainedBackendMaker> trainedBackendMakers();

} // namespace st
