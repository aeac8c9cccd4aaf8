#include "tracing/EmbeddingMapView.h"
#include "common/LocaleFormat.h"

#include "tracing/LibrarySourceModel.h"
#include "common/Theme.h"

#include <QLocale>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace st {

namespace {
QColor levelColour(SourceLevel l)
{
    switch (l) {
    case SourceLevel::Attack: return QColor(0xff, 0x9f, 0x43);
    case SourceLevel::AcousticModel: return QColor(0x6a, 0xa8, 0xff);
    case SourceLevel::Vocoder: return QColor(0x5c, 0xc8, 0x7a);
    case SourceLevel::Codec: return QColor(0xd9, 0x7a, 0xff);
    }
    return Qt::gray;
}

// 12 distinguishable hues for sources.
QColor sourceColour(int i)
{
    return QColor::fromHsv((i * 137) % 360, 170, 245);
}

QScatterSeries *makeSeries(QChart *chart, const QString &name, const QColor &c, double size, bool small)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    QColor fill = c;
    if (small)
        fill.setAlpha(110);
    s->setColor(fill);
    s->setBorderColor(small ? Qt::transparent : QColor(20, 20, 20));
    s->setMarkerSize(size);
    s->setMarkerShape(small ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle);
    chart->addSeries(s);
    return s;
}
} // namespace

EmbeddingMapView::EmbeddingMapView(QWidget *parent) : QWidget(parent), m_chart(new QChart)
{
    m_chart->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
    m_chart->setLocale(shownLocale());
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(2, 2, 2, 2);
    auto *h = new QHBoxLayout;
    m_levelCombo = new QComboBox;
    m_levelCombo->addItem(tr("All levels (colour by level)"), -1);
    for (SourceLevel l : allSourceLevels())
        m_levelCombo->addItem(tr("%1 (colour by source)").arg(LibrarySourceModel::levelTitle(l)), int(l));
    h->addWidget(m_levelCombo, 1);
    v->addLayout(h);
    m_chart->setBackgroundBrush(Theme::background());
    m_chart->setTitleBrush(Theme::axisText());
    m_chart->legend()->setLabelColor(Theme::axisText());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont lf = m_chart->legend()->font();
    lf.setPointSizeF(Theme::axisFontPointSize());
    m_chart->legend()->setFont(lf);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(160, 200);
    v->addWidget(m_view, 1);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    v->addWidget(m_note);
    connect(m_levelCombo, &QComboBox::activated, this,
            [this](int i) { setLevelFilter(m_levelCombo->itemData(i).toInt()); });
    rebuild();
}

void EmbeddingMapView::setMap(std::shared_ptr<const LibraryMap> map)
{
    m_map = std::move(map);
    rebuild();
}

void EmbeddingMapView::setQuery(const std::vector<float> &embedding, const QString &label)
{
    m_query = embedding;
    m_queryLabel = label;
    rebuild();
}

void EmbeddingMapView::setLevelFilter(int level)
{
    m_level = level;
    m_levelCombo->setCurrentIndex(std::max(0, m_levelCombo->findData(level)));
    rebuild();
}

int EmbeddingMapView::seriesCount() const { return int(m_chart->series().size()); }

int EmbeddingMapView::pointCount() const
{
    int n = 0;
    for (QAbstractSeries *s : m_chart->series())
        n += int(static_cast<QScatterSeries *>(s)->count());
    return n;
}

