// Fuzz target: the score file readers of `evaluate detection`: ScoreFile::read (`file score` lines or a CSV
// with file/score columns) and readDetectionScores (also the JSON Lines of `detect --json`), then
// ScoreFile::forClips against a small protocol. Even byte 0: ScoreFile::read; odd: readDetectionScores.
// Every score that comes back must be finite.
#include "FuzzSupport.h"

#include "eval/EvaluationRun.h"
#include "eval/ScoreFile.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool json = data[0] & 1;
    const QString path = stfuzz::writeInput(data + 1, size - 1, QStringLiteral("scores.txt"));
    stfuzz::expectCleanError([&] {
        st::ScoreFile sf;
        if (json)
            sf.byFile = st::readDetectionScores(path);
        else
            sf = st::ScoreFile::read(path);
        for (auto it = sf.byFile.cbegin(); it != sf.byFile.cend(); ++it)
            if (!std::isfinite(it.value()) || it.key().isEmpty())
                std::abort();
        std::vector<st::LabelledClip> clips;
        int n = 0;
        for (auto it = sf.byFile.cbegin(); it != sf.byFile.cend() && n < 8; ++it, ++n) {
            st::LabelledClip c;
            c.file = QStringLiteral("wav/") + it.key() + QStringLiteral(".flac");
            clips.push_back(c);
        }
        const std::vector<double> s = sf.forClips(clips, path);
        if (s.size() != clips.size())
            std::abort();
    });
    return 0;
}
