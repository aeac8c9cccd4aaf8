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
#include <QString>

class QPainter;
class QRect;
#include <memory>

namespace st {

class AttributionData : public QObject
{
    Q_OBJECT
public:
    explicit AttributionData(QObject *parent = nullptr);

    static QColor forSpoofColour() { return QColor(213, 94, 0); }   ///< vermillion #D55E00
    static QColor forBonafideColour() { return QColor(0, 114, 178); } ///< blue #0072B2

    /// `documentRate`: frames per second of the document the report's clip was read from. `note` marks a
    /// provisional result (e.g. "coarse (8 steps, completeness gap 3.1 %)"); a new report is never stale.
    void setReport(std::shared_ptr<const AttributionReport> report, int documentRate, const QString &note = {});
    void clear();

    /// A result that no longer matches what is being (or was last) asked for: a new run started, or a run
    /// was cancelled or failed. The layers dim it and show badgeText(); the next setReport() or clear()
    /// ends it. Empty reason: not stale.
    void setStale(const QString &reason);
    bool isStale() const { return !m_staleReason.isEmpty() && m_report; }
    QString staleReason() const { return m_staleReason; }
    /// The note of a provisional result (empty: final).
    QString note() const { return m_note; }
    /// What the layers write over the result: "stale: REASON" (stale), the note (provisional), or empty.
    QString badgeText() const;
    /// The opacity factor of a stale result (its colours are drawn this much fainter).
    static constexpr double kStaleDimming = 0.35;
    double dimming() const { return isStale() ? kStaleDimming : 1.0; }
    /// Paints badgeText() (when not empty) in the top-left corner of `r`: a dark box with light text, so it
    /// reads over any spectrogram or waveform.
    void paintBadge(QPainter &p, const QRect &r) const;
    bool isEmpty() const { return !m_report; }
    /// A feature-space result (the bona fide mean baseline): the map is in the model's feature bins and the
    /// waveform envelope is the per-frame sum over them; there are no per-sample attributions.
    bool isFeatureDomain() const { return m_report && m_report->result.baselineKind == QLatin1String("bonafide-mean"); }
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

    /// The attribution's unit: the target's unit ("logit" for a logit or a margin of logits, "cosine" for a
    /// fingerprint's cosine similarity). Per sample in the report, per 20 ms frame in the waveform tint (the
    /// frame's sum), per time-frequency bin in the map.
    QString unitName() const;
    /// "98th" (ordinal of the clip percentile).
    QString percentileText() const;
    /// F(input) - F(baseline) of the clip (0 without a report): the change the attributions add up to.
    double scoreChange() const;
    /// `value` as a share of scoreChange() ("0.15 %"; negative against the change; "n/a" when the score does
    /// not change): the shares of all the attributions add up to the completeness figure.
    QString shareOfChange(double value) const;
    /// The clip statements of the keys: "clipped at the 98th percentile of |a| = 3.2e-04 logit per bin
    /// (0.15 % of the change of the score); stronger values are drawn at full strength".
    QString mapClipText() const;
    QString envelopeClipText() const;

signals:
    void changed();

private:
    void updateClips();

    std::shared_ptr<const AttributionReport> m_report;
    int m_docRate = 0;
    QString m_staleReason, m_note;
    double m_percentile = 98.0;
    double m_envClip = 1.0, m_mapClip = 1.0;
};

} // namespace st
