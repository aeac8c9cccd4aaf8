#include "models/AasistConfig.h"

#include "util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AasistConfig) };
} // namespace

namespace st {

namespace {

[[noreturn]] void bad(const QString &path, const QString &field, const QString &what)
{
    throw Error(path, Text::tr("model config field \"%1\": %2").arg(field, what));
}

int positiveInt(const QJsonValue &v, const QString &path, const QString &field)
{
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() <= 0)
        bad(path, field, Text::tr("expected a positive integer"));
    return v.toInt();
}

double positiveNumber(const QJsonValue &v, const QString &path, const QString &field)
{
    if (!v.isDouble() || !(v.toDouble() > 0.0))
        bad(path, field, Text::tr("expected a positive number"));
    return v.toDouble();
}

QJsonArray array(const QJsonObject &o, const char *key, int size, const QString &path)
{
    const QString field = QString::fromLatin1(key);
    if (!o.contains(field))
        bad(path, field, Text::tr("missing"));
    const QJsonValue v = o.value(field);
    if (!v.isArray() || v.toArray().size() != size)
        bad(path, field, Text::tr("expected an array of %1 values").arg(size));
    return v.toArray();
}

} // namespace

AasistConfig AasistConfig::aasist() { return {}; }

AasistConfig AasistConfig::aasistL()
{
    AasistConfig c;
    c.blockChannels = {{{1, 32}, {32, 32}, {32, 24}, {24, 24}}};
    c.gatDims = {{24, 32}};
    c.poolRatios = {{0.4, 0.5, 0.7, 0.5}};
    return c;
}

AasistConfig AasistConfig::fromJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the model config: %1").arg(f.errorString()));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        throw Error(path, Text::tr("the model config is not valid JSON at offset %1: %2")
                              .arg(err.offset)
                              .arg(err.errorString()));
    if (!doc.isObject())
        throw Error(path, Text::tr("the model config is not a JSON object"));
    return fromJson(doc.object(), path);
}

AasistConfig AasistConfig::fromJson(const QJsonObject &root, const QString &path)
{
    QJsonObject o = root;
    if (root.contains(QLatin1String("model_config"))) {
        if (!root.value(QLatin1String("model_config")).isObject())
            bad(path, QStringLiteral("model_config"), Text::tr("expected an object"));
        o = root.value(QLatin1String("model_config")).toObject();
    }
    if (o.contains(QLatin1String("architecture"))
        && o.value(QLatin1String("architecture")).toString() != QLatin1String("AASIST"))
        bad(path, QStringLiteral("architecture"),
            Text::tr("\"%1\" is not AASIST").arg(o.value(QLatin1String("architecture")).toString()));

    AasistConfig c;
    if (o.contains(QLatin1String("nb_samp")))
        c.nbSamp = positiveInt(o.value(QLatin1String("nb_samp")), path, QStringLiteral("nb_samp"));
    if (!o.contains(QLatin1String("first_conv")))
        bad(path, QStringLiteral("first_conv"), Text::tr("missing"));
    c.firstConv = positiveInt(o.value(QLatin1String("first_conv")), path, QStringLiteral("first_conv"));

    const QJsonArray filts = array(o, "filts", 5, path);
    c.sincFilters = positiveInt(filts.at(0), path, QStringLiteral("filts[0]"));
    if (c.sincFilters / 3 < 1)
        bad(path, QStringLiteral("filts[0]"), Text::tr("needs at least 3 sinc filters"));
    for (int i = 1; i < 5; ++i) {
        const QString field = QStringLiteral("filts[%1]").arg(i);
        if (!filts.at(i).isArray() || filts.at(i).toArray().size() != 2)
            bad(path, field, Text::tr("expected [in_channels, out_channels]"));
        const QJsonArray p = filts.at(i).toArray();
        c.blockChannels[size_t(i - 1)] = {positiveInt(p.at(0), path, field), positiveInt(p.at(1), path, field)};
    }
    if (c.blockChannels[0].first != 1)
        bad(path, QStringLiteral("filts[1]"), Text::tr("the first residual block takes 1 input channel"));
    for (size_t i = 1; i < 4; ++i)
        if (c.blockChannels[i].first != c.blockChannels[i - 1].second)
            bad(path, QStringLiteral("filts[%1]").arg(i + 1),
                Text::tr("input channels %1 differ from the previous block's output %2")
                    .arg(c.blockChannels[i].first)
                    .arg(c.blockChannels[i - 1].second));
    if (c.blockChannels[3].first != c.blockChannels[3].second)
        bad(path, QStringLiteral("filts[4]"),
            Text::tr("is used for three blocks in a row, so input and output channels must be equal"));

    const QJsonArray gat = array(o, "gat_dims", 2, path);
    for (int i = 0; i < 2; ++i)
        c.gatDims[size_t(i)] = positiveInt(gat.at(i), path, QStringLiteral("gat_dims[%1]").arg(i));
    const QJsonArray pool = array(o, "pool_ratios", 4, path);
    for (int i = 0; i < 4; ++i) {
        c.poolRatios[size_t(i)] = positiveNumber(pool.at(i), path, QStringLiteral("pool_ratios[%1]").arg(i));
        if (c.poolRatios[size_t(i)] > 1.0)
            bad(path, QStringLiteral("pool_ratios[%1]").arg(i), Text::tr("a ratio must be at most 1"));
    }
    const QJsonArray temp = array(o, "temperatures", 4, path);
    for (int i = 0; i < 4; ++i)
        c.temperatures[size_t(i)] = positiveNumber(temp.at(i), path, QStringLiteral("temperatures[%1]").arg(i));
    return c;
}

QJsonObject AasistConfig::toJson() const
{
    QJsonArray filts{sincFilters};
    for (const auto &p : blockChannels)
        filts.append(QJsonArray{p.first, p.second});
    return QJsonObject{
        {QStringLiteral("architecture"), QStringLiteral("AASIST")},
        {QStringLiteral("nb_samp"), nbSamp},
        {QStringLiteral("first_conv"), firstConv},
        {QStringLiteral("filts"), filts},
        {QStringLiteral("gat_dims"), QJsonArray{gatDims[0], gatDims[1]}},
        {QStringLiteral("pool_ratios"), QJsonArray{poolRatios[0], poolRatios[1], poolRatios[2], poolRatios[3]}},
        {QStringLiteral("temperatures"),
         QJsonArray{temperatures[0], temperatures[1], temperatures[2], temperatures[3]}},
    };
}

} // namespace st
