#include "analysis/ModelCache.h"

#include "models/ModelRegistry.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace st {

EmbeddingModelPtr ModelCache::get(const ModelManifest &m, const RunOptions &opt)
{
    // The model carries its manifest (ModelRunner's input policy comes from it): every field is part of
    // the key, so an edited manifest never runs with a stale one.
    const QString key = QFileInfo(m.manifestPath).absoluteFilePath() + QLatin1Char('|')
                        + QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact))
                        + QStringLiteral("|%1|%2").arg(opt.preferCuda).arg(opt.threads);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto it = m_models.find(key);
        if (it != m_models.end()) {
            ModelRegistry::verifyWeights(m);
            return it.value();
        }
    }
    EmbeddingModelPtr model = ModelRegistry::load(m, opt);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_models.insert(key, model);
    return model;
}

int ModelCache::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_models.size();
}

void ModelCache::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_models.clear();
}

} // namespace st
