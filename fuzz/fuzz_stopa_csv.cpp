// Fuzz target: the STOPA fingerprint CSV reader (`library import --csv`): header "file,0,...,D-1", one source a
// row. A broken file must give st::Error naming the line; a file that reads must write back and read again to
// the same names and values (the exporter's float32 format round-trips).
#include "FuzzSupport.h"

#include "library/StopaFingerprintCsv.h"

#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("input.csv"));
    stfuzz::expectCleanError([&] {
        const st::StopaFingerprintCsv csv = st::StopaFingerprintCsv::read(path);
        const QString again = stfuzz::scratchDir() + QStringLiteral("/again.csv");
        csv.write(again);
        const st::StopaFingerprintCsv back = st::StopaFingerprintCsv::read(again);
        if (back.names != csv.names || back.rows.size() != csv.rows.size())
            std::abort();
        for (std::size_t i = 0; i < csv.rows.size(); ++i)
            if (csv.rows[i].size() != back.rows[i].size()
                || std::memcmp(csv.rows[i].data(), back.rows[i].data(), csv.rows[i].size() * sizeof(float)) != 0)
                std::abort(); // NaN payloads compare by bits too: the reader only accepts what the writer wrote back
    });
    return 0;
}
