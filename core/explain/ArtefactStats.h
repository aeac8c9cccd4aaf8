#pragma once
// Artefact statistics: how the attributions of a set of explained clips relate to the examiners' annotated
// regions, per cue type (docs/explanations.md, "Artefact statistics"). Inputs: a clip protocol (labels), an
// annotations CSV naming clips by protocol file id or evidence SHA-256 (case/AnnotationCsv.h), and a folder of
// per-clip explanation folders as `sourcetrace-cli explain --out` writes them (report.json, attribution.npy,
// envelopes.npy). Only QtCore; no LibTorch.
#include "case/AnnotationCsv.h"
#include "eval/Protocol.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

/// The statistics of one cue type over every clip used.
struct ArtefactCueStats
{
    Cue cue = Cue::Unclear;
    int regions = 0;                  ///< annotations of this cue on used clips
    int clipsWithCue = 0;             ///< used clips with at least one region of this cue
    int bonafideWithCue = 0, spoofWithCue = 0;
    /// Over the clips with the cue: sum of |a| inside the cue's regions / sum of |a| (pooled over samples).
    double attributionSharePooled = 0;
    /// The same share per clip, averaged over the clips with the cue (clips with no attribution at all skipped).
    double attributionShareMean = 0;
    /// Over the clips with the cue: samples inside the cue's regions / all samples (pooled), and per clip averaged.
    double timeSharePooled = 0;
    double timeShareMean = 0;
    /// attributionSharePooled / timeSharePooled: > 1 when the attribution concentrates in the regions.
    double enrichment = 0;
    /// Pearson correlation of the absolute-attribution envelope with the cue's 0/1 frame mask, per clip with the
    /// cue (mean and sample standard deviation over the clips where it is defined) and pooled over their frames.
    double correlationMean = 0, correlationSd = 0, correlationPooled = 0;
    int correlationClips = 0;         ///< clips where it is defined (neither mask nor envelope constant)
    /// EER of separating spoof (target) from bona fide by the share of the clip's time the cue covers, and by
    /// its presence (0/1), over every used clip (computeEer; NaN without clips of both classes). 0: the cue
    /// marks spoofs perfectly; 0.5: no information; near 1: the cue marks bona fide clips.
    double coverageEer = 0, presenceEer = 0;
    /// Annotations of this cue with a band, on clips whose explanation has a TF map (tf_map.npy with report.json's
    /// tfMap): over those clips, the share of sum |TF map| inside the time x band boxes (a cell is inside when its
    /// frame's centre sample and its bin's centre frequency are) against the boxes' share of the cells, and the ratio.
    int bandRegions = 0, bandClips = 0;
    double bandAttributionShare = 0, bandAreaShare = 0, bandEnrichment = 0;
};

struct ArtefactStatsResult
{
    std::vector<ArtefactCueStats> cues; ///< the cues with at least one region on a used clip, in enum order
    int protocolClips = 0;
    int usedClips = 0, bonafideClips = 0, spoofClips = 0;
    int annotationsUsed = 0;
    QStringList skipped;   ///< "clip: why" for protocol clips without a usable explanation (skipped, counted)
    QStringList problems;  ///< "file:line: cause" for annotation rows that were not used
    QString explanationsRoot, annotationsPath, protocolPath;

    QJsonObject toJson() const;
    /// Tab-separated table, a header line and one line per cue (numbers with 6 significant digits).
    QString toTsv() const;
};

/// One clip's explanation and regions, however obtained (a folder, a case's stored analysis).
struct ArtefactClipInput
{
    QString file;                     ///< the clip's name in messages
    int label = -1;                   ///< 1 bona fide, 0 spoof, -1 unknown (counted nowhere in the EERs)
    QString sha256;
    int sampleRate = 0;
    int frameSamples = 0;             ///< envelope frame; 0: 20 ms
    std::vector<float> attribution;   ///< per sample
    std::vector<float> absEnvelope;   ///< sum of |a| per frame; empty: computed from `attribution`
    std::vector<Annotation> regions;  ///< inside the clip (start before its end)
    /// The TF map (row-major tfFrames x tfBins), frame t centred at sample t * tfHop, bin k at tfBinHz[k] Hz;
    /// empty when the explanation has none (no band statistics for the clip).
    std::vector<float> tfMap;
    int tfFrames = 0, tfBins = 0, tfHop = 0;
    std::vector<double> tfBinHz;
};

/// The statistics of clips already read (the other overloads end here). Fills the counts and `cues` only.
ArtefactStatsResult computeArtefactStats(std::vector<ArtefactClipInput> clips);

/// Where a clip's explanation folder is: root/<file without extension>, else root/<file>, else
/// root/<file name without folders and extension>; then the same under root/clips/ (the layout of an
/// `explain --protocol P --out root` job folder); empty when none holds a report.json.
QString artefactClipFolder(const QString &root, const QString &file);

/// Computes the statistics. A row naming a clip not in the protocol (or a SHA-256 no used clip's report.json
/// has), or a region starting at or after the clip's end, is a problem (file:line) and is skipped; a clip
/// without a readable, consistent explanation is skipped and listed. Throws st::Error only when nothing at all
/// can be used (no clip with an explanation).
/// `annotationsName` names the CSV in the messages.
ArtefactStatsResult computeArtefactStats(const std::vector<LabelledClip> &clips, const AnnotationCsvRead &annotations,
                                         const QString &explanationsRoot, const QString &annotationsName = {});

/// Reads the protocol (readClipProtocol) and the CSV (file- or SHA-256-keyed), then computes. CSV problems are
/// carried into the result's problems.
ArtefactStatsResult computeArtefactStats(const QString &protocolPath, const QString &annotationsCsv,
                                         const QString &explanationsRoot);

} // namespace st
