// Fuzz target: the model manifest reader (JSON, every field's type and bounds). A manifest names the
// weights relative to itself, so the target also resolves the path (it never loads weights).
#include "FuzzSupport.h"

#include "models/ModelManifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("manifest.json"));
    stfuzz::expectCleanError([&] {
        const st::ModelManifest m = st::ModelManifest::fromJsonFile(path);
        (void)m.resolvedWeightsPath();
        (void)m.scoreConvention();
        (void)m.toJson();
    });
    return 0;
}
