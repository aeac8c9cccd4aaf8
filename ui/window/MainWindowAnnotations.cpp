// MainWindow, annotations: the Annotations dock, the annotation layers over the waveform and spectrogram panes,
// the Edit menu's annotation entries (annotate the selection, edit, delete, undo, redo), CSV import/export and the
// attribution shares per cue of the explanation on screen. Storage (case or session) is AnnotationModel's.
#include "window/MainWindow.h"

#include "annotation/AnnotationDialog.h"
#include "annotation/AnnotationDragger.h"
#include "annotation/AnnotationLayer.h"
#include "annotation/AnnotationModel.h"
#include "annotation/AnnotationPanel.h"
#include "attribution/AttributionData.h"
#include "attribution/ExplainPanel.h"
#include "examination/CaseSession.h"
#include "common/SafeFileDialog.h"
#include "document/AudioDocument.h"
#include "explain/AttributionReport.h"
#include "view/Pane.h"
#include "view/ViewState.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace st {

void MainWindow::buildAnnotationDock(QDockWidget *raiseAfter)
{
    m_annotationModel = new AnnotationModel(this);
    m_annotationModel->setCaseSession(m_case);
    m_annotWaveLayer = new AnnotationLayer(m_annotationModel, AnnotationLayer::Target::Waveform, this);
    m_annotSpecLayer = new AnnotationLayer(m_annotationModel, AnnotationLayer::Target::Spectrogram, this);
    m_annotationDock = new QDockWidget(tr("Annotations"), this);
    m_annotationDock->setObjectName(QStringLiteral("annotationDock"));
    m_annotationPanel = new AnnotationPanel(m_annotationModel);
    m_annotationDock->setWidget(scrollable(m_annotationPanel)); // its minimum height must not set the window's
    addDockWidget(Qt::RightDockWidgetArea, m_annotationDock);
    tabifyDockWidget(m_explainDock, m_annotationDock);
    raiseAfter->raise();

    connect(m_annotationPanel, &AnnotationPanel::addRequested, this, &MainWindow::annotateSelection);
    connect(m_annotationPanel, &AnnotationPanel::editRequested, this, &MainWindow::editAnnotation);
    connect(m_annotationPanel, &AnnotationPanel::regionActivated, this, &MainWindow::showAnnotationRegion);
    connect(m_annotationPanel, &AnnotationPanel::importRequested, this, [this]() {
        const QString path = safeOpenFileName(this, tr("Import annotations"), {}, tr("Annotations CSV (*.csv);;All files (*)"));
        if (!path.isEmpty() && m_annotationPanel->importCsv(path) < 0)
            showError(tr("Import annotations"), m_annotationPanel->lastError());
    });
    connect(m_annotationPanel, &AnnotationPanel::exportRequested, this, [this]() {
        const QString base = m_doc ? QFileInfo(m_doc->info().path).completeBaseName() + QStringLiteral("-annotations.csv") : QString();
        const QString path = safeSaveFileName(this, tr("Export annotations"), base, tr("Annotations CSV (*.csv)"));
        if (!path.isEmpty() && !m_annotationPanel->exportCsv(path))
            showError(tr("Export annotations"), m_annotationPanel->lastError());
    });
    connect(m_annotationModel, &AnnotationModel::storageChanged, this, &MainWindow::updateAnnotationUi);
    connect(m_annotationModel, &AnnotationModel::annotationsChanged, this, &MainWindow::updateAnnotationUi);
    connect(m_annotationModel, &AnnotationModel::selectedChanged, this, [this]() { updateAnnotationUi(); });
    connect(m_view, &ViewState::selectionChanged, this, &MainWindow::updateAnnotationUi);
    connect(m_explainPanel->data(), &AttributionData::changed, this, &MainWindow::updateAnnotationShares);
    // Dragging an edge (or Ctrl+dragging a region) in either pane is an undoable edit.
    const QList<AnnotationLayer *> both{m_annotWaveLayer, m_annotSpecLayer};
    new AnnotationDragger(m_wavePane, m_annotWaveLayer, both, m_annotationPanel, this);
    new AnnotationDragger(m_specPane, m_annotSpecLayer, both, m_annotationPanel, this);
    // A click inside an annotated region picks that annotation (the click also moves the play position).
    for (Pane *p : {m_wavePane, m_specPane})
        connect(p, &Pane::clicked, this, [this](qint64 frame) {
            if (!m_doc || m_view->sampleRate() <= 0)
                return;
            const double t = double(frame) / m_view->sampleRate();
            qint64 best = 0;
            double width = 1e300;
            for (const Annotation &a : m_annotationModel->annotations())
                if (a.startS <= t && t < a.endS && a.endS - a.startS < width) {
                    best = a.id;
                    width = a.endS - a.startS;
                }
            if (best)
                m_annotationPanel->selectAnnotation(best);
        });
}

