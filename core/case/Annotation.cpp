#include "case/Annotation.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Annotation) };
} // namespace

namespace st {

const std::array<Cue, kCueCount> &allCues()
{
    static const std::array<Cue, kCueCount> cues{Cue::Breath,  Cue::Glitch,   Cue::Noise,      Cue::Phoneme,
                                                 Cue::Silence, Cue::Spectral, Cue::Transition, Cue::Unclear};
    return cues;
}

QString cueName(Cue cue)
{
    switch (cue) {
    case Cue::Breath: return QStringLiteral("breath");
    case Cue::Glitch: return QStringLiteral("glitch");
    case Cue::Noise: return QStringLiteral("noise");
    case Cue::Phoneme: return QStringLiteral("phoneme");
    case Cue::Silence: return QStringLiteral("silence");
    case Cue::Spectral: return QStringLiteral("spectral");
    case Cue::Transition: return QStringLiteral("transition");
    case Cue::Unclear: return QStringLiteral("unclear");
    }
    return QStringLiteral("unclear");
}

std::optional<Cue> parseCue(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Cue c : allCues())
        if (cueName(c) == n)
            return c;
    return std::nullopt;
}

QString cueNames()
{
    QStringList names;
    for (Cue c : allCues())
        names << cueName(c);
    return names.join(QStringLiteral(", "));
}

bool Annotation::sameContent(const Annotation &o) const
{
    return evidenceId == o.evidenceId && startS == o.startS && endS == o.endS && band == o.band && cue == o.cue
        && locality == o.locality && audible == o.audible && text == o.text;
}

QString annotationProblem(const Annotation &a)
{
    if (!std::isfinite(a.startS) || !std::isfinite(a.endS))
        return Text::tr("start and end must be finite numbers of seconds");
    if (a.startS < 0)
        return Text::tr("start %1 s is before the beginning of the item (negative)").arg(a.startS);
    if (!(a.endS > a.startS))
        return Text::tr("end %1 s is not after start %2 s").arg(a.endS).arg(a.startS);
    if (a.band) {
        if (!std::isfinite(a.band->lowHz) || !std::isfinite(a.band->highHz))
            return Text::tr("the band's limits must be finite numbers of Hz");
        if (a.band->lowHz < 0)
            return Text::tr("band low %1 Hz is negative").arg(a.band->lowHz);
        if (!(a.band->highHz > a.band->lowHz))
            return Text::tr("band high %1 Hz is not above band low %2 Hz").arg(a.band->highHz).arg(a.band->lowHz);
    }
    if (a.locality < Annotation::kMinLocality || a.locality > Annotation::kMaxLocality)
        return Text::tr("locality %1 is outside %2..%3").arg(a.locality).arg(Annotation::kMinLocality).arg(Annotation::kMaxLocality);
    if (a.text.size() > Annotation::kMaxTextLength)
        return Text::tr("a text of %1 characters (at most %2)").arg(a.text.size()).arg(Annotation::kMaxTextLength);
    return {};
}

QJsonObject annotationToJson(const Annotation &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("annotationId"), a.id);
    o.insert(QStringLiteral("evidenceId"), a.evidenceId);
    o.insert(QStringLiteral("start_s"), a.startS);
    o.insert(QStringLiteral("end_s"), a.endS);
    o.insert(QStringLiteral("low_hz"), a.band ? QJsonValue(a.band->lowHz) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("high_hz"), a.band ? QJsonValue(a.band->highHz) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("cue"), cueName(a.cue));
    o.insert(QStringLiteral("locality"), a.locality);
    o.insert(QStringLiteral("audible"), a.audible);
    o.insert(QStringLiteral("text"), a.text);
    o.insert(QStringLiteral("author"), a.author);
    return o;
}

AttributionShares attributionShareByCue(const QList<Annotation> &annotations, const std::vector<float> &attribution,
                                        int sampleRate)
{
    AttributionShares s;
    const std::size_t n = attribution.size();
    if (sampleRate <= 0 || n == 0)
        return s;
    // Per cue, a mark per sample (overlaps of one cue count once); `any` marks samples inside any annotation.
    std::array<std::vector<char>, kCueCount> inCue;
    std::vector<char> any(n, 0);
    for (const Annotation &a : annotations) {
        if (!std::isfinite(a.startS) || !std::isfinite(a.endS) || !(a.endS > a.startS))
            continue;
        // start <= i / rate < end  <=>  ceil(start * rate) <= i < ceil(end * rate), computed in double and
        // corrected so that the defining inequality holds exactly for the boundary samples.
        const double rate = double(sampleRate);
        auto firstAtOrAfter = [&](double t) {
            double i = std::ceil(t * rate);
            if (i > 0 && (i - 1) / rate >= t)
                i -= 1;
            else if (i / rate < t)
                i += 1;
            return i;
        };
        const double lo = std::max(0.0, firstAtOrAfter(a.startS));
        const double hi = std::min(double(n), firstAtOrAfter(a.endS));
        if (!(hi > lo))
            continue;
        std::vector<char> &mark = inCue[std::size_t(a.cue)];
        if (mark.empty())
            mark.assign(n, 0);
        for (std::size_t i = std::size_t(lo); i < std::size_t(hi); ++i) {
            mark[i] = 1;
            any[i] = 1;
        }
    }
    std::array<double, kCueCount> sums{};
    double outside = 0, total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = std::isfinite(attribution[i]) ? std::fabs(double(attribution[i])) : 0.0;
        total += v;
        if (!any[i])
            outside += v;
        for (int c = 0; c < kCueCount; ++c)
            if (!inCue[std::size_t(c)].empty() && inCue[std::size_t(c)][i])
                sums[std::size_t(c)] += v;
    }
    s.total = total;
    if (total > 0) {
        for (int c = 0; c < kCueCount; ++c)
            s.byCue[std::size_t(c)] = sums[std::size_t(c)] / total;
        s.outside = outside / total;
    }
    return s;
}

} // namespace st
