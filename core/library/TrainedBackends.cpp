#include "library/TrainedBackends.h"

#include "models/PthReader.h"
#include "util/Error.h"

#include <Eigen/Dense>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <random>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::TrainedBackends)
};
} // namespace

namespace {
// Uniform double in [0, 1) from a 64-bit generator (53 bits, identical on every platform: std::mt19937_64's
// sequence is fixed by the standard, the distributions are not).
double uniform01(std::mt19937_64 &rng) { return double(rng() >> 11) * (1.0 / 9007199254740992.0); }
std::size_t below(std::mt19937_64 &rng, std::size_t n) { return std::size_t(rng() % n); }

} // namespace

namespace nn {

namespace {

using Mat = Eigen::MatrixXd;
using Vec = Eigen::VectorXd;
using RowMat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRowMap = Eigen::Map<const RowMat>;
using RowMap = Eigen::Map<RowMat>;

Mat columns(const Rows &rows, int dim)
{
    Mat x(dim, Eigen::Index(rows.size()));
    for (std::size_t j = 0; j < rows.size(); ++j) {
        if (int(rows[j].size()) != dim)
            throw Error(QStringLiteral("network input %1 has %2 values, the network takes %3").arg(j).arg(rows[j].size()).arg(dim));
        x.col(Eigen::Index(j)) = Eigen::Map<const Vec>(rows[j].data(), dim);
    }
    return x;
}

struct Cache
{
    std::vector<Mat> acts; // acts[0] = input; acts[l + 1] = output of layer l (after ReLU for hidden layers)
    Vec norms;             // L2 output: the norms of the raw outputs
    Mat out;               // the network's output (normalised when l2Output)
};

constexpr double kNormEps = 1e-12; // as torch.nn.functional.normalize

void forwardBatch(const DenseNet &net, const Mat &x, Cache &c)
{
    const std::size_t layers = net.weights.size();
    c.acts.assign(layers + 1, Mat());
    c.acts[0] = x;
    for (std::size_t l = 0; l < layers; ++l) {
        ConstRowMap w(net.weights[l].data(), net.sizes[l + 1], net.sizes[l]);
        Eigen::Map<const Vec> b(net.biases[l].data(), net.sizes[l + 1]);
        Mat z = w * c.acts[l];
        z.colwise() += b;
        if (l + 1 < layers)
            z = z.cwiseMax(0.0);
        c.acts[l + 1] = std::move(z);
    }
    c.out = c.acts[layers];
    if (net.l2Output) {
        c.norms = c.out.colwise().norm().transpose();
        for (Eigen::Index j = 0; j < c.out.cols(); ++j)
            c.out.col(j) /= std::max(c.norms(j), kNormEps);
    }
}

// Adds the gradient of the loss, given dL/d(output), to `grad` (flat order).
void backwardBatch(const DenseNet &net, const Cache &c, Mat dOut, std::vector<double> &grad)
{
    const std::size_t layers = net.weights.size();
    if (grad.size() != net.parameterCount())
        grad.assign(net.parameterCount(), 0.0);
    if (net.l2Output) {
        // u = z / |z|: dz = (du - u (u . du)) / |z|
        for (Eigen::Index j = 0; j < dOut.cols(); ++j) {
            const double n = c.norms(j);
            if (n > kNormEps) {
                const double dot = c.out.col(j).dot(dOut.col(j));
                dOut.col(j) = (dOut.col(j) - c.out.col(j) * dot) / n;
            } else {
                dOut.col(j) /= kNormEps;
            }
        }
    }
    std::vector<std::size_t> offset(layers);
    std::size_t o = 0;
    for (std::size_t l = 0; l < layers; ++l) {
        offset[l] = o;
        o += net.weights[l].size() + net.biases[l].size();
    }
    Mat delta = std::move(dOut);
    for (std::size_t l = layers; l-- > 0;) {
        const int in = net.sizes[l], out = net.sizes[l + 1];
        RowMap gw(grad.data() + offset[l], out, in);
        Eigen::Map<Vec> gb(grad.data() + offset[l] + std::size_t(out) * std::size_t(in), out);
        gw.noalias() += delta * c.acts[l].transpose();
        gb += delta.rowwise().sum();
        if (l > 0) {
            ConstRowMap w(net.weights[l].data(), out, in);
            Mat prev = w.transpose() * delta;
            prev.array() *= (c.acts[l].array() > 0.0).cast<double>();
            delta = std::move(prev);
        }
    }
}

void checkNet(const DenseNet &net)
{
    if (net.sizes.size() < 2 || net.weights.size() + 1 != net.sizes.size() || net.biases.size() + 1 != net.sizes.size())
        throw Error(QStringLiteral("malformed network (%1 sizes, %2 weight matrices)").arg(net.sizes.size()).arg(net.weights.size()));
    for (std::size_t l = 0; l + 1 < net.sizes.size(); ++l)
        if (net.weights[l].size() != std::size_t(net.sizes[l]) * std::size_t(net.sizes[l + 1])
            || net.biases[l].size() != std::size_t(net.sizes[l + 1]))
            throw Error(QStringLiteral("malformed network: layer %1 does not match its sizes").arg(l));
}

} // namespace

DenseNet DenseNet::initialised(const std::vector<int> &sizes, bool l2Output, std::uint64_t seed)
{
    DenseNet n;
    n.sizes = sizes;
    n.l2Output = l2Output;
    std::mt19937_64 rng(seed);
    for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {
        if (sizes[l] < 1 || sizes[l + 1] < 1)
            throw Error(QStringLiteral("a network layer needs at least one unit"));
        const double bound = 1.0 / std::sqrt(double(sizes[l]));
        // static_cast, not std::size_t(...): clang reads "b(std::size_t(sizes[l + 1]))" as a function declaration
        std::vector<double> w(static_cast<std::size_t>(sizes[l]) * static_cast<std::size_t>(sizes[l + 1]));
        std::vector<double> b(static_cast<std::size_t>(sizes[l + 1]));
        for (double &v : w)
            v = (2 * uniform01(rng) - 1) * bound;
        for (double &v : b)
            v = (2 * uniform01(rng) - 1) * bound;
        n.weights.push_back(std::move(w));
        n.biases.push_back(std::move(b));
    }
    return n;
}

std::size_t DenseNet::parameterCount() const
{
    std::size_t n = 0;
    for (std::size_t l = 0; l < weights.size(); ++l)
        n += weights[l].size() + biases[l].size();
    return n;
}

std::vector<double> DenseNet::flat() const
{
    std::vector<double> p;
    p.reserve(parameterCount());
    for (std::size_t l = 0; l < weights.size(); ++l) {
        p.insert(p.end(), weights[l].begin(), weights[l].end());
        p.insert(p.end(), biases[l].begin(), biases[l].end());
    }
    return p;
}

void DenseNet::setFlat(const std::vector<double> &p)
{
    if (p.size() != parameterCount())
        throw Error(QStringLiteral("%1 parameters given for a network of %2").arg(p.size()).arg(parameterCount()));
    std::size_t o = 0;
    for (std::size_t l = 0; l < weights.size(); ++l) {
        std::copy(p.begin() + std::ptrdiff_t(o), p.begin() + std::ptrdiff_t(o + weights[l].size()), weights[l].begin());
        o += weights[l].size();
        std::copy(p.begin() + std::ptrdiff_t(o), p.begin() + std::ptrdiff_t(o + biases[l].size()), biases[l].begin());
        o += biases[l].size();
    }
}

std::vector<double> DenseNet::forward(const std::vector<double> &x) const
{
    checkNet(*this);
    Cache c;
    forwardBatch(*this, columns({x}, inputs()), c);
    return std::vector<double>(c.out.data(), c.out.data() + c.out.size());
}

double softmaxCrossEntropy(const DenseNet &net, const Rows &x, const std::vector<int> &labels, std::vector<double> *grad)
{
    checkNet(net);
    if (x.empty() || x.size() != labels.size())
        throw Error(QStringLiteral("softmax cross-entropy: %1 inputs, %2 labels").arg(x.size()).arg(labels.size()));
    Cache c;
    forwardBatch(net, columns(x, net.inputs()), c);
    const Mat &z = c.out;
    const double n = double(x.size());
    Mat d(z.rows(), z.cols());
    double loss = 0;
    for (Eigen::Index j = 0; j < z.cols(); ++j) {
        const int y = labels[std::size_t(j)];
        if (y < 0 || y >= z.rows())
            throw Error(QStringLiteral("softmax cross-entropy: label %1 outside 0..%2").arg(y).arg(z.rows() - 1));
        const double m = z.col(j).maxCoeff();
        const Vec e = (z.col(j).array() - m).exp().matrix();
        const double s = e.sum();
        loss += m + std::log(s) - z(y, j);
        d.col(j) = e / s;
        d(y, j) -= 1.0;
    }
    if (grad) {
        grad->assign(net.parameterCount(), 0.0);
        backwardBatch(net, c, d / n, *grad);
    }
    return loss / n;
}

double siameseBce(const DenseNet &tower, const std::vector<double> &head, const Rows &a, const Rows &b,
                  const std::vector<double> &y, std::vector<double> *gradTower, std::vector<double> *gradHead)
{
    checkNet(tower);
    const std::size_t n = a.size();
    if (n == 0 || b.size() != n || y.size() != n)
        throw Error(QStringLiteral("siamese BCE: %1 / %2 pairs, %3 labels").arg(a.size()).arg(b.size()).arg(y.size()));
    const int k = tower.outputs();
    if (int(head.size()) != k + 1)
        throw Error(QStringLiteral("siamese BCE: head of %1 values for a %2-d tower").arg(head.size()).arg(k));
    Mat x(tower.inputs(), Eigen::Index(2 * n));
    x.leftCols(Eigen::Index(n)) = columns(a, tower.inputs());
    x.rightCols(Eigen::Index(n)) = columns(b, tower.inputs());
    Cache c;
    forwardBatch(tower, x, c);
    const Mat diff = c.out.leftCols(Eigen::Index(n)) - c.out.rightCols(Eigen::Index(n));
    const Mat absd = diff.cwiseAbs();
    Eigen::Map<const Vec> w(head.data(), k);
    const double bias = head[std::size_t(k)];
    const Vec logit = (absd.transpose() * w).array() + bias;
    double loss = 0;
    Vec dl = Vec::Zero(Eigen::Index(n));
    for (Eigen::Index j = 0; j < Eigen::Index(n); ++j) {
        const double l = logit(j), t = y[std::size_t(j)];
        loss += std::max(l, 0.0) + std::log1p(std::exp(-std::fabs(l))) - t * l; // softplus(l) - y l
        dl(j) = (1.0 / (1.0 + std::exp(-l)) - t) / double(n);
    }
    if (gradHead) {
        gradHead->assign(std::size_t(k) + 1, 0.0);
        Eigen::Map<Vec>(gradHead->data(), k) = absd * dl;
        (*gradHead)[std::size_t(k)] = dl.sum();
    }
    if (gradTower) {
        Mat dd = (w * dl.transpose()).cwiseProduct(diff.cwiseSign());
        Mat dOut(k, Eigen::Index(2 * n));
        dOut.leftCols(Eigen::Index(n)) = dd;
        dOut.rightCols(Eigen::Index(n)) = -dd;
        gradTower->assign(tower.parameterCount(), 0.0);
        backwardBatch(tower, c, std::move(dOut), *gradTower);
    }
    return loss / double(n);
}

namespace {

// Mean contrastive loss of output columns and dL/d(diff) per pair.
double contrastiveOnDiff(const Mat &diff, const std::vector<double> &y, double margin, Mat *dDiff)
{
    const Eigen::Index n = diff.cols();
    double loss = 0;
    if (dDiff)
        dDiff->setZero(diff.rows(), n);
    for (Eigen::Index j = 0; j < n; ++j) {
        const double d = diff.col(j).norm(), t = y[std::size_t(j)];
        const double hinge = std::max(0.0, margin - d);
        loss += t * d * d + (1 - t) * hinge * hinge;
        if (dDiff) {
            Eigen::VectorXd g = 2.0 * t * diff.col(j);
            if (hinge > 0 && d > 0)
                g -= 2.0 * (1 - t) * hinge / d * diff.col(j);
            dDiff->col(j) = g / double(n);
        }
    }
    return loss / double(n);
}

} // namespace

double siameseContrastive(const DenseNet &tower, const Rows &a, const Rows &b, const std::vector<double> &y,
                          double margin, std::vector<double> *gradTower)
{
    checkNet(tower);
    const std::size_t n = a.size();
    if (n == 0 || b.size() != n || y.size() != n)
        throw Error(QStringLiteral("contrastive loss: %1 / %2 pairs, %3 labels").arg(a.size()).arg(b.size()).arg(y.size()));
    Mat x(tower.inputs(), Eigen::Index(2 * n));
    x.leftCols(Eigen::Index(n)) = columns(a, tower.inputs());
    x.rightCols(Eigen::Index(n)) = columns(b, tower.inputs());
    Cache c;
    forwardBatch(tower, x, c);
    const Mat diff = c.out.leftCols(Eigen::Index(n)) - c.out.rightCols(Eigen::Index(n));
    Mat dd;
    const double loss = contrastiveOnDiff(diff, y, margin, gradTower ? &dd : nullptr);
    if (gradTower) {
        Mat dOut(diff.rows(), Eigen::Index(2 * n));
        dOut.leftCols(Eigen::Index(n)) = dd;
        dOut.rightCols(Eigen::Index(n)) = -dd;
        gradTower->assign(tower.parameterCount(), 0.0);
        backwardBatch(tower, c, std::move(dOut), *gradTower);
    }
    return loss;
}

double contrastiveLoss(const Rows &za, const Rows &zb, const std::vector<double> &y, double margin)
{
    if (za.empty() || zb.size() != za.size() || y.size() != za.size())
        throw Error(QStringLiteral("contrastive loss: %1 / %2 vectors, %3 labels").arg(za.size()).arg(zb.size()).arg(y.size()));
    const int k = int(za.front().size());
    return contrastiveOnDiff(columns(za, k) - columns(zb, k), y, margin, nullptr);
}

void Adam::step(std::vector<double> &params, const std::vector<double> &grad)
{
    constexpr double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    ++m_t;
    const double c1 = 1 - std::pow(b1, double(m_t)), c2 = 1 - std::pow(b2, double(m_t));
    for (std::size_t i = 0; i < params.size(); ++i) {
        m_m[i] = b1 * m_m[i] + (1 - b1) * grad[i];
        m_v[i] = b2 * m_v[i] + (1 - b2) * grad[i] * grad[i];
        params[i] -= m_lr * (m_m[i] / c1) / (std::sqrt(m_v[i] / c2) + eps);
    }
}

DenseNet loadSiameseTower(const QString &path)
{
    const std::vector<PthTensor> tensors = PthReader::readStateDict(path); // names the file on any error
    std::vector<const PthTensor *> linear;
    for (const PthTensor &t : tensors)
        if (t.name.endsWith(QLatin1String(".weight")) || t.name.endsWith(QLatin1String(".bias")))
            linear.push_back(&t);
    if (linear.size() != 6)
        throw Error(path, Text::tr("expected the 6 tensors of a Siamese tower (3 linear layers: encoder.net.{0,2,4}"
                                         ".{weight,bias}), found %1 weight/bias tensors").arg(linear.size()));
    DenseNet n;
    n.l2Output = true;
    for (int l = 0; l < 3; ++l) {
        const PthTensor &w = *linear[std::size_t(2 * l)], &b = *linear[std::size_t(2 * l + 1)];
        const QString stem = w.name.chopped(int(qstrlen(".weight")));
        if (!w.name.endsWith(QLatin1String(".weight")) || b.name != stem + QStringLiteral(".bias"))
            throw Error(path, Text::tr("layer %1: expected NAME.weight then NAME.bias, found %2 and %3").arg(l).arg(w.name, b.name));
        if (w.shape.size() != 2 || b.shape.size() != 1 || b.shape[0] != w.shape[0] || w.shape[0] < 1 || w.shape[1] < 1)
            throw Error(path, Text::tr("layer %1 (%2): weight %3 and bias %4 are not a linear layer")
                                  .arg(l).arg(stem, w.shapeString(), b.shapeString()));
        if (l == 0)
            n.sizes.push_back(int(w.shape[1]));
        else if (w.shape[1] != n.sizes.back())
            throw Error(path, Text::tr("layer %1 (%2) takes %3 inputs but the previous layer gives %4")
                                  .arg(l).arg(stem).arg(w.shape[1]).arg(n.sizes.back()));
        n.sizes.push_back(int(w.shape[0]));
        const std::vector<float> wf = w.toFloat(), bf = b.toFloat();
        for (float v : wf)
            if (!std::isfinite(v))
                throw Error(path, Text::tr("layer %1 (%2) holds a non-finite weight").arg(l).arg(stem));
        n.weights.emplace_back(wf.begin(), wf.end());
        n.biases.emplace_back(bf.begin(), bf.end());
    }
    return n;
}

} // namespace nn

