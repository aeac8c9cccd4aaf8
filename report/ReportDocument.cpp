#include "report/ReportDocument.h"

#include "BuildInfo.h"
#include "analysis/CaseAnalysis.h"
#include "audio/AudioFile.h"
#include "report/ReportFigures.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <map>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::CaseReport)
};
} // namespace

namespace {

#include "ReportModelCards.inc"

QString esc(const QString &s) { return s.toHtmlEscaped(); }

/// Monospace, small enough that a SHA-256 fits one line of the page body.
QString mono(const QString &s)
{
    return QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono',monospace; font-size:7.5pt\">%1</span>").arg(esc(s));
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("(unknown)");
}

QString num(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("(not finite)");
}

QString sha256OfText(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const char *kTable = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                     "style=\"border-collapse:collapse; border-color:#777777; margin-top:4px; margin-bottom:8px\">";

/// A table of label / value rows (values are HTML).
class KvTable
{
public:
    KvTable &row(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td width=\"27%\" bgcolor=\"#eef1f5\" valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td></tr>")
                      .arg(esc(label), valueHtml);
        return *this;
    }
    QString html() const { return QString::fromLatin1(kTable) + m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

/// A table with a header row.
class GridTable
{
public:
    explicit GridTable(const QStringList &headers)
    {
        m_html = QString::fromLatin1(kTable) + QStringLiteral("<tr>");
        for (const QString &h : headers)
            m_html += QStringLiteral("<th bgcolor=\"#dde3ea\" align=\"left\">%1</th>").arg(esc(h));
        m_html += QStringLiteral("</tr>");
    }
    GridTable &row(const QStringList &cellsHtml)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString &c : cellsHtml)
            m_html += QStringLiteral("<td valign=\"top\">%1</td>").arg(c);
        m_html += QStringLiteral("</tr>");
        return *this;
    }
    /// One cell across every column (a hash that needs the width).
    GridTable &wideRow(int columns, const QString &cellHtml)
    {
        m_html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>").arg(columns).arg(cellHtml);
        return *this;
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

QString notice(const QString &textHtml, bool serious)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" style=\"border-collapse:collapse; "
                          "border-color:%1; margin-top:4px; margin-bottom:8px\"><tr><td bgcolor=\"%2\">%3</td></tr></table>")
        .arg(serious ? QStringLiteral("#b03000") : QStringLiteral("#a08000"),
             serious ? QStringLiteral("#fbe9e2") : QStringLiteral("#fdf6dc"), textHtml);
}

QString list(const QStringList &itemsHtml)
{
    if (itemsHtml.isEmpty())
        return {};
    QString h = QStringLiteral("<ul>");
    for (const QString &i : itemsHtml)
        h += QStringLiteral("<li>%1</li>").arg(i);
    return h + QStringLiteral("</ul>");
}

QStringList escAll(const QStringList &l)
{
    QStringList o;
    for (const QString &s : l)
        o << esc(s);
    return o;
}

QString lrValue(double llr)
{
    const double lr = std::exp(llr);
    return QString::number(lr, lr >= 1000 || lr < 0.001 ? 'e' : 'g', 3);
}

/// What the report knows of one item's newest stored analysis.
struct ItemAnalysis
{
    std::optional<StoredAnalysis> stored;
    std::optional<AnalysisResult> result;
    QString readError;            ///< the stored result could not be read
    QList<StoredAnalysis> older;  ///< superseded analyses of the item
};

ItemAnalysis itemAnalysis(const CaseFile &c, qint64 id)
{
    ItemAnalysis ia;
    const QList<StoredAnalysis> all = c.analyses(id);
    if (all.isEmpty())
        return ia;
    ia.stored = all.last();
    ia.older = all.mid(0, all.size() - 1);
    try {
        ia.result = storedAnalysisResult(c, *ia.stored);
    } catch (const Error &e) {
        ia.readError = e.message();
    } catch (const std::exception &e) {
        ia.readError = QString::fromUtf8(e.what());
    }
    return ia;
}

QString stateWords(const EvidenceItem &e)
{
    switch (e.lastState) {
    case EvidenceState::Ok: return QStringLiteral("verified: SHA-256 equals the intake hash");
    case EvidenceState::Missing: return QStringLiteral("BLOCKED: the file is missing");
    case EvidenceState::Mismatch: return QStringLiteral("BLOCKED: the file has changed since intake");
    case EvidenceState::Unreadable: return QStringLiteral("unreadable at the last verification");
    }
    return {};
}

QString summaryDetection(const ItemAnalysis &ia)
{
    if (!ia.stored)
        return QStringLiteral("no analysis");
    if (!ia.result)
        return QStringLiteral("stored analysis unreadable");
    if (!ia.result->detection)
        return QStringLiteral("no detection");
    const DetectionResult &d = *ia.result->detection;
    QString s = QStringLiteral("score %1").arg(num(d.clip.score, 4));
    if (d.lr.given)
        s += QStringLiteral("<br>LR %1 (%2)").arg(lrValue(d.lr.llr), esc(d.lr.verbal));
    else if (d.lr.due)
        s += QStringLiteral("<br>LR withheld");
    else
        s += QStringLiteral("<br>no calibrated LR");
    return s;
}

QString summaryTrace(const ItemAnalysis &ia)
{
    if (!ia.result || !ia.result->tracing)
        return QStringLiteral("(none)");
    QStringList parts;
    for (const LevelDecision &d : ia.result->tracing->decisions)
        parts << QStringLiteral("%1: %2").arg(esc(sourceLevelName(d.level)), esc(d.decision));
    return parts.join(QStringLiteral("<br>"));
}

QString qualitySection(const QJsonObject &q)
{
    if (q.isEmpty())
        return QStringLiteral("<p>The quality of this item was not measured in this analysis.</p>");
    const QJsonObject verdict = q.value(QStringLiteral("verdict")).toObject();
    const QJsonObject m = q.value(QStringLiteral("measures")).toObject();
    QString h = QStringLiteral("<p><b>Quality gate: %1.</b></p>")
                    .arg(verdict.value(QStringLiteral("passed")).toBool() ? QStringLiteral("passed")
                                                                             : QStringLiteral("FLAGGED (at least one failed finding)"));
    struct Measure { const char *key; const char *label; const char *unit; int decimals; };
    static const Measure measures[] = {
        {"durationSeconds", "duration analysed", "s", 2},     {"sampleRate", "sample rate", "Hz", 0},
        {"netSpeechSeconds", "net speech", "s", 2},           {"snrDb", "signal-to-noise ratio", "dB", 1},
        {"bandwidthHz", "effective bandwidth", "Hz", 0},      {"clippedSampleFraction", "clipped samples (fraction)", "", 5},
        {"dcOffset", "DC offset (full scale)", "", 5},        {"peakDbfs", "peak level", "dBFS", 1},
        {"rmsDbfs", "RMS level", "dBFS", 1},
    };
    GridTable t({QStringLiteral("measure"), QStringLiteral("value")});
    for (const Measure &x : measures) {
        const QJsonValue v = m.value(QLatin1String(x.key));
        if (v.isUndefined())
            continue;
        const QString value = v.isDouble() ? QStringLiteral("%1 %2").arg(num(v.toDouble(), x.decimals), QLatin1String(x.unit)).trimmed()
                                           : (v.isNull() ? QStringLiteral("(not measured)") : esc(v.toVariant().toString()));
        t.row({esc(QLatin1String(x.label)), value});
    }
    h += t.html();
    QStringList findings;
    for (const QJsonValue &f : verdict.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        findings << QStringLiteral("<b>%1</b>: %2").arg(esc(o.value(QStringLiteral("severity")).toString()),
                                                          esc(o.value(QStringLiteral("message")).toString()));
    }
    h += findings.isEmpty() ? QStringLiteral("<p>No findings: every measure is within the case's thresholds.</p>")
                            : QStringLiteral("<p>Findings:</p>") + list(findings);
    return h;
}

QString detectionSection(const DetectionResult &d)
{
    KvTable t;
    t.row(QStringLiteral("model"), QStringLiteral("%1<br>weights SHA-256 %2").arg(esc(d.manifest.name), mono(d.manifest.weightsSha256)));
    t.row(QStringLiteral("detection score"), QStringLiteral("<b>%1</b> (%2)").arg(num(d.clip.score, 4), esc(d.scoreConvention)));
    t.row(QStringLiteral("analysed"),
          QStringLiteral("%1 s of %2 s at %3 Hz, %4 input(s); timeline of %5 windows of %6 s, hop %7 s")
              .arg(num(double(d.clip.analysedEnd - d.clip.analysedStart) / std::max(1, d.modelRate), 2))
              .arg(num(double(d.modelSamples) / std::max(1, d.modelRate), 2))
              .arg(d.modelRate)
              .arg(d.clip.inputs)
              .arg(d.timeline.size())
              .arg(num(double(d.window) / std::max(1, d.modelRate), 2))
              .arg(num(double(d.hop) / std::max(1, d.modelRate), 2)));
    if (!d.timeline.empty()) {
        double lo = d.timeline.front().score, hi = lo;
        for (const TimelineWindow &w : d.timeline) {
            lo = std::min(lo, w.score);
            hi = std::max(hi, w.score);
        }
        t.row(QStringLiteral("window scores"), QStringLiteral("from %1 to %2").arg(num(lo, 4), num(hi, 4)));
    }
    if (d.lr.given) {
        t.row(QStringLiteral("likelihood ratio"),
              QStringLiteral("<b>LR %1</b> (log10 LR %2) for H1 bona fide speech vs H2 synthetic speech")
                  .arg(lrValue(d.lr.llr), num(d.lr.log10Lr(), 2)));
        t.row(QStringLiteral("verbal scale"), QStringLiteral("<b>%1</b>").arg(esc(d.lr.verbal)));
        t.row(QStringLiteral("calibration set"), esc(d.lr.calibration));
    } else if (d.lr.due) {
        t.row(QStringLiteral("likelihood ratio"), QStringLiteral("<b>WITHHELD</b>") + list(escAll(d.lr.withheldReasons)));
        if (!d.lr.calibration.isEmpty())
            t.row(QStringLiteral("calibration set"), esc(d.lr.calibration));
    } else {
        t.row(QStringLiteral("likelihood ratio"),
              QStringLiteral("none: the model states no calibration, so the score is not a likelihood ratio and must not be read as one"));
    }
    if (d.conditionsChecked) {
        const ClipConditions &c = d.conditions;
        t.row(QStringLiteral("measured conditions"),
              QStringLiteral("%1 s long (%2 s active), bandwidth %3 Hz, codec %4, in-distribution score %5")
                  .arg(num(c.seconds, 2), num(c.activeSeconds, 2), num(c.bandwidthHz, 0),
                       esc(c.codec.isEmpty() ? QStringLiteral("unknown") : c.codec),
                       std::isfinite(c.oodScore) ? num(c.oodScore, 3) : QStringLiteral("not measured")));
        t.row(QStringLiteral("validated conditions"),
              d.verdict.inside ? QStringLiteral("inside the conditions the model was validated under")
                               : QStringLiteral("<b>OUTSIDE</b>") + list(escAll(d.verdict.reasons)));
    }
    if (!d.validityError.isEmpty())
        t.row(QStringLiteral("validity file"), esc(d.validityError));
    if (!d.clip.warnings.isEmpty())
        t.row(QStringLiteral("warnings"), list(escAll(d.clip.warnings)));
    return t.html();
}

QString traceSection(const TraceResult &tr)
{
    QString h = KvTable()
                    .row(QStringLiteral("fingerprint library"),
                         QStringLiteral("%1%2<br>SHA-256 %3").arg(esc(tr.libraryPath),
                                                                  tr.defaultLibrary ? QStringLiteral(" (the default library)") : QString(),
                                                                  mono(tr.librarySha256)))
                    .row(QStringLiteral("back-end, model"),
                         QStringLiteral("%1; library bound to %2 (weights SHA-256 %3)")
                             .arg(esc(tr.backend), esc(tr.model.name), mono(tr.model.weightsSha256)))
                    .row(QStringLiteral("validated conditions"),
                         tr.verdict.inside ? QStringLiteral("inside") : QStringLiteral("<b>OUTSIDE</b>") + list(escAll(tr.verdict.reasons)))
                    .html();
    GridTable g({QStringLiteral("level"), QStringLiteral("open-set decision"), QStringLiteral("threshold"),
                 QStringLiteral("candidates (score)"), QStringLiteral("LR of the best candidate")});
    for (std::size_t i = 0; i < tr.decisions.size(); ++i) {
        const LevelDecision &d = tr.decisions[i];
        QStringList cands;
        for (std::size_t k = 0; k < d.ranked.size() && k < 5; ++k)
            cands << QStringLiteral("%1. %2 (%3)").arg(k + 1).arg(esc(d.ranked[k].source), num(d.ranked[k].score, 4));
        if (d.ranked.size() > 5)
            cands << QStringLiteral("… %1 more").arg(d.ranked.size() - 5);
        QString decision = QStringLiteral("<b>%1</b>").arg(esc(d.decision));
        if (d.threshold)
            decision += d.unknown ? QStringLiteral("<br>(best score below the threshold: an unknown source)")
                                  : QStringLiteral("<br>(best score at or above the threshold)");
        else
            decision += QStringLiteral("<br>(no threshold stored: closed-set answer)");
        QString lr = QStringLiteral("no calibration");
        if (i < tr.lrs.size()) {
            const LevelLr &l = tr.lrs[i];
            if (l.given)
                lr = QStringLiteral("LR %1 (log10 %2) for %3: %4").arg(lrValue(l.llr), num(l.log10Lr(), 2), esc(l.source), esc(l.verbal));
            else if (l.due)
                lr = QStringLiteral("WITHHELD") + list(escAll(l.withheldReasons));
        }
        g.row({esc(sourceLevelName(d.level)), decision, d.threshold ? num(*d.threshold, 4) : QStringLiteral("none"),
               cands.join(QStringLiteral("<br>")), lr});
    }
    h += g.html();
    QStringList cal;
    for (const auto &[level, c] : tr.lrCalibrations)
        cal << QStringLiteral("%1: %2 (SHA-256 %3), %4 target and %5 non-target trials, Cllr %6 bits")
                   .arg(esc(sourceLevelName(level)), esc(c.protocolName), mono(c.protocolSha256), QString::number(c.targets),
                        QString::number(c.nontargets), num(c.devCllrCalibrated, 3));
    if (!cal.isEmpty())
        h += QStringLiteral("<p>LR calibrations of the library (H1: the clip comes from the candidate; H2: from another "
                            "enrolled source of the level):</p>") + list(cal);
    return h;
}

QString provenanceTable(const Provenance &p)
{
    return KvTable()
        .row(QStringLiteral("evidence"), QStringLiteral("%1 (%2 bytes)<br>SHA-256 %3").arg(esc(p.evidencePath)).arg(p.evidenceBytes).arg(mono(p.evidenceSha256)))
        .row(QStringLiteral("model"), QStringLiteral("%1 (%2)<br>weights SHA-256 %3<br>manifest SHA-256 %4")
                                          .arg(esc(p.modelName), esc(p.modelKind), mono(p.modelWeightsSha256), mono(p.modelManifestSha256)))
        .row(QStringLiteral("fingerprint library"), p.libraryPath.isEmpty() ? QStringLiteral("(no tracing)")
                                                                             : QStringLiteral("%1<br>SHA-256 %2").arg(esc(p.libraryPath), mono(p.librarySha256)))
        .row(QStringLiteral("detection calibration"), p.calibration.isEmpty() ? QStringLiteral("(none)") : esc(p.calibration))
        .row(QStringLiteral("build"), QStringLiteral("SourceTrace %1, commit %2, %3").arg(esc(p.buildVersion), esc(p.buildCommit), esc(p.buildCompiler)))
        .row(QStringLiteral("run"), QStringLiteral("%1 by %2 on %3, device %4, threads %5")
                                        .arg(esc(p.time), esc(p.user), esc(p.host), esc(p.device))
                                        .arg(p.threads == 0 ? QStringLiteral("library default") : QString::number(p.threads)))
        .html();
}

/// The evidence's samples at `rate` for a figure, read only when the file's SHA-256 is the intake hash now.
std::vector<float> figureSamples(const EvidenceItem &item, int rate, std::size_t expected, QString &why)
{
    if (item.blocked()) {
        why = QStringLiteral("the item is blocked (%1)").arg(stateWords(item));
        return {};
    }
    if (rate <= 0 || expected == 0) {
        why = QStringLiteral("the stored explanation gives no sample rate or no attribution");
        return {};
    }
    try {
        const QString actual = sha256OfFile(item.currentPath);
        if (actual != item.sha256) {
            why = QStringLiteral("the file's SHA-256 is now %1, not the intake hash").arg(actual);
            return {};
        }
        AudioFile f(item.currentPath);
        std::vector<float> x = f.readAll(MixDown, rate);
        if (x.size() != expected) {
            why = QStringLiteral("the decoded clip has %1 samples, the attribution %2").arg(x.size()).arg(expected);
            return {};
        }
        return x;
    } catch (const Error &e) {
        why = e.message();
    }
    return {};
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    const auto inlineMd = [](QString s) {
        s = s.toHtmlEscaped();
        static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
        static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
        s.replace(bold, QStringLiteral("<b>\\1</b>"));
        s.replace(code, QStringLiteral("<i>\\1</i>"));
        return s;
    };
    QString html, para;
    bool inList = false;
    QString item;
    const auto flushPara = [&] {
        if (!para.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(inlineMd(para.trimmed()));
        para.clear();
    };
    const auto flushItem = [&] {
        if (!item.isEmpty())
            html += QStringLiteral("<li>%1</li>").arg(inlineMd(item.trimmed()));
        item.clear();
    };
    const auto closeList = [&] {
        flushItem();
        if (inList)
            html += QStringLiteral("</ul>");
        inList = false;
    };
    for (const QString &raw : markdown.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flushPara();
            closeList();
            continue;
        }
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            flushPara();
            flushItem();
            if (!inList)
                html += QStringLiteral("<ul>");
            inList = true;
            item = line.mid(2);
        } else if (line.startsWith(QLatin1Char('#'))) {
            flushPara();
            closeList();
            html += QStringLiteral("<p><b>%1</b></p>").arg(inlineMd(line.section(QLatin1Char(' '), 1)));
        } else if (inList) {
            item += QLatin1Char(' ') + line;
        } else {
            para += QLatin1Char(' ') + line;
        }
    }
    flushPara();
    closeList();
    return html;
}

