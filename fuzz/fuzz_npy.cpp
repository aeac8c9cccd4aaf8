// Fuzz target: readNpy (core/util/Npy), the reader of `embed` folders (embeddings.npy, logits.npy) for
// `evaluate trace`, `library enrol --embeddings` and `trace`. Allocations must be bounded by the file size
// (a header can announce any shape), and the data returned must match the shape.
#include "FuzzSupport.h"

#include "util/Npy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("input.npy"));
    stfuzz::expectCleanError([&] {
        std::vector<int64_t> shape;
        const std::vector<float> v = st::readNpy(path, shape);
        uint64_t n = 1;
        for (int64_t d : shape) {
            if (d < 0)
                std::abort();
            n *= uint64_t(d);
        }
        if (n != v.size() || v.size() * 4 > size)
            std::abort();
    });
    return 0;
}