// ------------------------------------------------------------------------------------------------------------
// The back-ends

namespace {

constexpr quint32 kStateMagic = 0x53545442; // 'STTB'
constexpr quint32 kStateVersion = 1;
constexpr quint32 kMaxVector = 1u << 26;

struct Options
{
    int epochs = 0;
    double lr = 1e-3;
    std::uint64_t seed = 1;
    int hidden = 128;
    double margin = 1.0;
    int pairs = 4096;
    int batch = 0;
    QString weights;
};

double number(const QVariantMap &p, const QString &key, double def, const QString &backend)
{
    if (!p.contains(key))
        return def;
    bool ok = false;
    const double v = p.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw Error(Text::tr("%1 back-end: parameter %2 must be a number, not '%3'").arg(backend, key, p.value(key).toString()));
    return v;
}

int wholeNumber(const QVariantMap &p, const QString &key, int def, int min, int max, const QString &backend)
{
    const double v = number(p, key, def, backend);
    if (v != std::floor(v) || v < min || v > max)
        throw Error(Text::tr("%1 back-end: %2 must be a whole number from %3 to %4, not '%5'")
                        .arg(backend, key).arg(min).arg(max).arg(p.value(key).toString()));
    return int(v);
}

Options parseOptions(const QVariantMap &p, const QString &backend, const QStringList &known, int defEpochs, int defBatch)
{
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        if (!known.contains(it.key()))
            throw Error(Text::tr("%1 back-end: unknown parameter '%2' (known: %3)").arg(backend, it.key(), known.join(QStringLiteral(", "))));
    Options o;
    o.weights = p.value(QStringLiteral("weights")).toString();
    // Published weights are used as they are unless epochs are asked for (then they are fine-tuned).
    o.epochs = wholeNumber(p, QStringLiteral("epochs"), o.weights.isEmpty() ? defEpochs : 0, 0, 1000000, backend);
    o.lr = number(p, QStringLiteral("lr"), 1e-3, backend);
    if (!(o.lr > 0))
        throw Error(Text::tr("%1 back-end: lr must be positive").arg(backend));
    const double seed = number(p, QStringLiteral("seed"), 1, backend);
    if (seed < 0 || seed != std::floor(seed) || seed > 9007199254740992.0)
        throw Error(Text::tr("%1 back-end: seed must be a whole number of at least 0").arg(backend));
    o.seed = std::uint64_t(seed);
    o.hidden = wholeNumber(p, QStringLiteral("hidden"), 128, 1, 65536, backend);
    o.margin = number(p, QStringLiteral("margin"), 1.0, backend);
    if (!(o.margin > 0))
        throw Error(Text::tr("%1 back-end: margin must be positive").arg(backend));
    o.pairs = wholeNumber(p, QStringLiteral("pairs"), 4096, 1, 100000000, backend);
    o.batch = wholeNumber(p, QStringLiteral("batch"), defBatch, 1, 1000000, backend);
    return o;
}

void writeVec(QDataStream &s, const std::vector<double> &v)
{
    s << quint32(v.size());
    for (double x : v)
        s << x;
}

std::vector<double> readVec(QDataStream &s)
{
    quint32 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok || n > kMaxVector || qint64(n) * 8 > s.device()->bytesAvailable())
        throw Error(Text::tr("a vector of the state is cut or too long"));
    std::vector<double> v(n);
    for (double &x : v)
        s >> x;
    return v;
}

