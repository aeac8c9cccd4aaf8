#include "eval/PooledEer.h"

#include "eval/SortedScores.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::PooledEer)
};
} // namespace

namespace {

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
        throw Error(Text::tr("the trial list has no scores (column CosScore or score): score the trials "
                                   "before computing pooled EERs"));
    const QSet<QString> known = knownAttacks.isEmpty() ? trials.fingerprintAttacks() : knownAttacks;
    PooledTrials pooled;
    pooled.reserve(trials.size());
    for (std::size_t i = 0; i < trials.size(); ++i)
        pooled.add(trials.scores[i], known.contains(trials.attacks[int(i)]), trials.targetAtk[i] != 0,
                   trials.targetAm[i] != 0, trials.targetVm[i] != 0);
    return pooled.compute(QStringList(known.begin(), known.end()), rule);
}

namespace {

enum TrialFlag : unsigned char
{
    kKnown = 1,
    kTargetAtk = 2,
    kTargetAm = 4,
    kTargetVm = 8,
};

inline unsigned long long scoreKey(double x)
{
    x += 0.0; // -0.0 -> +0.0
    std::uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return (u & 0x8000000000000000ULL) ? ~u : (u | 0x8000000000000000ULL);
}

inline double keyScore(unsigned long long k)
{
    const std::uint64_t u = (k & 0x8000000000000000ULL) ? (k & ~0x8000000000000000ULL) : ~k;
    double x;
    std::memcpy(&x, &u, sizeof x);
    return x;
}

/// In-place MSD radix sort (American flag sort) of the trials by key, 8 bits at a time from the top; small
/// buckets go to std::sort. No second buffer: the trials are the only large allocation.
void sortTrials(PooledTrials::Trial *a, std::size_t n, int shift)
{
    using Trial = PooledTrials::Trial;
    const auto byKey = [](const Trial &x, const Trial &y) { return x.key < y.key; };
    if (n < 256 || shift < 0) {
        std::sort(a, a + n, byKey);
        return;
    }
    std::size_t count[256] = {}, start[256], next[256];
    for (std::size_t i = 0; i < n; ++i)
        ++count[(a[i].key >> shift) & 0xff];
    std::size_t sum = 0;
    for (int b = 0; b < 256; ++b) {
        start[b] = next[b] = sum;
        sum += count[b];
    }
    for (int b = 0; b < 256; ++b) {
        const std::size_t end = start[b] + count[b];
        while (next[b] < end) {
            Trial t = a[next[b]];
            int d = int((t.key >> shift) & 0xff);
            while (d != b) {
                std::swap(t, a[next[d]++]);
                d = int((t.key >> shift) & 0xff);
            }
            a[next[b]++] = t;
        }
    }
    for (int b = 0; b < 256; ++b)
        if (count[b] > 1)
            sortTrials(a + start[b], count[b], shift - 8);
}

} // namespace

void PooledTrials::reserve(std::size_t trials) { m_trials.reserve(trials); }

void PooledTrials::add(double score, bool knownAttack, bool targetAtk, bool targetAm, bool targetVm)
{
    if (std::isnan(score))
        throw Error(Text::tr("trial %1 (0-based) has a NaN score: remove or fix that trial").arg(m_trials.size()));
    Trial t;
    t.key = scoreKey(score);
    t.flags = (knownAttack ? kKnown : 0) | (targetAtk ? kTargetAtk : 0) | (targetAm ? kTargetAm : 0)
              | (targetVm ? kTargetVm : 0);
    m_trials.push_back(t);
}

