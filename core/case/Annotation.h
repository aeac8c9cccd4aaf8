#pragma once
// An examiner's annotation of an evidence item: a time span (and optionally a frequency band) where a cue of
// synthesis or of its absence was found, how localised it is, whether it is audible, and free text.
// Annotations live in the case file (CaseFile) and travel as CSV (case/AnnotationCsv.h).
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace st {

/// What kind of cue an annotation marks.
enum class Cue { Breath, Glitch, Noise, Phoneme, Silence, Spectral, Transition, Unclear };
constexpr int kCueCount = 8;

/// Every cue, in the enum's order.
const std::array<Cue, kCueCount> &allCues();
/// "breath", "glitch", "noise", "phoneme", "silence", "spectral", "transition", "unclear".
QString cueName(Cue cue);
/// The cue of a name (case-insensitive, surrounding spaces ignored); nullopt when it is none of them.
std::optional<Cue> parseCue(const QString &name);
/// "breath, glitch, ..., unclear" (for messages).
QString cueNames();

/// A frequency band in Hz; an annotation has both limits or none.
struct FrequencyBand
{
    double lowHz = 0;
    double highHz = 0;
    bool operator==(const FrequencyBand &o) const { return lowHz == o.lowHz && highHz == o.highHz; }
};

struct Annotation
{
    qint64 id = 0;          ///< given by the case; 0 for one not stored yet
    qint64 evidenceId = 0;
    double startS = 0;      ///< seconds from the start of the evidence item
    double endS = 0;        ///< > startS
    std::optional<FrequencyBand> band;
    Cue cue = Cue::Unclear;
    int locality = 3;       ///< 1 (diffuse) .. 5 (sharply localised)
    bool audible = false;   ///< heard by the examiner (not only seen)
    QString text;
    QString author;         ///< set by the case (its user) when stored
    QDateTime created, modified; ///< UTC, set by the case

    static constexpr int kMinLocality = 1, kMaxLocality = 5;
    static constexpr int kMaxTextLength = 100000;

    /// The fields an examiner sets (not id, author, times) are equal.
    bool sameContent(const Annotation &o) const;
};

/// Why `a` cannot be stored, in words ("end 1.2 s is not after start 1.5 s"); empty when it can. Checks finite
/// times with 0 <= start < end, a band with 0 <= low < high (finite), locality 1..5, text length.
QString annotationProblem(const Annotation &a);

/// The annotation as the audit log records it: {"annotationId","evidenceId","start_s","end_s","low_hz","high_hz",
/// "cue","locality","audible","text","author"} (low_hz/high_hz null without a band).
QJsonObject annotationToJson(const Annotation &a);

/// The share of an evidence item's attribution that annotated regions hold.
struct AttributionShares
{
    std::array<double, kCueCount> byCue{}; ///< indexed by int(Cue): share of the total inside that cue's regions
    double outside = 0;  ///< share outside every annotation
    double total = 0;    ///< sum of |attribution| over all samples (0: every share is 0)
    double share(Cue c) const { return byCue[std::size_t(c)]; }
};

/// For each cue, the share of the total absolute attribution (sum of |a_i|) whose samples lie inside an
/// annotation of that cue, and the share that lies outside every annotation. Sample i is at time i / sampleRate
/// and inside an annotation when start <= i / sampleRate < end (the band is ignored: the attribution is per
/// sample). A sample inside annotations of two cues counts for both (so the cue shares may add up to more than
/// 1 - outside); overlapping annotations of one cue count it once. Non-finite attributions count as 0.
/// Pass the annotations of the item the attribution belongs to. sampleRate <= 0 gives all zeros.
AttributionShares attributionShareByCue(const QList<Annotation> &annotations, const std::vector<float> &attribution,
                                        int sampleRate);

} // namespace st