void MainWindow::buildAnnotationMenu()
{
    // An Edit menu after File; the library keeps Ctrl+Z / Ctrl+Y for its own history, so annotations undo with
    // Ctrl+Alt+Z and redo with Ctrl+Alt+Y (both free in every menu).
    QMenu *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("editMenu"));
    const QList<QAction *> top = menuBar()->actions();
    menuBar()->insertMenu(top.size() > 1 ? top[1] : nullptr, edit);
    m_actAnnotUndo = m_annotationPanel->undoStack()->createUndoAction(this, tr("&Undo annotation"));
    m_actAnnotUndo->setShortcut(QKeySequence(tr("Ctrl+Alt+Z")));
    m_actAnnotRedo = m_annotationPanel->undoStack()->createRedoAction(this, tr("&Redo annotation"));
    m_actAnnotRedo->setShortcut(QKeySequence(tr("Ctrl+Alt+Y")));
    edit->addAction(m_actAnnotUndo);
    edit->addAction(m_actAnnotRedo);
    addAction(m_actAnnotUndo);
    addAction(m_actAnnotRedo);
    edit->addSeparator();
    m_actAnnotate = makeAction(tr("&Annotate selection..."), QKeySequence(Qt::Key_A), [this]() { annotateSelection(); });
    m_actAnnotEdit = makeAction(tr("&Edit annotation..."), QKeySequence(tr("Shift+A")), [this]() {
        if (const qint64 id = m_annotationModel->selectedId())
            editAnnotation(id);
    });
    m_actAnnotDelete = makeAction(tr("&Delete annotation"), QKeySequence(QKeySequence::Delete), [this]() {
        if (const qint64 id = m_annotationModel->selectedId())
            m_annotationPanel->deleteAnnotation(id);
    });
    // Delete acts only while the panes or the Annotations dock have the focus: elsewhere (a library tree, a form)
    // the key belongs to that widget, never to the annotation picked earlier.
    m_actAnnotDelete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(m_actAnnotDelete);
    for (QWidget *w : {static_cast<QWidget *>(m_wavePane), static_cast<QWidget *>(m_specPane), static_cast<QWidget *>(m_annotationPanel)})
        w->addAction(m_actAnnotDelete);
    edit->addAction(m_actAnnotate);
    edit->addAction(m_actAnnotEdit);
    edit->addAction(m_actAnnotDelete);
    edit->addSeparator();
    edit->addAction(m_annotationDock->toggleViewAction());
    edit->addSeparator();
    m_actPreferences = edit->addAction(tr("&Preferences..."), this, [this]() { showPreferences(); });
    m_actPreferences->setObjectName(QStringLiteral("preferencesAction"));
    m_actPreferences->setMenuRole(QAction::PreferencesRole);
    updateAnnotationUi();
}

void MainWindow::updateAnnotationUi()
{
    if (!m_actAnnotate)
        return;
    const QString blocker = m_annotationModel->editBlocker();
    const bool editable = blocker.isEmpty();
    m_actAnnotate->setEnabled(editable && m_view->hasSelection());
    m_actAnnotate->setToolTip(!editable ? blocker : m_view->hasSelection() ? tr("Annotate the selected time range")
                                                                            : tr("Select a time range first (drag across a pane)"));
    const bool picked = m_annotationModel->selectedId() != 0;
    m_actAnnotEdit->setEnabled(editable && picked);
    m_actAnnotDelete->setEnabled(editable && picked);
    for (QAction *a : {m_actAnnotEdit, m_actAnnotDelete})
        a->setToolTip(editable ? QString() : blocker);
}

