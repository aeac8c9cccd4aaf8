// Replay driver for the fuzz targets in builds without libFuzzer (gcc, the normal build): runs
// LLVMFuzzerTestOneInput once per file named on the command line (a folder means every file in it,
// recursively). CTest runs each target over its seed corpus (fuzz/corpus/<name>/) and over the crash
// reproducers kept in fuzz/regressions/<name>/, so a fixed crash stays fixed in every build.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace fs = std::filesystem;

static bool runOne(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", p.c_str());
        return false;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return true;
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<fs::path> all;
            for (const auto &e : fs::recursive_directory_iterator(arg, ec))
                if (e.is_regular_file())
                    all.push_back(e.path());
            std::sort(all.begin(), all.end());
            for (const auto &p : all) {
                ok = runOne(p) && ok;
                ++files;
            }
        } else if (fs::exists(arg, ec)) {
            ok = runOne(arg) && ok;
            ++files;
        }
    }
    std::printf("replay: %d inputs ran without a crash\n", files);
    return ok ? 0 : 1;
}
