#pragma once
// NumPy .npy files (format version 1.0, little-endian, C order): the exchange format for embeddings,
// spectrograms and attributions.
#include <QString>
#include <cstdint>
#include <vector>

namespace st {

/// Writes float32 data of the given shape. Throws st::Error naming the file on I/O failure.
void writeNpy(const QString &path, const float *data, const std::vector<int64_t> &shape);
/// Reads a float32 or float64 (converted) .npy file in C order; `shape` receives its shape.
/// Throws st::Error naming the file and the cause for anything else (bad magic, Fortran order, dtype).
std::vector<float> readNpy(const QString &path, std::vector<int64_t> &shape);

} // namespace st
