#include "library/ValidatedConditions.h"

#include "models/Safetensors.h"
#include "quality/Bandwidth.h"
#include "util/Error.h"
#include "util/JsonFieldReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ValidatedConditions)
};
} // namespace

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double realOrNan(const JsonFieldReader &r, const QString &k)
{
    if (!r.o.contains(k) || r.o.value(k).isNull())
        return std::nan("");
    return r.real(k, 0, -1e300, 1e300);
}

} // namespace

ValidatedConditions ValidatedConditions::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open: %1").arg(f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(path, Text::tr("not a JSON object (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject root = doc.object();
    JsonFieldReader r{root, path, {}};
    r.allowOnly({QStringLiteral("formatVersion"), QStringLiteral("detection"), QStringLiteral("conditions"),
                 QStringLiteral("created"), QStringLiteral("note")});
    if (r.integer(QStringLiteral("formatVersion"), 1, 1, 1) != 1)
        r.fail(QStringLiteral("formatVersion"), Text::tr("must be 1"));
    ValidatedConditions v;
    v.present = true;
    v.path = path;
    v.created = r.string(QStringLiteral("created"));
    const QJsonObject det = r.object(QStringLiteral("detection"));
    if (!det.isEmpty()) {
        JsonFieldReader d{det, path, QStringLiteral("detection.")};
        d.allowOnly({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("protocol"), QStringLiteral("protocolSha256"),
                     QStringLiteral("targets"), QStringLiteral("nontargets"), QStringLiteral("cllr"), QStringLiteral("minCllr"),
                     QStringLiteral("eer")});
        if (!det.contains(QStringLiteral("a")) || !det.contains(QStringLiteral("b")))
            d.fail(QStringLiteral("a"), Text::tr("a and b are both required"));
        v.a = d.real(QStringLiteral("a"), 1, -1e6, 1e6);
        v.b = d.real(QStringLiteral("b"), 0, -1e6, 1e6);
        v.calibrated = true;
        v.calibrationProtocol = d.string(QStringLiteral("protocol"));
        v.calibrationSha256 = d.string(QStringLiteral("protocolSha256"));
        v.calibrationTargets = d.integer(QStringLiteral("targets"), 0, 0, 1LL << 30);
        v.calibrationNontargets = d.integer(QStringLiteral("nontargets"), 0, 0, 1LL << 30);
        v.calibrationCllr = realOrNan(d, QStringLiteral("cllr"));
        v.calibrationMinCllr = realOrNan(d, QStringLiteral("minCllr"));
        v.calibrationEer = realOrNan(d, QStringLiteral("eer"));
    }
    const QJsonObject cond = r.object(QStringLiteral("conditions"));
    JsonFieldReader c{cond, path, QStringLiteral("conditions.")};
    c.allowOnly({QStringLiteral("minSeconds"), QStringLiteral("minBandwidthHz"), QStringLiteral("codecs"),
                 QStringLiteral("minOodScore"), QStringLiteral("oodK"), QStringLiteral("oodBank")});
    v.minSeconds = c.real(QStringLiteral("minSeconds"), 0, 0, 1e6);
    v.minBandwidthHz = c.real(QStringLiteral("minBandwidthHz"), 0, 0, 1e6);
    v.codecs = c.strings(QStringLiteral("codecs"));
    v.minOodScore = cond.contains(QStringLiteral("minOodScore")) ? c.real(QStringLiteral("minOodScore"), 0, -1, 1) : -kInf;
    v.oodK = c.integer(QStringLiteral("oodK"), 7, 1, 1000);
    v.oodBank = c.string(QStringLiteral("oodBank"));
    if (v.oodBank.contains(QLatin1Char('/')) || v.oodBank.contains(QLatin1Char('\\')) || v.oodBank.startsWith(QLatin1Char('.')))
        c.fail(QStringLiteral("oodBank"), Text::tr("must be a file name beside validity.json, not a path"));
    return v;
}

ValidatedConditions ValidatedConditions::forManifest(const ModelManifest &m)
{
    if (m.manifestPath.isEmpty())
        return {};
    const QString p = QFileInfo(m.manifestPath).absoluteDir().filePath(QStringLiteral("validity.json"));
    if (!QFileInfo::exists(p))
        return {};
    return load(p);
}

