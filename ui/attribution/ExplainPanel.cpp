#include "attribution/ExplainPanel.h"
#include "common/LocaleFormat.h"

#include "common/AppSettings.h"
#include "common/ExportStamp.h"
#include "common/SafeFileDialog.h"

#include "view/LayerGeometry.h"
#include "view/ViewState.h"
#include "audio/AudioFile.h"
#include "attribution/AttributionColourKey.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "explain/FeatureIntegratedGradients.h"
#include "explain/IntegratedGradients.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include <QLocale>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardItemModel>
#include <QSlider>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>

namespace st {

namespace {

// A LayerGeometry over the whole clip, for painting layers into an exported picture.
class WholeClipGeometry : public LayerGeometry
{
public:
    WholeClipGeometry(int64_t frames, int rate, const QRect &rect) : m_rect(rect)
    {
        m_view.setDocument(std::max<int64_t>(1, frames), std::max(1, rate));
        m_view.setWidth(rect.width());
        m_view.fitAll();
    }
    const ViewState &view() const override { return m_view; }
    QRect dataRect() const override { return m_rect; }
    bool isExporting() const override { return true; }

private:
    ViewState m_view;
    QRect m_rect;
};

QString percent(double v)
{
    return QStringLiteral("%1 %").arg(shownLocale().toString(100.0 * v, 'f', 1));
}

} // namespace

ExplainPanel::ExplainPanel(JobManager *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_data(new AttributionData(this)), m_waveLayer(new AttributionLayer(m_data, this)),
      m_heatLayer(new AttributionHeatmapLayer(m_data, this))
{
    buildUi();
    m_featureFile = appSettings().value(QStringLiteral("explain/featureBaselineFile")).toString();
    updateFeatureBaselineEntry();
    updateButtons();
}

ExplainPanel::~ExplainPanel()
{
    if (m_job)
        m_job->cancel();
    if (m_jobs && m_job)
        m_jobs->waitFor(m_job, 60000);
}

void ExplainPanel::buildUi()
{
    auto *form = new QFormLayout;
    m_modelBox = new QComboBox;
    m_targetBox = new QComboBox;
    m_fpButton = new QPushButton(tr("Fingerprint CSV…"));
    m_fpButton->setToolTip(tr("Load fingerprints (STOPA layout: file,0,...,D-1) as cosine-similarity targets"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetBox, 1);
    targetRow->addWidget(m_fpButton);
    m_baselineBox = new QComboBox;
    m_baselineBox->addItem(tr("Silence (zeros)"), int(BaselineKind::Silence));
    m_baselineBox->addItem(tr("Noise, -60 dBFS, 4 draws"), int(BaselineKind::Noise));
    m_baselineBox->addItem(tr("Low-pass copy, 1 kHz"), int(BaselineKind::LowPass));
    // The recommended baseline of SourceTrace's spectral models (Baseline.h, recommendedBaseline): chosen with the model.
    m_baselineBox->addItem(tr("Noise, -50 dBFS, 4 draws (spectral models)"), kQuietNoise);
    // Feature-space IG from the mean front-end feature of bona fide reference clips (FeatureIntegratedGradients.h).
    m_baselineBox->addItem(tr("Bona fide mean (file…)"), kFeatureMean);
    m_featureButton = new QPushButton(tr("File…"));
    m_featureButton->setToolTip(tr("Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline --protocol REF --out F.json`)"));
    auto *baselineRow = new QHBoxLayout;
    baselineRow->addWidget(m_baselineBox, 1);
    baselineRow->addWidget(m_featureButton);
    m_steps = new QSpinBox;
    m_steps->setRange(2, 4096);
    m_steps->setValue(50);
    m_ruleBox = new QComboBox;
    m_ruleBox->addItem(tr("Gauss-Legendre"), int(IntegrationRule::GaussLegendre));
    m_ruleBox->addItem(tr("Trapezoid"), int(IntegrationRule::Trapezoid));
    // Long model and baseline names must not set the dock's minimum width (it would scroll sideways at 1366x768).
    for (QComboBox *box : {m_modelBox, m_targetBox, m_baselineBox, m_ruleBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    form->addRow(tr("Model"), m_modelBox);
    form->addRow(tr("Target"), targetRow);
    form->addRow(tr("Baseline"), baselineRow);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Rule"), m_ruleBox);
    m_jumpsBox = new QCheckBox(tr("Attribute the model's jumps"));
    m_jumpsBox->setChecked(true);
    m_jumpsBox->setToolTip(tr("AASIST's graph pooling keeps the top-scoring nodes, so its output jumps where the kept nodes change "
                              "along the path. On: each jump is located and attributed through the score crossing that caused it, "
                              "so the attributions add up to the change of the target (slower). Off: plain Integrated Gradients; "
                              "the jumps stay in the completeness gap."));
    form->addRow(QString(), m_jumpsBox);
    m_threads = new QSpinBox;
    m_threads->setObjectName(QStringLiteral("explainThreads"));
    m_threads->setRange(1, 256);
    m_threads->setValue(std::max(1, QThread::idealThreadCount()));
    // The thread count of the last run is remembered (all cores until the examiner changes it).
    if (const int saved = appSettings().value(QStringLiteral("explain/threads")).toInt(); saved >= 1 && saved <= 256)
        m_threads->setValue(saved);
    m_threads->setToolTip(tr("LibTorch threads for the run (default: all %1 cores of this machine)").arg(QThread::idealThreadCount()));
    form->addRow(tr("Threads"), m_threads);
    m_coarseBox = new QCheckBox(tr("Coarse result first (%1 steps, plain IG)").arg(kCoarseSteps));
    m_coarseBox->setToolTip(tr("Shows a quick result of %1 steps without the jump search at once, marked coarse; the full "
                               "run replaces it. On by default for models whose run takes longer than %2 s.")
                                .arg(kCoarseSteps).arg(kSlowSeconds));
    form->addRow(QString(), m_coarseBox);

    m_runButton = new QPushButton(tr("Explain"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_estimate = new QLabel;
    m_estimate->setObjectName(QStringLiteral("explainEstimate"));
    // The estimate has a line of its own, wrapped: beside the buttons it set the dock's width or was cut off.
    m_estimate->setWordWrap(true);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addStretch(1);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_completeness = new QLabel;
    m_completeness->setWordWrap(true);
    m_staleLabel = new QLabel;
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(QStringLiteral("background: #3a3a3a; color: #ffd278; font-weight: bold; padding: 2px 4px;"));
    m_staleLabel->hide();
    m_moreStepsButton = new QPushButton;
    m_moreStepsButton->setToolTip(tr("The completeness gap is above 5 %: run again with four times the steps"));
    m_moreStepsButton->hide();
    m_region = new QLabel;
    m_region->setWordWrap(true);
    m_region->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *display = new QFormLayout;
    m_modeBox = new QComboBox;
    for (auto m : {AttributionHeatmapLayer::Mode::Signed, AttributionHeatmapLayer::Mode::Absolute,
                   AttributionHeatmapLayer::Mode::PositiveOnly, AttributionHeatmapLayer::Mode::NegativeOnly})
        m_modeBox->addItem(AttributionHeatmapLayer::modeName(m), int(m));
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(70);
    m_percentile = new QDoubleSpinBox;
    m_percentile->setRange(50.0, 100.0);
    m_percentile->setDecimals(1);
    m_percentile->setValue(98.0);
    m_percentile->setSuffix(tr(" th percentile"));
    display->addRow(tr("Map"), m_modeBox);
    display->addRow(tr("Opacity"), m_opacity);
    display->addRow(tr("Clip at"), m_percentile);
    m_colourUnderBox = new QCheckBox(tr("Colour spectrogram under the map"));
    m_colourUnderBox->setToolTip(tr("Off: the spectrogram is drawn in greyscale while the map is over it, so that both of the "
                                    "map's colours stay visible. On: the spectrogram keeps its colour map; the map's colours "
                                    "are then chosen to stand apart from it, and its strongest regions are outlined."));
    display->addRow(QString(), m_colourUnderBox);
    m_key = new AttributionColourKey(m_data, m_heatLayer);
    m_pngButton = new QPushButton(tr("Export PNG…"));
    m_svgButton = new QPushButton(tr("Export SVG…"));
    m_jsonButton = new QPushButton(tr("Export JSON…"));
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_pngButton);
    exportRow->addWidget(m_svgButton);
    exportRow->addWidget(m_jsonButton);

    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addLayout(runRow);
    v->addWidget(m_estimate);
    v->addWidget(m_progress);
    v->addWidget(m_status);
    v->addWidget(m_staleLabel);
    v->addWidget(m_completeness);
    v->addWidget(m_moreStepsButton, 0, Qt::AlignLeft);
    v->addLayout(display);
    v->addWidget(m_key);
    v->addWidget(m_region);
    v->addLayout(exportRow);
    v->addStretch(1);

    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this] {
        rebuildTargets();
        applyRecommendedBaseline();
        updateFeatureBaselineEntry();
        const double est = estimateSeconds();
        m_coarseBox->setChecked(est < 0 || est > kSlowSeconds);
        updateEstimate();
    });
    connect(m_steps, &QSpinBox::valueChanged, this, [this] { updateEstimate(); });
    connect(m_threads, &QSpinBox::valueChanged, this, [this] { updateEstimate(); });
    connect(m_baselineBox, &QComboBox::currentIndexChanged, this, [this] {
        // The feature baseline needs a file: asked for when none is known yet (an interactive choice only).
        if (featureBaselineSelected() && m_featureFile.isEmpty() && isVisible())
            chooseFeatureBaselineFile();
        updateEstimate();
    });
    connect(m_featureButton, &QPushButton::clicked, this, [this] { chooseFeatureBaselineFile(); });
    connect(m_jumpsBox, &QCheckBox::toggled, this, [this] { updateEstimate(); });
    connect(m_coarseBox, &QCheckBox::toggled, this, [this] { updateEstimate(); });
    connect(m_colourUnderBox, &QCheckBox::toggled, this, [this] { emit displayChanged(); });
    connect(m_data, &AttributionData::changed, this, [this] { updateStale(); });
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_moreStepsButton, &QPushButton::clicked, this, [this] { runWithMoreSteps(); });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { m_heatLayer->setMode(AttributionHeatmapLayer::Mode(m_modeBox->currentData().toInt())); });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int o) {
        m_heatLayer->setOpacity(o / 100.0);
        m_waveLayer->setOpacity(o / 100.0 * 0.85);
    });
    connect(m_percentile, &QDoubleSpinBox::valueChanged, this, [this](double p) { m_data->setClipPercentile(p); });
    connect(m_fpButton, &QPushButton::clicked, this, [this] {
        const QString f = safeOpenFileName(this, tr("Fingerprint CSV"), QString(), tr("CSV (*.csv)"));
        if (f.isEmpty())
            return;
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            m_status->setText(tr("%1: cannot read").arg(f));
            return;
        }
        QStringList names;
        std::vector<std::vector<float>> vecs;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = QString::fromUtf8(lines[i]).trimmed().split(QLatin1Char(','));
            if (cells.size() < 2)
                continue;
            std::vector<float> v;
            for (int k = 1; k < cells.size(); ++k)
                v.push_back(cells[k].toFloat());
            names << cells.first();
            vecs.push_back(std::move(v));
        }
        setFingerprints(names, vecs);
    });
    connect(m_pngButton, &QPushButton::clicked, this, [this] {
        const QString f = safeSaveFileName(this, tr("Export attribution PNG"), QString(), tr("PNG (*.png)"));
        if (f.isEmpty())
            return;
        try {
            exportPng(f);
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    connect(m_svgButton, &QPushButton::clicked, this, [this] {
        const QString f = safeSaveFileName(this, tr("Export attribution SVG"), QString(), tr("SVG (*.svg)"));
        if (f.isEmpty())
            return;
        try {
            exportSvg(f);
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] {
        const QString f = safeSaveFileName(this, tr("Export attribution JSON"), QString(), tr("JSON (*.json)"));
        if (f.isEmpty())
            return;
        try {
            exportJson(f);
        } catch (const Error &e) {
            m_status->setText(e.message());
        }
    });
    if (m_jobs)
        connect(m_jobs, &JobManager::jobProgress, this, [this](int id, double fraction, const QString &stage) {
            if (m_job && m_job->id() == id)
                onProgress(fraction, stage);
        });
}

void ExplainPanel::setModels(const QList<ModelManifest> &models)
{
    m_models = models;
    const QString current = m_modelBox->currentText();
    QSignalBlocker block(m_modelBox);
    m_modelBox->clear();
    for (const ModelManifest &m : models)
        m_modelBox->addItem(m.name);
    const int i = m_modelBox->findText(current);
    m_modelBox->setCurrentIndex(i >= 0 ? i : 0);
    if (m_modelBox->currentText() != current) { // a new model: its recommended baseline; the same: the user's choice stays
        applyRecommendedBaseline();
        const double est = estimateSeconds();
        m_coarseBox->setChecked(est < 0 || est > kSlowSeconds);
    }
    rebuildTargets();
    updateFeatureBaselineEntry();
    updateButtons();
    updateEstimate();
}

bool ExplainPanel::featureBaselineAvailable(QString *why) const
{
    const int mi = m_modelBox->currentIndex();
    if (mi < 0 || mi >= m_models.size()) {
        if (why)
            *why = tr("choose a model first");
        return false;
    }
    // SourceTrace's spectral network exposes its front-end features (DifferentiableModel::hasFeatureFrontEnd);
    // AASIST and TorchScript models do not.
    if (m_models[mi].kind != QLatin1String("native-spectral")) {
        if (why)
            *why = tr("%1 (%2) exposes no front-end features, so a mean-feature baseline cannot be used with it; choose a "
                      "SourceTrace spectral model (e.g. sourcetrace-default)").arg(m_models[mi].name, m_models[mi].kind);
        return false;
    }
    return true;
}

void ExplainPanel::updateFeatureBaselineEntry()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_baselineBox->model());
    const int i = m_baselineBox->findData(kFeatureMean);
    if (!model || i < 0)
        return;
    QString why;
    const bool ok = featureBaselineAvailable(&why);
    QStandardItem *item = model->item(i);
    item->setEnabled(ok);
    item->setText(m_featureFile.isEmpty() ? tr("Bona fide mean (file…)") : tr("Bona fide mean (%1)").arg(QFileInfo(m_featureFile).fileName()));
    item->setToolTip(ok ? (m_featureFile.isEmpty() ? tr("Feature-space IG from the mean feature of bona fide clips: choose the file with File…")
                                                   : tr("Feature-space IG from the mean feature of bona fide clips in %1").arg(m_featureFile))
                        : tr("Not available: %1").arg(why));
    m_featureButton->setEnabled(ok);
    m_featureButton->setToolTip(ok ? tr("Choose the mean-feature baseline file (made by `sourcetrace-cli explain baseline`)") : tr("Not available: %1").arg(why));
    if (!ok && m_baselineBox->currentIndex() == i)
        applyRecommendedBaseline();
}

void ExplainPanel::chooseFeatureBaselineFile()
{
    const QString f = safeOpenFileName(this, tr("Mean-feature baseline"), m_featureFile, tr("Baseline JSON (*.json)"));
    if (f.isEmpty()) {
        if (featureBaselineSelected() && m_featureFile.isEmpty())
            applyRecommendedBaseline();
        return;
    }
    setFeatureBaselineFile(f);
    selectFeatureBaseline();
}

void ExplainPanel::setFeatureBaselineFile(const QString &path)
{
    m_featureFile = path;
    appSettings().setValue(QStringLiteral("explain/featureBaselineFile"), path);
    updateFeatureBaselineEntry();
}

bool ExplainPanel::selectFeatureBaseline()
{
    if (!featureBaselineAvailable())
        return false;
    m_baselineBox->setCurrentIndex(m_baselineBox->findData(kFeatureMean));
    return true;
}

bool ExplainPanel::featureBaselineSelected() const { return m_baselineBox->currentData().toInt() == kFeatureMean; }

bool ExplainPanel::shownIsFeature() const
{
    return !m_data->isEmpty() && m_data->report()->result.baselineKind == QLatin1String("bonafide-mean");
}

namespace {

// The report the layers draw for a feature-space result: the map in the model's feature bins shown on a linear
// 512-point frequency grid (each grid bin takes the feature bin whose centre frequency, as the baseline file
// records it, is nearest), the waveform envelope the per-frame sum over the bins (one step per feature frame).
// There are no per-sample attributions (result.attribution stays empty).
std::shared_ptr<AttributionReport> featureReport(const FeatureIgResult &fr, std::vector<float> clip, const ModelManifest &m, const IgSettings &s,
                                                 const FeatureBaseline &fb, const QString &file, const QString &fileSha)
{
    auto rep = std::make_shared<AttributionReport>();
    IgResult &r = rep->result;
    r.sampleRate = fr.sampleRate;
    r.fInput = fr.fInput;
    r.fBaseline = fr.fBaseline;
    r.attributionSum = fr.attributionSum;
    r.completenessError = fr.completenessError;
    r.smoothCompletenessError = fr.completenessError;
    r.modelName = m.name;
    r.weightsSha256 = m.weightsSha256;
    r.targetSpec = s.target.spec();
    r.targetDescription = s.target.describe(m);
    r.positiveMeaning = s.target.positiveMeaning(m);
    r.negativeMeaning = s.target.negativeMeaning(m);
    r.spoofSign = s.target.spoofSign(m);
    r.baselineKind = QStringLiteral("bonafide-mean");
    r.baselineDescription = QObject::tr("bona fide mean feature of %n clip(s) (%1, SHA-256 %2)", nullptr, int(fb.files.size()))
                                .arg(QFileInfo(file).fileName(), fileSha);
    r.steps = s.steps;
    r.rule = integrationRuleName(s.rule);
    r.threads = s.threads;
    r.seconds = fr.seconds;
    const int64_t T = fr.frames;
    const int K = fr.bins;
    AttributionEnvelopes &env = rep->envelopes;
    env.frameLength = fr.hop;
    env.signedSum.assign(size_t(T), 0.0f);
    env.absoluteSum.assign(size_t(T), 0.0f);
    for (int64_t t = 0; t < T; ++t)
        for (int k = 0; k < K; ++k) {
            const float a = fr.attribution[size_t(t * K + k)];
            env.signedSum[size_t(t)] += a;
            env.absoluteSum[size_t(t)] += std::abs(a);
        }
    env.trend = rollingMedian(env.signedSum, env.trendFrames);
    TfAttribution map;
    map.params.fftSize = 512;
    map.params.hop = fr.hop;
    map.sampleRate = fr.sampleRate;
    map.frames = T;
    map.bins = map.params.fftSize / 2 + 1;
    std::vector<int> featureBinOf(size_t(map.bins), 0);
    for (int j = 0; j < map.bins; ++j) {
        const double hz = double(j) * fr.sampleRate / map.params.fftSize;
        int best = 0;
        for (int k = 1; k < K && k < int(fr.binHz.size()); ++k)
            if (std::abs(fr.binHz[size_t(k)] - hz) < std::abs(fr.binHz[size_t(best)] - hz))
                best = k;
        featureBinOf[size_t(j)] = best;
    }
    map.values.resize(size_t(T) * size_t(map.bins));
    for (int64_t t = 0; t < T; ++t)
        for (int j = 0; j < map.bins; ++j)
            map.values[size_t(t * map.bins + j)] = fr.attribution[size_t(t * K + featureBinOf[size_t(j)])];
    map.frameSums = env.signedSum;
    rep->linearMap = map;
    rep->tfMap = map;
    rep->vad = energyVad(clip, fr.hop);
    rep->clip = std::move(clip);
    return rep;
}

} // namespace

void ExplainPanel::setFingerprints(const QStringList &names, const std::vector<std::vector<float>> &vectors)
{
    m_fpNames = names;
    m_fpVectors = vectors;
    rebuildTargets();
}

void ExplainPanel::rebuildTargets()
{
    const QString current = m_targetBox->currentData().toString();
    m_targetBox->clear();
    const int mi = m_modelBox->currentIndex();
    if (mi >= 0 && mi < m_models.size()) {
        const ModelManifest &m = m_models[mi];
        if (m.isDetector()) {
            m_targetBox->addItem(tr("Bona fide logit (detection score)"), QStringLiteral("bonafide"));
            if (m.classNames.size() == 2)
                m_targetBox->addItem(tr("Margin spoof − bona fide"), QStringLiteral("margin"));
        }
        for (int k = 0; k < m.classNames.size(); ++k)
            m_targetBox->addItem(tr("Logit %1: %2").arg(k).arg(m.classNames[k]), QStringLiteral("logit:%1").arg(k));
        for (const QString &n : m_fpNames)
            m_targetBox->addItem(tr("Similarity to fingerprint %1").arg(n), QStringLiteral("cosine:%1").arg(n));
    }
    const int i = m_targetBox->findData(current);
    if (i >= 0)
        m_targetBox->setCurrentIndex(i);
    updateButtons();
}

QStringList ExplainPanel::targetSpecs() const
{
    QStringList s;
    for (int i = 0; i < m_targetBox->count(); ++i)
        s << m_targetBox->itemData(i).toString();
    return s;
}

bool ExplainPanel::selectModel(const QString &name)
{
    if (name.startsWith(QLatin1String("Fused: ")) || name.startsWith(QLatin1String("fused:"))) {
        m_status->setText(tr("%1 is a fused detector: it cannot be explained (a fusion of scores has no embedding and no gradient); "
                             "choose one of its component models").arg(name));
        return false;
    }
    const int i = m_modelBox->findText(name);
    if (i < 0)
        return false;
    m_modelBox->setCurrentIndex(i);
    return true;
}

bool ExplainPanel::selectTarget(const QString &spec)
{
    const int i = m_targetBox->findData(spec);
    if (i < 0)
        return false;
    m_targetBox->setCurrentIndex(i);
    return true;
}

void ExplainPanel::setSteps(int steps) { m_steps->setValue(steps); }

void ExplainPanel::setBaseline(BaselineKind k) { m_baselineBox->setCurrentIndex(m_baselineBox->findData(int(k))); }

void ExplainPanel::applyRecommendedBaseline()
{
    const int mi = m_modelBox->currentIndex();
    if (mi < 0 || mi >= m_models.size())
        return;
    const BaselineSettings rec = recommendedBaseline(m_models[mi].kind);
    const int code = rec.kind == BaselineKind::Noise && rec.noiseDbfs == -50.0 ? kQuietNoise : int(rec.kind);
    m_baselineBox->setCurrentIndex(m_baselineBox->findData(code));
}

void ExplainPanel::setRule(IntegrationRule r) { m_ruleBox->setCurrentIndex(m_ruleBox->findData(int(r))); }

void ExplainPanel::setAttributeJumps(bool on) { m_jumpsBox->setChecked(on); }

void ExplainPanel::setThreads(int n) { m_threads->setValue(n); }

int ExplainPanel::threads() const { return m_threads->value(); }

void ExplainPanel::setCoarseFirst(bool on) { m_coarseBox->setChecked(on); }

bool ExplainPanel::coarseFirst() const { return m_coarseBox->isChecked(); }

bool ExplainPanel::colourSpectrogramUnderMap() const { return m_colourUnderBox->isChecked(); }

void ExplainPanel::setColourSpectrogramUnderMap(bool on) { m_colourUnderBox->setChecked(on); }

IgSettings ExplainPanel::settings() const
{
    IgSettings s;
    const QString spec = m_targetBox->currentData().toString();
    if (spec.startsWith(QLatin1String("cosine:"))) {
        const int k = m_fpNames.indexOf(spec.mid(7));
        if (k >= 0)
            s.target = AttributionTarget::cosine(m_fpVectors[size_t(k)], m_fpNames[k]);
    } else if (!spec.isEmpty()) {
        s.target = AttributionTarget::parse(spec);
    }
    const int code = m_baselineBox->currentData().toInt();
    if (code == kQuietNoise) {
        s.baseline.kind = BaselineKind::Noise;
        s.baseline.noiseDbfs = -50.0;
    } else if (code == kFeatureMean) {
        s.baseline.kind = BaselineKind::Silence; // not used: the path starts at the mean feature
    } else {
        s.baseline.kind = BaselineKind(code);
    }
    s.steps = m_steps->value();
    s.rule = IntegrationRule(m_ruleBox->currentData().toInt());
    s.attributeJumps = m_jumpsBox->isChecked();
    s.threads = m_threads->value();
    return s;
}

void ExplainPanel::setDocument(const QString &path, int documentRate, int64_t totalFrames)
{
    if (m_job)
        m_job->cancel();
    ++m_runToken; // a coarse result of the old clip's run is not shown
    m_path = path;
    m_docRate = documentRate;
    m_docFrames = totalFrames;
    m_selA = m_selB = 0;
    m_data->clear();
    m_completeness->clear();
    m_region->clear();
    m_status->setText(path.isEmpty() ? QString() : tr("Ready: choose a target and press Explain"));
    updateButtons();
    updateEstimate();
}

void ExplainPanel::setSelection(int64_t a, int64_t b)
{
    m_selA = std::min(a, b);
    m_selB = std::max(a, b);
    updateRegion();
}

JobPtr ExplainPanel::run()
{
    if (isRunning())
        return m_job;
    const int mi = m_modelBox->currentIndex();
    if (m_path.isEmpty() || mi < 0 || mi >= m_models.size() || !m_jobs) {
        m_status->setText(tr("Open a clip and choose a model first"));
        return nullptr;
    }
    IgSettings s;
    try {
        s = settings();
    } catch (const Error &e) {
        m_status->setText(e.message());
        return nullptr;
    }
    appSettings().setValue(QStringLiteral("explain/threads"), s.threads);
    const ModelManifest manifest = m_models[mi];
    const QString path = m_path;
    // The mean-feature baseline: the file is read and checked against the model here, so that a file made with
    // another model or other weights is refused at once with the core's message.
    const bool feature = featureBaselineSelected();
    QString featureSha;
    if (feature) {
        QString why;
        if (!featureBaselineAvailable(&why)) {
            m_status->setText(tr("Bona fide mean baseline: %1").arg(why));
            return nullptr;
        }
        if (m_featureFile.isEmpty()) {
            m_status->setText(tr("Bona fide mean baseline: choose its file with File… first"));
            return nullptr;
        }
        try {
            checkFeatureBaseline(readFeatureBaseline(m_featureFile), manifest);
            featureSha = sha256OfFile(m_featureFile);
        } catch (const Error &e) {
            m_status->setText(tr("Refused: %1").arg(e.message()));
            return nullptr;
        }
    }
    const QString featureFile = m_featureFile;
    m_runFeatureFile = feature ? featureFile : QString();
    m_runFeatureSha = featureSha;
    m_runBaseline = s.baseline;
    m_runManifest = manifest;
    m_runSettings = s;
    // The coarse pass: plain IG with few steps, when it is quicker than the run asked for.
    const bool coarse = !feature && m_coarseBox->isChecked() && (s.steps > kCoarseSteps || s.attributeJumps);
    IgSettings cs = s;
    cs.steps = std::min(kCoarseSteps, s.steps);
    cs.attributeJumps = false;
    const int64_t samples = modelSamples(manifest);
    const double fullRows = rowsFor(manifest, samples, s), coarseRows = coarse ? rowsFor(manifest, samples, cs) : 0.0;
    const double coarseShare = coarse ? coarseRows / std::max(1.0, coarseRows + fullRows) : 0.0;
    // What is on screen now belongs to other settings (or to this clip's earlier run): marked stale until replaced.
    const QString runKey = QStringList{manifest.name, manifest.weightsSha256, s.target.spec(),
                                       feature ? QStringLiteral("bonafide-mean:") + featureSha : s.baseline.describe(), QString::number(s.steps),
                                       QString::number(int(s.rule)), QString::number(int(s.attributeJumps))}
                               .join(QLatin1Char('|'));
    if (!m_data->isEmpty())
        m_data->setStale(runKey == m_shownKey ? tr("a new run is under way") : tr("settings changed, a new run is under way"));
    m_runKey = runKey;
    const int token = ++m_runToken;
    m_coarseShown = false;
    auto holder = std::make_shared<std::shared_ptr<AttributionReport>>();
    QPointer<ExplainPanel> self(this);
    m_job = m_jobs->run(tr("Integrated Gradients (%1, %2 steps) of %3").arg(manifest.name).arg(s.steps).arg(QFileInfo(path).fileName()),
                        [this, self, manifest, path, s, cs, coarse, coarseShare, token, holder, feature, featureFile,
                         featureSha](JobContext &ctx) -> QVariant {
                            ctx.setProgress(0.0, tr("loading %1").arg(manifest.name));
                            EmbeddingModelPtr model;
                            {
                                std::lock_guard<std::mutex> lock(m_modelMutex);
                                const QString key = manifest.manifestPath + QLatin1Char('|') + manifest.name + QLatin1Char('|') + manifest.weightsSha256;
                                if (!m_model || m_modelKey != key) {
                                    m_model = ModelRegistry::load(manifest, RunOptions{true, s.threads});
                                    m_modelKey = key;
                                }
                                model = m_model;
                            }
                            ctx.checkCancelled();
                            ctx.setProgress(0.0, tr("reading the clip"));
                            AudioFile file(path);
                            std::vector<float> clip = file.readAll(MixDown, manifest.sampleRate);
                            const QString sha = sha256OfFile(path);
                            const QString absPath = QFileInfo(path).absoluteFilePath();
                            if (feature) {
                                // Feature-space IG: one path from the mean feature to the clip's features.
                                FeatureBaselineExplainer fx(model, featureFile);
                                const FeatureIgResult fr = fx.run(clip, s, [&](double f, const QString &stage) { ctx.setProgress(f, stage); },
                                                                  [&] { return ctx.isCancelled(); });
                                auto rep = featureReport(fr, std::move(clip), manifest, s, fx.baseline(), featureFile, featureSha);
                                rep->evidencePath = absPath;
                                rep->evidenceSha256 = sha;
                                *holder = rep;
                                return {};
                            }
                            IntegratedGradients ig(model);
                            if (coarse) {
                                IgResult cr = ig.run(
                                    clip, cs,
                                    [&](double f, const QString &stage) { ctx.setProgress(coarseShare * f, tr("coarse pass: %1").arg(stage)); },
                                    [&] { return ctx.isCancelled(); });
                                auto crep = std::make_shared<AttributionReport>(AttributionReport::analyze(std::move(cr), clip, cs.baseline));
                                crep->evidencePath = absPath;
                                crep->evidenceSha256 = sha;
                                // Shown at once on the GUI thread (dropped when the panel is gone or a newer run began).
                                QMetaObject::invokeMethod(
                                    self.data(), [self, crep, token] {
                                        if (self)
                                            self->showCoarse(crep, token);
                                    },
                                    Qt::QueuedConnection);
                            }
                            IgResult r = ig.run(
                                clip, s,
                                [&](double f, const QString &stage) { ctx.setProgress(coarseShare + (1.0 - coarseShare) * f, stage); },
                                [&] { return ctx.isCancelled(); });
                            auto rep = std::make_shared<AttributionReport>(AttributionReport::analyze(std::move(r), std::move(clip), s.baseline));
                            rep->evidencePath = absPath;
                            rep->evidenceSha256 = sha;
                            *holder = rep;
                            return {};
                        });
    m_job->onFinished([self, holder](const Job &job) {
        if (!self)
            return;
        self->m_pending = *holder;
        self->onFinished(job);
    });
    m_runClock.start();
    m_runEstimate = estimateSeconds();
    bool measured = false;
    secondsPerRow(&measured);
    m_estimateSource = measured ? QStringLiteral("measured rate") : QStringLiteral("documented rate");
    m_remaining = -1.0;
    m_remainingAt = 0.0;
    m_progress->setValue(0);
    m_status->setText(m_runEstimate > 0 ? tr("Running… (%1)").arg(durationText(m_runEstimate)) : tr("Running…"));
    updateButtons();
    return m_job;
}

void ExplainPanel::showCoarse(const std::shared_ptr<AttributionReport> &rep, int token)
{
    if (token != m_runToken || !isRunning())
        return;
    m_coarseShown = true;
    const IgResult &r = rep->result;
    m_data->setReport(rep, m_docRate,
                      tr("coarse (%1 steps, completeness gap %2): the full run follows").arg(r.steps).arg(percent(r.completenessError)));
    showCompleteness(r, true);
    updateRegion();
    updateButtons();
}

double ExplainPanel::remainingSeconds(double elapsed, double fraction)
{
    if (!(fraction > 0.0) || elapsed < 0.0)
        return -1.0;
    return elapsed * (1.0 - std::min(1.0, fraction)) / fraction;
}

QString ExplainPanel::durationText(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return tr("time unknown");
    if (seconds < 1.0)
        return tr("under a second");
    if (seconds < 90.0)
        return tr("about %1 s").arg(seconds < 10 ? std::round(seconds) : 5.0 * std::round(seconds / 5.0));
    if (seconds < 5400.0)
        return tr("about %1 min").arg(std::round(seconds / 60.0));
    return tr("about %1 h").arg(shownLocale().toString(seconds / 3600.0, 'f', 1));
}

void ExplainPanel::onProgress(double fraction, const QString &stage)
{
    m_progress->setValue(int(std::lround(fraction * 1000)));
    const double elapsed = m_runClock.isValid() ? m_runClock.elapsed() / 1000.0 : 0.0;
    // The remaining time: from the progress once a few per cent are done, else the estimate given at the start; smoothed
    // (the new figure counts 30 %, the old one, aged by the time since, 70 %) so that uneven stages do not make it jump.
    double left = fraction >= 0.03 ? remainingSeconds(elapsed, fraction) : (m_runEstimate > 0 ? std::max(0.0, m_runEstimate - elapsed) : -1.0);
    if (left >= 0 && m_remaining >= 0)
        left = 0.3 * left + 0.7 * std::max(0.0, m_remaining - (elapsed - m_remainingAt));
    if (left >= 0) {
        m_remaining = left;
        m_remainingAt = elapsed;
    }
    m_status->setText(left >= 0 ? tr("%1 — %2 s elapsed, %3 left").arg(stage).arg(shownLocale().toString(elapsed, 'f', 0)).arg(durationText(left))
                                : tr("%1 — %2 s elapsed").arg(stage).arg(shownLocale().toString(elapsed, 'f', 0)));
}

void ExplainPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ExplainPanel::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void ExplainPanel::showCompleteness(const IgResult &r, bool coarse)
{
    QString jumps;
    if (r.jumps > 0)
        jumps = r.jumpsAttributed
            ? tr("\n%n jump(s) of the model located and attributed (%1 of the change)", nullptr, r.jumps).arg(percent(r.jumpShare))
            : tr("\n%n jump(s) of the model not attributed (%1 of the change)", nullptr, r.jumps).arg(percent(r.jumpShare));
    if (r.smoothMatched)
        jumps += tr("; the gradient steps scaled by %1 to the change between the jumps (their sum missed it by %2)")
                     .arg(r.smoothScale, 0, 'f', 4)
                     .arg(percent(r.quadratureGap));
    // The warning names what to do here, in the panel (never the command line's options).
    QStringList advice;
    if (r.completenessError > 0.05 && !coarse) {
        if (!r.jumpsAttributed && r.jumps > 0 && r.smoothCompletenessError <= 0.05)
            advice << tr("the model jumps along the path and no gradient sees a jump, so more steps will not close the gap: tick "
                         "\"Attribute the model's jumps\" and press Explain again");
        else {
            const int more = std::min(4 * r.steps, m_steps->maximum());
            advice << (more > r.steps ? tr("the path integral has not converged: press \"Run again with %1 steps\" below").arg(more)
                                      : tr("the path integral has not converged even at the most steps offered"));
            if (r.rule == QLatin1String("trapezoid"))
                advice << tr("or choose the Gauss-Legendre rule");
        }
    }
    if (r.unresolvedJumps > 0)
        advice << tr("%n change(s) of the model's choices could not be located and stay in the gap", nullptr, r.unresolvedJumps);
    if (std::abs(r.fInput - r.fBaseline) < 1e-6)
        advice << tr("the score hardly changes between the baseline and the clip: choose another Baseline above");
    QString sentence = completenessSentence(r);
    if (r.baselineKind == QLatin1String("bonafide-mean"))
        sentence += tr(" (feature-space IG from the %1)").arg(r.baselineDescription);
    m_completeness->setText(tr("%1Completeness gap %2: %3.%4%5")
                                .arg(coarse ? tr("Coarse result (%1 steps, plain IG). ").arg(r.steps) : QString())
                                .arg(percent(r.completenessError))
                                .arg(sentence)
                                .arg(jumps)
                                .arg(advice.isEmpty() ? QString() : tr("\nWarning: %1.").arg(advice.join(QStringLiteral("; ")))));
    m_completeness->setStyleSheet(r.completenessError > 0.05 && !coarse ? QStringLiteral("color: #E69F00; font-weight: bold;") : QString());
}

void ExplainPanel::onFinished(const Job &job)
{
    bool ok = false;
    if (job.state() == JobState::Succeeded && m_pending) {
        m_data->setReport(m_pending, m_docRate);
        m_shownKey = m_runKey;
        m_shownFeatureFile = m_runFeatureFile;
        m_shownFeatureSha = m_runFeatureSha;
        const IgResult &r = m_pending->result;
        showCompleteness(r, false);
        if (r.baselineKind != QLatin1String("bonafide-mean")) // no per-sample rows to count
            recordRate(r, m_runManifest);
        const double wall = m_runClock.isValid() ? m_runClock.elapsed() / 1000.0 : r.seconds;
        m_status->setText(tr("Done in %1 s (estimated %2; %3 threads): %4; baseline %5; %6 steps (%7)")
                              .arg(shownLocale().toString(wall, 'f', 1)).arg(durationText(m_runEstimate)).arg(r.threads)
                              .arg(r.targetDescription, r.baselineDescription).arg(r.steps).arg(r.rule));
        m_progress->setValue(1000);
        // One line on the log for the record (docs/explanations.md, GUI: how good the estimates are).
        qInfo("explain: %s, %d steps, %d threads: %.1f s (the full run's IG %.1f s), estimated %.1f s (%s)", qPrintable(r.modelName),
              r.steps, r.threads, wall, r.seconds, m_runEstimate, qPrintable(m_estimateSource));
        ok = true;
    } else {
        const bool cancelled = job.state() == JobState::Cancelled;
        m_status->setText(cancelled ? tr("Cancelled") : tr("Failed: %1").arg(job.errorMessage()));
        if (m_coarseShown && !m_data->isEmpty())
            // The coarse result of this run stays, saying that the full one never came.
            m_data->setReport(m_data->report(), m_docRate,
                              cancelled ? tr("coarse (%1 steps): the full run was cancelled").arg(m_data->report()->result.steps)
                                        : tr("coarse (%1 steps): the full run failed").arg(m_data->report()->result.steps));
        else if (!m_data->isEmpty())
            m_data->setStale(cancelled ? tr("run cancelled; this is the earlier result") : tr("run failed; this is the earlier result"));
    }
    m_pending.reset();
    m_coarseShown = false;
    updateRegion();
    updateButtons();
    updateEstimate();
    emit finished(ok);
}

QString ExplainPanel::completenessText() const { return m_completeness->text(); }

QString ExplainPanel::staleText() const { return m_data->isStale() ? m_data->badgeText() : QString(); }

void ExplainPanel::updateStale()
{
    const QString badge = m_data->badgeText();
    m_staleLabel->setText(badge);
    m_staleLabel->setVisible(!badge.isEmpty());
    m_staleLabel->setStyleSheet(m_data->isStale()
                                    ? QStringLiteral("background: #3a3a3a; color: #ffd278; font-weight: bold; padding: 2px 4px;")
                                    : QStringLiteral("background: #1e1e46; color: #ebebff; font-weight: bold; padding: 2px 4px;"));
    if (m_data->isStale())
        m_completeness->setStyleSheet(QStringLiteral("color: gray;"));
}

int64_t ExplainPanel::modelSamples(const ModelManifest &m) const
{
    if (m_docRate <= 0 || m_docFrames <= 0)
        return 0;
    return int64_t(std::llround(double(m_docFrames) * m.sampleRate / m_docRate));
}

double ExplainPanel::rowsFor(const ModelManifest &m, int64_t samples, const IgSettings &s)
{
    int64_t windows = 1;
    if (m.inputPolicy != InputPolicy::WholeClip && samples > 0) {
        const int64_t len = s.windowLength > 0 ? s.windowLength : m.inputLength;
        const int64_t hop = s.windowHop > 0 ? s.windowHop : (m.hop > 0 ? m.hop : len / 2);
        windows = int64_t(ModelRunner::windowSpans(samples, len, std::max<int64_t>(1, hop)).size());
    }
    const int draws = s.baseline.kind == BaselineKind::Noise ? std::max(1, s.baseline.noiseDraws) : 1;
    double rows = double(windows) * double(std::max(1, s.steps)) * draws;
    // The jump search of a native AASIST (docs/explanations.md, Completeness): AASIST at 32 steps took 93 s against
    // 16.7 s for the path integral (about 260 extra rows a path at 0.32 s), AASIST-L at 8 steps 420 s for two windows
    // (about 650 a path): the search grows as the steps shrink. As forward+backward rows: 150 + 4000 / steps a path.
    if (s.attributeJumps && m.kind == QLatin1String("native-aasist"))
        rows += double(windows) * draws * (150.0 + 4000.0 / std::max(1, s.steps));
    return rows;
}

QString ExplainPanel::rateKey(const ModelManifest &m, int threads) const
{
    QString name = m.name + QLatin1Char('_') + m.weightsSha256.left(16);
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("explain/secondsPerRow/%1_t%2").arg(name).arg(threads);
}

double ExplainPanel::secondsPerRow(bool *measured) const
{
    if (measured)
        *measured = false;
    const int mi = m_modelBox->currentIndex();
    if (mi < 0 || mi >= m_models.size())
        return -1.0;
    const ModelManifest &m = m_models[mi];
    const int t = std::max(1, m_threads->value());
    const QVariant v = appSettings().value(rateKey(m, t));
    if (v.isValid() && v.toDouble() > 0) {
        if (measured)
            *measured = true;
        return v.toDouble();
    }
    // Documented figures (docs/explanations.md, Speed): one forward+backward of AASIST on a 64 600-sample row took
    // 0.36 s at 1 thread and, in IG runs with two rows side by side, 0.20 s a row at 2 on this 2-core machine class
    // (Dec 8, after the pool kernels; 0.44 and 0.32 s before); AASIST's figure is set a little above that (the rows
    // at the jumps and the host's spread). SourceTrace's spectral network: 0.016 s per 64 000-sample row at 2 threads
    // (the GUI on the demo clip, 16 steps, noise x4, with the IG speed work of 6 Dec; 0.14 s before it;
    // docs/explanations.md, GUI).
    const double scale = 0.45 + 0.55 / t;
    if (m.kind == QLatin1String("native-aasist"))
        return 0.34 * (0.35 + 0.65 / t);
    if (m.kind == QLatin1String("native-spectral"))
        return 0.022 * scale;
    return -1.0;
}

void ExplainPanel::recordRate(const IgResult &r, const ModelManifest &m)
{
    // Seconds of the full run (IgResult::seconds, the coarse pass not included) over the rows the estimate counts for its
    // settings, so that the next estimate of the same settings is this run's time (per 64 600-sample row for whole-clip
    // models).
    const int64_t samples = int64_t(r.attribution.size());
    const double rows = rowsFor(m, samples, m_runSettings);
    if (rows <= 0 || r.seconds <= 0 || r.threads <= 0)
        return;
    double perRow = r.seconds / rows;
    if (m.inputPolicy == InputPolicy::WholeClip && samples > 0)
        perRow *= 64600.0 / double(samples);
    appSettings().setValue(rateKey(m, r.threads), perRow);
}

double ExplainPanel::estimateSeconds() const
{
    const int mi = m_modelBox->currentIndex();
    if (m_path.isEmpty() || mi < 0 || mi >= m_models.size() || featureBaselineSelected()) // no figure for feature-space IG yet
        return -1.0;
    const double rate = secondsPerRow();
    if (rate <= 0)
        return -1.0;
    const ModelManifest &m = m_models[mi];
    IgSettings s;
    try {
        s = settings();
    } catch (const Error &) {
        return -1.0;
    }
    const int64_t samples = modelSamples(m);
    const double rowScale = m.inputPolicy == InputPolicy::WholeClip ? double(std::max<int64_t>(1, samples)) / 64600.0 : 1.0;
    double rows = rowsFor(m, samples, s);
    if (m_coarseBox->isChecked() && (s.steps > kCoarseSteps || s.attributeJumps)) {
        IgSettings cs = s;
        cs.steps = std::min(kCoarseSteps, s.steps);
        cs.attributeJumps = false;
        rows += rowsFor(m, samples, cs);
    }
    return rate * rowScale * rows;
}

QString ExplainPanel::estimateText() const { return m_estimate->text(); }

void ExplainPanel::updateEstimate()
{
    if (!m_estimate)
        return;
    const double est = estimateSeconds();
    bool measured = false;
    secondsPerRow(&measured);
    if (m_path.isEmpty() || m_modelBox->currentIndex() < 0)
        m_estimate->clear();
    else if (featureBaselineSelected())
        m_estimate->setText(tr("time not estimated for the bona fide mean baseline (feature-space IG, one path of the whole clip)"));
    else if (est < 0)
        m_estimate->setText(tr("time unknown until the first run of this model"));
    else
        m_estimate->setText((m_threads->value() == 1 ? tr("%1 on 1 thread").arg(durationText(est))
                                                     : tr("%1 on %2 threads").arg(durationText(est)).arg(m_threads->value())) +
                            (measured ? tr(" (measured in its last run)") : tr(" (rough: documented figure)")));
    m_estimate->setToolTip(tr("Seconds per forward+backward row x rows (steps x baseline draws x windows, plus the jump search "
                              "and the coarse pass)"));
}

int ExplainPanel::suggestedSteps() const
{
    if (!completenessWarning())
        return 0;
    const int steps = std::min(4 * m_data->report()->result.steps, m_steps->maximum());
    return steps > m_data->report()->result.steps ? steps : 0;
}

JobPtr ExplainPanel::runWithMoreSteps()
{
    const int steps = suggestedSteps();
    if (steps <= 0 || isRunning())
        return nullptr;
    m_steps->setValue(steps);
    return run();
}

bool ExplainPanel::completenessWarning() const
{
    return !m_data->isEmpty() && m_data->report()->result.completenessError > 0.05;
}

QString ExplainPanel::regionText() const { return m_region->text(); }

QString ExplainPanel::statusText() const { return m_status->text(); }

AttributionSummary ExplainPanel::regionSummary() const
{
    if (m_data->isEmpty())
        return {};
    const auto &rep = *m_data->report();
    if (shownIsFeature())
        return rep.clipSummary; // no per-sample attributions to summarise
    if (m_selB > m_selA)
        return rep.summary(int64_t(std::floor(m_data->sampleForFrame(double(m_selA)))), int64_t(std::ceil(m_data->sampleForFrame(double(m_selB)))));
    return rep.clipSummary;
}

void ExplainPanel::updateRegion()
{
    if (m_data->isEmpty()) {
        m_region->clear();
        return;
    }
    if (shownIsFeature()) {
        m_region->setText(tr("Feature-space result (bona fide mean baseline): attributions per model feature bin and frame; there are no "
                             "per-sample attributions, so selection statistics are not computed. The waveform shows each frame's sum."));
        return;
    }
    const AttributionSummary s = regionSummary();
    const auto &rep = *m_data->report();
    const int rate = rep.result.sampleRate;
    QStringList bands;
    for (int i = 0; i < s.bandNames.size(); ++i)
        bands << QStringLiteral("%1 %2").arg(s.bandNames[i], percent(s.bandShares[size_t(i)]));
    const double clipAbs = rep.clipSummary.absoluteSum;
    m_region->setText(tr("%1 %2–%3 s: sum %4 (%5), |a| %6 = %7 of the clip\nBands: %8\nSpeech %9, pauses %10 (speech is %11 of the time)")
                          .arg(m_selB > m_selA ? tr("Selection") : tr("Clip"))
                          .arg(shownLocale().toString(double(s.start) / rate, 'f', 2))
                          .arg(shownLocale().toString(double(s.end) / rate, 'f', 2))
                          .arg(shownLocale().toString(s.sum, 'g', 3))
                          .arg(s.sum > 0 ? rep.result.positiveMeaning : rep.result.negativeMeaning)
                          .arg(shownLocale().toString(s.absoluteSum, 'g', 3))
                          .arg(percent(clipAbs > 0 ? s.absoluteSum / clipAbs : 0.0))
                          .arg(bands.join(QStringLiteral(", ")))
                          .arg(percent(s.speechShare), percent(s.pauseShare), percent(s.speechTimeFraction)));
}

void ExplainPanel::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running && !m_path.isEmpty() && m_modelBox->count() > 0);
    m_cancelButton->setEnabled(running);
    m_pngButton->setEnabled(!m_data->isEmpty());
    m_svgButton->setEnabled(!m_data->isEmpty());
    m_jsonButton->setEnabled(!m_data->isEmpty());
    const int more = running ? 0 : suggestedSteps();
    m_moreStepsButton->setVisible(more > 0);
    if (more > 0)
        m_moreStepsButton->setText(tr("Run again with %1 steps").arg(more));
}

