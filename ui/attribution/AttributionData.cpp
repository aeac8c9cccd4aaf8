#include "attribution/AttributionData.h"
#include "common/LocaleFormat.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace st {

AttributionData::AttributionData(QObject *parent) : QObject(parent) {}

void AttributionData::setReport(std::shared_ptr<const AttributionReport> report, int documentRate, const QString &note)
{
    m_report = std::move(report);
    m_staleReason.clear();
    m_note = note;
    m_docRate = documentRate > 0 ? documentRate : (m_report ? m_report->result.sampleRate : 0);
    updateClips();
    emit changed();
}

void AttributionData::clear()
{
    m_report.reset();
    m_staleReason.clear();
    m_note.clear();
    emit changed();
}

void AttributionData::setStale(const QString &reason)
{
    if (reason == m_staleReason)
        return;
    m_staleReason = reason;
    emit changed();
}

QString AttributionData::badgeText() const
{
    if (!m_report)
        return {};
    if (isStale())
        return tr("stale: %1").arg(m_staleReason);
    return m_note;
}

void AttributionData::paintBadge(QPainter &p, const QRect &r) const
{
    const QString text = badgeText();
    if (text.isEmpty() || r.width() < 40 || r.height() < 12)
        return;
    p.save();
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    const QFontMetrics fm(f);
    const QString shown = fm.elidedText(text, Qt::ElideRight, r.width() - 12);
    const QRect box(r.left() + 4, r.top() + 4, fm.horizontalAdvance(shown) + 8, fm.height() + 4);
    p.fillRect(box, isStale() ? QColor(40, 40, 40, 220) : QColor(20, 20, 60, 200));
    p.setPen(isStale() ? QColor(255, 210, 120) : QColor(235, 235, 255));
    p.drawText(box, Qt::AlignCenter, shown);
    p.restore();
}

double AttributionData::frameForSample(double sample) const
{
    return modelRate() > 0 ? sample * m_docRate / modelRate() : 0.0;
}

double AttributionData::sampleForFrame(double frame) const
{
    return m_docRate > 0 ? frame * modelRate() / m_docRate : 0.0;
}

int AttributionData::displaySign() const
{
    return m_report && m_report->result.spoofSign < 0 ? -1 : 1;
}

QString AttributionData::vermillionMeaning() const
{
    if (!m_report)
        return {};
    return displaySign() > 0 ? m_report->result.positiveMeaning : m_report->result.negativeMeaning;
}

QString AttributionData::blueMeaning() const
{
    if (!m_report)
        return {};
    return displaySign() > 0 ? m_report->result.negativeMeaning : m_report->result.positiveMeaning;
}

void AttributionData::setClipPercentile(double p)
{
    m_percentile = std::clamp(p, 50.0, 100.0);
    updateClips();
    emit changed();
}

QString AttributionData::unitName() const
{
    if (m_report && m_report->result.targetSpec.startsWith(QLatin1String("cosine")))
        return tr("cosine");
    return tr("logit");
}

QString AttributionData::percentileText() const
{
    // An ordinal ("99th"; German "99."): each suffix is a message of its own, disambiguated as an ordinal.
    const double p = m_percentile;
    const QString n = shownLocale().toString(p, 'g', 4);
    const int i = int(p);
    const int last = i % 10, lastTwo = i % 100;
    if (p != std::floor(p) || (lastTwo >= 11 && lastTwo <= 13) || last == 0 || last > 3)
        return tr("%1th", "ordinal number (percentile)").arg(n);
    if (last == 1)
        return tr("%1st", "ordinal number (percentile)").arg(n);
    if (last == 2)
        return tr("%1nd", "ordinal number (percentile)").arg(n);
    return tr("%1rd", "ordinal number (percentile)").arg(n);
}

double AttributionData::scoreChange() const
{
    return m_report ? m_report->result.fInput - m_report->result.fBaseline : 0.0;
}

QString AttributionData::shareOfChange(double value) const
{
    const double d = scoreChange();
    if (!(std::abs(d) > 1e-12))
        return tr("n/a");
    const double pct = 100.0 * value / d;
    return QStringLiteral("%1 %").arg(shownLocale().toString(pct, std::abs(pct) >= 1.0 ? 'f' : 'g', std::abs(pct) >= 1.0 ? 1 : 2));
}

QString AttributionData::mapClipText() const
{
    if (!m_report)
        return {};
    return tr("clipped at the %1 percentile of |a| = %2 %3 per bin (%4 of the change of the score); stronger values are drawn at "
              "full strength")
        .arg(percentileText(), shownLocale().toString(m_mapClip, 'g', 2), unitName(), shareOfChange(m_mapClip));
}

QString AttributionData::envelopeClipText() const
{
    if (!m_report)
        return {};
    const double ms = 1000.0 * m_report->envelopes.frameLength / std::max(1, m_report->result.sampleRate);
    return tr("clipped at the %1 percentile of |a| = %2 %3 per %4 ms frame (%5 of the change of the score)")
        .arg(percentileText(), shownLocale().toString(m_envClip, 'g', 2), unitName(), shownLocale().toString(ms, 'g', 3), shareOfChange(m_envClip));
}

void AttributionData::updateClips()
{
    if (!m_report)
        return;
    m_envClip = std::max(absPercentile(m_report->envelopes.signedSum, m_percentile), 1e-30);
    m_mapClip = std::max(absPercentile(m_report->tfMap.values, m_percentile), 1e-30);
}

} // namespace st
