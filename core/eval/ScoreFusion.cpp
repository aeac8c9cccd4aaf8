#include "eval/ScoreFusion.h"

#include "eval/Metrics.h"
#include "eval/ScoreFile.h"
#include "util/Error.h"

#include <Eigen/Dense>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ScoreFusion)
};
} // namespace

namespace {

const char *kFormat = "sourcetrace-fusion/1";

double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

void checkScores(const FusionScores &s)
{
    if (s.detectors.isEmpty())
        throw Error(Text::tr("fusion needs at least one detector"));
    if (std::size_t(s.detectors.size()) != s.scores.size())
        throw Error(Text::tr("fusion: %1 detector names for %2 score lists").arg(s.detectors.size()).arg(s.scores.size()));
    QSet<QString> seen;
    for (int k = 0; k < s.detectors.size(); ++k) {
        const QString &name = s.detectors[k];
        if (name.isEmpty())
            throw Error(Text::tr("fusion: detector %1 has an empty name").arg(k + 1));
        if (seen.contains(name))
            throw Error(Text::tr("fusion: detector '%1' is named twice").arg(name));
        seen.insert(name);
        if (s.scores[k].size() != s.scores.front().size())
            throw Error(Text::tr("fusion: detector '%1' scores %2 trials, '%3' scores %4 (every trial needs every detector)")
                            .arg(name)
                            .arg(s.scores[k].size())
                            .arg(s.detectors.front())
                            .arg(s.scores.front().size()));
        for (std::size_t i = 0; i < s.scores[k].size(); ++i)
            if (!std::isfinite(s.scores[k][i]))
                throw Error(Text::tr("fusion needs finite scores: detector '%1', trial %2 is %3")
                                .arg(name)
                                .arg(i + 1)
                                .arg(s.scores[k][i]));
    }
}

} // namespace

double fusionObjective(const FusionScores &s, const std::vector<bool> &isTarget, double prior, double l2,
                       const std::vector<double> &w, double b)
{
    const std::size_t n = isTarget.size();
    std::size_t nt = 0;
    for (bool t : isTarget)
        nt += t ? 1 : 0;
    const double off = std::log(prior / (1.0 - prior));
    double ct = 0, cn = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double z = b + off;
        for (std::size_t k = 0; k < w.size(); ++k)
            z += w[k] * s.scores[k][i];
        if (isTarget[i])
            ct += softplus(-z);
        else
            cn += softplus(z);
    }
    double ridge = 0;
    for (double x : w)
        ridge += x * x;
    return prior * ct / double(nt) + (1.0 - prior) * cn / double(n - nt) + l2 * ridge;
}

