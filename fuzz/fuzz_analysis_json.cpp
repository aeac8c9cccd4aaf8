// Fuzz target: the JSON readers of issue 12 (docs/analysis.md, docs/quality.md). The first input byte picks the
// reader (byte % 6), the rest is the input:
//   0 a stored analysis (AnalysisResult::fromJson, with its settings, provenance, detection, tracing, explanation)
//   1 analysis settings (AnalysisSettings::fromJson)
//   2 quality thresholds (QualityThresholds::fromJsonText, with and without an error pointer, and fromJson)
//   3 a detection result (DetectionResult::fromJson)
//   4 a trace result (TraceResult::fromJson)
//   5 base64 of float32 values (json::floatsFromBase64, the explanation's attribution)
// Each reader answers st::Error or a value, never a crash. A value it accepted must survive its writer: reading
// toJson()'s output again succeeds and writes the same JSON (after one pass: floats are narrowed once).
#include "FuzzSupport.h"

#include "analysis/EvidenceAnalysis.h"
#include "analysis/JsonRead.h"
#include "quality/QualityThresholds.h"

#include <QJsonDocument>

#include <cstring>

namespace {

QJsonObject parse(const QByteArray &bytes, bool *ok)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    *ok = e.error == QJsonParseError::NoError && d.isObject();
    return d.object();
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

/// fromJson(o) either throws st::Error or gives a value whose JSON reads back to the same JSON.
template <class T>
void roundTrip(const QJsonObject &o)
{
    T first;
    try {
        first = T::fromJson(o);
    } catch (const st::Error &) {
        return;
    }
    const QJsonObject j1 = first.toJson();
    T second;
    try {
        second = T::fromJson(j1);
    } catch (const st::Error &) {
        std::abort(); // the writer wrote what the reader refuses
    }
    if (compact(second.toJson()) != compact(j1))
        std::abort();
}

void thresholds(const QByteArray &bytes)
{
    QString error;
    const st::QualityThresholds t = st::QualityThresholds::fromJsonText(bytes, &error);
    bool threw = false;
    try {
        (void)st::QualityThresholds::fromJsonText(bytes);
    } catch (const st::Error &e) {
        threw = true;
        if (e.message() != error)
            std::abort(); // both forms say the same
    }
    if (threw == error.isEmpty())
        std::abort();
    if (!threw) {
        QString again;
        if (st::QualityThresholds::fromJson(t.toJson(), &again) != t || !again.isEmpty())
            std::abort();
    } else if (t != st::QualityThresholds{}) {
        std::abort(); // the defaults come back with an error
    }
}

void base64(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    std::vector<float> v;
    try {
        v = st::json::floatsFromBase64(text, QStringLiteral("fuzz"));
    } catch (const st::Error &) {
        return;
    }
    const std::vector<float> back = st::json::floatsFromBase64(st::json::floatsBase64(v), QStringLiteral("fuzz"));
    if (back.size() != v.size() || (!v.empty() && std::memcmp(back.data(), v.data(), v.size() * sizeof(float)) != 0))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    stfuzz::ensureApp();
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int which = data[0] % 6;
    if (which == 2) {
        thresholds(rest);
        return 0;
    }
    if (which == 5) {
        base64(rest);
        return 0;
    }
    bool ok = false;
    const QJsonObject o = parse(rest, &ok);
    if (!ok)
        return 0;
    switch (which) {
    case 0: roundTrip<st::AnalysisResult>(o); break;
    case 1: roundTrip<st::AnalysisSettings>(o); break;
    case 3: roundTrip<st::DetectionResult>(o); break;
    default: roundTrip<st::TraceResult>(o); break;
    }
    return 0;
}
