#include "attribution/AttributionData.h"

#include <algorithm>

namespace st {

AttributionData::AttributionData(QObject *parent) : QObject(parent) {}

void AttributionData::setReport(std::shared_ptr<const AttributionReport> report, int documentRate)
{
    m_report = std::move(report);
    m_docRate = documentRate > 0 ? documentRate : (m_report ? m_report->result.sampleRate : 0);
    updateClips();
    emit changed();
}

void AttributionData::clear()
{
    m_report.reset();
    emit changed();
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

void AttributionData::updateClips()
{
    if (!m_report)
        return;
    m_envClip = std::max(absPercentile(m_report->envelopes.signedSum, m_percentile), 1e-30);
    m_mapClip = std::max(absPercentile(m_report->tfMap.values, m_percentile), 1e-30);
}

} // namespace st
