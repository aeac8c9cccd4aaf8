#include "eval/PooledEer.h"

#include "eval/SortedScores.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <limits>

namespace st {

namespace {

PooledEerRow eerRow(const QString &level, const std::vector<double> &tar, const std::vector<double> &non)
{
    PooledEerRow r;
    r.level = level;
    r.targets = tar.size();
    r.nontargets = non.size();
    if (tar.empty() || non.empty()) {
        r.eer = r.rocchEer = r.threshold = std::numeric_limits<double>::quiet_NaN();
        return r;
    }
    const SortedScores sorted(tar, non);
    const EerResult e = computeEerDcf(sorted).eer;
    r.eer = e.eer;
    r.threshold = e.threshold;
    r.rocchEer = rocchEer(sorted);
    return r;
}

QString csvLabel(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

PooledEerTable computePooledEer(const TrialList &trials, const QSet<QString> &knownAttacks, UnknownTrials rule)
{
    if (!trials.hasScores())
        throw Error(QStringLiteral("the trial list has no scores (column CosScore or score): score the trials "
                                   "before computing pooled EERs"));
    const QSet<QString> known = knownAttacks.isEmpty() ? trials.fingerprintAttacks() : knownAttacks;
    PooledEerTable table;
    table.knownAttacks = QStringList(known.begin(), known.end());
    table.knownAttacks.sort();
    const std::vector<char> *flags[3] = {&trials.targetAtk, &trials.targetAm, &trials.targetVm};
    const char *names[3] = {"ATK", "AcousticModel", "VocoderModel"};
    std::vector<char> isKnown(trials.size());
    for (std::size_t i = 0; i < trials.size(); ++i)
        isKnown[i] = known.contains(trials.attacks[int(i)]) ? 1 : 0;
    for (int l = 0; l < 3; ++l) {
        const std::vector<char> &target = *flags[l];
        const std::vector<char> &unknownTarget = rule == UnknownTrials::AttackTargets ? trials.targetAtk : target;
        std::vector<double> kt, kn, ut, un;
        for (std::size_t i = 0; i < trials.size(); ++i) {
            const double s = trials.scores[i];
            if (isKnown[i])
                (target[i] ? kt : kn).push_back(s);
            if (!isKnown[i] || unknownTarget[i])
                (target[i] ? ut : un).push_back(s);
        }
        table.known.push_back(eerRow(QLatin1String(names[l]), kt, kn));
        table.unknown.push_back(eerRow(QLatin1String(names[l]), ut, un));
    }
    return table;
}

QString formatEerPercent(double fraction)
{
    if (std::isnan(fraction))
        return QStringLiteral("nan");
    // Python: round(x * 100, 2) rounds the exact binary value half-to-even; %.2f does the same in glibc.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", fraction * 100.0);
    const double rounded = std::strtod(buf, nullptr);
    // repr(float): the shortest text that reads back to the same double, with ".0" for integral values.
    QString s = QString::number(rounded, 'g', QLocale::FloatingPointShortest);
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')) && !s.contains(QLatin1String("inf")))
        s += QStringLiteral(".0");
    return s;
}

void writeStopaEerCsv(const QString &path, const std::vector<std::pair<QString, double>> &rows)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, QStringLiteral("cannot write the EER table: %1").arg(f.errorString()));
    QByteArray out(",EER\n");
    for (const auto &r : rows)
        out += (csvLabel(r.first) + QLatin1Char(',') + formatEerPercent(r.second) + QLatin1Char('\n')).toUtf8();
    f.write(out);
    if (!f.commit())
        throw Error(path, QStringLiteral("cannot write the EER table: %1").arg(f.errorString()));
}

std::vector<std::pair<QString, double>> readStopaEerCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("cannot open the EER table: %1").arg(f.errorString()));
    std::vector<std::pair<QString, double>> rows;
    int no = 0;
    bool header = false;
    while (!f.atEnd()) {
        QByteArray raw = f.readLine();
        ++no;
        if (no == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        const QString line = decodeUtf8Line(path, raw, no);
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields;
        if (!splitCsvLine(line, QLatin1Char(','), fields))
            throw Error(path, QStringLiteral("unterminated quote"), no);
        if (!header) {
            if (fields.size() != 2 || fields[1] != QLatin1String("EER"))
                throw Error(path, QStringLiteral("expected the header ',EER', found '%1'").arg(line), no);
            header = true;
            continue;
        }
        // pandas writes an undefined EER as "nan"; anything else must be a finite percentage
        double v = 0;
        const bool ok = fields.size() == 2 && parseFiniteNumber(fields[1], v);
        if (!ok && !(fields.size() == 2 && fields[1] == QLatin1String("nan")))
            throw Error(path, QStringLiteral("expected 'label,EER%' with a finite number (or nan), found '%1'")
                                  .arg(line.left(200)),
                        no);
        rows.push_back({fields[0], ok ? v : std::numeric_limits<double>::quiet_NaN()});
    }
    if (!header)
        throw Error(path, QStringLiteral("empty EER table (expected the header ',EER')"));
    return rows;
}

