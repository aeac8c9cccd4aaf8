#include "charts/EvaluationPanel.h"
#include "common/LocaleFormat.h"
#include "common/SafeFileDialog.h"

#include "charts/ConfusionMatrixView.h"
#include "charts/DetChart.h"
#include "charts/ScoreHistogramChart.h"
#include "charts/TippettChart.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace st {

namespace {

QString pct(double f)
{
    return std::isfinite(f) ? QStringLiteral("%1 %").arg(shownLocale().toString(f * 100.0, 'f', 2)) : QCoreApplication::translate("st::EvaluationPanel", "n/a");
}

QString num(double v, int decimals = 3)
{
    return std::isfinite(v) ? shownLocale().toString(v, 'f', decimals) : QCoreApplication::translate("st::EvaluationPanel", "n/a");
}

} // namespace

EvaluationPanel::EvaluationPanel(JobManager *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs ? jobs : new JobManager(1, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Run an evaluation"), this);
    buildForm(box);
    layout->addWidget(box);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, 2, split);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(300);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *plots = new QWidget(split);
    auto *pl = new QVBoxLayout(plots);
    pl->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(plots);
    m_det = new DetChart();
    m_tabs->addTab(m_det, tr("DET"));
    auto *histPage = new QWidget();
    auto *hl = new QVBoxLayout(histPage);
    hl->setContentsMargins(0, 0, 0, 0);
    m_histSet = new QComboBox(histPage);
    m_hist = new ScoreHistogramChart(histPage);
    hl->addWidget(m_histSet);
    hl->addWidget(m_hist, 1);
    m_tabs->addTab(histPage, tr("Scores"));
    m_confusion = new ConfusionMatrixView();
    m_tabs->addTab(m_confusion, tr("Confusion"));
    m_tippett = new TippettChart();
    m_tabs->addTab(m_tippett, tr("Tippett"));
    // Tall enough for the DET chart's axis titles and labels whole (Qt elides them in a shorter chart); on a
    // 1366x768 screen the Evaluation tab scrolls instead.
    m_tabs->setMinimumHeight(340);
    pl->addWidget(m_tabs, 1);
    auto *exportRow = new QHBoxLayout();
    exportRow->addStretch(1);
    m_export = new QPushButton(tr("Export plot…"), plots);
    m_export->setToolTip(tr("Save the current plot as PNG or SVG, or its data as CSV"));
    exportRow->addWidget(m_export);
    pl->addLayout(exportRow);
    split->addWidget(m_table);
    split->addWidget(plots);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 780});
    layout->addWidget(split, 1);

    connect(m_histSet, qOverload<int>(&QComboBox::currentIndexChanged), this, &EvaluationPanel::onHistogramSetChanged);
    connect(m_export, &QPushButton::clicked, this, &EvaluationPanel::onExport);
    connect(m_jobs, &JobManager::jobProgress, this, [this](int id, double f, const QString &stage) {
        if (m_job && m_job->id() == id) {
            m_progress->setValue(int(f * 1000));
            m_status->setText(stage);
        }
    });
    setRunning(false);
}

