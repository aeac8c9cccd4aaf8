// The explain display's words and colours, without running a model: the completeness sentence (core),
// the map's colours over every spectrogram colour map, the colour key's unit, percentile and shares,
// the stale and coarse marking of a result, and the remaining-time arithmetic of the panel.
#include "testutil.h"

#include "attribution/AttributionColourKey.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "attribution/ExplainPanel.h"
#include "explain/AttributionReport.h"
#include "document/AudioDocument.h"
#include "view/ColourMap.h"
#include "view/SpectrogramLayer.h"
#include "view/LayerGeometry.h"
#include "view/ViewState.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace st;

namespace {

class TestGeometry : public LayerGeometry
{
public:
    TestGeometry(int64_t frames, int rate, const QRect &rect) : m_rect(rect)
    {
        m_view.setDocument(frames, rate);
        m_view.setWidth(rect.width());
        m_view.fitAll();
    }
    const ViewState &view() const override { return m_view; }
    QRect dataRect() const override { return m_rect; }

private:
    ViewState m_view;
    QRect m_rect;
};

// One second at 16 kHz, a 1 kHz tone; attributions +1e-3 in the first half, -1e-3 in the second (sum 0),
// explaining the spoof logit (positive = evidence for spoof). F goes from 0.5 to 2.5: a change of 2.
std::shared_ptr<AttributionReport> report(double fInput = 2.5, double fBaseline = 0.5)
{
    const int n = 16000;
    std::vector<float> clip(static_cast<size_t>(n));
    IgResult r;
    r.sampleRate = 16000;
    r.attribution.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        clip[size_t(i)] = float(0.5 * std::sin(2.0 * M_PI * 1000.0 * i / 16000.0));
        r.attribution[size_t(i)] = i < n / 2 ? 1e-3f : -1e-3f;
    }
    r.spoofSign = 1;
    r.positiveMeaning = QStringLiteral("evidence for spoof");
    r.negativeMeaning = QStringLiteral("evidence for bona fide");
    r.targetSpec = QStringLiteral("logit:0");
    r.targetDescription = QStringLiteral("logit 0 (spoof)");
    r.modelName = QStringLiteral("synthetic");
    r.fInput = fInput;
    r.fBaseline = fBaseline;
    r.steps = 50;
    r.rule = QStringLiteral("gauss");
    SpectrogramParams p;
    p.fftSize = 512;
    p.hop = 160;
    return std::make_shared<AttributionReport>(AttributionReport::analyze(r, clip, BaselineSettings{}, p));
}

double rgbDistance(const QColor &a, const QColor &b)
{
    return std::hypot(double(a.red() - b.red()), double(a.green() - b.green()), double(a.blue() - b.blue()));
}

} // namespace

class TestUiExplainOverlay : public QObject
{
    Q_OBJECT
private slots:
    void completenessSentenceHandComputed();
    void completenessSentenceWorstWindow();
    void overlayColoursStandApartOnEveryColourMap();
    void colourKeyStatesUnitPercentileAndShares();
    void staleResultIsDimmedAndBadged();
    void remainingTime();
    void spectrogramGreyscaleUnderTheMap();
};