void writeStopaPooledEer(const QString &dir, const PooledEerTable &table)
{
    if (!QDir().mkpath(dir))
        throw Error(dir, QStringLiteral("cannot create the output folder"));
    std::vector<std::pair<QString, double>> kn, ukn;
    for (const auto &r : table.known)
        kn.push_back({r.level, r.eer});
    for (const auto &r : table.unknown)
        ukn.push_back({r.level, r.eer});
    writeStopaEerCsv(QDir(dir).filePath(QStringLiteral("pooled_eer_kn.csv")), kn);
    writeStopaEerCsv(QDir(dir).filePath(QStringLiteral("pooled_eer_ukn.csv")), ukn);
}

namespace {

DetectionRow detectionRow(const QString &condition, const std::vector<double> &bona, const std::vector<double> &spoof,
                          bool pooledBona)
{
    DetectionRow r;
    r.condition = condition;
    r.bonafide = bona.size();
    r.spoof = spoof.size();
    r.bonafidePooled = pooledBona;
    const SortedScores sorted(bona, spoof);
    r.eer = computeEerDcf(sorted).eer;
    r.rocchEer = rocchEer(sorted);
    return r;
}

} // namespace

DetectionReport evaluateDetection(const std::vector<LabelledClip> &clips, const std::vector<double> &scores)
{
    if (clips.size() != scores.size())
        throw Error(QStringLiteral("%1 clips but %2 scores: every clip needs one detection score")
                        .arg(clips.size())
                        .arg(scores.size()));
    std::vector<double> bona, spoof;
    QMap<QString, std::vector<double>> byAttack, spoofByCodec, bonaByCodec;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        const LabelledClip &c = clips[i];
        const QString codec = c.codec.isEmpty() ? QStringLiteral("none") : c.codec;
        if (c.isBonafide) {
            bona.push_back(scores[i]);
            bonaByCodec[codec].push_back(scores[i]);
        } else {
            spoof.push_back(scores[i]);
            byAttack[c.attack].push_back(scores[i]);
            spoofByCodec[codec].push_back(scores[i]);
        }
    }
    if (bona.empty() || spoof.empty())
        throw Error(QStringLiteral("detection EER needs bona fide and spoofed clips: found %1 bona fide and %2 "
                                   "spoofed")
                        .arg(bona.size())
                        .arg(spoof.size()));
    DetectionReport rep;
    rep.pooled = detectionRow(QStringLiteral("pooled"), bona, spoof, false);
    for (auto it = byAttack.cbegin(); it != byAttack.cend(); ++it)
        rep.perAttack.push_back(detectionRow(it.key(), bona, it.value(), false));
    for (auto it = spoofByCodec.cbegin(); it != spoofByCodec.cend(); ++it) {
        const auto b = bonaByCodec.constFind(it.key());
        if (b != bonaByCodec.cend())
            rep.perCodec.push_back(detectionRow(it.key(), b.value(), it.value(), false));
        else
            rep.perCodec.push_back(detectionRow(it.key(), bona, it.value(), true));
    }
    return rep;
}

} // namespace st
