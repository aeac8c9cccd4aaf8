#include "cli/ModelCliSupport.h"

#include "cli/CliCommand.h"
#include "eval/Protocol.h"

#include "audio/AudioFile.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <csignal>

namespace st::cli {

namespace {

// Ctrl-C during a batch cancels the job (what is done is kept, so the run can resume); a second
// Ctrl-C ends the process at once.
std::atomic<Job *> g_runningJob{nullptr};

extern "C" void onInterrupt(int)
{
    std::signal(SIGINT, SIG_DFL);
    if (Job *j = g_runningJob.load())
        j->cancel();
}

} // namespace

void addModelOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ModelCliSupport", "Model: a registry name (see `sourcetrace-cli models`) or a manifest .json."),
                 QStringLiteral("M")});
    p.addOption({QStringLiteral("protocol"), QCoreApplication::translate("ModelCliSupport", "TSV with a header line holding a column `file`: the clips to process."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("root"), QCoreApplication::translate("ModelCliSupport", "Folder the protocol's file column is relative to (default: the protocol's folder)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("ModelCliSupport", "CPU threads for the model (default: LibTorch's setting)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("cpu"), QCoreApplication::translate("ModelCliSupport", "Run on the CPU even when a CUDA GPU is usable.")});
    p.addOption({QStringLiteral("policy"), QCoreApplication::translate("ModelCliSupport", "Input policy instead of the manifest's: whole-clip, fixed-length or sliding-windows."),
                 QStringLiteral("POLICY")});
    p.addOption({QStringLiteral("length"), QCoreApplication::translate("ModelCliSupport", "Input length in samples for fixed-length / sliding-windows (default: the manifest's)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("hop"), QCoreApplication::translate("ModelCliSupport", "Hop in samples between windows (sliding-windows policy, --timeline; default: the manifest's / 32000)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("batch"), QCoreApplication::translate("ModelCliSupport", "Inputs of equal length per forward pass (default 1)."), QStringLiteral("N"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("no-progress"), QCoreApplication::translate("ModelCliSupport", "No progress bar on stderr.")});
    p.addOption({QStringLiteral("channel"), QCoreApplication::translate("ModelCliSupport", "Channel to analyse, 1-based (default: mix-down of all channels)."),
                 QStringLiteral("N")});
}

bool channelFromOptions(const QCommandLineParser &p, int &channel)
{
    channel = MixDown;
    if (!p.isSet(QStringLiteral("channel")))
        return true;
    bool ok = false;
    const int n = p.value(QStringLiteral("channel")).toInt(&ok);
    if (!ok || n < 1) {
        err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("ModelCliSupport", "--channel takes a channel number from 1 (got '%1')")
                .arg(p.value(QStringLiteral("channel"))));
        return false;
    }
    channel = n - 1;
    return true;
}

bool parseArgs(QCommandLineParser &p, const QString &command, const QStringList &args)
{
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("sourcetrace-cli ") + command} + args)) {
        err(QStringLiteral("sourcetrace-cli %1: %2").arg(command, p.errorText()));
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(helpText(p, command));
        return false;
    }
    return true;
}

std::vector<ClipInput> clipInputs(const QCommandLineParser &p)
{
    std::vector<ClipInput> inputs;
    for (const QString &f : p.positionalArguments())
        inputs.push_back({f, f});
    if (!p.isSet(QStringLiteral("protocol")))
        return inputs;
    const QString proto = p.value(QStringLiteral("protocol"));
    const QString root = p.isSet(QStringLiteral("root")) ? p.value(QStringLiteral("root")) : protocolFolder(proto);
    // A labelled clip protocol (the project's TSV, ASVspoof LA, MLAAD CSV) goes through core/eval's reader, so a
    // broken line is reported as file:line: cause exactly as `evaluate` reports it; anything else must be a
    // `file`-column TSV (core/eval's readFileListTsv: the same rules). Paths: core/eval's resolveClipPath, as
    // `library enrol` and `trace` resolve them.
    const ProtocolFormat format = detectProtocolFormat(proto);
    if (format == ProtocolFormat::StopaTrials)
        throw Error(proto, QCoreApplication::translate("ModelCliSupport", "this is a STOPA trial list, not a list of clips: give a clip protocol "
                                          "(the project's TSV, an ASVspoof LA protocol or an MLAAD CSV)"));
    const std::vector<LabelledClip> clips = format != ProtocolFormat::Unknown ? readClipProtocol(proto)
                                                                              : readFileListTsv(proto);
    for (const LabelledClip &c : clips)
        inputs.push_back({c.file, resolveClipPath(root, c.file)});
    return inputs;
}

ModelManifest resolveModel(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("model"))) {
        // The project's own default model (models/sourcetrace-default), when the registry finds it.
        const ModelRegistry registry;
        if (registry.find(defaultModelName()))
            return registry.resolve(defaultModelName());
        throw Error(QCoreApplication::translate("ModelCliSupport", "--model is required (the default model %1 was not found in %2): a registry name "
                                   "(see `sourcetrace-cli models`) or a manifest .json")
                        .arg(defaultModelName(), registry.folders().join(QStringLiteral(", "))));
    }
    return ModelRegistry().resolve(p.value(QStringLiteral("model")));
}

EmbeddingModelPtr loadModel(const ModelManifest &m, const QCommandLineParser &p)
{
    RunOptions opt;
    opt.preferCuda = !p.isSet(QStringLiteral("cpu"));
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        opt.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || opt.threads < 1)
            throw Error(QCoreApplication::translate("ModelCliSupport", "--threads must be a positive integer (got \"%1\")").arg(p.value(QStringLiteral("threads"))));
    }
    return ModelRegistry::load(m, opt);
}

