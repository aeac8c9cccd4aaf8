#include "quality/QualityVerdict.h"

#include "util/Error.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::QualityVerdict) };
} // namespace

namespace st {

namespace {

QString num(double v, int decimals) { return QString::number(v, 'f', decimals); }

/// `value` and `limit` with `decimals`, or with more (up to 4) when they would read the same ("2.0 s, below the
/// 2.0 s" for 1.96 s).
std::pair<QString, QString> distinct(double value, double limit, int decimals)
{
    for (int d = decimals;; ++d)
        if (num(value, d) != num(limit, d) || d >= std::max(decimals, 4))
            return {num(value, d), num(limit, d)};
}


} // namespace

QString qualitySeverityName(QualitySeverity s)
{
    return s == QualitySeverity::Fail ? QStringLiteral("fail") : QStringLiteral("warn");
}

QJsonObject QualityFinding::toJson() const
{
    return {{QStringLiteral("measure"), measure},
            {QStringLiteral("value"), std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("threshold"), std::isfinite(threshold) ? QJsonValue(threshold) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("severity"), qualitySeverityName(severity)},
            {QStringLiteral("message"), message}};
}

int QualityVerdict::failCount() const
{
    int n = 0;
    for (const QualityFinding &f : findings)
        n += f.severity == QualitySeverity::Fail ? 1 : 0;
    return n;
}

QJsonObject QualityVerdict::toJson() const
{
    QJsonArray list;
    for (const QualityFinding &f : findings)
        list.append(f.toJson());
    return {{QStringLiteral("passed"), passed},
            {QStringLiteral("findings"), list},
            {QStringLiteral("thresholds"), thresholds.toJson()}};
}

QualityVerdict QualityVerdict::fromJson(const QJsonObject &o, QString *error)
{
    QualityVerdict v;
    try {
        if (!o.value(QStringLiteral("passed")).isBool())
            throw Error(QStringLiteral("verdict.passed: must be true or false"));
        v.passed = o.value(QStringLiteral("passed")).toBool();
        if (o.contains(QStringLiteral("thresholds"))) {
            if (!o.value(QStringLiteral("thresholds")).isObject())
                throw Error(QStringLiteral("verdict.thresholds: must be an object"));
            QString why;
            v.thresholds = QualityThresholds::fromJson(o.value(QStringLiteral("thresholds")).toObject(), &why);
            if (!why.isEmpty())
                throw Error(QStringLiteral("verdict.thresholds.%1").arg(why));
        }
        const QJsonValue list = o.value(QStringLiteral("findings"));
        if (!list.isArray() && !list.isUndefined())
            throw Error(QStringLiteral("verdict.findings: must be an array"));
        const QJsonArray a = list.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("verdict.findings[%1].").arg(i);
            if (!a[i].isObject())
                throw Error(at.chopped(1) + QStringLiteral(": must be an object"));
            const QJsonObject f = a[i].toObject();
            QualityFinding q;
            if (!f.value(QStringLiteral("measure")).isString() || !f.value(QStringLiteral("message")).isString())
                throw Error(at + QStringLiteral("measure, message: must be strings"));
            q.measure = f.value(QStringLiteral("measure")).toString();
            q.message = f.value(QStringLiteral("message")).toString();
            const QString sev = f.value(QStringLiteral("severity")).toString();
            if (sev == QLatin1String("fail"))
                q.severity = QualitySeverity::Fail;
            else if (sev == QLatin1String("warn"))
                q.severity = QualitySeverity::Warn;
            else
                throw Error(at + QStringLiteral("severity: must be \"fail\" or \"warn\""));
            for (const char *k : {"value", "threshold"}) {
                const QJsonValue x = f.value(QLatin1String(k));
                if (!x.isDouble() && !x.isNull() && !x.isUndefined())
                    throw Error(at + QLatin1String(k) + QStringLiteral(": must be a number or null"));
            }
            q.value = f.value(QStringLiteral("value")).toDouble(0);
            q.threshold = f.value(QStringLiteral("threshold")).isDouble() ? f.value(QStringLiteral("threshold")).toDouble()
                                                                          : std::nan("");
            v.findings.push_back(q);
        }
        if (error)
            error->clear();
    } catch (const Error &e) {
        if (!error)
            throw;
        *error = e.message();
    }
    return v;
}