EvaluationPanel::~EvaluationPanel()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void EvaluationPanel::buildForm(QWidget *box)
{
    auto *form = new QFormLayout(box);
    m_mode = new QComboBox(box);
    m_mode->addItem(tr("Source tracing (embeddings)"), int(EvaluationMode::Trace));
    m_mode->addItem(tr("Detection (scores)"), int(EvaluationMode::Detection));
    m_mode->addItem(tr("STOPA trials (scored trial list)"), int(EvaluationMode::Trials));
    form->addRow(tr("Mode"), m_mode);
    const auto fileRow = [&](const QString &label, QLineEdit *&edit, bool folder, const QString &filter) {
        auto *row = new QHBoxLayout();
        edit = new QLineEdit(box);
        auto *b = new QToolButton(box);
        b->setText(QStringLiteral("…"));
        QLineEdit *e = edit;
        connect(b, &QToolButton::clicked, this, [this, e, folder, filter] { browse(e, folder, filter); });
        row->addWidget(edit, 1);
        row->addWidget(b);
        form->addRow(label, row);
    };
    fileRow(tr("Protocol"), m_protocol, false, tr("Protocols (*.tsv *.txt *.csv);;All files (*)"));
    fileRow(tr("Embeddings / scores / trials"), m_input, false, tr("All files (*)"));
    fileRow(tr("Output folder"), m_out, true, {});
    m_attackFromName = new QCheckBox(tr("attack = file name up to the first '_' (no protocol)"), box);
    form->addRow(QString(), m_attackFromName);
    m_unknown = new QLineEdit(box);
    m_unknown->setPlaceholderText(tr("e.g. A05,A09"));
    form->addRow(tr("Unknown attacks"), m_unknown);
    auto *row = new QHBoxLayout();
    m_backend = new QComboBox(box);
    m_backend->addItems({QStringLiteral("cosine"), QStringLiteral("mahalanobis"), QStringLiteral("knn")});
    m_enrol = new QDoubleSpinBox(box);
    m_enrol->setRange(0.05, 0.95);
    m_enrol->setSingleStep(0.05);
    m_enrol->setValue(0.5);
    m_seed = new QSpinBox(box);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(1);
    m_calibrate = new QCheckBox(tr("calibrate on dev"), box);
    row->addWidget(new QLabel(tr("Back-end"), box));
    row->addWidget(m_backend);
    row->addWidget(new QLabel(tr("Enrol fraction"), box));
    row->addWidget(m_enrol);
    row->addWidget(new QLabel(tr("Seed"), box));
    row->addWidget(m_seed);
    row->addWidget(m_calibrate);
    row->addStretch(1);
    form->addRow(tr("Tracing"), row);
    auto *runRow = new QHBoxLayout();
    m_run = new QPushButton(tr("Run"), box);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(box);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    form->addRow(runRow);
    form->addRow(m_status);
    connect(m_run, &QPushButton::clicked, this, &EvaluationPanel::onRun);
    connect(m_cancel, &QPushButton::clicked, this, &EvaluationPanel::cancelEvaluation);
}

void EvaluationPanel::browse(QLineEdit *edit, bool folder, const QString &filter)
{
    const QString p = folder ? safeExistingDirectory(this, tr("Choose a folder"), edit->text())
                             : safeOpenFileName(this, tr("Choose a file"), edit->text(), filter);
    if (!p.isEmpty())
        edit->setText(p);
}

