#include "analysis/CaseAnalysis.h"

#include "util/Error.h"

#include <QJsonDocument>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::CaseAnalysis) };
} // namespace

namespace st {

AnalysisSettings caseAnalysisSettings(const CaseFile &c, AnalysisSettings base)
{
    const QString t = c.qualityThresholdsJson();
    if (!t.trimmed().isEmpty()) {
        QJsonParseError pe{};
        const QJsonDocument d = QJsonDocument::fromJson(t.toUtf8(), &pe);
        if (!d.isObject())
            throw Error(c.path(), Text::tr("the case's quality thresholds are not a JSON object (%1)").arg(pe.errorString()));
        base.qualityThresholds = d.object();
    }
    return base;
}

StoredAnalysis analyseCaseItem(CaseFile &c, qint64 evidenceId, const AnalysisSettings &settings, ModelCache &cache,
                               JobContext *ctx, AnalysisResult *result)
{
    if (c.isReadOnly())
        throw Error(c.path(), Text::tr("the case is open read-only (%1): nothing can be analysed or stored; use Save As")
                                  .arg(c.readOnlyReason()));
    const EvidenceVerification v = c.verifyEvidence(evidenceId);
    if (v.state != EvidenceState::Ok)
        throw Error(v.path, Text::tr("evidence item %1 is not analysed: %2").arg(evidenceId).arg(v.message));
    c.requireAnalysable(evidenceId);
    const AnalysisResult r = analyseEvidence(v.path, settings, cache, ctx, v.expectedSha256);
    const QString settingsJson = QString::fromUtf8(QJsonDocument(r.settings.toJson()).toJson(QJsonDocument::Compact));
    const QString resultJson = QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    const StoredAnalysis stored = c.storeAnalysis(evidenceId, QStringLiteral("full"), settingsJson, resultJson, r.provenance.evidenceSha256);
    if (result)
        *result = r;
    return stored;
}

AnalysisResult storedAnalysisResult(const CaseFile &c, const StoredAnalysis &a)
{
    QJsonParseError pe{};
    const QJsonDocument d = QJsonDocument::fromJson(a.resultJson.toUtf8(), &pe);
    if (!d.isObject())
        throw Error(c.path(), Text::tr("analysis %1: its stored result is not a JSON object (%2)").arg(a.id).arg(pe.errorString()));
    try {
        return AnalysisResult::fromJson(d.object());
    } catch (const Error &e) {
        throw Error(c.path(), QStringLiteral("analysis %1: %2").arg(a.id).arg(e.message()));
    }
}

} // namespace st