void TestUiExplainOverlay::completenessSentenceHandComputed()
{
    // sum / change = 0.994 / 1.0
    QString s = completenessSentence(0.994, 1.0, 0.0);
    QVERIFY2(s.startsWith(QStringLiteral("the attributions add up to 99.4 % of the change of the score")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("from 0 at the baseline to 1 at the input, +1")), qPrintable(s));
    // Over 100 %: 2.062 / 2 = 103.1 %
    s = completenessSentence(2.062, 2.5, 0.5);
    QVERIFY2(s.contains(QStringLiteral("103.1 % of the change")), qPrintable(s));
    QVERIFY2(s.endsWith(QStringLiteral("3.1 % more than the change")), qPrintable(s));
    // A falling score: F from 0.5 to -0.5 (change -1), sum -0.98: 98.0 % of the fall.
    s = completenessSentence(-0.98, -0.5, 0.5, QStringLiteral("the bona fide logit"));
    QVERIFY2(s.startsWith(QStringLiteral("the attributions add up to 98.0 % of the fall of the bona fide logit")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("-1)")), qPrintable(s));
    // Against the change: -0.5 / 1 = -50.0 %.
    s = completenessSentence(-0.5, 1.0, 0.0);
    QVERIFY2(s.contains(QStringLiteral("-50.0 %")) && s.contains(QStringLiteral("opposite way")), qPrintable(s));
    // No change: no share to state.
    s = completenessSentence(0.01, 0.3, 0.3);
    QVERIFY2(s.contains(QStringLiteral("does not change")) && !s.contains(QLatin1Char('%')), qPrintable(s));
    QVERIFY2(s.endsWith(QStringLiteral("they sum to 0.01")), qPrintable(s));
    // Not finite.
    s = completenessSentence(std::nan(""), 1.0, 0.0);
    QVERIFY2(s.startsWith(QStringLiteral("completeness cannot be stated")), qPrintable(s));
}

void TestUiExplainOverlay::completenessSentenceWorstWindow()
{
    IgResult r;
    r.stitching = QStringLiteral("crossfade");
    r.fInput = 1.0;
    r.fBaseline = 0.0;
    r.attributionSum = 1.0;
    IgWindow a, b;
    a.fInput = 1.0, a.fBaseline = 0.0, a.attributionSum = 0.99, a.completenessError = 0.01;
    b.fInput = 2.0, b.fBaseline = 0.0, b.attributionSum = 1.9, b.completenessError = 0.05;
    r.windows = {a, b};
    QString s = completenessSentence(r);
    QVERIFY2(s.contains(QStringLiteral("95.0 %")) && s.endsWith(QStringLiteral("in the worst of 2 windows")), qPrintable(s));
    r.stitching = QStringLiteral("mean"); // completeness holds for the clip
    s = completenessSentence(r);
    QVERIFY2(s.contains(QStringLiteral("100.0 %")) && !s.contains(QStringLiteral("windows")), qPrintable(s));
}

void TestUiExplainOverlay::overlayColoursStandApartOnEveryColourMap()
{
    for (int id = 0; id < ColourMap::Count; ++id) {
        const auto pair = AttributionHeatmapLayer::overlayColours(ColourMap::Id(id));
        const double ds = AttributionHeatmapLayer::distanceFromMap(pair.first, ColourMap::Id(id));
        const double db = AttributionHeatmapLayer::distanceFromMap(pair.second, ColourMap::Id(id));
        qInfo("%s: spoof %s (%.0f from the map), bona fide %s (%.0f)", qPrintable(ColourMap::name(ColourMap::Id(id))),
              qPrintable(pair.first.name()), ds, qPrintable(pair.second.name()), db);
        // Independently of distanceFromMap: the nearest entry of the table, by brute force.
        const ColourMap map{ColourMap::Id(id)};
        double nearest = 1e9;
        for (int i = 0; i < 256; ++i)
            nearest = std::min({nearest, rgbDistance(pair.first, QColor(map.entry(i))), rgbDistance(pair.second, QColor(map.entry(i)))});
        QCOMPARE(std::min(ds, db), nearest);
        QVERIFY2(nearest >= 120.0, qPrintable(ColourMap::name(ColourMap::Id(id))));
        QVERIFY(rgbDistance(pair.first, pair.second) >= 200.0); // the two signs apart from each other
        // Spoof reddish, bona fide bluish.
        QVERIFY(pair.first.red() > pair.first.blue() + 40 || pair.first == QColor(255, 0, 190));
        QVERIFY(pair.second.blue() > pair.second.red() + 40);
    }
    // The old pair (Okabe-Ito vermillion and blue) is what vanished on Viridis: 54 apart.
    QVERIFY(AttributionHeatmapLayer::distanceFromMap(QColor(0, 114, 178), ColourMap::Viridis) < 80.0);

    // A layer over a colour map draws with that map's pair; over the pixels of a strong region, an opaque outline.
    AttributionData data;
    data.setReport(report(), 16000);
    AttributionHeatmapLayer layer(&data);
    layer.setUnderlay(ColourMap::Viridis);
    const auto vir = AttributionHeatmapLayer::overlayColours(ColourMap::Viridis);
    QColor c = layer.colourFor(data.mapClip());
    QCOMPARE(QColor(c.red(), c.green(), c.blue()), vir.first);
    c = layer.colourFor(-data.mapClip());
    QCOMPARE(QColor(c.red(), c.green(), c.blue()), vir.second);
    QImage img(200, 100, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::black);
    {
        QPainter p(&img);
        layer.paint(p, TestGeometry(16000, 16000, img.rect()));
    }
    int opaque = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            opaque += qAlpha(img.pixel(x, y)) == 255 && qRed(img.pixel(x, y)) > 200 ? 1 : 0;
    QVERIFY(opaque > 0);
}

