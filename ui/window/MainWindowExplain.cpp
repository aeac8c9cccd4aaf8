// MainWindow, explanations: the Explain dock (Integrated Gradients), its attribution layers over the waveform and
// spectrogram panes, and the models and library fingerprints it can explain against.
#include "window/MainWindow.h"

#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "attribution/ExplainPanel.h"
#include "catalog/ModelCatalog.h"
#include "document/AudioDocument.h"
#include "library/FingerprintLibrary.h"
#include "tracing/LibraryPanel.h"
#include "util/Error.h"
#include "view/Pane.h"
#include "view/SpectrogramLayer.h"
#include "view/ViewState.h"

#include <QDockWidget>
#include <QStatusBar>

namespace st {

void MainWindow::buildExplainDock(QDockWidget *raiseAfter)
{
    // Integrated Gradients (ui/attribution): its layers go over the waveform and the spectrogram while it
    // holds attributions (the pane's key is then the attribution legend).
    m_explainDock = new QDockWidget(tr("Explain"), this);
    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explainPanel = new ExplainPanel(m_jobs);
    m_explainDock->setWidget(scrollable(m_explainPanel));
    addDockWidget(Qt::RightDockWidgetArea, m_explainDock);
    tabifyDockWidget(m_traceDock, m_explainDock);
    raiseAfter->raise();
    connect(m_explainPanel->data(), &AttributionData::changed, this, &MainWindow::updateAttributionLayers);
    connect(m_explainPanel, &ExplainPanel::displayChanged, this, &MainWindow::updateAttributionLayers);
    connect(m_explainPanel, &ExplainPanel::finished, this, [this](bool ok) {
        statusBar()->showMessage(ok ? tr("Attributions ready: %1").arg(m_explainPanel->completenessText())
                                    : m_explainPanel->statusText(),
                                 10000);
    });
    connect(m_view, &ViewState::selectionChanged, this, [this]() {
        if (m_explainPanel)
            m_explainPanel->setSelection(m_view->selectionStart(), m_view->selectionEnd());
    });
    connect(m_libraryPanel, &LibraryPanel::libraryChanged, this, &MainWindow::offerFingerprintsToExplain);
}

void MainWindow::offerModelsToExplain()
{
    if (!m_explainPanel)
        return;
    QList<ModelManifest> usable;
    for (const CatalogEntry &e : m_catalog->entries())
        if (e.usable)
            usable << e.manifest;
    m_explainPanel->setModels(usable);
}

void MainWindow::updateAttributionLayers()
{
    if (!m_explainPanel)
        return;
    AttributionLayer *wave = m_explainPanel->waveformLayer();
    AttributionHeatmapLayer *heat = m_explainPanel->heatmapLayer();
    m_wavePane->removeLayer(wave);
    m_specPane->removeLayer(heat);
    if (m_doc && !m_explainPanel->data()->isEmpty()) {
        if (m_specLayer) {
            heat->setFrequencyAxis(m_specLayer->frequencyAxis());
            // Greyscale under the map (so both of its colours read), unless the panel asks for the colour map
            // or the user's map is a greyscale already; the map's colours are chosen for what is drawn under it.
            const ColourMap::Id chosen = m_specLayer->settings().colourMap;
            const bool grey = chosen == ColourMap::Greyscale || chosen == ColourMap::InvertedGreyscale;
            m_specLayer->setColourMapOverride(m_explainPanel->colourSpectrogramUnderMap() || grey ? -1 : int(ColourMap::Greyscale));
            heat->setUnderlay(m_specLayer->shownColourMap());
        }
        m_wavePane->addLayer(wave);
        m_specPane->addLayer(heat);
    } else if (m_specLayer) {
        m_specLayer->setColourMapOverride(-1);
    }
    updateAnnotationLayers(); // the annotations stay on top of the attributions
    updateAnnotationShares();
}

void MainWindow::offerFingerprintsToExplain()
{
    if (!m_explainPanel)
        return;
    QStringList names;
    std::vector<std::vector<float>> vectors;
    if (FingerprintLibrary *lib = m_libraryPanel->library()) {
        try {
            for (const SourceInfo &s : lib->sources()) {
                names << (s.level == SourceLevel::Attack ? s.name : sourceLevelName(s.level) + QLatin1Char('/') + s.name);
                vectors.push_back(lib->fingerprint(s.level, s.name));
            }
        } catch (const Error &) {
            names.clear();
            vectors.clear();
        }
    }
    m_explainPanel->setFingerprints(names, vectors);
}

} // namespace st
