// The state-dict reader on the three published checkpoints (values checked against torch.load in
// Python) and on archives this test writes itself: a hand-made state dict with a strided view, and
// broken inputs (not a zip, truncated, no data.pkl, an unsupported opcode, a missing storage record).
#include "models/PthReader.h"
#include "util/Error.h"

#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace st;

namespace {

uint32_t crc32(const QByteArray &data)
{
    uint32_t c = 0xffffffffu;
    for (unsigned char b : data) {
        c ^= b;
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

void le16(QByteArray &out, uint32_t v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}
void le32(QByteArray &out, uint32_t v)
{
    le16(out, v & 0xffff);
    le16(out, v >> 16);
}

// A minimal stored (uncompressed) zip archive, as torch.save writes them.
QByteArray makeZip(const QList<QPair<QByteArray, QByteArray>> &records)
{
    QByteArray zip, central;
    for (const auto &r : records) {
        const uint32_t offset = uint32_t(zip.size());
        const uint32_t crc = crc32(r.second);
        zip.append("PK\x03\x04", 4);
        le16(zip, 20);            // version needed
        le16(zip, 0);             // flags
        le16(zip, 0);             // stored
        le16(zip, 0);             // time
        le16(zip, 0x21);          // date
        le32(zip, crc);
        le32(zip, uint32_t(r.second.size()));
        le32(zip, uint32_t(r.second.size()));
        le16(zip, uint16_t(r.first.size()));
        le16(zip, 0);             // extra
        zip.append(r.first);
        zip.append(r.second);

        central.append("PK\x01\x02", 4);
        le16(central, 20);
        le16(central, 20);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0x21);
        le32(central, crc);
        le32(central, uint32_t(r.second.size()));
        le32(central, uint32_t(r.second.size()));
        le16(central, uint16_t(r.first.size()));
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, 0);
        le32(central, offset);
        central.append(r.first);
    }
    const uint32_t cdOffset = uint32_t(zip.size());
    zip.append(central);
    zip.append("PK\x05\x06", 4);
    le16(zip, 0);
    le16(zip, 0);
    le16(zip, uint16_t(records.size()));
    le16(zip, uint16_t(records.size()));
    le32(zip, uint32_t(central.size()));
    le32(zip, cdOffset);
    le16(zip, 0);
    return zip;
}

QByteArray unicode(const QByteArray &s)
{
    QByteArray out("X");
    le32(out, uint32_t(s.size()));
    return out + s;
}

// Pickle (protocol 2) of OrderedDict{"w": tensor(storage "0" of 6 floats, offset 1, size (2,2),
// stride (1,2))}, written opcode by opcode the way torch.save does.
#define BYTES(s) QByteArray(s, int(sizeof(s)) - 1) // keeps embedded NULs

QByteArray handMadePickle(const QByteArray &storageKey = "0")
{
    QByteArray p = BYTES("\x80\x02");
    p += BYTES("ccollections\nOrderedDict\nq\x00)Rq\x01(");
    p += unicode("w");
    p += BYTES("ctorch._utils\n_rebuild_tensor_v2\n((");
    p += unicode("storage");
    p += BYTES("ctorch\nFloatStorage\n");
    p += unicode(storageKey);
    p += unicode("cuda:0");
    p += BYTES("K\x06tQK\x01K\x02K\x02\x86K\x01K\x02\x86\x89h\x00)RtRu.");
    return p;
}

QByteArray sixFloats()
{
    QByteArray d;
    for (int i = 0; i < 6; ++i) {
        const float f = float(i) + 0.5f;
        d.append(reinterpret_cast<const char *>(&f), 4);
    }
    return d;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

const PthTensor &find(const std::vector<PthTensor> &sd, const QString &name)
{
    for (const auto &t : sd)
        if (t.name == name)
            return t;
    throw Error(QStringLiteral("no tensor ") + name);
}

} // namespace

class TestModelsPth : public QObject
{
    Q_OBJECT

private slots:
    void publishedCheckpoints_data();
    void publishedCheckpoints();
    void handMadeStridedTensor();
    void brokenInputs_data();
    void brokenInputs();
    void truncatedCheckpoint();
    void forgedViewsAreRefused_data();
    void forgedViewsAreRefused();
};

void TestModelsPth::publishedCheckpoints_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("gat0");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("firstBnWeight");
    QTest::addColumn<qlonglong>("batches");
    QTest::addColumn<double>("conv1First");
    QTest::addColumn<double>("posSLast");
    QTest::addColumn<double>("conv2Sum");
    QTest::addColumn<double>("lastBias");
    // Expected values printed by torch.load(..., map_location="cpu") in Python.
    QTest::newRow("AASIST") << "models/aasist/AASIST.pth" << 64 << 2 << 0.9696317315101624 << 106757LL
                            << -0.15311889350414276 << -0.10022959113121033 << -7.829840360835078
                            << -0.03955623134970665;
    QTest::newRow("AASIST-L") << "models/aasist/AASIST-L.pth" << 24 << 2 << 0.9124900698661804 << 59192LL
                              << -0.2684788703918457 << 0.3380548357963562 << -0.2814833263910259
                              << 0.0706024095416069;
    QTest::newRow("AASIST_STOPA") << "models/stopa/AASIST_STOPA.pth" << 64 << 13 << 0.8691813945770264 << 422300LL
                                  << -0.03809826448559761 << 1.0121068953594659e-05 << -0.9439491057095071
                                  << -0.10673516988754272;
}