void ValidatedConditions::save(const QString &path) const
{
    QJsonObject root{{QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("created"), created.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : created}};
    if (calibrated)
        root.insert(QStringLiteral("detection"),
                    QJsonObject{{QStringLiteral("a"), a}, {QStringLiteral("b"), b},
                                {QStringLiteral("protocol"), calibrationProtocol},
                                {QStringLiteral("protocolSha256"), calibrationSha256},
                                {QStringLiteral("targets"), calibrationTargets},
                                {QStringLiteral("nontargets"), calibrationNontargets},
                                {QStringLiteral("cllr"), finiteOrNull(calibrationCllr)},
                                {QStringLiteral("minCllr"), finiteOrNull(calibrationMinCllr)},
                                {QStringLiteral("eer"), finiteOrNull(calibrationEer)}});
    QJsonObject cond{{QStringLiteral("minSeconds"), minSeconds},
                     {QStringLiteral("minBandwidthHz"), minBandwidthHz},
                     {QStringLiteral("codecs"), QJsonArray::fromStringList(codecs)},
                     {QStringLiteral("oodK"), oodK}};
    if (std::isfinite(minOodScore))
        cond.insert(QStringLiteral("minOodScore"), minOodScore);
    if (!oodBank.isEmpty())
        cond.insert(QStringLiteral("oodBank"), oodBank);
    root.insert(QStringLiteral("conditions"), cond);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
}

namespace {
/// The sentences of the reasons, by kind (translated where they are shown: describeReason).
struct ReasonText
{
    const char *kind;
    int values;
    const char *text;
};
const ReasonText kReasonTexts[] = {
    {"duration", 2, QT_TRANSLATE_NOOP("st::ValidityVerdict", "the clip lasts %1 s, shorter than the shortest validated duration (%2 s)")},
    {"bandwidth", 2, QT_TRANSLATE_NOOP("st::ValidityVerdict", "its bandwidth is %1 Hz, narrower than the narrowest validated bandwidth (%2 Hz)")},
    {"codec", 2, QT_TRANSLATE_NOOP("st::ValidityVerdict", "its codec (%1) was never trained on (validated: %2)")},
    {"ood", 2, QT_TRANSLATE_NOOP("st::ValidityVerdict", "its in-distribution score (kNN cosine %1) is below the validated "
                                                         "range (lowest %2): unlike the training material")},
};
} // namespace

QString describeReason(const ValidityReason &r, bool translate)
{
    for (const ReasonText &t : kReasonTexts) {
        if (r.kind != QLatin1String(t.kind))
            continue;
        if (r.values.size() != t.values)
            return {};
        const QString text = translate ? QCoreApplication::translate("st::ValidityVerdict", t.text) : QString::fromLatin1(t.text);
        return text.arg(r.values[0], r.values[1]);
    }
    return {};
}

QStringList shownReasons(const QStringList &stored, const ValidityVerdict &v)
{
    if (stored != v.reasons || v.details.size() != v.reasons.size())
        return stored;
    QStringList out;
    for (qsizetype i = 0; i < v.details.size(); ++i) {
        // Only a detail that really is the stored sentence is translated (a hand-edited file shows what it says).
        if (describeReason(v.details[i], false) != v.reasons[i])
            return stored;
        out << describeReason(v.details[i], true);
    }
    return out;
}

ValidityVerdict assess(const ValidatedConditions &v, const ClipConditions &c)
{
    ValidityVerdict out;
    if (!v.present)
        return out;
    auto add = [&](const char *kind, const QString &a, const QString &b) {
        out.inside = false;
        ValidityReason r{QString::fromLatin1(kind), {a, b}};
        out.reasons << describeReason(r, false); // English: stored with the analysis, quoted in the court report
        out.details << r;
    };
    if (c.seconds < v.minSeconds)
        add("duration", QString::number(c.seconds, 'f', 2), QString::number(v.minSeconds, 'f', 2));
    if (v.minBandwidthHz > 0 && c.bandwidthHz < v.minBandwidthHz)
        add("bandwidth", QString::number(c.bandwidthHz, 'f', 0), QString::number(v.minBandwidthHz, 'f', 0));
    if (!c.codec.isEmpty() && !v.codecs.isEmpty() && !v.codecs.contains(c.codec))
        add("codec", c.codec, v.codecs.join(QStringLiteral(", ")));
    if (std::isfinite(c.oodScore) && std::isfinite(v.minOodScore) && c.oodScore < v.minOodScore)
        add("ood", QString::number(c.oodScore, 'f', 3), QString::number(v.minOodScore, 'f', 3));
    return out;
}

