#include "eval/ScoringBackend.h"

#include "util/Error.h"

namespace st {

int EnrolmentSet::checkedDimension() const
{
    if (bySource.isEmpty())
        throw Error(QStringLiteral("nothing to enrol: the enrolment set has no sources"));
    int dim = -1;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        if (it.value().empty())
            throw Error(QStringLiteral("source '%1' has no enrolment embeddings").arg(it.key()));
        for (const Embedding &e : it.value()) {
            if (dim < 0)
                dim = int(e.size());
            if (int(e.size()) != dim || dim == 0)
                throw Error(QStringLiteral("source '%1' has an embedding of dimension %2, expected %3")
                                .arg(it.key())
                                .arg(e.size())
                                .arg(dim));
        }
    }
    return dim;
}

void ScoringBackend::checkQuery(const Embedding &e) const
{
    if (m_sources.isEmpty())
        throw Error(QStringLiteral("%1 scoring: no sources enrolled").arg(name()));
    if (int(e.size()) != m_dim)
        throw Error(QStringLiteral("%1 scoring: the embedding has dimension %2 but the enrolled sources have %3")
                        .arg(name())
                        .arg(e.size())
                        .arg(m_dim));
}

} // namespace st