void TestModelsPth::publishedCheckpoints()
{
    ST_REQUIRE_SHARED(shared);
    QFETCH(QString, file);
    QFETCH(int, gat0);
    QFETCH(int, classes);
    QFETCH(double, firstBnWeight);
    QFETCH(qlonglong, batches);
    QFETCH(double, conv1First);
    QFETCH(double, posSLast);
    QFETCH(double, conv2Sum);
    QFETCH(double, lastBias);

    const std::vector<PthTensor> sd = PthReader::readStateDict(shared + "/" + file);
    QCOMPARE(int(sd.size()), 229);
    QCOMPARE(sd.front().name, QStringLiteral("pos_S"));
    QCOMPARE(sd[1].name, QStringLiteral("master1"));
    QCOMPARE(sd.back().name, QStringLiteral("out_layer.bias"));
    for (const auto &t : sd) {
        QCOMPARE(t.location, QStringLiteral("cuda:0"));
        QVERIFY(t.storage);
        QVERIFY(t.dtype == QLatin1String(t.name.endsWith("num_batches_tracked") ? "int64" : "float32"));
    }

    const PthTensor &pos = find(sd, "pos_S");
    QCOMPARE(pos.shape, (std::vector<int64_t>{1, 23, sd.front().shape[2]}));
    const PthTensor &m1 = find(sd, "master1");
    QCOMPARE(m1.shape, (std::vector<int64_t>{1, 1, gat0}));
    QCOMPARE(find(sd, "encoder.0.0.conv1.weight").shapeString(), QStringLiteral("[32, 1, 2, 3]"));
    QCOMPARE(find(sd, "out_layer.weight").shape, (std::vector<int64_t>{classes, 160}));
    QCOMPARE(find(sd, "first_bn.num_batches_tracked").shape.size(), size_t(0));
    QCOMPARE(find(sd, "first_bn.num_batches_tracked").toInt64(), std::vector<int64_t>{batches});

    QCOMPARE(find(sd, "first_bn.weight").toFloat()[0], float(firstBnWeight));
    QCOMPARE(find(sd, "encoder.0.0.conv1.weight").toFloat()[0], float(conv1First));
    QCOMPARE(pos.toFloat().back(), float(posSLast));
    const std::vector<float> w = find(sd, "encoder.5.0.conv2.weight").toFloat();
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    QVERIFY2(std::abs(sum - conv2Sum) < 1e-9, qPrintable(QString::number(sum, 'g', 17)));
    QCOMPARE(find(sd, "out_layer.bias").toFloat().back(), float(lastBias));
    QVERIFY_THROWS_EXCEPTION(Error, find(sd, "out_layer.bias").toInt64());
}

