#include "view/ColourMap.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace st {

namespace {

struct Anchor
{
    double t, r, g, b;
};

// Viridis (van der Walt and Smith, CC0): every 16th entry of the published 256-entry table (the
// last at 255), linearly interpolated in sRGB; the interpolation error is below 1/255 per channel.
const Anchor kViridis[] = {
    {0 / 255.0, 0.267004, 0.004874, 0.329415},   {16 / 255.0, 0.282327, 0.094955, 0.417331},
    {32 / 255.0, 0.278826, 0.175490, 0.483397},  {48 / 255.0, 0.258965, 0.251537, 0.524736},
    {64 / 255.0, 0.229739, 0.322361, 0.545706},  {80 / 255.0, 0.199430, 0.387607, 0.554642},
    {96 / 255.0, 0.172719, 0.448791, 0.557885},  {112 / 255.0, 0.149039, 0.508051, 0.557250},
    {128 / 255.0, 0.127568, 0.566949, 0.550556}, {144 / 255.0, 0.120638, 0.625828, 0.533488},
    {160 / 255.0, 0.157851, 0.683765, 0.501686}, {176 / 255.0, 0.246070, 0.738910, 0.452024},
    {192 / 255.0, 0.369214, 0.788888, 0.382914}, {208 / 255.0, 0.515992, 0.831158, 0.294279},
    {224 / 255.0, 0.678489, 0.863742, 0.189503}, {240 / 255.0, 0.845561, 0.887322, 0.099702},
    {255 / 255.0, 0.993248, 0.906157, 0.143936},
};

// A classic audio-editor heat map, close in spirit to sox's spectrogram palette: black, deep blue,
// purple, red, orange, yellow, white. Lightness rises monotonically.
const Anchor kSox[] = {
    {0.00, 0.00, 0.00, 0.00}, {0.13, 0.05, 0.02, 0.30}, {0.28, 0.35, 0.02, 0.50},
    {0.45, 0.72, 0.05, 0.30}, {0.62, 0.95, 0.30, 0.05}, {0.80, 1.00, 0.70, 0.10},
    {0.93, 1.00, 0.95, 0.55}, {1.00, 1.00, 1.00, 1.00},
};

template <size_t N>
QVector<QRgb> interpolate(const Anchor (&a)[N])
{
    QVector<QRgb> t(256);
    for (int i = 0; i < 256; ++i) {
        const double x = i / 255.0;
        size_t k = 0;
        while (k + 2 < N && a[k + 1].t < x)
            ++k;
        const double u = std::clamp((x - a[k].t) / (a[k + 1].t - a[k].t), 0.0, 1.0);
        auto ch = [&](double c0, double c1) { return int(std::lround(255.0 * (c0 + u * (c1 - c0)))); };
        t[i] = qRgb(ch(a[k].r, a[k + 1].r), ch(a[k].g, a[k + 1].g), ch(a[k].b, a[k + 1].b));
    }
    return t;
}

} // namespace

ColourMap::ColourMap(Id id) : m_id(id)
{
    switch (id) {
    case Greyscale:
    case InvertedGreyscale:
        m_table.resize(256);
        for (int i = 0; i < 256; ++i) {
            const int v = id == Greyscale ? i : 255 - i;
            m_table[i] = qRgb(v, v, v);
        }
        break;
    case Sox:
        m_table = interpolate(kSox);
        break;
    case Viridis:
    default:
        m_id = Viridis;
        m_table = interpolate(kViridis);
        break;
    }
}

QString ColourMap::name(Id id)
{
    switch (id) {
    case Viridis: return QStringLiteral("Viridis");
    case Greyscale: return QStringLiteral("Greyscale");
    case InvertedGreyscale: return QStringLiteral("Inverted greyscale");
    case Sox: return QStringLiteral("Sox");
    default: return QStringLiteral("Viridis");
    }
}

QString ColourMap::displayName(Id id)
{
    switch (id) {
    case Greyscale: return QCoreApplication::translate("st::ColourMap", "Greyscale");
    case InvertedGreyscale: return QCoreApplication::translate("st::ColourMap", "Inverted greyscale");
    case Sox: return QCoreApplication::translate("st::ColourMap", "Sox");
    default: return QCoreApplication::translate("st::ColourMap", "Viridis");
    }
}

QStringList ColourMap::names()
{
    QStringList out;
    for (int i = 0; i < Count; ++i)
        out << name(Id(i));
    return out;
}

ColourMap::Id ColourMap::fromName(const QString &n)
{
    for (int i = 0; i < Count; ++i)
        if (name(Id(i)).compare(n, Qt::CaseInsensitive) == 0)
            return Id(i);
    return Viridis;
}

QRgb ColourMap::at(double t) const
{
    if (!(t >= 0.0))
        return m_table[0];
    return m_table[std::min(255, int(t * 255.0 + 0.5))];
}

} // namespace st
