// Broken input for the JSON readers of a stored analysis (issue 12): AnalysisResult / AnalysisSettings /
// DetectionResult / TraceResult / ExplanationResult fromJson and json::floatsFromBase64. A hand-made result (no
// model needed) is read back exactly; then every member is removed, given a wrong type, set to null, made huge:
// each reader answers a value or an st::Error naming the member, never a crash or a silent zero. The fuzz seeds
// (fuzz/corpus/analysis_json) are checked to be readable results, so the fuzzer starts from the current format.
#include "analysis/EvidenceAnalysis.h"
#include "analysis/JsonRead.h"
#include "quality/QualityThresholds.h"
#include "testutil.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>

using namespace st;

namespace {

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

AnalysisResult sample()
{
    AnalysisResult r;
    r.settings.explanation = true;
    r.settings.igSteps = 16;
    r.provenance.evidencePath = QStringLiteral("/evidence/clip.wav");
    r.provenance.evidenceSha256 = QString(64, QLatin1Char('a'));
    r.provenance.evidenceBytes = 123456;
    r.provenance.modelName = QStringLiteral("toy");
    r.provenance.threads = 2;
    r.quality = QJsonObject{{QStringLiteral("measures"), QJsonObject{{QStringLiteral("snrDb"), 21.5}}}};
    r.problems = QStringList{QStringLiteral("tracing: no library")};
    DetectionResult d;
    d.manifest.name = QStringLiteral("toy");
    d.manifest.weightsSha256 = QString(64, QLatin1Char('b'));
    d.scoreConvention = QStringLiteral("higher = more bona fide");
    d.clip.higherIsBonafide = true;
    d.device = QStringLiteral("cpu");
    d.clipRate = 44100;
    d.modelRate = 16000;
    d.modelSamples = 64000;
    d.clip.score = -1.25;
    d.clip.logits = {0.5f, -0.75f};
    d.clip.inputs = 1;
    d.clip.analysedEnd = 64000;
    d.window = 32000;
    d.hop = 16000;
    d.timeline = {{0, 32000, -1.0}, {16000, 48000, -1.5}, {32000, 64000, 0.25}};
    r.detection = d;
    TraceResult t;
    t.libraryPath = QStringLiteral("/lib/library.db");
    t.model.name = QStringLiteral("toy");
    t.model.dimension = 4;
    t.backend = QStringLiteral("cosine");
    LevelDecision ld;
    ld.ranked = {{QStringLiteral("A01"), 0.875}, {QStringLiteral("A02"), 0.25}};
    ld.threshold = 0.5;
    ld.decision = QStringLiteral("A01");
    t.decisions = {ld};
    t.lrs = {LevelLr{}};
    r.tracing = t;
    ExplanationResult e;
    e.target = QStringLiteral("bonafide");
    e.steps = 16;
    e.sampleRate = 16000;
    e.completenessError = 0.001;
    e.attribution = {0.5f, -1.25f, 3.0f, 0.0f};
    r.explanation = e;
    return r;
}

/// Every member of `o`, recursively (objects inside arrays too), as a path of keys/indices and its key.
struct Member
{
    QStringList path; ///< keys, or "[i]" for array elements
    QString key;
};

void collect(const QJsonValue &v, QStringList path, std::vector<Member> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QStringList p = path;
            p << it.key();
            out.push_back({p, it.key()});
            collect(it.value(), p, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collect(a[i], path + QStringList{QStringLiteral("[%1]").arg(i)}, out);
    }
}

/// `v` with the member at `path` replaced by `with` (or removed when `with` is undefined).
QJsonValue edited(const QJsonValue &v, const QStringList &path, int depth, const QJsonValue &with)
{
    const QString &step = path[depth];
    const bool last = depth + 1 == path.size();
    if (step.startsWith(QLatin1Char('['))) {
        QJsonArray a = v.toArray();
        const int i = step.mid(1, step.size() - 2).toInt();
        a[i] = edited(a[i], path, depth + 1, with);
        return a;
    }
    QJsonObject o = v.toObject();
    if (last) {
        if (with.isUndefined())
            o.remove(step);
        else
            o.insert(step, with);
    } else {
        o.insert(step, edited(o.value(step), path, depth + 1, with));
    }
    return o;
}

/// Reads `o`; an st::Error is fine when `mustName` is empty or names it; anything else fails the test. An accepted
/// result must round-trip. Returns the error message (empty when accepted).
QString readResult(const QJsonObject &o)
{
    try {
        const AnalysisResult r = AnalysisResult::fromJson(o);
        const QJsonObject j = r.toJson();
        if (compact(AnalysisResult::fromJson(j).toJson()) != compact(j))
            return QStringLiteral("<no round trip>");
        return {};
    } catch (const Error &e) {
        return e.message();
    }
}

} // namespace

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact()
    {
        const QJsonObject j = sample().toJson();
        const AnalysisResult back = AnalysisResult::fromJson(j);
        QCOMPARE(compact(back.toJson()), compact(j));
        QCOMPARE(back.detection->clip.score, -1.25);
        QCOMPARE(int(back.detection->timeline.size()), 3);
        QCOMPARE(back.tracing->decisions.front().ranked.front().source, QStringLiteral("A01"));
        QCOMPARE(back.explanation->attribution, (std::vector<float>{0.5f, -1.25f, 3.0f, 0.0f}));
    }

    void everyMissingMemberIsNamed()
    {
        const QJsonObject j = sample().toJson();
        std::vector<Member> members;
        collect(j, {}, members);
        QVERIFY(members.size() > 60);
        int refused = 0;
        for (const Member &m : members) {
            const QString e = readResult(edited(j, m.path, 0, QJsonValue(QJsonValue::Undefined)).toObject());
            QVERIFY2(e != QLatin1String("<no round trip>"), qPrintable(m.path.join(QLatin1Char('.'))));
            if (e.isEmpty())
                continue; // an optional member (settings, the free-form quality object, an LR)
            ++refused;
            QVERIFY2(e.contains(QLatin1Char('"') + m.key + QLatin1Char('"')) || e.contains(m.key),
                     qPrintable(m.path.join(QLatin1Char('.')) + QStringLiteral(": ") + e));
        }
        QVERIFY(refused > 40);
    }

    void wrongTypesAreRefusedOrHarmless()
    {
        const QJsonObject j = sample().toJson();
        std::vector<Member> members;
        collect(j, {}, members);
        const QJsonValue replacements[] = {QJsonValue(QStringLiteral("x")), QJsonValue(7.5), QJsonValue(true),
                                           QJsonValue(QJsonArray{1, 2}), QJsonValue(QJsonObject{}),
                                           QJsonValue(QJsonValue::Null)};
        for (const Member &m : members)
            for (const QJsonValue &with : replacements) {
                const QJsonValue original = [&] {
                    QJsonValue v = j;
                    for (const QString &s : m.path)
                        v = s.startsWith(QLatin1Char('[')) ? v.toArray()[s.mid(1, s.size() - 2).toInt()]
                                                           : v.toObject().value(s);
                    return v;
                }();
                const QString e = readResult(edited(j, m.path, 0, with).toObject());
                QVERIFY2(e != QLatin1String("<no round trip>"), qPrintable(m.path.join(QLatin1Char('.'))));
                // A string where a number, a flag or a list is due is always an error naming the member (the
                // free-form quality object excepted).
                if (m.path.first() != QLatin1String("quality") && with.isString()
                    && (original.isDouble() || original.isBool() || original.isArray()))
                    QVERIFY2(e.contains(m.key), qPrintable(m.path.join(QLatin1Char('.')) + QStringLiteral(": ") + e));
            }
    }

    void nullNumbersAreNaNAndWholeNumbersStayWhole()
    {
        QJsonObject j = sample().toJson();
        QJsonObject det = j.value(QStringLiteral("detection")).toObject();
        det.insert(QStringLiteral("score"), QJsonValue::Null);
        j.insert(QStringLiteral("detection"), det);
        const AnalysisResult r = AnalysisResult::fromJson(j);
        QVERIFY(std::isnan(r.detection->clip.score));
        QVERIFY(r.detection->toJson().value(QStringLiteral("score")).isNull());
        for (const QJsonValue &bad : {QJsonValue(QJsonValue::Null), QJsonValue(1.5), QJsonValue(1e300), QJsonValue(-1e17)}) {
            det.insert(QStringLiteral("modelSamples"), bad);
            j.insert(QStringLiteral("detection"), det);
            const QString e = readResult(j);
            QVERIFY2(e.contains(QStringLiteral("\"modelSamples\"")) && e.contains(QStringLiteral("whole number")),
                     qPrintable(e));
        }
    }

    void hugeArraysAreReadNotTrusted()
    {
        QJsonObject j = sample().toJson();
        QJsonObject det = j.value(QStringLiteral("detection")).toObject();
        QJsonArray timeline;
        for (int i = 0; i < 100000; ++i)
            timeline.append(QJsonObject{{QStringLiteral("start"), i}, {QStringLiteral("end"), i + 1},
                                        {QStringLiteral("score"), 0.5}});
        det.insert(QStringLiteral("timeline"), timeline);
        j.insert(QStringLiteral("detection"), det);
        QCOMPARE(int(AnalysisResult::fromJson(j).detection->timeline.size()), 100000);
        // an element of the wrong kind deep inside a long list is named
        timeline[99999] = QStringLiteral("window");
        det.insert(QStringLiteral("timeline"), timeline);
        j.insert(QStringLiteral("detection"), det);
        QVERIFY2(readResult(j).contains(QStringLiteral("detection timeline")), qPrintable(readResult(j)));
    }

    void badBase64IsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("not base64") << QStringLiteral("!!!!");
        QTest::addRow("3 bytes") << QStringLiteral("AAAA");
        QTest::addRow("5 bytes") << QStringLiteral("AAAAAAA=");
        QTest::addRow("not Latin-1") << QStringLiteral("AAAA\u00e4AAA");
        QTest::addRow("truncated padding") << QStringLiteral("AAAAAA=");
    }
    void badBase64IsRefused()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(Error, json::floatsFromBase64(text, QStringLiteral("x")));
        QJsonObject j = sample().toJson();
        QJsonObject ex = j.value(QStringLiteral("explanation")).toObject();
        ex.insert(QStringLiteral("attributionFloat32Base64"), text);
        j.insert(QStringLiteral("explanation"), ex);
        QVERIFY2(readResult(j).contains(QStringLiteral("explanation attribution")), qPrintable(readResult(j)));
    }

    void base64RoundTripsBitExactly()
    {
        QVERIFY(json::floatsFromBase64(QString(), QStringLiteral("x")).empty());
        const std::vector<float> v{1.0f, -0.0f, std::nanf(""), INFINITY, 1e-45f, 3.4e38f};
        const std::vector<float> back = json::floatsFromBase64(json::floatsBase64(v), QStringLiteral("x"));
        QCOMPARE(back.size(), v.size());
        QVERIFY(std::memcmp(back.data(), v.data(), v.size() * sizeof(float)) == 0);
        // 1.0f little-endian is 00 00 80 3f
        QCOMPARE(json::floatsBase64({1.0f}), QStringLiteral("AACAPw=="));
    }

    void settingsRefuseUnknownAndOutOfRange()
    {
        for (const QJsonObject &o :
             {QJsonObject{{QStringLiteral("igSteps"), 1}}, QJsonObject{{QStringLiteral("igSteps"), 1e12}},
              QJsonObject{{QStringLiteral("threads"), -1}}, QJsonObject{{QStringLiteral("backend"), QString()}},
              QJsonObject{{QStringLiteral("qualityThresholds"), QJsonArray{}}},
              QJsonObject{{QStringLiteral("tracing"), 1}}}) {
            QVERIFY_THROWS_EXCEPTION(Error, AnalysisSettings::fromJson(o));
        }
        QCOMPARE(AnalysisSettings::fromJson(QJsonObject{}).igSteps, AnalysisSettings{}.igSteps);
    }

    // Found by fuzz_analysis_json: a NUL in an unknown key cut the error message to nothing (what() is a C string).
    void unknownKeyWithControlCharactersIsNamed()
    {
        QString error;
        const QByteArray text("{\"minSnrDb\": 15, \"\0\0min\nX\": 3}", 30);
        QCOMPARE(QualityThresholds::fromJsonText(text, &error), QualityThresholds{});
        QVERIFY2(error.startsWith(QStringLiteral("\\x00\\x00min\\nX: unknown field")), qPrintable(error));
        try {
            QualityThresholds::fromJsonText(text);
            QFAIL("an unknown key was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.message(), error);
        }
    }

    void fuzzSeedsAreCurrentResults()
    {
        const QString src = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
        if (src.isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        const QDir dir(src + QStringLiteral("/fuzz/corpus/analysis_json"));
        // The seeds: the first byte picks the reader ('0' = 48: result, '3' = detection, '4' = tracing).
        const AnalysisResult s = sample();
        const std::pair<const char *, QByteArray> seeds[] = {
            {"result.json", '0' + compact(s.toJson())},
            {"settings.json", '1' + compact(s.settings.toJson())},
            {"detection.json", '3' + compact(s.detection->toJson())},
            {"tracing.json", '4' + compact(s.tracing->toJson())}};
        if (qEnvironmentVariableIsSet("SOURCETRACE_WRITE_SEEDS")) {
            for (const auto &[name, bytes] : seeds) {
                QFile f(dir.filePath(QLatin1String(name)));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(bytes);
            }
        }
        // Every seed is read by its reader (the format may grow; the seeds must stay readable).
        for (const auto &[name, bytes] : seeds) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray text = f.readAll();
            QVERIFY(!text.isEmpty());
            const QJsonObject o = QJsonDocument::fromJson(text.mid(1)).object();
            try {
                switch (text[0]) {
                case '0': AnalysisResult::fromJson(o); break;
                case '1': AnalysisSettings::fromJson(o); break;
                case '3': DetectionResult::fromJson(o); break;
                default: TraceResult::fromJson(o); break;
                }
            } catch (const Error &e) {
                QFAIL(qPrintable(QStringLiteral("seed %1 (regenerate with SOURCETRACE_WRITE_SEEDS=1): %2")
                                     .arg(f.fileName(), e.message())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "tst_analysis_json.moc"
