// `sourcetrace-cli info [--json] [--quiet] FILE...`: what an evidence file is (container, format, rate,
// channels, duration, size), its SHA-256 and its levels. Each file is one job on the job layer (hash,
// then one decoding pass for peak/RMS/clipping), with a progress bar on stderr. A file that cannot be
// read is reported as "sourcetrace-cli: <path>: <cause>" on stderr and the others go on; the exit code
// is 1 when any failed, 2 on a usage error.
#include "cli/CliCommand.h"

#include "audio/AudioFile.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <cmath>

namespace st::cli {

namespace {

const char *kUsage =
    "usage: sourcetrace-cli info [--json] [--quiet] FILE...\n"
    "Prints, for each evidence file: path, container, sample format, sample rate, channels, duration\n"
    "(h:mm:ss.mmm), frames, file size, SHA-256 of the file's bytes, peak and RMS level (dBFS, over all\n"
    "channels) and the number of clipped samples. Files are opened read-only.\n"
    "  --json    one JSON array on stdout (failed files appear as {\"path\", \"error\"})\n"
    "  --quiet   no progress bar on stderr\n"
    "Exit code: 0 all files read, 1 some failed (each reported on stderr), 2 usage error.";

/// h:mm:ss.mmm, rounded to the millisecond.
QString formatDuration(int64_t frames, int rate)
{
    if (rate <= 0)
        return QStringLiteral("?");
    const long long ms = std::llround(double(frames) * 1000.0 / double(rate));
    const long long h = ms / 3600000, m = (ms / 60000) % 60, s = (ms / 1000) % 60, r = ms % 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h)
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(r, 3, 10, QLatin1Char('0'));
}

QString formatDb(double db)
{
    if (!std::isfinite(db))
        return QStringLiteral("-inf dBFS");
    return QStringLiteral("%1 dBFS").arg(db, 0, 'f', 2);
}

QJsonValue jsonDb(double db)
{
    return std::isfinite(db) ? QJsonValue(std::round(db * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

/// Everything `info` reports about one file (filled on a worker thread).
struct FileReport
{
    QString argument;   ///< as given on the command line
    QString error;      ///< "<path>: <cause>" when it failed
    QString errorPath;  ///< the absolute path the error names
    AudioInfo info;
    AudioStats stats;
    QString sha256;
};

/// The work of one file: header, hash (first half of the progress), levels (second half).
QVariant inspect(FileReport &r, JobContext &ctx)
{
    try {
        AudioFile file(r.argument);
        r.info = file.info();
        ctx.setProgress(0.0, QStringLiteral("hashing"));
        r.sha256 = sha256OfFile(r.info.path, [&](double f) {
            ctx.setProgress(0.5 * f, QStringLiteral("hashing"));
            return !ctx.isCancelled();
        });
        ctx.checkCancelled();
        r.stats = file.computeStats([&](double f) {
            ctx.setProgress(0.5 + 0.5 * f, QStringLiteral("levels"));
            return !ctx.isCancelled();
        });
        ctx.checkCancelled();
    } catch (const Error &e) {
        // Reported by the command in argument order, not as a failed job (which ConsoleProgress would
        // print as well, out of order).
        r.error = e.message();
        r.errorPath = e.path();
    }
    return {};
}

QString textReport(const FileReport &r)
{
    const AudioInfo &i = r.info;
    QStringList lines;
    auto add = [&](const char *key, const QString &value) {
        lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(key) + QLatin1Char(':'), -15).arg(value);
    };
    add("path", i.path);
    add("container", i.container);
    add("sample format", i.sampleFormat);
    add("sample rate", QStringLiteral("%1 Hz").arg(i.sampleRate));
    add("channels", QString::number(i.channels));
    add("duration", formatDuration(i.frames, i.sampleRate));
    add("frames", QString::number(i.frames));
    add("file size", QStringLiteral("%1 bytes").arg(i.fileSize));
    add("sha256", r.sha256);
    add("peak", formatDb(r.stats.peakDbfs()));
    add("rms", formatDb(r.stats.rmsDbfs()));
    add("clipped", QStringLiteral("%1 samples").arg(r.stats.clippedSamples));
    for (const QString &w : i.warnings)
        add("warning", w);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject jsonReport(const FileReport &r)
{
    QJsonObject o;
    if (!r.error.isEmpty()) {
        o.insert(QStringLiteral("path"), r.errorPath.isEmpty() ? r.argument : r.errorPath);
        o.insert(QStringLiteral("error"), r.error);
        return o;
    }
    const AudioInfo &i = r.info;
    o.insert(QStringLiteral("path"), i.path);
    o.insert(QStringLiteral("container"), i.container);
    o.insert(QStringLiteral("sampleFormat"), i.sampleFormat);
    o.insert(QStringLiteral("sampleRate"), i.sampleRate);
    o.insert(QStringLiteral("channels"), i.channels);
    o.insert(QStringLiteral("duration"), formatDuration(i.frames, i.sampleRate));
    o.insert(QStringLiteral("durationSeconds"), i.durationSeconds());
    o.insert(QStringLiteral("frames"), qint64(i.frames));
    o.insert(QStringLiteral("fileSize"), i.fileSize);
    o.insert(QStringLiteral("sha256"), r.sha256);
    o.insert(QStringLiteral("peakDbfs"), jsonDb(r.stats.peakDbfs()));
    o.insert(QStringLiteral("rmsDbfs"), jsonDb(r.stats.rmsDbfs()));
    o.insert(QStringLiteral("peak"), r.stats.peak);
    o.insert(QStringLiteral("rms"), r.stats.rms);
    o.insert(QStringLiteral("clippedSamples"), qint64(r.stats.clippedSamples));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(i.warnings));
    return o;
}

int runInfo(const QStringList &args)
{
    bool json = false, quiet = false, optionsDone = false;
    QStringList files;
    for (const QString &a : args) {
        if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
        } else if (!optionsDone && a == QLatin1String("--json")) {
            json = true;
        } else if (!optionsDone && (a == QLatin1String("--quiet") || a == QLatin1String("-q"))) {
            quiet = true;
        } else if (!optionsDone && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            out(QString::fromLatin1(kUsage));
            return 0;
        } else if (!optionsDone && a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err(QStringLiteral("sourcetrace-cli info: unknown option '%1'").arg(a));
            err(QString::fromLatin1(kUsage));
            return 2;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        err(QStringLiteral("sourcetrace-cli info: no input files"));
        err(QString::fromLatin1(kUsage));
        return 2;
    }

    // Reports live in a vector sized up front: each job writes only its own element.
    std::vector<FileReport> reports(size_t(files.size()));
    {
        JobManager manager;
        ConsoleProgress progress(&manager);
        progress.setEnabled(!quiet);
        for (int k = 0; k < files.size(); ++k) {
            reports[size_t(k)].argument = files[k];
            FileReport *r = &reports[size_t(k)];
            manager.run(QStringLiteral("info %1").arg(files[k]),
                        [r](JobContext &ctx) { return inspect(*r, ctx); });
        }
        manager.waitForAll();
    }

    int failed = 0;
    QJsonArray array;
    QStringList texts;
    for (const FileReport &r : reports) {
        if (!r.error.isEmpty()) {
            ++failed;
            err(QStringLiteral("sourcetrace-cli: %1").arg(r.error));
        } else if (!json) {
            texts << textReport(r);
        }
        if (json)
            array.append(jsonReport(r));
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    else if (!texts.isEmpty())
        out(texts.join(QStringLiteral("\n\n")));
    return failed ? 1 : 0;
}

const CliRegistrar registrar(QStringLiteral("info"),
                             QStringLiteral("container, format, duration, SHA-256 and levels of evidence files"),
                             runInfo);

} // namespace

} // namespace st::cli