void TestUiExplainOverlay::colourKeyStatesUnitPercentileAndShares()
{
    AttributionData data;
    AttributionHeatmapLayer layer(&data);
    QVERIFY(AttributionColourKey::lines(data, layer).isEmpty());
    data.setReport(report(), 16000);
    QCOMPARE(data.unitName(), QStringLiteral("logit"));
    QCOMPARE(data.percentileText(), QStringLiteral("98th"));
    data.setClipPercentile(91);
    QCOMPARE(data.percentileText(), QStringLiteral("91st"));
    data.setClipPercentile(99.5);
    QCOMPARE(data.percentileText(), QStringLiteral("99.5th"));
    data.setClipPercentile(98);
    const QStringList lines = AttributionColourKey::lines(data, layer);
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(lines.first().contains(QStringLiteral("logit per time-frequency bin")), qPrintable(all));
    // Greyscale under the map (the default): red for spoof, cyan for bona fide, named in words.
    QVERIFY2(lines.first().contains(QStringLiteral("right (red) evidence for spoof, left (cyan) evidence for bona fide")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("clipped at the 98th percentile of |a| = %1 logit per bin").arg(QString::number(data.mapClip(), 'g', 2))),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("logit per 20 ms frame")), qPrintable(all));
    // Shares of the change of the score (2.5 - 0.5 = 2): the clip value / 2.
    const std::vector<double> ticks = AttributionColourKey::mapTicks(data, layer);
    QCOMPARE(ticks.size(), size_t(5));
    QCOMPARE(ticks.back(), data.mapClip()); // spoof side right, positive = spoof here
    QCOMPARE(ticks[2], 0.0);
    QCOMPARE(data.shareOfChange(0.05), QStringLiteral("2.5 %"));
    QCOMPARE(data.shareOfChange(0.001), QStringLiteral("0.05 %"));
    QVERIFY2(all.contains(QStringLiteral("share of the change of the score: ")), qPrintable(all));
    // Without a change there is no share.
    AttributionData flat;
    flat.setReport(report(1.0, 1.0), 16000);
    QCOMPARE(flat.shareOfChange(0.1), QStringLiteral("n/a"));
    // A falling score (2.5 to 0.5): a negative value is a positive share of the fall.
    flat.setReport(report(0.5, 2.5), 16000);
    QCOMPARE(flat.shareOfChange(-0.05), QStringLiteral("2.5 %"));
    QCOMPARE(flat.shareOfChange(0.05), QStringLiteral("-2.5 %"));
    // A fingerprint target's unit.
    auto cos = report();
    const_cast<IgResult &>(cos->result).targetSpec = QStringLiteral("cosine:A01");
    flat.setReport(cos, 16000);
    QCOMPARE(flat.unitName(), QStringLiteral("cosine"));
    // The key paints (the pane's key and the widget's): something drawn.
    QImage img(400, AttributionColourKey::heightFor(QFont(), 400, data, layer), QImage::Format_RGB32);
    QVERIFY(img.height() > 60);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        AttributionColourKey::paint(p, img.rect(), data, layer);
    }
    int coloured = 0;
    for (int x = 0; x < img.width(); ++x)
        for (int y = 0; y < img.height(); ++y)
            coloured += qRed(img.pixel(x, y)) != qBlue(img.pixel(x, y)) ? 1 : 0;
    QVERIFY(coloured > 100);
}

