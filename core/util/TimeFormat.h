#pragma once
#include <QString>
#include <cstdint>

namespace st {

/// Formats seconds as h:mm:ss.mmm (e.g. 3725.5 -> "1:02:05.500"); negative values get a leading '-'.
/// Rounds to the nearest millisecond.
QString formatHms(double seconds);
/// Formats a frame index at a sample rate as h:mm:ss.mmm.
QString formatFrameTime(int64_t frame, int sampleRate);
/// Parses "h:mm:ss.mmm", "m:ss.mmm" or plain seconds; returns false when the text is not a time.
bool parseHms(const QString &text, double &seconds);

} // namespace st
