#pragma once
// Helpers shared by the benchmark harnesses: memory figures, a cold page cache, a long test recording.
#include <QFile>
#include <QString>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace stbench {

/// A field of /proc/self/status in kB ("VmHWM" = peak resident memory, "VmRSS"); -1 when absent.
inline long statusKb(const char *field)
{
    std::ifstream f("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(f, line))
        if (line.compare(0, key.size(), key) == 0)
            return std::stol(line.substr(key.size()));
    return -1;
}

/// Drops a file from the page cache, so the next read comes from the disk (cold figures).
inline void evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

/// A speech-like mono PCM_16 WAV (noise bursts under a slow envelope plus a tone), written in chunks so that
/// writing does not raise the memory high-water mark. Returns false when it cannot be written.
inline bool writeLongWav(const QString &path, int rate, int64_t frames)
{
    SF_INFO si{};
    si.samplerate = rate;
    si.channels = 1;
    si.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
    if (!f)
        return false;
    std::mt19937 rng(42);
    std::normal_distribution<float> g(0.f, 0.15f);
    std::vector<short> buf(65536);
    for (int64_t done = 0; done < frames;) {
        const int64_t n = std::min<int64_t>(int64_t(buf.size()), frames - done);
        for (int64_t i = 0; i < n; ++i) {
            const double t = double(done + i) / rate;
            const double env = 0.5 + 0.5 * std::sin(2 * M_PI * 0.3 * t);
            const double v = env * g(rng) + 0.1 * std::sin(2 * M_PI * 220.0 * t);
            buf[size_t(i)] = short(std::lrint(std::clamp(v, -1.0, 32767.0 / 32768.0) * 32768.0));
        }
        if (sf_write_short(f, buf.data(), n) != n) {
            sf_close(f);
            return false;
        }
        done += n;
    }
    sf_close(f);
    return true;
}

} // namespace stbench
