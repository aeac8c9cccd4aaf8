#include "attribution/ExplainPanel.h"

#include "common/ExportStamp.h"
#include "common/SafeFileDialog.h"

#include "view/LayerGeometry.h"
#include "view/ViewState.h"
#include "audio/AudioFile.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "explain/IntegratedGradients.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

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
#include <QSlider>
#include <QSpinBox>
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
    return QStringLiteral("%1 %").arg(100.0 * v, 0, 'f', 1);
}

} // namespace

ExplainPanel::ExplainPanel(JobManager *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_data(new AttributionData(this)), m_waveLayer(new AttributionLayer(m_data, this)),
      m_heatLayer(new AttributionHeatmapLayer(m_data, this))
{
    buildUi();
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
    m_steps = new QSpinBox;
    m_steps->setRange(2, 4096);
    m_steps->setValue(50);
    m_ruleBox = new QComboBox;
    m_ruleBox->addItem(tr("Gauss-Legendre"), int(IntegrationRule::GaussLegendre));
    m_ruleBox->addItem(tr("Trapezoid"), int(IntegrationRule::Trapezoid));
    form->addRow(tr("Model"), m_modelBox);
    form->addRow(tr("Target"), targetRow);
    form->addRow(tr("Baseline"), m_baselineBox);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Rule"), m_ruleBox);
    m_jumpsBox = new QCheckBox(tr("Attribute the model's jumps"));
    m_jumpsBox->setChecked(true);
    m_jumpsBox->setToolTip(tr("AASIST's graph pooling keeps the top-scoring nodes, so its output jumps where the kept nodes change "
                              "along the path. On: each jump is located and attributed through the score crossing that caused it, "
                              "so the attributions add up to the change of the target (slower). Off: plain Integrated Gradients; "
                              "the jumps stay in the completeness gap."));
    form->addRow(QString(), m_jumpsBox);

    m_runButton = new QPushButton(tr("Explain"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_completeness = new QLabel;
    m_completeness->setWordWrap(true);
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

    m_pngButton = new QPushButton(tr("Export PNG…"));
    m_jsonButton = new QPushButton(tr("Export JSON…"));
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_pngButton);
    exportRow->addWidget(m_jsonButton);

    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addLayout(runRow);
    v->addWidget(m_progress);
    v->addWidget(m_status);
    v->addWidget(m_completeness);
    v->addWidget(m_moreStepsButton, 0, Qt::AlignLeft);
    v->addLayout(display);
    v->addWidget(m_region);
    v->addLayout(exportRow);
    v->addStretch(1);

    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this] {
        rebuildTargets();
        applyRecommendedBaseline();
    });
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
            if (m_job && m_job->id() == id) {
                m_progress->setValue(int(std::lround(fraction * 1000)));
                m_status->setText(stage);
            }
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
    if (m_modelBox->currentText() != current) // a new model: its recommended baseline; the same: the user's choice stays
        applyRecommendedBaseline();
    rebuildTargets();
}

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
    } else {
        s.baseline.kind = BaselineKind(code);
    }
    s.steps = m_steps->value();
    s.rule = IntegrationRule(m_ruleBox->currentData().toInt());
    s.attributeJumps = m_jumpsBox->isChecked();
    return s;
}

