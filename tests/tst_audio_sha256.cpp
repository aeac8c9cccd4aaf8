// SHA-256 of evidence: the published test vectors (FIPS 180-2 / NIST examples) and files hashed in
// blocks, with progress and cancel.
#include "audio/AudioFile.h"
#include "util/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace st;

class TestAudioSha256 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::addRow("empty") << QByteArray()
                               << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::addRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::addRow("448-bit") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                 << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::addRow("896-bit")
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                          "klmnopqrlmnopqrsmnopqrstnopqrstu")
            << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
        QTest::addRow("million-a") << QByteArray(1000000, 'a')
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(sha256OfBytes(input), digest);
        // The same bytes as a file: hashed block-wise, the same digest.
        const QString p = writeFile(QStringLiteral("v_%1.bin").arg(QTest::currentDataTag()), input);
        QVERIFY(!p.isEmpty());
        QCOMPARE(sha256OfFile(p), digest);
    }

    void largeFileProgressAndBlocks()
    {
        // 5 MiB + 123 bytes: several 1 MiB blocks and a ragged end. Expected digest from the whole
        // buffer at once (one call, no blocks).
        QByteArray data(5 * 1024 * 1024 + 123, '\0');
        for (int i = 0; i < data.size(); ++i)
            data[i] = char((i * 2654435761u) >> 24);
        const QString p = writeFile(QStringLiteral("large.bin"), data);
        QVERIFY(!p.isEmpty());
        QList<double> fractions;
        const QString h = sha256OfFile(p, [&](double f) {
            fractions << f;
            return true;
        });
        QCOMPARE(h, sha256OfBytes(data));
        QVERIFY(fractions.size() >= 5);
        for (int i = 1; i < fractions.size(); ++i)
            QVERIFY(fractions[i] > fractions[i - 1]);
        QCOMPARE(fractions.last(), 1.0);
    }

    void cancel()
    {
        const QString p = writeFile(QStringLiteral("cancel.bin"), QByteArray(3 * 1024 * 1024, 'x'));
        int calls = 0;
        const QString h = sha256OfFile(p, [&](double) { return ++calls < 2; });
        QVERIFY(h.isEmpty());
        QCOMPARE(calls, 2);
    }

    void errors()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.bin"));
        try {
            sha256OfFile(missing);
            QFAIL("no error for a missing file");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(missing) && e.message().contains(QLatin1String("not found")),
                     qPrintable(e.message()));
        }
        try {
            sha256OfFile(m_dir.path());
            QFAIL("no error for a folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("folder")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAudioSha256)
#include "tst_audio_sha256.moc"
