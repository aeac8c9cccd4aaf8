// MainWindow, models: the model chooser (toolbar combo box and Models menu) over the ModelCatalog, the remembered
// choice, and waiting for the catalogue's scan.
#include "window/MainWindow.h"

#include "catalog/ModelCatalog.h"
#include "common/AppSettings.h"
#include "detection/FusedDetectorBox.h"
#include "document/AudioDocument.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QThread>
#include <QToolBar>
#include <QToolButton>

namespace st {

namespace {
const char *kModelKey = "models/current";
} // namespace

void MainWindow::buildModelActions(QToolBar *tb)
{
    m_actDetect = makeAction(tr("&Detect"), QKeySequence(tr("Ctrl+D")), [this]() { detect(); });
    m_actRescanModels = makeAction(tr("&Rescan models"), QKeySequence(), [this]() { m_catalog->refresh(m_jobs); });
    tb->addSeparator();
    auto *modelLabel = new QLabel(tr(" Model "));
    tb->addWidget(modelLabel);
    m_modelCombo = new QComboBox;
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setMinimumContentsLength(12);
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setToolTip(tr("The model Detect runs"));
    tb->addWidget(m_modelCombo);
    connect(m_modelCombo, &QComboBox::activated, this, [this](int i) {
        const QString name = m_modelCombo->itemData(i).toString();
        if (!name.isEmpty())
            setCurrentModel(name);
    });
    tb->addAction(m_actDetect);
    if (auto *button = qobject_cast<QToolButton *>(tb->widgetForAction(m_actDetect)))
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::connectModelCatalog()
{
    connect(m_catalog, &ModelCatalog::ready, this, &MainWindow::rebuildModelChooser);
    connect(m_catalog, &ModelCatalog::ready, this, &MainWindow::updateTraceUi);
    connect(m_catalog, &ModelCatalog::ready, this, &MainWindow::offerModelsToExplain);
    connect(m_catalog, &ModelCatalog::ready, this, [this]() {
        const QString pending = m_pendingDefaultAnalysis;
        m_pendingDefaultAnalysis.clear();
        if (!pending.isEmpty() && m_doc && m_doc->file() && m_doc->file()->info().path == pending)
            runDefaultAnalysis(false);
    });
    connect(m_catalog, &ModelCatalog::failed, this,
            [this](const QString &msg) { showError(tr("Models"), msg); });
    m_preferredModel = appSettings().value(kModelKey).toString();
    m_catalog->refresh(m_jobs);
}

void MainWindow::setModelFolders(const QStringList &folders)
{
    m_catalog->setFolders(folders);
    m_catalog->refresh(m_jobs);
    rebuildModelChooser();
}

bool MainWindow::waitForModels(int msecs)
{
    QElapsedTimer t;
    t.start();
    while (!m_catalog->isReady() || !m_jobs->activeJobs().isEmpty()) {
        if (m_catalog->isReady()) {
            // Other jobs may run (the clip's hash); the list is what we wait for.
            bool scanning = false;
            for (const JobPtr &j : m_jobs->activeJobs())
                scanning = scanning || j->description() == tr("Check models");
            if (!scanning)
                break;
        }
        if (t.elapsed() > msecs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
    return true;
}

QString MainWindow::currentModel() const
{
    return m_modelCombo && m_modelCombo->currentIndex() >= 0 ? m_modelCombo->currentData().toString() : QString();
}

bool MainWindow::setCurrentModel(const QString &name)
{
    if (isFusedChoice(name)) {
        const int i = m_modelCombo->findData(name);
        if (i < 0)
            return false;
        m_preferredModel = name;
        appSettings().setValue(kModelKey, name);
        if (m_modelCombo->currentIndex() != i) {
            const QSignalBlocker block(m_modelCombo);
            m_modelCombo->setCurrentIndex(i);
        }
        for (QAction *a : m_modelsMenu->actions())
            if (a->isCheckable())
                a->setChecked(false);
        updateDetectUi();
        return true;
    }
    const CatalogEntry *e = m_catalog->find(name);
    if (!e || !e->usable)
        return false;
    m_preferredModel = name;
    appSettings().setValue(kModelKey, name);
    const int i = m_modelCombo->findData(name);
    if (i >= 0 && m_modelCombo->currentIndex() != i) {
        const QSignalBlocker block(m_modelCombo);
        m_modelCombo->setCurrentIndex(i);
    }
    for (QAction *a : m_modelsMenu->actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == name);
    updateDetectUi();
    return true;
}

void MainWindow::rebuildModelChooser()
{
    const QSignalBlocker block(m_modelCombo);
    m_modelCombo->clear();
    m_modelsMenu->clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_modelCombo->model());
    if (!m_catalog->isReady()) {
        m_modelCombo->addItem(tr("(checking models...)"));
        m_modelsMenu->addAction(tr("(checking models...)"))->setEnabled(false);
    } else if (m_catalog->entries().isEmpty()) {
        m_modelCombo->addItem(tr("(no models found)"));
        QAction *none = m_modelsMenu->addAction(tr("(no models found)"));
        none->setEnabled(false);
        none->setToolTip(tr("Searched: %1").arg(m_catalog->folders().join(QStringLiteral(", "))));
    }
    auto *group = new QActionGroup(m_modelsMenu);
    QString chosen;
    QString firstDetector;
    for (const CatalogEntry &e : m_catalog->entries()) {
        QString label = e.name;
        if (!e.usable)
            label += tr(" (refused)");
        else if (!e.manifest.isDetector())
            label += tr(" (not a detector)");
        m_modelCombo->addItem(label, e.usable ? e.name : QString());
        const int row = m_modelCombo->count() - 1;
        m_modelCombo->setItemData(row, e.description(), Qt::ToolTipRole);
        if (items && !e.usable)
            items->item(row)->setEnabled(false);
        QAction *a = m_modelsMenu->addAction(label);
        a->setData(e.usable ? e.name : QString());
        a->setToolTip(e.description());
        a->setEnabled(e.usable);
        a->setCheckable(e.usable);
        if (e.usable) {
            group->addAction(a);
            const QString name = e.name;
            connect(a, &QAction::triggered, this, [this, name]() { setCurrentModel(name); });
            if (e.name == m_preferredModel)
                chosen = e.name;
            if (firstDetector.isEmpty() && e.manifest.isDetector())
                firstDetector = e.name;
        }
    }
    // The fused detectors of the Detection dock (FusedDetectorBox), as "Fused: <file name>" entries: Detect runs them
    // through the box. They have no embedding and no gradient, so they are not offered for tracing or explaining.
    if (auto *box = findChild<FusedDetectorBox *>(QStringLiteral("fusedDetectorBox")); box && m_catalog->isReady()) {
        const QStringList names = box->entries(), paths = box->paths();
        for (int k = 0; k < names.size() && k < paths.size(); ++k) {
            const QString data = QLatin1String(kFusedChoicePrefix) + paths[k];
            m_modelCombo->addItem(names[k], data);
            m_modelCombo->setItemData(m_modelCombo->count() - 1,
                                      tr("Fused detector (fusion model %1): Detect runs every component detector and fuses their scores; "
                                         "it cannot trace or explain (a fusion has no embedding and no gradient)").arg(paths[k]),
                                      Qt::ToolTipRole);
            if (data == m_preferredModel)
                chosen = data;
        }
    }
    m_modelsMenu->addSeparator();
    m_modelsMenu->addAction(m_actDetect);
    m_modelsMenu->addAction(m_actRescanModels);
    // The user's choice (remembered) wins; then the project's own default model; then the first detector.
    if (chosen.isEmpty()) {
        const CatalogEntry *def = m_catalog->find(defaultModelName());
        chosen = def && def->usable ? def->name : firstDetector;
    }
    if (!chosen.isEmpty()) {
        m_modelCombo->setCurrentIndex(m_modelCombo->findData(chosen));
        for (QAction *a : m_modelsMenu->actions())
            if (a->isCheckable())
                a->setChecked(a->data().toString() == chosen);
    } else {
        m_modelCombo->setCurrentIndex(-1);
    }
    updateDetectUi();
}

} // namespace st