FusionTraining trainFusion(const FusionScores &s, const std::vector<bool> &isTarget, double prior, double l2)
{
    checkScores(s);
    if (!(prior > 0.0 && prior < 1.0))
        throw Error(Text::tr("fusion prior must lie strictly between 0 and 1, not %1").arg(prior));
    if (!(l2 >= 0.0) || !std::isfinite(l2))
        throw Error(Text::tr("fusion regulariser must be a finite number >= 0, not %1").arg(l2));
    const std::size_t n = s.trials();
    if (isTarget.size() != n)
        throw Error(Text::tr("fusion: %1 labels for %2 trials").arg(isTarget.size()).arg(n));
    std::size_t nt = 0;
    for (bool t : isTarget)
        nt += t ? 1 : 0;
    if (nt < 2 || n - nt < 2)
        throw Error(Text::tr("fusion needs at least 2 target and 2 non-target trials, not %1 and %2").arg(nt).arg(n - nt));

    const int K = int(s.detectors.size());
    const double wt = prior / double(nt), wn = (1.0 - prior) / double(n - nt);
    const double off = std::log(prior / (1.0 - prior));
    // Parameters theta = (w_1..w_K, b).
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(K + 1);
    const auto value = [&](const Eigen::VectorXd &t) {
        return fusionObjective(s, isTarget, prior, l2, std::vector<double>(t.data(), t.data() + K), t[K]);
    };
    const auto derivatives = [&](const Eigen::VectorXd &t, Eigen::VectorXd &g, Eigen::MatrixXd &h) {
        g = Eigen::VectorXd::Zero(K + 1);
        h = Eigen::MatrixXd::Zero(K + 1, K + 1);
        Eigen::VectorXd x(K + 1);
        for (std::size_t i = 0; i < n; ++i) {
            for (int k = 0; k < K; ++k)
                x[k] = s.scores[k][i];
            x[K] = 1.0;
            const double z = t.dot(x) + off;
            const double p = sigmoid(z);
            const double w = isTarget[i] ? wt : wn;
            g += w * (isTarget[i] ? p - 1.0 : p) * x; // d/dz softplus(-z) = p - 1, d/dz softplus(z) = p
            h.noalias() += (w * p * (1.0 - p)) * x * x.transpose();
        }
        for (int k = 0; k < K; ++k) {
            g[k] += 2 * l2 * t[k];
            h(k, k) += 2 * l2;
        }
    };

    FusionTraining r;
    FusionModel &m = r.model;
    double f = value(theta);
    r.objectiveHistory.push_back(f);
    Eigen::VectorXd g;
    Eigen::MatrixXd h;
    for (int it = 1; it <= 200; ++it) {
        derivatives(theta, g, h);
        if (g.lpNorm<Eigen::Infinity>() < 1e-12) {
            m.converged = true;
            break;
        }
        Eigen::LDLT<Eigen::MatrixXd> ldlt(h);
        Eigen::VectorXd d = ldlt.info() == Eigen::Success ? Eigen::VectorXd(-ldlt.solve(g)) : Eigen::VectorXd(-g);
        if (!d.allFinite() || d.dot(g) >= 0)
            d = -g; // not a descent direction (singular Hessian): steepest descent
        double step = 1.0, fNew = value(theta + d);
        while (!(fNew <= f + 1e-4 * step * d.dot(g)) && step > 1e-12) {
            step /= 2;
            fNew = value(theta + step * d);
        }
        if (!(fNew <= f)) { // no progress possible at double precision
            m.converged = g.lpNorm<Eigen::Infinity>() < 1e-8;
            break;
        }
        theta += step * d;
        m.iterations = it;
        r.objectiveHistory.push_back(fNew);
        const bool small = f - fNew <= 1e-15 * std::max(1.0, std::fabs(f)) && (step * d).lpNorm<Eigen::Infinity>() < 1e-10;
        f = fNew;
        if (small) {
            m.converged = true;
            break;
        }
    }
    derivatives(theta, g, h);
    r.finalGradient.assign(g.data(), g.data() + K + 1);

    m.detectors = s.detectors;
    m.weights.assign(theta.data(), theta.data() + K);
    m.offset = theta[K];
    m.prior = prior;
    m.l2 = l2;
    m.targets = int(nt);
    m.nontargets = int(n - nt);
    m.objective = f;
    const std::vector<double> fused = m.apply(s);
    std::vector<double> tar, non;
    for (std::size_t i = 0; i < n; ++i)
        (isTarget[i] ? tar : non).push_back(fused[i]);
    m.trainingCllr = cllr(tar, non);
    return r;
}

double FusionModel::apply(const std::vector<double> &perDetector) const
{
    if (perDetector.size() != weights.size())
        throw Error(Text::tr("fusion model takes %1 scores, not %2").arg(weights.size()).arg(perDetector.size()));
    double z = offset;
    for (std::size_t k = 0; k < weights.size(); ++k)
        z += weights[k] * perDetector[k];
    return z;
}

std::vector<double> FusionModel::apply(const FusionScores &in) const
{
    checkScores(in);
    QStringList missing, extra;
    std::vector<int> column;
    for (const QString &d : detectors) {
        const int c = int(in.detectors.indexOf(d));
        if (c < 0)
            missing << d;
        column.push_back(c);
    }
    for (const QString &d : in.detectors)
        if (!detectors.contains(d))
            extra << d;
    if (!missing.isEmpty() || !extra.isEmpty())
        throw Error(Text::tr("the fusion model fuses detectors %1; missing: %2; not in the model: %3")
                        .arg(detectors.join(QLatin1String(", ")),
                             missing.isEmpty() ? Text::tr("none") : missing.join(QLatin1String(", ")),
                             extra.isEmpty() ? Text::tr("none") : extra.join(QLatin1String(", "))));
    std::vector<double> r(in.trials(), offset);
    for (std::size_t k = 0; k < weights.size(); ++k)
        for (std::size_t i = 0; i < r.size(); ++i)
            r[i] += weights[k] * in.scores[column[k]][i];
    return r;
}

QJsonObject FusionModel::toJson() const
{
    QJsonArray names, w;
    for (const QString &d : detectors)
        names.append(d);
    for (double x : weights)
        w.append(x);
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("detectors"), names},
        {QStringLiteral("weights"), w},
        {QStringLiteral("offset"), offset},
        {QStringLiteral("prior"), prior},
        {QStringLiteral("l2"), l2},
        {QStringLiteral("training_protocol"), trainingProtocol},
        {QStringLiteral("training_sha256"), trainingSha256},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("nontargets"), nontargets},
        {QStringLiteral("objective"), objective},
        {QStringLiteral("training_cllr"), trainingCllr},
        {QStringLiteral("iterations"), iterations},
        {QStringLiteral("converged"), converged},
    };
}

