#pragma once
// The weights format SourceTrace writes for the models it trains, and reads for any model: safetensors
// (an 8-byte little-endian header length, a JSON header {name: {dtype, shape, data_offsets}, "__metadata__":
// {string: string}}, then the raw little-endian tensor bytes). Simple enough to verify completely before use:
// every tensor's byte range must lie inside the data section, ranges must not overlap and must cover it, shapes
// must match their byte counts. No LibTorch here: tensors come back as PthTensor (the same struct the .pth reader
// gives), so every loader reads either format through readStateDictFile().
#include "models/PthReader.h"

#include <QMap>
#include <QString>

#include <cstdint>
#include <vector>

namespace st {

/// One float32 tensor to write.
struct NamedTensor
{
    QString name;
    std::vector<int64_t> shape;
    std::vector<float> values; ///< row-major, product(shape) values
};

/// Writes `tensors` (names unique) with `metadata` as a safetensors file, atomically (QSaveFile). Throws
/// st::Error naming the file. The bytes are a pure function of the inputs (names sorted).
void writeSafetensors(const QString &path, const std::vector<NamedTensor> &tensors,
                      const QMap<QString, QString> &metadata = {});

/// Reads a safetensors file; throws st::Error naming the file and the defect (truncated, header too large,
/// bad JSON, unsupported dtype, a range outside the data, overlapping ranges, a shape that does not match).
std::vector<PthTensor> readSafetensors(const QString &path, QMap<QString, QString> *metadata = nullptr);

/// True when the file starts like a safetensors file (an 8-byte length followed by '{').
bool looksLikeSafetensors(const QString &path);

/// A state dict from either format: safetensors when it looks like one, else a PyTorch zip (.pth/.pt).
std::vector<PthTensor> readStateDictFile(const QString &path);

} // namespace st
