#include "explain/Baseline.h"

#include "util/Error.h"

#include <cmath>
#include <random>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Baseline) };
} // namespace

namespace st {

QString baselineKindName(BaselineKind k)
{
    switch (k) {
    case BaselineKind::Silence:
        return QStringLiteral("silence");
    case BaselineKind::Noise:
        return QStringLiteral("noise");
    case BaselineKind::LowPass:
        return QStringLiteral("lowpass");
    }
    return QStringLiteral("unknown");
}

bool baselineKindFromName(const QString &name, BaselineKind &k)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("silence") || n == QLatin1String("zeros") || n == QLatin1String("zero"))
        k = BaselineKind::Silence;
    else if (n == QLatin1String("noise"))
        k = BaselineKind::Noise;
    else if (n == QLatin1String("lowpass") || n == QLatin1String("low-pass"))
        k = BaselineKind::LowPass;
    else
        return false;
    return true;
}

QString BaselineSettings::describe() const
{
    switch (kind) {
    case BaselineKind::Silence:
        return QStringLiteral("silence");
    case BaselineKind::Noise:
        return QStringLiteral("noise %1 dBFS x%2 (seed %3)").arg(noiseDbfs).arg(noiseDraws).arg(seed);
    case BaselineKind::LowPass:
        return QStringLiteral("lowpass %1 Hz (%2 taps, Blackman-windowed sinc, zero-phase)").arg(lowPassHz).arg(lowPassTaps);
    }
    return {};
}

std::vector<double> lowPassKernel(double cutoffHz, int sampleRate, int taps)
{
    if (taps < 3 || taps % 2 == 0)
        throw Error(Text::tr("the low-pass baseline needs an odd number of taps >= 3 (got %1)").arg(taps));
    if (!(cutoffHz > 0.0) || cutoffHz >= 0.5 * sampleRate)
        throw Error(Text::tr("the low-pass cut-off must lie between 0 and the Nyquist frequency %1 Hz (got %2 Hz)")
                        .arg(0.5 * sampleRate).arg(cutoffHz));
    std::vector<double> h(static_cast<size_t>(taps));
    const int c = (taps - 1) / 2;
    const double fc = cutoffHz / sampleRate; // cycles per sample
    double sum = 0.0;
    for (int k = 0; k < taps; ++k) {
        const int n = k - c;
        const double sinc = n == 0 ? 2.0 * fc : std::sin(2.0 * M_PI * fc * n) / (M_PI * n);
        const double w = 0.42 - 0.5 * std::cos(2.0 * M_PI * k / (taps - 1)) + 0.08 * std::cos(4.0 * M_PI * k / (taps - 1));
        h[size_t(k)] = sinc * w;
        sum += h[size_t(k)];
    }
    for (double &v : h)
        v /= sum;
    return h;
}

std::vector<float> lowPassZeroPhase(const std::vector<float> &x, double cutoffHz, int sampleRate, int taps)
{
    const std::vector<double> h = lowPassKernel(cutoffHz, sampleRate, taps);
    const int64_t n = int64_t(x.size());
    const int64_t c = (taps - 1) / 2;
    std::vector<float> y(x.size());
    for (int64_t i = 0; i < n; ++i) {
        double acc = 0.0;
        const int64_t k0 = std::max<int64_t>(0, c - i);
        const int64_t k1 = std::min<int64_t>(taps, n - i + c);
        for (int64_t k = k0; k < k1; ++k)
            acc += h[size_t(k)] * x[size_t(i + k - c)];
        y[size_t(i)] = float(acc);
    }
    return y;
}

std::vector<std::vector<float>> makeBaselines(const std::vector<float> &x, const BaselineSettings &s, int sampleRate)
{
    switch (s.kind) {
    case BaselineKind::Silence:
        return {std::vector<float>(x.size(), 0.0f)};
    case BaselineKind::LowPass:
        return {lowPassZeroPhase(x, s.lowPassHz, sampleRate, s.lowPassTaps)};
    case BaselineKind::Noise: {
        if (s.noiseDraws < 1)
            throw Error(Text::tr("the noise baseline needs at least one draw (got %1)").arg(s.noiseDraws));
        const double sigma = std::pow(10.0, s.noiseDbfs / 20.0);
        std::vector<std::vector<float>> out;
        std::mt19937 rng(s.seed);
        std::normal_distribution<double> normal(0.0, sigma);
        for (int d = 0; d < s.noiseDraws; ++d) {
            std::vector<float> b(x.size());
            for (float &v : b)
                v = float(normal(rng));
            out.push_back(std::move(b));
        }
        return out;
    }
    }
    return {};
}

BaselineSettings recommendedBaseline(const QString &modelKind)
{
    BaselineSettings b;
    if (modelKind == QLatin1String("native-spectral")) {
        b.kind = BaselineKind::Noise;
        b.noiseDbfs = -50.0;
        b.noiseDraws = 4;
    }
    return b;
}

} // namespace st
