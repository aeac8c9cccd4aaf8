// SHA-256 of evidence bytes (the AudioFile.h free functions): the file is read in blocks, never whole,
// so a multi-gigabyte recording hashes in constant memory with progress and cancel.
#include "audio/AudioFile.h"

#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Sha256) };
} // namespace

namespace st {

namespace {
constexpr qint64 kBlockBytes = 1 << 20;
}

QString sha256OfFile(const QString &path, const std::function<bool(double)> &progress)
{
    // The same read-only open as the decoder: the same true causes, the same file.
    const QString p = evidencePath(path);
    const int fd = openEvidenceReadOnly(p);
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw Error(p, Text::tr("cannot be read: %1").arg(f.errorString()));
    }
    const qint64 total = f.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(int(kBlockBytes), Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = f.read(block.data(), kBlockBytes);
        if (n < 0)
            throw Error(p, Text::tr("read error after %1 bytes: %2").arg(done).arg(f.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (progress && !progress(total > 0 ? std::min(1.0, double(done) / double(total)) : 1.0))
            return {};
    }
    if (done != total)
        throw Error(p, Text::tr("file changed while hashing (%1 bytes read, %2 expected)")
                           .arg(done)
                           .arg(total));
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256OfBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace st
