#include "library/LibraryEnroller.h"

#include "audio/AudioFile.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <iterator>
#include <optional>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LibraryEnroller)
};
} // namespace

std::vector<std::vector<std::size_t>> LibraryEnroller::groups(const std::vector<ClipToEnrol> &clips)
{
    std::vector<std::vector<std::size_t>> out;
    QMap<QString, std::size_t> index;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        const ClipToEnrol &c = clips[i];
        QString key = c.labels.value(SourceLevel::Attack);
        if (key.isEmpty() && !c.labels.isEmpty())
            key = sourceLevelName(c.labels.firstKey()) + QLatin1Char('/') + c.labels.first();
        else
            key = QStringLiteral("attack/") + key;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index[key] = out.size();
            out.push_back({i});
        } else {
            out[*it].push_back(i);
        }
    }
    return out;
}

EnrolmentOutcome LibraryEnroller::run(FingerprintLibrary &library, const std::vector<ClipToEnrol> &clips,
                                      const EmbedFunction &embed, JobContext *ctx, bool holdConnection, bool oneTransaction)
{
    EnrolmentOutcome outcome;
    std::optional<FingerprintLibrary::ConnectionHold> hold;
    if (holdConnection)
        hold.emplace(library);
    const auto gs = groups(clips);
    std::size_t done = 0;
    std::vector<EnrolmentClip> all; // oneTransaction: every group's clips, in group order
    for (const auto &g : gs) {
        std::vector<EnrolmentClip> batch;
        for (std::size_t i : g) {
            if (ctx) {
                ctx->checkCancelled();
                ctx->setProgress(double(done) / double(std::max<std::size_t>(clips.size(), 1)),
                                 QFileInfo(clips[i].path).fileName());
            }
            ++done;
            const ClipToEnrol &c = clips[i];
            try {
                // Never read (decode, hash) the library's own files as a clip: closing that descriptor would
                // drop this process's SQLite locks (docs/library.md, "Locking").
                const QString canon = QFileInfo(c.path).canonicalFilePath();
                if (!canon.isEmpty()
                    && (canon == library.path() || canon == library.path() + QStringLiteral("-wal")
                        || canon == library.path() + QStringLiteral("-shm")))
                    throw Error(c.path, Text::tr("is the library itself (or its journal), not a clip"));
                EnrolmentClip e;
                e.path = c.path;
                e.labels = c.labels;
                e.attributes = c.attributes;
                if (!c.embedding.empty()) {
                    e.embedding = c.embedding;
                } else {
                    if (!embed)
                        throw Error(c.path, Text::tr("no embedding given and no model to compute one"));
                    e.embedding = embed(c.path);
                }
                if (!c.sha256.isEmpty())
                    e.sha256 = c.sha256;
                else if (QFileInfo(c.path).isFile())
                    e.sha256 = sha256OfFile(c.path);
                else
                    e.sha256 = sha256Hex(QByteArray(reinterpret_cast<const char *>(e.embedding.data()),
                                                    int(e.embedding.size() * sizeof(float))));
                batch.push_back(std::move(e));
            } catch (const Error &x) {
                outcome.failures << (x.path().isEmpty() ? c.path + QStringLiteral(": ") + x.message() : x.message());
            }
        }
        if (batch.empty())
            continue;
        if (oneTransaction) {
            std::move(batch.begin(), batch.end(), std::back_inserter(all));
            continue;
        }
        if (ctx)
            ctx->checkCancelled(); // never start a transaction once cancelled
        const EnrolReport r = library.enrol(batch);
        outcome.report.added += r.added;
        outcome.report.skipped += r.skipped;
        outcome.report.sources << r.sources;
        ++outcome.groups;
    }
    if (oneTransaction && !all.empty()) {
        if (ctx)
            ctx->checkCancelled();
        const EnrolReport r = library.enrol(all);
        outcome.report = r;
        outcome.groups = 1;
    }
    outcome.report.sources.removeDuplicates();
    outcome.report.sources.sort();
    if (ctx)
        ctx->setProgress(1.0, Text::tr("done"));
    return outcome;
}

JobPtr LibraryEnroller::makeJob(const QString &libraryPath, std::vector<ClipToEnrol> clips, EmbedFunction embed,
                                std::shared_ptr<EnrolmentOutcome> outcome, bool holdConnection)
{
    // The description first: the lambda below takes the clips.
    const QString description = Text::tr("enrol %1 clips into %2").arg(clips.size()).arg(QFileInfo(libraryPath).fileName());
    return std::make_shared<Job>(description,
                                 [libraryPath, clips = std::move(clips), embed = std::move(embed), outcome, holdConnection](JobContext &ctx) -> QVariant {
                                     FingerprintLibrary lib(libraryPath);
                                     *outcome = run(lib, clips, embed, &ctx, holdConnection);
                                     return QVariant(outcome->report.added);
                                 });
}

} // namespace st
