// The output folder of an evaluation run: which files a run may write, the refusal to write into a folder holding
// anything else, stale outputs of an earlier run, the metrics table and metrics.json (written last: its presence
// marks a complete run); and the number formatting shared by every CSV.
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace st::evalrun {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationOutput)
};
} // namespace

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString csvNum(double v, int precision)
{
    if (std::isnan(v))
        return QString();
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', precision);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void writeText(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
    f.write(data);
    if (!f.commit())
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
}

namespace {

QString metricsTableCsv(const std::vector<SplitMetrics> &rows)
{
    QString s = QStringLiteral("level,subset,n_target,n_nontarget,eer_percent,rocch_eer_percent,min_dcf,cllr_bits,"
                               "min_cllr_bits\n");
    for (const SplitMetrics &m : rows)
        s += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                 .arg(csvField(m.level), m.subset)
                 .arg(m.targets)
                 .arg(m.nontargets)
                 .arg(csvNum(m.eer * 100.0, 6), csvNum(m.rocchEer * 100.0, 6), csvNum(m.minDcf.dcf, 6),
                      csvNum(m.cllr, 6), csvNum(m.minCllr, 6));
    return s;
}

/// Every file an evaluate run may write. An output folder may hold these (an earlier run) and nothing else.
const QStringList &outputNames()
{
    static const QStringList names{
        QStringLiteral("metrics.json"),      QStringLiteral("metrics_table.csv"), QStringLiteral("det.csv"),
        QStringLiteral("histograms.csv"),    QStringLiteral("tippett.csv"),       QStringLiteral("confusion.csv"),
        QStringLiteral("detection_eer.csv"), QStringLiteral("pooled_eer_kn.csv"), QStringLiteral("pooled_eer_ukn.csv"),
        QStringLiteral("split.csv"),         QStringLiteral("trial_scores.csv")};
    return names;
}

/// Outputs of an earlier run into the same folder that this run did not write (e.g. tippett.csv of a calibrated
/// run): removed before metrics.json is written, so that the folder describes one run only.
void removeStaleOutputs(const EvaluationResult &r, const QString &dir)
{
    QSet<QString> written;
    for (const QString &f : r.writtenFiles)
        written.insert(QFileInfo(f).fileName());
    for (const QString &name : outputNames()) {
        if (written.contains(name) || name == QLatin1String("metrics.json"))
            continue;
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo::exists(path) && !QFile::remove(path))
            throw Error(path, Text::tr("cannot remove this output of an earlier run"));
    }
}

} // namespace

QJsonObject inputsJson(const EvaluationOptions &o)
{
    QJsonObject in;
    const auto add = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            in.insert(QLatin1String(key), QFileInfo(v).absoluteFilePath());
    };
    add("protocol", o.protocol);
    add("scores", o.scores);
    add("embeddings", o.embeddings);
    add("trials", o.trials);
    return in;
}

void writeOut(EvaluationResult &r, const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(dir).absoluteFilePath(name);
    writeText(path, data);
    r.writtenFiles << path;
}

void writeCommonOutputs(EvaluationResult &r, const EvaluationOptions &o)
{
    const QString &dir = o.outDir;
    writeOut(r, dir, QStringLiteral("metrics_table.csv"), metricsTableCsv(r.metrics).toUtf8());
    writeOut(r, dir, QStringLiteral("det.csv"), detCsv(r.scoreSets).toUtf8());
    QString hist;
    for (const ScoreSet &s : r.scoreSets) {
        if (s.targets.empty() || s.nontargets.empty())
            continue;
        QString part = histogramCsv(s.name, computeScoreHistogram(s.targets, s.nontargets, o.histogramBins));
        if (!hist.isEmpty())
            part = part.mid(part.indexOf(QLatin1Char('\n')) + 1); // one header for all sets
        hist += part;
    }
    writeOut(r, dir, QStringLiteral("histograms.csv"), hist.toUtf8());
    std::vector<ScoreSet> llrSets;
    for (const ScoreSet &s : r.scoreSets)
        if (s.areLlrs)
            llrSets.push_back(s);
    if (!llrSets.empty())
        writeOut(r, dir, QStringLiteral("tippett.csv"), tippettCsv(llrSets).toUtf8());
    if (r.hasClassification)
        writeOut(r, dir, QStringLiteral("confusion.csv"), confusionCsv(r.classification).toUtf8());
    removeStaleOutputs(r, dir);
    // metrics.json last, listing everything written before it: its presence marks a complete run
    QJsonArray files;
    for (const QString &f : r.writtenFiles)
        files.append(QFileInfo(f).fileName());
    files.append(QStringLiteral("metrics.json"));
    r.json.insert(QStringLiteral("files"), files);
    writeOut(r, dir, QStringLiteral("metrics.json"), QJsonDocument(r.json).toJson(QJsonDocument::Indented));
}

/// Creates the output folder, or checks that an existing one holds nothing but outputs of an earlier evaluate
/// run (which are replaced); anything else is refused, never clobbered. Then removes the earlier metrics.json:
/// it is written last, so a folder without one is an incomplete run (interrupted, disk full) whatever else it
/// holds. Every file is written to a temporary file in the folder and renamed (QSaveFile): none is ever
/// half-written.
void makeOutDir(const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QFileInfo fi(dir);
    if (fi.exists() && !fi.isDir())
        throw Error(dir, Text::tr("the output folder exists and is not a folder"));
    if (!QDir().mkpath(dir))
        throw Error(dir, Text::tr("cannot create the output folder"));
    const QSet<QString> known(outputNames().begin(), outputNames().end());
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    static const QRegularExpression leftover(QStringLiteral("^(.+)\\.[A-Za-z0-9]{6}$")); // QSaveFile's temporary
    for (const QFileInfo &e : entries) {
        const QString name = e.fileName();
        const auto m = leftover.match(name);
        const bool isLeftover = m.hasMatch() && known.contains(m.captured(1)) && e.isFile() && !e.isSymLink();
        if (isLeftover) {
            QFile::remove(e.filePath()); // a temporary file of a killed run
            continue;
        }
        if (!known.contains(name) || e.isSymLink() || !e.isFile())
            throw Error(dir, Text::tr("the output folder holds '%1', which is not an output of `evaluate`: "
                                            "refusing to write into it (give a new or empty folder, or one "
                                            "an earlier evaluate run wrote)")
                                 .arg(name));
    }
    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics.json"));
    if (QFileInfo::exists(metrics) && !QFile::remove(metrics))
        throw Error(metrics, Text::tr("cannot replace the metrics of an earlier run (no write permission in "
                                            "the folder?)"));
}

} // namespace st::evalrun
