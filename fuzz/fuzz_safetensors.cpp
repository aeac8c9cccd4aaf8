// Fuzz target: the safetensors weights reader (header length, JSON header, dtypes, shapes, byte ranges), which
// every trained model's weights pass through before they reach LibTorch.
#include "FuzzSupport.h"

#include "models/Safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("weights.safetensors"));
    stfuzz::expectCleanError([&] {
        QMap<QString, QString> meta;
        for (const st::PthTensor &t : st::readSafetensors(path, &meta)) {
            if (t.dtype.startsWith(QLatin1String("float")))
                (void)t.toFloat();
            else
                (void)t.toInt64();
        }
    });
    return 0;
}
