#include "case/EvidenceHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace st {

// The causes below stay English on purpose: a verification records them (the verifications table and the audit
// log's evidence.verified entry, which the court report quotes); the callers that raise an error for people say what
// was refused in the user's language around them.

EvidenceDigest hashEvidenceFile(const QString &path, const HashProgress &progress)
{
    constexpr qint64 kBlock = qint64(1) << 20;
    EvidenceDigest d;
    const QFileInfo info(path);
    if (!info.exists()) {
        d.outcome = EvidenceDigest::Outcome::Missing;
        d.error = info.isSymLink() ? QStringLiteral("the file is gone (a symbolic link to nothing)")
                                   : QStringLiteral("the file is gone (no such file)");
        return d;
    }
    if (!info.isFile()) {
        d.error = info.isDir() ? QStringLiteral("a folder, not a file") : QStringLiteral("not a regular file (a device or a pipe)");
        return d;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        d.error = QStringLiteral("cannot be opened for reading: %1").arg(f.errorString());
        return d;
    }
    const qint64 total = f.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(int(kBlock), Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = f.read(block.data(), kBlock);
        if (n < 0) {
            d.error = QStringLiteral("read error after %1 bytes: %2").arg(done).arg(f.errorString());
            return d;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (progress && !progress(total > 0 ? std::min(1.0, double(done) / double(total)) : 1.0)) {
            d.outcome = EvidenceDigest::Outcome::Cancelled;
            d.error = QStringLiteral("hashing was cancelled");
            return d;
        }
    }
    if (done != total || f.size() != total) {
        d.error = QStringLiteral("the file changed while it was hashed (%1 bytes read, %2 expected)").arg(done).arg(total);
        return d;
    }
    d.outcome = EvidenceDigest::Outcome::Hashed;
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    d.size = done;
    return d;
}

} // namespace st