PooledEerTable PooledTrials::compute(const QStringList &knownAttacks, UnknownTrials rule)
{
    PooledEerTable table;
    table.knownAttacks = knownAttacks;
    table.knownAttacks.sort();
    const unsigned char levelFlag[3] = {kTargetAtk, kTargetAm, kTargetVm};
    const char *names[3] = {"ATK", "AcousticModel", "VocoderModel"};
    // Subset s = 2 * level + (0 known, 1 unknown); per flag combination (16), whether a trial is in the subset
    // and whether it is a target there.
    bool in[6][16], target[6][16];
    for (int l = 0; l < 3; ++l)
        for (unsigned f = 0; f < 16; ++f) {
            const bool known = f & kKnown, tgt = f & levelFlag[l];
            const bool unknownTarget = f & (rule == UnknownTrials::AttackTargets ? kTargetAtk : levelFlag[l]);
            in[2 * l][f] = known;
            in[2 * l + 1][f] = !known || unknownTarget;
            target[2 * l][f] = target[2 * l + 1][f] = tgt;
        }
    std::size_t perFlags[16] = {};
    for (const Trial &t : m_trials)
        ++perFlags[t.flags];
    std::size_t nt[6] = {}, nn[6] = {};
    for (int s = 0; s < 6; ++s)
        for (unsigned f = 0; f < 16; ++f)
            if (in[s][f])
                (target[s][f] ? nt[s] : nn[s]) += perFlags[f];
    std::vector<std::unique_ptr<DetWalk>> walks(6);
    for (int s = 0; s < 6; ++s)
        if (nt[s] > 0 && nn[s] > 0)
            walks[std::size_t(s)] = std::make_unique<DetWalk>(nt[s], nn[s], DcfParams{},
                                                              DetWalk::EerAndDcf | DetWalk::Hull);
    sortTrials(m_trials.data(), m_trials.size(), 56);
    // Per flag combination, what a trial adds to each subset's targets and non-targets.
    unsigned char addT[16][6], addN[16][6];
    for (unsigned f = 0; f < 16; ++f)
        for (int s = 0; s < 6; ++s) {
            addT[f][s] = in[s][f] && target[s][f] ? 1 : 0;
            addN[f][s] = in[s][f] && !target[s][f] ? 1 : 0;
        }
    // One pass over the sorted trials: each run of equal scores goes to every subset's walk as its targets and
    // non-targets there.
    const std::size_t n = m_trials.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned long long key = m_trials[i].key;
        std::size_t t[6] = {}, nonTarget[6] = {};
        for (; i < n && m_trials[i].key == key; ++i) {
            const unsigned f = m_trials[i].flags;
            for (int s = 0; s < 6; ++s) {
                t[s] += addT[f][s];
                nonTarget[s] += addN[f][s];
            }
        }
        const double score = keyScore(key);
        for (int s = 0; s < 6; ++s)
            if (walks[std::size_t(s)])
                walks[std::size_t(s)]->add(score, t[s], nonTarget[s]);
    }
    for (int s = 0; s < 6; ++s) {
        PooledEerRow r;
        r.level = QLatin1String(names[s / 2]);
        r.targets = nt[s];
        r.nontargets = nn[s];
        if (const DetWalk *w = walks[std::size_t(s)].get()) {
            const EerResult e = w->eerDcf().eer;
            r.eer = e.eer;
            r.threshold = e.threshold;
            r.rocchEer = w->rocchEer();
        } else {
            r.eer = r.rocchEer = r.threshold = std::numeric_limits<double>::quiet_NaN();
        }
        (s % 2 == 0 ? table.known : table.unknown).push_back(r);
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
        throw Error(path, Text::tr("cannot write the EER table: %1").arg(f.errorString()));
    QByteArray out(",EER\n");
    for (const auto &r : rows)
        out += (csvLabel(r.first) + QLatin1Char(',') + formatEerPercent(r.second) + QLatin1Char('\n')).toUtf8();
    f.write(out);
    if (!f.commit())
        throw Error(path, Text::tr("cannot write the EER table: %1").arg(f.errorString()));
}

std::vector<std::pair<QString, double>> readStopaEerCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the EER table: %1").arg(f.errorString()));
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
            throw Error(path, Text::tr("unterminated quote"), no);
        if (!header) {
            if (fields.size() != 2 || fields[1] != QLatin1String("EER"))
                throw Error(path, Text::tr("expected the header ',EER', found '%1'").arg(line), no);
            header = true;
            continue;
        }
        // pandas writes an undefined EER as "nan"; anything else must be a finite percentage
        double v = 0;
        const bool ok = fields.size() == 2 && parseFiniteNumber(fields[1], v);
        if (!ok && !(fields.size() == 2 && fields[1] == QLatin1String("nan")))
            throw Error(path, Text::tr("expected 'label,EER%' with a finite number (or nan), found '%1'")
                                  .arg(line.left(200)),
                        no);
        rows.push_back({fields[0], ok ? v : std::numeric_limits<double>::quiet_NaN()});
    }
    if (!header)
        throw Error(path, Text::tr("empty EER table (expected the header ',EER')"));
    return rows;
}

void writeStopaPooledEer(const QString &dir, const PooledEerTable &table)
{
    if (!QDir().mkpath(dir))
        throw Error(dir, Text::tr("cannot create the output folder"));
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
        throw Error(Text::tr("%1 clips but %2 scores: every clip needs one detection score")
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
        throw Error(Text::tr("detection EER needs bona fide and spoofed clips: found %1 bona fide and %2 "
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
