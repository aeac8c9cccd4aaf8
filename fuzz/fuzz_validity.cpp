// Fuzz target: a model's validity.json (detection calibration and validated conditions; every field's type and
// range), then a save/load round trip and an assessment of an arbitrary clip against what was read.
#include "FuzzSupport.h"

#include "library/ValidatedConditions.h"

#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("validity.json"));
    stfuzz::expectCleanError([&] {
        const st::ValidatedConditions v = st::ValidatedConditions::load(path);
        st::ClipConditions c;
        c.seconds = 1.0;
        c.bandwidthHz = 4000;
        c.codec = QStringLiteral("gsm");
        c.oodScore = 0.5;
        (void)st::assess(v, c);
        QTemporaryDir dir;
        const QString again = dir.filePath(QStringLiteral("validity.json"));
        v.save(again);
        (void)st::ValidatedConditions::load(again);
    });
    return 0;
}
