#include "models/ModelRegistry.h"

#include "audio/AudioFile.h"
#include "models/AasistModel.h"
#include "models/SpectralModel.h"
#include "models/TorchScriptModel.h"
#include "util/DataPaths.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::ModelRegistry) };
} // namespace

namespace st {

namespace {

struct HashKey
{
    qint64 size;
    qint64 mtimeMs;
    QString sha256;
};

QMutex &hashMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, HashKey> &hashCache()
{
    static QHash<QString, HashKey> c;
    return c;
}

// A JSON file is taken for a manifest when it is an object with a "kind" (other JSON files, such as
// the AASIST model configs, may sit in the same folders).
bool looksLikeManifest(const QString &path)
{
    QFile f(path);
    if (f.size() > 1 << 20 || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bytes.contains("\"kind\""); // a broken manifest is still reported as a problem
    return doc.isObject() && doc.object().contains(QStringLiteral("kind"));
}

QStringList manifestFilesIn(const QString &folder)
{
    QStringList files;
    const QDir root(folder);
    // The folder and its subfolders, two levels deep, sorted so that the order is stable.
    QStringList dirs{root.absolutePath()};
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString s = root.absoluteFilePath(sub);
        dirs << s;
        for (const QString &sub2 : QDir(s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            dirs << QDir(s).absoluteFilePath(sub2);
    }
    for (const QString &d : dirs)
        for (const QString &f : QDir(d).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << QDir(d).absoluteFilePath(f);
    return files;
}

} // namespace

QString weightsStateName(ModelEntry::WeightsState s)
{
    switch (s) {
    case ModelEntry::WeightsState::NotChecked: return QStringLiteral("not checked");
    case ModelEntry::WeightsState::Ok: return QStringLiteral("OK");
    case ModelEntry::WeightsState::Mismatch: return QStringLiteral("MISMATCH");
    case ModelEntry::WeightsState::Missing: return QStringLiteral("missing");
    case ModelEntry::WeightsState::NotPinned: return QStringLiteral("not pinned");
    }
    return {};
}

QString ModelRegistry::userFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/models");
}

QStringList ModelRegistry::defaultFolders()
{
    QStringList folders;
    for (const QString &p : qEnvironmentVariable("SOURCETRACE_MODEL_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        folders << QDir::cleanPath(QDir(p).absolutePath());
    const QString user = userFolder();
    if (!user.isEmpty())
        folders << user;
    // The installed layout (<prefix>/share/sourcetrace/models) first, then a checkout's models/ (util/DataPaths.h).
    QStringList projectCandidates;
    for (const DataRoot &r : dataRootCandidates())
        projectCandidates << r.modelsDir();
    for (const QString &c : projectCandidates) {
        // The project's folder is recognised by its published/ manifests or any manifest at all.
        const QFileInfo fi(c);
        if (fi.isDir() && !manifestFilesIn(c).isEmpty()) {
            folders << QDir::cleanPath(fi.absoluteFilePath());
            break;
        }
    }
    folders.removeDuplicates();
    return folders;
}

ModelRegistry::ModelRegistry(const QStringList &folders) : m_folders(folders)
{
    rescan();
}

void ModelRegistry::rescan()
{
    m_entries.clear();
    m_problems.clear();
    QHash<QString, QString> firstByName;
    QSet<QString> seenFiles;
    for (const QString &folder : m_folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        for (const QString &file : manifestFilesIn(folder)) {
            const QString canon = QFileInfo(file).canonicalFilePath();
            if (seenFiles.contains(canon) || !looksLikeManifest(file))
                continue;
            seenFiles.insert(canon);
            try {
                ModelEntry e;
                e.manifest = ModelManifest::fromJsonFile(file);
                e.folder = folder;
                if (firstByName.contains(e.manifest.name))
                    e.shadowedBy = firstByName.value(e.manifest.name);
                else
                    firstByName.insert(e.manifest.name, e.manifest.manifestPath);
                if (e.manifest.weightsSha256.isEmpty())
                    e.weights = ModelEntry::WeightsState::NotPinned;
                else if (!QFileInfo(e.manifest.resolvedWeightsPath()).isFile())
                    e.weights = ModelEntry::WeightsState::Missing;
                m_entries << e;
            } catch (const Error &err) {
                m_problems << err.message();
            }
        }
    }
}

QStringList ModelRegistry::names() const
{
    QStringList out;
    for (const ModelEntry &e : m_entries)
        if (e.shadowedBy.isEmpty())
            out << e.manifest.name;
    return out;
}

const ModelEntry *ModelRegistry::find(const QString &name) const
{
    for (const ModelEntry &e : m_entries)
        if (e.shadowedBy.isEmpty() && e.manifest.name == name)
            return &e;
    return nullptr;
}

ModelManifest ModelRegistry::resolve(const QString &nameOrPath) const
{
    if (const ModelEntry *e = find(nameOrPath))
        return e->manifest;
    const QFileInfo fi(nameOrPath);
    if (fi.isFile() || nameOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return ModelManifest::fromJsonFile(nameOrPath);
    const QStringList known = names();
    throw Error(Text::tr("no model named \"%1\": known models are %2 (searched %3); give a registry name or the path of a manifest .json")
                    .arg(nameOrPath,
                         known.isEmpty() ? Text::tr("none") : known.join(QStringLiteral(", ")),
                         m_folders.isEmpty() ? Text::tr("no folders") : m_folders.join(QStringLiteral(", "))));
}

QString ModelRegistry::cachedSha256(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        throw Error(path, Text::tr("file not found"));
    const QString key = fi.absoluteFilePath();
    const qint64 size = fi.size();
    const qint64 mtime = fi.lastModified().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&hashMutex());
        auto it = hashCache().constFind(key);
        if (it != hashCache().constEnd() && it->size == size && it->mtimeMs == mtime)
            return it->sha256;
    }
    const QString h = sha256OfFile(key);
    QMutexLocker lock(&hashMutex());
    hashCache().insert(key, HashKey{size, mtime, h});
    return h;
}

void ModelRegistry::checkWeights()
{
    for (ModelEntry &e : m_entries) {
        const QString w = e.manifest.resolvedWeightsPath();
        if (!QFileInfo(w).isFile()) {
            e.weights = ModelEntry::WeightsState::Missing;
            continue;
        }
        try {
            e.actualSha256 = cachedSha256(w);
        } catch (const Error &) {
            e.weights = ModelEntry::WeightsState::Missing;
            continue;
        }
        if (e.manifest.weightsSha256.isEmpty())
            e.weights = ModelEntry::WeightsState::NotPinned;
        else
            e.weights = e.actualSha256 == e.manifest.weightsSha256 ? ModelEntry::WeightsState::Ok
                                                                   : ModelEntry::WeightsState::Mismatch;
    }
}

void ModelRegistry::verifyWeights(const ModelManifest &m)
{
    const QString w = m.resolvedWeightsPath();
    if (QFileInfo(w).isDir())
        throw Error(w, Text::tr("the weightsFile \"%1\" of model \"%2\" (manifest %3) names a folder, not a weights "
                                      "file")
                           .arg(m.weightsFile, m.name, m.manifestPath));
    if (!QFileInfo(w).isFile())
        throw Error(w, Text::tr("weights file of model \"%1\" not found (manifest %2, weightsFile \"%3\"); "
                                      "put the file there or correct the manifest")
                           .arg(m.name, m.manifestPath, m.weightsFile));
    const QString actual = cachedSha256(w);
    if (m.weightsSha256.isEmpty())
        throw Error(w, Text::tr("model \"%1\" is refused: its manifest %2 pins no weightsSha256; the file's SHA-256 is %3 "
                                      "(add it to the manifest if this is the file you mean)")
                           .arg(m.name, m.manifestPath, actual));
    if (actual != m.weightsSha256)
        throw Error(w, Text::tr("model \"%1\" is refused: the weights' SHA-256 is %2 but the manifest %3 pins %4 "
                                      "(a different or altered file)")
                           .arg(m.name, actual, m.manifestPath, m.weightsSha256));
}

EmbeddingModelPtr ModelRegistry::load(const ModelManifest &m, const RunOptions &opt)
{
    verifyWeights(m);
    if (m.kind == QLatin1String("torchscript"))
        return std::make_shared<TorchScriptModel>(m, opt);
    if (m.kind == QLatin1String("native-aasist"))
        return loadAasist(m, opt);
    if (m.kind == QLatin1String("native-spectral"))
        return loadSpectral(m, opt);
    throw Error(m.manifestPath, Text::tr("model \"%1\" has unknown kind \"%2\"").arg(m.name, m.kind));
}

} // namespace st