bool policyFromOptions(const QCommandLineParser &p, const ModelManifest &m, InputPolicy &policy, int &length, int &hop)
{
    policy = m.inputPolicy;
    length = m.inputLength;
    hop = m.hop;
    if (p.isSet(QStringLiteral("policy")) && !inputPolicyFromName(p.value(QStringLiteral("policy")), policy)) {
        err(QCoreApplication::translate("ModelCliSupport", "--policy must be whole-clip, fixed-length or sliding-windows (got \"%1\")").arg(p.value(QStringLiteral("policy"))));
        return false;
    }
    for (const auto &[name, target] : {std::pair<QString, int *>{QStringLiteral("length"), &length},
                                       std::pair<QString, int *>{QStringLiteral("hop"), &hop}}) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int v = p.value(name).toInt(&ok);
        if (!ok || v < 1) {
            err(QCoreApplication::translate("ModelCliSupport", "--%1 must be a positive number of samples (got \"%2\")").arg(name, p.value(name)));
            return false;
        }
        *target = v;
    }
    return true;
}

bool prepareModelJob(const QCommandLineParser &p, const QString &command, ModelJobSetup &setup)
{
    try {
        setup.inputs = clipInputs(p);
        if (setup.inputs.empty()) {
            err(QCoreApplication::translate("ModelCliSupport", "sourcetrace-cli %1: no input clips (give FILE... or --protocol P)").arg(command));
            return false;
        }
        setup.manifest = resolveModel(p);
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli %1: %2").arg(command, e.message()));
        return false;
    }
    return channelFromOptions(p, setup.channel)
           && policyFromOptions(p, setup.manifest, setup.policy, setup.length, setup.hop);
}

QString clipFailure(const Error &e, const QString &path)
{
    return e.path().isEmpty() ? Error::format(path, e.message(), 0) : e.message();
}

void checkChannel(const AudioFile &f, int channel)
{
    if (channel != MixDown && channel >= f.info().channels)
        throw Error(f.info().path, QCoreApplication::translate("ModelCliSupport", "no channel %1 (the file has %2 channel(s))")
                                        .arg(channel + 1)
                                        .arg(f.info().channels));
}

std::vector<float> readClip(const QString &path, int sampleRate, int channel)
{
    AudioFile f(path);
    checkChannel(f, channel);
    return f.readAll(channel, sampleRate);
}

QStringList runBatch(const QString &description, int n, const QCommandLineParser &p,
                     const std::function<QString(int)> &work, const std::function<QString(int)> &label)
{
    return runBatch(description, n, p, [&](int i, const RunProgress &) { return work(i); }, label);
}

QStringList runBatch(const QString &description, int n, const QCommandLineParser &p,
                     const std::function<QString(int, const RunProgress &)> &work,
                     const std::function<QString(int)> &label)
{
    QStringList failures;
    JobManager manager(1);
    ConsoleProgress progress(&manager);
    // One clip shows progress too once it has taken more than two seconds (a two-hour timeline).
    progress.setEnabled(!p.isSet(QStringLiteral("no-progress")));
    if (n == 1)
        progress.setDeferred(2000);
    JobPtr job = manager.run(description, [&](JobContext &ctx) -> QVariant {
        for (int i = 0; i < n; ++i) {
            ctx.checkCancelled();
            const QString what = label(i);
            ctx.setProgress(double(i) / n, what);
            // Within a clip: its share of the bar, and Ctrl-C stops it between windows.
            const RunProgress within = [&](double f) {
                ctx.setProgress((double(i) + std::clamp(f, 0.0, 1.0)) / n, what);
                return !ctx.isCancelled();
            };
            QString e;
            try {
                e = work(i, within);
            } catch (const Error &x) {
                e = x.message();
            } catch (const std::bad_alloc &) {
                e = QCoreApplication::translate("ModelCliSupport", "%1: out of memory while processing it").arg(what);
            } catch (const std::exception &x) {
                e = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(x.what()));
            }
            if (!e.isEmpty())
                failures << e;
        }
        ctx.setProgress(1.0, QStringLiteral("done"));
        return {};
    });
    g_runningJob.store(job.get());
    auto previous = std::signal(SIGINT, onInterrupt);
    manager.waitFor(job);
    std::signal(SIGINT, previous);
    g_runningJob.store(nullptr);
    if (job->state() == JobState::Failed)
        failures << job->errorMessage();
    if (job->state() == JobState::Cancelled)
        failures << QCoreApplication::translate("ModelCliSupport", "interrupted: %1 stopped before the end").arg(description);
    return failures;
}

} // namespace st::cli
