#pragma once
// On-the-fly, seeded waveform augmentation for training (no LibTorch). Every setting is recorded in the run
// configuration (toJson/fromJson), and one std::mt19937_64 drives every random draw, so the same seed gives the
// same output bit for bit.
//
// Implemented transforms (each applied with its own probability, in this order):
//   trim/pad   silence trimming (energy threshold) and re-padding with a noise floor at a drawn level
//   RawBoost   Tak et al., ICASSP 2022: (1) linear and non-linear convolutive noise (multi-band FIR notch filters
//              of random centre frequencies and widths, higher-order non-linear terms), (2) impulsive
//              signal-dependent noise (a random share of samples scaled by random gains), (3) stationary
//              signal-independent additive noise (white noise coloured by a random FIR filter at a drawn SNR),
//              and their series (algorithms 4..8 of the paper: 1+2+3, 1+2, 1+3, 2+3, 1||2)
//   reverb     synthetic room impulse response (exponentially decaying noise, RT60 drawn), mixed wet/dry
//   bandlimit  a band-pass (windowed-sinc FIR) with drawn low and high cut-offs (telephone to wide band)
//   noise      additive white or pink noise at an SNR drawn in [snrMinDb, snrMaxDb]
//   gain       a level change drawn in [gainMinDb, gainMaxDb], then clipped to [-1, 1] only when asked
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <random>
#include <vector>

namespace st::train {

struct RawBoostSettings
{
    /// 0 = off; 1..3 single algorithms; 4 = 1+2+3 in series; 5 = 1+2; 6 = 1+3; 7 = 2+3; 8 = 1 and 2 in parallel.
    int algorithm = 0;
    double probability = 1.0;
    // (1) convolutive
    int nBands = 5;
    double minF = 20, maxF = 8000;       ///< Hz, centre frequencies
    double minBW = 100, maxBW = 1000;    ///< Hz, bandwidths
    int minCoeff = 10, maxCoeff = 100;   ///< FIR taps
    double minG = 0, maxG = 0;           ///< dB gain per band
    double minBiasLinNonLin = 5, maxBiasLinNonLin = 20; ///< dB decay of higher-order terms
    int nonLinearOrder = 5;              ///< N_f
    // (2) impulsive
    double P = 10;                       ///< maximum % of samples touched
    double gSd = 2;                      ///< gain factor
    // (3) stationary
    double snrMin = 10, snrMax = 40;     ///< dB
};

struct AugmentSettings
{
    double sampleRate = 16000;
    // trim / pad
    double trimProbability = 0.0;
    double trimThresholdDb = -50;        ///< relative to the clip's peak
    double padProbability = 0.0;
    double padMaxSeconds = 0.5;          ///< each side, drawn in [0, padMaxSeconds]
    double padFloorMinDb = -80, padFloorMaxDb = -50; ///< noise floor level in dBFS
    RawBoostSettings rawboost;
    // reverb
    double reverbProbability = 0.0;
    double rt60Min = 0.2, rt60Max = 0.8; ///< seconds
    double wetMin = 0.2, wetMax = 0.6;
    // band-limit
    double bandlimitProbability = 0.0;
    double lowCutMin = 50, lowCutMax = 300;       ///< Hz
    double highCutMin = 3400, highCutMax = 7800;  ///< Hz
    // additive noise
    double noiseProbability = 0.0;
    double snrMinDb = 5, snrMaxDb = 40;
    bool pinkNoise = false;
    // gain
    double gainProbability = 0.0;
    double gainMinDb = -12, gainMaxDb = 6;
    bool clip = true;

    bool anyEnabled() const;
    QJsonObject toJson() const;
    /// Reads the keys present (missing keys keep their defaults); throws st::Error(pathForMessages,
    /// "augment.<field>: ...") for a wrong type or a value out of range; unknown keys are refused.
    static AugmentSettings fromJson(const QJsonObject &obj, const QString &pathForMessages);
};

/// What one call drew (for tests and logs).
struct AugmentRecord
{
    QStringList applied;          ///< e.g. {"rawboost-3", "noise"}
    double noiseSnrDb = 0;        ///< the SNR drawn for additive noise (when applied)
    double gainDb = 0;
};

/// Augments `x` in place. Deterministic for a given rng state. A clip of zero length stays empty.
void augment(std::vector<float> &x, const AugmentSettings &s, std::mt19937_64 &rng, AugmentRecord *record = nullptr);

// The single transforms, exposed for tests.
void rawBoost(std::vector<float> &x, const RawBoostSettings &s, double sampleRate, std::mt19937_64 &rng);
void rawBoostConvolutive(std::vector<float> &x, const RawBoostSettings &s, double sampleRate, std::mt19937_64 &rng);
void rawBoostImpulsive(std::vector<float> &x, const RawBoostSettings &s, std::mt19937_64 &rng);
/// Returns the SNR (dB) drawn.
double rawBoostStationary(std::vector<float> &x, const RawBoostSettings &s, double sampleRate, std::mt19937_64 &rng);
/// Adds white (or pink) noise so that 10 log10(P_signal / P_noise) == snrDb exactly (up to float rounding).
void addNoise(std::vector<float> &x, double snrDb, bool pink, std::mt19937_64 &rng);
void reverberate(std::vector<float> &x, double rt60, double wet, double sampleRate, std::mt19937_64 &rng);
void bandLimit(std::vector<float> &x, double lowHz, double highHz, double sampleRate);
/// Removes leading and trailing samples below thresholdDb relative to the peak (frames of 10 ms).
void trimSilence(std::vector<float> &x, double thresholdDb, double sampleRate);
void padWithFloor(std::vector<float> &x, int64_t before, int64_t after, double floorDbfs, std::mt19937_64 &rng);

/// RegMixup (Pinto et al., NeurIPS 2022): the mixing weight lambda ~ Beta(alpha, alpha).
double drawBeta(double alpha, std::mt19937_64 &rng);

} // namespace st::train
