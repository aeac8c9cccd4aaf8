#pragma once
// Hashing an evidence file for the case: read-only, in blocks (constant memory), with progress and cancel.
#include <QString>
#include <functional>

namespace st {

/// Called with the fraction done (0..1); returning false cancels.
using HashProgress = std::function<bool(double)>;

struct EvidenceDigest
{
    enum class Outcome { Hashed, Missing, Unreadable, Cancelled };
    Outcome outcome = Outcome::Unreadable;
    QString sha256;  ///< lower-case hex, when Hashed
    qint64 size = 0; ///< bytes hashed
    QString error;   ///< why it is Missing / Unreadable, in words
};

/// SHA-256 of the file's bytes. The file is opened read-only (QIODevice::ReadOnly) and never written; it must be
/// a regular file (a folder, a FIFO or a device is Unreadable: a FIFO would block). Never throws.
EvidenceDigest hashEvidenceFile(const QString &path, const HashProgress &progress = {});

} // namespace st
