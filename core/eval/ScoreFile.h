#pragma once
// Score files: one clip a line, `file score` (whitespace-separated, as ASVspoof score files without the
// extra columns) or CSV with a header naming `file` (or `filename`/`path`) and `score` columns. Used to join
// detection or attribution scores with a protocol's clips.
#include "eval/Protocol.h"

#include <QHash>
#include <QString>
#include <vector>

namespace st {

class ScoreFile
{
public:
    QHash<QString, double> byFile;

    /// Throws st::Error(path, cause, line) for a malformed line, a non-number, or a file scored twice.
    static ScoreFile read(const QString &path);
    /// The score of each clip, in clip order. A clip without a score throws st::Error naming the score
    /// file (`path`) and the clip; a bare name matches a protocol entry with a folder or extension
    /// ("LA_T_1" matches "LA_T_1.flac" and "wav/LA_T_1.flac") when nothing matches exactly.
    std::vector<double> forClips(const std::vector<LabelledClip> &clips, const QString &path = {}) const;
};

} // namespace st
