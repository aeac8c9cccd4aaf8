// CaseFile::verifyRecords(): the case's tables against its audit log. The log says what every change was (the
// case's metadata, each item's intake, relocations and verifications, each analysis's content hashes, each
// annotation as added / changed / imported / removed, each report, the quality thresholds), so replaying it gives
// what the tables must hold; a row changed, added or removed behind the application's back shows as a difference.
#include "case/CaseFile.h"
#include "case/CaseFilePrivate.h"

#include "case/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::CaseRecords) };
} // namespace

namespace st {

using namespace casedb;

namespace {

struct ExpectedItem
{
    QString label, originalPath, sha256, currentPath, state, actualSha256;
    qint64 size = 0;
    QStringList verificationStates; ///< in order, the intake first
};

struct ExpectedAnalysis
{
    qint64 evidenceId = 0;
    QString kind, evidenceSha256, settingsSha256, resultSha256;
};

struct ExpectedReport
{
    QString fileName, sha256, format, auditHead;
    int auditEntries = 0;
};

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(); }

// "what: the table holds 'X', the audit log says 'Y'"; long texts are shown around their first difference.
QString describeDiff(const QString &what, const QString &table, const QString &logged)
{
    constexpr int kShow = 120;
    qsizetype from = 0;
    if (table.size() > kShow || logged.size() > kShow) {
        qsizetype k = 0;
        while (k < table.size() && k < logged.size() && table[k] == logged[k])
            ++k;
        from = std::max<qsizetype>(0, k - 30);
    }
    auto part = [&](const QString &s) {
        return (from > 0 ? QStringLiteral("...") : QString()) + Error::escaped(s.mid(from, kShow))
             + (s.size() > from + kShow ? QStringLiteral("...") : QString());
    };
    return Text::tr("%1: the table holds '%2', the audit log says '%3'").arg(what, part(table), part(logged));
}

} // namespace

