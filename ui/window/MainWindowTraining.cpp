// MainWindow, training: the Training dock (bottom, shown on demand), whose finished models join the model chooser.
#include "window/MainWindow.h"

#include "catalog/ModelCatalog.h"
#include "training/TrainingPanel.h"

#include <QDockWidget>
#include <QStatusBar>

namespace st {

void MainWindow::buildTrainingDock()
{
    // Training (ui/training/TrainingPanel): corpus-level and long, so a wide dock at the bottom, shown on demand. A finished
    // run's model is copied into the user's model folder; the chooser is rescanned (with that folder added when
    // the window was given other folders).
    m_trainingDock = new QDockWidget(tr("Training"), this);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    m_trainingPanel = new TrainingPanel(m_jobs);
    m_trainingPanel->setInteractive(m_interactive);
    m_trainingPanel->setExistingModelLookup([this](const QString &name) {
        const CatalogEntry *e = m_catalog->find(name);
        return e ? (e->manifest.manifestPath.isEmpty() ? name : e->manifest.manifestPath) : QString();
    });
    m_trainingDock->setWidget(scrollable(m_trainingPanel)); // the window fits 1366x768 with the dock open
    // The side docks keep the full height; the training dock spans the width between them.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_trainingDock->hide();
    connect(m_trainingDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // The first time it is shown, give it about half the height (its curves need it).
        if (!visible || m_trainingDock->property("sized").toBool() || m_trainingDock->isFloating())
            return;
        m_trainingDock->setProperty("sized", true);
        resizeDocks({m_trainingDock}, {std::max(320, height() / 2)}, Qt::Vertical);
    });
    connect(m_trainingPanel, &TrainingPanel::statusMessage, this, [this](const QString &msg) {
        statusBar()->showMessage(msg, 15000);
    });
    connect(m_trainingPanel, &TrainingPanel::errorOccurred, this, [this](const QString &, const QString &msg) {
        m_lastError = msg; // the panel shows its own message box when interactive
    });
    connect(m_trainingPanel, &TrainingPanel::modelInstalled, this, [this](const QString &, const QString &) {
        const QString folder = m_trainingPanel->modelFolder();
        QStringList dirs = m_catalog->folders();
        if (!dirs.contains(folder)) {
            dirs.prepend(folder);
            m_catalog->setFolders(dirs);
        }
        m_catalog->refresh(m_jobs);
    });
}

} // namespace st
