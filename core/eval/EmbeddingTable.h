#pragma once
// Embeddings stored as CSV, one clip (or one fingerprint) a line: the layout of STOPA's
// `*_fingerprint_avg_emb.csv` (first column `file`) and of the zero-shot paper's embedding files (first column
// `filename`), then one numeric column per dimension (headers 0..d-1).
#include "eval/ScoringBackend.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace st {

class EmbeddingTable
{
public:
    QStringList names;
    std::vector<Embedding> rows;
    std::vector<int> lines; ///< the 1-based line of each row


    int dimension() const { return rows.empty() ? 0 : int(rows.front().size()); }
    /// Throws st::Error(path, cause, line) for a line with the wrong number of fields, a value that is not a
    /// finite number (NaN, inf, beyond float range), invalid UTF-8, an empty or repeated name, no rows.
    static EmbeddingTable readCsv(const QString &path);
};

} // namespace st
