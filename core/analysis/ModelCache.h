#pragma once
// Loaded models shared by every analysis of a process (GUI window, CLI run, report): one cache in core.
#include "models/EmbeddingModel.h"
#include "models/ModelManifest.h"

#include <QMap>
#include <QString>
#include <mutex>

namespace st {

/// Loaded models by manifest (its path and every field, and the run options), shared by the jobs of a
/// process. A model runs one forward at a time: callers hold runLock() while they use it.
class ModelCache
{
public:
    /// Loads on first use (ModelRegistry::load: weights verified); later calls re-verify the weights
    /// (cheap through the registry's hash cache) so a file changed on disk is refused. Thread-safe.
    /// Throws st::Error naming the manifest or weights.
    EmbeddingModelPtr get(const ModelManifest &m, const RunOptions &opt = {});
    std::mutex &runLock() { return m_run; }
    int size() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    std::mutex m_run;
    QMap<QString, EmbeddingModelPtr> m_models;
};

} // namespace st
