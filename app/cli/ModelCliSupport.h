#pragma once
// What the model commands (embed, detect, models) share: naming a model, listing the input clips
// (files or a protocol), reading a clip at the model's rate, running a batch as one job with a
// progress bar on stderr.
#include "models/EmbeddingModel.h"
#include "models/ModelManifest.h"
#include "models/ModelRunner.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace st {
class AudioFile;
class Error;
}

namespace st::cli {

/// One clip to process: its key (the path as given, or the protocol's `file` column) and its path.
struct ClipInput
{
    QString key;
    QString path;
};

/// Adds --model, --protocol, --root, --threads, --policy, --length, --hop, --batch, --cpu,
/// --no-progress to a parser.
void addModelOptions(QCommandLineParser &p);

/// Parses `args` (the arguments after the command name); prints the error and returns false on a
/// usage error.
bool parseArgs(QCommandLineParser &p, const QString &command, const QStringList &args);

/// The clips named by the positional FILE arguments or by --protocol P [--root DIR]. A protocol is a clip
/// protocol core/eval reads (the project's TSV, ASVspoof LA, MLAAD CSV; eval/Protocol.h), or else any TSV with a
/// header line holding a column `file` (paths relative to --root, default the protocol's folder). Throws
/// st::Error "file:line: cause" for a malformed line, and for a STOPA trial list.
std::vector<ClipInput> clipInputs(const QCommandLineParser &p);

/// The manifest named by --model (registry name or manifest path); throws st::Error.
ModelManifest resolveModel(const QCommandLineParser &p);

/// Loads it with --threads / --cpu applied (verifying its weights); throws st::Error.
EmbeddingModelPtr loadModel(const ModelManifest &m, const QCommandLineParser &p);

/// Applies --policy/--length/--hop to a manifest's policy; false (message printed) when invalid.
bool policyFromOptions(const QCommandLineParser &p, const ModelManifest &m, InputPolicy &policy, int &length,
                       int &hop);

/// A clip read at `sampleRate`: one channel (0-based) or the mix-down (MixDown, the default). Throws
/// st::Error naming the file, also when it has no such channel.
std::vector<float> readClip(const QString &path, int sampleRate, int channel = -1 /* MixDown */);

/// "path: cause" for a clip's failure: the error's own text when it names a file, else prefixed with `path`.
QString clipFailure(const Error &e, const QString &path);

/// Throws st::Error naming the file when it has no channel `channel` (0-based; MixDown always exists).
void checkChannel(const AudioFile &f, int channel);

/// --channel N (1-based) as a 0-based channel, or MixDown when not given; false (message printed) when
/// invalid.
bool channelFromOptions(const QCommandLineParser &p, int &channel);

/// What detect and embed share once their options are parsed: the clips, the model's manifest, the input
/// policy and the channel.
struct ModelJobSetup
{
    std::vector<ClipInput> inputs;
    ModelManifest manifest;
    InputPolicy policy = InputPolicy::FixedLength;
    int length = 0;
    int hop = 0;
    int channel = -1; // MixDown
};

/// Fills `setup` from --protocol/FILE..., --model, --policy/--length/--hop and --channel. On a usage
/// error or an unreadable protocol/model it prints "sourcetrace-cli COMMAND: cause" and returns false
/// (exit code 2).
bool prepareModelJob(const QCommandLineParser &p, const QString &command, ModelJobSetup &setup);

/// Runs `work(i)` for i in [0, n) as one job with a progress bar on stderr (unless --no-progress);
/// `work` returns an error text for a failed item (empty = done). Returns "path: cause" lines of
/// the failures, in order. `label(i)` names an item for the progress line.
QStringList runBatch(const QString &description, int n, const QCommandLineParser &p,
                     const std::function<QString(int)> &work, const std::function<QString(int)> &label);
/// The same, with a progress function for the work inside one item (fraction of that item; it returns
/// false once Ctrl-C cancelled the batch, which ModelRunner's file runs turn into a prompt stop).
/// Failures are reported as the error's own "path: cause" (st::Error) or "label: cause".
QStringList runBatch(const QString &description, int n, const QCommandLineParser &p,
                     const std::function<QString(int, const RunProgress &)> &work,
                     const std::function<QString(int)> &label);

} // namespace st::cli
