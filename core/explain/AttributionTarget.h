#pragma once
// What Integrated Gradients explains: one scalar per input computed from the model's outputs.
#include "models/ModelManifest.h"

#include <QString>
#include <vector>

namespace st {

struct AttributionTarget
{
    enum class Kind
    {
        Logit,  ///< logits[classIndex] (for a detector with classIndex = bonafideClass: the detection score)
        Margin, ///< logits[spoof] - logits[bona fide] of a two-class detector (positive = evidence for spoof)
        Cosine  ///< cosine similarity between the embedding and `fingerprint`
    };
    Kind kind = Kind::Logit;
    int classIndex = -1;            ///< Logit: the class; -1 = the manifest's bona fide class
    std::vector<float> fingerprint; ///< Cosine: embeddingDim values
    QString fingerprintName;        ///< Cosine: e.g. the STOPA source name "AA01-nc-100"

    /// Parses "logit:K", "bonafide", "margin" (Cosine targets are built with cosine()). Throws st::Error.
    static AttributionTarget parse(const QString &spec);
    static AttributionTarget cosine(const std::vector<float> &fingerprint, const QString &name);

    /// Fills classIndex = -1 from the manifest and checks the target against the model's outputs:
    /// class index in range, Margin only for a two-class detector, fingerprint of embeddingDim values
    /// and non-zero norm. Throws st::Error with the reason.
    AttributionTarget resolvedFor(const ModelManifest &m, int numClasses, int embeddingDim) const;

    /// The spoof class of a two-class detector (the class that is not the bona fide one).
    static int spoofClassOf(const ModelManifest &m);

    /// e.g. "logit 1 (bonafide)", "margin logit 0 (spoof) - logit 1 (bonafide)", "cosine to AA01-nc-100".
    QString describe(const ModelManifest &m) const;
    /// The spec text ("logit:1", "margin", "cosine:NAME").
    QString spec() const;
    /// +1 when positive attribution is evidence for spoof, -1 when it is evidence for bona fide, 0 when
    /// neither (an attack-class logit or a fingerprint similarity: positive = evidence for the target).
    int spoofSign(const ModelManifest &m) const;
    /// What a positive / negative attribution means in words ("evidence for spoof", ...).
    QString positiveMeaning(const ModelManifest &m) const;
    QString negativeMeaning(const ModelManifest &m) const;
};

} // namespace st