QualityVerdict judgeQuality(const QualityMeasures &m, const QualityThresholds &t)
{
    QualityVerdict v;
    v.thresholds = t;
    auto add = [&](const QString &measure, double value, double threshold, QualitySeverity s, const QString &message) {
        v.findings.push_back({measure, std::isfinite(value) ? value : 0.0, threshold, s, message});
        if (s == QualitySeverity::Fail)
            v.passed = false;
    };
    const auto F = QualitySeverity::Fail;
    // A selection or the whole recording: each sentence is whole in both forms (a translation may need another
    // word order or case for each).
    const bool sel = m.sampleCount > 0 && m.durationSeconds < m.fileDurationSeconds - 1e-9;

    if (m.sampleCount == 0 || m.digitalSilence) {
        // Nothing can be measured of speech, noise or band: one finding says why.
        add(QStringLiteral("digitalSilence"), m.sampleCount == 0 ? 0.0 : 1.0, std::nan(""), F,
            m.sampleCount == 0 ? (sel ? Text::tr("The selection holds no samples: there is nothing to examine")
                                      : Text::tr("The recording holds no samples: there is nothing to examine"))
                               : (sel ? Text::tr("The selection is digitally silent (every sample is 0): there is no "
                                                 "speech to examine")
                                      : Text::tr("The recording is digitally silent (every sample is 0): there is no "
                                                 "speech to examine")));
    } else {
        if (!m.speechFound) {
            add(QStringLiteral("netSpeechSeconds"), 0.0, t.minNetSpeechSeconds, F,
                (sel ? Text::tr("No speech was found in the selection (net speech 0.0 s; the case requires %1 s)")
                     : Text::tr("No speech was found in the recording (net speech 0.0 s; the case requires %1 s)"))
                    .arg(num(t.minNetSpeechSeconds, 1)));
            add(QStringLiteral("snrDb"), 0.0, t.minSnrDb, F,
                Text::tr("The signal-to-noise ratio cannot be measured: no speech was found"));
        } else {
            if (m.netSpeechSeconds < t.minNetSpeechSeconds)
                add(QStringLiteral("netSpeechSeconds"), m.netSpeechSeconds, t.minNetSpeechSeconds, F,
                    Text::tr("Net speech is %1 s, below the %2 s the case requires")
                        .arg(distinct(m.netSpeechSeconds, t.minNetSpeechSeconds, 1).first,
                             distinct(m.netSpeechSeconds, t.minNetSpeechSeconds, 1).second));
            if (m.snrMeasured && m.snrDb < t.minSnrDb)
                add(QStringLiteral("snrDb"), m.snrDb, t.minSnrDb, F,
                    (!m.snrIsLowerBound
                         ? Text::tr("The signal-to-noise ratio is %1 dB, below the %2 dB the case requires")
                         : sel ? Text::tr("The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a "
                                          "lower bound: the selection has no pause to measure the noise in)")
                               : Text::tr("The signal-to-noise ratio is %1 dB, below the %2 dB the case requires (a "
                                          "lower bound: the recording has no pause to measure the noise in)"))
                        .arg(distinct(m.snrDb, t.minSnrDb, 1).first, distinct(m.snrDb, t.minSnrDb, 1).second));
        }
        if (m.bandwidthHz < t.minBandwidthHz)
            add(QStringLiteral("bandwidthHz"), m.bandwidthHz, t.minBandwidthHz, F,
                m.bandwidthHz > 0
                    ? Text::tr("The effective bandwidth is %1 Hz, below the %2 Hz the case requires")
                          .arg(distinct(m.bandwidthHz, t.minBandwidthHz, 0).first,
                               distinct(m.bandwidthHz, t.minBandwidthHz, 0).second)
                    : (sel ? Text::tr("The effective bandwidth cannot be measured (the selection is too short or too "
                                      "quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case "
                                      "requires %1 Hz")
                           : Text::tr("The effective bandwidth cannot be measured (the recording is too short or too "
                                      "quiet: no 512-sample block within 40 dB of its loudest 10 ms); the case "
                                      "requires %1 Hz"))
                          .arg(num(t.minBandwidthHz, 0)));
    }
    if (m.clippedSampleFraction > t.maxClippedFraction) {
        const double ms = m.sampleRate > 0 ? 1000.0 * double(m.longestClipRunSamples) / m.sampleRate : 0.0;
        const auto clipped = distinct(100 * m.clippedSampleFraction, 100 * t.maxClippedFraction, 2);
        add(QStringLiteral("clippedSampleFraction"), m.clippedSampleFraction, t.maxClippedFraction, F,
            m.clippedChannel > 0
                ? Text::tr("%1 of the samples of channel %2 are clipped (%n run(s) at full scale, the longest %3 "
                           "samples = %4 ms), above the %5 the case allows",
                           nullptr, int(std::min<int64_t>(m.clippedRuns, std::numeric_limits<int>::max())))
                      .arg(clipped.first + QStringLiteral(" %"))
                      .arg(m.clippedChannel)
                      .arg(m.longestClipRunSamples)
                      .arg(num(ms, 1), clipped.second + QStringLiteral(" %"))
                : Text::tr("%1 of the samples are clipped (%n run(s) at full scale, the longest %2 samples = %3 ms), "
                           "above the %4 the case allows",
                           nullptr, int(std::min<int64_t>(m.clippedRuns, std::numeric_limits<int>::max())))
                      .arg(clipped.first + QStringLiteral(" %"))
                      .arg(m.longestClipRunSamples)
                      .arg(num(ms, 1), clipped.second + QStringLiteral(" %")));
    }
    if (std::abs(m.dcOffset) > t.maxAbsDcOffset)
        add(QStringLiteral("dcOffset"), m.dcOffset, t.maxAbsDcOffset, F,
            Text::tr("The DC offset is %1%2 of full scale, above the %3 the case allows")
                .arg(m.dcOffset > 0 ? QStringLiteral("+") : QStringLiteral("-"),
                     distinct(std::abs(m.dcOffset), t.maxAbsDcOffset, 3).first,
                     distinct(std::abs(m.dcOffset), t.maxAbsDcOffset, 3).second));

    const auto W = QualitySeverity::Warn;
    const double nan = std::nan("");
    if (!m.codecHint.isEmpty())
        add(QStringLiteral("codec"), m.bandwidthHz, nan, W, Text::tr("Codec: %1").arg(m.codecHint));
    if (!m.sampleRateHint.isEmpty())
        add(QStringLiteral("sampleRate"), m.sampleRate, nan, W, Text::tr("Sample rate: %1").arg(m.sampleRateHint));
    for (const QString &w : m.warnings)
        add(QStringLiteral("warnings"), 0, nan, W, Text::tr("The file: %1").arg(w));
    return v;
}

} // namespace st