// The decoded content of a saved state.
struct State
{
    QString kind;
    qint32 dim = 0;
    nn::DenseNet net;
    std::vector<double> mean, sd, head;
    QStringList sources;
};

QByteArray encodeState(const State &st)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    s << kStateMagic << kStateVersion << st.kind << st.dim << quint32(st.net.sizes.size());
    for (int v : st.net.sizes)
        s << qint32(v);
    s << quint8(st.net.l2Output ? 1 : 0);
    writeVec(s, st.net.flat());
    writeVec(s, st.mean);
    writeVec(s, st.sd);
    writeVec(s, st.head);
    s << st.sources;
    return out;
}

State decodeState(const QByteArray &bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0, version = 0, layers = 0;
    s >> magic >> version;
    if (s.status() != QDataStream::Ok || magic != kStateMagic)
        throw Error(Text::tr("not a trained back-end state"));
    if (version != kStateVersion)
        throw Error(Text::tr("trained back-end state of version %1; this build reads version %2").arg(version).arg(kStateVersion));
    State st;
    s >> st.kind >> st.dim >> layers;
    if (s.status() != QDataStream::Ok || layers < 2 || layers > 16 || st.dim < 1)
        throw Error(Text::tr("the state's header is damaged"));
    for (quint32 i = 0; i < layers; ++i) {
        qint32 v = 0;
        s >> v;
        if (v < 1 || v > 65536)
            throw Error(Text::tr("the state names a layer of %1 units").arg(v));
        st.net.sizes.push_back(v);
    }
    quint8 l2 = 0;
    s >> l2;
    st.net.l2Output = l2 != 0;
    if (st.net.sizes.front() != st.dim)
        throw Error(Text::tr("the state's network takes %1-d input, its embeddings are %2-d").arg(st.net.sizes.front()).arg(st.dim));
    for (std::size_t l = 0; l + 1 < st.net.sizes.size(); ++l) {
        st.net.weights.emplace_back(std::size_t(st.net.sizes[l]) * std::size_t(st.net.sizes[l + 1]));
        st.net.biases.emplace_back(std::size_t(st.net.sizes[l + 1]));
    }
    const std::vector<double> flat = readVec(s);
    if (flat.size() != st.net.parameterCount())
        throw Error(Text::tr("the state holds %1 parameters for a network of %2").arg(flat.size()).arg(st.net.parameterCount()));
    st.net.setFlat(flat);
    st.mean = readVec(s);
    st.sd = readVec(s);
    st.head = readVec(s);
    s >> st.sources;
    if (s.status() != QDataStream::Ok || !s.atEnd())
        throw Error(Text::tr("the state is cut or has bytes after its end"));
    for (const std::vector<double> *v : std::initializer_list<const std::vector<double> *>{&flat, &st.mean, &st.sd, &st.head})
        for (double x : *v)
            if (!std::isfinite(x))
                throw Error(Text::tr("the state holds a non-finite parameter"));
    return st;
}

