#include "dsp/Spectrogram.h"

#include "dsp/FftwLock.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Spectrogram)
};
} // namespace

std::mutex &fftwPlannerMutex()
{
    static std::mutex m;
    return m;
}

QString windowTypeName(WindowType w)
{
    switch (w) {
    case WindowType::Hann:
        return QStringLiteral("hann");
    case WindowType::Hamming:
        return QStringLiteral("hamming");
    case WindowType::Blackman:
        return QStringLiteral("blackman");
    }
    return QStringLiteral("unknown");
}

std::vector<float> makeWindow(WindowType type, int n)
{
    std::vector<float> w(static_cast<size_t>(std::max(n, 0)));
    if (n <= 0)
        return w;
    if (n == 1) {
        w[0] = 1.0f;
        return w;
    }
    const double m = n - 1;
    for (int i = 0; i < n; ++i) {
        const double x = 2.0 * M_PI * i / m;
        double v = 0.0;
        switch (type) {
        case WindowType::Hann:
            v = 0.5 - 0.5 * std::cos(x);
            break;
        case WindowType::Hamming:
            v = 0.54 - 0.46 * std::cos(x);
            break;
        case WindowType::Blackman:
            v = 0.42 - 0.5 * std::cos(x) + 0.08 * std::cos(2.0 * x);
            break;
        }
        w[size_t(i)] = static_cast<float>(v);
    }
    // numpy's Blackman has -1.4e-17 at the ends: keep exact zeros.
    if (type == WindowType::Blackman) {
        w.front() = 0.0f;
        w.back() = 0.0f;
    }
    return w;
}

bool SpectrogramParams::operator==(const SpectrogramParams &o) const
{
    return window == o.window && fftSize == o.fftSize && hop == o.hop && scale == o.scale &&
           (scale != FrequencyScale::Mel || melBands == o.melBands) && centred == o.centred;
}

void SpectrogramParams::validate() const
{
    const bool pow2 = fftSize > 0 && (fftSize & (fftSize - 1)) == 0;
    if (!pow2 || fftSize < 256 || fftSize > 8192)
        throw Error(Text::tr("spectrogram fftSize must be a power of two from 256 to 8192 (got %1)")
                        .arg(fftSize));
    if (hop < 1)
        throw Error(Text::tr("spectrogram hop must be at least 1 sample (got %1)").arg(hop));
    if (scale == FrequencyScale::Mel && (melBands < 1 || melBands > fftSize / 2 + 1))
        throw Error(Text::tr("spectrogram melBands must be from 1 to fftSize/2+1 = %1 (got %2)")
                        .arg(fftSize / 2 + 1)
                        .arg(melBands));
}

int64_t SpectrogramParams::frameStartSample(int64_t frame) const
{
    return frame * hop - (centred ? fftSize / 2 : 0);
}

int64_t SpectrogramParams::frameCentreSample(int64_t frame) const
{
    return frame * hop + (centred ? 0 : fftSize / 2);
}

int SpectrogramParams::bins() const
{
    return scale == FrequencyScale::Mel ? melBands : fftSize / 2 + 1;
}

int64_t SpectrogramParams::frameCount(int64_t n) const
{
    if (n <= 0 || hop < 1)
        return 0;
    if (centred)
        return n / hop + 1;
    if (n < fftSize)
        return 0;
    return (n - fftSize) / hop + 1;
}

double hzToMel(double hz)
{
    return 2595.0 * std::log10(1.0 + hz / 700.0);
}

double melToHz(double mel)
{
    return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
}

namespace {

// The melBands + 2 edge frequencies (Hz) of the triangular filters, equally spaced in mel.
std::vector<double> melEdgesHz(int melBands, double fmin, double fmax)
{
    std::vector<double> edges(static_cast<size_t>(melBands + 2));
    const double m0 = hzToMel(fmin), m1 = hzToMel(fmax);
    for (int i = 0; i < melBands + 2; ++i)
        edges[size_t(i)] = melToHz(m0 + (m1 - m0) * i / (melBands + 1));
    return edges;
}

} // namespace

std::vector<float> melFilterbank(int melBands, int fftSize, int sampleRate, double fmin, double fmax)
{
    if (melBands < 1 || fftSize < 2 || sampleRate <= 0)
        throw Error(QStringLiteral("melFilterbank: bad arguments (bands %1, fft %2, rate %3)")
                        .arg(melBands)
                        .arg(fftSize)
                        .arg(sampleRate));
    if (fmax < 0)
        fmax = sampleRate / 2.0;
    if (!(fmin >= 0 && fmin < fmax))
        throw Error(Text::tr("melFilterbank: need 0 <= fmin < fmax (got %1, %2)").arg(fmin).arg(fmax));
    const int nBins = fftSize / 2 + 1;
    const std::vector<double> e = melEdgesHz(melBands, fmin, fmax);
    std::vector<float> fb(size_t(melBands) * size_t(nBins), 0.0f);
    for (int m = 0; m < melBands; ++m) {
        const double lo = e[size_t(m)], c = e[size_t(m + 1)], hi = e[size_t(m + 2)];
        for (int k = 0; k < nBins; ++k) {
            const double f = double(k) * sampleRate / fftSize;
            double v = 0.0;
            if (f > lo && f <= c)
                v = (f - lo) / (c - lo);
            else if (f > c && f < hi)
                v = (hi - f) / (hi - c);
            fb[size_t(m) * nBins + k] = static_cast<float>(v);
        }
    }
    return fb;
}

double binCentreHz(const SpectrogramParams &p, int bin, int sampleRate)
{
    if (p.scale == FrequencyScale::Mel) {
        const double m1 = hzToMel(sampleRate / 2.0);
        return melToHz(m1 * (bin + 1) / (p.melBands + 1));
    }
    return double(bin) * sampleRate / p.fftSize;
}

