#pragma once
// The GUI's persistent settings (QSettings, organisation and application "SourceTrace"): the recent files,
// the chosen model, the spectrogram settings.
#include <QSettings>

namespace st {

inline QSettings appSettings() { return QSettings(QStringLiteral("SourceTrace"), QStringLiteral("SourceTrace")); }

} // namespace st