std::vector<double> toDouble(const Embedding &e) { return std::vector<double>(e.begin(), e.end()); }

// Base of the trained back-ends: the common training loop pieces.
class TrainedBase : public TrainedScoringBackend
{
public:
    TrainedBase(QString name, Options o) : m_name(std::move(name)), m_opt(std::move(o)) {}
    QString name() const override { return m_name; }

protected:
    // Sorted sources and the rows (float -> double) with their class index.
    void collect(const EnrolmentSet &set, nn::Rows &rows, std::vector<int> &labels, std::vector<std::vector<int>> &byClass)
    {
        m_dim = set.checkedDimension();
        m_sources = set.bySource.keys();
        rows.clear();
        labels.clear();
        byClass.assign(std::size_t(m_sources.size()), {});
        int c = 0;
        for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it, ++c)
            for (const Embedding &e : it.value()) {
                byClass[std::size_t(c)].push_back(int(rows.size()));
                rows.push_back(toDouble(e));
                labels.push_back(c);
            }
    }
    void needTwoSources() const
    {
        if (m_sources.size() < 2)
            throw Error(Text::tr("%1 back-end: training needs at least 2 sources, the level has %2").arg(m_name).arg(m_sources.size()));
    }
    void checkSources(const State &st, const EnrolmentSet &set) const
    {
        if (st.kind != m_name)
            throw Error(Text::tr("the stored state is of back-end %1, not %2").arg(st.kind, m_name));
        if (!zeroShot() && st.sources != set.bySource.keys())
            throw Error(Text::tr("%1 back-end: the stored fit was trained on sources %2, the level now has %3; fit it again")
                            .arg(m_name, st.sources.join(QLatin1Char(',')), QStringList(set.bySource.keys()).join(QLatin1Char(','))));
        if (st.dim != set.checkedDimension())
            throw Error(Text::tr("%1 back-end: the stored fit takes %2-d embeddings, the library's are %3-d")
                            .arg(m_name).arg(st.dim).arg(set.checkedDimension()));
    }
    std::mt19937_64 trainingRng() const { return std::mt19937_64(m_opt.seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull); }

    QString m_name;
    Options m_opt;
};

