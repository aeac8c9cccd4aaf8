// AugmentSettings <-> JSON (the run configuration). One table per struct names every field with its range, so
// that writing, reading and checking cannot drift apart.
#include "dataset/Augment.h"

#include "util/Error.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <functional>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AugmentJson) };
} // namespace

namespace st::train {

namespace {

struct Field
{
    enum Kind { Real, Integer, Boolean } kind;
    const char *key;
    double lo, hi; ///< inclusive range (Real, Integer)
    double *real = nullptr;
    int *integer = nullptr;
    bool *boolean = nullptr;
};

Field real(const char *key, double &v, double lo, double hi)
{
    return Field{Field::Real, key, lo, hi, &v, nullptr, nullptr};
}
Field integer(const char *key, int &v, int lo, int hi)
{
    return Field{Field::Integer, key, double(lo), double(hi), nullptr, &v, nullptr};
}
Field boolean(const char *key, bool &v)
{
    return Field{Field::Boolean, key, 0, 0, nullptr, nullptr, &v};
}

/// A (min, max) pair that must be ordered.
struct Pair
{
    const char *minKey, *maxKey;
    double min, max;
};

std::vector<Field> rawBoostFields(RawBoostSettings &r)
{
    return {
        integer("algorithm", r.algorithm, 0, 8),
        real("probability", r.probability, 0, 1),
        integer("nBands", r.nBands, 1, 20),
        real("minF", r.minF, 0, 384000),
        real("maxF", r.maxF, 0, 384000),
        real("minBW", r.minBW, 1, 384000),
        real("maxBW", r.maxBW, 1, 384000),
        integer("minCoeff", r.minCoeff, 1, 1001),
        integer("maxCoeff", r.maxCoeff, 1, 1001),
        real("minG", r.minG, -60, 60),
        real("maxG", r.maxG, -60, 60),
        real("minBiasLinNonLin", r.minBiasLinNonLin, 0, 100),
        real("maxBiasLinNonLin", r.maxBiasLinNonLin, 0, 100),
        integer("nonLinearOrder", r.nonLinearOrder, 1, 10),
        real("P", r.P, 0, 100),
        real("gSd", r.gSd, 0, 100),
        real("snrMin", r.snrMin, -20, 100),
        real("snrMax", r.snrMax, -20, 100),
    };
}

std::vector<Field> augmentFields(AugmentSettings &s)
{
    return {
        real("sampleRate", s.sampleRate, 1000, 768000),
        real("trimProbability", s.trimProbability, 0, 1),
        real("trimThresholdDb", s.trimThresholdDb, -120, 0),
        real("padProbability", s.padProbability, 0, 1),
        real("padMaxSeconds", s.padMaxSeconds, 0, 10),
        real("padFloorMinDb", s.padFloorMinDb, -160, 0),
        real("padFloorMaxDb", s.padFloorMaxDb, -160, 0),
        real("reverbProbability", s.reverbProbability, 0, 1),
        real("rt60Min", s.rt60Min, 0.01, 5),
        real("rt60Max", s.rt60Max, 0.01, 5),
        real("wetMin", s.wetMin, 0, 1),
        real("wetMax", s.wetMax, 0, 1),
        real("bandlimitProbability", s.bandlimitProbability, 0, 1),
        real("lowCutMin", s.lowCutMin, 0, 384000),
        real("lowCutMax", s.lowCutMax, 0, 384000),
        real("highCutMin", s.highCutMin, 1, 384000),
        real("highCutMax", s.highCutMax, 1, 384000),
        real("noiseProbability", s.noiseProbability, 0, 1),
        real("snrMinDb", s.snrMinDb, -20, 100),
        real("snrMaxDb", s.snrMaxDb, -20, 100),
        boolean("pinkNoise", s.pinkNoise),
        real("gainProbability", s.gainProbability, 0, 1),
        real("gainMinDb", s.gainMinDb, -60, 40),
        real("gainMaxDb", s.gainMaxDb, -60, 40),
        boolean("clip", s.clip),
    };
}

QJsonObject fieldsToJson(const std::vector<Field> &fields)
{
    QJsonObject o;
    for (const Field &f : fields) {
        const QString k = QLatin1String(f.key);
        switch (f.kind) {
        case Field::Real: o.insert(k, *f.real); break;
        case Field::Integer: o.insert(k, *f.integer); break;
        case Field::Boolean: o.insert(k, *f.boolean); break;
        }
    }
    return o;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return Text::tr("a boolean");
    case QJsonValue::Double: return Text::tr("a number");
    case QJsonValue::String: return Text::tr("a string");
    case QJsonValue::Array: return Text::tr("an array");
    case QJsonValue::Object: return Text::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

/// Reads the keys of `obj` into `fields`; `prefix` is "augment." or "augment.rawboost."; `nested` are keys
/// handled by the caller.
void readFields(const QJsonObject &obj, const std::vector<Field> &fields, const QString &prefix,
                const QString &path, const QStringList &nested = {})
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = it.key();
        if (nested.contains(key))
            continue;
        const Field *field = nullptr;
        for (const Field &f : fields)
            if (key == QLatin1String(f.key))
                field = &f;
        const QString name = prefix + key;
        if (!field) {
            QStringList known;
            for (const Field &f : fields)
                known << QLatin1String(f.key);
            known << nested;
            throw Error(path, Text::tr("%1: unknown setting (known: %2)").arg(name, known.join(QStringLiteral(", "))));
        }
        const QJsonValue v = it.value();
        if (field->kind == Field::Boolean) {
            if (!v.isBool())
                throw Error(path, Text::tr("%1: expected true or false, found %2").arg(name, typeName(v)));
            *field->boolean = v.toBool();
            continue;
        }
        if (!v.isDouble())
            throw Error(path, Text::tr("%1: expected a number, found %2").arg(name, typeName(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < field->lo || d > field->hi)
            throw Error(path, Text::tr("%1: %2 is out of range [%3, %4]").arg(name).arg(d).arg(field->lo).arg(field->hi));
        if (field->kind == Field::Integer) {
            if (d != std::floor(d))
                throw Error(path, Text::tr("%1: expected a whole number, found %2").arg(name).arg(d));
            *field->integer = int(d);
        } else {
            *field->real = d;
        }
    }
}

void checkOrdered(const QString &prefix, const QString &path, const std::vector<Pair> &pairs)
{
    for (const Pair &p : pairs)
        if (p.min > p.max)
            throw Error(path, Text::tr("%1%2: %3 is above %1%4 (%5)")
                                  .arg(prefix, QLatin1String(p.minKey))
                                  .arg(p.min)
                                  .arg(QLatin1String(p.maxKey))
                                  .arg(p.max));
}

} // namespace

QJsonObject AugmentSettings::toJson() const
{
    AugmentSettings copy = *this;
    QJsonObject o = fieldsToJson(augmentFields(copy));
    o.insert(QStringLiteral("rawboost"), fieldsToJson(rawBoostFields(copy.rawboost)));
    return o;
}

AugmentSettings AugmentSettings::fromJson(const QJsonObject &obj, const QString &pathForMessages)
{
    AugmentSettings s;
    const QString prefix = QStringLiteral("augment.");
    readFields(obj, augmentFields(s), prefix, pathForMessages, {QStringLiteral("rawboost")});
    const QString rbPrefix = QStringLiteral("augment.rawboost.");
    if (obj.contains(QStringLiteral("rawboost"))) {
        const QJsonValue v = obj.value(QStringLiteral("rawboost"));
        if (!v.isObject())
            throw Error(pathForMessages,
                        Text::tr("augment.rawboost: expected an object, found %1").arg(typeName(v)));
        readFields(v.toObject(), rawBoostFields(s.rawboost), rbPrefix, pathForMessages);
    }
    const double nyq = s.sampleRate / 2.0;
    checkOrdered(prefix, pathForMessages,
                 {{"padFloorMinDb", "padFloorMaxDb", s.padFloorMinDb, s.padFloorMaxDb},
                  {"rt60Min", "rt60Max", s.rt60Min, s.rt60Max},
                  {"wetMin", "wetMax", s.wetMin, s.wetMax},
                  {"lowCutMin", "lowCutMax", s.lowCutMin, s.lowCutMax},
                  {"highCutMin", "highCutMax", s.highCutMin, s.highCutMax},
                  {"lowCutMax", "highCutMin", s.lowCutMax, s.highCutMin},
                  {"snrMinDb", "snrMaxDb", s.snrMinDb, s.snrMaxDb},
                  {"gainMinDb", "gainMaxDb", s.gainMinDb, s.gainMaxDb}});
    if (s.highCutMax > nyq)
        throw Error(pathForMessages, Text::tr("augment.highCutMax: %1 Hz is above the Nyquist frequency (%2 Hz)")
                                         .arg(s.highCutMax)
                                         .arg(nyq));
    const RawBoostSettings &r = s.rawboost;
    checkOrdered(rbPrefix, pathForMessages,
                 {{"minF", "maxF", r.minF, r.maxF},
                  {"minBW", "maxBW", r.minBW, r.maxBW},
                  {"minCoeff", "maxCoeff", double(r.minCoeff), double(r.maxCoeff)},
                  {"minG", "maxG", r.minG, r.maxG},
                  {"minBiasLinNonLin", "maxBiasLinNonLin", r.minBiasLinNonLin, r.maxBiasLinNonLin},
                  {"snrMin", "snrMax", r.snrMin, r.snrMax}});
    if (r.maxF > nyq)
        throw Error(pathForMessages, Text::tr("augment.rawboost.maxF: %1 Hz is above the Nyquist frequency (%2 Hz)")
                                         .arg(r.maxF)
                                         .arg(nyq));
    return s;
}

} // namespace st::train
