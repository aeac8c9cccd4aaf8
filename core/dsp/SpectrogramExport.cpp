#include "dsp/SpectrogramExport.h"

#include "util/Error.h"
#include "util/Npy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <charconv>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::SpectrogramExport)
};
} // namespace

namespace {

void appendNumber(QByteArray &out, double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, int(r.ptr - buf));
}

void appendNumber(QByteArray &out, float v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, int(r.ptr - buf));
}

QString scaleText(const SpectrogramParams &p)
{
    return p.scale == FrequencyScale::Mel ? QStringLiteral("mel") : QStringLiteral("linear");
}

void checkMatrix(const QString &path, const std::vector<float> &db, int64_t frames, int bins,
                 const SpectrogramParams &params, int sampleRate)
{
    if (frames < 0 || bins < 1 || int64_t(db.size()) != frames * bins)
        throw Error(path, Text::tr("spectrogram export: the matrix has %1 values, not frames x bins = "
                                         "%2 x %3")
                              .arg(qulonglong(db.size()))
                              .arg(frames)
                              .arg(bins));
    if (bins != params.bins())
        throw Error(path, Text::tr("spectrogram export: %1 bins, but the parameters give %2")
                              .arg(bins)
                              .arg(params.bins()));
    if (sampleRate <= 0)
        throw Error(path, Text::tr("spectrogram export: sample rate must be positive"));
}

} // namespace

SpectrogramSelection computeSelectionDb(const SampleSource &source, const SpectrogramParams &params,
                                        int64_t firstSample, int64_t endSample)
{
    params.validate();
    SpectrogramSelection sel;
    sel.bins = params.bins();
    const int64_t hop = params.hop;
    const int64_t offset = params.centred ? 0 : params.fftSize / 2; // frame f centred at f*hop + offset
    const auto ceilDiv = [](int64_t a, int64_t b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); };
    const int64_t total = params.frameCount(source.frames);
    const int64_t f0 = std::clamp<int64_t>(ceilDiv(firstSample - offset, hop), 0, total);
    const int64_t f1 = std::clamp<int64_t>(ceilDiv(endSample - offset, hop), f0, total);
    sel.firstFrame = f0;
    sel.frames = f1 - f0;
    sel.startSample = f0 * hop;
    if (sel.frames == 0)
        return sel;
    Stft stft(params, source.sampleRate);
    const int64_t s0 = params.frameStartSample(f0);
    const int64_t span = (sel.frames - 1) * hop + params.fftSize;
    std::vector<float> block;
    source.readPadded(s0, span, block);
    sel.db.resize(size_t(sel.frames) * size_t(sel.bins));
    for (int64_t t = 0; t < sel.frames; ++t) {
        float *row = sel.db.data() + size_t(t) * size_t(sel.bins);
        stft.powerFrame(block.data() + t * hop, row);
        powerToDb(row, sel.bins);
    }
    return sel;
}

double exportFrameTimeSeconds(const SpectrogramParams &params, int sampleRate, int64_t startSample,
                              int64_t frame)
{
    return double(startSample + params.frameCentreSample(frame)) / double(sampleRate);
}

