#pragma once
// The one place that judges a clip against a model's validated conditions (validity.json beside its
// manifest, core/library/ValidatedConditions.h): detection and tracing, in the GUI, the CLI and the
// report, all withhold a likelihood ratio for the same reasons.
#include "library/ValidatedConditions.h"
#include "models/ModelManifest.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace st {


/// What a judgement found.
struct ConditionsJudgement
{
    bool checked = false;       ///< the model has a validity.json (read or not)
    ClipConditions conditions;  ///< measured (when checked and readable)
    ValidityVerdict verdict;    ///< inside = true when not checked
    /// Why the conditions could not be checked (a broken validity.json or feature bank): the verdict is then
    /// outside with this as its reason.
    QString error;

    QJsonObject toJson() const;
    /// Strict: throws st::Error naming the missing or mistyped member (a missing "inside" never reads as inside).
    static ConditionsJudgement fromJson(const QJsonObject &o);
};

class ConditionsJudge
{
public:
    ConditionsJudge() = default;
    /// Reads the model's validity.json and feature bank; never throws: a broken file is kept as error().
    static ConditionsJudge forManifest(const ModelManifest &m);

    /// A validity.json was found (read or not).
    bool present() const { return m_validity.present || !m_error.isEmpty(); }
    /// It states a detection calibration.
    bool calibrated() const { return m_validity.present && m_validity.calibrated; }
    const ValidatedConditions &validity() const { return m_validity; }
    const QString &error() const { return m_error; }
    bool hasBank() const { return !m_bank.empty(); }

    /// Measures `clip` (mono at the model's rate), the container's codec and the kNN cosine of `embedding`
    /// to the feature bank (when there is one and the embedding is not empty), and judges them.
    ConditionsJudgement judge(const std::vector<float> &clip, int sampleRate, const QString &container,
                              const QString &sampleFormat, const std::vector<float> &embedding) const;

private:
    ValidatedConditions m_validity;
    FeatureBank m_bank;
    QString m_error;
};

/// A detection score's calibrated likelihood ratio (bona fide vs spoofed), given or withheld.
struct DetectionLr
{
    bool due = false;       ///< the model states a calibration (or a broken one): an LR line is due
    bool given = false;
    double llr = 0;         ///< natural log, when given
    QString verbal;         ///< the verbal scale's words, when given
    QStringList withheldReasons;
    /// The calibration set: protocol name and SHA-256, trials, Cllr.
    QString calibration;

    double log10Lr() const;
    QJsonObject toJson() const;
    /// Strict: throws st::Error naming the missing or mistyped member.
    static DetectionLr fromJson(const QJsonObject &o);
};

/// The LR of `score` under the judge's calibration and the judgement (withheld outside the validated
/// conditions, for a non-finite score or when the conditions could not be checked).
DetectionLr detectionLr(const ConditionsJudge &judge, const ConditionsJudgement &j, double score);

} // namespace st