class MlpBackend : public TrainedBase
{
public:
    explicit MlpBackend(Options o) : TrainedBase(QStringLiteral("mlp"), std::move(o)) {}

    void enrol(const EnrolmentSet &set) override
    {
        nn::Rows rows;
        std::vector<int> labels;
        std::vector<std::vector<int>> byClass;
        collect(set, rows, labels, byClass);
        needTwoSources();
        // Standardisation from the enrolments (kept with the weights).
        m_mean.assign(std::size_t(m_dim), 0.0);
        m_sd.assign(std::size_t(m_dim), 0.0);
        for (const auto &r : rows)
            for (int i = 0; i < m_dim; ++i)
                m_mean[std::size_t(i)] += r[std::size_t(i)];
        for (double &v : m_mean)
            v /= double(rows.size());
        for (const auto &r : rows)
            for (int i = 0; i < m_dim; ++i)
                m_sd[std::size_t(i)] += (r[std::size_t(i)] - m_mean[std::size_t(i)]) * (r[std::size_t(i)] - m_mean[std::size_t(i)]);
        for (double &v : m_sd) {
            v = std::sqrt(v / double(rows.size()));
            if (!(v > 1e-8))
                v = 1.0;
        }
        for (auto &r : rows)
            standardise(r);
        m_net = nn::DenseNet::initialised({m_dim, m_opt.hidden, int(m_sources.size())}, false, m_opt.seed);
        std::mt19937_64 rng = trainingRng();
        std::vector<double> params = m_net.flat(), grad;
        nn::Adam adam(params.size(), m_opt.lr);
        std::vector<int> order(rows.size());
        m_losses.clear();
        for (int epoch = 1; epoch <= m_opt.epochs; ++epoch) {
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = int(i);
            for (std::size_t i = order.size(); i > 1; --i)
                std::swap(order[i - 1], order[below(rng, i)]);
            double sum = 0;
            for (std::size_t start = 0; start < order.size(); start += std::size_t(m_opt.batch)) {
                const std::size_t end = std::min(order.size(), start + std::size_t(m_opt.batch));
                nn::Rows x;
                std::vector<int> y;
                for (std::size_t i = start; i < end; ++i) {
                    x.push_back(rows[std::size_t(order[i])]);
                    y.push_back(labels[std::size_t(order[i])]);
                }
                sum += nn::softmaxCrossEntropy(m_net, x, y, &grad) * double(end - start);
                adam.step(params, grad);
                m_net.setFlat(params);
            }
            reportEpoch(epoch, m_opt.epochs, sum / double(rows.size()));
        }
    }

