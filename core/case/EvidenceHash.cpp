#include "case/EvidenceHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::EvidenceHash) };
} // namespace

namespace st {

EvidenceDigest hashEvidenceFile(const QString &path, const HashProgress &progress)
{
    constexpr qint64 kBlock = qint64(1) << 20;
    EvidenceDigest d;
    const QFileInfo info(path);
    if (!info.exists()) {
        d.outcome = EvidenceDigest::Outcome::Missing;
        d.error = info.isSymLink() ? Text::tr("the file is gone (a symbolic link to nothing)")
                                   : Text::tr("the file is gone (no such file)");
        return d;
    }
    if (!info.isFile()) {
        d.error = info.isDir() ? Text::tr("a folder, not a file") : Text::tr("not a regular file (a device or a pipe)");
        return d;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        d.error = Text::tr("cannot be opened for reading: %1").arg(f.errorString());
        return d;
    }
    const qint64 total = f.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(int(kBlock), Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = f.read(block.data(), kBlock);
        if (n < 0) {
            d.error = Text::tr("read error after %1 bytes: %2").arg(done).arg(f.errorString());
            return d;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (progress && !progress(total > 0 ? std::min(1.0, double(done) / double(total)) : 1.0)) {
            d.outcome = EvidenceDigest::Outcome::Cancelled;
            d.error = Text::tr("hashing was cancelled");
            return d;
        }
    }
    if (done != total || f.size() != total) {
        d.error = Text::tr("the file changed while it was hashed (%1 bytes read, %2 expected)").arg(done).arg(total);
        return d;
    }
    d.outcome = EvidenceDigest::Outcome::Hashed;
    d.sha256 = QString::fromLatin1(hash.result().toHex());
    d.size = done;
    return d;
}

} // namespace st
