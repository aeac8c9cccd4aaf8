#pragma once
// The quality gate's judgement of one evidence item: its measures (QualityMeasures.h) against the case's
// thresholds (QualityThresholds.h), as findings an examiner reads ("Net speech is 1.2 s, below the 2.0 s the case
// requires"). A failed finding fails the gate; a warning (a lossy codec, an upsampled recording, a truncated file)
// is shown but does not. The analysis result stores toJson() beside the measures.
#include "quality/QualityMeasures.h"
#include "quality/QualityThresholds.h"

#include <QJsonObject>
#include <QString>
#include <limits>
#include <vector>

namespace st {

enum class QualitySeverity { Fail, Warn };

/// "fail" / "warn".
QString qualitySeverityName(QualitySeverity s);

struct QualityFinding
{
    /// The measure concerned: a QualityMeasures JSON key ("snrDb", "netSpeechSeconds", "clippedSampleFraction",
    /// "dcOffset", "bandwidthHz", "digitalSilence") or, for warnings, "codec", "sampleRate", "warnings".
    QString measure;
    double value = 0;                                           ///< the measured value (finite)
    double threshold = std::numeric_limits<double>::quiet_NaN(); ///< the limit it broke; NaN for warnings
    QualitySeverity severity = QualitySeverity::Fail;
    QString message;                                            ///< one sentence for the examiner

    QJsonObject toJson() const;
};

struct QualityVerdict
{
    bool passed = true;                  ///< no finding of severity Fail
    std::vector<QualityFinding> findings; ///< fails first, in the order of the thresholds, then warnings
    QualityThresholds thresholds;        ///< what it was judged against

    int failCount() const;
    /// {"passed", "findings": [{measure, value, threshold (null for warnings), severity, message}], "thresholds"}.
    QJsonObject toJson() const;
    /// Reads toJson()'s object back; on a broken object sets *error ("verdict.findings[1].severity: ...") or, with
    /// a null `error`, throws st::Error.
    static QualityVerdict fromJson(const QJsonObject &o, QString *error = nullptr);
};

/// Judges `m` against `t`. An empty or digitally silent recording gives one clear failed finding instead of a
/// cascade of unmeasurable ones; no speech gives "no speech was found" findings for net speech and SNR.
QualityVerdict judgeQuality(const QualityMeasures &m, const QualityThresholds &t);

} // namespace st
