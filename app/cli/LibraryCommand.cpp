// sourcetrace-cli library: create, enrol, list, export, import, rename, merge, delete, verify, calibrate, fit-backend.
#include "cli/CliCommand.h"
#include "cli/LibraryCliSupport.h"
#include "cli/ModelCliSupport.h"
#include "cli/ShardCliSupport.h"

#include "audio/AudioFile.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "library/LibraryEnroller.h"
#include "library/OpenSet.h"
#include "library/TraceBackend.h"
#include "models/EmbeddingStore.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace st::cli {

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("LibraryCommand",
    "Usage: sourcetrace-cli library COMMAND ...\n"
    "  create --model M --out L.db                     a new library bound to model M\n"
    "  enrol L.db (--protocol P [--root DIR] | FILE... --label level=value...) [--embeddings DIR] [--attr key=value...]\n"
    "  list L.db [--level L] [--json]                  sources, counts, attributes, thresholds\n"
    "  export L.db --level L (--csv out.csv | --npy out.npy [--enrolments]) [--force]   --force overwrites\n"
    "  import L.db --csv stopa.csv --level L (--model-name M | --force)   STOPA fingerprint CSV (file,0,1,...)\n"
    "  rename L.db --level L FROM TO\n"
    "  merge L.db --level L FROM INTO                  FROM's enrolments move into INTO\n"
    "  delete L.db --level L NAME\n"
    "  verify L.db                                     SQLite's integrity check and every library invariant\n"
    "  upgrade L.db                                    migrate an older schema (the only read of an old file that writes)\n"
    "  calibrate L.db --protocol P [--root DIR] [--embeddings DIR] [--backend cosine] [--target-far 0.05]\n"
    "  fit-backend L.db --backend mlp|siamese-ce|siamese-cl|siamese-zs [--level L] [--epochs N] [--seed S] [--lr R]\n"
    "              [--hidden H] [--batch B] [--pairs P] [--margin M] [--weights PTH]   train and store a back-end\n"
    "Levels: attack, acoustic_model, vocoder, codec.\n"
    "list, verify, export and `trace` open the library read-only and never change it; writers wait for each other.");

bool parse(QCommandLineParser &p, const QString &sub, const QStringList &args, int minPositional, const QString &posHelp)
{
    p.addPositionalArgument(QStringLiteral("LIBRARY"), QCoreApplication::translate("LibraryCommand", "The library file (.db)."), posHelp);
    if (!parseArgs(p, QStringLiteral("library ") + sub, args))
        return false;
    if (p.positionalArguments().size() < minPositional) {
        err(QStringLiteral("sourcetrace-cli library %1: ").arg(sub) + QCoreApplication::translate("LibraryCommand", "expected %1").arg(posHelp));
        return false;
    }
    return true;
}

SourceLevel levelOption(const QCommandLineParser &p)
{
    return parseSourceLevel(p.isSet(QStringLiteral("level")) ? p.value(QStringLiteral("level")) : QStringLiteral("attack"));
}

QCommandLineOption levelOpt()
{
    return {QStringLiteral("level"), QCoreApplication::translate("LibraryCommand", "attack (default), acoustic_model, vocoder or codec."), QStringLiteral("L")};
}

int cmdCreate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("LibraryCommand", "Model (registry name or manifest)."), QStringLiteral("M")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("LibraryCommand", "The new library file."), QStringLiteral("L.db")});
    if (!parseArgs(p, QStringLiteral("library create"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("model")) || !p.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("sourcetrace-cli library create: ") + QCoreApplication::translate("LibraryCommand", "--model and --out are required"));
        return 2;
    }
    const ModelManifest m = ModelRegistry().resolve(p.value(QStringLiteral("model")));
    if (m.embeddingDim <= 0)
        throw Error(m.manifestPath, QCoreApplication::translate("LibraryCommand", "the manifest gives no embeddingDim"));
    FingerprintLibrary::create(p.value(QStringLiteral("out")), ModelBinding::of(m));
    err(QCoreApplication::translate("LibraryCommand", "library: created %1 for %2").arg(p.value(QStringLiteral("out")), ModelBinding::of(m).describe()));
    return 0;
}

// The options of `library enrol` (also parsed by `merge library enrol`).
void enrolOptions(QCommandLineParser &p)
{
    addLibraryInputOptions(p);
    p.addOption({QStringLiteral("label"), QCoreApplication::translate("LibraryCommand", "level=value for FILE arguments (repeatable), e.g. attack=A01."), QStringLiteral("level=value")});
    p.addOption({QStringLiteral("attr"), QCoreApplication::translate("LibraryCommand", "key=value attribute of the enrolled attack source (repeatable)."), QStringLiteral("key=value")});
    addShardOption(p);
}

