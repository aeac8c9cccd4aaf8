#pragma once
// A tiny labelled corpus for the training tests (core and GUI): random tone mixtures, even clips bona fide, odd
// clips two attacks with two vocoders, one sentence per pair of clips (the split unit).
#include "audiotestutil.h"

#include <QString>

#include <cmath>
#include <random>

namespace sttest {

/// 16 clips of 1 s at 16 kHz: random tone mixtures with noise, labels alternating bona fide / spoof, in `dir`
/// with a protocol (text column = one sentence per pair of clips).
inline QString writeTinyCorpus(const QString &dir, int clips = 16, double seconds = 1.0)
{
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> f(100, 6000), a(0.05, 0.3);
    std::normal_distribution<double> n(0, 1);
    QString tsv = QStringLiteral("file\tattack\tacoustic_model\twaveform_generator\tcodec\ttext\n");
    for (int i = 0; i < clips; ++i) {
        const int64_t len = int64_t(16000 * seconds);
        std::vector<float> x(size_t(len), 0.0f);
        for (int t = 0; t < 3; ++t) {
            const double hz = f(rng), amp = a(rng);
            for (int64_t s = 0; s < len; ++s)
                x[size_t(s)] += float(amp * std::sin(2 * M_PI * hz * s / 16000.0));
        }
        for (float &v : x)
            v += float(0.01 * n(rng));
        const QString name = QStringLiteral("clip_%1.wav").arg(i, 2, 10, QLatin1Char('0'));
        sttest::writeAudio(dir + QLatin1Char('/') + name, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, x);
        const bool bona = i % 2 == 0;
        tsv += QStringLiteral("%1\t%2\t%3\t%4\t%5\tsentence %6\n")
                   .arg(name, bona ? "bonafide" : (i % 4 == 1 ? "A01" : "A02"), bona ? "-" : "am",
                        bona ? "-" : (i % 4 == 1 ? "voc1" : "voc2"), "none")
                   .arg(i / 2);
    }
    const QString p = dir + QStringLiteral("/protocol.tsv");
    sttest::putBytes(p, tsv.toUtf8());
    return p;
}

} // namespace sttest
