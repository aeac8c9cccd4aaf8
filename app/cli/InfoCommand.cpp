// `sourcetrace-cli info [--json] [--quiet] [--channel N] FILE...`: what an evidence file is (container, format, rate,
// channels, duration, size), its SHA-256 and its levels. Each file is one job on the job layer (hash,
// then one decoding pass for peak/RMS/clipping), with a progress bar on stderr. A file that cannot be
// read is reported as "sourcetrace-cli: <path>: <cause>" on stderr and the others go on; the exit code
// is 1 when any failed, 2 on a usage error.
#include "cli/CliCommand.h"

#include "audio/AudioFile.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <cmath>

namespace st::cli {

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("InfoCommand",
    "usage: sourcetrace-cli info [--json] [--quiet] [--channel N] FILE...\n"
    "Prints, for each evidence file: path, container, sample format, sample rate, channels, duration\n"
    "(h:mm:ss.mmm), frames, file size, SHA-256 of the file's bytes, peak and RMS level (dBFS, over all\n"
    "channels) and the number of clipped samples; for a file with several channels, also the levels of\n"
    "each channel. Files are opened read-only.\n"
    "  --json       one JSON array on stdout (failed files appear as {\"path\", \"error\"})\n"
    "  --quiet      no progress bar on stderr\n"
    "  --channel N  peak, RMS and clipped count of channel N (1-based) alone instead of all channels;\n"
    "               a file without channel N fails with a message\n"
    "Exit code: 0 all files read, 1 some failed (each reported on stderr), 2 usage error.");

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
    int channel = 0;    ///< 1-based channel whose levels are the headline ones; 0 = all channels
};

/// The work of one file: header, hash (first half of the progress), levels (second half).
QVariant inspect(FileReport &r, JobContext &ctx)
{
    try {
        AudioFile file(r.argument);
        r.info = file.info();
        if (r.channel > r.info.channels)
            throw Error(r.info.path, QCoreApplication::translate("InfoCommand", "no channel %1 (the file has %2 channel(s))")
                                         .arg(r.channel)
                                         .arg(r.info.channels));
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
    const AudioStats head = r.channel > 0 ? r.stats.ofChannel(r.channel - 1) : r.stats;
    if (r.channel > 0)
        add("levels of", QStringLiteral("channel %1").arg(r.channel));
    add("peak", formatDb(head.peakDbfs()));
    add("rms", formatDb(head.rmsDbfs()));
    add("clipped", QStringLiteral("%1 samples").arg(head.clippedSamples));
    if (r.stats.channels.size() > 1 && r.channel == 0) {
        for (size_t c = 0; c < r.stats.channels.size(); ++c) {
            const AudioStats s = r.stats.ofChannel(int(c));
            add(QStringLiteral("channel %1").arg(c + 1).toLatin1().constData(),
                QStringLiteral("peak %1, rms %2, clipped %3")
                    .arg(formatDb(s.peakDbfs()), formatDb(s.rmsDbfs()))
                    .arg(s.clippedSamples));
        }
    }
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
    const AudioStats head = r.channel > 0 ? r.stats.ofChannel(r.channel - 1) : r.stats;
    if (r.channel > 0)
        o.insert(QStringLiteral("levelsOfChannel"), r.channel);
    o.insert(QStringLiteral("peakDbfs"), jsonDb(head.peakDbfs()));
    o.insert(QStringLiteral("rmsDbfs"), jsonDb(head.rmsDbfs()));
    o.insert(QStringLiteral("peak"), head.peak);
    o.insert(QStringLiteral("rms"), head.rms);
    o.insert(QStringLiteral("clippedSamples"), qint64(head.clippedSamples));
    QJsonArray perChannel;
    for (size_t c = 0; c < r.stats.channels.size(); ++c) {
        const AudioStats s = r.stats.ofChannel(int(c));
        QJsonObject co;
        co.insert(QStringLiteral("channel"), int(c + 1));
        co.insert(QStringLiteral("peakDbfs"), jsonDb(s.peakDbfs()));
        co.insert(QStringLiteral("rmsDbfs"), jsonDb(s.rmsDbfs()));
        co.insert(QStringLiteral("peak"), s.peak);
        co.insert(QStringLiteral("rms"), s.rms);
        co.insert(QStringLiteral("clippedSamples"), qint64(s.clippedSamples));
        perChannel.append(co);
    }
    o.insert(QStringLiteral("channelLevels"), perChannel);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(i.warnings));
    return o;
}

int runInfo(const QStringList &args)
{
    bool json = false, quiet = false, optionsDone = false;
    int channel = 0;
    QStringList files;
    for (int k = 0; k < args.size(); ++k) {
        const QString &a = args[k];
        if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
        } else if (!optionsDone && a == QLatin1String("--channel")) {
            bool ok = false;
            channel = k + 1 < args.size() ? args[k + 1].toInt(&ok) : 0;
            if (!ok || channel < 1) {
                err(QStringLiteral("sourcetrace-cli info: ") + QCoreApplication::translate("InfoCommand", "--channel needs a channel number from 1"));
                err(QCoreApplication::translate("InfoCommand", kUsage));
                return 2;
            }
            ++k;
        } else if (!optionsDone && a == QLatin1String("--json")) {
            json = true;
        } else if (!optionsDone && (a == QLatin1String("--quiet") || a == QLatin1String("-q"))) {
            quiet = true;
        } else if (!optionsDone && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            out(QCoreApplication::translate("InfoCommand", kUsage));
            return 0;
        } else if (!optionsDone && a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            err(QStringLiteral("sourcetrace-cli info: ") + QCoreApplication::translate("InfoCommand", "unknown option '%1'").arg(a));
            err(QCoreApplication::translate("InfoCommand", kUsage));
            return 2;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        err(QStringLiteral("sourcetrace-cli info: ") + QCoreApplication::translate("InfoCommand", "no input files"));
        err(QCoreApplication::translate("InfoCommand", kUsage));
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
            reports[size_t(k)].channel = channel;
            FileReport *r = &reports[size_t(k)];
            manager.run(QCoreApplication::translate("InfoCommand", "info %1").arg(files[k]),
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
                             QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "container, format, duration, SHA-256 and levels of evidence files")),
                             runInfo);

} // namespace

} // namespace st::cli
