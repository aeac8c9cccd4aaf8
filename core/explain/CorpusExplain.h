#pragma once
// Explanations over a corpus (issue 13): Integrated Gradients for every clip of a protocol (or every audio
// file of a folder) as one resumable job, per-clip reports (the single-clip outputs of AttributionReport in
// clips/<id>/), and summaries grouped by protocol columns: share of |attribution| per frequency band, in
// speech vs pauses, in the leading and trailing silence, and the mean time-frequency map.
//
// Output folder layout:
//   job.json                the job's state: protocol, model and weights hash, settings fingerprint, clip list
//   job.log                 one line per clip and run: "done ID", "skip ID" (resumed), "fail ID: message"
//   clips/<id>/report.json  (+ attribution.npy, tf_map.npy, envelopes.npy) as `explain FILE --out` writes
//   summary.json, summary.tsv, mean_tf_<column>_<value>.npy
// A re-run into the same folder skips clips whose report.json exists; one with other settings or another
// model is refused (st::Error naming both fingerprints) unless `restart` is set.
//
// Summaries are computed from the files on disk (report.json and tf_map.npy of each clip), so resumed
// clips count exactly like fresh ones. Leading silence: the clip before its first VAD speech frame;
// trailing: after its last one (a clip without speech frames counts wholly as leading silence). Mean TF
// map: each clip's |map| normalised to sum 1, resampled to `timeBins` bins over relative time (bin j
// averages the frames whose centre lies in [j, j+1)/timeBins of the clip; the nearest frame when none),
// renormalised to sum 1 and averaged over the group's clips.
#include "dsp/Spectrogram.h"
#include "explain/IntegratedGradients.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace st {

/// One clip of a corpus job.
struct CorpusClip
{
    QString id;    ///< output subfolder name (file name without extension; made unique)
    QString file;  ///< as the protocol writes it
    QString path;  ///< resolved audio path
    int line = 0;  ///< protocol line (0 for a folder)
    QMap<QString, QString> columns; ///< grouping columns: "label" (bonafide/spoof), attack, ... (protocol only)
};

/// Reads a clip protocol (any format readClipProtocol takes) or lists a folder's audio files (sorted; then
/// the only group is "all"). `audioRoot` empty: the protocol's folder (as evaluate resolves), or its wav/ subfolder for a file not found there. Throws
/// st::Error naming the protocol and line for a clip file that does not exist, and the reader's errors
/// (missing column, duplicate file, ...).
std::vector<CorpusClip> readCorpusClips(const QString &protocolOrFolder, const QString &audioRoot = {});

struct CorpusExplainSettings
{
    IgSettings ig;
    SpectrogramParams tf;         ///< of the per-clip TF maps (linear frequency)
    double frameMs = 20.0;
    int limit = 0;                ///< > 0: only the first N clips
    QStringList groupBy;          ///< empty: every grouping column the clips have
    bool restart = false;         ///< ignore (and overwrite) earlier results in the folder
    int timeBins = 100;           ///< of the mean TF maps
    /// Mean-feature baseline file (FeatureIntegratedGradients.h); empty: waveform IG with ig.baseline.
    QString featureBaselineFile;
    /// When set, only the clips it keeps (after `limit`) are run and listed in job.json: one part of a corpus run
    /// on many machines (`explain --protocol --shard K/N`, docs/sharding.md). The clips keep the ids they have in
    /// the whole corpus, so that mergeCorpusExplainParts() joins the parts into the whole job's folder.
    std::function<bool(const CorpusClip &)> select;
};

/// Per-clip figures the summaries average (read back from a clip's report.json).
struct CorpusClipFigures
{
    QStringList bandNames;
    std::vector<double> bandShares;
    double speechShare = 0.0, pauseShare = 0.0, leadingSilenceShare = 0.0, trailingSilenceShare = 0.0;
    double completenessGap = 0.0;
};

/// From a report.json: clip band shares, speech/pause shares and, from frames.absolute and frames.speech,
/// the leading / trailing silence shares. Throws st::Error naming the file for a report without them.
CorpusClipFigures readClipFigures(const QString &reportJsonPath);

/// Leading / trailing silence shares of per-frame |attribution| sums given per-frame speech flags.
std::pair<double, double> silenceShares(const std::vector<double> &absolutePerFrame, const std::vector<int> &speech);

/// A |TF map| [frames x bins] normalised to sum 1 and resampled to `timeBins` over relative time.
std::vector<double> resampleTfMap(const std::vector<float> &map, int64_t frames, int bins, int timeBins);

struct CorpusExplainResult
{
    int clips = 0, done = 0, skipped = 0, failed = 0;
    QString summaryJson, summaryTsv;
};

using CorpusProgress = std::function<void(double, const QString &)>;
using CorpusCancelled = std::function<bool()>;

/// Runs the job. Throws st::Error for an unusable protocol, a model that cannot be explained, a folder
/// holding another job; JobCancelled when `cancelled` says so (the clips done so far stay; a re-run resumes).
CorpusExplainResult runCorpusExplain(const QString &protocolOrFolder, const QString &audioRoot, const EmbeddingModelPtr &model,
                                     const CorpusExplainSettings &settings, const QString &outDir,
                                     const CorpusProgress &progress = {}, const CorpusCancelled &cancelled = {},
                                     const std::function<void(const QString &)> &log = {});

/// Recomputes summary.json / summary.tsv / mean_tf_*.npy of an output folder from its clips (job.json
/// lists them). Returns the summary document.
QJsonObject summarizeCorpusExplain(const QString &outDir, const QStringList &groupBy = {}, int timeBins = 100);

/// Joins the output folders of the parts of one corpus job (each run with the same settings and a `select` that
/// keeps the clips `partOf` gives it) into `outDir`, as one unsharded run of the whole corpus writes it: every
/// clip's clips/<id>/ copied from its part, job.json listing every clip in the corpus's order, then the summaries
/// (summarizeCorpusExplain). Checks first, writing nothing when a check fails (st::Error naming the file): `outDir`
/// holds no job.json yet; every part's job.json is a corpus job of the same input (path and SHA-256), settings,
/// grouping and build, without failed clips; part partOf(c) lists each clip c as the corpus does (same id, path,
/// columns) and holds its report.json; the parts list no other clip. job.log gets one line per part.
CorpusExplainResult mergeCorpusExplainParts(const QString &protocolOrFolder, const QString &audioRoot, int limit,
                                            const std::vector<QString> &partDirs,
                                            const std::function<int(const CorpusClip &)> &partOf, const QString &outDir);

/// Reads an output folder's summary.json (for viewers); throws st::Error naming it.
QJsonObject readCorpusSummary(const QString &outDir);

} // namespace st
