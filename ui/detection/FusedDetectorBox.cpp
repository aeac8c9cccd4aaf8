#include "detection/FusedDetectorBox.h"
#include "common/LocaleFormat.h"

#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QLocale>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace st {

namespace {

const char *kSettingsKey = "detection/fusionModels";

QString fileSha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

FusedDetectorBox::FusedDetectorBox(JobManager *jobs, std::shared_ptr<ModelCache> cache,
                                   std::function<std::shared_ptr<const AudioFile>()> clip,
                                   std::function<std::vector<ModelManifest>()> models, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_cache(std::move(cache)), m_clip(std::move(clip)), m_models(std::move(models))
{
    setObjectName(QStringLiteral("fusedDetectorBox"));
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("fusedChoice"));
    m_choice->setToolTip(tr("Fusion models (sourcetrace-fusion/1, `sourcetrace-cli fuse train`) whose systems are registry detectors"));
    auto *add = new QPushButton(tr("Add fusion model..."));
    add->setObjectName(QStringLiteral("addFusionModel"));
    connect(add, &QPushButton::clicked, this, [this]() {
        const QString p = QFileDialog::getOpenFileName(this, tr("Add fusion model"), QString(), tr("Fusion models (*.json)"));
        if (!p.isEmpty())
            addFusionModel(p);
    });
    m_run = new QPushButton(tr("Run fused"));
    m_run->setObjectName(QStringLiteral("runFused"));
    connect(m_run, &QPushButton::clicked, this, [this]() { run(false); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_choice, 1);
    row->addWidget(add);
    row->addWidget(m_run);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_score = new QLabel;
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({tr("System"), tr("Model"), tr("Score"), tr("Weight")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(130);
    m_provenance = new QLabel;
    m_provenance->setWordWrap(true);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new QLabel(tr("<b>Fused detectors</b>")));
    v->addLayout(row);
    v->addWidget(m_status);
    v->addWidget(m_score);
    v->addWidget(m_table);
    v->addWidget(m_provenance);
    reloadFromSettings();
}

void FusedDetectorBox::reloadFromSettings()
{
    m_paths.clear();
    m_choice->clear();
    for (const QString &p : QSettings().value(QLatin1String(kSettingsKey)).toStringList()) {
        if (m_paths.contains(p))
            continue;
        m_paths << p;
        m_choice->addItem(tr("Fused: %1").arg(QFileInfo(p).fileName()), p);
    }
    m_run->setEnabled(!m_paths.isEmpty());
}

void FusedDetectorBox::saveToSettings() const
{
    QSettings().setValue(QLatin1String(kSettingsKey), m_paths);
}

bool FusedDetectorBox::addFusionModel(const QString &path)
{
    try {
        const FusionModel f = FusionModel::load(path);
        fusionComponents(f, m_models ? m_models() : std::vector<ModelManifest>{}, path);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!m_paths.contains(abs)) {
        m_paths << abs;
        m_choice->addItem(tr("Fused: %1").arg(QFileInfo(abs).fileName()), abs);
        saveToSettings();
    }
    m_choice->setCurrentIndex(int(m_paths.indexOf(abs)));
    m_run->setEnabled(true);
    m_status->setText(tr("Added %1").arg(abs));
    emit entriesChanged();
    return true;
}

QStringList FusedDetectorBox::entries() const
{
    QStringList out;
    for (int i = 0; i < m_choice->count(); ++i)
        out << m_choice->itemText(i);
    return out;
}

void FusedDetectorBox::setCurrent(int index)
{
    m_choice->setCurrentIndex(index);
}

QString FusedDetectorBox::status() const
{
    return m_status->text();
}

bool FusedDetectorBox::run(bool wait)
{
    const QString path = m_choice->currentData().toString();
    const std::shared_ptr<const AudioFile> clip = m_clip ? m_clip() : nullptr;
    if (path.isEmpty()) {
        m_status->setText(tr("Add a fusion model first"));
        return false;
    }
    if (!clip) {
        m_status->setText(tr("Open a clip first"));
        return false;
    }
    if (m_running && !m_running->isFinished()) {
        m_status->setText(tr("A fused detection is running"));
        return false;
    }
    FusionModel fusion;
    std::vector<ModelManifest> comps;
    try {
        fusion = FusionModel::load(path);
        comps = fusionComponents(fusion, m_models ? m_models() : std::vector<ModelManifest>{}, path);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
    m_result.reset();
    m_score->clear();
    m_table->setRowCount(0);
    m_provenance->clear();
    auto out = std::make_shared<FusedDetectionResult>();
    const QString sha = fileSha256(path);
    auto cache = m_cache;
    m_running = std::make_shared<Job>(tr("Fused detection (%1) on %2").arg(QFileInfo(path).fileName(), QFileInfo(clip->info().path).fileName()),
                                      [fusion, comps, clip, cache, out, path, sha](JobContext &ctx) {
                                          *out = runFusedDetection(fusion, comps, *clip, *cache, &ctx);
                                          out->fusionPath = path;
                                          out->fusionSha256 = sha;
                                          return QVariant(out->score);
                                      });
    m_status->setText(tr("Running %1 detectors...").arg(comps.size()));
    QPointer<FusedDetectorBox> self(this);
    m_running->onFinished([self, out](const Job &j) {
        if (!self || self->m_running.get() != &j)
            return;
        if (j.state() == JobState::Succeeded)
            self->showResult(*out);
        else if (j.state() == JobState::Failed)
            self->m_status->setText(j.errorMessage());
        else
            self->m_status->setText(tr("Fused detection cancelled."));
    });
    JobPtr job = m_running;
    m_jobs->submit(job);
    if (!wait)
        return true;
    m_jobs->waitFor(job);
    QCoreApplication::processEvents();
    return job->state() == JobState::Succeeded;
}

void FusedDetectorBox::showResult(const FusedDetectionResult &r)
{
    m_result = r;
    m_status->setText(tr("Fused log-LR: > 0 favours bona fide (calibrated only as far as the fusion's training data allow)"));
    m_score->setText(shownLocale().toString(r.score, 'f', 4));
    m_table->setRowCount(int(r.components.size()));
    for (std::size_t k = 0; k < r.components.size(); ++k) {
        const int row = int(k);
        m_table->setItem(row, 0, new QTableWidgetItem(r.fusion.detectors.value(row)));
        m_table->setItem(row, 1, new QTableWidgetItem(r.componentModels.value(row)));
        m_table->setItem(row, 2, new QTableWidgetItem(shownLocale().toString(r.components[k].clip.score, 'f', 4)));
        m_table->setItem(row, 3, new QTableWidgetItem(shownLocale().toString(r.fusion.weights[k], 'g', 6)));
    }
    m_provenance->setText(tr("Fusion %1 (SHA-256 %2), offset %3, trained on %4")
                              .arg(QFileInfo(r.fusionPath).fileName(), r.fusionSha256.left(16))
                              .arg(shownLocale().toString(r.fusion.offset, 'g', 6))
                              .arg(r.fusion.trainingProtocol.isEmpty() ? tr("(not stated)") : r.fusion.trainingProtocol));
    m_provenance->setToolTip(r.fusionPath + QLatin1Char('\n') + r.fusionSha256);
}

QString FusedDetectorBox::fieldText(const QString &key) const
{
    if (key == QLatin1String("score"))
        return m_score->text();
    if (key == QLatin1String("provenance"))
        return m_provenance->text();
    if (key == QLatin1String("components")) {
        QStringList lines;
        for (int r = 0; r < m_table->rowCount(); ++r)
            lines << QStringLiteral("%1 (%2): %3 x %4")
                         .arg(m_table->item(r, 0)->text(), m_table->item(r, 1)->text(), m_table->item(r, 2)->text(),
                              m_table->item(r, 3)->text());
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace st
