#pragma once
// The central directory of a zip archive (PyTorch checkpoints and TorchScript files are zips), read
// without LibTorch: entry names, sizes, compression and CRC-32. LibTorch's reader is built with
// miniz's CRC checks switched off, so a checkpoint with flipped tensor bytes would load; SourceTrace
// checks every record it reads against the CRC-32 the archive stores.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <string>

namespace st {

struct ZipEntry
{
    uint32_t crc32 = 0;
    uint64_t compressedSize = 0;
    uint64_t size = 0;
    uint64_t localHeaderOffset = 0;
    int method = 0; ///< 0 = stored, 8 = deflate
};

class ZipDirectory
{
public:
    /// Parses the archive in `bytes` (the whole file); throws st::Error naming `path` when it is not a
    /// zip, is cut short, or its directory points outside the file (zip64 included).
    ZipDirectory(const QByteArray &bytes, const QString &path);

    const std::map<std::string, ZipEntry> &entries() const { return m_entries; }
    /// The entry whose name is `name` or ends in "/name" (PyTorch prefixes an archive folder); null if none.
    const ZipEntry *find(const std::string &name) const;

    /// Throws st::Error unless `data` (the record `name` as read) has the size and CRC-32 the
    /// directory gives for it.
    void verify(const std::string &name, const void *data, size_t size) const;
    /// Checks every stored (uncompressed) entry's bytes in the archive against its CRC-32; throws
    /// st::Error naming the first damaged record.
    void verifyAllStored(const QByteArray &bytes) const;

private:
    QString m_path;
    std::map<std::string, ZipEntry> m_entries;
};

/// Reads the archive file at `path` and checks its directory and every stored record's CRC-32 (the
/// whole file is read; its size is checked against the memory budget first). Throws st::Error.
void verifyZipArchive(const QString &path);

/// CRC-32 (IEEE 802.3, as zip uses).
uint32_t crc32Of(const void *data, size_t size, uint32_t crc = 0);

} // namespace st
