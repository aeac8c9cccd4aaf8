#include "models/ZipDirectory.h"

#include "util/Error.h"
#include "util/Memory.h"

#include <QFile>

#include <array>
#include <cstring>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::ZipDirectory) };
} // namespace

namespace st {

namespace {

uint16_t u16(const uchar *p) { return uint16_t(p[0] | (p[1] << 8)); }
uint32_t u32(const uchar *p) { return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24); }
uint64_t u64(const uchar *p) { return uint64_t(u32(p)) | (uint64_t(u32(p + 4)) << 32); }

const std::array<uint32_t, 256> &crcTable()
{
    static const std::array<uint32_t, 256> t = [] {
        std::array<uint32_t, 256> a{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            a[i] = c;
        }
        return a;
    }();
    return t;
}

} // namespace

uint32_t crc32Of(const void *data, size_t size, uint32_t crc)
{
    const auto &t = crcTable();
    const auto *p = static_cast<const uchar *>(data);
    crc = ~crc;
    for (size_t i = 0; i < size; ++i)
        crc = t[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

ZipDirectory::ZipDirectory(const QByteArray &bytes, const QString &path) : m_path(path)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const uint64_t n = uint64_t(bytes.size());
    auto fail = [&](const QString &why) { throw Error(path, Text::tr("not a valid zip archive: %1").arg(why)); };
    if (n < 22)
        fail(Text::tr("too short (%1 bytes) to hold a zip directory").arg(n));
    // The end-of-central-directory record: within the last 22 + 65535 bytes.
    int64_t eocd = -1;
    for (int64_t i = int64_t(n) - 22; i >= 0 && i >= int64_t(n) - 22 - 65535; --i) {
        if (u32(b + i) == 0x06054b50u) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        fail(Text::tr("no end-of-directory record (the file is cut short or is not a zip)"));
    uint64_t count = u16(b + eocd + 10);
    uint64_t dirSize = u32(b + eocd + 12);
    uint64_t dirOffset = u32(b + eocd + 16);
    if (count == 0xFFFF || dirSize == 0xFFFFFFFFu || dirOffset == 0xFFFFFFFFu) {
        // zip64: the locator sits just before the EOCD record.
        if (eocd < 20 || u32(b + eocd - 20) != 0x07064b50u)
            fail(Text::tr("a zip64 archive without its zip64 locator"));
        const uint64_t z = u64(b + eocd - 20 + 8);
        if (n < 56 || z > n - 56 || u32(b + z) != 0x06064b50u)
            fail(Text::tr("the zip64 directory record lies outside the file"));
        count = u64(b + z + 32);
        dirSize = u64(b + z + 40);
        dirOffset = u64(b + z + 48);
    }
    if (dirOffset > n || dirSize > n - dirOffset)
        fail(Text::tr("the directory (%1 bytes at offset %2) lies outside the file of %3 bytes").arg(dirSize).arg(dirOffset).arg(n));
    if (count > dirSize / 46)
        fail(Text::tr("the directory claims %1 entries in %2 bytes").arg(count).arg(dirSize));
    uint64_t pos = dirOffset;
    const uint64_t end = dirOffset + dirSize;
    for (uint64_t i = 0; i < count; ++i) {
        if (pos + 46 > end || u32(b + pos) != 0x02014b50u)
            fail(Text::tr("directory entry %1 is damaged").arg(i + 1));
        ZipEntry e;
        e.method = u16(b + pos + 10);
        e.crc32 = u32(b + pos + 16);
        e.compressedSize = u32(b + pos + 20);
        e.size = u32(b + pos + 24);
        const uint64_t nameLen = u16(b + pos + 28), extraLen = u16(b + pos + 30), commentLen = u16(b + pos + 32);
        e.localHeaderOffset = u32(b + pos + 42);
        if (pos + 46 + nameLen + extraLen + commentLen > end)
            fail(Text::tr("directory entry %1 runs past the directory").arg(i + 1));
        const std::string name(reinterpret_cast<const char *>(b + pos + 46), size_t(nameLen));
        // zip64 extra field: the 0xFFFFFFFF fields, in order.
        uint64_t x = pos + 46 + nameLen;
        const uint64_t xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const uint16_t id = u16(b + x), len = u16(b + x + 2);
            if (x + 4 + len > xEnd)
                break;
            if (id == 0x0001) {
                uint64_t f = x + 4;
                auto take = [&](uint64_t &v) {
                    if (f + 8 <= x + 4 + len) {
                        v = u64(b + f);
                        f += 8;
                    }
                };
                if (e.size == 0xFFFFFFFFu)
                    take(e.size);
                if (e.compressedSize == 0xFFFFFFFFu)
                    take(e.compressedSize);
                if (e.localHeaderOffset == 0xFFFFFFFFu)
                    take(e.localHeaderOffset);
            }
            x += 4 + len;
        }
        if (e.localHeaderOffset > n || e.compressedSize > n)
            fail(Text::tr("entry %1 points outside the file").arg(QString::fromStdString(name)));
        m_entries[name] = e;
        pos += 46 + nameLen + extraLen + commentLen;
    }
}

const ZipEntry *ZipDirectory::find(const std::string &name) const
{
    auto it = m_entries.find(name);
    if (it != m_entries.end())
        return &it->second;
    const std::string suffix = "/" + name;
    for (const auto &[k, e] : m_entries)
        if (k.size() > suffix.size() && k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0
            && k.find('/') == k.size() - suffix.size())
            return &e;
    return nullptr;
}

void ZipDirectory::verify(const std::string &name, const void *data, size_t size) const
{
    const ZipEntry *e = find(name);
    if (!e)
        throw Error(m_path, Text::tr("the archive's directory has no record %1").arg(QString::fromStdString(name)));
    if (e->size != size)
        throw Error(m_path, Text::tr("record %1 holds %2 bytes, its directory says %3: the file is damaged")
                                .arg(QString::fromStdString(name))
                                .arg(size)
                                .arg(e->size));
    const uint32_t crc = crc32Of(data, size);
    if (crc != e->crc32)
        throw Error(m_path, Text::tr("record %1 fails its CRC-32 check (%2, the archive says %3): the file is "
                                           "damaged or was altered")
                                .arg(QString::fromStdString(name))
                                .arg(crc, 8, 16, QLatin1Char('0'))
                                .arg(e->crc32, 8, 16, QLatin1Char('0')));
}

void ZipDirectory::verifyAllStored(const QByteArray &bytes) const
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const uint64_t n = uint64_t(bytes.size());
    for (const auto &[name, e] : m_entries) {
        if (e.method != 0)
            continue; // deflated records are checked by the inflater
        const uint64_t h = e.localHeaderOffset;
        if (h + 30 > n || u32(b + h) != 0x04034b50u)
            throw Error(m_path, Text::tr("record %1: its local header is damaged").arg(QString::fromStdString(name)));
        const uint64_t data = h + 30 + u16(b + h + 26) + u16(b + h + 28);
        if (data > n || e.size > n - data)
            throw Error(m_path, Text::tr("record %1 runs past the end of the file: the file is cut short")
                                    .arg(QString::fromStdString(name)));
        verify(name, b + data, size_t(e.size));
    }
}

void verifyZipArchive(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read: %1").arg(f.errorString()));
    checkMemoryBudget(f.size(), Text::tr("checking the archive"), path);
    const QByteArray bytes = f.readAll();
    if (bytes.size() != f.size())
        throw Error(path, Text::tr("could not read the whole file (%1 of %2 bytes)").arg(bytes.size()).arg(f.size()));
    ZipDirectory(bytes, path).verifyAllStored(bytes);
}

} // namespace st