    std::vector<double> scores(const Embedding &embedding) const override
    {
        checkQuery(embedding);
        std::vector<double> x = toDouble(embedding);
        standardise(x);
        const std::vector<double> z = m_net.forward(x);
        const double m = *std::max_element(z.begin(), z.end());
        double s = 0;
        for (double v : z)
            s += std::exp(v - m);
        const double lse = m + std::log(s);
        std::vector<double> out(z.size());
        for (std::size_t i = 0; i < z.size(); ++i)
            out[i] = z[i] - lse; // log-softmax
        return out;
    }

    QByteArray saveState() const override
    {
        State st;
        st.kind = m_name;
        st.dim = m_dim;
        st.net = m_net;
        st.mean = m_mean;
        st.sd = m_sd;
        st.sources = m_sources;
        return encodeState(st);
    }

    void loadState(const QByteArray &bytes, const EnrolmentSet &set) override
    {
        const State st = decodeState(bytes);
        checkSources(st, set);
        if (st.mean.size() != std::size_t(st.dim) || st.sd.size() != std::size_t(st.dim) || st.net.outputs() != int(st.sources.size()))
            throw Error(Text::tr("mlp back-end: the stored state does not fit its %1 sources").arg(st.sources.size()));
        m_net = st.net;
        m_mean = st.mean;
        m_sd = st.sd;
        m_sources = st.sources;
        m_dim = st.dim;
    }

private:
    void standardise(std::vector<double> &x) const
    {
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = (x[i] - m_mean[i]) / m_sd[i];
    }
    nn::DenseNet m_net;
    std::vector<double> m_mean, m_sd;
};

class SiameseBackend : public TrainedBase
{
public:
    enum class Kind { Ce, Cl, Zs };
    SiameseBackend(Kind k, Options o)
        : TrainedBase(k == Kind::Ce ? QStringLiteral("siamese-ce") : k == Kind::Cl ? QStringLiteral("siamese-cl") : QStringLiteral("siamese-zs"),
                      std::move(o)),
          m_kind(k)
    {
    }
    bool zeroShot() const override { return m_kind == Kind::Zs; }

    void enrol(const EnrolmentSet &set) override
    {
        nn::Rows rows;
        std::vector<int> labels;
        std::vector<std::vector<int>> byClass;
        collect(set, rows, labels, byClass);
        if (!m_opt.weights.isEmpty()) {
            m_tower = nn::loadSiameseTower(m_opt.weights);
            if (m_tower.inputs() != m_dim)
                throw Error(m_opt.weights, Text::tr("the tower takes %1-d embeddings; the enrolments are %2-d").arg(m_tower.inputs()).arg(m_dim));
        } else {
            m_tower = nn::DenseNet::initialised({m_dim, m_opt.hidden, 64, 32}, true, m_opt.seed);
        }
        if (m_kind == Kind::Ce) {
            // The head: Linear(k, 1), PyTorch's initialisation, its own stream of the seed.
            const nn::DenseNet h = nn::DenseNet::initialised({m_tower.outputs(), 1}, false, m_opt.seed ^ 0xA5A5A5A5A5A5A5A5ull);
            m_head = h.weights[0];
            m_head.push_back(h.biases[0][0]);
        }
        m_losses.clear();
        if (m_opt.epochs > 0) {
            needTwoSources();
            train(rows, byClass);
        }
        attach(set);
    }