QString modelCardLimitsHtml(const QString &modelName)
{
    const QString card = QString::fromUtf8(kDefaultModelCard);
    // The card's title names its model: "# Model card: `sourcetrace-default`".
    const QString title = card.section(QLatin1Char('\n'), 0, 0);
    if (!title.contains(QStringLiteral("`%1`").arg(modelName)))
        return {};
    const int start = card.indexOf(QStringLiteral("\n## Known limits"));
    if (start < 0)
        return {};
    const int body = card.indexOf(QLatin1Char('\n'), start + 1);
    int end = card.indexOf(QStringLiteral("\n## "), body);
    if (end < 0)
        end = card.size();
    return markdownToHtml(card.mid(body + 1, end - body - 1));
}

ReportContent buildCaseReport(const CaseFile &c, const ReportOptions &options, const ReportLayout &layout)
{
    ReportContent out;
    const CaseInfo info = c.info();
    const QList<EvidenceItem> all = c.evidence();
    QList<EvidenceItem> items;
    if (options.itemIds.isEmpty()) {
        items = all;
    } else {
        for (qint64 id : options.itemIds) {
            const auto it = std::find_if(all.begin(), all.end(), [id](const EvidenceItem &e) { return e.id == id; });
            if (it == all.end())
                throw Error(c.path(), Text::tr("the case has no evidence item %1 to report").arg(id));
            if (std::none_of(items.begin(), items.end(), [id](const EvidenceItem &e) { return e.id == id; }))
                items << *it;
        }
    }
    out.items.clear();
    for (const EvidenceItem &e : items)
        out.items << e.id;
    out.auditHead = c.auditHead();
    const ChainVerification chain = c.verifyChain();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.title = QStringLiteral("SourceTrace examination report: case %1").arg(info.number);
    out.footer = QStringLiteral("Case %1 · %2 · audit head %3…").arg(info.number, utc(now), out.auditHead.hash.left(16));

    std::map<qint64, ItemAnalysis> analyses;
    for (const EvidenceItem &e : items)
        analyses[e.id] = itemAnalysis(c, e.id);

    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; } "
                        "h1 { font-size: 17pt; color: #1b2a3a; } h2 { font-size: 13pt; color: #1b2a3a; margin-top: 14px; } "
                        "h3 { font-size: 11pt; color: #1b2a3a; } td, th { font-size: 8.5pt; border: 1px solid #777777; } "
                        "table { border-collapse: collapse; }</style></head><body>")
             .arg(esc(out.title));
    // --- title block ---
    h += QStringLiteral("<h1>Examination report: case %1</h1>").arg(esc(info.number));
    h += QStringLiteral("<p>Speech recordings examined for signs of synthesis, and for the generator that made them, with "
                        "SourceTrace. Every figure below is stated from the analyses stored in the case file; each is traceable "
                        "to its evidence, model and settings through the provenance and audit-log sections.</p>");
    h += KvTable()
             .row(QStringLiteral("case number"), esc(info.number))
             .row(QStringLiteral("title"), info.title.isEmpty() ? QStringLiteral("(none)") : esc(info.title))
             .row(QStringLiteral("examiner"), esc(info.examiner))
             .row(QStringLiteral("case created"), utc(info.created))
             .row(QStringLiteral("case id"), mono(info.caseId))
             .row(QStringLiteral("case file"), esc(QFileInfo(c.path()).absoluteFilePath()))
             .row(QStringLiteral("report made"), QStringLiteral("%1 by %2 with SourceTrace %3 (commit %4, %5; Qt %6)")
                                                     .arg(utc(now), esc(c.user()), QStringLiteral(SOURCETRACE_VERSION),
                                                          QStringLiteral(SOURCETRACE_GIT_COMMIT), QStringLiteral(SOURCETRACE_COMPILER),
                                                          QString::fromLatin1(qVersion())))
             .row(QStringLiteral("audit log at the report"), QStringLiteral("%1 entries, head hash<br>%2").arg(out.auditHead.entries).arg(mono(out.auditHead.hash)))
             .row(QStringLiteral("items reported"), QStringLiteral("%1 of %2").arg(items.size()).arg(all.size()))
             .html();
    if (!info.notes.isEmpty())
        h += QStringLiteral("<p><b>Case notes.</b> %1</p>").arg(esc(info.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!options.examinerStatement.isEmpty())
        h += QStringLiteral("<h2>Examiner's statement</h2><p>%1</p>").arg(esc(options.examinerStatement).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    // --- summary ---
    h += QStringLiteral("<h2>1. Summary of results</h2>");
    GridTable summary({QStringLiteral("item"), QStringLiteral("evidence state"), QStringLiteral("quality"), QStringLiteral("detection"),
                       QStringLiteral("tracing (open-set decision)")});
    for (const EvidenceItem &e : items) {
        const ItemAnalysis &ia = analyses[e.id];
        QString quality = QStringLiteral("(not measured)");
        if (ia.result && !ia.result->quality.isEmpty())
            quality = ia.result->quality.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("passed")).toBool()
                          ? QStringLiteral("passed") : QStringLiteral("<b>FLAGGED</b>");
        summary.row({QStringLiteral("%1. %2").arg(e.id).arg(esc(e.label)),
                     e.blocked() ? QStringLiteral("<b>%1</b>").arg(esc(stateWords(e))) : esc(stateWords(e)), quality,
                     summaryDetection(ia), summaryTrace(ia)});
    }
    h += summary.html();
    h += QStringLiteral("<p>The likelihood ratios (LR) weigh the findings under two propositions and are calibrated on the "
                        "stated calibration sets; the verbal scale is the ENFSI guideline's. An LR is withheld, with the "
                        "reason, when the recording lies outside the conditions the model was validated under.</p>");

    // --- evidence ---
    h += QStringLiteral("<h2>2. Evidence</h2>");
    for (const EvidenceItem &e : items) {
        h += QStringLiteral("<h3>Item %1: %2</h3>").arg(e.id).arg(esc(e.label));
        h += KvTable()
                 .row(QStringLiteral("intake SHA-256"), mono(e.sha256))
                 .row(QStringLiteral("size"), QStringLiteral("%1 bytes").arg(e.size))
                 .row(QStringLiteral("taken in"), QStringLiteral("%1 by %2").arg(utc(e.intakeTime), esc(e.intakeUser)))
                 .row(QStringLiteral("taken in from"), esc(e.originalPath))
                 .row(QStringLiteral("file now"), esc(e.currentPath))
                 .row(QStringLiteral("last verification"), QStringLiteral("%1: <b>%2</b>").arg(utc(e.lastVerified), esc(stateWords(e))))
                 .html();
        if (e.blocked())
            h += notice(QStringLiteral("<b>Item %1 is blocked.</b> Its last verification found the file %2 (%3). It must not be "
                                       "analysed again; the analysis below, if any, was made of the file as taken in (its "
                                       "SHA-256 was checked before it ran) and is reported for the record.")
                            .arg(e.id)
                            .arg(e.lastState == EvidenceState::Missing ? QStringLiteral("missing") : QStringLiteral("changed"))
                            .arg(e.lastActualSha256.isEmpty() ? QStringLiteral("no hash") : QStringLiteral("SHA-256 now ") + mono(e.lastActualSha256)),
                        true);
        GridTable v({QStringLiteral("verified (UTC)"), QStringLiteral("by"), QStringLiteral("state"), QStringLiteral("finding")});
        for (const EvidenceVerification &x : c.verificationHistory(e.id))
            v.row({utc(x.time), esc(x.user), esc(evidenceStateName(x.state)), esc(x.message)});
        h += QStringLiteral("<p>Verifications (the intake is the first):</p>") + v.html();
    }

    // --- results per item ---
    h += QStringLiteral("<h2 style=\"page-break-before:always\">3. Results per item</h2>");
    std::map<QString, QPair<QString, QString>> models; // name -> weights hash at the analysis, settings.model
    for (const EvidenceItem &e : items) {
        const ItemAnalysis &ia = analyses[e.id];
        h += QStringLiteral("<h3>Item %1: %2</h3>").arg(e.id).arg(esc(e.label));
        if (!ia.stored) {
            h += notice(QStringLiteral("<b>No analysis is stored for item %1.</b> The report states no result for it.").arg(e.id), false);
            continue;
        }
        const StoredAnalysis &a = *ia.stored;
        h += KvTable()
                 .row(QStringLiteral("analysis reported"), QStringLiteral("analysis %1 (%2), stored %3 by %4").arg(a.id).arg(esc(a.kind), utc(a.created), esc(a.user)))
                 .row(QStringLiteral("evidence SHA-256 verified before it"), mono(a.evidenceSha256))
                 .row(QStringLiteral("result JSON SHA-256"), mono(sha256OfText(a.resultJson)))
                 .row(QStringLiteral("settings JSON SHA-256"), mono(sha256OfText(a.settingsJson)))
                 .row(QStringLiteral("earlier analyses (superseded)"),
                      ia.older.isEmpty() ? QStringLiteral("none")
                                         : [&] {
                                               QStringList l;
                                               for (const StoredAnalysis &o : ia.older)
                                                   l << QStringLiteral("%1 (%2, %3)").arg(o.id).arg(esc(o.kind), utc(o.created));
                                               return l.join(QStringLiteral("; "));
                                           }())
                 .html();
        if (a.evidenceSha256 != e.sha256)
            h += notice(QStringLiteral("The analysis was made of a file whose SHA-256 is not the intake hash."), true);
        if (!ia.result) {
            h += notice(QStringLiteral("<b>The stored result of analysis %1 cannot be read</b>, so no result of item %2 is stated: %3")
                            .arg(a.id).arg(e.id).arg(esc(ia.readError)),
                        true);
            continue;
        }
        const AnalysisResult &r = *ia.result;
        h += QStringLiteral("<p><b>Settings:</b> model %1, detection %2, tracing %3 (library %4, back-end %5), explanation %6.</p>")
                 .arg(esc(r.settings.model.isEmpty() ? QStringLiteral("(the default model)") : r.settings.model),
                      r.settings.detection ? QStringLiteral("on") : QStringLiteral("off"),
                      r.settings.tracing ? QStringLiteral("on") : QStringLiteral("off"),
                      esc(r.settings.library.isEmpty() ? QStringLiteral("the default") : r.settings.library), esc(r.settings.backend),
                      r.settings.explanation ? QStringLiteral("Integrated Gradients, %1 steps, target %2").arg(r.settings.igSteps).arg(esc(r.settings.igTarget))
                                             : QStringLiteral("off"));
        h += QStringLiteral("<p><b>Quality</b></p>") + qualitySection(r.quality);
        h += QStringLiteral("<p><b>Detection</b></p>");
        if (r.detection) {
            h += detectionSection(*r.detection);
            const DetectionResult &d = *r.detection;
            if (!d.timeline.empty()) {
                FigureCaption tc;
                tc.title = QStringLiteral("Item %1: detection score over time").arg(e.id);
                tc.lines << QStringLiteral("clip item %1 (%2)   SHA-256 %3").arg(QString::number(e.id), e.label, e.sha256);
                tc.lines << QStringLiteral("model %1   weights SHA-256 %2").arg(d.manifest.name, d.manifest.weightsSha256);
                tc.lines << QStringLiteral("windows of %1 s, hop %2 s at %3 Hz   whole-clip score %4")
                                .arg(num(double(d.window) / std::max(1, d.modelRate), 2), num(double(d.hop) / std::max(1, d.modelRate), 2),
                                     QString::number(d.modelRate), num(d.clip.score, 4));
                const QString tname = QStringLiteral("figure:%1").arg(out.figures.size() + 1);
                out.figures.append({tname, detectionTimelineFigure(d, tc)});
                h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>").arg(tname).arg(layout.figureWidth);
                h += QStringLiteral("<p style=\"font-size:8pt; color:#333333\">Figure %1. Detection score of each window of item %2 "
                                    "(%3) over the window's span; the dashed line is the whole-clip score stated above. %4</p>")
                         .arg(QString::number(out.figures.size()), QString::number(e.id), esc(d.scoreConvention),
                              esc(tc.lines.join(QStringLiteral("; "))));
            }
            models.emplace(r.detection->manifest.name, qMakePair(r.detection->manifest.weightsSha256, r.settings.model));
        } else {
            h += QStringLiteral("<p>No detection was run in this analysis.</p>");
        }
        h += QStringLiteral("<p><b>Source tracing</b></p>");
        if (r.tracing) {
            h += traceSection(*r.tracing);
            models.emplace(r.tracing->model.name, qMakePair(r.tracing->model.weightsSha256, r.tracing->model.name));
        } else {
            h += QStringLiteral("<p>No tracing was run in this analysis.</p>");
        }
        if (!r.problems.isEmpty())
            h += notice(QStringLiteral("<b>Steps that failed in this analysis:</b>") + list(escAll(r.problems)), false);

        // Explanation figures.
        h += QStringLiteral("<p><b>Explanation</b></p>");
        if (r.explanation) {
            const ExplanationResult &x = *r.explanation;
            h += KvTable()
                     .row(QStringLiteral("method"), QStringLiteral("Integrated Gradients of %1: %2 steps (%3), baseline %4, windows of %5 samples, hop %6, %7")
                                                        .arg(esc(x.targetDescription), QString::number(x.steps), esc(x.rule), esc(x.baseline),
                                                             QString::number(x.windowLength), QString::number(x.windowHop), esc(x.stitching)))
                     .row(QStringLiteral("completeness"), QStringLiteral("F(x) %1, F(baseline) %2, sum of attributions %3: gap %4 % of |F(x) − F(baseline)| "
                                                                         "(smoothed %5 %); %6 jumps holding %7 % of the attribution")
                                                              .arg(num(x.fInput, 5), num(x.fBaseline, 5), num(x.attributionSum, 5),
                                                                   num(100 * x.completenessError, 2), num(100 * x.smoothCompletenessError, 2))
                                                              .arg(x.jumps)
                                                              .arg(num(100 * x.jumpShare, 1)))
                     .row(QStringLiteral("colours"), QStringLiteral("vermillion: %1; blue: %2").arg(esc(x.positiveMeaning), esc(x.negativeMeaning)))
                     .html();
            if (!x.warnings.isEmpty())
                h += notice(QStringLiteral("<b>Explanation warnings:</b>") + list(escAll(x.warnings)), false);
            QString why;
            const std::vector<float> samples = figureSamples(e, x.sampleRate, x.attribution.size(), why);
            const QString model = r.detection ? r.detection->manifest.name : r.provenance.modelName;
            const QString label = QStringLiteral("item %1 (%2)").arg(e.id).arg(e.label);
            const FigureCaption wc = explanationCaption(QStringLiteral("Item %1: waveform and attribution").arg(e.id), label, e.sha256, model, x);
            const QString wname = QStringLiteral("figure:%1").arg(out.figures.size() + 1);
            out.figures.append({wname, attributionWaveformFigure(samples, x, wc)});
            h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>").arg(wname).arg(layout.figureWidth);
            h += QStringLiteral("<p style=\"font-size:8pt; color:#333333\">Figure %1. Waveform of item %2 at %3 Hz with the signed attribution of each "
                                "column behind it. %4</p>")
                     .arg(out.figures.size()).arg(e.id).arg(x.sampleRate).arg(esc(wc.lines.join(QStringLiteral("; "))));
            if (samples.empty()) {
                h += notice(QStringLiteral("The evidence's samples were not read for the figures (%1): the waveform figure shows "
                                           "the attribution alone and there is no spectrogram figure.").arg(esc(why)), false);
            } else {
                const FigureCaption sc = explanationCaption(QStringLiteral("Item %1: spectrogram and attribution").arg(e.id), label, e.sha256, model, x);
                const QString sname = QStringLiteral("figure:%1").arg(out.figures.size() + 1);
                out.figures.append({sname, attributionSpectrogramFigure(samples, x, sc)});
                h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>").arg(sname).arg(layout.figureWidth);
                h += QStringLiteral("<p style=\"font-size:8pt; color:#333333\">Figure %1. Spectrogram of item %2 (Hann window 512, hop %4) with the "
                                    "attribution of each frame spread over frequency by the share of the clip's power in each bin. %3</p>")
                         .arg(QString::number(out.figures.size()), QString::number(e.id), esc(sc.lines.join(QStringLiteral("; "))),
                              QString::number(spectrogramFigureHop(int64_t(samples.size()))));
            }
        } else {
            h += QStringLiteral("<p>No explanation was computed in this analysis.</p>");
        }

        // Annotations of the item.
        const QList<Annotation> notes = c.annotations(e.id);
        h += QStringLiteral("<p><b>Annotations</b></p>");
        if (notes.isEmpty()) {
            h += QStringLiteral("<p>The examiner made no annotations of this item.</p>");
        } else {
            GridTable t({QStringLiteral("#"), QStringLiteral("time (s)"), QStringLiteral("band (Hz)"), QStringLiteral("cue"),
                         QStringLiteral("locality"), QStringLiteral("audible"), QStringLiteral("note"), QStringLiteral("by, when")});
            for (const Annotation &n : notes)
                t.row({QString::number(n.id), QStringLiteral("%1 – %2").arg(num(n.startS, 3), num(n.endS, 3)),
                       n.band ? QStringLiteral("%1 – %2").arg(num(n.band->lowHz, 0), num(n.band->highHz, 0)) : QStringLiteral("all"),
                       esc(cueName(n.cue)), QString::number(n.locality), n.audible ? QStringLiteral("yes") : QStringLiteral("no"),
                       esc(n.text), QStringLiteral("%1, %2").arg(esc(n.author), utc(n.modified))});
            h += t.html();
            if (r.explanation) {
                const AttributionShares s = attributionShareByCue(notes, r.explanation->attribution, r.explanation->sampleRate);
                QStringList shares;
                for (Cue cue : allCues())
                    if (s.share(cue) > 0)
                        shares << QStringLiteral("%1 %2 %").arg(esc(cueName(cue)), num(100 * s.share(cue), 1));
                shares << QStringLiteral("outside every annotation %1 %").arg(num(100 * s.outside, 1));
                h += QStringLiteral("<p>Share of the absolute attribution inside the annotated regions, by cue: %1.</p>")
                         .arg(shares.join(QStringLiteral(", ")));
            }
        }
    }
    // Annotations of items without a readable analysis are still shown (nothing is lost).
    for (const EvidenceItem &e : items) {
        const ItemAnalysis &ia = analyses[e.id];
        if (ia.result)
            continue;
        const QList<Annotation> notes = c.annotations(e.id);
        if (notes.isEmpty())
            continue;
        h += QStringLiteral("<p><b>Annotations of item %1</b> (no readable analysis):</p>").arg(e.id);
        GridTable t({QStringLiteral("#"), QStringLiteral("time (s)"), QStringLiteral("cue"), QStringLiteral("note"), QStringLiteral("by")});
        for (const Annotation &n : notes)
            t.row({QString::number(n.id), QStringLiteral("%1 – %2").arg(num(n.startS, 3), num(n.endS, 3)), esc(cueName(n.cue)), esc(n.text), esc(n.author)});
        h += t.html();
    }

    // --- models and their limits ---
    h += QStringLiteral("<h2 style=\"page-break-before:always\">4. Models and their known limits</h2>");
    if (models.empty())
        h += QStringLiteral("<p>No stored analysis names a model.</p>");
    for (const auto &[name, m] : models) {
        h += QStringLiteral("<h3>Model %1</h3>").arg(esc(name));
        KvTable t;
        t.row(QStringLiteral("weights SHA-256"), mono(m.first));
        // The manifest and validity.json of the model as installed now (the stored results hold the conditions each
        // clip was judged against, not the model's whole card).
        std::optional<ModelManifest> mf;
        QString why;
        for (const QString &ref : {m.second, name, QString()}) {
            try {
                AnalysisSettings s;
                s.model = ref;
                const ModelManifest found = analysisModel(s);
                if (found.name == name) {
                    mf = found;
                    break;
                }
            } catch (const Error &e) {
                if (why.isEmpty())
                    why = e.message();
            }
        }
        if (!mf) {
            t.row(QStringLiteral("manifest"), QStringLiteral("not found in this installation%1").arg(why.isEmpty() ? QString() : QStringLiteral(": ") + esc(why)));
        } else {
            t.row(QStringLiteral("version"), esc(mf->version));
            t.row(QStringLiteral("architecture"), esc(mf->architecture));
            t.row(QStringLiteral("licence"), esc(mf->licence));
            t.row(QStringLiteral("provenance"), esc(mf->provenance));
            if (mf->weightsSha256 != m.first)
                t.row(QStringLiteral("installed now"), QStringLiteral("<b>other weights</b> (SHA-256 %1): what follows describes the "
                                                                      "installed model, not necessarily the one analysed").arg(mono(mf->weightsSha256)));
            try {
                const ValidatedConditions v = ValidatedConditions::forManifest(*mf);
                if (!v.present) {
                    t.row(QStringLiteral("validated conditions"), QStringLiteral("the model states none (no validity.json): it gives no detection LR"));
                } else {
                    if (v.calibrated)
                        t.row(QStringLiteral("detection calibration"),
                              QStringLiteral("%1 (SHA-256 %2): %3 target and %4 non-target trials, Cllr %5 bits, minCllr %6, EER %7 %")
                                  .arg(esc(v.calibrationProtocol), mono(v.calibrationSha256), QString::number(v.calibrationTargets),
                                       QString::number(v.calibrationNontargets), num(v.calibrationCllr, 3), num(v.calibrationMinCllr, 3),
                                       num(100 * v.calibrationEer, 2)));
                    t.row(QStringLiteral("validated conditions"),
                          QStringLiteral("at least %1 s long; bandwidth at least %2 Hz; codec one of %3; in-distribution score at least %4 "
                                         "(%5)")
                              .arg(num(v.minSeconds, 2), num(v.minBandwidthHz, 0), esc(v.codecs.join(QStringLiteral(", "))),
                                   std::isfinite(v.minOodScore) ? num(v.minOodScore, 3) : QStringLiteral("(no check)"),
                                   esc(QFileInfo(v.path).fileName())));
                }
            } catch (const Error &e) {
                t.row(QStringLiteral("validated conditions"), QStringLiteral("cannot be read: %1").arg(esc(e.message())));
            }
        }
        h += t.html();
        const QString limits = modelCardLimitsHtml(name);
        if (limits.isEmpty())
            h += QStringLiteral("<p>This build holds no model card for %1: its known limits are not stated here; see its "
                                "manifest's provenance and the documentation that came with it.</p>").arg(esc(name));
        else
            h += QStringLiteral("<p>Known limits and failure modes, from the model card:</p>") + limits;
    }

    // --- provenance ---
    h += QStringLiteral("<h2>5. Provenance of each result</h2>");
    for (const EvidenceItem &e : items) {
        const ItemAnalysis &ia = analyses[e.id];
        if (!ia.result)
            continue;
        h += QStringLiteral("<h3>Item %1, analysis %2</h3>").arg(e.id).arg(ia.stored->id) + provenanceTable(ia.result->provenance);
    }

    // --- audit log ---
    h += QStringLiteral("<h2>6. Audit log and report versions</h2>");
    h += KvTable()
             .row(QStringLiteral("chain verified now"), chain.ok ? QStringLiteral("intact: %1 entries").arg(chain.entries)
                                                                 : QStringLiteral("<b>BROKEN</b> at entry %1: %2").arg(chain.firstBadSeq).arg(esc(chain.reason)))
             .row(QStringLiteral("head hash at this report"), mono(out.auditHead.hash))
             .row(QStringLiteral("entries at this report"), QString::number(out.auditHead.entries))
             .row(QStringLiteral("tables against the log"), c.integrityProblems().isEmpty() ? QStringLiteral("agree")
                                                                                             : list(escAll(c.integrityProblems())))
             .html();
    const QList<ReportVersion> earlier = c.reportVersions();
    if (earlier.isEmpty()) {
        h += QStringLiteral("<p>No earlier report of this case was recorded.</p>");
    } else {
        GridTable t({QStringLiteral("report"), QStringLiteral("file, format"), QStringLiteral("made"), QStringLiteral("audit entries")});
        for (const ReportVersion &v : earlier) {
            t.row({QString::number(v.id), QStringLiteral("%1, %2").arg(esc(v.fileName), esc(v.format)),
                   QStringLiteral("%1 by %2").arg(utc(v.created), esc(v.user)), QString::number(v.auditEntries)});
            t.wideRow(4, QStringLiteral("SHA-256 %1<br>audit head %2").arg(mono(v.sha256), mono(v.auditHead)));
        }
        h += QStringLiteral("<p>Earlier reports of this case:</p>") + t.html();
    }
    h += QStringLiteral("<p><b>Verifying this report.</b> When it was written, SourceTrace recorded this file's SHA-256 in the case "
                        "(its report versions, and a report.exported entry of the audit log right after entry %1). A copy whose "
                        "SHA-256 differs from the recorded one has been changed. The head hash above must still be in the "
                        "case's audit log: <i>sourcetrace-cli case verify CASE --expect-head %2</i>, or "
                        "scripts/verify_audit_log.py on an exported log.</p>")
             .arg(out.auditHead.entries)
             .arg(esc(out.auditHead.hash));
    h += QStringLiteral("<p align=\"center\">— end of report —</p></body></html>");
    out.html = h;
    return out;
}

} // namespace st