void ExplainPanel::setDocument(const QString &path, int documentRate, int64_t totalFrames)
{
    Q_UNUSED(totalFrames)
    if (m_job)
        m_job->cancel();
    m_path = path;
    m_docRate = documentRate;
    m_selA = m_selB = 0;
    m_data->clear();
    m_completeness->clear();
    m_region->clear();
    m_status->setText(path.isEmpty() ? QString() : tr("Ready: choose a target and press Explain"));
    updateButtons();
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
    const ModelManifest manifest = m_models[mi];
    const QString path = m_path;
    m_runBaseline = s.baseline;
    auto holder = std::make_shared<std::shared_ptr<AttributionReport>>();
    m_job = m_jobs->run(tr("Integrated Gradients (%1, %2 steps) of %3").arg(manifest.name).arg(s.steps).arg(QFileInfo(path).fileName()),
                        [this, manifest, path, s, holder](JobContext &ctx) -> QVariant {
                            ctx.setProgress(0.0, tr("loading %1").arg(manifest.name));
                            EmbeddingModelPtr model;
                            {
                                std::lock_guard<std::mutex> lock(m_modelMutex);
                                const QString key = manifest.manifestPath + QLatin1Char('|') + manifest.name + QLatin1Char('|') + manifest.weightsSha256;
                                if (!m_model || m_modelKey != key) {
                                    m_model = ModelRegistry::load(manifest, RunOptions{});
                                    m_modelKey = key;
                                }
                                model = m_model;
                            }
                            ctx.checkCancelled();
                            ctx.setProgress(0.0, tr("reading the clip"));
                            AudioFile file(path);
                            std::vector<float> clip = file.readAll(MixDown, manifest.sampleRate);
                            const QString sha = sha256OfFile(path);
                            IntegratedGradients ig(model);
                            IgResult r = ig.run(clip, s, [&](double f, const QString &stage) { ctx.setProgress(f, stage); },
                                                [&] { return ctx.isCancelled(); });
                            auto rep = std::make_shared<AttributionReport>(AttributionReport::analyze(std::move(r), std::move(clip), s.baseline));
                            rep->evidencePath = QFileInfo(path).absoluteFilePath();
                            rep->evidenceSha256 = sha;
                            *holder = rep;
                            return {};
                        });
    QPointer<ExplainPanel> self(this);
    m_job->onFinished([self, holder](const Job &job) {
        if (!self)
            return;
        self->m_pending = *holder;
        self->onFinished(job);
    });
    m_progress->setValue(0);
    m_status->setText(tr("Running…"));
    updateButtons();
    return m_job;
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

void ExplainPanel::onFinished(const Job &job)
{
    bool ok = false;
    if (job.state() == JobState::Succeeded && m_pending) {
        m_data->setReport(m_pending, m_docRate);
        const IgResult &r = m_pending->result;
        QString jumps;
        if (r.jumps > 0)
            jumps = r.jumpsAttributed
                ? tr("\n%n jump(s) of the model located and attributed (%1 of the change)", nullptr, r.jumps).arg(percent(r.jumpShare))
                : tr("\n%n jump(s) of the model not attributed (%1 of the change)", nullptr, r.jumps).arg(percent(r.jumpShare));
        m_completeness->setText(tr("Completeness gap %1 (sum of attributions %2, F(input) − F(baseline) = %3 − %4)%5%6")
                                    .arg(percent(r.completenessError))
                                    .arg(r.attributionSum, 0, 'g', 4)
                                    .arg(r.fInput, 0, 'g', 4)
                                    .arg(r.fBaseline, 0, 'g', 4)
                                    .arg(jumps)
                                    .arg(r.completenessError > 0.05 && !r.warnings.isEmpty()
                                             ? tr("\nWarning: %1.").arg(r.warnings.first())
                                             : QString()));
        m_completeness->setStyleSheet(r.completenessError > 0.05 ? QStringLiteral("color: #E69F00; font-weight: bold;") : QString());
        m_status->setText(tr("Done in %1 s: %2; baseline %3; %4 steps (%5)")
                              .arg(r.seconds, 0, 'f', 1).arg(r.targetDescription, r.baselineDescription).arg(r.steps).arg(r.rule));
        m_progress->setValue(1000);
        ok = true;
    } else if (job.state() == JobState::Cancelled) {
        m_status->setText(tr("Cancelled"));
    } else {
        m_status->setText(tr("Failed: %1").arg(job.errorMessage()));
    }
    m_pending.reset();
    updateRegion();
    updateButtons();
    emit finished(ok);
}

QString ExplainPanel::completenessText() const { return m_completeness->text(); }

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
    const AttributionSummary s = regionSummary();
    const auto &rep = *m_data->report();
    const int rate = rep.result.sampleRate;
    QStringList bands;
    for (int i = 0; i < s.bandNames.size(); ++i)
        bands << QStringLiteral("%1 %2").arg(s.bandNames[i], percent(s.bandShares[size_t(i)]));
    const double clipAbs = rep.clipSummary.absoluteSum;
    m_region->setText(tr("%1 %2–%3 s: sum %4 (%5), |a| %6 = %7 of the clip\nBands: %8\nSpeech %9, pauses %10 (speech is %11 of the time)")
                          .arg(m_selB > m_selA ? tr("Selection") : tr("Clip"))
                          .arg(double(s.start) / rate, 0, 'f', 2)
                          .arg(double(s.end) / rate, 0, 'f', 2)
                          .arg(s.sum, 0, 'g', 3)
                          .arg(s.sum > 0 ? rep.result.positiveMeaning : rep.result.negativeMeaning)
                          .arg(s.absoluteSum, 0, 'g', 3)
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
    m_jsonButton->setEnabled(!m_data->isEmpty());
    const int more = running ? 0 : suggestedSteps();
    m_moreStepsButton->setVisible(more > 0);
    if (more > 0)
        m_moreStepsButton->setText(tr("Run again with %1 steps").arg(more));
}

QImage ExplainPanel::renderImage(int width) const
{
    if (m_data->isEmpty())
        return {};
    const auto &rep = *m_data->report();
    const int rate = rep.result.sampleRate;
    const int64_t n = int64_t(rep.clip.size());
    const int waveH = 220, specH = 300, legendH = 60;
    QImage img(width, waveH + specH + legendH, QImage::Format_ARGB32_Premultiplied);
    img.fill(QColor(255, 255, 255));
    QPainter p(&img);
    // The layers paint in model samples here (a document at the model's rate).
    AttributionData local;
    local.setReport(m_data->report(), rate);
    local.setClipPercentile(m_data->clipPercentile());
    AttributionLayer wave(&local);
    wave.setOpacity(m_waveLayer->opacity());
    AttributionHeatmapLayer heat(&local);
    heat.setMode(m_heatLayer->mode());
    heat.setOpacity(m_heatLayer->opacity());
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
    // Legend.
    const QRect legend(0, waveH + specH, width, legendH);
    p.fillRect(legend.adjusted(8, 10, -width + 28, -legendH + 30), AttributionData::forSpoofColour());
    p.fillRect(legend.adjusted(8, 34, -width + 28, -legendH + 54), AttributionData::forBonafideColour());
    p.setPen(Qt::black);
    p.drawText(legend.adjusted(36, 8, 0, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("%1   (%2 · %3 · %4 steps %5 · completeness gap %6)")
                   .arg(local.vermillionMeaning(), rep.result.modelName, rep.result.targetDescription)
                   .arg(rep.result.steps).arg(rep.result.rule, percent(rep.result.completenessError)));
    p.drawText(legend.adjusted(36, 32, 0, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("%1   (opacity: |value| / %2th percentile, clipped)").arg(local.blueMeaning()).arg(m_data->clipPercentile()));
    return img;
}

void ExplainPanel::exportPng(const QString &path) const
{
    const QImage plain = renderImage();
    if (plain.isNull())
        throw Error(path, tr("nothing to export: run an explanation first"));
    // The caption strip and PNG text chunks: the clip's SHA-256 and the explanation's settings (ExportStamp).
    const AttributionReport &rep = *m_data->report();
    ExportStamp stamp = ExportStamp::forClip(rep.evidencePath, rep.evidenceSha256, QStringLiteral("explanation image"));
    stamp.addExplanationSettings(rep);
    const QImage img = stamp.withCaption(plain);
    if (!img.save(path, "PNG"))
        throw Error(path, tr("cannot write the PNG"));
}

void ExplainPanel::exportJson(const QString &path) const
{
    if (m_data->isEmpty())
        throw Error(path, tr("nothing to export: run an explanation first"));
    const auto &rep = *m_data->report();
    QJsonObject o = rep.toJson();
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
