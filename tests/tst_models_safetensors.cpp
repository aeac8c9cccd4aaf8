// The weights format of the models SourceTrace trains (safetensors): round trip, byte-exact determinism, and
// broken files refused with a message naming the file and the defect; a native-spectral network config refuses
// bad fields by name.
#include "audiotestutil.h"

#include "models/Safetensors.h"
#include "models/SpectralConfig.h"
#include "models/SpectralModel.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace st;

namespace {

QByteArray file(const QByteArray &header, const QByteArray &data)
{
    QByteArray out;
    const quint64 n = quint64(header.size());
    for (int i = 0; i < 8; ++i)
        out.append(char((n >> (8 * i)) & 0xff));
    return out + header + data;
}

QByteArray floats(std::initializer_list<float> v)
{
    return QByteArray(reinterpret_cast<const char *>(std::data(v)), int(v.size() * sizeof(float)));
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString p = dir.path() + QStringLiteral("/w.safetensors");
        std::vector<NamedTensor> t{{"b.bias", {3}, {1, 2, 3}}, {"a.weight", {2, 2}, {0.5f, -1, 1e-8f, 3e38f}},
                                   {"scalar", {}, {42}}};
        writeSafetensors(p, t, {{"producer", "test"}});
        QVERIFY(looksLikeSafetensors(p));
        QMap<QString, QString> meta;
        const std::vector<PthTensor> r = readSafetensors(p, &meta);
        QCOMPARE(meta.value("producer"), QStringLiteral("test"));
        QCOMPARE(int(r.size()), 3);
        for (const NamedTensor &n : t) {
            const auto it = std::find_if(r.begin(), r.end(), [&](const PthTensor &x) { return x.name == n.name; });
            QVERIFY(it != r.end());
            QCOMPARE(it->shape, n.shape);
            QCOMPARE(it->toFloat(), n.values);
        }
        // The same tensors in another order give the same bytes.
        const QString q = dir.path() + QStringLiteral("/w2.safetensors");
        std::reverse(t.begin(), t.end());
        writeSafetensors(q, t, {{"producer", "test"}});
        QCOMPARE(sttest::bytesOf(q), sttest::bytesOf(p));
        // readStateDictFile dispatches on the content.
        QCOMPARE(int(readStateDictFile(p).size()), 3);
        // The header is 8-byte aligned, as the format asks.
        const QByteArray b = sttest::bytesOf(p);
        quint64 n = 0;
        for (int i = 7; i >= 0; --i)
            n = (n << 8) | quint64(uchar(b[i]));
        QCOMPARE(n % 8, quint64(0));
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        QTest::newRow("short") << QByteArray("abc") << QStringLiteral("shorter than");
        QTest::newRow("header beyond file") << file(ok, floats({1})).left(20) << QStringLiteral("truncated");
        QTest::newRow("not json") << file("{nope", floats({1, 2})) << QStringLiteral("not a JSON object");
        QTest::newRow("dtype") << file(R"({"x":{"dtype":"C64","shape":[2],"data_offsets":[0,8]}})", floats({1, 2}))
                               << QStringLiteral("unsupported dtype");
        QTest::newRow("outside") << file(R"({"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", floats({1, 2}))
                                 << QStringLiteral("lie outside");
        QTest::newRow("shape") << file(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", floats({1, 2}))
                               << QStringLiteral("for a shape of");
        QTest::newRow("overlap") << file(R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                         R"("y":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                         floats({1, 2}))
                                 << QStringLiteral("overlap");
        QTest::newRow("trailing") << file(ok, floats({1, 2, 3})) << QStringLiteral("follow the last tensor");
        QTest::newRow("negative dim") << file(R"({"x":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", floats({1, 2}))
                                      << QStringLiteral("not a non-negative integer");
        QTest::newRow("metadata") << file(R"({"__metadata__":{"a":1}})", QByteArray()) << QStringLiteral("must be a string");
    }
    void refusesBrokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString p = dir.path() + QStringLiteral("/bad.safetensors");
        QVERIFY(sttest::putBytes(p, bytes));
        try {
            readSafetensors(p);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(p), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void spectralConfigRefusesBadFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray heads = R"("heads":[{"name":"bonafide","classes":["bonafide","spoof"]}])";
        QTest::newRow("no heads") << QByteArray("{}") << QStringLiteral("heads: must be a non-empty array");
        QTest::newRow("front end") << QByteArray("{\"frontEnd\":\"mfcc\"," + heads + "}") << QStringLiteral("frontEnd: must be one of");
        QTest::newRow("unknown") << QByteArray("{\"colour\":1," + heads + "}") << QStringLiteral("colour: unknown field");
        QTest::newRow("one class") << QByteArray(R"({"heads":[{"name":"h","classes":["a"]}]})")
                                   << QStringLiteral("heads[0].classes: a head needs at least two classes");
        QTest::newRow("oc classes") << QByteArray(R"({"heads":[{"name":"h","loss":"ocsoftmax","classes":["a","b","c"]}]})")
                                    << QStringLiteral("heads[0].loss: ocsoftmax needs exactly two classes");
        QTest::newRow("too many stages") << QByteArray("{\"lfccCoeffs\":4,\"deltas\":false,\"channels\":[4,4,4,4]," + heads + "}")
                                         << QStringLiteral("");
    }
    void spectralConfigRefusesBadFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        if (expected.isEmpty()) {
            // Valid as a config; the network itself refuses 4 features through 4 pooling stages.
            const SpectralConfig c = SpectralConfig::fromJson(o, QStringLiteral("net.json"));
            QVERIFY_THROWS_EXCEPTION(Error, spectralParameterCount(c));
            return;
        }
        try {
            SpectralConfig::fromJson(o, QStringLiteral("net.json"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("net.json: ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void architectureFacts()
    {
        SpectralConfig c;
        SpectralHead h;
        h.name = "bonafide";
        h.classes = QStringList{"bonafide", "spoof"};
        c.heads.push_back(h);
        QCOMPARE(c.featureDim(), 60);
        QCOMPARE(c.frames(64000), 401);
        const long long params = spectralParameterCount(c);
        QVERIFY(params > 10000);
        QVERIFY(params < 2000000);
        // The MAC count of the first LCNN stage by hand: 60 x 401 positions x 9 taps x 1 x 64 filters.
        SpectralConfig one = c;
        one.channels = {32};
        const double first = 60.0 * 401 * 9 * 64;
        const double frontEnd = 401.0 * 257 * 20 + 401.0 * 20 * 20;
        const double pooled = 32.0 * 30; // C x F' per frame after one stage
        const double rest = 200.0 * (pooled * 64 + 64) + 2 * pooled * 128 + 128 * 2;
        QVERIFY(std::abs(spectralForwardMacs(one, 64000) - (first + frontEnd + rest)) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_models_safetensors.moc"
