#include "eval/ClassificationReport.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ClassificationReport)
};
} // namespace

ClassificationReport ClassificationReport::compute(const QStringList &truth, const QStringList &predicted,
                                                   const QStringList &classes)
{
    if (truth.size() != predicted.size())
        throw Error(Text::tr("%1 true labels but %2 predictions").arg(truth.size()).arg(predicted.size()));
    if (truth.isEmpty())
        throw Error(Text::tr("no clips to score: attribution metrics need at least one prediction"));
    ClassificationReport r;
    if (classes.isEmpty()) {
        QSet<QString> all(truth.begin(), truth.end());
        for (const QString &p : predicted)
            all.insert(p);
        r.classes = QStringList(all.begin(), all.end());
        r.classes.sort();
    } else {
        r.classes = classes;
    }
    QHash<QString, int> index;
    for (int i = 0; i < r.classes.size(); ++i)
        index.insert(r.classes[i], i);
    const int k = int(r.classes.size());
    r.confusion.assign(std::size_t(k), std::vector<std::size_t>(std::size_t(k), 0));
    std::size_t correct = 0;
    for (int i = 0; i < truth.size(); ++i) {
        const auto t = index.constFind(truth[i]);
        const auto p = index.constFind(predicted[i]);
        if (t == index.cend() || p == index.cend())
            throw Error(Text::tr("clip %1: label '%2' is not one of the classes (%3)")
                            .arg(i)
                            .arg(t == index.cend() ? truth[i] : predicted[i], r.classes.join(QStringLiteral(", "))));
        ++r.confusion[std::size_t(t.value())][std::size_t(p.value())];
        correct += t.value() == p.value() ? 1 : 0;
    }
    r.total = std::size_t(truth.size());
    r.accuracy = double(correct) / double(r.total);
    r.precision.assign(std::size_t(k), 0);
    r.recall.assign(std::size_t(k), 0);
    r.f1.assign(std::size_t(k), 0);
    r.support.assign(std::size_t(k), 0);
    double sumF1 = 0;
    for (std::size_t c = 0; c < std::size_t(k); ++c) {
        std::size_t predictedAs = 0, actual = 0;
        for (std::size_t o = 0; o < std::size_t(k); ++o) {
            predictedAs += r.confusion[o][c];
            actual += r.confusion[c][o];
        }
        const double tp = double(r.confusion[c][c]);
        r.support[c] = actual;
        r.precision[c] = predictedAs ? tp / double(predictedAs) : 0.0;
        r.recall[c] = actual ? tp / double(actual) : 0.0;
        const double pr = r.precision[c] + r.recall[c];
        r.f1[c] = pr > 0 ? 2.0 * r.precision[c] * r.recall[c] / pr : 0.0;
        sumF1 += r.f1[c];
    }
    r.macroF1 = sumF1 / double(k);
    return r;
}

} // namespace st