void TestUiExplainOverlay::staleResultIsDimmedAndBadged()
{
    AttributionData data;
    AttributionLayer wave(&data);
    AttributionHeatmapLayer heat(&data);
    data.setReport(report(), 16000);
    QVERIFY(!data.isStale());
    QVERIFY(data.badgeText().isEmpty());
    const int alpha = heat.colourFor(data.mapClip()).alpha();
    const int tint = wave.tintOf(0).alpha();
    data.setStale(QStringLiteral("run cancelled"));
    QVERIFY(data.isStale());
    QCOMPARE(data.badgeText(), QStringLiteral("stale: run cancelled"));
    QVERIFY(std::abs(heat.colourFor(data.mapClip()).alpha() - alpha * AttributionData::kStaleDimming) <= 1.0);
    QVERIFY(std::abs(wave.tintOf(0).alpha() - tint * AttributionData::kStaleDimming) <= 1.0);
    QVERIFY(AttributionColourKey::lines(data, heat).last().startsWith(QStringLiteral("stale: ")));
    // The badge is painted over the layer: light text on a dark box in the top-left corner.
    QImage img(300, 120, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        heat.paint(p, TestGeometry(16000, 16000, img.rect()));
    }
    QVERIFY(qGray(img.pixel(6, 6)) < 80);
    // A new report is current again; a note marks a provisional one.
    data.setReport(data.report(), 16000, QStringLiteral("coarse (8 steps, completeness gap 3.0 %)"));
    QVERIFY(!data.isStale());
    QCOMPARE(data.badgeText(), QStringLiteral("coarse (8 steps, completeness gap 3.0 %)"));
    QCOMPARE(heat.colourFor(data.mapClip()).alpha(), alpha);
    data.clear();
    QVERIFY(data.badgeText().isEmpty());
}

void TestUiExplainOverlay::remainingTime()
{
    QCOMPARE(ExplainPanel::remainingSeconds(10.0, 0.25), 30.0);
    QCOMPARE(ExplainPanel::remainingSeconds(40.0, 1.0), 0.0);
    QCOMPARE(ExplainPanel::remainingSeconds(5.0, 0.0), -1.0);
    QCOMPARE(ExplainPanel::durationText(0.4), QStringLiteral("under a second"));
    QCOMPARE(ExplainPanel::durationText(7.2), QStringLiteral("about 7 s"));
    QCOMPARE(ExplainPanel::durationText(41.0), QStringLiteral("about 40 s"));
    QCOMPARE(ExplainPanel::durationText(324.0), QStringLiteral("about 5 min"));
    QCOMPARE(ExplainPanel::durationText(-1.0), QStringLiteral("time unknown"));
}

// The window draws the spectrogram in greyscale under the map through an override that leaves the user's
// settings alone and survives a change of them.
void TestUiExplainOverlay::spectrogramGreyscaleUnderTheMap()
{
    AudioDocument doc(QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac")));
    SpectrogramSettings set;
    set.colourMap = ColourMap::Viridis;
    SpectrogramLayer layer(&doc, set);
    QCOMPARE(layer.shownColourMap(), ColourMap::Viridis);
    QSignalSpy changed(&layer, &Layer::changed);
    layer.setColourMapOverride(ColourMap::Greyscale);
    QCOMPARE(layer.shownColourMap(), ColourMap::Greyscale);
    QCOMPARE(layer.settings().colourMap, ColourMap::Viridis);
    QVERIFY(changed.count() >= 1);
    set.colourMap = ColourMap::Sox;
    layer.setSettings(set);
    QCOMPARE(layer.shownColourMap(), ColourMap::Greyscale); // still under the map
    layer.setColourMapOverride(-1);
    QCOMPARE(layer.shownColourMap(), ColourMap::Sox);
    layer.setColourMapOverride(99); // out of range: none
    QCOMPARE(layer.colourMapOverride(), -1);
}

QTEST_MAIN(TestUiExplainOverlay)
#include "tst_ui_explain_overlay.moc"