int ExplainPanel::pictureHeight(int width) const
{
    const int waveH = 220, specH = 300;
    QFont f;
    return waveH + specH + AttributionColourKey::heightFor(f, width - 16, *m_data, *m_heatLayer) + 8;
}

void ExplainPanel::paintPicture(QPainter &p, int width, int height) const
{
    const auto &rep = *m_data->report();
    const int rate = rep.result.sampleRate;
    const int64_t n = int64_t(rep.clip.size());
    const int waveH = 220, specH = 300;
    p.fillRect(QRect(0, 0, width, height), Qt::white);
    // The layers paint in model samples here (a document at the model's rate); a stale or coarse result stays marked.
    AttributionData local;
    local.setReport(m_data->report(), rate, m_data->note());
    local.setClipPercentile(m_data->clipPercentile());
    local.setStale(m_data->staleReason());
    AttributionLayer wave(&local);
    wave.setOpacity(m_waveLayer->opacity());
    AttributionHeatmapLayer heat(&local);
    heat.setMode(m_heatLayer->mode());
    heat.setOpacity(m_heatLayer->opacity());
    heat.setUnderlay(ColourMap::Greyscale); // the picture's spectrogram is greyscale
    SpectrogramParams lin = rep.linearMap.params;
    heat.setFrequencyAxis(FrequencyAxis(lin, rate));

    const QRect waveRect(0, 0, width, waveH), specRect(0, waveH, width, specH);
    // Waveform: min/max per column.
    for (int x = 0; x < width; ++x) {
        const int64_t a = n * x / width, b = std::max(a + 1, n * (x + 1) / width);
        float lo = 0, hi = 0;
        for (int64_t i = a; i < std::min(b, n); ++i) {
            lo = std::min(lo, rep.clip[size_t(i)]);
            hi = std::max(hi, rep.clip[size_t(i)]);
        }
        const int y0 = int((0.5 - 0.5 * hi) * (waveH - 1)), y1 = int((0.5 - 0.5 * lo) * (waveH - 1));
        p.fillRect(x, y0, 1, std::max(1, y1 - y0 + 1), QColor(60, 60, 60));
    }
    wave.paint(p, WholeClipGeometry(n, rate, waveRect));
    // Spectrogram (greyscale dB) under the map.
    {
        Stft stft(lin, rate);
        const std::vector<float> db = stft.computeDb(rep.clip.data(), n, 0, rep.linearMap.frames);
        QImage spec(int(rep.linearMap.frames), lin.bins(), QImage::Format_RGB32);
        for (int64_t t = 0; t < rep.linearMap.frames; ++t)
            for (int b = 0; b < lin.bins(); ++b) {
                const int g = int(255 * std::clamp((db[size_t(t * lin.bins() + b)] + 100.0) / 100.0, 0.0, 1.0));
                spec.setPixel(int(t), lin.bins() - 1 - b, qRgb(g, g, g));
            }
        p.drawImage(specRect, spec);
    }
    heat.paint(p, WholeClipGeometry(n, rate, specRect));
    // The colour key, in the attribution's unit, with the clip and the shares (the panel's key).
    p.setPen(Qt::black);
    AttributionColourKey::paint(p, QRect(8, waveH + specH + 4, width - 16, height - waveH - specH - 4), local, heat);
}