FusionModel FusionModel::fromJson(const QJsonObject &o, const QString &path)
{
    const auto fail = [&](const QString &key, const QString &cause) {
        throw Error(path, Text::tr("fusion model key '%1': %2").arg(key, cause));
    };
    static const QStringList keys{QStringLiteral("format"), QStringLiteral("detectors"), QStringLiteral("weights"),
                                  QStringLiteral("offset"), QStringLiteral("prior"), QStringLiteral("l2"),
                                  QStringLiteral("training_protocol"), QStringLiteral("training_sha256"),
                                  QStringLiteral("targets"), QStringLiteral("nontargets"), QStringLiteral("objective"),
                                  QStringLiteral("training_cllr"), QStringLiteral("iterations"), QStringLiteral("converged")};
    for (const QString &k : keys)
        if (!o.contains(k))
            fail(k, Text::tr("missing"));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            fail(it.key(), Text::tr("unknown key"));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        fail(QStringLiteral("format"), Text::tr("expected \"%1\"").arg(QLatin1String(kFormat)));
    const auto number = [&](const QString &k) {
        const QJsonValue v = o.value(k);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(k, Text::tr("not a finite number"));
        return v.toDouble();
    };
    const auto integer = [&](const QString &k) {
        const double v = number(k);
        if (v < 0 || v != std::floor(v) || v > 2e9)
            fail(k, Text::tr("not a count"));
        return int(v);
    };
    const auto string = [&](const QString &k) {
        if (!o.value(k).isString())
            fail(k, Text::tr("not a string"));
        return o.value(k).toString();
    };
    FusionModel m;
    if (!o.value(QStringLiteral("detectors")).isArray())
        fail(QStringLiteral("detectors"), Text::tr("not an array"));
    for (const QJsonValue &v : o.value(QStringLiteral("detectors")).toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            fail(QStringLiteral("detectors"), Text::tr("every entry must be a non-empty name"));
        if (m.detectors.contains(v.toString()))
            fail(QStringLiteral("detectors"), Text::tr("'%1' is listed twice").arg(v.toString()));
        m.detectors << v.toString();
    }
    if (m.detectors.isEmpty())
        fail(QStringLiteral("detectors"), Text::tr("empty"));
    if (!o.value(QStringLiteral("weights")).isArray())
        fail(QStringLiteral("weights"), Text::tr("not an array"));
    for (const QJsonValue &v : o.value(QStringLiteral("weights")).toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(QStringLiteral("weights"), Text::tr("every entry must be a finite number"));
        m.weights.push_back(v.toDouble());
    }
    if (m.weights.size() != std::size_t(m.detectors.size()))
        fail(QStringLiteral("weights"), Text::tr("%1 weights for %2 detectors").arg(m.weights.size()).arg(m.detectors.size()));
    m.offset = number(QStringLiteral("offset"));
    m.prior = number(QStringLiteral("prior"));
    if (!(m.prior > 0 && m.prior < 1))
        fail(QStringLiteral("prior"), Text::tr("must lie strictly between 0 and 1"));
    m.l2 = number(QStringLiteral("l2"));
    if (m.l2 < 0)
        fail(QStringLiteral("l2"), Text::tr("must be >= 0"));
    m.trainingProtocol = string(QStringLiteral("training_protocol"));
    m.trainingSha256 = string(QStringLiteral("training_sha256"));
    m.targets = integer(QStringLiteral("targets"));
    m.nontargets = integer(QStringLiteral("nontargets"));
    m.objective = number(QStringLiteral("objective"));
    m.trainingCllr = number(QStringLiteral("training_cllr"));
    m.iterations = integer(QStringLiteral("iterations"));
    if (!o.value(QStringLiteral("converged")).isBool())
        fail(QStringLiteral("converged"), Text::tr("not true/false"));
    m.converged = o.value(QStringLiteral("converged")).toBool();
    return m;
}

