#pragma once
// The corpus and mean-feature forms of `sourcetrace-cli explain` (ExplainCorpus.cpp).
#include <QString>
#include <QStringList>

namespace st::cli {

/// True when the arguments ask for the corpus form (--protocol) or the mean-feature baseline.
bool isExplainCorpusForm(const QStringList &args);
/// explain --protocol P ... / explain --baseline bonafide-mean --baseline-file F FILE ...
int runExplainCorpus(const QStringList &args);
/// explain baseline --protocol P --out F.json
int runExplainBaseline(const QStringList &args);
/// bands_<column>.png and mean_tf_*.png of a corpus output folder; returns the paths.
QStringList writeCorpusPlots(const QString &outDir);

} // namespace st::cli
