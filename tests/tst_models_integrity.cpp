// Model files from outside (issue 9): a checkpoint or TorchScript archive with flipped bytes is
// refused by its zip CRC-32 (LibTorch's reader does not check them), a damaged zip directory is an
// error naming the file, and a manifest cannot make a run allocate without bound or point its
// weights at a folder.
#include "models/ModelManifest.h"
#include "models/ModelRegistry.h"
#include "models/PthReader.h"
#include "models/ZipDirectory.h"
#include "util/Error.h"

#include "audiotestutil.h"
#include "testutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace st;
using namespace sttest;

namespace {

QString dataDir() { return sttest::sourceDir() + QStringLiteral("/tests/data"); }

/// Offset of the first byte of record `name`'s data in the archive.
qint64 recordDataOffset(const QByteArray &zip, const ZipEntry &e)
{
    const auto *b = reinterpret_cast<const uchar *>(zip.constData());
    const qint64 h = qint64(e.localHeaderOffset);
    return h + 30 + (b[h + 26] | (b[h + 27] << 8)) + (b[h + 28] | (b[h + 29] << 8));
}

QByteArray flipInRecord(const QByteArray &zip, const QString &path, const std::string &suffix)
{
    const ZipDirectory dir(zip, path);
    for (const auto &[name, e] : dir.entries()) {
        const bool match = suffix.back() == '/' ? name.find(suffix) != std::string::npos
                                                : name.size() >= suffix.size()
                                                      && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        if (match && e.size > 64) {
            QByteArray out = zip;
            const qint64 at = recordDataOffset(zip, e) + qint64(e.size / 2);
            out[int(at)] = char(out[int(at)] ^ 0x40);
            return out;
        }
    }
    return {};
}

QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(bytesOf(path)).object();
}

} // namespace

class TestModelsIntegrity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void crcKnownValues()
    {
        // The standard check value of CRC-32/ISO-HDLC.
        QCOMPARE(crc32Of("123456789", 9), uint32_t(0xCBF43926u));
        QCOMPARE(crc32Of("", 0), uint32_t(0));
    }

    void torchScriptWithFlippedBytesIsRefused()
    {
        const QByteArray good = bytesOf(dataDir() + QStringLiteral("/tiny_dict.pt"));
        QVERIFY(!good.isEmpty());
        const QString p = m_dir.filePath(QStringLiteral("flipped.pt"));
        const QByteArray bad = flipInRecord(good, p, "data/0");
        QVERIFY2(!bad.isEmpty(), "no data record found in tiny_dict.pt");
        QVERIFY(putBytes(p, bad));
        verifyZipArchive(dataDir() + QStringLiteral("/tiny_dict.pt")); // the original passes
        // A manifest pinning the damaged file's own hash: only the CRC can catch it.
        QJsonObject o = readObject(dataDir() + QStringLiteral("/tiny_dict.json"));
        o.insert(QStringLiteral("weightsFile"), p);
        o.insert(QStringLiteral("weightsSha256"), QString::fromLatin1(sha256Of(p)));
        const QString mp = m_dir.filePath(QStringLiteral("flipped.json"));
        QVERIFY(putBytes(mp, QJsonDocument(o).toJson()));
        const ModelManifest m = ModelManifest::fromJsonFile(mp);
        const QString e = errorFrom([&] { ModelRegistry::load(m); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("CRC-32")), qPrintable(e));
    }

    void checkpointWithFlippedBytesIsRefused()
    {
        ST_REQUIRE_SHARED(shared);
        const QByteArray good = bytesOf(shared + QStringLiteral("/models/aasist/AASIST-L.pth"));
        const QString p = m_dir.filePath(QStringLiteral("AASIST-L-flipped.pth"));
        const QByteArray bad = flipInRecord(good, p, "data/");
        QVERIFY(!bad.isEmpty());
        QVERIFY(putBytes(p, bad));
        const QString e = errorFrom([&] { PthReader::readStateDict(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("CRC-32")), qPrintable(e));
    }

    void damagedDirectories_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("poke");
        QTest::addRow("cut to 10 bytes") << 10 << -1;
        QTest::addRow("cut in the directory") << -60 << -1;
        QTest::addRow("directory offset forged") << 0 << 6;
        QTest::addRow("entry count forged") << 0 << 10;
    }

    void damagedDirectories()
    {
        QFETCH(int, cut);
        QFETCH(int, poke);
        QByteArray b = bytesOf(dataDir() + QStringLiteral("/tiny_tuple.pt"));
        if (cut > 0)
            b = b.left(cut);
        else if (cut < 0)
            b.chop(-cut);
        if (poke >= 0) {
            const int eocd = b.lastIndexOf(QByteArray("PK\x05\x06", 4));
            QVERIFY(eocd > 0);
            b[eocd + poke + 6] = char(0x7f); // the top byte of the field
            b[eocd + poke + 7] = char(0x7f);
        }
        const QString p = m_dir.filePath(QStringLiteral("damaged_%1.pt").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(putBytes(p, b));
        const QString e = errorFrom([&] { verifyZipArchive(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")), qPrintable(e));
        QVERIFY2(!e.startsWith(QLatin1String("NOT")), qPrintable(e));
    }

    void manifestBounds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("huge inputLength") << "inputLength" << 2e9 << "\"inputLength\" must be at most 9600000";
        QTest::addRow("huge hop") << "hop" << 1e9 << "\"hop\" must be at most";
        QTest::addRow("sampleRate 1 Hz") << "sampleRate" << 1.0 << "\"sampleRate\" must be at least 1000";
        QTest::addRow("sampleRate 10 MHz") << "sampleRate" << 1e7 << "\"sampleRate\" must be at most 768000";
        QTest::addRow("embeddingDim") << "embeddingDim" << 1e8 << "\"embeddingDim\" must be at most 65536";
    }

    void manifestBounds()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QJsonObject o = readObject(dataDir() + QStringLiteral("/tiny_dict.json"));
        o.insert(field, value);
        const QString p = m_dir.filePath(QStringLiteral("bound.json"));
        QVERIFY(putBytes(p, QJsonDocument(o).toJson()));
        const QString e = errorFrom([&] { ModelManifest::fromJsonFile(p); });
        QVERIFY2(e.startsWith(p) && e.contains(expected), qPrintable(e));
        QVERIFY2(!e.startsWith(QLatin1String("NOT")), qPrintable(e));
    }

    void weightsFileNamingAFolder()
    {
        QJsonObject o = readObject(dataDir() + QStringLiteral("/tiny_dict.json"));
        QDir(m_dir.path()).mkdir(QStringLiteral("weights_folder"));
        o.insert(QStringLiteral("weightsFile"), m_dir.filePath(QStringLiteral("weights_folder")));
        const QString p = m_dir.filePath(QStringLiteral("folder.json"));
        QVERIFY(putBytes(p, QJsonDocument(o).toJson()));
        const QString e = errorFrom([&] { ModelRegistry::load(ModelManifest::fromJsonFile(p)); });
        QVERIFY2(e.contains(QLatin1String("names a folder")) && !e.contains(QLatin1String("not found")), qPrintable(e));
    }

    void hugeManifestFileIsRefusedUnread()
    {
        const QString p = m_dir.filePath(QStringLiteral("huge.json"));
        QVERIFY(putBytes(p, QByteArray("{\"name\": \"") + QByteArray(3 << 20, 'a') + "\"}"));
        const QString e = errorFrom([&] { ModelManifest::fromJsonFile(p); });
        QVERIFY2(e.contains(QLatin1String("at most 1 MiB")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestModelsIntegrity)
#include "tst_models_integrity.moc"
