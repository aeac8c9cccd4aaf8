// The quality gate's thresholds (quality/QualityThresholds.h): defaults, JSON round trips (object, text, file), and
// the strict reader's refusals, each naming the key (unknown keys, wrong types, values out of range, broken JSON).
#include "quality/QualityThresholds.h"
#include "util/Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace st;

namespace {

QString errorOfText(const QByteArray &text)
{
    QString error;
    QualityThresholds::fromJsonText(text, &error);
    return error;
}

} // namespace

class TestQualityThresholds : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        const QualityThresholds t;
        QCOMPARE(t.minSnrDb, 15.0);
        QCOMPARE(t.minNetSpeechSeconds, 2.0);
        QCOMPARE(t.maxClippedFraction, 0.001);
        QCOMPARE(t.maxAbsDcOffset, 0.02);
        QCOMPARE(t.minBandwidthHz, 3400.0);
        QCOMPARE(QualityThresholds::keys(),
                 QStringList({"minSnrDb", "minNetSpeechSeconds", "maxClippedFraction", "maxAbsDcOffset", "minBandwidthHz"}));
        QCOMPARE(t.toJson().keys().size(), 5);
        // An empty object is the defaults.
        QString error = "stale";
        QCOMPARE(QualityThresholds::fromJson(QJsonObject{}, &error), t);
        QVERIFY(error.isEmpty());
    }

    void roundTrip()
    {
        QualityThresholds t;
        t.minSnrDb = 12.5;
        t.minNetSpeechSeconds = 4;
        t.maxClippedFraction = 0;
        t.maxAbsDcOffset = 0.005;
        t.minBandwidthHz = 3562.5;
        QString error;
        QCOMPARE(QualityThresholds::fromJson(t.toJson(), &error), t);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // As text, the way the case file keeps it.
        const QByteArray text = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(QualityThresholds::fromJsonText(text, &error), t);
        QVERIFY(error.isEmpty());
        QVERIFY(t != QualityThresholds{});
        // Keys left out keep their defaults; the range ends are accepted.
        const QualityThresholds partial = QualityThresholds::fromJsonText(R"({"minSnrDb": -20, "maxClippedFraction": 1})");
        QCOMPARE(partial.minSnrDb, -20.0);
        QCOMPARE(partial.maxClippedFraction, 1.0);
        QCOMPARE(partial.minNetSpeechSeconds, 2.0);
        QCOMPARE(partial.minBandwidthHz, 3400.0);
    }

    void strictRefusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown key") << QByteArray(R"({"minSnr": 10})")
                                     << "minSnr: unknown field (known: minSnrDb, minNetSpeechSeconds, maxClippedFraction, "
                                        "maxAbsDcOffset, minBandwidthHz)";
        QTest::addRow("string") << QByteArray(R"({"minSnrDb": "15"})") << "minSnrDb: must be a number";
        QTest::addRow("bool") << QByteArray(R"({"minNetSpeechSeconds": true})") << "minNetSpeechSeconds: must be a number";
        QTest::addRow("null") << QByteArray(R"({"maxAbsDcOffset": null})") << "maxAbsDcOffset: must be a number";
        QTest::addRow("array") << QByteArray(R"({"minBandwidthHz": [3400]})") << "minBandwidthHz: must be a number";
        QTest::addRow("object") << QByteArray(R"({"minBandwidthHz": {"hz": 3400}})") << "minBandwidthHz: must be a number";
        QTest::addRow("fraction over 1") << QByteArray(R"({"maxClippedFraction": 2})")
                                         << "maxClippedFraction: must be in [0, 1] (it is 2)";
        QTest::addRow("negative fraction") << QByteArray(R"({"maxClippedFraction": -0.1})")
                                           << "maxClippedFraction: must be in [0, 1] (it is -0.1)";
        QTest::addRow("negative bandwidth") << QByteArray(R"({"minBandwidthHz": -1})")
                                            << "minBandwidthHz: must be in [0, 384000] (it is -1)";
        QTest::addRow("huge bandwidth") << QByteArray(R"({"minBandwidthHz": 1e9})")
                                        << "minBandwidthHz: must be in [0, 384000] (it is 1e+09)";
        QTest::addRow("snr too low") << QByteArray(R"({"minSnrDb": -100})") << "minSnrDb: must be in [-20, 100] (it is -100)";
        QTest::addRow("snr too high") << QByteArray(R"({"minSnrDb": 200})") << "minSnrDb: must be in [-20, 100] (it is 200)";
        QTest::addRow("negative speech") << QByteArray(R"({"minNetSpeechSeconds": -2})")
                                         << "minNetSpeechSeconds: must be in [0, 86400] (it is -2)";
        QTest::addRow("dc over 1") << QByteArray(R"({"maxAbsDcOffset": 1.5})") << "maxAbsDcOffset: must be in [0, 1] (it is 1.5)";
        QTest::addRow("not JSON") << QByteArray("minSnrDb = 15")
                                  << "quality thresholds are not valid JSON (";
        QTest::addRow("truncated") << QByteArray(R"({"minSnrDb": 15)")
                                   << "quality thresholds are not valid JSON (";
        QTest::addRow("empty") << QByteArray() << "quality thresholds are not valid JSON (";
        QTest::addRow("array") << QByteArray("[15]")
                               << "quality thresholds must be a JSON object, e.g. {\"minSnrDb\": 15}";
    }
    void strictRefusals()
    {
        // An expected error ending in "(" is a prefix: Qt's JSON parser words its own part differently by version.
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto same = [&](const QString &actual) {
            return actual == error || (error.endsWith(QLatin1Char('(')) && actual.startsWith(error));
        };
        QVERIFY2(same(errorOfText(text)), qPrintable(errorOfText(text)));
        // The defaults come back with the error; without an error pointer, st::Error is thrown.
        QString e;
        QCOMPARE(QualityThresholds::fromJsonText(text, &e), QualityThresholds{});
        QString thrown;
        try {
            QualityThresholds::fromJsonText(text);
        } catch (const Error &x) {
            thrown = x.message();
        }
        QVERIFY2(same(thrown), qPrintable(thrown));
        // The object reader says the same for the same object.
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (doc.isObject()) {
            QString oe;
            QualityThresholds::fromJson(doc.object(), &oe);
            QVERIFY2(same(oe), qPrintable(oe));
        }
    }

    void fileReader()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath("thresholds.json");
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"minSnrDb": 10, "minNetSpeechSeconds": 1.5})");
        }
        const QualityThresholds t = QualityThresholds::load(good);
        QCOMPARE(t.minSnrDb, 10.0);
        QCOMPARE(t.minNetSpeechSeconds, 1.5);

        auto errorOfFile = [](const QString &path) {
            try {
                QualityThresholds::load(path);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        const QString bad = dir.filePath("bad.json");
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"minSnrDb": 10, "maxDc": 0.1})");
        }
        QCOMPARE(errorOfFile(bad), bad + ": maxDc: unknown field (known: minSnrDb, minNetSpeechSeconds, "
                                         "maxClippedFraction, maxAbsDcOffset, minBandwidthHz)");
        const QString missing = dir.filePath("missing.json");
        QVERIFY2(errorOfFile(missing).startsWith(missing + ": cannot open the quality thresholds"),
                 qPrintable(errorOfFile(missing)));
        const QString big = dir.filePath("big.json");
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray((1 << 20) + 10, ' '));
        }
        QCOMPARE(errorOfFile(big), big + ": quality thresholds over 1 MB: not a thresholds file");
        const QString empty = dir.filePath("empty.json");
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY2(errorOfFile(empty).startsWith(empty + ": quality thresholds are not valid JSON"),
                 qPrintable(errorOfFile(empty)));
    }
};

QTEST_GUILESS_MAIN(TestQualityThresholds)
#include "tst_quality_thresholds.moc"
