#pragma once
// The limits a case sets on the quality of its evidence (the quality gate). The case file stores them as JSON text
// (toJson / fromJson); the CLI reads them from a JSON file (`quality --thresholds FILE`). Defaults and their
// relation to the default model's validated conditions: docs/quality.md.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace st {

struct QualityThresholds
{
    double minSnrDb = 15;               ///< speech-to-noise ratio at least this (dB)
    double minNetSpeechSeconds = 2.0;   ///< at least this much speech (VAD) in the recording or selection
    double maxClippedFraction = 0.001;  ///< at most this fraction of the samples in clipped runs (0.1 %)
    double maxAbsDcOffset = 0.02;       ///< |DC offset| at most this (full-scale units)
    double minBandwidthHz = 3400;       ///< effective bandwidth at least this (Hz)

    bool operator==(const QualityThresholds &o) const;
    bool operator!=(const QualityThresholds &o) const { return !(*this == o); }

    /// The JSON keys, in the order toJson writes them (the names of the fields above).
    static QStringList keys();

    /// All five keys, as numbers.
    QJsonObject toJson() const;
    /// Strict: an unknown key, a value that is not a number or a number out of its range is an error naming the key
    /// ("minSnrDb: must be a number", "maxClippedFraction: must be in [0, 1] (it is 2)"). A key left out keeps its
    /// default. On an error, *error is set and the defaults are returned; with a null `error`, st::Error is thrown.
    /// Ranges: minSnrDb [-20, 100], minNetSpeechSeconds [0, 86400], maxClippedFraction [0, 1],
    /// maxAbsDcOffset [0, 1], minBandwidthHz [0, 384000].
    static QualityThresholds fromJson(const QJsonObject &o, QString *error = nullptr);
    /// The same from JSON text (the case file's column); text that is not a JSON object is an error.
    static QualityThresholds fromJsonText(const QByteArray &text, QString *error = nullptr);
    /// Reads a thresholds file (at most 1 MB); throws st::Error naming the file (and the key).
    static QualityThresholds load(const QString &path);
};

} // namespace st
