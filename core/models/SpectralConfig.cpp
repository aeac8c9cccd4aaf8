#include "models/SpectralConfig.h"

#include "util/Error.h"
#include "util/JsonFieldReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::SpectralConfig) };
} // namespace

namespace st {

using Reader = JsonFieldReader;

int SpectralConfig::frequencyBins() const
{
    const int all = nFft / 2 + 1;
    if (maxFrequency <= 0)
        return all;
    return std::min(all, int(std::floor(maxFrequency / (double(sampleRate) / nFft))) + 1);
}

int SpectralConfig::featureDim() const
{
    if (frontEnd == QLatin1String("lfcc"))
        return lfccCoeffs * (deltas ? 3 : 1);
    return frequencyBins();
}

int SpectralConfig::frames(long long samples) const { return int(samples / hop) + 1; }

SpectralConfig SpectralConfig::fromJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the network config: %1").arg(f.errorString()));
    if (f.size() > (1 << 20))
        throw Error(path, Text::tr("a network config is a small JSON file (at most 1 MiB)"));
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(path, Text::tr("not valid JSON: %1").arg(pe.errorString()),
                    1 + int(bytes.left(pe.offset).count('\n')));
    if (!doc.isObject())
        throw Error(path, Text::tr("a network config must be a JSON object"));
    return fromJson(doc.object(), QFileInfo(path).absoluteFilePath());
}

SpectralConfig SpectralConfig::fromJson(const QJsonObject &obj, const QString &path)
{
    const Reader r{obj, path, QString()};
    r.allowOnly({"frontEnd", "sampleRate", "nFft", "winLength", "hop", "lfccFilters", "lfccCoeffs", "deltas",
                 "maxFrequency", "backbone", "channels", "embeddingDim", "attentionDim", "dropout", "heads",
                 "primaryHead"});
    SpectralConfig c;
    c.frontEnd = r.choice("frontEnd", c.frontEnd, {"lfcc", "logspec"});
    c.sampleRate = r.integer("sampleRate", c.sampleRate, 8000, 48000);
    c.nFft = r.integer("nFft", c.nFft, 64, 4096);
    c.winLength = r.integer("winLength", c.winLength, 16, c.nFft);
    c.hop = r.integer("hop", c.hop, 1, c.winLength);
    c.lfccFilters = r.integer("lfccFilters", c.lfccFilters, 4, c.nFft / 2);
    c.lfccCoeffs = r.integer("lfccCoeffs", c.lfccCoeffs, 1, c.lfccFilters);
    c.deltas = r.boolean("deltas", c.deltas);
    c.maxFrequency = r.real("maxFrequency", c.maxFrequency, 0, c.sampleRate / 2.0);
    c.backbone = r.choice("backbone", c.backbone, {"lcnn", "resnet"});
    if (obj.contains("channels")) {
        if (!obj.value("channels").isArray() || obj.value("channels").toArray().isEmpty()
            || obj.value("channels").toArray().size() > 6)
            r.fail("channels", Text::tr("must be an array of 1 to 6 channel counts"));
        c.channels.clear();
        for (const QJsonValue &v : obj.value("channels").toArray()) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != std::floor(d) || d < 2 || d > 1024)
                r.fail("channels", Text::tr("every entry must be an integer in [2, 1024]"));
            c.channels.push_back(int(d));
        }
    }
    c.embeddingDim = r.integer("embeddingDim", c.embeddingDim, 2, 4096);
    c.attentionDim = r.integer("attentionDim", c.attentionDim, 1, 4096);
    c.dropout = r.real("dropout", c.dropout, 0, 0.9);
    if (!obj.contains("heads") || !obj.value("heads").isArray() || obj.value("heads").toArray().isEmpty())
        r.fail("heads", Text::tr("must be a non-empty array of heads"));
    QSet<QString> names;
    const QJsonArray heads = obj.value("heads").toArray();
    for (int i = 0; i < heads.size(); ++i) {
        if (!heads.at(i).isObject())
            r.fail(QStringLiteral("heads[%1]").arg(i), Text::tr("must be an object"));
        const QJsonObject ho = heads.at(i).toObject();
        const Reader h{ho, path, QStringLiteral("heads[%1].").arg(i)};
        h.allowOnly({"name", "level", "classes", "loss", "weight", "scale", "margin", "marginRampEpochs", "mReal",
                     "mFake"});
        SpectralHead head;
        head.name = h.string("name");
        if (head.name.isEmpty())
            h.fail("name", Text::tr("must be a non-empty string"));
        if (names.contains(head.name))
            h.fail("name", Text::tr("\"%1\" is used by two heads").arg(head.name));
        names.insert(head.name);
        head.level = h.string("level", head.name);
        if (!ho.value("classes").isArray())
            h.fail("classes", Text::tr("must be an array of class names"));
        for (const QJsonValue &v : ho.value("classes").toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                h.fail("classes", Text::tr("every class name must be a non-empty string"));
            head.classes << v.toString();
        }
        if (head.classes.size() < 2)
            h.fail("classes", Text::tr("a head needs at least two classes (it has %1)").arg(head.classes.size()));
        if (head.classes.removeDuplicates() > 0)
            h.fail("classes", Text::tr("class names must be unique"));
        head.loss = h.choice("loss", head.loss, {"ce", "aam", "ocsoftmax", "ge2e"});
        if (head.loss == QLatin1String("ocsoftmax") && head.classes.size() != 2)
            h.fail("loss", Text::tr("ocsoftmax needs exactly two classes (bona fide first)"));
        head.weight = h.real("weight", head.weight, 0, 1000);
        head.scale = h.real("scale", head.loss == QLatin1String("ocsoftmax") ? 20.0 : head.scale, 0.01, 1000);
        head.margin = h.real("margin", head.margin, 0, 1.5);
        head.marginRampEpochs = h.real("marginRampEpochs", head.marginRampEpochs, 0, 10000);
        head.mReal = h.real("mReal", head.mReal, -1, 1);
        head.mFake = h.real("mFake", head.mFake, -1, 1);
        c.heads.push_back(head);
    }
    c.primaryHead = r.integer("primaryHead", 0, 0, int(c.heads.size()) - 1);
    if (c.frontEnd == QLatin1String("lfcc") && c.lfccFilters > c.frequencyBins())
        r.fail("lfccFilters", Text::tr("%1 filters need at least as many STFT bins (there are %2)")
                                  .arg(c.lfccFilters)
                                  .arg(c.frequencyBins()));
    return c;
}

