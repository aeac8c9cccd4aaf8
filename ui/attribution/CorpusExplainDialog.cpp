#include "attribution/CorpusExplainDialog.h"
#include "common/LocaleFormat.h"

#include "explain/CorpusExplain.h"
#include "jobs/Job.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QLocale>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace st {

namespace {

// Okabe-Ito, one colour per band / share.
const QColor kColours[] = {QColor(0, 114, 178), QColor(86, 180, 233), QColor(0, 158, 115), QColor(230, 159, 0), QColor(213, 94, 0),
                           QColor(204, 121, 167)};

double meanOf(const QJsonObject &g, const QString &key)
{
    return g.value(key).toObject().value(QStringLiteral("mean")).toDouble();
}

} // namespace

CorpusExplainDialog::CorpusExplainDialog(JobManager *jobs, const QList<QPair<QString, ModelManifest>> &models, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_models(models)
{
    setWindowTitle(tr("Explain a corpus"));
    auto *form = new QFormLayout;
    m_input = new QLineEdit;
    m_input->setPlaceholderText(tr("protocol file (groups by its columns) or a folder of audio files"));
    auto *protoBtn = new QPushButton(tr("Protocol…"));
    auto *folderBtn = new QPushButton(tr("Folder…"));
    auto *inRow = new QHBoxLayout;
    inRow->addWidget(m_input, 1);
    inRow->addWidget(protoBtn);
    inRow->addWidget(folderBtn);
    form->addRow(tr("Input:"), inRow);
    m_model = new QComboBox;
    for (const auto &m : m_models)
        m_model->addItem(m.first);
    form->addRow(tr("Model:"), m_model);
    m_steps = new QSpinBox;
    m_steps->setRange(2, 4096);
    m_steps->setValue(50);
    form->addRow(tr("Steps:"), m_steps);
    m_limit = new QSpinBox;
    m_limit->setRange(0, 1000000);
    m_limit->setSpecialValueText(tr("all clips"));
    form->addRow(tr("Limit:"), m_limit);
    m_output = new QLineEdit;
    auto *outBtn = new QPushButton(tr("Choose…"));
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(outBtn);
    form->addRow(tr("Output folder:"), outRow);

    m_run = new QPushButton(tr("Run"));
    m_cancel = new QPushButton(tr("Cancel job"));
    m_cancel->setEnabled(false);
    auto *openBtn = new QPushButton(tr("Open results…"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_status = new QLabel(tr("A re-run into the same folder resumes; other settings are refused."));
    m_status->setWordWrap(true);
    auto *btnRow = new QHBoxLayout;
    btnRow->addWidget(m_run);
    btnRow->addWidget(m_cancel);
    btnRow->addWidget(openBtn);
    btnRow->addWidget(m_progress, 1);

    m_column = new QComboBox;
    m_table = new QTableWidget;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bandChart = new QChartView;
    m_bandChart->setRenderHint(QPainter::Antialiasing);
    m_bandChart->setMinimumHeight(260);
    m_silenceChart = new QChartView;
    m_silenceChart->setRenderHint(QPainter::Antialiasing);
    m_silenceChart->setMinimumHeight(260);
    m_tfGroup = new QComboBox;
    m_tfImage = new QLabel;
    m_tfImage->setAlignment(Qt::AlignCenter);
    auto *tfScroll = new QScrollArea;
    tfScroll->setWidget(m_tfImage);
    tfScroll->setWidgetResizable(true);
    auto *tfPage = new QWidget;
    auto *tfLay = new QVBoxLayout(tfPage);
    tfLay->addWidget(m_tfGroup);
    tfLay->addWidget(tfScroll, 1);
    tfLay->addWidget(new QLabel(tr("Mean |attribution| over relative time (left to right) and frequency bins (low at the bottom); "
                                   "each clip's map normalised to sum 1.")));
    auto *tabs = new QTabWidget;
    tabs->addTab(m_table, tr("Summary"));
    tabs->addTab(m_bandChart, tr("Bands"));
    tabs->addTab(m_silenceChart, tr("Speech / silence"));
    tabs->addTab(tfPage, tr("Mean TF map"));
    auto *colRow = new QHBoxLayout;
    colRow->addWidget(new QLabel(tr("Group by:")));
    colRow->addWidget(m_column, 1);

    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addLayout(btnRow);
    lay->addWidget(m_status);
    lay->addLayout(colRow);
    lay->addWidget(tabs, 1);
    resize(900, 760);

    connect(protoBtn, &QPushButton::clicked, this, &CorpusExplainDialog::chooseProtocol);
    connect(folderBtn, &QPushButton::clicked, this, &CorpusExplainDialog::chooseFolder);
    connect(outBtn, &QPushButton::clicked, this, &CorpusExplainDialog::chooseOutput);
    connect(openBtn, &QPushButton::clicked, this, &CorpusExplainDialog::chooseResults);
    connect(m_run, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_column, &QComboBox::currentTextChanged, this, &CorpusExplainDialog::showColumn);
    connect(m_tfGroup, &QComboBox::currentIndexChanged, this, [this] { showTfMap(); });
    connect(m_jobs, &JobManager::jobProgress, this, [this](int id, double f, const QString &stage) {
        if (m_job && m_job->id() == id) {
            m_progress->setValue(int(f * 1000));
            m_status->setText(stage);
        }
    });
}

CorpusExplainDialog::~CorpusExplainDialog()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void CorpusExplainDialog::setInput(const QString &p) { m_input->setText(p); }
void CorpusExplainDialog::setOutputFolder(const QString &d) { m_output->setText(d); }
void CorpusExplainDialog::setSteps(int s) { m_steps->setValue(s); }
void CorpusExplainDialog::setModel(const QString &name) { m_model->setCurrentText(name); }
bool CorpusExplainDialog::isRunning() const { return m_job && !m_job->isFinished(); }
QStringList CorpusExplainDialog::chartCategories() const { return m_categories; }
int CorpusExplainDialog::tableRows() const { return m_table->rowCount(); }

void CorpusExplainDialog::fail(const QString &message)
{
    m_lastError = message;
    m_status->setText(message);
    emit finished(false, message);
}

void CorpusExplainDialog::chooseProtocol()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Protocol"), QString(), tr("Protocols (*.tsv *.txt *.csv);;All files (*)"));
    if (!f.isEmpty())
        m_input->setText(f);
}

void CorpusExplainDialog::chooseFolder()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Folder of audio files"));
    if (!d.isEmpty())
        m_input->setText(d);
}

void CorpusExplainDialog::chooseOutput()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Output folder"));
    if (!d.isEmpty())
        m_output->setText(d);
}

