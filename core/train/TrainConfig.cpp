#include "train/TrainConfig.h"

#include "util/Error.h"
#include "util/JsonFieldReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::TrainConfig) };
} // namespace

namespace st::train {

using Reader = JsonFieldReader;

QJsonObject TrainConfig::toJson() const
{
    QJsonObject o;
    o.insert("name", name);
    o.insert("protocols", QJsonArray::fromStringList(protocols));
    o.insert("root", root);
    o.insert("validationProtocols", QJsonArray::fromStringList(validationProtocols));
    o.insert("splitBy", splitBy);
    o.insert("validationFraction", validationFraction);
    o.insert("architecture", architecture);
    o.insert("initFrom", initFrom);
    QJsonObject net = network.toJson();
    net.remove("heads");
    net.remove("primaryHead");
    o.insert("network", net);
    QJsonArray hs;
    for (const HeadPlan &h : heads) {
        QJsonObject ho;
        ho.insert("level", h.level);
        ho.insert("loss", h.loss);
        ho.insert("weight", h.weight);
        ho.insert("scale", h.scale);
        ho.insert("margin", h.margin);
        ho.insert("marginRampEpochs", h.marginRampEpochs);
        hs.append(ho);
    }
    o.insert("heads", hs);
    o.insert("primaryHead", primaryHead);
    o.insert("balanceLevel", balanceLevel);
    o.insert("epochs", epochs);
    o.insert("batchSize", batchSize);
    o.insert("cropSeconds", cropSeconds);
    o.insert("validationSeconds", validationSeconds);
    o.insert("epochSize", epochSize);
    o.insert("augment", augmentEnabled);
    o.insert("augmentation", augment.toJson());
    o.insert("regMixup", regMixup);
    o.insert("mixupAlpha", mixupAlpha);
    o.insert("mixupEta", mixupEta);
    QJsonObject op;
    op.insert("optimizer", optim.optimizer);
    op.insert("learningRate", optim.learningRate);
    op.insert("weightDecay", optim.weightDecay);
    op.insert("beta1", optim.beta1);
    op.insert("beta2", optim.beta2);
    op.insert("schedule", optim.schedule);
    op.insert("warmupEpochs", optim.warmupEpochs);
    op.insert("stepEpochs", optim.stepEpochs);
    op.insert("stepGamma", optim.stepGamma);
    op.insert("minLearningRate", optim.minLearningRate);
    op.insert("gradClip", optim.gradClip);
    o.insert("optim", op);
    o.insert("selectMetric", selectMetric);
    o.insert("patience", patience);
    o.insert("threads", threads);
    o.insert("workers", workers);
    o.insert("device", device);
    o.insert("seed", QString::number(seed)); // a string: JSON numbers lose 64-bit integers
    o.insert("outputDir", outputDir);
    o.insert("cacheMegabytes", cacheMegabytes);
    o.insert("oodBankSize", oodBankSize);
    return o;
}

TrainConfig TrainConfig::fromJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw Error(path, Text::tr("run configuration not found"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the run configuration: %1").arg(f.errorString()));
    if (f.size() > (4 << 20))
        throw Error(path, Text::tr("a run configuration is a small JSON file (at most 4 MiB)"));
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(path, Text::tr("not valid JSON: %1").arg(pe.errorString()),
                    1 + int(bytes.left(pe.offset).count('\n')));
    if (!doc.isObject())
        throw Error(path, Text::tr("a run configuration must be a JSON object"));
    TrainConfig c = fromJson(doc.object(), QFileInfo(path).absoluteFilePath());
    // Relative paths in a file are relative to the file.
    const QString base = QFileInfo(path).absolutePath();
    auto abs = [&](const QString &p) { return p.isEmpty() || QFileInfo(p).isAbsolute() ? p : base + QLatin1Char('/') + p; };
    for (QString &p : c.protocols)
        p = abs(p);
    for (QString &p : c.validationProtocols)
        p = abs(p);
    c.root = abs(c.root);
    c.initFrom = abs(c.initFrom);
    c.outputDir = abs(c.outputDir);
    return c;
}

TrainConfig TrainConfig::fromJson(const QJsonObject &obj, const QString &path)
{
    const Reader r{obj, path, QString()};
    r.allowOnly({"name", "protocols", "root", "validationProtocols", "splitBy", "validationFraction", "architecture",
                 "initFrom", "network", "heads", "primaryHead", "balanceLevel", "epochs", "batchSize", "cropSeconds",
                 "validationSeconds", "epochSize", "augment", "augmentation", "regMixup", "mixupAlpha", "mixupEta",
                 "optim", "selectMetric", "patience", "threads", "workers", "device", "seed", "outputDir",
                 "cacheMegabytes", "oodBankSize", "comment"});
    TrainConfig c;
    c.name = r.string("name", c.name);
    c.protocols = r.strings("protocols");
    c.root = r.string("root");
    c.validationProtocols = r.strings("validationProtocols");
    c.splitBy = r.string("splitBy", c.splitBy);
    c.validationFraction = r.real("validationFraction", c.validationFraction, 0.01, 0.9);
    c.architecture = r.choice("architecture", c.architecture, {"spectral", "aasist", "aasist-l"});
    c.initFrom = r.string("initFrom");
    QJsonObject net = r.object("network");
    if (!net.contains("heads")) // heads come from "heads" below; a placeholder satisfies the network reader
        net.insert("heads", QJsonArray{QJsonObject{{"name", "x"}, {"classes", QJsonArray{"a", "b"}}}});
    try {
        c.network = SpectralConfig::fromJson(net, path);
    } catch (const Error &e) {
        throw Error(path, QStringLiteral("network.%1").arg(e.cause()));
    }
    c.network.heads.clear();
    if (obj.contains("heads")) {
        if (!obj.value("heads").isArray())
            r.fail("heads", Text::tr("must be an array of heads"));
        const QJsonArray hs = obj.value("heads").toArray();
        for (int i = 0; i < hs.size(); ++i) {
            if (!hs.at(i).isObject())
                r.fail(QStringLiteral("heads[%1]").arg(i), Text::tr("must be an object"));
            const QJsonObject ho = hs.at(i).toObject();
            const Reader h{ho, path, QStringLiteral("heads[%1].").arg(i)};
            h.allowOnly({"level", "loss", "weight", "scale", "margin", "marginRampEpochs"});
            HeadPlan p;
            p.level = h.string("level");
            if (p.level.isEmpty())
                h.fail("level", Text::tr("must name a level (bonafide, attack, acoustic_model, vocoder, codec or a "
                                               "protocol column)"));
            p.loss = h.choice("loss", p.loss, {"ce", "aam", "ocsoftmax", "ge2e"});
            p.weight = h.real("weight", p.weight, 0, 1000);
            p.scale = h.real("scale", p.scale, 0, 1000);
            p.margin = h.real("margin", p.margin, 0, 1.5);
            p.marginRampEpochs = h.real("marginRampEpochs", p.marginRampEpochs, 0, 10000);
            c.heads.push_back(p);
        }
    }
    c.primaryHead = r.integer("primaryHead", 0, 0, 63);
    c.balanceLevel = r.string("balanceLevel");
    c.epochs = r.integer("epochs", c.epochs, 1, 100000);
    c.batchSize = r.integer("batchSize", c.batchSize, 1, 4096);
    c.cropSeconds = r.real("cropSeconds", c.cropSeconds, 0.2, 600);
    c.validationSeconds = r.real("validationSeconds", c.validationSeconds, 0, 600);
    c.epochSize = r.integer("epochSize", c.epochSize, 0, 100000000);
    c.augmentEnabled = r.boolean("augment", c.augmentEnabled);
    if (obj.contains("augmentation"))
        c.augment = AugmentSettings::fromJson(r.object("augmentation"), path);
    c.regMixup = r.boolean("regMixup", c.regMixup);
    c.mixupAlpha = r.real("mixupAlpha", c.mixupAlpha, 0.01, 1000);
    c.mixupEta = r.real("mixupEta", c.mixupEta, 0, 100);
    const QJsonObject op = r.object("optim");
    const Reader o{op, path, QStringLiteral("optim.")};
    o.allowOnly({"optimizer", "learningRate", "weightDecay", "beta1", "beta2", "schedule", "warmupEpochs", "stepEpochs",
                 "stepGamma", "minLearningRate", "gradClip"});
    c.optim.optimizer = o.choice("optimizer", c.optim.optimizer, {"adam", "adamw"});
    c.optim.learningRate = o.real("learningRate", c.optim.learningRate, 1e-9, 10);
    c.optim.weightDecay = o.real("weightDecay", c.optim.weightDecay, 0, 10);
    c.optim.beta1 = o.real("beta1", c.optim.beta1, 0, 0.999999);
    c.optim.beta2 = o.real("beta2", c.optim.beta2, 0, 0.999999);
    c.optim.schedule = o.choice("schedule", c.optim.schedule, {"constant", "cosine", "step"});
    c.optim.warmupEpochs = o.real("warmupEpochs", c.optim.warmupEpochs, 0, 10000);
    c.optim.stepEpochs = o.integer("stepEpochs", c.optim.stepEpochs, 1, 100000);
    c.optim.stepGamma = o.real("stepGamma", c.optim.stepGamma, 1e-6, 1);
    c.optim.minLearningRate = o.real("minLearningRate", c.optim.minLearningRate, 0, 10);
    c.optim.gradClip = o.real("gradClip", c.optim.gradClip, 0, 1e6);
    c.selectMetric = r.string("selectMetric", c.selectMetric);
    c.patience = r.integer("patience", c.patience, 0, 100000);
    c.threads = r.integer("threads", c.threads, 0, 1024);
    c.workers = r.integer("workers", c.workers, 1, 64);
    c.device = r.choice("device", c.device, {"auto", "cpu", "cuda"});
    if (obj.contains("seed")) {
        const QJsonValue v = obj.value("seed");
        bool ok = false;
        if (v.isString())
            c.seed = v.toString().toULongLong(&ok);
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9.0e15 && v.toDouble() == std::floor(v.toDouble())) {
            c.seed = uint64_t(v.toDouble());
            ok = true;
        }
        if (!ok)
            r.fail("seed", Text::tr("must be a non-negative integer (or a string of one)"));
    }
    c.outputDir = r.string("outputDir");
    c.cacheMegabytes = r.integer("cacheMegabytes", c.cacheMegabytes, 16, 1 << 20);
    c.oodBankSize = r.integer("oodBankSize", c.oodBankSize, 0, 1 << 20);
    c.validate(path);
    return c;
}

void TrainConfig::validate(const QString &path) const
{
    auto fail = [&](const QString &field, const QString &why) { throw Error(path, QStringLiteral("%1: %2").arg(field, why)); };
    static const QRegularExpression nameRx(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]*$"));
    if (!nameRx.match(name).hasMatch())
        fail("name", Text::tr("must be letters, digits, '.', '_', '+' or '-' (it is \"%1\")").arg(name));
    const int nHeads = heads.empty() ? 1 : int(heads.size());
    if (primaryHead >= nHeads)
        fail("primaryHead", Text::tr("is %1 but there are %2 heads").arg(primaryHead).arg(nHeads));
    QSet<QString> levels;
    for (size_t i = 0; i < heads.size(); ++i) {
        if (levels.contains(heads[i].level))
            fail(QStringLiteral("heads[%1].level").arg(i), Text::tr("\"%1\" has two heads").arg(heads[i].level));
        levels.insert(heads[i].level);
        if (heads[i].loss == QLatin1String("ocsoftmax") && heads[i].level != QLatin1String("bonafide"))
            fail(QStringLiteral("heads[%1].loss").arg(i), Text::tr("ocsoftmax learns bona fide vs spoof: its level must "
                                                                        "be \"bonafide\""));
    }
    if (architecture != QLatin1String("spectral") && !heads.empty() && heads[size_t(primaryHead)].loss != QLatin1String("ce"))
        fail("heads", Text::tr("an AASIST network's primary head is its out_layer: its loss must be \"ce\""));
    const QString m = selectMetric;
    if (m != QLatin1String("auto") && m != QLatin1String("loss") && !m.startsWith(QLatin1String("eer:"))
        && !m.startsWith(QLatin1String("accuracy:")) && !m.startsWith(QLatin1String("pooled-eer:")))
        fail("selectMetric", Text::tr("must be auto, loss, eer:<head>, accuracy:<head> or pooled-eer:<head> (it is "
                                            "\"%1\")")
                                 .arg(m));
    if (m.contains(QLatin1Char(':'))) {
        const QString head = m.section(QLatin1Char(':'), 1);
        const bool known = heads.empty() ? head == QLatin1String("bonafide") : levels.contains(head);
        if (!known)
            fail("selectMetric", Text::tr("names the head \"%1\", which is not trained").arg(head));
    }
}

} // namespace st::train