void EmbeddingMapView::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes())
        m_chart->removeAxis(a), delete a;
    if (!m_map || m_map->points.empty()) {
        m_note->setText(tr("Open a library with enrolled sources to see its map."));
        return;
    }
    // Series: fingerprints and enrolments per group (level or source).
    QMap<QString, QScatterSeries *> big, small;
    QStringList order;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    // All levels: the same clip is usually enrolled at every level, so its dot is drawn once, in grey;
    // the fingerprints carry the level colours.
    QSet<QPair<double, double>> drawn;
    const QString clipsName = tr("enrolment clips");
    for (const MapPoint &p : m_map->points) {
        if (m_level >= 0 && int(p.level) != m_level)
            continue;
        if (m_level < 0 && !p.fingerprint) {
            if (drawn.contains({p.x, p.y}))
                continue;
            drawn.insert({p.x, p.y});
            QScatterSeries *&s = small[clipsName];
            if (!s)
                s = makeSeries(m_chart, clipsName, QColor(0x9a, 0xa3, 0xb3), 5, true);
            s->append(p.x, p.y);
            x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
            continue;
        }
        const QString group = m_level < 0 ? LibrarySourceModel::levelTitle(p.level) : p.source;
        if (!order.contains(group))
            order << group;
        const QColor c = m_level < 0 ? levelColour(p.level) : sourceColour(int(order.indexOf(group)));
        QMap<QString, QScatterSeries *> &set = p.fingerprint ? big : small;
        if (!set.contains(group))
            set.insert(group, nullptr);
        QScatterSeries *&s = set[group];
        if (!s)
            s = makeSeries(m_chart, group, c, p.fingerprint ? 11 : 5, !p.fingerprint);
        s->append(p.x, p.y);
        x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    }
    if (!m_query.empty() && m_map->pca && int(m_query.size()) == m_map->pca->dimension()) {
        const auto xy = m_map->pca->project(m_query);
        auto *q = makeSeries(m_chart, m_queryLabel.isEmpty() ? tr("traced clip") : m_queryLabel, Qt::white, 16, false);
        q->setMarkerShape(QScatterSeries::MarkerShapeStar);
        q->append(xy[0], xy.size() > 1 ? xy[1] : 0.0);
        x0 = std::min(x0, xy[0]), x1 = std::max(x1, xy[0]);
        if (xy.size() > 1)
            y0 = std::min(y0, xy[1]), y1 = std::max(y1, xy[1]);
    }
    if (x0 > x1) {
        m_note->setText(tr("No sources at this level."));
        return;
    }
    auto *ax = new QValueAxis, *ay = new QValueAxis;
    const double px = std::max(1e-9, (x1 - x0) * 0.06), py = std::max(1e-9, (y1 - y0) * 0.06);
    ax->setRange(x0 - px, x1 + px);
    ay->setRange(y0 - py, y1 + py);
    const Pca &pca = *m_map->pca;
    ax->setTitleText(tr("PC1 (%1 %)").arg(shownLocale().toString(100 * pca.explainedRatio(0), 'f', 1)));
    ay->setTitleText(pca.components() > 1 ? tr("PC2 (%1 %)").arg(shownLocale().toString(100 * pca.explainedRatio(1), 'f', 1)) : QString());
    for (QValueAxis *a : {ax, ay}) {
        a->setLabelsColor(Theme::axisText());
        a->setTitleBrush(Theme::axisText());
        a->setGridLineColor(Theme::gridLine());
        a->setLinePenColor(Theme::axisLine());
        a->setLabelFormat(QStringLiteral("%.2g"));
        QFont f = a->labelsFont();
        f.setPointSizeF(Theme::axisFontPointSize());
        a->setLabelsFont(f);
        a->setTitleFont(f);
    }
    m_chart->addAxis(ax, Qt::AlignBottom);
    m_chart->addAxis(ay, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(ax);
        s->attachAxis(ay);
    }
    // One legend entry per group (the fingerprint series), none for the enrolment clouds.
    for (QScatterSeries *s : small)
        for (QLegendMarker *mk : m_chart->legend()->markers(s))
            mk->setVisible(!big.contains(s->name()));
    m_note->setText(tr("Squares: fingerprints (source means); dots: enrolment embeddings; axes fitted on %1 distinct "
                       "embeddings%2.")
                        .arg(m_map->distinctEmbeddings)
                        .arg(m_map->leftOut > 0 ? tr(" (%1 dots not drawn)").arg(m_map->leftOut) : QString()));
}

} // namespace st
