#pragma once
// The models the GUI offers: the ModelRegistry's manifests with their weights checked against the
// pinned SHA-256. Scanning and hashing run as a job (never on the GUI thread); ready() says when the
// list is there. A model whose weights are missing, unpinned or different is listed as refused,
// with the registry's message as the reason; so are manifests that do not parse.
#include "models/ModelManifest.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace st {

class JobManager;

struct CatalogEntry
{
    QString name;            ///< the manifest name (or the file name of a manifest that does not parse)
    ModelManifest manifest;  ///< valid when usable or refused for its weights
    bool usable = false;     ///< weights present and equal to the pinned hash
    QString reason;          ///< why it is refused (empty when usable)
    bool isDetector() const { return usable && manifest.isDetector(); }
    /// One line for a tooltip: the reason, or the architecture, convention and short hash.
    QString description() const;
};

class ModelCatalog : public QObject
{
    Q_OBJECT
public:
    /// `folders` empty: ModelRegistry::defaultFolders().
    explicit ModelCatalog(QObject *parent = nullptr);

    void setFolders(const QStringList &folders) { m_folders = folders; }
    QStringList folders() const;

    /// Scans (and hashes) in a job of `jobs`; ready() follows on the GUI thread.
    void refresh(JobManager *jobs);
    /// The same on the calling thread (tests, the command line).
    static QList<CatalogEntry> scan(const QStringList &folders);

    bool isReady() const { return m_ready; }
    const QList<CatalogEntry> &entries() const { return m_entries; }
    const CatalogEntry *find(const QString &name) const;

signals:
    void ready();
    void failed(const QString &message);

private:
    QStringList m_folders;
    QList<CatalogEntry> m_entries;
    bool m_ready = false;
    int m_generation = 0;
};

} // namespace st