void MainWindow::loadAnnotationsForClip()
{
    if (!m_annotationModel)
        return;
    m_annotationModel->setClip(m_doc ? m_doc->info().path : QString(), m_doc ? m_doc->sha256() : QString());
    if (m_doc)
        connect(m_doc.get(), &AudioDocument::hashReady, m_annotationModel, &AnnotationModel::setClipSha256);
    if (m_doc && m_annotationModel->storage() == AnnotationModel::Storage::Memory && !m_annotationModel->annotations().isEmpty())
        statusBar()->showMessage(m_annotationModel->storageText(), 8000);
    updateAnnotationShares();
}

void MainWindow::updateAnnotationLayers()
{
    if (!m_annotWaveLayer)
        return;
    // Always on top of the other layers, and handing the pane's key to the layer under it.
    m_wavePane->removeLayer(m_annotWaveLayer);
    m_specPane->removeLayer(m_annotSpecLayer);
    if (!m_doc)
        return;
    m_annotWaveLayer->setKeyLayer(m_wavePane->layers().isEmpty() ? nullptr : m_wavePane->layers().last());
    m_annotSpecLayer->setKeyLayer(m_specPane->layers().isEmpty() ? nullptr : m_specPane->layers().last());
    if (m_specLayer)
        m_annotSpecLayer->setFrequencyAxis(m_specLayer->frequencyAxis());
    m_wavePane->addLayer(m_annotWaveLayer);
    m_specPane->addLayer(m_annotSpecLayer);
}

void MainWindow::updateAnnotationShares()
{
    if (!m_annotationPanel)
        return;
    AttributionData *data = m_explainPanel ? m_explainPanel->data() : nullptr;
    if (!m_doc || !data || data->isEmpty() || data->report()->evidencePath != m_doc->info().path) {
        m_annotationPanel->setAttribution({}, 0);
        return;
    }
    const AttributionReport &rep = *data->report();
    m_annotationPanel->setAttribution(rep.result.attribution, rep.result.sampleRate,
                                      tr("%1, %2").arg(rep.result.modelName, rep.result.targetDescription));
}

void MainWindow::annotateSelection()
{
    if (!m_doc || !m_view->hasSelection()) {
        showError(tr("Annotate selection"), tr("Select a time range first (drag across a pane)."));
        return;
    }
    if (!m_annotationModel->canEdit()) {
        showError(tr("Annotate selection"), m_annotationModel->editBlocker());
        return;
    }
    const int rate = m_doc->info().sampleRate;
    Annotation a;
    a.startS = double(m_view->selectionStart()) / rate;
    a.endS = double(m_view->selectionEnd()) / rate;
    AnnotationDialog dlg(a, double(m_doc->info().frames) / rate, rate / 2.0, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (!m_annotationPanel->addAnnotation(dlg.annotation()))
        showError(tr("Annotate selection"), m_annotationPanel->lastError());
    else if (m_annotationModel->storage() == AnnotationModel::Storage::Memory)
        statusBar()->showMessage(m_annotationModel->storageText(), 10000);
    m_annotationDock->show();
    m_annotationDock->raise();
}

void MainWindow::editAnnotation(qint64 id)
{
    const auto a = m_annotationModel->find(id);
    if (!a || !m_doc)
        return;
    if (!m_annotationModel->canEdit()) {
        showError(tr("Edit annotation"), m_annotationModel->editBlocker());
        return;
    }
    const int rate = m_doc->info().sampleRate;
    AnnotationDialog dlg(*a, double(m_doc->info().frames) / rate, rate / 2.0, this);
    if (dlg.exec() == QDialog::Accepted && !m_annotationPanel->editAnnotation(dlg.annotation()))
        showError(tr("Edit annotation"), m_annotationPanel->lastError());
}

void MainWindow::showAnnotationRegion(qint64 id)
{
    const auto a = m_annotationModel->find(id);
    if (!a || !m_doc)
        return;
    const int rate = m_doc->info().sampleRate;
    const auto f0 = int64_t(std::llround(a->startS * rate)), f1 = int64_t(std::llround(a->endS * rate));
    m_view->setSelection(f0, f1);
    // Shows the region with a margin of a quarter of its length on each side (zooming out when needed).
    const double len = double(f1 - f0);
    if (double(f0) < m_view->startFrame() || double(f1) > m_view->endFrame() || m_view->endFrame() - m_view->startFrame() > 20 * len)
        m_view->zoomToRange(std::max(0.0, f0 - 0.25 * len), std::min(double(m_view->totalFrames()), f1 + 0.25 * len));
}

} // namespace st
