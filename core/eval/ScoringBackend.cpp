#include "eval/ScoringBackend.h"

#include "util/Error.h"

#include <QCoreApplication>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ScoringBackend)
};
} // namespace

int EnrolmentSet::checkedDimension() const
{
    if (bySource.isEmpty())
        throw Error(Text::tr("nothing to enrol: the enrolment set has no sources"));
    int dim = -1;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        if (it.value().empty())
            throw Error(Text::tr("source '%1' has no enrolment embeddings").arg(it.key()));
        for (const Embedding &e : it.value()) {
            if (dim < 0)
                dim = int(e.size());
            if (int(e.size()) != dim || dim == 0)
                throw Error(Text::tr("source '%1' has an embedding of dimension %2, expected %3")
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
        throw Error(Text::tr("%1 scoring: no sources enrolled").arg(name()));
    if (int(e.size()) != m_dim)
        throw Error(Text::tr("%1 scoring: the embedding has dimension %2 but the enrolled sources have %3")
                        .arg(name())
                        .arg(e.size())
                        .arg(m_dim));
}

} // namespace st
