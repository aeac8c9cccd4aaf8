// `sourcetrace-cli quality [--json] [--start S] [--end E] [--thresholds FILE] FILE...`: the quality gate of evidence
// files (core/quality): duration, rate, codec, levels, DC offset, clipping, net speech, SNR and effective bandwidth of
// each file (or of the same selection of each), and the verdict against the thresholds (the defaults, or a JSON
// file). A file that cannot be read is reported as "sourcetrace-cli: <path>: <cause>" on stderr and the others go on.
// Exit code: 0 every file passes, 1 some file fails the gate or cannot be read, 2 usage error (a broken thresholds
// file included).
#include "cli/CliCommand.h"

#include "quality/Quality.h"
#include "util/Error.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace st::cli {

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("QualityCommand",
    "usage: sourcetrace-cli quality [--json] [--start S] [--end E] [--thresholds FILE] FILE...\n"
    "Measures the quality of each evidence file (decoded read-only, mixed down to mono at its own rate): duration,\n"
    "sample rate, channels, container and codec, peak and RMS level, DC offset, clipped samples (runs of 3 or more\n"
    "at full scale, the worst channel), net speech (energy VAD), speech-to-noise ratio and effective bandwidth, with\n"
    "hints on the codec and the sample rate; then judges them against the thresholds and prints the findings.\n"
    "Definitions: docs/quality.md.\n"
    "  --start S          measure from S (seconds, or h:mm:ss.mmm) of each file\n"
    "  --end E            measure up to E (default: the end of the file)\n"
    "  --thresholds FILE  a JSON object with any of minSnrDb (default 15), minNetSpeechSeconds (2),\n"
    "                     maxClippedFraction (0.001), maxAbsDcOffset (0.02), minBandwidthHz (3400)\n"
    "  --json             one JSON array on stdout: {\"path\", \"measures\", \"verdict\"} per file, or {\"path\",\n"
    "                     \"error\"} for a file that could not be read\n"
    "Exit code: 0 all files pass, 1 some file fails or cannot be read (each reported), 2 usage error.");

int usage(const QString &why)
{
    err(QStringLiteral("sourcetrace-cli quality: %1").arg(why));
    err(QCoreApplication::translate("QualityCommand", kUsage));
    return 2;
}

QString db(double v) { return v <= -200 ? QStringLiteral("-inf") : QString::number(v, 'f', 1); }

QString textReport(const QualityMeasures &m, const QualityVerdict &v)
{
    QStringList lines;
    auto add = [&](const char *key, const QString &value) {
        lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(key) + QLatin1Char(':'), -15).arg(value);
    };
    add("path", Error::escaped(m.path));
    add("format", QStringLiteral("%1, %2, %3 Hz, %4 channel(s)")
                      .arg(m.container, m.sampleFormat)
                      .arg(m.sampleRate)
                      .arg(m.channels));
    if (m.durationSeconds < m.fileDurationSeconds - 1e-9)
        add("selection", QStringLiteral("%1 - %2 (%3 s of %4 s)")
                             .arg(formatHms(m.startSeconds), formatHms(m.endSeconds))
                             .arg(m.durationSeconds, 0, 'f', 3)
                             .arg(m.fileDurationSeconds, 0, 'f', 3));
    add("duration", QStringLiteral("%1 s").arg(m.durationSeconds, 0, 'f', 3));
    add("net speech", m.speechFound ? QStringLiteral("%1 s in %2 segment(s)")
                                          .arg(m.netSpeechSeconds, 0, 'f', 2)
                                          .arg(m.speechSegments.size())
                                    : QStringLiteral("none found"));
    add("snr", m.snrMeasured ? QStringLiteral("%1%2 dB (speech %3 dBFS, noise %4 dBFS over %5 s)")
                                   .arg(m.snrIsLowerBound ? QStringLiteral(">= ") : QString(), db(m.snrDb),
                                        db(m.speechLevelDbfs), db(m.noiseLevelDbfs))
                                   .arg(m.noiseSeconds, 0, 'f', 2)
                             : QStringLiteral("not measured (no speech)"));
    add("bandwidth", QStringLiteral("%1 Hz").arg(m.bandwidthHz, 0, 'f', 0));
    add("clipping", QStringLiteral("%1 % of samples%2 (%3 run(s), longest %4 samples)")
                        .arg(m.clippedSampleFraction * 100, 0, 'f', 4)
                        .arg(m.clippedChannel > 0 ? QStringLiteral(", channel %1").arg(m.clippedChannel) : QString())
                        .arg(m.clippedRuns)
                        .arg(m.longestClipRunSamples));
    QString dc = QString::number(m.dcOffset, 'f', 4);
    if (dc == QLatin1String("-0.0000"))
        dc = QStringLiteral("0.0000");
    add("dc offset", dc.startsWith(QLatin1Char('-')) ? dc : QLatin1Char('+') + dc);
    add("peak", QStringLiteral("%1 dBFS").arg(db(m.peakDbfs)));
    add("rms", QStringLiteral("%1 dBFS").arg(db(m.rmsDbfs)));
    if (!m.codecHint.isEmpty())
        add("codec hint", m.codecHint);
    if (!m.sampleRateHint.isEmpty())
        add("rate hint", m.sampleRateHint);
    add("verdict", v.passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED (%1 finding(s))").arg(v.failCount()));
    for (const QualityFinding &f : v.findings)
        lines << QStringLiteral("  %1  %2").arg(qualitySeverityName(f.severity), f.message);
    return lines.join(QLatin1Char('\n'));
}

