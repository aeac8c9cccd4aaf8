#pragma once
// STOPA's fingerprint CSV (`*_fingerprint_avg_emb.csv`): a header `file,0,1,...,D-1`, then one line per
// fingerprint: its source name, then D float32 values as pandas writes a float32 DataFrame (numpy's shortest
// round-trip repr of each float32: positional for 1e-4 <= |x| < 1e16 with at least one digit after the point,
// e.g. "0.561", "1.0", "-0.00093074306"; scientific otherwise, e.g. "4.331991e-05"). LF line ends, a final LF.
// Reading then writing reproduces such a file byte for byte.
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

struct StopaFingerprintCsv
{
    QStringList names;                 ///< column `file`, in file order
    std::vector<std::vector<float>> rows; ///< one per name, all of one dimension

    int dimension() const { return rows.empty() ? 0 : int(rows.front().size()); }

    /// Throws st::Error(path, cause, line) on a bad header, a line with the wrong number of fields, a value
    /// that is not a number or does not fit a float32, or an empty/duplicate name.
    static StopaFingerprintCsv read(const QString &path);
    /// Writes the layout above (atomically: a temporary file renamed over `path`). Throws st::Error.
    void write(const QString &path) const;
    /// The file's bytes (what write() puts on disk).
    QByteArray toBytes() const;
};

/// numpy's repr of a float32 (the text pandas writes), e.g. 1.7799069f -> "1.7799069", 4.331991e-05f ->
/// "4.331991e-05", 1.0f -> "1.0", nan -> "nan", inf -> "inf".
QString formatFloat32Numpy(float v);

} // namespace st
