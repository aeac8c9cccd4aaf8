#pragma once
// The conditions under which a model's answers were validated, and the check that withholds a likelihood ratio
// for a clip outside them.
//
// A model folder may hold `validity.json` beside its manifest (written by `sourcetrace-cli calibrate-model` from a
// calibration protocol the model never trained on). It states:
//   - the detection calibration: log LR = a * score + b (natural log; eval/LinearCalibration at prior 0.5), with the
//     protocol it was fitted on and its Cllr / minCllr there;
//   - the validated range of each clip condition: the shortest duration, the narrowest effective bandwidth (the
//     highest frequency whose mean power over the clip's active frames is within 60 dB of the strongest bin), the
//     codecs trained on,
//     and the lowest in-distribution score (mean cosine of the clip's embedding to its k nearest training
//     embeddings, from the model's ood.safetensors feature bank).
// assess() compares a clip's measured conditions with them; any condition outside makes `inside` false, with
// one reason per condition, and the caller then withholds the LR and shows the reasons (detect, trace, GUI).
#include "models/ModelManifest.h"

#include <QString>
#include <QStringList>
#include <limits>
#include <vector>

namespace st {

class AudioFile;

/// What is measured of one clip (at the model's rate, mono).
struct ClipConditions
{
    double seconds = 0;           ///< whole clip
    double activeSeconds = 0;     ///< frames within 40 dB of the loudest 10 ms frame
    double bandwidthHz = 0;       ///< highest frequency within 60 dB of the strongest (active frames' mean spectrum)
    QString codec;                ///< from the container (codecFromContainer); empty when unknown
    double oodScore = std::numeric_limits<double>::quiet_NaN(); ///< kNN cosine to the feature bank (NaN: not measured)
};

struct ValidatedConditions
{
    bool present = false;          ///< a validity.json was found and read
    QString path;                  ///< its path
    // Detection calibration (llr = a * score + b, natural log).
    bool calibrated = false;
    double a = 1, b = 0;
    QString calibrationProtocol;   ///< file name
    QString calibrationSha256;
    int calibrationTargets = 0, calibrationNontargets = 0;
    double calibrationCllr = std::numeric_limits<double>::quiet_NaN();
    double calibrationMinCllr = std::numeric_limits<double>::quiet_NaN();
    double calibrationEer = std::numeric_limits<double>::quiet_NaN();
    // Validated ranges.
    double minSeconds = 0;
    double minBandwidthHz = 0;
    QStringList codecs;            ///< trained codecs in the corpus's names ("none", "mp3", "opus", ...)
    double minOodScore = -std::numeric_limits<double>::infinity();
    int oodK = 7;
    QString oodBank;               ///< file name of the feature bank (beside the manifest), "" = none
    QString created;

    /// Reads `path`; throws st::Error "path: field: cause" for a broken file.
    static ValidatedConditions load(const QString &path);
    /// validity.json in the folder of the manifest's file; `present` false when there is none. Throws st::Error
    /// when it exists but is broken.
    static ValidatedConditions forManifest(const ModelManifest &m);
    /// Writes it (atomically); throws st::Error.
    void save(const QString &path) const;

    double llr(double score) const { return a * score + b; }
};

/// One condition outside the validated range, in structured form: what kind of condition and its figures, as the
/// English sentence prints them (C locale). The stored, reported sentence (ValidityVerdict::reasons) stays English;
/// the GUI shows describeReason(r, true), in the user's language.
struct ValidityReason
{
    /// "duration" (clip seconds, shortest validated), "bandwidth" (clip Hz, narrowest validated), "codec" (the
    /// clip's codec, the validated ones joined by ", "), "ood" (kNN cosine, lowest validated).
    QString kind;
    QStringList values;
    bool operator==(const ValidityReason &o) const { return kind == o.kind && values == o.values; }
};

struct ValidityVerdict
{
    bool inside = true;
    QStringList reasons; ///< one sentence per condition outside the validated range (English: stored and reported)
    /// The same reasons in structured form, one per sentence of `reasons` (empty where they are not known, e.g.
    /// a verdict read from an analysis stored before they were).
    QList<ValidityReason> details;
};

ValidityVerdict assess(const ValidatedConditions &v, const ClipConditions &c);

/// The sentence of `r`: English (the stored form, byte for byte what assess() puts in `reasons`) or, with
/// `translate`, in the language of the installed translator (context st::ValidityVerdict). An unknown kind or a
/// wrong number of values gives an empty string.
QString describeReason(const ValidityReason &r, bool translate);

/// The reasons to show a person: `stored` (reasons as stored, e.g. a withheld LR's) translated where they are the
/// verdict's own reasons and its details are known; otherwise `stored` unchanged (older analyses, or a reason that
/// is not a condition, such as an unreadable validity.json).
QStringList shownReasons(const QStringList &stored, const ValidityVerdict &v);
inline QStringList shownReasons(const ValidityVerdict &v) { return shownReasons(v.reasons, v); }

/// Measures duration, active duration and effective bandwidth of a mono clip at `rate`.
ClipConditions measureClip(const std::vector<float> &clip, int rate);

/// The codec a container/sample format implies, in the corpus's vocabulary: "none" for PCM/FLAC/float, "mp3",
/// "opus", "vorbis", "mulaw", "alaw", "adpcm-ima", "adpcm-ms", "g726", "gsm", or the lower-cased format when
/// unknown.
QString codecFromContainer(const QString &container, const QString &sampleFormat);

/// A feature bank of unit-length embeddings (the model's ood.safetensors `feature_bank`).
class FeatureBank
{
public:
    FeatureBank() = default;
    /// Throws st::Error naming the file when it has no 2-D float `feature_bank`.
    static FeatureBank load(const QString &path);
    bool empty() const { return m_rows == 0; }
    int dim() const { return m_dim; }
    /// Mean of the k largest cosines between `embedding` and the bank. Throws st::Error on a dimension mismatch.
    double knnCosine(const std::vector<float> &embedding, int k) const;

private:
    int m_rows = 0, m_dim = 0;
    std::vector<float> m_unit;
};

/// The model's feature bank (validity's oodBank beside the manifest), or an empty bank when there is none.
FeatureBank featureBankFor(const ModelManifest &m, const ValidatedConditions &v);

} // namespace st