int runQuality(const QStringList &args)
{
    bool json = false, optionsDone = false;
    double start = 0, end = -1;
    QString thresholdsPath;
    QStringList files;
    for (int k = 0; k < args.size(); ++k) {
        const QString &a = args[k];
        if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
        } else if (!optionsDone && (a == QLatin1String("--start") || a == QLatin1String("--end"))) {
            double s = 0;
            if (k + 1 >= args.size() || !parseHms(args[k + 1], s) || !std::isfinite(s) || s < 0)
                return usage(QCoreApplication::translate("QualityCommand", "%1 needs a time in seconds (or h:mm:ss.mmm) from 0").arg(a));
            (a == QLatin1String("--start") ? start : end) = s;
            ++k;
        } else if (!optionsDone && a == QLatin1String("--thresholds")) {
            if (k + 1 >= args.size())
                return usage(QCoreApplication::translate("QualityCommand", "--thresholds needs a JSON file"));
            thresholdsPath = args[++k];
        } else if (!optionsDone && a == QLatin1String("--json")) {
            json = true;
        } else if (!optionsDone && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            out(QCoreApplication::translate("QualityCommand", kUsage));
            return 0;
        } else if (!optionsDone && a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return usage(QCoreApplication::translate("QualityCommand", "unknown option '%1'").arg(a));
        } else {
            files << a;
        }
    }
    if (files.isEmpty())
        return usage(QCoreApplication::translate("QualityCommand", "no input files"));
    if (end >= 0 && end <= start)
        return usage(QCoreApplication::translate("QualityCommand", "--end (%1 s) must be after --start (%2 s)").arg(end).arg(start));
    QualityThresholds thresholds;
    if (!thresholdsPath.isEmpty()) {
        try {
            thresholds = QualityThresholds::load(thresholdsPath);
        } catch (const Error &e) {
            return usage(e.message());
        }
    }

    int failed = 0;
    QJsonArray array;
    QStringList texts;
    for (const QString &file : files) {
        try {
            const QualityMeasures m = measureQualityFile(file, start, end);
            const QualityVerdict v = judgeQuality(m, thresholds);
            failed += v.passed ? 0 : 1;
            if (json)
                array.append(QJsonObject{{QStringLiteral("path"), m.path},
                                         {QStringLiteral("measures"), m.toJson()},
                                         {QStringLiteral("verdict"), v.toJson()}});
            else
                texts << textReport(m, v);
        } catch (const Error &e) {
            ++failed;
            err(QStringLiteral("sourcetrace-cli: %1").arg(e.message()));
            if (json)
                array.append(QJsonObject{{QStringLiteral("path"), e.path().isEmpty() ? file : e.path()},
                                         {QStringLiteral("error"), e.message()}});
        }
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    else if (!texts.isEmpty())
        out(texts.join(QStringLiteral("\n\n")));
    return failed ? 1 : 0;
}

const CliRegistrar registrar(QStringLiteral("quality"),
                             QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "quality gate of evidence files: SNR, net speech, clipping, DC, bandwidth, "
                                            "codec hints, verdict")),
                             runQuality);

} // namespace

} // namespace st::cli