void exportSpectrogramCsv(const QString &path, const std::vector<float> &db, int64_t frames, int bins,
                          const SpectrogramParams &params, int sampleRate, int64_t startSample,
                          const QString &source)
{
    params.validate();
    checkMatrix(path, db, frames, bins, params, sampleRate);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot open for writing: %1").arg(f.errorString()));

    QByteArray out;
    out.append("# SourceTrace spectrogram export\n");
    if (!source.isEmpty())
        out.append("# source: " + source.toUtf8() + '\n');
    out.append("# window: " + windowTypeName(params.window).toUtf8() + '\n');
    out.append("# fft_size: " + QByteArray::number(params.fftSize) + '\n');
    out.append("# hop: " + QByteArray::number(params.hop) + '\n');
    if (params.scale == FrequencyScale::Mel)
        out.append("# scale: mel (" + QByteArray::number(params.melBands) +
                   " triangular bands, HTK mel = 2595*log10(1+f/700), peak 1)\n");
    else
        out.append("# scale: linear\n");
    out.append(QByteArray("# centred: ") + (params.centred ? "true" : "false") + '\n');
    out.append("# sample_rate_hz: " + QByteArray::number(sampleRate) + '\n');
    out.append("# start_sample: " + QByteArray::number(qlonglong(startSample)) + '\n');
    out.append("# start_time_s: ");
    appendNumber(out, double(startSample) / sampleRate);
    out.append('\n');
    out.append("# frames: " + QByteArray::number(qlonglong(frames)) + '\n');
    out.append("# values: power in dB re full scale (a full-scale sine at a bin centre = 0 dB; floor -200 dB)\n");
    out.append("# rows: time_s = time of the centre of each analysis window, from the start of the recording\n");
    out.append("# columns: centre frequency of each bin in Hz\n");
    out.append("time_s");
    for (int b = 0; b < bins; ++b) {
        out.append(',');
        appendNumber(out, binCentreHz(params, b, sampleRate));
    }
    out.append('\n');
    for (int64_t t = 0; t < frames; ++t) {
        appendNumber(out, exportFrameTimeSeconds(params, sampleRate, startSample, t));
        const float *row = db.data() + size_t(t) * size_t(bins);
        for (int b = 0; b < bins; ++b) {
            out.append(',');
            appendNumber(out, row[b]);
        }
        out.append('\n');
        if (out.size() > (4 << 20) || t + 1 == frames) {
            if (f.write(out) != out.size())
                throw Error(path, Text::tr("write failed: %1").arg(f.errorString()));
            out.clear();
        }
    }
    if (!out.isEmpty() && f.write(out) != out.size())
        throw Error(path, Text::tr("write failed: %1").arg(f.errorString()));
    if (!f.commit())
        throw Error(path, Text::tr("could not finish writing: %1").arg(f.errorString()));
}

QString spectrogramSidecarPath(const QString &npyPath)
{
    if (npyPath.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive))
        return npyPath.chopped(4) + QStringLiteral(".json");
    return npyPath + QStringLiteral(".json");
}

void exportSpectrogramNpy(const QString &path, const std::vector<float> &db, int64_t frames, int bins,
                          const SpectrogramParams &params, int sampleRate, int64_t startSample,
                          const QString &source)
{
    params.validate();
    checkMatrix(path, db, frames, bins, params, sampleRate);
    writeNpy(path, db.data(), {frames, int64_t(bins)});

    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("sourcetrace-spectrogram");
    o[QStringLiteral("format_version")] = 1;
    o[QStringLiteral("data_file")] = QFileInfo(path).fileName();
    if (!source.isEmpty())
        o[QStringLiteral("source")] = source;
    o[QStringLiteral("dtype")] = QStringLiteral("float32");
    o[QStringLiteral("shape")] = QJsonArray{double(frames), bins};
    o[QStringLiteral("axes")] = QJsonArray{QStringLiteral("time"), QStringLiteral("frequency")};
    o[QStringLiteral("values")] =
        QStringLiteral("power in dB re full scale (a full-scale sine at a bin centre = 0 dB; floor -200 dB)");
    o[QStringLiteral("window")] = windowTypeName(params.window);
    o[QStringLiteral("fft_size")] = params.fftSize;
    o[QStringLiteral("hop")] = params.hop;
    o[QStringLiteral("scale")] = scaleText(params);
    if (params.scale == FrequencyScale::Mel) {
        o[QStringLiteral("mel_bands")] = params.melBands;
        o[QStringLiteral("mel_formula")] = QStringLiteral("htk: 2595*log10(1+f/700), triangular, peak 1");
    }
    o[QStringLiteral("centred")] = params.centred;
    o[QStringLiteral("sample_rate_hz")] = sampleRate;
    o[QStringLiteral("start_sample")] = double(startSample);
    o[QStringLiteral("start_time_s")] = double(startSample) / sampleRate;
    o[QStringLiteral("first_frame_time_s")] = exportFrameTimeSeconds(params, sampleRate, startSample, 0);
    o[QStringLiteral("frame_step_s")] = double(params.hop) / sampleRate;
    QJsonArray freqs;
    for (int b = 0; b < bins; ++b)
        freqs.append(binCentreHz(params, b, sampleRate));
    o[QStringLiteral("frequencies_hz")] = freqs;

    const QString side = spectrogramSidecarPath(path);
    QSaveFile f(side);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(side, Text::tr("cannot open for writing: %1").arg(f.errorString()));
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (f.write(json) != json.size() || !f.commit())
        throw Error(side, Text::tr("write failed: %1").arg(f.errorString()));
}

} // namespace st
