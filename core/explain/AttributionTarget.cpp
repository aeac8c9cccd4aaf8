#include "explain/AttributionTarget.h"

#include "util/Error.h"

#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AttributionTarget) };
} // namespace

namespace st {

namespace {

QString className(const ModelManifest &m, int k)
{
    return k >= 0 && k < m.classNames.size() ? m.classNames[k] : QStringLiteral("class %1").arg(k);
}

} // namespace

AttributionTarget AttributionTarget::parse(const QString &specIn)
{
    const QString spec = specIn.trimmed().toLower();
    AttributionTarget t;
    if (spec == QLatin1String("margin")) {
        t.kind = Kind::Margin;
        return t;
    }
    if (spec == QLatin1String("bonafide") || spec == QLatin1String("logit")) {
        t.kind = Kind::Logit;
        t.classIndex = -1;
        return t;
    }
    if (spec.startsWith(QLatin1String("logit:"))) {
        bool ok = false;
        t.classIndex = spec.mid(6).toInt(&ok);
        if (ok && t.classIndex >= 0)
            return t;
    }
    throw Error(Text::tr("unknown attribution target \"%1\": use logit:K (class index K), bonafide, margin, "
                               "or a fingerprint (cosine similarity)").arg(specIn));
}

AttributionTarget AttributionTarget::cosine(const std::vector<float> &fingerprint, const QString &name)
{
    AttributionTarget t;
    t.kind = Kind::Cosine;
    t.fingerprint = fingerprint;
    t.fingerprintName = name;
    return t;
}

int AttributionTarget::spoofClassOf(const ModelManifest &m)
{
    if (!m.isDetector() || m.classNames.size() != 2)
        return -1;
    return 1 - m.bonafideClass;
}

AttributionTarget AttributionTarget::resolvedFor(const ModelManifest &m, int numClasses, int embeddingDim) const
{
    AttributionTarget t = *this;
    switch (kind) {
    case Kind::Logit:
        if (t.classIndex < 0) {
            if (!m.isDetector())
                throw Error(Text::tr("model %1 is not a detector (no bona fide class): name a class with logit:K (0..%2)")
                                .arg(m.name).arg(numClasses - 1));
            t.classIndex = m.bonafideClass;
        }
        if (t.classIndex >= numClasses)
            throw Error(Text::tr("logit:%1 is out of range: model %2 has %3 classes (0..%4)")
                            .arg(t.classIndex).arg(m.name).arg(numClasses).arg(numClasses - 1));
        break;
    case Kind::Margin:
        if (numClasses != 2 || spoofClassOf(m) < 0)
            throw Error(Text::tr("the margin target needs a two-class detector; model %1 has %2 classes: use logit:K")
                            .arg(m.name).arg(numClasses));
        break;
    case Kind::Cosine: {
        if (int(t.fingerprint.size()) != embeddingDim)
            throw Error(Text::tr("the fingerprint \"%1\" has %2 values but model %3 makes %4-d embeddings")
                            .arg(t.fingerprintName).arg(t.fingerprint.size()).arg(m.name).arg(embeddingDim));
        double n2 = 0.0;
        for (float v : t.fingerprint) {
            if (!std::isfinite(v))
                throw Error(Text::tr("the fingerprint \"%1\" has a value that is not finite").arg(t.fingerprintName));
            n2 += double(v) * v;
        }
        if (n2 <= 0.0)
            throw Error(Text::tr("the fingerprint \"%1\" is all zeros: a cosine similarity is undefined").arg(t.fingerprintName));
        break;
    }
    }
    return t;
}

QString AttributionTarget::describe(const ModelManifest &m) const
{
    switch (kind) {
    case Kind::Logit: {
        const int k = classIndex < 0 ? m.bonafideClass : classIndex;
        return QStringLiteral("logit %1 (%2)").arg(k).arg(className(m, k));
    }
    case Kind::Margin: {
        const int s = spoofClassOf(m);
        return QStringLiteral("margin logit %1 (%2) - logit %3 (%4)").arg(s).arg(className(m, s)).arg(m.bonafideClass).arg(className(m, m.bonafideClass));
    }
    case Kind::Cosine:
        return QStringLiteral("cosine similarity of the embedding to fingerprint %1").arg(fingerprintName);
    }
    return {};
}

QString AttributionTarget::spec() const
{
    switch (kind) {
    case Kind::Logit:
        return classIndex < 0 ? QStringLiteral("bonafide") : QStringLiteral("logit:%1").arg(classIndex);
    case Kind::Margin:
        return QStringLiteral("margin");
    case Kind::Cosine:
        return QStringLiteral("cosine:%1").arg(fingerprintName);
    }
    return {};
}

int AttributionTarget::spoofSign(const ModelManifest &m) const
{
    if (kind == Kind::Margin)
        return +1;
    if (kind == Kind::Logit && m.isDetector()) {
        const int k = classIndex < 0 ? m.bonafideClass : classIndex;
        if (k == m.bonafideClass)
            return -1;
        if (m.classNames.size() == 2)
            return +1;
    }
    return 0;
}

QString AttributionTarget::positiveMeaning(const ModelManifest &m) const
{
    const int s = spoofSign(m);
    if (s > 0)
        return QStringLiteral("evidence for spoof");
    if (s < 0)
        return QStringLiteral("evidence for bona fide");
    if (kind == Kind::Cosine)
        return QStringLiteral("makes the clip more similar to %1").arg(fingerprintName);
    return QStringLiteral("evidence for %1").arg(className(m, classIndex));
}

QString AttributionTarget::negativeMeaning(const ModelManifest &m) const
{
    const int s = spoofSign(m);
    if (s > 0)
        return QStringLiteral("evidence for bona fide");
    if (s < 0)
        return QStringLiteral("evidence for spoof");
    if (kind == Kind::Cosine)
        return QStringLiteral("makes the clip less similar to %1").arg(fingerprintName);
    return QStringLiteral("evidence against %1").arg(className(m, classIndex));
}

} // namespace st
