#pragma once
// The library map (LibraryMap) as a Qt Charts scatter plot: fingerprints as large markers, enrolment
// embeddings as small translucent ones. "All levels" colours by level; choosing one level shows only
// its sources, coloured by source. The traced clip, when given, is a white star at its projection.
// Axis titles give each principal axis' share of the variance.
#include "tracing/LibraryMap.h"

#include <QWidget>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace st {

class EmbeddingMapView : public QWidget
{
    Q_OBJECT
public:
    explicit EmbeddingMapView(QWidget *parent = nullptr);

    void setMap(std::shared_ptr<const LibraryMap> map);
    /// The traced clip's embedding (empty clears).
    void setQuery(const std::vector<float> &embedding, const QString &label);
    /// -1: all levels (colour by level); otherwise int(SourceLevel): that level, colour by source.
    void setLevelFilter(int level);

    /// For tests: points drawn per series name.
    int seriesCount() const;
    int pointCount() const;

private:
    void rebuild();

    std::shared_ptr<const LibraryMap> m_map;
    std::vector<float> m_query;
    QString m_queryLabel;
    int m_level = -1;
    QChart *m_chart;
    QChartView *m_view;
    QComboBox *m_levelCombo;
    QLabel *m_note;
};

} // namespace st