    std::vector<double> scores(const Embedding &embedding) const override
    {
        checkQuery(embedding);
        const std::vector<double> tv = m_tower.forward(toDouble(embedding));
        const Eigen::Map<const Eigen::VectorXd> t(tv.data(), Eigen::Index(tv.size()));
        std::vector<double> out(std::size_t(m_sources.size()));
        for (std::size_t c = 0; c < out.size(); ++c) {
            if (m_kind == Kind::Ce) {
                const Eigen::Map<const Eigen::VectorXd> w(m_head.data(), t.size());
                const Eigen::MatrixXd &e = m_enrolled[c];
                const Eigen::VectorXd logits = ((e.colwise() - t).cwiseAbs().transpose() * w).array() + m_head.back();
                out[c] = logits.mean();
            } else {
                out[c] = -(t - m_refs.col(Eigen::Index(c))).norm();
            }
        }
        return out;
    }

    QByteArray saveState() const override
    {
        State st;
        st.kind = m_name;
        st.dim = m_dim;
        st.net = m_tower;
        st.head = m_head;
        st.sources = m_sources;
        return encodeState(st);
    }

    void loadState(const QByteArray &bytes, const EnrolmentSet &set) override
    {
        const State st = decodeState(bytes);
        checkSources(st, set);
        if (!st.net.l2Output || (m_kind == Kind::Ce && int(st.head.size()) != st.net.outputs() + 1))
            throw Error(Text::tr("%1 back-end: the stored state is not a Siamese tower of this kind").arg(m_name));
        m_tower = st.net;
        m_head = st.head;
        attach(set);
    }

private:
    void train(const nn::Rows &rows, const std::vector<std::vector<int>> &byClass)
    {
        std::mt19937_64 rng = trainingRng();
        std::vector<int> multi; // classes with two embeddings or more (positive pairs of distinct clips)
        for (std::size_t c = 0; c < byClass.size(); ++c)
            if (byClass[c].size() >= 2)
                multi.push_back(int(c));
        std::vector<double> params = m_tower.flat(), grad, gradHead;
        if (m_kind == Kind::Ce)
            params.insert(params.end(), m_head.begin(), m_head.end());
        nn::Adam adam(params.size(), m_opt.lr);
        const std::size_t towerCount = m_tower.parameterCount();
        for (int epoch = 1; epoch <= m_opt.epochs; ++epoch) {
            double sum = 0;
            for (int start = 0; start < m_opt.pairs; start += m_opt.batch) {
                const int n = std::min(m_opt.batch, m_opt.pairs - start);
                nn::Rows a, b;
                std::vector<double> y;
                for (int i = 0; i < n; ++i) {
                    if (uniform01(rng) < 0.5) {
                        // same source: two different clips where the source has them
                        if (!multi.empty()) {
                            const auto &cls = byClass[std::size_t(multi[below(rng, multi.size())])];
                            const std::size_t i1 = below(rng, cls.size());
                            std::size_t i2 = below(rng, cls.size() - 1);
                            if (i2 >= i1)
                                ++i2;
                            a.push_back(rows[std::size_t(cls[i1])]);
                            b.push_back(rows[std::size_t(cls[i2])]);
                        } else {
                            const auto &cls = byClass[below(rng, byClass.size())];
                            a.push_back(rows[std::size_t(cls[0])]);
                            b.push_back(rows[std::size_t(cls[0])]);
                        }
                        y.push_back(1.0);
                    } else {
                        const std::size_t c1 = below(rng, byClass.size());
                        std::size_t c2 = below(rng, byClass.size() - 1);
                        if (c2 >= c1)
                            ++c2;
                        a.push_back(rows[std::size_t(byClass[c1][below(rng, byClass[c1].size())])]);
                        b.push_back(rows[std::size_t(byClass[c2][below(rng, byClass[c2].size())])]);
                        y.push_back(0.0);
                    }
                }
                double loss = 0;
                if (m_kind == Kind::Ce) {
                    loss = nn::siameseBce(m_tower, m_head, a, b, y, &grad, &gradHead);
                    grad.insert(grad.end(), gradHead.begin(), gradHead.end());
                } else {
                    loss = nn::siameseContrastive(m_tower, a, b, y, m_opt.margin, &grad);
                }
                sum += loss * n;
                adam.step(params, grad);
                m_tower.setFlat(std::vector<double>(params.begin(), params.begin() + std::ptrdiff_t(towerCount)));
                if (m_kind == Kind::Ce)
                    m_head.assign(params.begin() + std::ptrdiff_t(towerCount), params.end());
            }
            reportEpoch(epoch, m_opt.epochs, sum / double(m_opt.pairs));
        }
    }

    // Tower outputs of the enrolments (siamese-ce), their means (siamese-cl) or of the fingerprints (siamese-zs).
    void attach(const EnrolmentSet &set)
    {
        m_dim = set.checkedDimension();
        m_sources = set.bySource.keys();
        const int k = m_tower.outputs();
        m_enrolled.clear();
        m_refs.setZero(k, m_sources.size());
        int c = 0;
        for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it, ++c) {
            const auto &embs = it.value();
            if (m_kind == Kind::Zs) {
                std::vector<double> fp(std::size_t(m_dim), 0.0);
                for (const Embedding &e : embs)
                    for (int i = 0; i < m_dim; ++i)
                        fp[std::size_t(i)] += e[std::size_t(i)];
                for (double &v : fp)
                    v /= double(embs.size());
                const std::vector<double> t = m_tower.forward(fp);
                m_refs.col(c) = Eigen::Map<const Eigen::VectorXd>(t.data(), k);
                continue;
            }
            Eigen::MatrixXd e(k, Eigen::Index(embs.size()));
            for (std::size_t j = 0; j < embs.size(); ++j) {
                const std::vector<double> t = m_tower.forward(toDouble(embs[j]));
                e.col(Eigen::Index(j)) = Eigen::Map<const Eigen::VectorXd>(t.data(), k);
            }
            m_refs.col(c) = e.rowwise().mean();
            if (m_kind == Kind::Ce)
                m_enrolled.push_back(std::move(e));
        }
    }

    Kind m_kind;
    nn::DenseNet m_tower;
    std::vector<double> m_head;            // siamese-ce: w (k values), then b
    std::vector<Eigen::MatrixXd> m_enrolled; // siamese-ce: tower outputs of each source's enrolments
    Eigen::MatrixXd m_refs;                 // k x sources: tower-mean (cl) or tower of the fingerprint (zs)
};

