#pragma once
// Scoring a clip's embedding against enrolled sources (attacks, acoustic models, vocoders): the interface shared
// by the back-ends (cosine to the mean fingerprint, Mahalanobis with a shared within-class covariance, k-th
// nearest neighbour). A back-end is enrolled once, then scores any number of embeddings; `scores` is const and
// safe to call from several threads at once. Higher score = more likely from that source.
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

using Embedding = std::vector<float>;

/// Enrolment embeddings per source name (all of one dimension).
struct EnrolmentSet
{
    QMap<QString, std::vector<Embedding>> bySource;

    /// Throws st::Error when empty, when a source has no embeddings, or when dimensions differ.
    int checkedDimension() const;
};

class ScoringBackend
{
public:
    virtual ~ScoringBackend() = default;
    virtual QString name() const = 0;
    /// Replaces any previous enrolment. Throws st::Error on an invalid set (see EnrolmentSet::checkedDimension).
    virtual void enrol(const EnrolmentSet &set) = 0;
    /// One score per source, in the order of sources(). Throws st::Error on a dimension mismatch or when
    /// nothing is enrolled.
    virtual std::vector<double> scores(const Embedding &embedding) const = 0;
    /// Enrolled source names, sorted.
    QStringList sources() const { return m_sources; }
    int dimension() const { return m_dim; }

protected:
    void checkQuery(const Embedding &e) const;
    QStringList m_sources;
    int m_dim = 0;
};

} // namespace st
