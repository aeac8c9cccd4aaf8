#include "view/SpectrogramSettingsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace st {

SpectrogramSettingsPanel::SpectrogramSettingsPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setLabelAlignment(Qt::AlignRight);
    m_window = new QComboBox;
    for (WindowType w : {WindowType::Hann, WindowType::Hamming, WindowType::Blackman})
    {
        QString n = windowTypeName(w);
        if (!n.isEmpty())
            n[0] = n[0].toUpper();
        m_window->addItem(n, int(w));
    }
    m_fft = new QComboBox;
    for (int n = 256; n <= 8192; n *= 2)
        m_fft->addItem(QString::number(n), n);
    m_fft->setToolTip(tr("Window length in samples: longer = finer frequency, coarser time."));
    m_hop = new QComboBox;
    for (int d : {2, 4, 8, 16})
        m_hop->addItem(tr("1/%1 window").arg(d), d);
    m_hop->setToolTip(tr("Step between analysis frames, as a fraction of the window."));
    m_scale = new QComboBox;
    m_scale->addItem(tr("Linear"), int(FrequencyScale::Linear));
    m_scale->addItem(tr("Mel"), int(FrequencyScale::Mel));
    m_melBands = new QSpinBox;
    m_melBands->setRange(16, 256);
    m_melBands->setSingleStep(8);
    m_map = new QComboBox;
    for (int i = 0; i < ColourMap::Count; ++i)
        m_map->addItem(ColourMap::displayName(ColourMap::Id(i)), i);
    m_floor = new QDoubleSpinBox;
    m_ceiling = new QDoubleSpinBox;
    m_gain = new QDoubleSpinBox;
    for (QDoubleSpinBox *b : {m_floor, m_ceiling, m_gain}) {
        b->setRange(-200, 60);
        b->setDecimals(0);
        b->setSuffix(QStringLiteral(" dB"));
        b->setSingleStep(5);
    }
    m_gain->setRange(-60, 60);
    m_fixed = new QCheckBox(tr("Fixed dB range"));
    m_fixed->setToolTip(tr("On: a colour always means the same level, in every file and view.\n"
                           "Off: the ceiling follows the loudest visible value (the range stays)."));

    form->addRow(tr("Window:"), m_window);
    form->addRow(tr("FFT size:"), m_fft);
    form->addRow(tr("Hop:"), m_hop);
    form->addRow(tr("Frequency:"), m_scale);
    form->addRow(tr("Mel bands:"), m_melBands);
    form->addRow(tr("Colours:"), m_map);
    form->addRow(tr("Floor:"), m_floor);
    form->addRow(tr("Ceiling:"), m_ceiling);
    form->addRow(tr("Gain:"), m_gain);
    form->addRow(QString(), m_fixed);

    setSettings(SpectrogramSettings{});
    for (QComboBox *c : {m_window, m_fft, m_hop, m_scale, m_map})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &SpectrogramSettingsPanel::emitChanged);
    for (QDoubleSpinBox *b : {m_floor, m_ceiling, m_gain})
        connect(b, &QDoubleSpinBox::valueChanged, this, &SpectrogramSettingsPanel::emitChanged);
    connect(m_melBands, &QSpinBox::valueChanged, this, &SpectrogramSettingsPanel::emitChanged);
    connect(m_fixed, &QCheckBox::toggled, this, &SpectrogramSettingsPanel::emitChanged);
}

SpectrogramSettings SpectrogramSettingsPanel::settings() const
{
    SpectrogramSettings s;
    s.params.window = WindowType(m_window->currentData().toInt());
    s.params.fftSize = m_fft->currentData().toInt();
    s.params.hop = std::max(1, s.params.fftSize / m_hop->currentData().toInt());
    s.params.scale = FrequencyScale(m_scale->currentData().toInt());
    s.params.melBands = m_melBands->value();
    s.colourMap = ColourMap::Id(m_map->currentData().toInt());
    s.scale.floorDb = m_floor->value();
    s.scale.ceilingDb = std::max(m_ceiling->value(), m_floor->value() + 1);
    s.scale.gainDb = m_gain->value();
    s.scale.fixedRange = m_fixed->isChecked();
    return s;
}

void SpectrogramSettingsPanel::setSettings(const SpectrogramSettings &s)
{
    m_updating = true;
    m_window->setCurrentIndex(m_window->findData(int(s.params.window)));
    m_fft->setCurrentIndex(std::max(0, m_fft->findData(s.params.fftSize)));
    const int div = std::max(1, s.params.fftSize / std::max(1, s.params.hop));
    m_hop->setCurrentIndex(std::max(0, m_hop->findData(div)));
    m_scale->setCurrentIndex(m_scale->findData(int(s.params.scale)));
    m_melBands->setValue(s.params.melBands);
    m_melBands->setEnabled(s.params.scale == FrequencyScale::Mel);
    m_map->setCurrentIndex(int(s.colourMap));
    m_floor->setValue(s.scale.floorDb);
    m_ceiling->setValue(s.scale.ceilingDb);
    m_gain->setValue(s.scale.gainDb);
    m_fixed->setChecked(s.scale.fixedRange);
    m_updating = false;
}

void SpectrogramSettingsPanel::emitChanged()
{
    if (m_updating)
        return;
    m_melBands->setEnabled(m_scale->currentData().toInt() == int(FrequencyScale::Mel));
    emit settingsChanged(settings());
}

} // namespace st