// The clips `library enrol` enrols, in the order of its input (FILE... then the protocol), with their labels and
// attributes; false (message printed after `prefix`) on a usage error. Throws st::Error for a clip without a label.
bool enrolClipsFrom(const QCommandLineParser &p, const QString &prefix, std::vector<LabelledInput> &inputs, std::vector<ClipToEnrol> &clips)
{
    QMap<SourceLevel, QString> fileLabels;
    for (const QString &l : p.values(QStringLiteral("label"))) {
        const int eq = l.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err(prefix + QCoreApplication::translate("LibraryCommand", "--label takes level=value, not '%1'").arg(l));
            return false;
        }
        fileLabels[parseSourceLevel(l.left(eq))] = l.mid(eq + 1);
    }
    QMap<QString, QString> attrs;
    for (const QString &a : p.values(QStringLiteral("attr"))) {
        const int eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err(prefix + QCoreApplication::translate("LibraryCommand", "--attr takes key=value, not '%1'").arg(a));
            return false;
        }
        attrs[a.left(eq)] = a.mid(eq + 1);
    }
    inputs = libraryInputs(p, 1);
    if (inputs.empty()) {
        err(prefix + QCoreApplication::translate("LibraryCommand", "no clips (give FILE... --label level=value, or --protocol P)"));
        return false;
    }
    clips.clear();
    for (const LabelledInput &in : inputs) {
        ClipToEnrol c;
        c.path = in.path;
        if (!in.labels.attack.isEmpty() || !in.labels.acousticModel.isEmpty() || !in.labels.vocoder.isEmpty()) {
            for (SourceLevel l : allSourceLevels())
                if (!labelAt(in.labels, l).isEmpty())
                    c.labels[l] = labelAt(in.labels, l);
            // The attack source remembers its components and fixed protocol columns (engine, voice, ...).
            QMap<QString, QString> a;
            if (!in.labels.acousticModel.isEmpty())
                a[QStringLiteral("acoustic_model")] = in.labels.acousticModel;
            if (!in.labels.vocoder.isEmpty())
                a[QStringLiteral("vocoder")] = in.labels.vocoder;
            for (auto it = in.labels.attributes.cbegin(); it != in.labels.attributes.cend(); ++it)
                if (it.key() != QLatin1String("text") && it.key() != QLatin1String("voice"))
                    a[it.key()] = it.value();
            c.attributes[SourceLevel::Attack] = a;
        } else {
            c.labels = fileLabels;
        }
        for (auto it = attrs.cbegin(); it != attrs.cend(); ++it)
            c.attributes[SourceLevel::Attack][it.key()] = it.value();
        if (c.labels.isEmpty())
            throw Error(in.path, QCoreApplication::translate("LibraryCommand", "no label: give --label attack=NAME (or another level) for FILE arguments"));
        clips.push_back(std::move(c));
    }
    return true;
}

// The folder of shard `spec` of library L.db's enrolment: L.db.shards/K-of-N/.
QString enrolShardFolder(const QString &library, const ShardSpec &spec)
{
    return shardsRootFor(library, false) + QLatin1Char('/') + spec.folderName();
}

// library enrol ... --shard K/N: what is sharded is the embedding. The shard embeds its clips (by the hash of their
// key) with the library's model, exactly as an unsharded enrol does, into L.db.shards/K-of-N/ (embeddings.npy,
// logits.npy, keys.txt, model.json: resumable, clips already there are skipped) with its shard.json; the library
// itself is only read. `merge library enrol` enrols from the shards (docs/sharding.md).
int enrolShard(const QCommandLineParser &p, const QStringList &args, const QString &path, const std::vector<LabelledInput> &allInputs,
               const ShardSpec &shard)
{
    const QString prefix = QStringLiteral("sourcetrace-cli library enrol: ");
    if (p.isSet(QStringLiteral("embeddings"))) {
        err(prefix + QCoreApplication::translate("LibraryCommand", "--shard shards the embedding: an enrolment from --embeddings runs no model and needs no shards"));
        return 2;
    }
    std::vector<LabelledInput> inputs;
    QSet<QString> seen;
    for (const LabelledInput &in : allInputs)
        if (shard.contains(in.key) && !seen.contains(in.key)) {
            seen.insert(in.key);
            inputs.push_back(in);
        }
    FingerprintLibrary lib(path, LibraryAccess::ReadOnly);
    EmbeddingSource source(p, lib);
    const ModelManifest manifest = *source.modelManifest();
    const QString folder = enrolShardFolder(path, shard);
    ShardInfo info = expectedShardInfo(QStringLiteral("library enrol"), args, manifest);
    info.index = shard.index;
    info.count = shard.count;
    info.clips = int(inputs.size());
    EmbeddingStore store(folder, EmbeddingStore::Format::Npy, manifest, source.model()->embeddingDim(), source.model()->numClasses(),
                         QJsonObject{{QStringLiteral("for"), QStringLiteral("library enrol")}, {QStringLiteral("library"), path}});
    std::vector<LabelledInput> todo;
    for (const LabelledInput &in : inputs)
        if (!store.contains(in.key))
            todo.push_back(in);
    err(prefix + QCoreApplication::translate("LibraryCommand", "shard %1: %2 clips, %3 already in %4, %5 to do; embeddings: %6")
            .arg(shard.folderName()).arg(inputs.size()).arg(inputs.size() - todo.size()).arg(folder).arg(todo.size()).arg(source.describe()));
    info.write(folder); // complete: false until the shard's end
    QStringList failures = runBatch(QCoreApplication::translate("LibraryCommand", "embed for %1").arg(QFileInfo(path).fileName()), int(todo.size()), p,
        [&](int i) -> QString {
            std::vector<float> logits;
            const std::vector<float> e = source.embed(todo[size_t(i)], &logits);
            store.add(todo[size_t(i)].key, e, logits);
            return {};
        },
        [&](int i) { return todo[size_t(i)].key; });
    store.flush();
    for (const QString &f : failures)
        err(f);
    info.failed = failures;
    info.complete = failures.isEmpty();
    info.write(folder);
    err(prefix + QCoreApplication::translate("LibraryCommand", "shard %1: %2 embeddings in %3, %4 failed; enrol them with: sourcetrace-cli merge library enrol ...")
            .arg(shard.folderName()).arg(store.count()).arg(folder).arg(failures.size()));
    return failures.isEmpty() ? 0 : 1;
}

