#pragma once
// The models SourceTrace knows: every manifest (*.json with a "kind") found in the model folders,
// listed by manifest name. Loading a model checks that its weights are exactly the ones the manifest
// pins (SHA-256) and, for TorchScript, that its outputs have the declared shapes; anything else is
// refused with a message that names the file and what is wrong.
#include "models/EmbeddingModel.h"
#include "models/ModelManifest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace st {

/// One manifest found by a scan, with what is known about its weights without loading them.
struct ModelEntry
{
    enum class WeightsState
    {
        NotChecked, ///< hash not computed yet (ModelRegistry::checkWeights() fills it in)
        Ok,         ///< file present, hash equals the manifest's
        Mismatch,   ///< file present, hash differs
        Missing,    ///< no file at the resolved path
        NotPinned   ///< the manifest has no weightsSha256
    };
    ModelManifest manifest;
    QString folder;          ///< the registry folder it was found in
    WeightsState weights = WeightsState::NotChecked;
    QString actualSha256;    ///< when computed
    QString shadowedBy;      ///< non-empty: another manifest of the same name was found first (its path)
};

QString weightsStateName(ModelEntry::WeightsState s);

/// The name of the project's own default model (models/sourcetrace-default/manifest.json), used when the user
/// names none.
inline QString defaultModelName() { return QStringLiteral("sourcetrace-default"); }

class ModelRegistry
{
public:
    /// The folders searched, in order (earlier ones win when two manifests share a name):
    ///  1. each folder of $SOURCETRACE_MODEL_PATH (':'-separated),
    ///  2. the user's folder: QStandardPaths::AppDataLocation + "/models",
    ///  3. the project's models/ folder: the first of <app dir>/../share/sourcetrace/models,
    ///     <app dir>/models, <app dir>/../models, <app dir>/../../models, $SOURCETRACE_SOURCE_DIR/models
    ///     that exists.
    /// Each folder is searched with its subfolders (two levels deep), e.g. models/published/*.json.
    static QStringList defaultFolders();
    static QString userFolder();

    explicit ModelRegistry(const QStringList &folders = defaultFolders());

    const QStringList &folders() const { return m_folders; }
    /// Scans the folders again. Manifests that do not parse are kept as problems (see problems()).
    void rescan();

    /// Every manifest found, in folder order; shadowed duplicates are included and marked.
    const QList<ModelEntry> &entries() const { return m_entries; }
    /// Files that look like manifests (JSON objects with "kind") but do not parse: the error messages.
    const QStringList &problems() const { return m_problems; }
    /// Names of the usable (non-shadowed) entries.
    QStringList names() const;
    /// The entry of that name (not shadowed), or nullptr.
    const ModelEntry *find(const QString &name) const;

    /// `nameOrPath` is a registry name or the path of a manifest file (anything ending in .json or
    /// naming an existing file). Throws st::Error naming what was looked for and where.
    ModelManifest resolve(const QString &nameOrPath) const;

    /// Computes the weights hash of every entry (cached) and sets its WeightsState.
    void checkWeights();

    /// Throws st::Error naming the weights file, the manifest, the pinned and the actual hash, when
    /// the weights file is missing, unpinned or different. Hashes are cached per (path, size, mtime)
    /// for the life of the process.
    static void verifyWeights(const ModelManifest &m);
    /// SHA-256 of a file through the process-wide cache.
    static QString cachedSha256(const QString &path);

    /// verifyWeights(), then loads the model for its kind: native AASIST or TorchScript (which is
    /// also checked on a test input: its outputs must have the declared shapes).
    static EmbeddingModelPtr load(const ModelManifest &m, const RunOptions &opt = {});

private:
    QStringList m_folders;
    QList<ModelEntry> m_entries;
    QStringList m_problems;
};

} // namespace st
