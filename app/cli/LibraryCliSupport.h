#pragma once
// What `library enrol`, `library calibrate` and `trace` share: the clips (FILE... or a labelled project
// protocol), and where their embeddings come from: the library's own model (loaded and run), or a folder
// written by `sourcetrace-cli embed` (--embeddings DIR: embeddings.npy, logits.npy, keys.txt, model.json),
// whose model must be the library's.
#include "eval/Protocol.h"
#include "library/FingerprintLibrary.h"
#include "models/ModelRunner.h"

#include <QCommandLineParser>
#include <QHash>
#include <memory>
#include <vector>

namespace st::cli {

struct LabelledInput
{
    QString key;         ///< the path as given, or the protocol's `file` column
    QString path;        ///< the audio file
    LabelledClip labels; ///< empty for FILE arguments
};

/// Adds --protocol, --root, --embeddings, --model, --threads, --cpu, --no-progress.
void addLibraryInputOptions(QCommandLineParser &p);

/// FILE arguments (starting at positional index `firstFile`) or the clips of --protocol (project TSV, labels at
/// every level), paths resolved against --root (default: the protocol's folder). Throws st::Error.
std::vector<LabelledInput> libraryInputs(const QCommandLineParser &p, int firstFile);

/// Gives each clip's embedding (and logits when known).
class EmbeddingSource
{
public:
    /// From --embeddings DIR, or else from the library's model (or --model, which must be the library's).
    /// Throws st::Error naming both models when they differ from the library's.
    EmbeddingSource(const QCommandLineParser &p, const FingerprintLibrary &library);
    ~EmbeddingSource();
    /// Throws st::Error (no such key in --embeddings, unreadable audio, ...).
    std::vector<float> embed(const LabelledInput &in, std::vector<float> *logits = nullptr);
    bool precomputed() const { return !m_keys.isEmpty(); }
    /// The manifest of the model that embeds the clips (nullptr with --embeddings).
    const ModelManifest *modelManifest() const { return m_runner ? &m_runner->manifest() : nullptr; }
    /// The model that embeds the clips (nullptr with --embeddings).
    EmbeddingModelPtr model() const { return m_runner ? m_runner->model() : nullptr; }
    QString describe() const;

private:
    QHash<QString, int> m_keys;
    std::vector<float> m_embeddings, m_logits;
    int m_dim = 0, m_classes = 0;
    QString m_embeddingsFile;
    std::unique_ptr<ModelRunner> m_runner;
    int m_sampleRate = 16000;
    QString m_what;
};

} // namespace st::cli