void TestModelsPth::handMadeStridedTensor()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "tiny.pth",
                                   makeZip({{"tiny/data.pkl", handMadePickle()},
                                            {"tiny/data/0", sixFloats()},
                                            {"tiny/version", "3\n"}}));
    const std::vector<PthTensor> sd = PthReader::readStateDict(path);
    QCOMPARE(sd.size(), size_t(1));
    QCOMPARE(sd[0].name, QStringLiteral("w"));
    QCOMPARE(sd[0].storageOffset, int64_t(1));
    QCOMPARE(sd[0].stride, (std::vector<int64_t>{1, 2}));
    // storage 0.5 1.5 2.5 3.5 4.5 5.5; element [i][j] at 1 + i + 2j.
    QCOMPARE(sd[0].toFloat(), (std::vector<float>{1.5f, 3.5f, 2.5f, 4.5f}));
}

void TestModelsPth::forgedViewsAreRefused_data()
{
    // The hand-made pickle's storage count (K\x06) and view: size (2, 2), stride (1, 2), offset 1.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broadcast view over a 2-element storage")
        << BYTES("K\x06tQK\x01K\x02K\x02\x86K\x01K\x02\x86") << BYTES("K\x02tQK\x00K\x02K\x02\x86K\x00K\x00\x86")
        << "views 4 elements of a storage of 2";
    QTest::newRow("overflowing shape")
        << BYTES("K\x06tQK\x01K\x02K\x02\x86K\x01K\x02\x86")
        << BYTES("K\x06tQK\x00J\xff\xff\xff\x7fJ\xff\xff\xff\x7fJ\xff\xff\xff\x7f\x87K\x00K\x00K\x00\x87")
        << "impossible shape";
    QTest::newRow("storage larger than its record")
        << BYTES("K\x06tQ") << BYTES("J\xff\xff\xff\x7ftQ") << "too few for its storage";
}

void TestModelsPth::forgedViewsAreRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray pickle = handMadePickle();
    QVERIFY(pickle.contains(from));
    pickle.replace(from, to);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "forged.pth", makeZip({{"tiny/data.pkl", pickle}, {"tiny/data/0", sixFloats()}, {"tiny/version", "3\n"}}));
    try {
        PthReader::readStateDict(path);
        QFAIL("a forged view was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().startsWith(path) && e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestModelsPth::brokenInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not a zip") << QByteArray("this is a text file, not a checkpoint\n") << "zip";
    QTest::newRow("no data.pkl") << makeZip({{"a/version", "3\n"}, {"a/data/0", sixFloats()}}) << "no data.pkl";
    QByteArray unknown = handMadePickle();
    unknown.insert(2, "I42\n0", 5); // INT (text) then POP: outside the supported subset
    QTest::newRow("unknown opcode") << makeZip({{"a/data.pkl", unknown}, {"a/data/0", sixFloats()}, {"a/version", "3\n"}})
                                    << "opcode 0x49";
    QTest::newRow("foreign global")
        << makeZip({{"a/data.pkl", BYTES("\x80\x02" "cos\nsystem\n.")}, {"a/version", "3\n"}}) << "os.system";
    QTest::newRow("missing storage") << makeZip({{"a/data.pkl", handMadePickle("7")}, {"a/version", "3\n"}})
                                     << "data/7";
    QTest::newRow("short storage")
        << makeZip({{"a/data.pkl", handMadePickle()}, {"a/data/0", sixFloats().left(12)}, {"a/version", "3\n"}})
        << "holds 12 bytes";
    QByteArray cut = handMadePickle();
    cut.chop(6);
    QTest::newRow("pickle cut short") << makeZip({{"a/data.pkl", cut}, {"a/data/0", sixFloats()}, {"a/version", "3\n"}})
                                      << "truncated";
}

void TestModelsPth::brokenInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "broken.pth", bytes);
    try {
        PthReader::readStateDict(path);
        QFAIL("a broken checkpoint was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().startsWith(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestModelsPth::truncatedCheckpoint()
{
    ST_REQUIRE_SHARED(shared);
    QFile in(shared + "/models/aasist/AASIST-L.pth");
    QVERIFY(in.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = writeFile(dir, "truncated.pth", in.read(in.size() / 2));
    try {
        PthReader::readStateDict(path);
        QFAIL("a truncated checkpoint was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().startsWith(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains("truncated"), qPrintable(e.message()));
    }
    const QString missing = dir.filePath("absent.pth");
    QVERIFY_THROWS_EXCEPTION(Error, PthReader::readStateDict(missing));
}

QTEST_GUILESS_MAIN(TestModelsPth)
#include "tst_models_pth.moc"