void FusionModel::save(const QString &path, bool overwrite) const
{
    if (!overwrite && QFileInfo::exists(path))
        throw Error(path, Text::tr("the fusion model file exists already (refusing to overwrite it)"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write the fusion model: %1").arg(f.errorString()));
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(path, Text::tr("cannot write the fusion model: %1").arg(f.errorString()));
}

FusionModel FusionModel::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the fusion model: %1")
                              .arg(f.exists() ? f.errorString() : Text::tr("no such file")));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(path, Text::tr("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        throw Error(path, Text::tr("a fusion model is a JSON object"));
    return fromJson(doc.object(), path);
}

FusionScores joinScoreFiles(const QStringList &names, const QStringList &paths, const std::vector<LabelledClip> &clips)
{
    if (names.size() != paths.size())
        throw Error(Text::tr("fusion: %1 detector names for %2 score files").arg(names.size()).arg(paths.size()));
    FusionScores s;
    for (int k = 0; k < names.size(); ++k) {
        if (s.detectors.contains(names[k]))
            throw Error(paths[k], Text::tr("detector '%1' is given twice").arg(names[k]));
        s.detectors << names[k];
        const std::vector<double> v = ScoreFile::read(paths[k]).forClips(clips, paths[k]);
        for (std::size_t i = 0; i < v.size(); ++i)
            if (!std::isfinite(v[i]))
                throw Error(paths[k], Text::tr("the score of %1 is %2: fusion needs finite scores").arg(clips[i].file).arg(v[i]));
        s.scores.push_back(v);
    }
    checkScores(s);
    return s;
}

QString fusionInputsSha256(const QString &protocolPath, const QStringList &names, const QStringList &paths)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto addFile = [&](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(path, Text::tr("cannot open: %1").arg(f.errorString()));
        if (!h.addData(&f))
            throw Error(path, Text::tr("cannot read: %1").arg(f.errorString()));
    };
    addFile(protocolPath);
    for (int k = 0; k < paths.size(); ++k) {
        h.addData(QByteArray("\0", 1) + names.value(k).toUtf8() + QByteArray("\0", 1));
        addFile(paths[k]);
    }
    return QString::fromLatin1(h.result().toHex());
}

FusionEvaluation evaluateFusion(const FusionModel &model, const FusionScores &scores, const std::vector<bool> &isTarget,
                                const DcfParams &dcf)
{
    if (isTarget.size() != scores.trials())
        throw Error(Text::tr("fusion: %1 labels for %2 trials").arg(isTarget.size()).arg(scores.trials()));
    FusionEvaluation ev;
    ev.fused = model.apply(scores); // checks the names
    const auto metrics = [&](const QString &name, const std::vector<double> &v) {
        std::vector<double> tar, non;
        for (std::size_t i = 0; i < v.size(); ++i)
            (isTarget[i] ? tar : non).push_back(v[i]);
        if (tar.empty() || non.empty())
            throw Error(Text::tr("fusion: the evaluation needs bona fide and spoofed clips (%1 and %2)").arg(tar.size()).arg(non.size()));
        FusionSystemMetrics m;
        m.name = name;
        const EerDcf ed = computeEerDcf(tar, non, dcf);
        m.eer = ed.eer.eer;
        m.minDcf = ed.minDcf.dcf;
        m.cllr = cllr(tar, non);
        m.minCllr = minCllr(tar, non);
        m.targets = int(tar.size());
        m.nontargets = int(non.size());
        return m;
    };
    for (const QString &d : model.detectors)
        ev.systems.push_back(metrics(d, scores.scores[std::size_t(scores.detectors.indexOf(d))]));
    ev.systems.push_back(metrics(QStringLiteral("fused"), ev.fused));
    return ev;
}

QJsonObject FusionEvaluation::toJson() const
{
    QJsonArray arr;
    const auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    for (const FusionSystemMetrics &m : systems)
        arr.append(QJsonObject{{QStringLiteral("system"), m.name},           {QStringLiteral("eer"), num(m.eer)},
                               {QStringLiteral("minDcf"), num(m.minDcf)},    {QStringLiteral("cllr"), num(m.cllr)},
                               {QStringLiteral("minCllr"), num(m.minCllr)},  {QStringLiteral("targets"), m.targets},
                               {QStringLiteral("nontargets"), m.nontargets}});
    return QJsonObject{{QStringLiteral("systems"), arr}};
}

QString FusionEvaluation::toTsv() const
{
    QString t = QStringLiteral("system\teer\tmin_dcf\tcllr\tmin_cllr\ttargets\tnontargets\n");
    for (const FusionSystemMetrics &m : systems)
        t += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                 .arg(m.name)
                 .arg(m.eer, 0, 'g', 10)
                 .arg(m.minDcf, 0, 'g', 10)
                 .arg(m.cllr, 0, 'g', 10)
                 .arg(m.minCllr, 0, 'g', 10)
                 .arg(m.targets)
                 .arg(m.nontargets);
    return t;
}

double fuseDetections(const FusionModel &model, const QMap<QString, double> &componentScores)
{
    FusionScores s;
    for (auto it = componentScores.begin(); it != componentScores.end(); ++it) {
        if (!std::isfinite(it.value()))
            throw Error(Text::tr("fusion: the score of detector '%1' is %2").arg(it.key()).arg(it.value()));
        s.detectors << it.key();
        s.scores.push_back({it.value()});
    }
    return model.apply(s).front();
}

} // namespace st