int cmdEnrol(const QStringList &args)
{
    QCommandLineParser p;
    enrolOptions(p);
    if (!parse(p, QStringLiteral("enrol"), args, 1, QStringLiteral("L.db [FILE...]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString path = p.positionalArguments()[0];
    ShardSpec shard;
    if (!shardFromOptions(p, QStringLiteral("library enrol"), shard))
        return 2;
    std::vector<LabelledInput> inputs;
    std::vector<ClipToEnrol> clips;
    if (!enrolClipsFrom(p, QStringLiteral("sourcetrace-cli library enrol: "), inputs, clips))
        return 2;
    if (shard.sharded)
        return enrolShard(p, args, path, inputs, shard);
    std::shared_ptr<EmbeddingSource> source;
    {
        FingerprintLibrary lib(path);
        lib.checkForWriting(); // a damaged library is refused before any clip is embedded
        source = std::make_shared<EmbeddingSource>(p, lib);
        err(QCoreApplication::translate("LibraryCommand", "library enrol: %1 clips into %2; embeddings: %3").arg(clips.size()).arg(path, source->describe()));
    }
    // Keys for precomputed embeddings: the protocol's file column / the FILE argument.
    QHash<QString, LabelledInput> byPath;
    for (const LabelledInput &in : inputs)
        byPath.insert(in.path, in);
    auto embed = [source, byPath](const QString &clipPath) { return source->embed(byPath.value(clipPath)); };
    auto outcome = std::make_shared<EnrolmentOutcome>();
    JobManager manager(1);
    ConsoleProgress progress(&manager);
    progress.setEnabled(!p.isSet(QStringLiteral("no-progress")) && clips.size() > 1);
    // The CLI opens no other descriptor of the library: one connection for the whole run (no checkpoint per group).
    JobPtr job = LibraryEnroller::makeJob(path, std::move(clips), embed, outcome, /*holdConnection=*/true);
    manager.submit(job);
    manager.waitFor(job);
    for (const QString &f : outcome->failures)
        err(f);
    if (job->state() != JobState::Succeeded) {
        err(QStringLiteral("sourcetrace-cli library enrol: ") + QCoreApplication::translate("LibraryCommand", "%1 (sources committed before stay)").arg(job->errorMessage()));
        return 1;
    }
    err(QCoreApplication::translate("LibraryCommand", "library enrol: %1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed")
            .arg(outcome->report.added).arg(outcome->report.skipped).arg(outcome->failures.size()).arg(outcome->report.sources.size()));
    return outcome->failures.isEmpty() ? 0 : 1;
}

// merge library enrol L.db ARGS: the enrolment of an unsharded `library enrol L.db ARGS` from the embeddings of its
// shards (L.db.shards/K-of-N/), in ONE transaction: the same clips in the same order (LibraryEnroller's groups), so
// the same sources, counts and mean embeddings, bit for bit (docs/sharding.md).
int mergeLibrary(const QStringList &argsIn, int shards)
{
    const QString prefix = QStringLiteral("sourcetrace-cli merge library: ");
    const QStringList args = !argsIn.isEmpty() && (argsIn.first() == QLatin1String("enrol") || argsIn.first() == QLatin1String("enroll")) ? argsIn.mid(1) : argsIn;
    QCommandLineParser p;
    enrolOptions(p);
    if (!parse(p, QStringLiteral("enrol"), args, 1, QStringLiteral("L.db [FILE...]")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (p.isSet(QStringLiteral("embeddings"))) {
        err(prefix + QCoreApplication::translate("LibraryCommand", "--shard shards the embedding: an enrolment from --embeddings runs no model and needs no shards"));
        return 2;
    }
    const QString path = p.positionalArguments()[0];
    try {
        std::vector<LabelledInput> inputs;
        std::vector<ClipToEnrol> clips;
        if (!enrolClipsFrom(p, prefix, inputs, clips))
            return 2;
        FingerprintLibrary lib(path);
        lib.checkForWriting();
        // The model the shards must come from: the library's (or --model, which must be the library's).
        const ModelManifest manifest = ModelRegistry().resolve(p.isSet(QStringLiteral("model")) ? p.value(QStringLiteral("model")) : lib.model().name);
        lib.checkModel(ModelBinding::of(manifest));
        const std::vector<QString> folders = checkShardsForMerge(QStringLiteral("library enrol"), shardsRootFor(path, false), shards,
                                                                 expectedShardInfo(QStringLiteral("library enrol"), args, manifest));
        if (folders.empty())
            return 1;
        const int n = int(folders.size());
        // Every clip's embedding from the shard it belongs to, before anything is written.
        QHash<QString, std::vector<float>> byKey;
        for (int k = 0; k < n; ++k) {
            const QString dir = folders[size_t(k)];
            if (!QFileInfo::exists(dir + QStringLiteral("/keys.txt")))
                continue; // a shard without clips
            // The store's own record of its model (shard.json, checked above, could be another folder's copy).
            {
                QFile mj(dir + QStringLiteral("/model.json"));
                const QJsonObject mo = mj.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(mj.readAll()).object() : QJsonObject();
                const QString name = mo.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString();
                const QString hash = mo.value(QStringLiteral("weightsSha256")).toString();
                if (name != manifest.name || hash != manifest.weightsSha256)
                    throw Error(mj.fileName(), QCoreApplication::translate("LibraryCommand", "the embeddings there come from model %1 (weights %2), not the library's %3 (weights %4)")
                                                   .arg(name.isEmpty() ? QStringLiteral("?") : name, hash.left(12), manifest.name, manifest.weightsSha256.left(12)));
            }
            const QStringList keys = EmbeddingStore::readKeys(dir + QStringLiteral("/keys.txt"));
            std::vector<int64_t> shape;
            const std::vector<float> e = readNpy(dir + QStringLiteral("/embeddings.npy"), shape);
            const int dim = lib.model().dimension;
            if (shape.size() != 2 || shape[1] != dim || shape[0] < keys.size())
                throw Error(dir + QStringLiteral("/embeddings.npy"), QCoreApplication::translate("LibraryCommand", "does not hold %1 rows of %2 values (the library's dimension)")
                                                                         .arg(keys.size()).arg(dim));
            for (int i = 0; i < keys.size(); ++i)
                byKey.insert(keys[i], std::vector<float>(e.begin() + std::ptrdiff_t(i) * dim, e.begin() + std::ptrdiff_t(i + 1) * dim));
        }
        for (size_t i = 0; i < inputs.size(); ++i) {
            const auto it = byKey.constFind(inputs[i].key);
            if (it == byKey.constEnd())
                throw Error(folders[size_t(shardOf(inputs[i].key, n))],
                            QCoreApplication::translate("LibraryCommand", "lacks the embedding of \"%1\" although its shard.json says complete: rerun that shard")
                                .arg(Error::escaped(inputs[i].key)));
            clips[i].embedding = *it;
        }
        const EnrolmentOutcome o = LibraryEnroller::run(lib, clips, {}, nullptr, /*holdConnection=*/true, /*oneTransaction=*/true);
        for (const QString &f : o.failures)
            err(f);
        err(prefix + QCoreApplication::translate("LibraryCommand", "%1 added, %2 skipped (already enrolled), %3 failed, %4 sources changed, from %5 shards in one transaction")
                .arg(o.report.added).arg(o.report.skipped).arg(o.failures.size()).arg(o.report.sources.size()).arg(n));
        return o.failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(prefix + e.message());
        return 1;
    }
}

ShardMergerRegistrar mergeReg(QStringLiteral("library"), mergeLibrary);

int cmdList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(levelOpt());
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("LibraryCommand", "JSON on stdout.")});
    if (!parse(p, QStringLiteral("list"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    FingerprintLibrary lib(p.positionalArguments()[0], LibraryAccess::ReadOnly);
    std::optional<SourceLevel> level;
    if (p.isSet(QStringLiteral("level")))
        level = levelOption(p);
    const QList<SourceInfo> sources = lib.sources(level);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("library"), lib.path());
        o.insert(QStringLiteral("schemaVersion"), lib.schemaVersion());
        o.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), lib.model().name},
                                                      {QStringLiteral("weightsSha256"), lib.model().weightsSha256},
                                                      {QStringLiteral("embeddingDim"), lib.model().dimension}});
        QJsonArray arr;
        for (const SourceInfo &s : sources) {
            QJsonObject a;
            for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it)
                a.insert(it.key(), it.value());
            arr.append(QJsonObject{{QStringLiteral("level"), sourceLevelName(s.level)}, {QStringLiteral("name"), s.name},
                                   {QStringLiteral("count"), s.count}, {QStringLiteral("created"), s.created.toString(Qt::ISODate)},
                                   {QStringLiteral("modified"), s.modified.toString(Qt::ISODate)}, {QStringLiteral("attributes"), a}});
        }
        o.insert(QStringLiteral("sources"), arr);
        QJsonArray th;
        for (const StoredThreshold &t : lib.thresholds())
            th.append(QJsonObject{{QStringLiteral("level"), sourceLevelName(t.level)}, {QStringLiteral("backend"), t.backend},
                                  {QStringLiteral("threshold"), t.threshold}, {QStringLiteral("rule"), t.rule},
                                  {QStringLiteral("targetFar"), t.targetFar}, {QStringLiteral("devEer"), t.eer},
                                  {QStringLiteral("protocol"), t.protocolName}, {QStringLiteral("protocolSha256"), t.protocolSha256},
                                  {QStringLiteral("created"), t.created.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("thresholds"), th);
        QJsonArray fits;
        for (const StoredBackendFit &f : lib.backendFits())
            fits.append(QJsonObject{{QStringLiteral("level"), sourceLevelName(f.level)}, {QStringLiteral("backend"), f.backend},
                                    {QStringLiteral("sources"), QJsonArray::fromStringList(f.sources)},
                                    {QStringLiteral("params"), QJsonObject::fromVariantMap(f.params)},
                                    {QStringLiteral("epochs"), int(f.losses.size())},
                                    {QStringLiteral("finalLoss"), f.losses.empty() ? QJsonValue() : QJsonValue(f.losses.back())},
                                    {QStringLiteral("current"), enrolmentDigest(lib.enrolmentSet(f.level)) == f.enrolmentDigest},
                                    {QStringLiteral("created"), f.created.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("backendFits"), fits);
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QStringLiteral("library %1 (schema v%2), model %3").arg(lib.path()).arg(lib.schemaVersion()).arg(lib.model().describe()));
    for (const SourceInfo &s : sources) {
        QStringList a;
        for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it)
            a << it.key() + QLatin1Char('=') + it.value();
        out(QStringLiteral("%1\t%2\t%3\t%4").arg(sourceLevelName(s.level), s.name).arg(s.count).arg(a.join(QLatin1Char(' '))));
    }
    for (const StoredThreshold &t : lib.thresholds())
        out(QStringLiteral("threshold %1 %2 = %3 (%4%5, dev EER %6 %, protocol %7, %8)")
                .arg(sourceLevelName(t.level), t.backend).arg(t.threshold, 0, 'g', 8).arg(t.rule)
                .arg(t.rule == QLatin1String("far") ? QStringLiteral(" %1").arg(t.targetFar) : QString())
                .arg(100 * t.eer, 0, 'f', 2).arg(t.protocolName, t.created.toString(Qt::ISODate)));
    for (const StoredBackendFit &f : lib.backendFits()) {
        const EnrolmentSet set = lib.enrolmentSet(f.level);
        out(QStringLiteral("fit %1 %2: %3 sources, %4 epochs, final loss %5, %6 (%7)")
                .arg(sourceLevelName(f.level), f.backend).arg(f.sources.size()).arg(f.losses.size())
                .arg(f.losses.empty() ? QStringLiteral("-") : QString::number(f.losses.back(), 'g', 6))
                .arg(enrolmentDigest(set) == f.enrolmentDigest ? QStringLiteral("matches the enrolments")
                     : f.backend == QLatin1String("siamese-zs")
                         ? QStringLiteral("the enrolments changed since (zero-shot: it applies to them as it is)")
                         : QStringLiteral("STALE: the enrolments changed since; fit it again"),
                     f.created.toString(Qt::ISODate)));
    }
    return 0;
}

int cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(levelOpt());
    p.addOption({QStringLiteral("csv"), QCoreApplication::translate("LibraryCommand", "STOPA fingerprint CSV to write."), QStringLiteral("out.csv")});
    p.addOption({QStringLiteral("npy"), QCoreApplication::translate("LibraryCommand", ".npy to write (names in out.npy.sources.txt)."), QStringLiteral("out.npy")});
    p.addOption({QStringLiteral("enrolments"), QCoreApplication::translate("LibraryCommand", "--npy: every enrolment embedding instead of the fingerprints.")});
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("LibraryCommand", "Overwrite existing output files.")});
    if (!parse(p, QStringLiteral("export"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("csv")) && !p.isSet(QStringLiteral("npy"))) {
        err(QStringLiteral("sourcetrace-cli library export: ") + QCoreApplication::translate("LibraryCommand", "give --csv out.csv or --npy out.npy"));
        return 2;
    }
    FingerprintLibrary lib(p.positionalArguments()[0], LibraryAccess::ReadOnly);
    const SourceLevel level = levelOption(p);
    // Outputs: never the library itself, never an existing file without --force (QSaveFile writes a temporary
    // file in the same folder and renames it, so a kill leaves the old file or the whole new one).
    QStringList outputs;
    if (p.isSet(QStringLiteral("csv")))
        outputs << p.value(QStringLiteral("csv"));
    if (p.isSet(QStringLiteral("npy")))
        outputs << p.value(QStringLiteral("npy")) << p.value(QStringLiteral("npy")) + QStringLiteral(".sources.txt");
    for (const QString &o : outputs) {
        const QFileInfo fi(o);
        if (fi.exists() && fi.canonicalFilePath() == lib.path()) {
            err(QStringLiteral("sourcetrace-cli library export: ") + QCoreApplication::translate("LibraryCommand", "%1: refusing to write over the library itself").arg(o));
            return 2;
        }
        if (fi.exists() && fi.isDir()) {
            err(QStringLiteral("sourcetrace-cli library export: ") + QCoreApplication::translate("LibraryCommand", "%1: is a folder; give a file name").arg(o));
            return 2;
        }
        if (fi.exists() && !p.isSet(QStringLiteral("force"))) {
            err(QStringLiteral("sourcetrace-cli library export: ") + QCoreApplication::translate("LibraryCommand", "%1 exists; give --force to overwrite it (nothing was written)").arg(o));
            return 2;
        }
    }
    if (p.isSet(QStringLiteral("csv"))) {
        const StopaFingerprintCsv csv = lib.exportStopa(level);
        csv.write(p.value(QStringLiteral("csv")));
        err(QCoreApplication::translate("LibraryCommand", "library export: %1 fingerprints to %2").arg(csv.names.size()).arg(p.value(QStringLiteral("csv"))));
    }
    if (p.isSet(QStringLiteral("npy"))) {
        lib.exportNpy(level, p.value(QStringLiteral("npy")), p.isSet(QStringLiteral("enrolments")));
        err(QCoreApplication::translate("LibraryCommand", "library export: %1 (+ .sources.txt)").arg(p.value(QStringLiteral("npy"))));
    }
    return 0;
}

int cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(levelOpt());
    p.addOption({QStringLiteral("csv"), QCoreApplication::translate("LibraryCommand", "STOPA fingerprint CSV."), QStringLiteral("stopa.csv")});
    p.addOption({QStringLiteral("model-name"), QCoreApplication::translate("LibraryCommand", "The model the CSV's fingerprints come from; must be the library's model."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("force"), QCoreApplication::translate("LibraryCommand", "Import without checking the model (the CSV does not name one).")});
    if (!parse(p, QStringLiteral("import"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("csv"))) {
        err(QStringLiteral("sourcetrace-cli library import: ") + QCoreApplication::translate("LibraryCommand", "--csv is required"));
        return 2;
    }
    FingerprintLibrary lib(p.positionalArguments()[0]);
    // A STOPA CSV carries no model: the caller vouches for it with --model-name (checked) or --force.
    const QString bound = lib.model().name;
    if (!p.isSet(QStringLiteral("force"))) {
        if (!p.isSet(QStringLiteral("model-name"))) {
            err(QStringLiteral("sourcetrace-cli library import: ") + QCoreApplication::translate("LibraryCommand", "%1: a STOPA fingerprint CSV does not say which model made "
                               "it; library %2 is bound to model %3: give --model-name %3 if the CSV comes from that model, "
                               "or --force to import it unchecked")
                    .arg(p.value(QStringLiteral("csv")), p.positionalArguments()[0], bound));
            return 2;
        }
        if (p.value(QStringLiteral("model-name")) != bound) {
            err(QStringLiteral("sourcetrace-cli library import: ") + QCoreApplication::translate("LibraryCommand", "library %1 is bound to model %2; refusing fingerprints of "
                               "model %3 from %4 (create a library for %3, or --force)")
                    .arg(p.positionalArguments()[0], bound, p.value(QStringLiteral("model-name")), p.value(QStringLiteral("csv"))));
            return 1;
        }
    }
    const EnrolReport r = lib.importStopaCsv(p.value(QStringLiteral("csv")), levelOption(p));
    err(QCoreApplication::translate("LibraryCommand", "library import: %1 fingerprints added, %2 already there").arg(r.added).arg(r.skipped));
    return 0;
}

int cmdEdit(const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(levelOpt());
    const int need = sub == QLatin1String("delete") ? 2 : 3;
    const QString help = sub == QLatin1String("delete") ? QStringLiteral("L.db NAME")
                                                        : sub == QLatin1String("rename") ? QStringLiteral("L.db FROM TO")
                                                                                         : QStringLiteral("L.db FROM INTO");
    if (!parse(p, sub, args, need, help))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList a = p.positionalArguments();
    FingerprintLibrary lib(a[0]);
    const SourceLevel level = levelOption(p);
    if (sub == QLatin1String("rename")) {
        lib.rename(level, a[1], a[2]);
        err(QCoreApplication::translate("LibraryCommand", "library: %1 '%2' renamed to '%3'").arg(sourceLevelName(level), a[1], a[2]));
    } else if (sub == QLatin1String("merge")) {
        lib.merge(level, a[1], a[2]);
        err(QCoreApplication::translate("LibraryCommand", "library: %1 '%2' merged into '%3' (%4 enrolments)").arg(sourceLevelName(level), a[1], a[2])
                .arg(lib.source(level, a[2]).count));
    } else {
        const SourceSnapshot s = lib.remove(level, a[1]);
        err(QCoreApplication::translate("LibraryCommand", "library: %1 '%2' deleted (%3 enrolments)").arg(sourceLevelName(level), a[1]).arg(s.enrolments.size()));
    }
    return 0;
}

int cmdVerify(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, QStringLiteral("verify"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    FingerprintLibrary lib(p.positionalArguments()[0], LibraryAccess::Inspect);
    const QList<VerifyProblem> problems = lib.verify();
    for (const VerifyProblem &v : problems)
        out(v.describe());
    QString sources;
    try {
        sources = QCoreApplication::translate("LibraryCommand", "%1 sources, ").arg(lib.sources().size());
    } catch (const Error &) {
    }
    err(QCoreApplication::translate("LibraryCommand", "library verify: %1%2 problems").arg(sources).arg(problems.size()));
    return problems.isEmpty() ? 0 : 1;
}

int cmdUpgrade(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, QStringLiteral("upgrade"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    FingerprintLibrary lib(p.positionalArguments()[0]); // read-write: applies the missing migrations
    err(QCoreApplication::translate("LibraryCommand", "library upgrade: %1 is at schema v%2").arg(lib.path()).arg(lib.schemaVersion()));
    return 0;
}

int cmdCalibrate(const QStringList &args)
{
    QCommandLineParser p;
    addLibraryInputOptions(p);
    p.addOption({QStringLiteral("backend"), QCoreApplication::translate("LibraryCommand", "cosine (default), mahalanobis, knn, or a stored trained one: mlp, siamese-ce, siamese-cl, siamese-zs."), QStringLiteral("B"), QStringLiteral("cosine")});
    p.addOption({QStringLiteral("target-far"), QCoreApplication::translate("LibraryCommand", "Threshold at this false-alarm rate instead of the EER."), QStringLiteral("RATE")});
    p.addOption({QStringLiteral("k"), QCoreApplication::translate("LibraryCommand", "knn: k (default 7)."), QStringLiteral("K")});
    p.addOption({QStringLiteral("shrinkage"), QCoreApplication::translate("LibraryCommand", "mahalanobis: shrinkage (default 0.1)."), QStringLiteral("A")});
    p.addOption({QStringLiteral("center"), QCoreApplication::translate("LibraryCommand", "cosine: subtract the mean enrolment embedding first.")});
    if (!parse(p, QStringLiteral("calibrate"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("protocol"))) {
        err(QStringLiteral("sourcetrace-cli library calibrate: ") + QCoreApplication::translate("LibraryCommand", "--protocol (a labelled development protocol) is required"));
        return 2;
    }
    const QString path = p.positionalArguments()[0];
    FingerprintLibrary lib(path);
    lib.checkForWriting(); // thresholds will be stored: refuse a damaged library before embedding anything
    BackendParams params;
    if (p.isSet(QStringLiteral("k")))
        params[QStringLiteral("k")] = p.value(QStringLiteral("k"));
    if (p.isSet(QStringLiteral("shrinkage")))
        params[QStringLiteral("shrinkage")] = p.value(QStringLiteral("shrinkage"));
    if (p.isSet(QStringLiteral("center")))
        params[QStringLiteral("center")] = 1;
    auto backend = TraceBackend::forLibrary(lib, p.value(QStringLiteral("backend")), params); // a trained one: its stored fit
    const std::vector<LabelledInput> inputs = libraryInputs(p, 1);
    EmbeddingSource source(p, lib);
    std::vector<LabelledEmbedding> dev(inputs.size());
    std::vector<char> ok(inputs.size(), 0);
    QStringList failures = runBatch(QCoreApplication::translate("LibraryCommand", "embed the development clips"), int(inputs.size()), p,
        [&](int i) -> QString {
            dev[std::size_t(i)].clip = inputs[std::size_t(i)].labels;
            dev[std::size_t(i)].embedding = source.embed(inputs[std::size_t(i)]);
            ok[std::size_t(i)] = 1;
            return {};
        },
        [&](int i) { return inputs[std::size_t(i)].key; });
    std::vector<LabelledEmbedding> good;
    for (std::size_t i = 0; i < dev.size(); ++i)
        if (ok[i])
            good.push_back(dev[i]);
    for (const QString &f : failures)
        err(f.startsWith(QLatin1String("sourcetrace-cli")) ? f : QStringLiteral("sourcetrace-cli: %1").arg(f));
    const QString proto = p.value(QStringLiteral("protocol"));
    const bool far = p.isSet(QStringLiteral("target-far"));
    const auto thresholds = calibrateOpenSet(*backend, good, far ? QStringLiteral("far") : QStringLiteral("eer"),
                                             far ? p.value(QStringLiteral("target-far")).toDouble() : 0.0,
                                             QFileInfo(proto).fileName(), sha256OfFile(proto));
    if (thresholds.empty()) {
        err(QStringLiteral("sourcetrace-cli library calibrate: ") + QCoreApplication::translate("LibraryCommand", "no level had both target and non-target trials in %1").arg(proto));
        return 1;
    }
    for (const StoredThreshold &t : thresholds) {
        lib.setThreshold(t);
        out(QStringLiteral("%1\t%2\tthreshold %3\tdev EER %4 %").arg(sourceLevelName(t.level), t.backend)
                .arg(t.threshold, 0, 'g', 8).arg(100 * t.eer, 0, 'f', 2));
    }
    // The same dev trials give the LR calibration that `trace` applies to each level's top candidate.
    for (const StoredLrCalibration &c : calibrateLr(*backend, good, QFileInfo(proto).fileName(), sha256OfFile(proto))) {
        lib.setLrCalibration(c);
        out(QStringLiteral("%1\t%2\tllr = %3 * score + %4\t%5 target / %6 non-target trials\tdev Cllr %7 -> %8 bits%9")
                .arg(sourceLevelName(c.level), c.backend)
                .arg(c.a, 0, 'g', 8).arg(c.b, 0, 'g', 8)
                .arg(c.targets).arg(c.nontargets)
                .arg(c.devCllrRaw, 0, 'f', 3).arg(c.devCllrCalibrated, 0, 'f', 3)
                .arg(c.separable ? QStringLiteral(" (separable dev scores: the LR scale is ridge-limited)") : QString()));
    }
    return failures.isEmpty() ? 0 : 1;
}

int cmdFitBackend(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("backend"), QCoreApplication::translate("LibraryCommand", "mlp, siamese-ce, siamese-cl or siamese-zs."), QStringLiteral("B")});
    p.addOption({QStringLiteral("level"), QCoreApplication::translate("LibraryCommand", "Only this level (default: every level with sources)."), QStringLiteral("L")});
    p.addOption({QStringLiteral("epochs"), QCoreApplication::translate("LibraryCommand", "Training epochs (mlp 100, siamese 30; 0 with --weights: as published)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("LibraryCommand", "Random seed (default 1): same seed, same weights."), QStringLiteral("S")});
    p.addOption({QStringLiteral("lr"), QCoreApplication::translate("LibraryCommand", "Adam learning rate (default 0.001)."), QStringLiteral("R")});
    p.addOption({QStringLiteral("hidden"), QCoreApplication::translate("LibraryCommand", "Width of the first hidden layer (default 128)."), QStringLiteral("H")});
    p.addOption({QStringLiteral("batch"), QCoreApplication::translate("LibraryCommand", "Minibatch size (mlp 32, siamese 128)."), QStringLiteral("B")});
    p.addOption({QStringLiteral("pairs"), QCoreApplication::translate("LibraryCommand", "siamese: pairs drawn per epoch (default 4096)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("margin"), QCoreApplication::translate("LibraryCommand", "siamese-cl/zs: contrastive margin (default 1.0)."), QStringLiteral("M")});
    p.addOption({QStringLiteral("weights"), QCoreApplication::translate("LibraryCommand", "siamese-cl/zs: published PyTorch state dict of the tower (160-128-64-32)."), QStringLiteral("PTH")});
    p.addOption({QStringLiteral("no-progress"), QCoreApplication::translate("LibraryCommand", "No progress bar.")});
    if (!parse(p, QStringLiteral("fit-backend"), args, 1, QStringLiteral("L.db")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("backend"))) {
        err(QStringLiteral("sourcetrace-cli library fit-backend: ") + QCoreApplication::translate("LibraryCommand", "--backend (mlp, siamese-ce, siamese-cl or siamese-zs) is required"));
        return 2;
    }
    BackendParams params;
    for (const QString &k : {QStringLiteral("epochs"), QStringLiteral("seed"), QStringLiteral("lr"), QStringLiteral("hidden"),
                             QStringLiteral("batch"), QStringLiteral("pairs"), QStringLiteral("margin")})
        if (p.isSet(k))
            params[k] = p.value(k);
    if (p.isSet(QStringLiteral("weights")))
        params[QStringLiteral("weights")] = QFileInfo(p.value(QStringLiteral("weights"))).absoluteFilePath();
    const QString name = p.value(QStringLiteral("backend"));
    auto backend = TraceBackend::create(name, params); // refuses unknown names and parameters
    if (!backend->trained()) {
        err(QStringLiteral("sourcetrace-cli library fit-backend: ") + QCoreApplication::translate("LibraryCommand", "%1 is not a trained back-end (it is fitted when tracing); "
                           "trained ones: mlp, siamese-ce, siamese-cl, siamese-zs").arg(name));
        return 2;
    }
    const QString path = p.positionalArguments()[0];
    FingerprintLibrary lib(path);
    lib.checkForWriting();
    std::map<SourceLevel, EnrolmentSet> sets;
    for (SourceLevel l : p.isSet(QStringLiteral("level")) ? std::vector<SourceLevel>{levelOption(p)} : lib.levels()) {
        EnrolmentSet s = lib.enrolmentSet(l);
        if (!s.bySource.isEmpty())
            sets[l] = std::move(s);
    }
    if (sets.empty())
        throw Error(path, QCoreApplication::translate("LibraryCommand", "no enrolled sources at %1").arg(p.isSet(QStringLiteral("level")) ? p.value(QStringLiteral("level"))
                                                                                                      : QCoreApplication::translate("LibraryCommand", "any level")));
    const int levelCount = int(sets.size());
    // Training runs as a job, so ConsoleProgress draws its bar; the loss of every epoch goes to stderr too.
    JobManager manager(1);
    ConsoleProgress progress(&manager);
    progress.setEnabled(!p.isSet(QStringLiteral("no-progress")));
    JobPtr job = manager.run(QCoreApplication::translate("LibraryCommand", "fit %1").arg(name), [&](JobContext &ctx) -> QVariant {
        int done = 0;
        SourceLevel current = sets.begin()->first;
        backend->setTrainingMonitor([&](SourceLevel level, const TrainingEpoch &e) {
            if (level != current) {
                current = level;
                ++done;
            }
            ctx.checkCancelled();
            ctx.setProgress((done + double(e.epoch) / e.epochs) / levelCount,
                            QCoreApplication::translate("LibraryCommand", "%1 epoch %2/%3 loss %4").arg(sourceLevelName(level)).arg(e.epoch).arg(e.epochs).arg(e.loss, 0, 'f', 4));
            std::fprintf(ConsoleProgress::defaultStream(), "%s\n",
                         qPrintable(QCoreApplication::translate("LibraryCommand", "library fit-backend: %1 %2 epoch %3/%4 loss %5")
                                        .arg(name, sourceLevelName(level)).arg(e.epoch).arg(e.epochs).arg(e.loss, 0, 'f', 6)));
            std::fflush(ConsoleProgress::defaultStream());
        });
        backend->fit(sets);
        return {};
    });
    manager.waitFor(job);
    if (job->state() != JobState::Succeeded) {
        err(QStringLiteral("sourcetrace-cli library fit-backend: ") + QCoreApplication::translate("LibraryCommand", "%1 (nothing stored)").arg(job->errorMessage()));
        return 1;
    }
    backend->storeFit(lib);
    for (const StoredBackendFit &f : lib.backendFits(name))
        out(QStringLiteral("%1\t%2\t%3 sources\t%4 epochs\tfinal loss %5\tenrolments %6...")
                .arg(sourceLevelName(f.level), f.backend).arg(f.sources.size()).arg(f.losses.size())
                .arg(f.losses.empty() ? QStringLiteral("-") : QString::number(f.losses.back(), 'g', 6), f.enrolmentDigest.left(12)));
    err(QCoreApplication::translate("LibraryCommand", "library fit-backend: %1 stored in %2; `trace --backend %1` uses it while the enrolments stay as they are")
            .arg(name, lib.path()));
    return 0;
}

int runLibrary(const QStringList &args)
{
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        out(QCoreApplication::translate("LibraryCommand", kUsage));
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args[0];
    const QStringList rest = args.mid(1);
    try {
        if (sub == QLatin1String("create"))
            return cmdCreate(rest);
        if (sub == QLatin1String("enrol") || sub == QLatin1String("enroll"))
            return cmdEnrol(rest);
        if (sub == QLatin1String("list"))
            return cmdList(rest);
        if (sub == QLatin1String("export"))
            return cmdExport(rest);
        if (sub == QLatin1String("import"))
            return cmdImport(rest);
        if (sub == QLatin1String("rename") || sub == QLatin1String("merge") || sub == QLatin1String("delete"))
            return cmdEdit(sub, rest);
        if (sub == QLatin1String("verify"))
            return cmdVerify(rest);
        if (sub == QLatin1String("upgrade"))
            return cmdUpgrade(rest);
        if (sub == QLatin1String("calibrate"))
            return cmdCalibrate(rest);
        if (sub == QLatin1String("fit-backend"))
            return cmdFitBackend(rest);
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli library %1: %2").arg(sub, e.message()));
        return 1;
    }
    err(QStringLiteral("sourcetrace-cli library: ") + QCoreApplication::translate("LibraryCommand", "unknown command '%1'\n%2").arg(sub, QCoreApplication::translate("LibraryCommand", kUsage)));
    return 2;
}

CliRegistrar reg(QStringLiteral("library"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "fingerprint libraries: create, enrol, list, export/import (STOPA CSV, .npy), edit, calibrate")),
                 runLibrary);

} // namespace

} // namespace st::cli
