#include "view/SpectrogramSettingsStore.h"
#include "common/AppSettings.h"
#include "util/Error.h"

namespace st {

SpectrogramSettings defaultSpectrogramSettings()
{
    SpectrogramSettings s;
    s.params.fftSize = 512;
    s.params.hop = 128;
    s.params.window = WindowType::Hann;
    s.scale = DbColourScale{-110.0, -20.0, 0.0, true};
    return s;
}

SpectrogramSettings loadSpectrogramSettings()
{
    SpectrogramSettings s = defaultSpectrogramSettings();
    QSettings st = appSettings();
    st.beginGroup(QStringLiteral("spectrogram"));
    s.params.window = WindowType(st.value("window", int(s.params.window)).toInt());
    s.params.fftSize = st.value("fftSize", s.params.fftSize).toInt();
    s.params.hop = st.value("hop", s.params.hop).toInt();
    s.params.scale = FrequencyScale(st.value("scale", int(s.params.scale)).toInt());
    s.params.melBands = st.value("melBands", s.params.melBands).toInt();
    s.colourMap = ColourMap::fromName(st.value("colourMap", ColourMap::name(s.colourMap)).toString());
    s.scale.floorDb = st.value("floorDb", s.scale.floorDb).toDouble();
    s.scale.ceilingDb = st.value("ceilingDb", s.scale.ceilingDb).toDouble();
    s.scale.gainDb = st.value("gainDb", s.scale.gainDb).toDouble();
    s.scale.fixedRange = st.value("fixedRange", s.scale.fixedRange).toBool();
    try {
        s.params.validate();
    } catch (const Error &) {
        return defaultSpectrogramSettings();
    }
    return s;
}

void saveSpectrogramSettings(const SpectrogramSettings &s)
{
    QSettings st = appSettings();
    st.beginGroup(QStringLiteral("spectrogram"));
    st.setValue("window", int(s.params.window));
    st.setValue("fftSize", s.params.fftSize);
    st.setValue("hop", s.params.hop);
    st.setValue("scale", int(s.params.scale));
    st.setValue("melBands", s.params.melBands);
    st.setValue("colourMap", ColourMap::name(s.colourMap));
    st.setValue("floorDb", s.scale.floorDb);
    st.setValue("ceilingDb", s.scale.ceilingDb);
    st.setValue("gainDb", s.scale.gainDb);
    st.setValue("fixedRange", s.scale.fixedRange);
}

} // namespace st
