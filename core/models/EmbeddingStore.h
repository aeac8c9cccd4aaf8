#pragma once
// Where a batch embedding run (sourcetrace-cli embed) puts its results, and what lets it resume:
// rows already stored are known by key and skipped by the caller.
//
// Npy format: OUT is a folder holding
//   embeddings.npy  float32, N x D (row i = key i)
//   logits.npy      float32, N x C
//   keys.txt        N lines, UTF-8: the clip's key (the path as given, or the protocol's file column)
//   model.json      which model made them: its manifest, weights SHA-256, input policy, the build
// The folder is rewritten atomically file by file at each flush().
// Csv format: OUT is a file in STOPA's layout: a header "file,0,1,...,D-1", then one row per clip
// (key, then D values); rows are appended and flushed one by one. Logits are not stored.
#include "models/ModelManifest.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

class QFile;

namespace st {

class EmbeddingStore
{
public:
    enum class Format { Npy, Csv };

    /// Opens OUT, creating it when absent, and reads what is already there. `runInfo` (input
    /// policy, etc.) goes into model.json. Throws st::Error naming OUT when it holds results of
    /// another model (other name or weights hash) or of another embedding size, or cannot be read.
    EmbeddingStore(const QString &out, Format format, const ModelManifest &model, int embeddingDim,
                   int numClasses, const QJsonObject &runInfo = {});
    ~EmbeddingStore();
    EmbeddingStore(const EmbeddingStore &) = delete;
    EmbeddingStore &operator=(const EmbeddingStore &) = delete;

    Format format() const { return m_format; }
    QString path() const { return m_out; }
    bool contains(const QString &key) const { return m_keySet.contains(key); }
    int count() const { return int(m_keys.size()); }
    const QStringList &keys() const { return m_keys; }
    /// Row-major N x D (Npy and Csv alike).
    const std::vector<float> &embeddings() const { return m_embeddings; }

    /// Adds one row (the key must be new: a duplicate key throws). Csv rows are written at once;
    /// Npy rows at the next flush(), which also happens automatically every `autoFlushEvery` rows.
    void add(const QString &key, const std::vector<float> &embedding, const std::vector<float> &logits);
    void flush();
    void setAutoFlushEvery(int rows) { m_autoFlush = rows; }

    /// Reads a key list (one per line; empty lines ignored).
    static QStringList readKeys(const QString &path);

private:
    void openNpy();
    void openCsv();
    void writeNpyFolder();

    QString m_out;
    Format m_format;
    ModelManifest m_model;
    int m_dim;
    int m_classes;
    QJsonObject m_runInfo;
    QStringList m_keys;
    QSet<QString> m_keySet;
    std::vector<float> m_embeddings;
    std::vector<float> m_logits;
    int m_unflushed = 0;
    int m_autoFlush = 16;
    QFile *m_csv = nullptr;
};

} // namespace st
