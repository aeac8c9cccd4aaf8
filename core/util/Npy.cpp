#include "util/Npy.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstring>
#include <limits>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Npy)
};
} // namespace

namespace {

const char kMagic[] = "\x93NUMPY";
constexpr int kMagicLen = 6;

QString shapeText(const std::vector<int64_t> &shape)
{
    QString s = QStringLiteral("(");
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i > 0)
            s += QStringLiteral(", ");
        s += QString::number(shape[i]);
    }
    if (shape.size() == 1)
        s += QLatin1Char(','); // a 1-tuple in Python needs the trailing comma
    s += QLatin1Char(')');
    return s;
}

int64_t elementCount(const std::vector<int64_t> &shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

/// The element count of `shape` times `itemSize`, or -1 when that overflows 63 bits (a shape read from a file
/// can name any number).
int64_t checkedByteCount(const std::vector<int64_t> &shape, int64_t itemSize)
{
    int64_t n = itemSize;
    for (int64_t d : shape) {
        if (d < 0)
            return -1;
        if (d != 0 && n > std::numeric_limits<int64_t>::max() / d)
            return -1;
        n *= d;
    }
    return n;
}

// Value of `key` in the header dict text: the characters after "'key':" up to the matching end
// (a quoted string, a parenthesised tuple, or a bare word).
QString dictValue(const QString &dict, const QString &key, bool *found)
{
    *found = false;
    const QString k1 = QLatin1Char('\'') + key + QLatin1Char('\'');
    const QString k2 = QLatin1Char('"') + key + QLatin1Char('"');
    int pos = dict.indexOf(k1);
    int klen = k1.size();
    if (pos < 0) {
        pos = dict.indexOf(k2);
        klen = k2.size();
    }
    if (pos < 0)
        return {};
    int i = dict.indexOf(QLatin1Char(':'), pos + klen);
    if (i < 0)
        return {};
    ++i;
    while (i < dict.size() && dict[i].isSpace())
        ++i;
    if (i >= dict.size())
        return {};
    const QChar c = dict[i];
    int end = -1;
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        end = dict.indexOf(c, i + 1);
        if (end < 0)
            return {};
        *found = true;
        return dict.mid(i + 1, end - i - 1);
    }
    if (c == QLatin1Char('(')) {
        end = dict.indexOf(QLatin1Char(')'), i);
        if (end < 0)
            return {};
        *found = true;
        return dict.mid(i, end - i + 1);
    }
    end = i;
    while (end < dict.size() && dict[end] != QLatin1Char(',') && dict[end] != QLatin1Char('}'))
        ++end;
    *found = true;
    return dict.mid(i, end - i).trimmed();
}

} // namespace

void writeNpy(const QString &path, const float *data, const std::vector<int64_t> &shape)
{
    for (int64_t d : shape)
        if (d < 0)
            throw Error(path, Text::tr("cannot write a .npy file with a negative dimension %1").arg(d));
    const int64_t n = elementCount(shape);
    if (n > 0 && data == nullptr)
        throw Error(path, Text::tr("no data given for a .npy file of %1 values").arg(n));

    QByteArray dict = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': %1, }")
                          .arg(shapeText(shape))
                          .toLatin1();
    // Magic (6) + version (2) + header length (2) + dict + padding + '\n' is a multiple of 64.
    const int preamble = kMagicLen + 2 + 2;
    int total = preamble + dict.size() + 1;
    const int padded = (total + 63) / 64 * 64;
    dict.append(QByteArray(padded - total, ' '));
    dict.append('\n');
    const int headerLen = dict.size();
    if (headerLen > 65535)
        throw Error(path, Text::tr("shape too long for a version 1.0 .npy header"));

    QByteArray head(kMagic, kMagicLen);
    head.append(char(1));
    head.append(char(0));
    head.append(char(headerLen & 0xff));
    head.append(char((headerLen >> 8) & 0xff));
    head.append(dict);

    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot open for writing: %1").arg(f.errorString()));
    if (f.write(head) != head.size())
        throw Error(path, Text::tr("write failed: %1").arg(f.errorString()));
    // Little-endian host assumed (x86-64, arm64): the data are written as they lie in memory.
    const char *bytes = reinterpret_cast<const char *>(data);
    int64_t left = n * int64_t(sizeof(float));
    while (left > 0) {
        const qint64 chunk = std::min<int64_t>(left, int64_t(64) << 20);
        if (f.write(bytes, chunk) != chunk)
            throw Error(path, Text::tr("write failed: %1").arg(f.errorString()));
        bytes += chunk;
        left -= chunk;
    }
    if (!f.commit())
        throw Error(path, Text::tr("could not finish writing: %1").arg(f.errorString()));
}

