#pragma once
// Controls for the spectrogram: window, FFT size, hop, frequency scale (linear/mel, bands), colour
// map, dB floor and ceiling, gain, and "fixed dB range". Emits the complete settings on every change.
#include "view/SpectrogramLayer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace st {

class SpectrogramSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SpectrogramSettingsPanel(QWidget *parent = nullptr);
    SpectrogramSettings settings() const;
    void setSettings(const SpectrogramSettings &s); ///< without emitting

signals:
    void settingsChanged(const st::SpectrogramSettings &s);

private:
    void emitChanged();

    QComboBox *m_window, *m_fft, *m_hop, *m_scale, *m_map;
    QSpinBox *m_melBands;
    QDoubleSpinBox *m_floor, *m_ceiling, *m_gain;
    QCheckBox *m_fixed;
    bool m_updating = false;
};

} // namespace st
