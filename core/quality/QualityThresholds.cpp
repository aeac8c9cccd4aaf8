#include "quality/QualityThresholds.h"

#include "util/Error.h"
#include "util/JsonFieldReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::QualityThresholds) };
} // namespace

namespace st {

namespace {

/// Throws st::Error with `path` (may be empty) naming the key.
QualityThresholds read(const QJsonObject &o, const QString &path)
{
    const JsonFieldReader r{o, path, {}};
    r.allowOnly(QualityThresholds::keys());
    QualityThresholds t;
    t.minSnrDb = r.real(QStringLiteral("minSnrDb"), t.minSnrDb, -20, 100);
    t.minNetSpeechSeconds = r.real(QStringLiteral("minNetSpeechSeconds"), t.minNetSpeechSeconds, 0, 86400);
    t.maxClippedFraction = r.real(QStringLiteral("maxClippedFraction"), t.maxClippedFraction, 0, 1);
    t.maxAbsDcOffset = r.real(QStringLiteral("maxAbsDcOffset"), t.maxAbsDcOffset, 0, 1);
    t.minBandwidthHz = r.real(QStringLiteral("minBandwidthHz"), t.minBandwidthHz, 0, 384000);
    return t;
}

QJsonObject parseObject(const QByteArray &text, const QString &path)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(path, Text::tr("quality thresholds are not valid JSON (%1 at offset %2)")
                              .arg(pe.errorString())
                              .arg(pe.offset));
    if (!doc.isObject())
        throw Error(path, Text::tr("quality thresholds must be a JSON object, e.g. {\"minSnrDb\": 15}"));
    return doc.object();
}

} // namespace

bool QualityThresholds::operator==(const QualityThresholds &o) const
{
    return minSnrDb == o.minSnrDb && minNetSpeechSeconds == o.minNetSpeechSeconds
           && maxClippedFraction == o.maxClippedFraction && maxAbsDcOffset == o.maxAbsDcOffset
           && minBandwidthHz == o.minBandwidthHz;
}

QStringList QualityThresholds::keys()
{
    return {QStringLiteral("minSnrDb"), QStringLiteral("minNetSpeechSeconds"), QStringLiteral("maxClippedFraction"),
            QStringLiteral("maxAbsDcOffset"), QStringLiteral("minBandwidthHz")};
}

QJsonObject QualityThresholds::toJson() const
{
    return {{QStringLiteral("minSnrDb"), minSnrDb},
            {QStringLiteral("minNetSpeechSeconds"), minNetSpeechSeconds},
            {QStringLiteral("maxClippedFraction"), maxClippedFraction},
            {QStringLiteral("maxAbsDcOffset"), maxAbsDcOffset},
            {QStringLiteral("minBandwidthHz"), minBandwidthHz}};
}

QualityThresholds QualityThresholds::fromJson(const QJsonObject &o, QString *error)
{
    if (!error)
        return read(o, {});
    try {
        QualityThresholds t = read(o, {});
        error->clear();
        return t;
    } catch (const Error &e) {
        *error = e.message();
        return {};
    }
}

QualityThresholds QualityThresholds::fromJsonText(const QByteArray &text, QString *error)
{
    try {
        QualityThresholds t = read(parseObject(text, {}), {});
        if (error)
            error->clear();
        return t;
    } catch (const Error &e) {
        if (!error)
            throw;
        *error = e.message();
        return {};
    }
}

QualityThresholds QualityThresholds::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the quality thresholds: %1").arg(f.errorString()));
    const QByteArray text = f.read((1 << 20) + 1);
    if (text.size() > (1 << 20))
        throw Error(path, Text::tr("quality thresholds over 1 MB: not a thresholds file"));
    return read(parseObject(text, path), path);
}

} // namespace st