std::vector<float> readNpy(const QString &path, std::vector<int64_t> &shape)
{
    shape.clear();
    QFile f(path);
    if (!f.exists())
        throw Error(path, Text::tr("no such file"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open for reading: %1").arg(f.errorString()));

    const QByteArray pre = f.read(kMagicLen + 2);
    if (pre.size() < kMagicLen + 2 || std::memcmp(pre.constData(), kMagic, kMagicLen) != 0)
        throw Error(path, Text::tr("not a NumPy .npy file (the magic string \\x93NUMPY is missing)"));
    const int major = static_cast<unsigned char>(pre[kMagicLen]);
    qint64 headerLen = 0;
    if (major == 1) {
        const QByteArray l = f.read(2);
        if (l.size() != 2)
            throw Error(path, Text::tr("truncated .npy header"));
        headerLen = static_cast<unsigned char>(l[0]) | (static_cast<unsigned char>(l[1]) << 8);
    } else if (major == 2 || major == 3) {
        const QByteArray l = f.read(4);
        if (l.size() != 4)
            throw Error(path, Text::tr("truncated .npy header"));
        for (int i = 3; i >= 0; --i)
            headerLen = (headerLen << 8) | static_cast<unsigned char>(l[i]);
    } else {
        throw Error(path, Text::tr("unsupported .npy format version %1.%2")
                              .arg(major)
                              .arg(static_cast<unsigned char>(pre[kMagicLen + 1])));
    }
    // The header length comes from the file: never allocate more than the file holds.
    if (headerLen > f.size() - f.pos())
        throw Error(path, Text::tr("truncated .npy header (%1 bytes announced, %2 present)")
                              .arg(headerLen)
                              .arg(f.size() - f.pos()));
    const QByteArray headerBytes = f.read(headerLen);
    if (headerBytes.size() != headerLen)
        throw Error(path, Text::tr("truncated .npy header (%1 of %2 bytes)")
                              .arg(headerBytes.size())
                              .arg(headerLen));
    const QString dict = QString::fromLatin1(headerBytes);

    bool found = false;
    const QString descr = dictValue(dict, QStringLiteral("descr"), &found);
    if (!found)
        throw Error(path, Text::tr("the .npy header has no 'descr' (data type)"));
    int itemSize = 0;
    if (descr == QLatin1String("<f4"))
        itemSize = 4;
    else if (descr == QLatin1String("<f8"))
        itemSize = 8;
    else
        throw Error(path, Text::tr("unsupported .npy data type '%1' (only little-endian float32 "
                                         "'<f4' and float64 '<f8' are read)")
                              .arg(descr));
    const QString fortran = dictValue(dict, QStringLiteral("fortran_order"), &found);
    if (!found)
        throw Error(path, Text::tr("the .npy header has no 'fortran_order'"));
    if (fortran != QLatin1String("False"))
        throw Error(path, Text::tr("Fortran-order .npy arrays are not supported (save it with "
                                         "numpy.ascontiguousarray first)"));
    QString shapeStr = dictValue(dict, QStringLiteral("shape"), &found);
    if (!found || !shapeStr.startsWith(QLatin1Char('(')))
        throw Error(path, Text::tr("the .npy header has no valid 'shape'"));
    shapeStr = shapeStr.mid(1, shapeStr.size() - 2);
    for (const QString &part : shapeStr.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (t.isEmpty())
            continue;
        bool ok = false;
        const qlonglong v = t.endsWith(QLatin1Char('L')) ? t.chopped(1).toLongLong(&ok) : t.toLongLong(&ok);
        if (!ok || v < 0)
            throw Error(path, Text::tr("bad dimension '%1' in the .npy shape").arg(t));
        if (shape.size() >= 32)
            throw Error(path, Text::tr("the .npy shape has more than 32 dimensions"));
        shape.push_back(v);
    }
    const int64_t bytes = checkedByteCount(shape, itemSize);
    if (bytes < 0)
        throw Error(path, Text::tr("the .npy shape %1 is too large (its byte count overflows)")
                              .arg(shapeText(shape)));
    const int64_t n = bytes / itemSize;
    const qint64 available = f.size() - f.pos();
    if (available < bytes)
        throw Error(path, Text::tr("truncated .npy data: %1 bytes expected for shape %2, %3 present")
                              .arg(bytes)
                              .arg(shapeText(shape))
                              .arg(available));

    std::vector<float> out(static_cast<size_t>(n));
    if (itemSize == 4) {
        if (bytes > 0 && f.read(reinterpret_cast<char *>(out.data()), bytes) != bytes)
            throw Error(path, Text::tr("read failed: %1").arg(f.errorString()));
    } else {
        constexpr int64_t kChunk = 1 << 16;
        std::vector<double> buf(kChunk);
        for (int64_t done = 0; done < n;) {
            const int64_t m = std::min(kChunk, n - done);
            if (f.read(reinterpret_cast<char *>(buf.data()), m * 8) != m * 8)
                throw Error(path, Text::tr("read failed: %1").arg(f.errorString()));
            for (int64_t i = 0; i < m; ++i)
                out[size_t(done + i)] = static_cast<float>(buf[size_t(i)]);
            done += m;
        }
    }
    return out;
}

} // namespace st
