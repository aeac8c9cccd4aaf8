// MainWindow: Analysis > Explain a corpus… opens CorpusExplainDialog (non-modal) with the catalog's usable models;
// the job runs on the window's JobManager (so the Jobs panel shows and can cancel it).
#include "window/MainWindow.h"

#include "attribution/CorpusExplainDialog.h"
#include "catalog/ModelCatalog.h"

namespace st {

void MainWindow::showCorpusExplainDialog()
{
    QList<QPair<QString, ModelManifest>> models;
    for (const CatalogEntry &e : m_catalog->entries())
        if (e.usable)
            models.append({e.name, e.manifest});
    auto *dlg = new CorpusExplainDialog(m_jobs, models, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("corpusExplainDialog"));
    dlg->show();
}

} // namespace st