void CorpusExplainDialog::chooseResults()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Corpus explanation folder (with summary.json)"));
    if (!d.isEmpty())
        loadResults(d);
}

bool CorpusExplainDialog::start()
{
    if (isRunning()) {
        fail(tr("a corpus explanation is already running"));
        return false;
    }
    const QString input = m_input->text().trimmed(), outDir = m_output->text().trimmed();
    if (input.isEmpty() || outDir.isEmpty()) {
        fail(tr("choose an input (protocol or folder) and an output folder"));
        return false;
    }
    const int mi = m_model->currentIndex();
    if (mi < 0 || mi >= m_models.size()) {
        fail(tr("no model to explain with"));
        return false;
    }
    const ModelManifest manifest = m_models[mi].second;
    CorpusExplainSettings s;
    s.ig.steps = m_steps->value();
    s.ig.baseline = recommendedBaseline(manifest.kind);
    s.limit = m_limit->value();
    m_outDir = outDir;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_job = m_jobs->run(tr("explain corpus %1").arg(QFileInfo(input).fileName()), [input, outDir, manifest, s](JobContext &ctx) -> QVariant {
        EmbeddingModelPtr model = ModelRegistry::load(manifest, RunOptions{});
        const CorpusExplainResult r = runCorpusExplain(input, {}, model, s, outDir, [&](double f, const QString &st) { ctx.setProgress(f, st); },
                                                       [&] { return ctx.isCancelled(); });
        return tr("%1 clips: %2 explained, %3 resumed, %4 failed").arg(r.clips).arg(r.done).arg(r.skipped).arg(r.failed);
    });
    QPointer<CorpusExplainDialog> self(this);
    m_job->onFinished([self](const Job &j) {
        if (!self)
            return;
        self->m_run->setEnabled(true);
        self->m_cancel->setEnabled(false);
        if (j.state() == JobState::Succeeded) {
            self->m_progress->setValue(1000);
            const QString msg = j.result().toString();
            if (self->loadResults(self->m_outDir)) {
                self->m_status->setText(msg);
                emit self->finished(true, msg);
            }
        } else if (j.state() == JobState::Cancelled) {
            self->fail(tr("cancelled; the clips done so far are kept and a re-run resumes"));
        } else {
            self->fail(j.errorMessage());
        }
    });
    return true;
}

