#pragma once
// The spectrogram settings the viewer starts with: the built-in defaults, or the last ones the user applied
// (kept in the application settings, group "spectrogram"). Stored settings that no longer validate are
// replaced by the defaults.
#include "view/SpectrogramLayer.h"

namespace st {

/// Hann window, 512-point FFT, hop 128, a fixed -110 to -20 dB colour range.
SpectrogramSettings defaultSpectrogramSettings();
/// The stored settings, or the defaults when none are stored or they do not validate.
SpectrogramSettings loadSpectrogramSettings();
void saveSpectrogramSettings(const SpectrogramSettings &s);

} // namespace st
