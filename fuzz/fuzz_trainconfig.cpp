// Fuzz target: the training run configuration reader (JSON with nested network, heads, augmentation and
// optimiser objects; every field's type and range) and the network config reader of trained models.
#include "FuzzSupport.h"

#include "models/SpectralConfig.h"
#include "train/TrainConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("run.json"));
    stfuzz::expectCleanError([&] {
        const st::train::TrainConfig c = st::train::TrainConfig::fromJsonFile(path);
        (void)st::train::TrainConfig::fromJson(c.toJson(), path);
    });
    stfuzz::expectCleanError([&] {
        const st::SpectralConfig c = st::SpectralConfig::fromJsonFile(path);
        (void)c.featureDim();
        (void)st::SpectralConfig::fromJson(c.toJson(), path);
    });
    return 0;
}