bool CorpusExplainDialog::loadResults(const QString &outDir)
{
    try {
        m_summary = readCorpusSummary(outDir);
    } catch (const Error &e) {
        fail(e.message());
        return false;
    }
    m_outDir = outDir;
    m_output->setText(outDir);
    const QStringList bands = [&] {
        QStringList b;
        for (const QJsonValue &v : m_summary.value(QStringLiteral("bandNames")).toArray())
            b << v.toString();
        return b;
    }();
    const QJsonArray groups = m_summary.value(QStringLiteral("groups")).toArray();
    QStringList header{tr("column"), tr("value"), tr("n")};
    for (const QString &b : bands)
        header << b;
    header << tr("speech") << tr("leading silence") << tr("trailing silence") << tr("completeness gap");
    m_table->clear();
    m_table->setColumnCount(header.size());
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(groups.size());
    QStringList columns;
    m_tfGroup->blockSignals(true);
    m_tfGroup->clear();
    for (int r = 0; r < groups.size(); ++r) {
        const QJsonObject g = groups[r].toObject();
        const QString col = g.value(QStringLiteral("column")).toString(), val = g.value(QStringLiteral("value")).toString();
        if (!columns.contains(col))
            columns << col;
        int c = 0;
        m_table->setItem(r, c++, new QTableWidgetItem(col));
        m_table->setItem(r, c++, new QTableWidgetItem(val));
        m_table->setItem(r, c++, new QTableWidgetItem(QString::number(g.value(QStringLiteral("n")).toInt())));
        auto pct = [](double v) { return QStringLiteral("%1 %").arg(shownLocale().toString(100.0 * v, 'f', 1)); };
        for (const QString &b : bands)
            m_table->setItem(r, c++, new QTableWidgetItem(pct(g.value(QStringLiteral("bandShares")).toObject().value(b).toObject().value(QStringLiteral("mean")).toDouble())));
        for (const char *k : {"speechShare", "leadingSilenceShare", "trailingSilenceShare", "completenessGap"})
            m_table->setItem(r, c++, new QTableWidgetItem(pct(meanOf(g, QLatin1String(k)))));
        if (!g.value(QStringLiteral("meanTfMap")).toString().isEmpty())
            m_tfGroup->addItem(QStringLiteral("%1 = %2").arg(col, val), g.value(QStringLiteral("meanTfMap")).toString());
    }
    m_table->resizeColumnsToContents();
    m_tfGroup->blockSignals(false);
    m_column->blockSignals(true);
    m_column->clear();
    m_column->addItems(columns);
    const int labelIdx = columns.indexOf(QStringLiteral("label"));
    m_column->setCurrentIndex(labelIdx >= 0 ? labelIdx : 0);
    m_column->blockSignals(false);
    showColumn(m_column->currentText());
    showTfMap();
    m_status->setText(tr("%1: %2 clips, %3 explained, %4 failed")
                          .arg(QDir::toNativeSeparators(outDir))
                          .arg(m_summary.value(QStringLiteral("clips")).toInt())
                          .arg(m_summary.value(QStringLiteral("explained")).toInt())
                          .arg(m_summary.value(QStringLiteral("failed")).toInt()));
    return true;
}

