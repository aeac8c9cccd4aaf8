// TrainingDataset (protocols -> clips with labels per level), group splits, the epoch sampler, crops, seed mixing.
#include "dataset/TrainingData.h"
#include "dataset/DspKernels.h"

#include "audio/AudioFile.h"
#include "eval/Protocol.h"
#include "library/SourceLevel.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::TrainingData) };
} // namespace

namespace st::train {

class DatasetBuilderAccess
{
public:
    static std::vector<LabelLevel> &levels(TrainingDataset &d) { return d.m_levels; }
    static std::vector<TrainingClip> &clips(TrainingDataset &d) { return d.m_clips; }
    static QStringList &paths(TrainingDataset &d) { return d.m_protocolPaths; }
    static QStringList &hashes(TrainingDataset &d) { return d.m_protocolSha256; }
};

namespace {

using Access = DatasetBuilderAccess;

const QString kBonafide = QStringLiteral("bonafide");
const QString kSpoof = QStringLiteral("spoof");

bool isEmptyCell(const QString &v)
{
    const QString t = v.trimmed();
    return t.isEmpty() || t == QLatin1String("-");
}

/// One requested level, resolved.
struct LevelSpec
{
    enum Kind { Bonafide, Source, Column } kind;
    QString name;   ///< the dataset's level name
    SourceLevel source = SourceLevel::Attack;
};

QString forMessages(const QStringList &paths)
{
    return paths.join(QStringLiteral(", "));
}

uint64_t splitmix64(uint64_t z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

template <typename T>
void shuffle(std::vector<T> &v, std::mt19937_64 &rng)
{
    for (size_t i = v.size(); i > 1; --i) {
        const size_t j = size_t(uniformInt(rng, 0, int64_t(i - 1)));
        std::swap(v[i - 1], v[j]);
    }
}

} // namespace

uint64_t mixSeed(uint64_t seed, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t h = splitmix64(seed);
    h = splitmix64(h ^ a);
    h = splitmix64(h ^ (b + 0x632BE59BD9B4E019ULL));
    h = splitmix64(h ^ (c + 0x8CB92BA72F3D8DD7ULL));
    return h;
}

TrainingDataset TrainingDataset::fromProtocol(const QString &protocolPath, const QStringList &levels, const QString &root)
{
    return fromProtocols(QStringList{protocolPath}, levels, root);
}

TrainingDataset TrainingDataset::fromProtocols(const QStringList &protocolPaths, const QStringList &levels,
                                               const QString &root)
{
    if (protocolPaths.isEmpty())
        throw Error(Text::tr("training data: no protocol given"));
    struct Read
    {
        QString path, root;
        std::vector<LabelledClip> clips;
    };
    std::vector<Read> reads;
    TrainingDataset out;
    for (const QString &p : protocolPaths) {
        if (detectProtocolFormat(p) == ProtocolFormat::StopaTrials)
            throw Error(p, Text::tr("a STOPA trial list pairs trial clips with fingerprints and names no clip "
                                          "labels: training needs a clip protocol (SourceTrace TSV, ASVspoof LA, "
                                          "MLAAD)"));
        Read r;
        r.path = p;
        r.clips = readClipProtocol(p);
        r.root = root.isEmpty() ? protocolFolder(p) : root;
        Access::paths(out) << p;
        Access::hashes(out) << sha256OfFile(p);
        reads.push_back(std::move(r));
    }
    const QString where = forMessages(protocolPaths);

    // What the protocols fill: source levels (by their spoof rows) and free columns.
    QSet<int> filled;
    QStringList columnNames;
    QSet<QString> columnSet;
    for (const Read &r : reads)
        for (const LabelledClip &c : r.clips) {
            if (!c.isBonafide)
                for (SourceLevel l : allSourceLevels())
                    if (!isEmptyCell(labelAt(c, l)))
                        filled.insert(int(l));
            for (auto it = c.attributes.begin(); it != c.attributes.end(); ++it)
                if (!columnSet.contains(it.key())) {
                    columnSet.insert(it.key());
                    columnNames << it.key();
                }
        }
    QStringList filledNames;
    for (SourceLevel l : allSourceLevels())
        if (filled.contains(int(l)))
            filledNames << sourceLevelName(l);

    // The levels.
    QStringList requested = levels;
    if (requested.isEmpty()) {
        requested << kBonafide;
        requested << filledNames;
    }
    std::vector<LevelSpec> specs;
    for (const QString &raw : requested) {
        const QString name = raw.trimmed();
        LevelSpec spec{LevelSpec::Column, name};
        SourceLevel sl;
        if (name.compare(kBonafide, Qt::CaseInsensitive) == 0) {
            spec = LevelSpec{LevelSpec::Bonafide, kBonafide};
        } else if (columnSet.contains(name)) {
            spec = LevelSpec{LevelSpec::Column, name};
        } else if (sourceLevelFromName(name, sl)) {
            spec = LevelSpec{LevelSpec::Source, sourceLevelName(sl), sl};
            if (!filled.contains(int(sl)))
                throw Error(where, Text::tr("level '%1': the protocol gives no %2 labels (it labels: %3)")
                                       .arg(name, sourceLevelName(sl), filledNames.join(QStringLiteral(", "))));
        } else {
            throw Error(where, Text::tr("unknown level '%1': not 'bonafide', a source level (attack, acoustic_model, "
                                              "vocoder, codec) or a column of the protocol (its columns: %2)")
                                   .arg(name, (QStringList{QStringLiteral("file")} + filledNames + columnNames)
                                                  .join(QStringLiteral(", "))));
        }
        for (const LevelSpec &o : specs)
            if (o.name == spec.name)
                throw Error(where, Text::tr("level '%1' is asked for twice").arg(spec.name));
        specs.push_back(spec);
    }

    auto labelOf = [](const LevelSpec &spec, const LabelledClip &c) -> QString {
        switch (spec.kind) {
        case LevelSpec::Bonafide: return c.isBonafide ? kBonafide : kSpoof;
        case LevelSpec::Source:
            if (c.isBonafide)
                return spec.source == SourceLevel::Attack ? kBonafide : QString();
            return isEmptyCell(labelAt(c, spec.source)) ? QString() : labelAt(c, spec.source).trimmed();
        case LevelSpec::Column: {
            const QString v = c.attributes.value(spec.name);
            return isEmptyCell(v) ? QString() : v.trimmed();
        }
        }
        return {};
    };

    // Classes: sorted; "bonafide" is always {bonafide, spoof}.
    std::vector<QHash<QString, int>> classIndex(specs.size());
    for (size_t li = 0; li < specs.size(); ++li) {
        LabelLevel level;
        level.name = specs[li].name;
        if (specs[li].kind == LevelSpec::Bonafide) {
            level.classes = QStringList{kBonafide, kSpoof};
        } else {
            QSet<QString> values;
            for (const Read &r : reads)
                for (const LabelledClip &c : r.clips) {
                    const QString v = labelOf(specs[li], c);
                    if (!v.isEmpty())
                        values.insert(v);
                }
            level.classes = QStringList(values.begin(), values.end());
            level.classes.sort();
        }
        for (int k = 0; k < level.classes.size(); ++k)
            classIndex[li].insert(level.classes[k], k);
        Access::levels(out).push_back(level);
    }

    // Clips.
    QHash<QString, QString> seen; // resolved path -> protocol
    for (const Read &r : reads)
        for (const LabelledClip &c : r.clips) {
            TrainingClip t;
            t.key = c.file;
            t.path = resolveClipPath(r.root, c.file);
            const auto dup = seen.constFind(t.path);
            if (dup != seen.constEnd())
                throw Error(r.path, Text::tr("clip '%1' (%2) is also listed in %3")
                                        .arg(c.file, t.path, dup.value()));
            seen.insert(t.path, r.path);
            t.bonafide = c.isBonafide;
            t.labels.reserve(specs.size());
            for (size_t li = 0; li < specs.size(); ++li) {
                const QString v = labelOf(specs[li], c);
                t.labels.push_back(v.isEmpty() ? -1 : classIndex[li].value(v, -1));
            }
            t.columns = c.attributes;
            for (SourceLevel l : allSourceLevels())
                if (!labelAt(c, l).isEmpty())
                    t.columns.insert(sourceLevelName(l), labelAt(c, l));
            Access::clips(out).push_back(std::move(t));
        }
    return out;
}

int TrainingDataset::levelIndex(const QString &name) const
{
    for (size_t i = 0; i < m_levels.size(); ++i)
        if (m_levels[i].name == name)
            return int(i);
    SourceLevel l;
    if (sourceLevelFromName(name, l)) {
        const QString canonical = sourceLevelName(l);
        for (size_t i = 0; i < m_levels.size(); ++i)
            if (m_levels[i].name == canonical)
                return int(i);
    }
    if (name.compare(kBonafide, Qt::CaseInsensitive) == 0)
        for (size_t i = 0; i < m_levels.size(); ++i)
            if (m_levels[i].name == kBonafide)
                return int(i);
    return -1;
}

TrainingDataset TrainingDataset::subset(const std::vector<std::size_t> &indices) const
{
    TrainingDataset d;
    d.m_levels = m_levels;
    d.m_protocolPaths = m_protocolPaths;
    d.m_protocolSha256 = m_protocolSha256;
    d.m_clips.reserve(indices.size());
    for (std::size_t i : indices) {
        if (i >= m_clips.size())
            throw Error(Text::tr("training data: clip index %1 is out of range (%2 clips)").arg(i).arg(m_clips.size()));
        d.m_clips.push_back(m_clips[i]);
    }
    return d;
}

std::vector<int> TrainingDataset::classCounts(int level) const
{
    if (level < 0 || size_t(level) >= m_levels.size())
        throw Error(Text::tr("training data: level %1 is out of range (%2 levels)").arg(level).arg(m_levels.size()));
    std::vector<int> counts(size_t(m_levels[size_t(level)].classes.size()), 0);
    for (const TrainingClip &c : m_clips) {
        const int k = c.labels[size_t(level)];
        if (k >= 0 && size_t(k) < counts.size())
            ++counts[size_t(k)];
    }
    return counts;
}

std::pair<TrainingDataset, TrainingDataset> TrainingDataset::splitByGroup(const QString &groupColumn,
                                                                          double validationFraction,
                                                                          uint64_t seed) const
{
    const QString where = forMessages(m_protocolPaths);
    if (!(validationFraction > 0.0 && validationFraction < 1.0))
        throw Error(where, Text::tr("split by '%1': the validation fraction must be in (0, 1), not %2")
                               .arg(groupColumn)
                               .arg(validationFraction));
    // The column: as written, else a source level's synonym.
    QString column = groupColumn;
    bool present = false;
    QStringList have;
    QSet<QString> haveSet;
    for (const TrainingClip &c : m_clips) {
        if (c.columns.contains(column))
            present = true;
        for (auto it = c.columns.keyBegin(); it != c.columns.keyEnd(); ++it)
            if (!haveSet.contains(*it)) {
                haveSet.insert(*it);
                have << *it;
            }
    }
    SourceLevel sl;
    if (!present && sourceLevelFromName(groupColumn, sl)) {
        column = sourceLevelName(sl);
        present = haveSet.contains(column);
    }
    if (!present)
        throw Error(where, Text::tr("cannot split by '%1': the protocol has no such column (its columns: %2)")
                               .arg(groupColumn, have.join(QStringLiteral(", "))));

    std::map<QString, std::vector<size_t>> groups; // sorted by value: the order does not depend on the protocol's
    for (size_t i = 0; i < m_clips.size(); ++i)
        groups[m_clips[i].columns.value(column).trimmed()].push_back(i);
    if (groups.size() < 2)
        throw Error(where, Text::tr("cannot split by '%1': it has %n group(s), at least 2 are needed", nullptr, int(groups.size()))
                               .arg(groupColumn));

    std::vector<const std::pair<const QString, std::vector<size_t>> *> order;
    for (const auto &g : groups)
        order.push_back(&g);
    std::mt19937_64 rng(mixSeed(seed, 0x5B117ULL));
    shuffle(order, rng);

    const double target = validationFraction * double(m_clips.size());
    std::vector<bool> inVal(order.size(), false);
    size_t val = 0, valGroups = 0;
    for (size_t g = 0; g < order.size(); ++g) {
        const size_t n = order[g]->second.size();
        if (std::abs(double(val + n) - target) < std::abs(double(val) - target) || valGroups == 0) {
            inVal[g] = true;
            val += n;
            ++valGroups;
        }
        if (double(val) >= target)
            break;
    }
    if (valGroups == order.size()) { // keep at least one group for training
        for (size_t g = order.size(); g-- > 0;)
            if (inVal[g]) {
                inVal[g] = false;
                break;
            }
    }
    std::vector<size_t> trainIdx, valIdx;
    for (size_t g = 0; g < order.size(); ++g)
        for (size_t i : order[g]->second)
            (inVal[g] ? valIdx : trainIdx).push_back(i);
    std::sort(trainIdx.begin(), trainIdx.end());
    std::sort(valIdx.begin(), valIdx.end());
    TrainingDataset train = subset(trainIdx), valid = subset(valIdx);
    for (TrainingClip &c : train.m_clips)
        c.group = c.columns.value(column).trimmed();
    for (TrainingClip &c : valid.m_clips)
        c.group = c.columns.value(column).trimmed();
    return {std::move(train), std::move(valid)};
}

std::vector<std::size_t> epochOrder(const TrainingDataset &data, int balanceLevel, uint64_t seed, int epoch,
                                    std::size_t epochSize)
{
    const std::size_t n = data.size();
    const std::size_t total = epochSize ? epochSize : n;
    std::vector<std::size_t> out;
    if (n == 0 || total == 0)
        return out;
    std::mt19937_64 rng(mixSeed(seed, uint64_t(int64_t(epoch)), 0xE90C4ULL));
    out.reserve(total);
    if (balanceLevel < 0) {
        // Whole shuffled passes over the dataset, as many as the epoch needs.
        std::vector<std::size_t> perm(n);
        while (out.size() < total) {
            for (std::size_t i = 0; i < n; ++i)
                perm[i] = i;
            shuffle(perm, rng);
            for (std::size_t i = 0; i < n && out.size() < total; ++i)
                out.push_back(perm[i]);
        }
        return out;
    }
    if (std::size_t(balanceLevel) >= data.levels().size())
        throw Error(Text::tr("epoch order: balance level %1 is out of range (%2 levels)")
                        .arg(balanceLevel)
                        .arg(data.levels().size()));
    std::vector<std::vector<std::size_t>> byClass(std::size_t(data.levels()[std::size_t(balanceLevel)].classes.size()));
    for (std::size_t i = 0; i < n; ++i) {
        const int k = data.clips()[i].labels[std::size_t(balanceLevel)];
        if (k >= 0 && std::size_t(k) < byClass.size())
            byClass[std::size_t(k)].push_back(i);
    }
    std::vector<const std::vector<std::size_t> *> classes;
    for (const auto &c : byClass)
        if (!c.empty())
            classes.push_back(&c);
    if (classes.empty())
        throw Error(forMessages(data.protocolPaths()),
                    Text::tr("epoch order: no clip has a label at level '%1' to balance over")
                        .arg(data.levels()[std::size_t(balanceLevel)].name));
    for (std::size_t p = 0; p < total; ++p) {
        const auto &c = *classes[std::size_t(uniformInt(rng, 0, int64_t(classes.size() - 1)))];
        out.push_back(c[std::size_t(uniformInt(rng, 0, int64_t(c.size() - 1)))]);
    }
    return out;
}

std::vector<float> cropOrPad(const std::vector<float> &clip, int64_t length, CropMode mode, std::mt19937_64 &rng)
{
    if (mode == CropMode::WholeClip)
        return clip;
    const std::size_t len = std::size_t(std::max<int64_t>(0, length));
    if (clip.empty())
        return std::vector<float>(len, 0.0f);
    if (clip.size() >= len) {
        std::size_t offset = 0;
        if (mode == CropMode::Random)
            offset = std::size_t(uniformInt(rng, 0, int64_t(clip.size() - len)));
        return std::vector<float>(clip.begin() + std::ptrdiff_t(offset), clip.begin() + std::ptrdiff_t(offset + len));
    }
    // Shorter: repeated from its start until the length is reached.
    std::vector<float> out;
    out.reserve(len);
    while (out.size() < len) {
        const std::size_t take = std::min(clip.size(), len - out.size());
        out.insert(out.end(), clip.begin(), clip.begin() + std::ptrdiff_t(take));
    }
    return out;
}

} // namespace st::train