QImage ExplainPanel::renderImage(int width) const
{
    if (m_data->isEmpty())
        return {};
    QImage img(width, pictureHeight(width), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    paintPicture(p, width, img.height());
    return img;
}

namespace {

ExportStamp stampFor(const AttributionReport &rep, const QString &kind)
{
    ExportStamp stamp = ExportStamp::forClip(rep.evidencePath, rep.evidenceSha256, kind);
    stamp.addExplanationSettings(rep);
    return stamp;
}

} // namespace

void ExplainPanel::exportPng(const QString &path) const
{
    const QImage plain = renderImage();
    if (plain.isNull())
        throw Error(path, tr("nothing to export: run an explanation first"));
    // The caption strip and PNG text chunks: the clip's SHA-256 and the explanation's settings (ExportStamp).
    const ExportStamp stamp = stampFor(*m_data->report(), QStringLiteral("explanation image"));
    const QImage img = stamp.withCaption(plain);
    if (!img.save(path, "PNG"))
        throw Error(path, tr("cannot write the PNG"));
}

void ExplainPanel::exportSvg(const QString &path) const
{
    if (m_data->isEmpty())
        throw Error(path, tr("nothing to export: run an explanation first"));
    const AttributionReport &rep = *m_data->report();
    const ExportStamp stamp = stampFor(rep, QStringLiteral("explanation image (SVG)"));
    const int width = 1400, h = pictureHeight(width), captionH = stamp.captionHeight(width);
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(QSize(width, h + captionH));
    gen.setViewBox(QRect(0, 0, width, h + captionH));
    gen.setTitle(tr("Integrated Gradients of %1 (%2) on %3").arg(rep.result.modelName, rep.result.targetDescription, QFileInfo(rep.evidencePath).fileName()));
    gen.setDescription(stamp.lines().join(QLatin1Char('\n')));
    QPainter p;
    if (!p.begin(&gen))
        throw Error(path, tr("cannot write the SVG (check that the folder exists and is writable)"));
    paintPicture(p, width, h);
    stamp.paintCaption(p, QRect(0, h, width, captionH)); // the caption as visible text
    p.end();
    if (!QFileInfo::exists(path))
        throw Error(path, tr("cannot write the SVG"));
    stamp.insertSvgMetadata(path);
}

QJsonObject ExplainPanel::caption() const
{
    if (m_data->isEmpty())
        return {};
    const AttributionReport &rep = *m_data->report();
    const IgResult &r = rep.result;
    QJsonObject o{{QStringLiteral("clip"), QFileInfo(rep.evidencePath).fileName()},
                  {QStringLiteral("path"), rep.evidencePath},
                  {QStringLiteral("evidenceSha256"), rep.evidenceSha256},
                  {QStringLiteral("model"), r.modelName},
                  {QStringLiteral("weightsSha256"), r.weightsSha256},
                  {QStringLiteral("target"), r.targetDescription.isEmpty() ? r.targetSpec : r.targetDescription},
                  {QStringLiteral("baseline"), r.baselineDescription.isEmpty() ? r.baselineKind : r.baselineDescription},
                  {QStringLiteral("steps"), r.steps},
                  {QStringLiteral("rule"), r.rule},
                  {QStringLiteral("jumpsAttributed"), r.jumpsAttributed},
                  {QStringLiteral("completenessGap"), r.completenessError},
                  {QStringLiteral("completeness"), completenessSentence(r)}};
    if (shownIsFeature()) {
        o.insert(QStringLiteral("domain"), QStringLiteral("features"));
        o.insert(QStringLiteral("baselineFile"), QFileInfo(m_shownFeatureFile).fileName());
        o.insert(QStringLiteral("baselinePath"), m_shownFeatureFile);
        o.insert(QStringLiteral("baselineSha256"), m_shownFeatureSha);
        o.insert(QStringLiteral("waveform"), QStringLiteral("per-frame sum over the feature bins (not per sample)"));
    }
    if (!m_data->note().isEmpty())
        o.insert(QStringLiteral("note"), m_data->note());
    if (m_data->isStale())
        o.insert(QStringLiteral("stale"), m_data->staleReason());
    o.insert(QStringLiteral("text"), stampFor(rep, QStringLiteral("explanation report")).lines().join(QLatin1Char('\n')));
    return o;
}

void ExplainPanel::exportJson(const QString &path) const
{
    if (m_data->isEmpty())
        throw Error(path, tr("nothing to export: run an explanation first"));
    const auto &rep = *m_data->report();
    QJsonObject o = rep.toJson();
    o.insert(QStringLiteral("caption"), caption());
    if (m_selB > m_selA)
        o.insert(QStringLiteral("selection"), AttributionReport::summaryJson(regionSummary(), rep.result.sampleRate));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, tr("cannot write: %1").arg(f.errorString()));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(path, tr("cannot write: %1").arg(f.errorString()));
}

} // namespace st