struct Stft::Impl
{
    SpectrogramParams p;
    int sampleRate = 0;
    int nBins = 0; // fftSize/2+1
    std::vector<float> window;
    double scaleDcNyq = 0; // 1 / (sum w)^2
    double scaleOther = 0; // 4 / (sum w)^2
    float *in = nullptr;
    fftwf_complex *out = nullptr;
    fftwf_plan plan = nullptr;
    std::vector<float> power;     // nBins, linear bins
    std::vector<float> melFb;     // melBands x nBins
    std::vector<std::pair<int, int>> melSpan; // non-zero column range of each mel row
    std::vector<float> frameBuf;  // for computeDb

    void transform(const float *frame)
    {
        const int n = p.fftSize;
        for (int i = 0; i < n; ++i)
            in[i] = frame[i] * window[size_t(i)];
        fftwf_execute(plan);
    }
};

Stft::Stft(const SpectrogramParams &params, int sampleRate) : d(std::make_unique<Impl>())
{
    params.validate();
    if (sampleRate <= 0)
        throw Error(Text::tr("spectrogram sample rate must be positive (got %1)").arg(sampleRate));
    d->p = params;
    d->sampleRate = sampleRate;
    const int n = params.fftSize;
    d->nBins = n / 2 + 1;
    d->window = makeWindow(params.window, n);
    double sum = 0.0;
    for (float v : d->window)
        sum += v;
    d->scaleDcNyq = 1.0 / (sum * sum);
    d->scaleOther = 4.0 / (sum * sum);
    d->power.resize(size_t(d->nBins));
    {
        std::lock_guard<std::mutex> lock(fftwPlannerMutex());
        d->in = static_cast<float *>(fftwf_malloc(sizeof(float) * size_t(n)));
        d->out = static_cast<fftwf_complex *>(fftwf_malloc(sizeof(fftwf_complex) * size_t(d->nBins)));
        if (d->in && d->out)
            d->plan = fftwf_plan_dft_r2c_1d(n, d->in, d->out, FFTW_ESTIMATE);
    }
    if (!d->plan) {
        std::lock_guard<std::mutex> lock(fftwPlannerMutex());
        fftwf_free(d->in);
        fftwf_free(d->out);
        throw Error(Text::tr("FFTW could not make a plan for an FFT of size %1").arg(n));
    }
    if (params.scale == FrequencyScale::Mel) {
        d->melFb = melFilterbank(params.melBands, n, sampleRate);
        d->melSpan.resize(size_t(params.melBands));
        for (int m = 0; m < params.melBands; ++m) {
            int first = d->nBins, last = -1;
            for (int k = 0; k < d->nBins; ++k)
                if (d->melFb[size_t(m) * d->nBins + k] != 0.0f) {
                    first = std::min(first, k);
                    last = k;
                }
            d->melSpan[size_t(m)] = {first, last};
        }
    }
}

Stft::~Stft()
{
    std::lock_guard<std::mutex> lock(fftwPlannerMutex());
    fftwf_destroy_plan(d->plan);
    fftwf_free(d->in);
    fftwf_free(d->out);
}

const SpectrogramParams &Stft::params() const
{
    return d->p;
}

void Stft::complexFrame(const float *frame, float *outReIm)
{
    d->transform(frame);
    std::memcpy(outReIm, d->out, sizeof(float) * 2 * size_t(d->nBins));
}

void Stft::powerFrame(const float *frame, float *out)
{
    d->transform(frame);
    const int nb = d->nBins;
    float *pw = d->p.scale == FrequencyScale::Mel ? d->power.data() : out;
    for (int k = 0; k < nb; ++k) {
        const double re = d->out[k][0], im = d->out[k][1];
        const double s = (k == 0 || k == nb - 1) ? d->scaleDcNyq : d->scaleOther;
        pw[k] = static_cast<float>((re * re + im * im) * s);
    }
    if (d->p.scale == FrequencyScale::Mel) {
        for (int m = 0; m < d->p.melBands; ++m) {
            const float *row = d->melFb.data() + size_t(m) * nb;
            double acc = 0.0;
            const auto [first, last] = d->melSpan[size_t(m)];
            for (int k = first; k <= last; ++k)
                acc += double(row[k]) * pw[k];
            out[m] = static_cast<float>(acc);
        }
    }
}

std::vector<float> Stft::computeDb(const float *samples, int64_t n, int64_t firstFrame, int64_t frameCount)
{
    const int fft = d->p.fftSize;
    const int bins = d->p.bins();
    std::vector<float> result(size_t(std::max<int64_t>(frameCount, 0)) * size_t(bins));
    d->frameBuf.resize(size_t(fft));
    float *buf = d->frameBuf.data();
    for (int64_t t = 0; t < frameCount; ++t) {
        const int64_t frame = firstFrame + t;
        const int64_t start = frame * d->p.hop - (d->p.centred ? fft / 2 : 0);
        if (start >= 0 && start + fft <= n) {
            std::memcpy(buf, samples + start, sizeof(float) * size_t(fft));
        } else {
            for (int i = 0; i < fft; ++i) {
                const int64_t s = start + i;
                buf[i] = (s >= 0 && s < n) ? samples[s] : 0.0f;
            }
        }
        float *row = result.data() + size_t(t) * size_t(bins);
        powerFrame(buf, row);
        powerToDb(row, bins);
    }
    return result;
}

void powerToDb(float *values, int64_t count)
{
    for (int64_t i = 0; i < count; ++i)
        values[i] = 10.0f * std::log10(std::max(values[i], 1e-20f));
}

} // namespace st
