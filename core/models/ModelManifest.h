#pragma once
// A model is described by a JSON manifest next to its weights (native AASIST and TorchScript alike):
// what it is, what it expects, what its outputs mean, and the SHA-256 of its weights so that a
// result can be tied to exactly the weights that produced it.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace st {

enum class InputPolicy
{
    WholeClip,      ///< the whole clip as one input
    FixedLength,    ///< cut to `inputLength` samples, or repeat-padded (tiled) when shorter
    SlidingWindows  ///< windows of `inputLength` every `hop` samples; outputs averaged
};

/// How a FixedLength input shorter than `inputLength` is filled (longer ones are always cut to their
/// first `inputLength` samples).
enum class Padding
{
    Repeat, ///< tile the clip int(N / len) + 1 times and keep N samples (the AASIST reference)
    Zeros   ///< append zeros
};

struct ModelManifest
{
    QString name;              ///< unique id, e.g. "aasist", "aasist-l", "aasist-stopa"
    QString version;
    QString kind;              ///< "native-aasist", "native-spectral" (SourceTrace's own network) or "torchscript"
    QString architecture;      ///< free text note
    QString weightsFile;       ///< relative to the manifest's folder (or absolute)
    QString weightsSha256;     ///< lower-case hex; empty = not pinned (refused by the registry)
    QString configFile;        ///< native AASIST: the JSON model config (relative or absolute); optional
    int sampleRate = 16000;
    InputPolicy inputPolicy = InputPolicy::FixedLength;
    int inputLength = 64600;   ///< samples, for FixedLength / SlidingWindows
    int hop = 32000;           ///< samples, for SlidingWindows and score timelines
    Padding padding = Padding::Repeat; ///< JSON "padding": "repeat" (default) or "zeros"
    QString embeddingOutput;   ///< TorchScript: which output is the embedding (index "0" or name)
    QString logitsOutput;      ///< TorchScript: which output is the logits
    int embeddingDim = 0;
    QStringList classNames;    ///< one per logit
    int bonafideClass = 1;     ///< index of the bona fide logit (detectors); -1 = not a detector
    bool higherIsBonafide = true; ///< score polarity
    QString licence;
    QString provenance;

    int formatVersion = 1;     ///< JSON "formatVersion" (optional); readers refuse newer versions

    QString manifestPath;      ///< where it was read from (set by the reader)
    /// Absolute path of weightsFile / configFile resolved against the manifest's folder.
    QString resolvedWeightsPath() const;
    QString resolvedConfigPath() const;

    /// Parses a manifest; throws st::Error naming the file and the field that is missing or wrong.
    static ModelManifest fromJsonFile(const QString &path);
    static ModelManifest fromJson(const QJsonObject &obj, const QString &pathForMessages);
    QJsonObject toJson() const;

    /// True for a detector (bonafideClass names one of the logits).
    bool isDetector() const { return bonafideClass >= 0 && bonafideClass < classNames.size(); }
    /// The score convention in words, e.g. "logit 1 = bona fide; higher = more bona fide".
    QString scoreConvention() const;
};

/// "whole-clip", "fixed-length", "sliding-windows" (the JSON spelling).
QString inputPolicyName(InputPolicy p);
/// Inverse of inputPolicyName(); false when `name` is none of them.
bool inputPolicyFromName(const QString &name, InputPolicy &p);
/// The newest manifest format this build reads.
constexpr int kManifestFormatVersion = 1;

} // namespace st