EvaluationOptions EvaluationPanel::options() const
{
    EvaluationOptions o;
    o.mode = EvaluationMode(m_mode->currentData().toInt());
    o.protocol = m_protocol->text().trimmed();
    const QString in = m_input->text().trimmed();
    if (o.mode == EvaluationMode::Trace)
        o.embeddings = in;
    else if (o.mode == EvaluationMode::Detection)
        o.scores = in;
    else
        o.trials = in;
    o.outDir = m_out->text().trimmed();
    o.attackFromFilename = m_attackFromName->isChecked();
    for (const QString &a : m_unknown->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.unknownAttacks << a.trimmed();
    o.backend = m_backend->currentText();
    o.enrolFraction = m_enrol->value();
    o.seed = std::uint64_t(m_seed->value());
    o.calibrate = m_calibrate->isChecked();
    return o;
}

void EvaluationPanel::setOptions(const EvaluationOptions &o)
{
    m_mode->setCurrentIndex(m_mode->findData(int(o.mode)));
    m_protocol->setText(o.protocol);
    m_input->setText(o.mode == EvaluationMode::Trace ? o.embeddings
                     : o.mode == EvaluationMode::Detection ? o.scores
                                                           : o.trials);
    m_out->setText(o.outDir);
    m_attackFromName->setChecked(o.attackFromFilename);
    m_unknown->setText(o.unknownAttacks.join(QLatin1Char(',')));
    m_backend->setCurrentText(o.backend);
    m_enrol->setValue(o.enrolFraction);
    m_seed->setValue(int(o.seed));
    m_calibrate->setChecked(o.calibrate);
}

void EvaluationPanel::onRun()
{
    startEvaluation(options());
}

bool EvaluationPanel::isRunning() const
{
    return m_job && !m_job->isFinished();
}

JobPtr EvaluationPanel::startEvaluation(const EvaluationOptions &options)
{
    if (isRunning())
        return nullptr;
    auto result = std::make_shared<EvaluationResult>();
    JobPtr job = std::make_shared<Job>(tr("Evaluate (%1)").arg(evaluationModeName(options.mode)),
                                       [options, result](JobContext &ctx) -> QVariant {
                                           EvaluationCallbacks cb;
                                           cb.progress = [&ctx](double f, const QString &s) { ctx.setProgress(f, s); };
                                           cb.cancelled = [&ctx] { return ctx.isCancelled(); };
                                           try {
                                               *result = runEvaluation(options, cb);
                                           } catch (const EvaluationCancelled &) {
                                               throw JobCancelled{};
                                           }
                                           return {};
                                       });
    QPointer<EvaluationPanel> self(this);
    job->onFinished([self, result](const Job &j) {
        if (!self)
            return;
        self->setRunning(false);
        switch (j.state()) {
        case JobState::Succeeded:
            self->setResult(*result);
            self->m_status->setText(result->writtenFiles.isEmpty()
                                        ? tr("Done.")
                                        : tr("Done: %1 files written.").arg(result->writtenFiles.size()));
            emit self->evaluationFinished(true, self->m_status->text());
            break;
        case JobState::Cancelled:
            self->m_status->setText(tr("Cancelled."));
            emit self->evaluationFinished(false, self->m_status->text());
            break;
        default:
            self->m_status->setText(j.errorMessage());
            emit self->evaluationFinished(false, j.errorMessage());
            break;
        }
    });
    m_job = job;
    setRunning(true);
    m_status->setText(tr("Starting…"));
    m_progress->setValue(0);
    m_jobs->submit(job);
    return job;
}

void EvaluationPanel::cancelEvaluation()
{
    if (isRunning())
        m_jobs->cancel(m_job->id());
}

void EvaluationPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
}

const EvaluationResult &EvaluationPanel::result() const
{
    if (!m_result)
        throw Error(tr("the evaluation panel holds no result yet"));
    return *m_result;
}

void EvaluationPanel::setResult(const EvaluationResult &result)
{
    m_result = std::make_unique<EvaluationResult>(result);
    const EvaluationResult &r = *m_result;
    fillSummary();
    m_det->setScoreSets(r.scoreSets);
    m_histSet->blockSignals(true);
    m_histSet->clear();
    for (const ScoreSet &s : r.scoreSets)
        m_histSet->addItem(s.name);
    m_histSet->blockSignals(false);
    onHistogramSetChanged(r.scoreSets.empty() ? -1 : 0);
    m_confusion->setReport(r.hasClassification ? r.classification : ClassificationReport{});
    // Tippett: calibrated LLRs when the run made them, else the main score set.
    const ScoreSet *tip = nullptr;
    for (const ScoreSet &s : r.scoreSets)
        if (s.areLlrs && !tip)
            tip = &s;
    if (!tip && !r.scoreSets.empty())
        tip = &r.scoreSets.front();
    m_tippett->setScoreSet(tip ? *tip : ScoreSet{});
}

void EvaluationPanel::onHistogramSetChanged(int index)
{
    if (!m_result || index < 0 || index >= int(m_result->scoreSets.size()))
        return;
    const bool det = m_result->mode == EvaluationMode::Detection;
    m_hist->setScores(m_result->scoreSets[std::size_t(index)], 50, det ? tr("bona fide") : QString(),
                      det ? tr("spoof") : QString());
}