std::unique_ptr<TrainedScoringBackend> makeByName(const QString &name, const Options &o)
{
    if (name == QLatin1String("mlp"))
        return std::make_unique<MlpBackend>(o);
    if (name == QLatin1String("siamese-ce"))
        return std::make_unique<SiameseBackend>(SiameseBackend::Kind::Ce, o);
    if (name == QLatin1String("siamese-cl"))
        return std::make_unique<SiameseBackend>(SiameseBackend::Kind::Cl, o);
    if (name == QLatin1String("siamese-zs"))
        return std::make_unique<SiameseBackend>(SiameseBackend::Kind::Zs, o);
    return nullptr;
}

} // namespace

void TrainedScoringBackend::reportEpoch(int epoch, int epochs, double loss)
{
    m_losses.push_back(loss);
    if (!std::isfinite(loss))
        throw Error(Text::tr("%1 back-end: the training loss became %2 at epoch %3 (try a smaller lr)").arg(name()).arg(loss).arg(epoch));
    if (m_epochCallback)
        m_epochCallback(TrainingEpoch{epoch, epochs, loss});
}

QString enrolmentDigest(const EnrolmentSet &set)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayLiteral("sourcetrace-enrolments-v1\n"));
    for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it) {
        h.addData(it.key().toUtf8() + '\n' + QByteArray::number(qlonglong(it.value().size())) + '\n');
        for (const Embedding &e : it.value()) {
            QByteArray b(int(e.size() * sizeof(float)), Qt::Uninitialized);
            for (std::size_t i = 0; i < e.size(); ++i)
                qToLittleEndian(e[i], b.data() + i * sizeof(float));
            h.addData(b);
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

QString checkTrainedState(const QString &backend, const QByteArray &state, int dimension)
{
    try {
        const State st = decodeState(state);
        if (st.kind != backend)
            return Text::tr("the state is of back-end %1").arg(st.kind);
        if (st.dim != dimension)
            return Text::tr("the state takes %1-d embeddings, the library's are %2-d").arg(st.dim).arg(dimension);
        if (backend == QLatin1String("mlp") && (st.mean.size() != std::size_t(st.dim) || st.sd.size() != std::size_t(st.dim)
                                                || st.net.outputs() != int(st.sources.size())))
            return Text::tr("the MLP's standardisation or classes do not match its network");
        if (backend == QLatin1String("siamese-ce") && int(st.head.size()) != st.net.outputs() + 1)
            return Text::tr("the Siamese head does not match its tower");
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

std::vector<TrainedBackendMaker> trainedBackendMakers()
{
    const auto maker = [](const QString &name, const QStringList &known, int epochs, int batch) {
        return [=](const QVariantMap &p) -> std::unique_ptr<ScoringBackend> {
            return makeByName(name, parseOptions(p, name, known, epochs, batch));
        };
    };
    const QStringList common{QStringLiteral("epochs"), QStringLiteral("lr"), QStringLiteral("seed"), QStringLiteral("hidden"),
                             QStringLiteral("batch")};
    const QStringList siamese = common + QStringList{QStringLiteral("pairs")};
    const QStringList contrastive = siamese + QStringList{QStringLiteral("margin"), QStringLiteral("weights")};
    return {
        {QStringLiteral("mlp"),
         QStringLiteral("trained few-shot MLP (embedding -> hidden=128 ReLU -> sources), log-softmax score; epochs=100 lr=0.001 batch=32 seed=1"),
         maker(QStringLiteral("mlp"), common, 100, 32)},
        {QStringLiteral("siamese-ce"),
         QStringLiteral("trained Siamese network (tower 128-64-32), BCE head on |t(a)-t(b)|, score = mean head logit to the enrolments; "
                        "epochs=30 pairs=4096 batch=128"),
         maker(QStringLiteral("siamese-ce"), siamese, 30, 128)},
        {QStringLiteral("siamese-cl"),
         QStringLiteral("trained Siamese network, contrastive loss (margin=1), score = -distance to the source's tower mean; "
                        "epochs=30 pairs=4096; weights=PTH uses published weights"),
         maker(QStringLiteral("siamese-cl"), contrastive, 30, 128)},
        {QStringLiteral("siamese-zs"),
         QStringLiteral("zero-shot Siamese network (contrastive), score = -tower distance to the fingerprint, any sources; "
                        "weights=PTH uses the published zero-shot weights"),
         maker(QStringLiteral("siamese-zs"), contrastive, 30, 128)},
    };
}

} // namespace st
