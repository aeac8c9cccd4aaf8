#pragma once
// The attributions shown in a window: one finished AttributionReport (computed at the model's rate)
// placed on the document's time axis (frames at the document's rate). The attribution layers and the
// ExplainPanel observe it; changed() fires when a new report arrives or it is cleared.
//
// Colours: a colour-blind-safe pair (Okabe-Ito). Vermillion = evidence for spoof (or, for an attack
// class or a fingerprint target, evidence for that target); blue = evidence for bona fide (or
// against the target). Opacity follows |value| / the `clipPercentile`-th percentile of |value|,
// clipped at 1, so that a few outliers do not wash out the rest.
#include "explain/AttributionReport.h"

#include <QColor>
#include <QObject>
#include <memory>

namespace st {

class AttributionData : public QObject
{
    Q_OBJECT
public:
    explicit AttributionData(QObject *parent = nullptr);

    static QColor forSpoofColour() { return QColor(213, 94, 0); }   ///< vermillion #D55E00
    static QColor forBonafideColour() { return QColor(0, 114, 178); } ///< blue #0072B2

    /// `documentRate`: frames per second of the document the report's clip was read from.
    void setReport(std::shared_ptr<const AttributionReport> report, int documentRate);
    void clear();
    bool isEmpty() const { return !m_report; }
    const std::shared_ptr<const AttributionReport> &report() const { return m_report; }
    int documentRate() const { return m_docRate; }
    int modelRate() const { return m_report ? m_report->result.sampleRate : 0; }

    /// Model samples <-> document frames.
    double frameForSample(double sample) const;
    double sampleForFrame(double frame) const;

    /// +1 when a positive value is drawn vermillion (-1 when the target is the bona fide logit).
    int displaySign() const;
    /// Words for the two colours ("evidence for spoof", ...).
    QString vermillionMeaning() const;
    QString blueMeaning() const;

    /// The outlier clip: `percentile` of |signed envelope| and of |time-frequency map| (default 98).
    void setClipPercentile(double p);
    double clipPercentile() const { return m_percentile; }
    double envelopeClip() const { return m_envClip; }
    double mapClip() const { return m_mapClip; }

signals:
    void changed();

private:
    void updateClips();

    std::shared_ptr<const AttributionReport> m_report;
    int m_docRate = 0;
    double m_percentile = 98.0;
    double m_envClip = 1.0, m_mapClip = 1.0;
};

} // namespace st