void CorpusExplainDialog::showColumn(const QString &column)
{
    m_categories.clear();
    std::vector<QJsonObject> rows;
    for (const QJsonValue &v : m_summary.value(QStringLiteral("groups")).toArray())
        if (v.toObject().value(QStringLiteral("column")).toString() == column) {
            rows.push_back(v.toObject());
            m_categories << v.toObject().value(QStringLiteral("value")).toString();
        }
    QStringList bands;
    for (const QJsonValue &v : m_summary.value(QStringLiteral("bandNames")).toArray())
        bands << v.toString();

    auto *bandSeries = new QStackedBarSeries;
    for (int b = 0; b < bands.size(); ++b) {
        auto *set = new QBarSet(bands[b]);
        set->setColor(kColours[b % 6]);
        for (const QJsonObject &g : rows)
            *set << 100.0 * g.value(QStringLiteral("bandShares")).toObject().value(bands[b]).toObject().value(QStringLiteral("mean")).toDouble();
        bandSeries->append(set);
    }
    auto *silSeries = new QBarSeries;
    const std::pair<const char *, QString> shares[] = {{"speechShare", tr("speech")},
                                                       {"leadingSilenceShare", tr("leading silence")},
                                                       {"trailingSilenceShare", tr("trailing silence")}};
    int k = 0;
    for (const auto &s : shares) {
        auto *set = new QBarSet(s.second);
        set->setColor(kColours[(k++ * 2) % 6]);
        for (const QJsonObject &g : rows)
            *set << 100.0 * meanOf(g, QLatin1String(s.first));
        silSeries->append(set);
    }
    auto makeChart = [&](QAbstractBarSeries *series, const QString &title) {
        auto *chart = new QChart;
        chart->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
        chart->setLocale(shownLocale());
        chart->addSeries(series);
        chart->setTitle(title);
        auto *x = new QBarCategoryAxis;
        QStringList cats;
        for (const QJsonObject &g : rows)
            cats << QStringLiteral("%1 (n=%2)").arg(g.value(QStringLiteral("value")).toString()).arg(g.value(QStringLiteral("n")).toInt());
        x->append(cats);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setTitleText(tr("% of |attribution|"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    };
    QChart *old1 = m_bandChart->chart(), *old2 = m_silenceChart->chart();
    m_bandChart->setChart(makeChart(bandSeries, tr("Share of |attribution| per frequency band, by %1 (mean over clips)").arg(column)));
    m_silenceChart->setChart(makeChart(silSeries, tr("Speech and silence shares, by %1 (mean over clips)").arg(column)));
    delete old1;
    delete old2;
}

void CorpusExplainDialog::showTfMap()
{
    const QString file = m_tfGroup->currentData().toString();
    if (file.isEmpty()) {
        m_tfImage->clear();
        return;
    }
    try {
        std::vector<int64_t> shape;
        const std::vector<float> v = readNpy(QDir(m_outDir).filePath(file), shape);
        if (shape.size() != 2)
            throw Error(file, tr("expected a 2-d map"));
        const int T = int(shape[0]), B = int(shape[1]);
        std::vector<float> sorted(v);
        std::sort(sorted.begin(), sorted.end());
        const double top = std::max(1e-30, double(sorted[size_t(0.99 * double(sorted.size() - 1))]));
        QImage img(T, B, QImage::Format_RGB32);
        for (int t = 0; t < T; ++t)
            for (int b = 0; b < B; ++b) {
                const double a = std::clamp(v[size_t(t * B + b)] / top, 0.0, 1.0);
                img.setPixel(t, B - 1 - b, qRgb(int(255 - 42 * a), int(255 - 161 * a), int(255 - 255 * a)));
            }
        m_tfImage->setPixmap(QPixmap::fromImage(img.scaled(T * 6, std::max(B, 256), Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    } catch (const Error &e) {
        m_tfImage->setText(e.message());
    }
}

} // namespace st
