// MainWindow, artefact statistics: the "Artefact statistics..." action (Analysis menu, else the Edit menu)
// opens ArtefactStatsDialog (ui/attribution), non-modal, one per window; its inputs are remembered in QSettings.
#include "window/MainWindow.h"

#include "attribution/ArtefactStatsDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace st {

void MainWindow::buildArtefactsAction()
{
    auto *a = new QAction(tr("Artefact &statistics..."), this);
    a->setObjectName(QStringLiteral("actArtefactStats"));
    a->setToolTip(tr("Per cue type: attribution inside annotated regions against their share of time, correlation, EER"));
    connect(a, &QAction::triggered, this, [this]() {
        auto *d = findChild<ArtefactStatsDialog *>();
        if (!d) {
            d = new ArtefactStatsDialog(this);
            QSettings s;
            d->setInputs(s.value(QStringLiteral("artefacts/protocol")).toString(), s.value(QStringLiteral("artefacts/annotations")).toString(),
                         s.value(QStringLiteral("artefacts/explanations")).toString());
            connect(d, &QDialog::finished, d, [d]() {
                const QList<QLineEdit *> edits = d->findChildren<QLineEdit *>();
                if (edits.size() == 3) {
                    QSettings s;
                    s.setValue(QStringLiteral("artefacts/protocol"), edits[0]->text());
                    s.setValue(QStringLiteral("artefacts/annotations"), edits[1]->text());
                    s.setValue(QStringLiteral("artefacts/explanations"), edits[2]->text());
                }
            });
        }
        d->show();
        d->raise();
        d->activateWindow();
    });
    // The Analysis menu when the window has one (corpus-level work), else the Edit menu (the annotations).
    QMenu *menu = nullptr;
    for (QAction *m : menuBar()->actions())
        if (m->menu() && m->text() == tr("&Analysis"))
            menu = m->menu();
    if (!menu)
        menu = findChild<QMenu *>(QStringLiteral("editMenu"));
    if (!menu)
        menu = menuBar()->addMenu(tr("&Tools"));
    menu->addSeparator();
    menu->addAction(a);
}

} // namespace st