void EvaluationPanel::fillSummary()
{
    const EvaluationResult &r = *m_result;
    m_summary.clear();
    const auto add = [this](const QString &k, const QString &v) { m_summary.append({k, v}); };
    add(tr("Mode"), evaluationModeName(r.mode) + (r.backend.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.backend)));
    if (r.mode == EvaluationMode::Detection) {
        const SplitMetrics &m = r.metrics.front();
        add(tr("Clips (bona fide / spoof)"), QStringLiteral("%1 / %2").arg(m.targets).arg(m.nontargets));
        add(tr("Pooled EER"), pct(m.eer));
        add(tr("Pooled ROCCH-EER"), pct(m.rocchEer));
        add(tr("minDCF"), num(m.minDcf.dcf));
        add(tr("Cllr / minCllr (bits)"), QStringLiteral("%1 / %2").arg(num(m.cllr), num(m.minCllr)));
        for (const DetectionRow &d : r.detection.perAttack)
            add(tr("EER %1").arg(d.condition), pct(d.eer.eer));
        for (const DetectionRow &d : r.detection.perCodec)
            add(tr("EER codec %1").arg(d.condition), pct(d.eer.eer));
    } else {
        add(tr("Known attacks"), r.knownAttacks.join(QStringLiteral(", ")));
        add(tr("Unknown attacks"), r.unknownAttacks.isEmpty() ? tr("none") : r.unknownAttacks.join(QStringLiteral(", ")));
        if (r.mode == EvaluationMode::Trace)
            add(tr("Clips (enrol / test / dev)"),
                QStringLiteral("%1 / %2 / %3").arg(r.enrolClips).arg(r.testClips).arg(r.devClips));
        for (const SplitMetrics &m : r.metrics)
            add(tr("Pooled EER %1 %2").arg(m.subset, m.level), pct(m.eer));
        for (const SplitMetrics &m : r.metrics)
            if (m.subset == QLatin1String("known")) {
                add(tr("minDCF known %1").arg(m.level), num(m.minDcf.dcf));
                add(tr("Cllr / minCllr known %1 (bits)").arg(m.level),
                    QStringLiteral("%1 / %2").arg(num(m.cllr), num(m.minCllr)));
            }
        for (const auto &[level, c] : r.calibration)
            add(tr("Calibrated Cllr %1 (bits)").arg(level),
                QStringLiteral("%1 -> %2").arg(num(c.evalCllrRaw), num(c.evalCllrCalibrated)));
        if (r.hasClassification) {
            add(tr("Closed-set accuracy"), pct(r.classification.accuracy));
            add(tr("Closed-set macro-F1"), pct(r.classification.macroF1));
        }
        if (r.hasOod) {
            add(tr("OOD AUROC"), pct(r.ood.auroc));
            add(tr("OOD FPR@95%TPR"), pct(r.ood.fprAt95Tpr));
            add(tr("OOD EER"), pct(r.ood.eer));
        }
    }
    m_table->setRowCount(int(m_summary.size()));
    for (int i = 0; i < m_summary.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_summary[i].first));
        auto *v = new QTableWidgetItem(m_summary[i].second);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, v);
    }
}

QList<QPair<QString, QString>> EvaluationPanel::summary() const
{
    return m_summary;
}

QString EvaluationPanel::summaryValue(const QString &metric) const
{
    for (const auto &kv : m_summary)
        if (kv.first == metric)
            return kv.second;
    return {};
}

void EvaluationPanel::exportCurrentPlot(const QString &path)
{
    QWidget *w = m_tabs->currentWidget();
    ChartExport *e = nullptr;
    if (w == m_det)
        e = m_det;
    else if (w == m_confusion)
        e = m_confusion;
    else if (w == m_tippett)
        e = m_tippett;
    else
        e = m_hist;
    e->saveByExtension(path);
}

void EvaluationPanel::onExport()
{
    const QString path = safeSaveFileName(this, tr("Export plot"), QString(),
                                                      tr("PNG image (*.png);;SVG image (*.svg);;CSV data (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportCurrentPlot(path);
        m_status->setText(tr("Exported %1").arg(path));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

} // namespace st
