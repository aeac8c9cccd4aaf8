// Colour maps and the dB-to-colour scale of the spectrogram and its colour bar.
#include "view/ColourMap.h"
#include "view/DbColourScale.h"

#include <QtTest>
#include <cmath>

using namespace st;

namespace {
// CIE L* of an sRGB colour (D65), for "lightness rises monotonically".
double lightness(QRgb c)
{
    auto lin = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    const double y = 0.2126 * lin(qRed(c)) + 0.7152 * lin(qGreen(c)) + 0.0722 * lin(qBlue(c));
    return y > 216.0 / 24389 ? 116 * std::cbrt(y) - 16 : y * 24389.0 / 27;
}
} // namespace

class TestUiColour : public QObject
{
    Q_OBJECT
private slots:
    void viridisAnchors()
    {
        const ColourMap m(ColourMap::Viridis);
        QCOMPARE(m.table().size(), 256);
        // The published table's first, middle and last entries (#440154, #21918c, #fde725).
        QCOMPARE(m.entry(0), qRgb(68, 1, 84));
        QCOMPARE(m.entry(128), qRgb(33, 145, 140));
        QCOMPARE(m.entry(255), qRgb(253, 231, 37));
        QCOMPARE(m.at(0.0), m.entry(0));
        QCOMPARE(m.at(1.0), m.entry(255));
        QCOMPARE(m.at(-3.0), m.entry(0));
        QCOMPARE(m.at(7.0), m.entry(255));
        QCOMPARE(m.at(std::nan("")), m.entry(0));
    }

    void lightnessIsMonotonic_data()
    {
        QTest::addColumn<int>("id");
        QTest::newRow("viridis") << int(ColourMap::Viridis);
        QTest::newRow("greyscale") << int(ColourMap::Greyscale);
        QTest::newRow("sox") << int(ColourMap::Sox);
    }
    void lightnessIsMonotonic()
    {
        QFETCH(int, id);
        const ColourMap m{ColourMap::Id(id)};
        for (int i = 1; i < 256; ++i)
            QVERIFY2(lightness(m.entry(i)) >= lightness(m.entry(i - 1)) - 0.05, qPrintable(QString::number(i)));
        QVERIFY(lightness(m.entry(255)) - lightness(m.entry(0)) > 50);
    }

    void greyscale()
    {
        const ColourMap g(ColourMap::Greyscale);
        QCOMPARE(g.entry(0), qRgb(0, 0, 0));
        QCOMPARE(g.entry(255), qRgb(255, 255, 255));
        for (int i = 1; i < 256; ++i) {
            QVERIFY(qRed(g.entry(i)) > qRed(g.entry(i - 1)));
            QCOMPARE(qRed(g.entry(i)), qGreen(g.entry(i)));
        }
        const ColourMap inv(ColourMap::InvertedGreyscale);
        QCOMPARE(inv.entry(0), qRgb(255, 255, 255));
        QCOMPARE(inv.entry(255), qRgb(0, 0, 0));
    }

    void names()
    {
        QCOMPARE(ColourMap::names().size(), int(ColourMap::Count));
        for (int i = 0; i < ColourMap::Count; ++i)
            QCOMPARE(ColourMap::fromName(ColourMap::name(ColourMap::Id(i))), ColourMap::Id(i));
        QCOMPARE(ColourMap::fromName(QStringLiteral("GREYSCALE")), ColourMap::Greyscale);
        QCOMPARE(ColourMap::fromName(QStringLiteral("nonsense")), ColourMap::Viridis);
    }

    void dbScale()
    {
        DbColourScale s{-100.0, 0.0, 0.0, true};
        QCOMPARE(s.position(-50), 0.5);
        QCOMPARE(s.index(-50), 128);
        QCOMPARE(s.position(-100), 0.0);
        QCOMPARE(s.position(-120), 0.0);
        QCOMPARE(s.position(10), 1.0);
        QCOMPARE(s.index(0), 255);
        QCOMPARE(s.position(-std::numeric_limits<double>::infinity()), 0.0);
        QCOMPARE(s.position(std::nan("")), 0.0);
        QCOMPARE(s.levelAt(0.25), -75.0);
        // +10 dB gain: -60 dB now shows where -50 dB did.
        s.gainDb = 10;
        QCOMPARE(s.position(-60), 0.5);
        QCOMPARE(s.levelAt(0.5), -60.0);
        // A narrower range: 20 dB over the whole map.
        DbColourScale t{-40.0, -20.0, 0.0, true};
        QCOMPARE(t.position(-30), 0.5);
        QCOMPARE(t.range(), 20.0);
        QVERIFY(t.describe().contains(QStringLiteral("-40.0 to -20.0 dB")));
        // An empty range never divides by zero.
        DbColourScale z{-10.0, -10.0, 0.0, true};
        QCOMPARE(z.position(-10), 0.0);
    }

    void colourBarRoundTrip()
    {
        // What the colour bar draws at height t is the level whose colour is at t.
        const DbColourScale s{-90.0, -10.0, 6.0, true};
        for (double t : {0.0, 0.1, 0.5, 0.9, 1.0})
            QVERIFY(qAbs(s.position(s.levelAt(t)) - t) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestUiColour)
#include "tst_ui_colour.moc"
