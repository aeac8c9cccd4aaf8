// Fuzz target: the PyTorch checkpoint reader (zip directory and CRC-32 checks, then the pickle subset
// interpreter and the tensor views), as the native AASIST loader uses it; converts every tensor.
#include "FuzzSupport.h"

#include "models/PthReader.h"
#include "models/ZipDirectory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("checkpoint.pth"));
    stfuzz::expectCleanError([&] {
        for (const st::PthTensor &t : st::PthReader::readStateDict(path)) {
            if (t.dtype == QLatin1String("int64") || t.dtype == QLatin1String("int32") || t.dtype == QLatin1String("bool"))
                (void)t.toInt64();
            else
                (void)t.toFloat();
            (void)t.shapeString();
        }
    });
    return 0;
}