ClipConditions measureClip(const std::vector<float> &clip, int rate)
{
    ClipConditions c;
    if (rate <= 0 || clip.empty())
        return c;
    c.seconds = double(clip.size()) / rate;
    const int hop = std::max(1, rate / 100);
    const size_t frames = clip.size() / size_t(hop);
    std::vector<double> db(frames);
    double maxDb = -300;
    for (size_t f = 0; f < frames; ++f) {
        double e = 0;
        for (int k = 0; k < hop; ++k) {
            const double x = clip[f * size_t(hop) + size_t(k)];
            e += x * x;
        }
        db[f] = 10 * std::log10(e / hop + 1e-20);
        maxDb = std::max(maxDb, db[f]);
    }
    size_t active = 0;
    for (double d : db)
        active += d > maxDb - 40 ? 1 : 0;
    c.activeSeconds = double(active) * hop / rate;
    // The one implementation of the effective bandwidth (quality/Bandwidth.h), shared with the quality gate.
    c.bandwidthHz = effectiveBandwidthHz(clip, rate);
    return c;
}

QString codecFromContainer(const QString &container, const QString &sampleFormat)
{
    const QString f = sampleFormat.toUpper();
    if (f.startsWith(QLatin1String("PCM")) || f == QLatin1String("FLOAT") || f == QLatin1String("DOUBLE"))
        return QStringLiteral("none");
    if (f == QLatin1String("MPEG_LAYER_III"))
        return QStringLiteral("mp3");
    if (f == QLatin1String("MPEG_LAYER_II"))
        return QStringLiteral("mp2");
    if (f == QLatin1String("OPUS"))
        return QStringLiteral("opus");
    if (f == QLatin1String("VORBIS"))
        return QStringLiteral("vorbis");
    if (f == QLatin1String("ULAW"))
        return QStringLiteral("mulaw");
    if (f == QLatin1String("ALAW"))
        return QStringLiteral("alaw");
    if (f == QLatin1String("IMA_ADPCM") || f == QLatin1String("VOX_ADPCM"))
        return QStringLiteral("adpcm-ima");
    if (f == QLatin1String("MS_ADPCM"))
        return QStringLiteral("adpcm-ms");
    if (f.startsWith(QLatin1String("G721")) || f.startsWith(QLatin1String("G723")))
        return QStringLiteral("g726");
    if (f.startsWith(QLatin1String("GSM")))
        return QStringLiteral("gsm");
    if (f.isEmpty())
        return container.isEmpty() ? QString() : container.toLower();
    return f.toLower();
}

FeatureBank FeatureBank::load(const QString &path)
{
    const std::vector<PthTensor> ts = readSafetensors(path);
    for (const PthTensor &t : ts) {
        if (t.name != QLatin1String("feature_bank"))
            continue;
        if (t.shape.size() != 2 || t.shape[0] < 1 || t.shape[1] < 1)
            throw Error(path, Text::tr("feature_bank must be a non-empty 2-D tensor"));
        FeatureBank b;
        b.m_rows = int(t.shape[0]);
        b.m_dim = int(t.shape[1]);
        b.m_unit = t.toFloat();
        for (int r = 0; r < b.m_rows; ++r) {
            double n = 0;
            for (int d = 0; d < b.m_dim; ++d)
                n += double(b.m_unit[size_t(r) * b.m_dim + d]) * b.m_unit[size_t(r) * b.m_dim + d];
            n = std::sqrt(n);
            if (!(n > 0) || !std::isfinite(n))
                throw Error(path, Text::tr("feature_bank row %1 is zero or not finite").arg(r));
            for (int d = 0; d < b.m_dim; ++d)
                b.m_unit[size_t(r) * b.m_dim + d] = float(b.m_unit[size_t(r) * b.m_dim + d] / n);
        }
        return b;
    }
    throw Error(path, Text::tr("has no feature_bank tensor"));
}

double FeatureBank::knnCosine(const std::vector<float> &e, int k) const
{
    if (int(e.size()) != m_dim)
        throw Error(Text::tr("the embedding has %1 values, the feature bank %2").arg(e.size()).arg(m_dim));
    double n = 0;
    for (float v : e)
        n += double(v) * v;
    n = std::sqrt(n);
    if (!(n > 0))
        return -1;
    std::vector<double> sims(static_cast<size_t>(m_rows));
    for (int r = 0; r < m_rows; ++r) {
        double s = 0;
        for (int d = 0; d < m_dim; ++d)
            s += double(m_unit[size_t(r) * m_dim + d]) * e[size_t(d)];
        sims[size_t(r)] = s / n;
    }
    k = std::clamp(k, 1, m_rows);
    std::partial_sort(sims.begin(), sims.begin() + k, sims.end(), std::greater<double>());
    double s = 0;
    for (int i = 0; i < k; ++i)
        s += sims[size_t(i)];
    return s / k;
}

FeatureBank featureBankFor(const ModelManifest &m, const ValidatedConditions &v)
{
    if (!v.present || v.oodBank.isEmpty())
        return {};
    return FeatureBank::load(QFileInfo(v.path).absoluteDir().filePath(v.oodBank));
}

} // namespace st
