#pragma once
// Enrolment of many clips: embeddings come from a function (the model layer: read the clip, run the model) or
// are given, and go into the library ONE SOURCE GROUP PER TRANSACTION: clips are grouped by their attack label
// (or their first label), a group's embeddings are all computed first, then written in one transaction. A crash
// or a kill at any moment therefore leaves every source either as it was or with its whole group enrolled.
// run() reports progress and honours cancellation through a JobContext (the job layer); makeJob() wraps it in a
// Job that opens its own library connection on the worker thread.
#include "jobs/Job.h"
#include "library/FingerprintLibrary.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace st {

struct ClipToEnrol
{
    QString path;                     ///< audio file (read by the embed function; hashed when sha256 is empty)
    QString sha256;                   ///< optional: the clip's SHA-256
    std::vector<float> embedding;     ///< optional: a precomputed embedding (the embed function is then not called)
    QMap<SourceLevel, QString> labels;
    QMap<SourceLevel, QMap<QString, QString>> attributes;
};

struct EnrolmentOutcome
{
    EnrolReport report;    ///< summed over the groups
    int groups = 0;        ///< transactions committed
    QStringList failures;  ///< "path: cause" of clips that could not be embedded (their group goes on without them)
};

class LibraryEnroller
{
public:
    using EmbedFunction = std::function<std::vector<float>(const QString &path)>;

    /// Enrols `clips` into `library`. `embed` may be empty when every clip carries its embedding. `ctx` may be
    /// null. A clip without a SHA-256 is hashed from its file, or, when the file does not exist (embedding-only
    /// input), from its embedding's bytes. Throws st::Error when the library refuses a group (e.g. wrong
    /// dimension); groups committed before stay. `holdConnection` keeps the library's connection open for the
    /// whole run (faster: no checkpoint between groups) and is for processes where nothing else opens the
    /// library file meanwhile (the CLI); by default the connection is open only while a group is written.
    /// `oneTransaction` writes every group in ONE transaction at the end instead (all or nothing: the merge of a
    /// sharded enrolment, docs/sharding.md); the clips go in in the same order (group by group), so every source
    /// gets the same enrolments in the same order, hence the same mean, as group-by-group enrolment gives.
    static EnrolmentOutcome run(FingerprintLibrary &library, const std::vector<ClipToEnrol> &clips,
                                const EmbedFunction &embed, JobContext *ctx = nullptr, bool holdConnection = false,
                                bool oneTransaction = false);

    /// A job that opens `libraryPath` on its worker thread and runs the enrolment; the outcome lands in `*outcome`
    /// (valid once the job has finished).
    static JobPtr makeJob(const QString &libraryPath, std::vector<ClipToEnrol> clips, EmbedFunction embed,
                          std::shared_ptr<EnrolmentOutcome> outcome, bool holdConnection = false);

    /// Groups clips by attack label (or the first label they have), in first-appearance order.
    static std::vector<std::vector<std::size_t>> groups(const std::vector<ClipToEnrol> &clips);
};

} // namespace st