QJsonObject SpectralConfig::toJson() const
{
    QJsonObject o;
    o.insert("frontEnd", frontEnd);
    o.insert("sampleRate", sampleRate);
    o.insert("nFft", nFft);
    o.insert("winLength", winLength);
    o.insert("hop", hop);
    o.insert("lfccFilters", lfccFilters);
    o.insert("lfccCoeffs", lfccCoeffs);
    o.insert("deltas", deltas);
    o.insert("maxFrequency", maxFrequency);
    o.insert("backbone", backbone);
    QJsonArray ch;
    for (int c : channels)
        ch.append(c);
    o.insert("channels", ch);
    o.insert("embeddingDim", embeddingDim);
    o.insert("attentionDim", attentionDim);
    o.insert("dropout", dropout);
    QJsonArray hs;
    for (const SpectralHead &h : heads) {
        QJsonObject ho;
        ho.insert("name", h.name);
        ho.insert("level", h.level);
        ho.insert("classes", QJsonArray::fromStringList(h.classes));
        ho.insert("loss", h.loss);
        ho.insert("weight", h.weight);
        ho.insert("scale", h.scale);
        ho.insert("margin", h.margin);
        ho.insert("marginRampEpochs", h.marginRampEpochs);
        ho.insert("mReal", h.mReal);
        ho.insert("mFake", h.mFake);
        hs.append(ho);
    }
    o.insert("heads", hs);
    o.insert("primaryHead", primaryHead);
    return o;
}

} // namespace st
