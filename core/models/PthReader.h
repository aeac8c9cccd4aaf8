#pragma once
// Reads a PyTorch state dict saved with `torch.save(model.state_dict(), path)` (the zip format) without
// Python and without LibTorch's own unpicklers, which fail on the published checkpoints (tensors saved
// on 'cuda:0', an OrderedDict with `_metadata`). The zip is opened with LibTorch's stream reader; its
// `data.pkl` is interpreted by a small unpickler that knows exactly the opcodes such files use
// (PROTO, GLOBAL, REDUCE, BUILD, BINPERSID, MARK, TUPLE, TUPLE1..3, EMPTY_TUPLE, EMPTY_DICT, SETITEM,
// SETITEMS, BINPUT, LONG_BINPUT, BINGET, LONG_BINGET, BININT1, BININT2, BINUNICODE, NEWFALSE, STOP, and
// the harmless NONE, NEWTRUE, BININT). Every storage is read to host memory whatever device it was
// saved on. Anything else is refused with an st::Error naming the file and what was found.
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace st {

/// One tensor of a state dict: its name, element type, shape, strides (in elements) and the bytes of
/// the storage it views. Values are little-endian as saved.
struct PthTensor
{
    QString name;
    QString dtype;                 ///< "float32", "float64", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"
    std::vector<int64_t> shape;
    std::vector<int64_t> stride;
    int64_t storageOffset = 0;     ///< in elements
    QString storageKey;            ///< the record name under data/
    QString location;              ///< where it was saved, e.g. "cuda:0" (informative only)
    std::shared_ptr<const std::vector<char>> storage;

    int64_t numel() const;
    int elementSize() const;
    /// The values in row-major (contiguous) order, converted to float (float/int types only).
    std::vector<float> toFloat() const;
    /// The values in row-major order as int64 (integer and bool types only).
    std::vector<int64_t> toInt64() const;
    /// "[64, 1, 2, 3]"
    QString shapeString() const;
};

/// Reads whole state dicts. All functions throw st::Error naming the file: not a zip, truncated, no
/// data.pkl, an opcode or global outside the supported subset, a storage record missing or too short.
class PthReader
{
public:
    /// The tensors in the order of the file (the state dict's order).
    static std::vector<PthTensor> readStateDict(const QString &path);
};

} // namespace st
