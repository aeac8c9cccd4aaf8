#pragma once
// The full configuration of a training run: data, network, heads and losses, augmentation, optimisation, output.
// Read from a JSON run configuration (and/or set by CLI flags or the GUI), written into the run folder as
// run.json so that a run is reproducible from its folder alone. No LibTorch here.
#include "dataset/Augment.h"
#include "models/SpectralConfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace st::train {

/// One head to train: the dataset level it learns and its loss (see SpectralHead).
struct HeadPlan
{
    QString level;                    ///< "bonafide", "attack", "acoustic_model", "vocoder", "codec", or a column
    QString loss = QStringLiteral("ce"); ///< ce | aam | ocsoftmax | ge2e
    double weight = 1.0;
    double scale = 0;                 ///< 0 = the loss's default (aam 30, ocsoftmax 20)
    double margin = 0.2;              ///< aam
    double marginRampEpochs = 0;      ///< aam: margin grows linearly from 0 over these epochs
};

struct OptimSettings
{
    QString optimizer = QStringLiteral("adamw"); ///< adam | adamw
    double learningRate = 1e-3;
    double weightDecay = 1e-4;
    double beta1 = 0.9, beta2 = 0.999;
    QString schedule = QStringLiteral("cosine"); ///< constant | cosine | step
    double warmupEpochs = 0.5;        ///< linear warm-up from 0 (fraction of epochs allowed)
    int stepEpochs = 10;              ///< step: multiply by stepGamma every stepEpochs
    double stepGamma = 0.5;
    double minLearningRate = 1e-5;    ///< cosine floor
    double gradClip = 5.0;            ///< max global L2 norm; 0 = off
};

struct TrainConfig
{
    QString name = QStringLiteral("trained-model"); ///< the model's registry name
    QStringList protocols;            ///< training protocols (any clip protocol format)
    QString root;                     ///< clip root (empty: each protocol's folder)
    QStringList validationProtocols;  ///< when empty, validation is split off the training protocols
    QString splitBy = QStringLiteral("text"); ///< protocol column whose groups are never split (sentence, speaker)
    double validationFraction = 0.15;

    QString architecture = QStringLiteral("spectral"); ///< spectral | aasist | aasist-l
    QString initFrom;                 ///< aasist: a published checkpoint (.pth) or safetensors to fine-tune from
    SpectralConfig network;           ///< spectral: front end and backbone (its heads are made from `heads`)
    std::vector<HeadPlan> heads;      ///< empty: one ce head on "bonafide"
    int primaryHead = 0;              ///< whose logits the model returns

    QString balanceLevel;             ///< level to balance classes over ("" = none)
    int epochs = 10;
    int batchSize = 32;
    double cropSeconds = 2.0;         ///< training crop
    double validationSeconds = 4.0;   ///< validation input (first seconds, repeat-padded); 0 = whole clip
    int epochSize = 0;                ///< samples per epoch (0 = training set size)
    AugmentSettings augment;
    bool augmentEnabled = false;
    bool regMixup = false;            ///< RegMixup: CE on clean + eta * mixup CE
    double mixupAlpha = 20.0;         ///< Beta(alpha, alpha)
    double mixupEta = 1.0;
    OptimSettings optim;
    QString selectMetric = QStringLiteral("auto"); ///< auto | loss | eer:<head> | accuracy:<head> | pooled-eer:<head>
    int patience = 0;                 ///< early stopping: epochs without improvement (0 = off)
    int threads = 0;                  ///< LibTorch threads (0 = all cores)
    int workers = 2;                  ///< data loading threads
    QString device = QStringLiteral("auto"); ///< auto | cpu | cuda
    uint64_t seed = 1;
    QString outputDir;                ///< the run folder
    int cacheMegabytes = 1024;        ///< decoded-clip cache
    int oodBankSize = 4096;           ///< training embeddings kept for kNN / NSD

    QJsonObject toJson() const;
    /// Throws st::Error(pathForMessages, "<field>: cause") for a missing, mistyped or out-of-range field; unknown
    /// fields are refused so that a typo never trains with a default silently.
    static TrainConfig fromJson(const QJsonObject &obj, const QString &pathForMessages);
    static TrainConfig fromJsonFile(const QString &path);
    /// Checks what needs no data (heads, metric names, architecture); throws st::Error naming the field.
    void validate(const QString &pathForMessages = {}) const;
};

} // namespace st::train
