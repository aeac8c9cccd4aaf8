#pragma once
// Closed-set attribution metrics: which source (attack) a clip was predicted to come from vs its true source.
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

struct ClassificationReport
{
    QStringList classes;                               ///< row/column order of everything below
    std::vector<std::vector<std::size_t>> confusion;   ///< [true][predicted]
    std::vector<double> precision, recall, f1;         ///< per class; 0 where undefined (no predictions/support)
    std::vector<std::size_t> support;                  ///< true clips per class
    std::size_t total = 0;
    double accuracy = 0;
    double macroF1 = 0; ///< unweighted mean of the per-class F1 over `classes`

    /// `truth[i]` and `predicted[i]` are the labels of clip i. `classes` empty = the sorted union of both
    /// label lists (as scikit-learn's default); given = that order, and a label outside it throws st::Error.
    static ClassificationReport compute(const QStringList &truth, const QStringList &predicted,
                                        const QStringList &classes = {});
};

} // namespace st
