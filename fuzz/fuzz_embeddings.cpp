// Fuzz target: EmbeddingTable::readCsv, the embedding CSV reader of `evaluate trace` (STOPA's
// *_fingerprint_avg_emb.csv layout). What it returns must be rectangular, finite and uniquely named.
#include "FuzzSupport.h"

#include "eval/EmbeddingTable.h"

#include <QSet>

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("embeddings.csv"));
    stfuzz::expectCleanError([&] {
        const st::EmbeddingTable t = st::EmbeddingTable::readCsv(path);
        if (t.rows.empty() || int(t.rows.size()) != t.names.size() || t.lines.size() != t.rows.size())
            std::abort();
        QSet<QString> names;
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            if (int(t.rows[i].size()) != t.dimension() || t.names[int(i)].isEmpty()
                || names.contains(t.names[int(i)]))
                std::abort();
            names.insert(t.names[int(i)]);
            for (float v : t.rows[i])
                if (!std::isfinite(v))
                    std::abort();
        }
    });
    return 0;
}