QStringList casedb::recordProblems(QSqlDatabase db, const QString &path)
{
    QStringList problems;
    auto problem = [&](const QString &p) {
        if (problems.size() < 100)
            problems << p;
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // --- replay the log ---
    QMap<QString, QString> meta;
    bool created = false;
    QJsonValue thresholds = QJsonValue(QJsonValue::Null);
    QMap<qint64, ExpectedItem> items;
    QMap<qint64, ExpectedAnalysis> analyses;
    QMap<qint64, QByteArray> annotations; // id -> canonical JSON as last logged
    QMap<qint64, ExpectedReport> reports;
    if (!q.exec(QStringLiteral("SELECT seq, action, details FROM audit_log ORDER BY seq")))
        return {Text::tr("cannot read the audit log: %1").arg(q.lastError().text())};
    while (q.next()) {
        const int seq = q.value(0).toInt();
        const QString action = q.value(1).toString();
        const QJsonObject d = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (action == QLatin1String("case.created")) {
            created = true;
            for (const char *k : {"number", "examiner", "title", "notes"})
                meta[QLatin1String(k)] = str(d, k);
            meta[QStringLiteral("case_id")] = str(d, "caseId");
        } else if (action == QLatin1String("quality.thresholds.changed")) {
            thresholds = d.value(QStringLiteral("after"));
        } else if (action == QLatin1String("evidence.added")) {
            ExpectedItem it;
            it.label = str(d, "label");
            it.originalPath = it.currentPath = str(d, "path");
            it.sha256 = it.actualSha256 = str(d, "sha256");
            it.size = num(d, "size");
            it.state = QStringLiteral("ok");
            it.verificationStates << it.state;
            items.insert(num(d, "evidenceId"), it);
        } else if (action == QLatin1String("evidence.verified") || action == QLatin1String("evidence.relocated")) {
            const qint64 id = num(d, "evidenceId");
            if (!items.contains(id)) {
                problem(Text::tr("audit entry %1 (%2) names item %3, which no evidence.added entry took in").arg(seq).arg(action).arg(id));
                continue;
            }
            ExpectedItem &it = items[id];
            it.state = str(d, "state");
            if (action == QLatin1String("evidence.relocated")) {
                it.currentPath = str(d, "to");
                it.actualSha256 = str(d, "sha256");
            } else {
                it.actualSha256 = str(d, "actualSha256");
            }
            it.verificationStates << it.state;
        } else if (action == QLatin1String("analysis.stored")) {
            analyses.insert(num(d, "analysisId"), ExpectedAnalysis{num(d, "evidenceId"), str(d, "kind"), str(d, "evidenceSha256"),
                                                                   str(d, "settingsSha256"), str(d, "resultSha256")});
        } else if (action == QLatin1String("annotation.added") || action == QLatin1String("annotation.changed")) {
            annotations.insert(num(d, "annotationId"), canonicalJson(d.value(QStringLiteral("after"))));
        } else if (action == QLatin1String("annotation.removed")) {
            annotations.remove(num(d, "annotationId"));
        } else if (action == QLatin1String("annotations.imported")) {
            for (const QJsonValue &a : d.value(QStringLiteral("annotations")).toArray())
                annotations.insert(a.toObject().value(QStringLiteral("annotationId")).toInteger(), canonicalJson(a));
        } else if (action == QLatin1String("report.exported")) {
            reports.insert(num(d, "reportId"), ExpectedReport{str(d, "fileName"), str(d, "sha256"), str(d, "format"),
                                                              str(d, "auditHead"), int(num(d, "auditEntries"))});
        }
    }
    if (!created)
        problem(Text::tr("the audit log has no case.created entry"));

    // --- the tables ---
    if (created) {
        if (q.exec(QStringLiteral("SELECT key, value FROM meta")))
            while (q.next()) {
                const QString key = q.value(0).toString(), value = q.value(1).toString();
                if (meta.contains(key) && meta.value(key) != value)
                    problem(describeDiff(Text::tr("the case's %1").arg(key), value, meta.value(key)));
                if (key == QLatin1String("quality_thresholds")) {
                    const QJsonValue stored = value.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(QJsonDocument::fromJson(value.toUtf8()).object());
                    if (canonicalJson(stored) != canonicalJson(thresholds))
                        problem(describeDiff(Text::tr("the quality thresholds"), value, QString::fromUtf8(canonicalJson(thresholds))));
                }
            }
    }
    if (q.exec(QStringLiteral("SELECT id, label, original_path, current_path, size, sha256, last_state, last_actual_sha256 FROM evidence ORDER BY id"))) {
        QSet<qint64> seen;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            seen.insert(id);
            if (!items.contains(id)) {
                problem(Text::tr("evidence item %1 is in the table but the audit log never took it in").arg(id));
                continue;
            }
            const ExpectedItem &e = items[id];
            const QString what = Text::tr("item %1's %2").arg(id);
            if (q.value(1).toString() != e.label) problem(describeDiff(what.arg(QStringLiteral("label")), q.value(1).toString(), e.label));
            if (q.value(2).toString() != e.originalPath) problem(describeDiff(what.arg(Text::tr("original path")), q.value(2).toString(), e.originalPath));
            if (q.value(3).toString() != e.currentPath) problem(describeDiff(what.arg(Text::tr("current path")), q.value(3).toString(), e.currentPath));
            if (q.value(4).toLongLong() != e.size) problem(describeDiff(what.arg(QStringLiteral("size")), q.value(4).toString(), QString::number(e.size)));
            if (q.value(5).toString() != e.sha256) problem(describeDiff(what.arg(Text::tr("intake SHA-256")), q.value(5).toString(), e.sha256));
            if (q.value(6).toString() != e.state) problem(describeDiff(what.arg(Text::tr("last state")), q.value(6).toString(), e.state));
            if (q.value(7).toString() != e.actualSha256) problem(describeDiff(what.arg(Text::tr("last SHA-256 found")), q.value(7).toString(), e.actualSha256));
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            if (!seen.contains(it.key()))
                problem(Text::tr("evidence item %1 was taken in (audit log) but is not in the table").arg(it.key()));
    } else {
        problem(Text::tr("cannot read the evidence table: %1").arg(q.lastError().text()));
    }
    if (q.exec(QStringLiteral("SELECT evidence_id, state FROM verifications ORDER BY id"))) {
        QMap<qint64, QStringList> states;
        while (q.next())
            states[q.value(0).toLongLong()] << q.value(1).toString();
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            if (states.value(it.key()) != it.value().verificationStates)
                problem(describeDiff(Text::tr("item %1's verifications").arg(it.key()), states.value(it.key()).join(QLatin1Char(',')),
                                     it.value().verificationStates.join(QLatin1Char(','))));
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            if (!items.contains(it.key()))
                problem(Text::tr("verifications of item %1, which the audit log never took in").arg(it.key()));
    }
    if (q.exec(QStringLiteral("SELECT id, evidence_id, kind, settings, result, evidence_sha256 FROM analyses ORDER BY id"))) {
        QSet<qint64> seen;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            seen.insert(id);
            if (!analyses.contains(id)) {
                problem(Text::tr("analysis %1 is in the table but the audit log never stored it").arg(id));
                continue;
            }
            const ExpectedAnalysis &e = analyses[id];
            if (q.value(1).toLongLong() != e.evidenceId || q.value(2).toString() != e.kind || q.value(5).toString() != e.evidenceSha256)
                problem(Text::tr("analysis %1's item, kind or evidence SHA-256 differ from its audit entry").arg(id));
            if (sha256OfText(q.value(3).toString()) != e.settingsSha256)
                problem(Text::tr("analysis %1's settings differ from those logged (SHA-256 %2, logged %3)")
                            .arg(id).arg(sha256OfText(q.value(3).toString()), e.settingsSha256));
            if (sha256OfText(q.value(4).toString()) != e.resultSha256)
                problem(Text::tr("analysis %1's result differs from the one logged (SHA-256 %2, logged %3)")
                            .arg(id).arg(sha256OfText(q.value(4).toString()), e.resultSha256));
        }
        for (auto it = analyses.cbegin(); it != analyses.cend(); ++it)
            if (!seen.contains(it.key()))
                problem(Text::tr("analysis %1 was stored (audit log) but is not in the table").arg(it.key()));
    }
    if (q.exec(QStringLiteral("SELECT id, evidence_id, start_s, end_s, low_hz, high_hz, cue, locality, audible, text, author FROM annotations ORDER BY id"))) {
        QSet<qint64> seen;
        while (q.next()) {
            Annotation a;
            a.id = q.value(0).toLongLong();
            a.evidenceId = q.value(1).toLongLong();
            a.startS = q.value(2).toDouble();
            a.endS = q.value(3).toDouble();
            if (!q.value(4).isNull() && !q.value(5).isNull())
                a.band = FrequencyBand{q.value(4).toDouble(), q.value(5).toDouble()};
            const std::optional<Cue> cue = parseCue(q.value(6).toString());
            a.cue = cue.value_or(Cue::Unclear);
            a.locality = q.value(7).toInt();
            a.audible = q.value(8).toInt() != 0;
            a.text = q.value(9).toString();
            a.author = q.value(10).toString();
            seen.insert(a.id);
            if (!annotations.contains(a.id)) {
                problem(Text::tr("annotation %1 is in the table but the audit log has no such annotation").arg(a.id));
                continue;
            }
            const QByteArray now = canonicalJson(annotationToJson(a));
            if (!cue || now != annotations.value(a.id))
                problem(describeDiff(Text::tr("annotation %1").arg(a.id), QString::fromUtf8(now), QString::fromUtf8(annotations.value(a.id))));
        }
        for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
            if (!seen.contains(it.key()))
                problem(Text::tr("annotation %1 exists according to the audit log but is not in the table").arg(it.key()));
    }
    if (q.exec(QStringLiteral("SELECT id, file_name, sha256, format, audit_head, audit_entries FROM reports ORDER BY id"))) {
        QSet<qint64> seen;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            seen.insert(id);
            const auto it = reports.constFind(id);
            if (it == reports.cend()) {
                problem(Text::tr("report version %1 is in the table but the audit log never recorded it").arg(id));
                continue;
            }
            if (q.value(1).toString() != it->fileName || q.value(2).toString() != it->sha256 || q.value(3).toString() != it->format
                || q.value(4).toString() != it->auditHead || q.value(5).toInt() != it->auditEntries)
                problem(Text::tr("report version %1 differs from its report.exported entry").arg(id));
        }
        for (auto it = reports.cbegin(); it != reports.cend(); ++it)
            if (!seen.contains(it.key()))
                problem(Text::tr("report version %1 was recorded (audit log) but is not in the table").arg(it.key()));
    }
    return problems;
}

QStringList CaseFile::verifyRecords() const
{
    const CaseConnectionUse use(*d);
    return recordProblems(d->db(), d->path);
}

} // namespace st
