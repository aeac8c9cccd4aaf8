#include "training/TrainingPanel.h"

#include "common/SafeFileDialog.h"
#include "charts/TrainingChart.h"
#include "dataset/TrainingData.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "train/TrainJob.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace st {

using train::EpochRecord;
using train::HeadPlan;
using train::TrainConfig;

namespace {

const char *const kLosses[] = {"ce", "aam", "ocsoftmax", "ge2e"};

/// A label's text, the label hidden while it is empty (its line goes to the curves: the dock fits 1366x768).
void setShownText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// "8, 16, 32" -> {8, 16, 32}; false when a part is not a positive whole number.
bool parseChannels(const QString &text, std::vector<int> *out)
{
    std::vector<int> v;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int c = part.toInt(&ok);
        if (!ok || c <= 0)
            return false;
        v.push_back(c);
    }
    if (v.empty())
        return false;
    *out = v;
    return true;
}

QString channelsText(const std::vector<int> &c)
{
    QStringList parts;
    for (int x : c)
        parts << QString::number(x);
    return parts.join(QStringLiteral(", "));
}

QString shortest(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

QPushButton *smallButton(const QString &text, const QString &tip = {})
{
    auto *b = new QPushButton(text);
    b->setToolTip(tip);
    b->setAutoDefault(false);
    return b;
}

/// A line edit with a "..." button beside it.
QWidget *withBrowse(QLineEdit *edit, QPushButton *browse, QPushButton *extra = nullptr)
{
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(3);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    if (extra)
        h->addWidget(extra);
    browse->setMaximumWidth(32);
    return w;
}

bool copyFolderFiles(const QString &from, const QString &to, QString *error)
{
    if (!QDir().mkpath(to)) {
        *error = QObject::tr("%1: cannot create the folder").arg(to);
        return false;
    }
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        const QString dest = QDir(to).filePath(fi.fileName());
        if (!QFile::copy(fi.absoluteFilePath(), dest)) {
            *error = QObject::tr("%1: cannot copy to %2").arg(fi.absoluteFilePath(), dest);
            return false;
        }
    }
    return true;
}

} // namespace

TrainingPanel::TrainingPanel(JobManager *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_trainJobs(new JobManager(1, this))
{
    buildUi();
    TrainConfig defaults;
    defaults.threads = std::max(1, QThread::idealThreadCount());
    defaults.heads = {HeadPlan{QStringLiteral("bonafide"), QStringLiteral("ce")}};
    setConfig(defaults);
    connect(m_trainJobs, &JobManager::jobProgress, this, [this](int id, double fraction, const QString &stage) {
        if (!m_job || m_job->id() != id)
            return;
        m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
        setShownText(m_stage, stage);
    });
    updateEnabled();
}

TrainingPanel::~TrainingPanel()
{
    // A run goes on only while someone can see it: cancelling checkpoints it (Resume continues).
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    if (m_readJob && !m_readJob->isFinished())
        m_readJob->cancel();
    delete m_trainJobs; // waits for the checkpoint while the panel is still whole (no callback runs in between)
    m_trainJobs = nullptr;
}

void TrainingPanel::buildUi()
{
    // --- data -------------------------------------------------------------------------------------------------
    auto *data = new QWidget;
    auto *dataForm = new QFormLayout(data);
    dataForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_protocolList = new QListWidget;
    m_protocolList->setObjectName(QStringLiteral("protocolList"));
    m_protocolList->setToolTip(tr("Training protocols (SourceTrace TSV, ASVspoof 2019/2021 LA, MLAAD)"));
    m_protocolList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_protocolList->setFixedHeight(58);
    m_protocolList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_protocolList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_protocolList->setTextElideMode(Qt::ElideMiddle);
    m_addProtocol = smallButton(tr("Add..."), tr("Add training protocols"));
    m_removeProtocol = smallButton(tr("Remove"), tr("Remove the selected protocols"));
    auto *protoButtons = new QVBoxLayout;
    protoButtons->setSpacing(3);
    protoButtons->addWidget(m_addProtocol);
    protoButtons->addWidget(m_removeProtocol);
    auto *protoRow = new QHBoxLayout;
    protoRow->addWidget(m_protocolList, 1, Qt::AlignTop);
    protoRow->addLayout(protoButtons);
    protoRow->setAlignment(protoButtons, Qt::AlignTop);
    dataForm->addRow(tr("Protocols"), protoRow);
    m_validation = new QLineEdit;
    m_validation->setObjectName(QStringLiteral("validationProtocol"));
    m_validation->setPlaceholderText(tr("none: split off the training clips"));
    m_validation->setToolTip(tr("Validation protocol(s), separated by ';'. Empty: a share of the training clips is "
                                "split off by the 'split by' column (never by clip alone)."));
    auto *valBrowse = smallButton(tr("..."), tr("Choose a validation protocol"));
    dataForm->addRow(tr("Validation"), withBrowse(m_validation, valBrowse));
    m_splitBy = new QLineEdit;
    m_splitBy->setToolTip(tr("Protocol column whose groups never straddle training and validation (text = the "
                             "sentence, speaker)"));
    m_validationFraction = new QDoubleSpinBox;
    m_validationFraction->setRange(0.01, 0.9);
    m_validationFraction->setDecimals(3);
    m_validationFraction->setSingleStep(0.05);
    m_validationFraction->setToolTip(tr("Share of the clips split off for validation"));
    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(m_splitBy, 1);
    splitRow->addWidget(new QLabel(tr("share")));
    splitRow->addWidget(m_validationFraction);
    dataForm->addRow(tr("Split by"), splitRow);
    m_root = new QLineEdit;
    m_root->setObjectName(QStringLiteral("clipRoot"));
    m_root->setPlaceholderText(tr("each protocol's folder"));
    auto *rootBrowse = smallButton(tr("..."), tr("Choose the folder the protocols' clip paths are relative to"));
    dataForm->addRow(tr("Clip root"), withBrowse(m_root, rootBrowse));
    m_summaryLabel = new QLabel(tr("Add a protocol to see its levels and clips."));
    m_summaryLabel->setObjectName(QStringLiteral("datasetSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    dataForm->addRow(m_summaryLabel);

    // --- output (same page) ---------------------------------------------------------------------------------------
    QFormLayout *outForm = dataForm;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("modelName"));
    m_name->setToolTip(tr("The model's name in the model chooser (letters, digits, '.', '_', '+', '-')"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._+-]*")), m_name));
    outForm->addRow(tr("Model name"), m_name);
    m_runFolder = new QLineEdit;
    m_runFolder->setObjectName(QStringLiteral("runFolder"));
    m_runFolder->setPlaceholderText(tr("a new, empty folder"));
    m_runFolder->setToolTip(tr("Where the run writes run.json, log.csv, its checkpoint and the model"));
    auto *runBrowse = smallButton(tr("..."), tr("Choose the run folder"));
    outForm->addRow(tr("Run folder"), withBrowse(m_runFolder, runBrowse));
    m_loadConfig = smallButton(tr("Load settings..."), tr("Read a run configuration (JSON) into the form"));
    m_saveConfig = smallButton(tr("Save settings..."), tr("Write the form as a run configuration (JSON), for "
                                                         "sourcetrace-cli train --config"));
    auto *cfgRow = new QHBoxLayout;
    cfgRow->addWidget(m_loadConfig);
    cfgRow->addWidget(m_saveConfig);
    cfgRow->addStretch(1);
    outForm->addRow(cfgRow);

    // --- network and heads ------------------------------------------------------------------------------------
    auto *model = new QWidget;
    auto *modelForm = new QFormLayout(model);
    modelForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_architecture = new QComboBox;
    m_architecture->setObjectName(QStringLiteral("architecture"));
    m_architecture->addItem(tr("spectral (LFCC + light CNN, fast)"), QStringLiteral("spectral"));
    m_architecture->addItem(tr("AASIST"), QStringLiteral("aasist"));
    m_architecture->addItem(tr("AASIST-L"), QStringLiteral("aasist-l"));
    modelForm->addRow(tr("Architecture"), m_architecture);
    m_initFrom = new QLineEdit;
    m_initFrom->setObjectName(QStringLiteral("initFrom"));
    m_initFrom->setPlaceholderText(tr("none: train from scratch"));
    m_initFrom->setToolTip(tr("AASIST: a published checkpoint (.pth) or safetensors to fine-tune from"));
    m_initBrowse = smallButton(tr("..."), tr("Choose a checkpoint to fine-tune"));
    modelForm->addRow(tr("Fine-tune from"), withBrowse(m_initFrom, m_initBrowse));
    m_channels = new QLineEdit;
    m_channels->setObjectName(QStringLiteral("channels"));
    m_channels->setToolTip(tr("Spectral network: output channels of each stage (1 to 6 stages)"));
    m_embeddingDim = new QSpinBox;
    m_embeddingDim->setRange(2, 4096);
    m_embeddingDim->setToolTip(tr("Spectral network: embedding size"));
    auto *netRow = new QHBoxLayout;
    netRow->addWidget(m_channels, 1);
    netRow->addWidget(new QLabel(tr("embedding")));
    netRow->addWidget(m_embeddingDim);
    modelForm->addRow(tr("Channels"), netRow);
    m_heads = new QTableWidget(0, 3);
    m_heads->setObjectName(QStringLiteral("headsTable"));
    m_heads->setHorizontalHeaderLabels({tr("Level"), tr("Loss"), tr("Weight")});
    m_heads->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_heads->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_heads->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_heads->setColumnWidth(1, 92);
    m_heads->setColumnWidth(2, 64);
    m_heads->verticalHeader()->setVisible(false);
    m_heads->verticalHeader()->setDefaultSectionSize(26);
    m_heads->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_heads->setFixedHeight(104);
    m_heads->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_heads->setToolTip(tr("One head per level it learns; the primary head's scores are the model's scores (the "
                           "first head, unless loaded settings name another with primaryHead)"));
    m_addHead = smallButton(tr("Add"), tr("Add a head (the next level not trained yet)"));
    m_removeHead = smallButton(tr("Remove"), tr("Remove the selected heads"));
    m_allHeads = smallButton(tr("All levels"), tr("One ce head per level of the protocols"));
    m_allHeads->setObjectName(QStringLiteral("allLevelsButton"));
    auto *headButtons = new QHBoxLayout;
    headButtons->setSpacing(3);
    headButtons->addWidget(m_addHead);
    headButtons->addWidget(m_removeHead);
    headButtons->addWidget(m_allHeads);
    headButtons->addStretch(1);
    auto *headRow = new QVBoxLayout;
    headRow->setSpacing(3);
    headRow->addWidget(m_heads);
    headRow->addLayout(headButtons);
    modelForm->addRow(tr("Heads"), headRow);
    m_balance = new QComboBox;
    m_balance->setObjectName(QStringLiteral("balanceLevel"));
    m_balance->setToolTip(tr("Draw every class of this level equally often"));
    modelForm->addRow(tr("Balance"), m_balance);

    // --- augmentation -----------------------------------------------------------------------------------------
    auto *aug = new QGroupBox(tr("Augmentation"));
    aug->setFlat(true);
    auto *augForm = new QFormLayout(aug);
    m_augment = new QCheckBox(tr("Augment training clips"));
    m_augment->setObjectName(QStringLiteral("augment"));
    augForm->addRow(m_augment);
    m_rawBoost = new QComboBox;
    m_rawBoost->setObjectName(QStringLiteral("rawBoost"));
    const QStringList algos{tr("off"),
                            tr("1: convolutive noise"),
                            tr("2: impulsive noise"),
                            tr("3: stationary noise"),
                            tr("4: 1 + 2 + 3 in series"),
                            tr("5: 1 + 2"),
                            tr("6: 1 + 3"),
                            tr("7: 2 + 3"),
                            tr("8: 1 and 2 in parallel")};
    for (int i = 0; i < algos.size(); ++i)
        m_rawBoost->addItem(algos[i], i);
    m_rawBoost->setToolTip(tr("RawBoost (Tak et al., ICASSP 2022); its other settings come from a loaded "
                              "configuration (docs/training.md)"));
    augForm->addRow(tr("RawBoost"), m_rawBoost);
    m_noiseProbability = new QDoubleSpinBox;
    m_noiseProbability->setObjectName(QStringLiteral("noiseProbability"));
    m_noiseProbability->setRange(0, 1);
    m_noiseProbability->setDecimals(3);
    m_noiseProbability->setSingleStep(0.05);
    m_noiseProbability->setToolTip(tr("Chance of additive noise (SNR drawn in the configuration's range)"));
    augForm->addRow(tr("Noise probability"), m_noiseProbability);
    m_regMixup = new QCheckBox(tr("RegMixup (clean CE + mixup CE)"));
    m_regMixup->setObjectName(QStringLiteral("regMixup"));
    augForm->addRow(m_regMixup);

    // --- optimisation -----------------------------------------------------------------------------------------
    auto *opt = new QGroupBox(tr("Optimisation"));
    opt->setFlat(true);
    auto *optGrid = new QGridLayout(opt);
    m_epochs = new QSpinBox;
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setRange(1, 100000);
    m_batch = new QSpinBox;
    m_batch->setObjectName(QStringLiteral("batchSize"));
    m_batch->setRange(1, 4096);
    m_crop = new QDoubleSpinBox;
    m_crop->setObjectName(QStringLiteral("cropSeconds"));
    m_crop->setRange(0.2, 600);
    m_crop->setDecimals(3);
    m_crop->setSuffix(tr(" s"));
    m_learningRate = new QLineEdit;
    m_learningRate->setObjectName(QStringLiteral("learningRate"));
    auto *lrValidator = new QDoubleValidator(1e-9, 10, 12, m_learningRate);
    lrValidator->setNotation(QDoubleValidator::ScientificNotation);
    lrValidator->setLocale(QLocale::c());
    m_learningRate->setValidator(lrValidator);
    m_threads = new QSpinBox;
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(1, 1024);
    m_threads->setToolTip(tr("LibTorch threads"));
    m_seed = new QLineEdit;
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    optGrid->addWidget(new QLabel(tr("Epochs")), 0, 0);
    optGrid->addWidget(m_epochs, 0, 1);
    optGrid->addWidget(new QLabel(tr("Batch")), 0, 2);
    optGrid->addWidget(m_batch, 0, 3);
    optGrid->addWidget(new QLabel(tr("Crop")), 1, 0);
    optGrid->addWidget(m_crop, 1, 1);
    optGrid->addWidget(new QLabel(tr("Learning rate")), 1, 2);
    optGrid->addWidget(m_learningRate, 1, 3);
    optGrid->addWidget(new QLabel(tr("Threads")), 2, 0);
    optGrid->addWidget(m_threads, 2, 1);
    optGrid->addWidget(new QLabel(tr("Seed")), 2, 2);
    optGrid->addWidget(m_seed, 2, 3);
    optGrid->setColumnStretch(1, 1);
    optGrid->setColumnStretch(3, 1);

    // --- the settings: three pages, each scrolled when the dock is small ------------------------------------------
    auto *trainingPage = new QWidget;
    auto *tp = new QVBoxLayout(trainingPage);
    tp->setContentsMargins(0, 0, 0, 0);
    tp->addWidget(opt);
    tp->addWidget(aug);
    tp->addStretch(1);
    auto *settings = new QTabWidget;
    settings->setObjectName(QStringLiteral("trainingSettingsTabs"));
    settings->setDocumentMode(true);
    auto page = [&](QWidget *w, const QString &title) {
        auto *scroll = new QScrollArea;
        scroll->setWidget(w);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        settings->addTab(scroll, title);
    };
    page(data, tr("Data and run"));
    page(model, tr("Network and heads"));
    page(trainingPage, tr("Training"));
    settings->setMinimumWidth(400);

    // --- run controls, progress and curves ----------------------------------------------------------------------
    auto *runSide = new QWidget;
    auto *rv = new QVBoxLayout(runSide);
    rv->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_start = smallButton(tr("Start"), tr("Train a new model with these settings"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_cancel = smallButton(tr("Cancel"), tr("Write a checkpoint and stop (Resume continues)"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_resume = smallButton(tr("Resume..."), tr("Continue a run folder from its last checkpoint"));
    m_loadRun = smallButton(tr("Open run..."), tr("Show the curves and settings of a run folder"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_loadRun);
    rv->addLayout(buttons);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    rv->addWidget(m_progress);
    m_stage = new QLabel;
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_stage->setTextFormat(Qt::PlainText);
    m_stage->hide(); // shown with a text (setShownText)
    rv->addWidget(m_stage);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    rv->addWidget(m_status);
    m_lossChart = new TrainingChart(TrainingChart::Kind::Loss);
    m_metricsChart = new TrainingChart(TrainingChart::Kind::Metrics);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(4);
    charts->addWidget(m_lossChart, 1);
    charts->addWidget(m_metricsChart, 1);
    rv->addLayout(charts, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(settings);
    split->addWidget(runSide);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({430, 600});
    split->setChildrenCollapsible(false);
    auto *top = new QVBoxLayout(this);
    top->setContentsMargins(4, 4, 4, 4);
    top->addWidget(split);

    m_formWidgets = {data, model, trainingPage};

    connect(m_addProtocol, &QPushButton::clicked, this, &TrainingPanel::chooseProtocols);
    connect(m_removeProtocol, &QPushButton::clicked, this, [this]() {
        for (QListWidgetItem *it : m_protocolList->selectedItems())
            delete it;
        readProtocols();
    });
    connect(valBrowse, &QPushButton::clicked, this, &TrainingPanel::chooseValidation);
    connect(rootBrowse, &QPushButton::clicked, this, &TrainingPanel::chooseRoot);
    connect(m_root, &QLineEdit::editingFinished, this, [this]() { readProtocols(); });
    connect(runBrowse, &QPushButton::clicked, this, &TrainingPanel::chooseRunFolder);
    connect(m_initBrowse, &QPushButton::clicked, this, &TrainingPanel::chooseCheckpoint);
    connect(m_loadConfig, &QPushButton::clicked, this, &TrainingPanel::chooseLoadConfig);
    connect(m_saveConfig, &QPushButton::clicked, this, &TrainingPanel::chooseSaveConfig);
    connect(m_architecture, &QComboBox::currentIndexChanged, this, &TrainingPanel::updateEnabled);
    connect(m_augment, &QCheckBox::toggled, this, &TrainingPanel::updateEnabled);
    connect(m_validation, &QLineEdit::textChanged, this, &TrainingPanel::updateEnabled);
    connect(m_epochs, &QSpinBox::valueChanged, this, [this](int e) {
        if (!isRunning()) {
            m_lossChart->setPlannedEpochs(e);
            m_metricsChart->setPlannedEpochs(e);
        }
    });
    connect(m_addHead, &QPushButton::clicked, this, [this]() {
        QStringList used;
        for (int r = 0; r < m_heads->rowCount(); ++r)
            used << static_cast<QComboBox *>(m_heads->cellWidget(r, 0))->currentText();
        QString next = QStringLiteral("bonafide");
        for (const QString &l : m_levels)
            if (!used.contains(l)) {
                next = l;
                break;
            }
        addHeadRow(HeadPlan{next, QStringLiteral("ce")});
    });
    connect(m_removeHead, &QPushButton::clicked, this, [this]() {
        QList<int> rows;
        for (const QModelIndex &i : m_heads->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int r : rows) {
            m_heads->removeRow(r);
            m_headPlans.erase(m_headPlans.begin() + r);
        }
    });
    connect(m_allHeads, &QPushButton::clicked, this, &TrainingPanel::oneHeadPerLevel);
    connect(m_start, &QPushButton::clicked, this, [this]() { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPanel::cancel);
    connect(m_resume, &QPushButton::clicked, this, &TrainingPanel::chooseResume);
    connect(m_loadRun, &QPushButton::clicked, this, &TrainingPanel::chooseLoadRun);
}

// --- the form ---------------------------------------------------------------------------------------------------

QString TrainingPanel::modelFolder() const
{
    return m_modelFolder.isEmpty() ? ModelRegistry::userFolder() : m_modelFolder;
}

QString TrainingPanel::statusText() const { return m_status->text(); }
QString TrainingPanel::stageText() const { return m_stage->text(); }

QStringList TrainingPanel::protocols() const
{
    QStringList out;
    for (int i = 0; i < m_protocolList->count(); ++i)
        out << m_protocolList->item(i)->data(Qt::UserRole).toString();
    return out;
}

void TrainingPanel::setProtocols(const QStringList &paths)
{
    m_protocolList->clear();
    for (const QString &p : paths) {
        auto *it = new QListWidgetItem(QFileInfo(p).fileName());
        it->setData(Qt::UserRole, p);
        it->setToolTip(QDir::toNativeSeparators(p));
        m_protocolList->addItem(it);
    }
    readProtocols();
}

QStringList TrainingPanel::levelChoices(int row) const
{
    QStringList out;
    auto *combo = qobject_cast<QComboBox *>(m_heads->cellWidget(row, 0));
    if (combo)
        for (int i = 0; i < combo->count(); ++i)
            out << combo->itemText(i);
    return out;
}

void TrainingPanel::addHeadRow(const HeadPlan &plan)
{
    const int row = m_heads->rowCount();
    m_heads->insertRow(row);
    m_headPlans.push_back(plan);
    auto *level = new QComboBox;
    level->setEditable(true);
    level->setToolTip(tr("A level of the protocols, or any protocol column (speaker, ...)"));
    m_heads->setCellWidget(row, 0, level);
    auto *loss = new QComboBox;
    for (const char *l : kLosses)
        loss->addItem(QString::fromLatin1(l));
    loss->setCurrentText(plan.loss);
    loss->setToolTip(tr("ce: softmax cross-entropy; aam: additive angular margin; ocsoftmax: one-class (bona fide "
                        "only); ge2e: generalised end-to-end"));
    m_heads->setCellWidget(row, 1, loss);
    auto *weight = new QDoubleSpinBox;
    weight->setRange(0, 1000);
    weight->setDecimals(3);
    weight->setSingleStep(0.1);
    weight->setButtonSymbols(QAbstractSpinBox::NoButtons);
    weight->setValue(plan.weight);
    m_heads->setCellWidget(row, 2, weight);
    fillLevelCombos();
    level->setCurrentText(plan.level);
}

void TrainingPanel::fillLevelCombos()
{
    QStringList offered = m_levels;
    if (offered.isEmpty())
        offered << QStringLiteral("bonafide");
    for (const HeadPlan &p : m_headPlans)
        if (!p.level.isEmpty() && !offered.contains(p.level) && m_levels.isEmpty())
            offered << p.level;
    for (int r = 0; r < m_heads->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_heads->cellWidget(r, 0));
        if (!combo)
            continue;
        const QString current = combo->currentText().isEmpty() ? m_headPlans[size_t(r)].level : combo->currentText();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItems(offered);
        combo->setCurrentText(current);
    }
    const QString keep = m_balance->count() == 0 ? m_base.balanceLevel : m_balance->currentData().toString();
    const QSignalBlocker block(m_balance);
    m_balance->clear();
    m_balance->addItem(tr("none"), QString());
    for (const QString &l : offered)
        m_balance->addItem(l, l);
    if (!keep.isEmpty() && m_balance->findData(keep) < 0)
        m_balance->addItem(keep, keep);
    m_balance->setCurrentIndex(std::max(0, m_balance->findData(keep)));
}

void TrainingPanel::oneHeadPerLevel()
{
    m_heads->setRowCount(0);
    m_headPlans.clear();
    const QStringList levels = m_levels.isEmpty() ? QStringList{QStringLiteral("bonafide")} : m_levels;
    for (const QString &l : levels)
        addHeadRow(HeadPlan{l, QStringLiteral("ce")});
}

TrainConfig TrainingPanel::config() const
{
    TrainConfig c = m_base;
    c.name = m_name->text().trimmed();
    c.protocols = protocols();
    c.validationProtocols.clear();
    for (const QString &p : m_validation->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            c.validationProtocols << p.trimmed();
    c.splitBy = m_splitBy->text().trimmed();
    c.validationFraction = m_validationFraction->value();
    c.root = m_root->text().trimmed();
    c.outputDir = m_runFolder->text().trimmed();
    c.architecture = m_architecture->currentData().toString();
    c.initFrom = m_initFrom->text().trimmed();
    parseChannels(m_channels->text(), &c.network.channels); // start() refuses text that does not parse
    c.network.embeddingDim = m_embeddingDim->value();
    c.heads.clear();
    for (int r = 0; r < m_heads->rowCount(); ++r) {
        HeadPlan h = m_headPlans[size_t(r)];
        h.level = static_cast<QComboBox *>(m_heads->cellWidget(r, 0))->currentText().trimmed();
        h.loss = static_cast<QComboBox *>(m_heads->cellWidget(r, 1))->currentText();
        h.weight = static_cast<QDoubleSpinBox *>(m_heads->cellWidget(r, 2))->value();
        c.heads.push_back(h);
    }
    c.primaryHead = c.heads.empty() ? 0 : std::clamp(c.primaryHead, 0, int(c.heads.size()) - 1);
    c.balanceLevel = m_balance->currentData().toString();
    c.augmentEnabled = m_augment->isChecked();
    c.augment.rawboost.algorithm = m_rawBoost->currentData().toInt();
    c.augment.noiseProbability = m_noiseProbability->value();
    c.regMixup = m_regMixup->isChecked();
    c.epochs = m_epochs->value();
    c.batchSize = m_batch->value();
    c.cropSeconds = m_crop->value();
    bool ok = false;
    const double lr = QLocale::c().toDouble(m_learningRate->text().trimmed(), &ok);
    if (ok)
        c.optim.learningRate = lr;
    c.threads = m_threads->value();
    const qulonglong seed = m_seed->text().trimmed().toULongLong(&ok);
    if (ok)
        c.seed = seed;
    return c;
}

void TrainingPanel::setConfig(const TrainConfig &c)
{
    m_base = c;
    m_name->setText(c.name);
    m_protocolList->clear();
    for (const QString &p : c.protocols) {
        auto *it = new QListWidgetItem(QFileInfo(p).fileName());
        it->setData(Qt::UserRole, p);
        it->setToolTip(QDir::toNativeSeparators(p));
        m_protocolList->addItem(it);
    }
    m_validation->setText(c.validationProtocols.join(QStringLiteral("; ")));
    m_splitBy->setText(c.splitBy);
    m_validationFraction->setValue(c.validationFraction);
    m_root->setText(c.root);
    m_runFolder->setText(c.outputDir);
    m_architecture->setCurrentIndex(std::max(0, m_architecture->findData(c.architecture)));
    m_initFrom->setText(c.initFrom);
    m_channels->setText(channelsText(c.network.channels));
    m_embeddingDim->setValue(c.network.embeddingDim);
    m_heads->setRowCount(0);
    m_headPlans.clear();
    m_balance->clear(); // refilled with m_base.balanceLevel kept
    const std::vector<HeadPlan> heads = c.heads.empty() ? std::vector<HeadPlan>{HeadPlan{QStringLiteral("bonafide")}} : c.heads;
    for (const HeadPlan &h : heads)
        addHeadRow(h);
    fillLevelCombos();
    m_augment->setChecked(c.augmentEnabled);
    m_rawBoost->setCurrentIndex(std::max(0, m_rawBoost->findData(c.augment.rawboost.algorithm)));
    m_noiseProbability->setValue(c.augment.noiseProbability);
    m_regMixup->setChecked(c.regMixup);
    m_epochs->setValue(c.epochs);
    m_batch->setValue(c.batchSize);
    m_crop->setValue(c.cropSeconds);
    m_learningRate->setText(shortest(c.optim.learningRate));
    m_threads->setValue(c.threads > 0 ? c.threads : std::max(1, QThread::idealThreadCount()));
    m_seed->setText(QString::number(c.seed));
    updateEnabled();
    if (!c.protocols.isEmpty())
        readProtocols();
}

bool TrainingPanel::loadConfig(const QString &path)
{
    try {
        setConfig(TrainConfig::fromJsonFile(path));
    } catch (const Error &e) {
        showError(tr("Training settings"), e.message());
        return false;
    }
    setStatus(tr("Settings read from %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TrainingPanel::saveConfig(const QString &path)
{
    QSaveFile f(path);
    const QByteArray bytes = QJsonDocument(config().toJson()).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        showError(tr("Training settings"), tr("%1: cannot write (%2)").arg(path, f.errorString()));
        return false;
    }
    setStatus(tr("Settings written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

JobPtr TrainingPanel::readProtocols()
{
    const QStringList paths = protocols();
    const int generation = ++m_readGeneration;
    if (m_readJob && !m_readJob->isFinished())
        m_readJob->cancel();
    m_readJob.reset();
    if (paths.isEmpty()) {
        m_levels.clear();
        m_summary.clear();
        m_summaryLabel->setText(tr("Add a protocol to see its levels and clips."));
        fillLevelCombos();
        return nullptr;
    }
    struct Read
    {
        QStringList levels;
        QString summary, details;
    };
    auto read = std::make_shared<Read>();
    const QString root = m_root->text().trimmed();
    JobPtr job = std::make_shared<Job>(tr("Read training protocols"), [paths, root, read](JobContext &ctx) {
        ctx.setProgress(0.1, QStringLiteral("reading"));
        const train::TrainingDataset d = train::TrainingDataset::fromProtocols(paths, {}, root);
        QStringList parts, details;
        for (std::size_t l = 0; l < d.levels().size(); ++l) {
            const train::LabelLevel &level = d.levels()[l];
            read->levels << level.name;
            const std::vector<int> counts = d.classCounts(int(l));
            QStringList perClass;
            for (int c = 0; c < level.classes.size() && c < int(counts.size()); ++c)
                perClass << QStringLiteral("%1 %2").arg(level.classes[c]).arg(counts[size_t(c)]);
            details << QStringLiteral("%1: %2").arg(level.name, perClass.join(QStringLiteral(", ")));
            if (level.name == QLatin1String("bonafide") && counts.size() == 2)
                parts << QObject::tr("%1 bona fide, %2 spoof").arg(counts[0]).arg(counts[1]);
            else
                parts << (level.classes.size() == 1 ? QObject::tr("%1: 1 class").arg(level.name)
                                                    : QObject::tr("%1: %2 classes").arg(level.name).arg(level.classes.size()));
        }
        read->summary = QObject::tr("%1 clips: %2").arg(d.size()).arg(parts.join(QStringLiteral("; ")));
        read->details = details.join(QLatin1Char('\n'));
        return QVariant(int(d.size()));
    });
    QPointer<TrainingPanel> self(this);
    job->onFinished([self, read, generation](const Job &j) {
        if (!self || generation != self->m_readGeneration)
            return;
        if (j.state() == JobState::Succeeded) {
            self->m_levels = read->levels;
            self->m_summary = read->summary;
            self->m_summaryLabel->setText(read->summary);
            self->m_summaryLabel->setToolTip(read->details);
            self->fillLevelCombos();
        } else if (j.state() == JobState::Failed) {
            self->m_levels.clear();
            self->m_summary.clear();
            self->m_summaryLabel->setText(j.errorMessage());
            self->fillLevelCombos();
            self->showError(tr("Training protocol"), j.errorMessage());
        }
    });
    m_readJob = job;
    m_jobs->submit(job);
    return job;
}

// --- runs -------------------------------------------------------------------------------------------------------

bool TrainingPanel::isRunning() const { return m_job && !m_job->isFinished(); }

JobPtr TrainingPanel::start()
{
    if (isRunning())
        return nullptr;
    const TrainConfig c = config();
    const QString where = tr("training settings");
    std::vector<int> channels;
    if (c.architecture == QLatin1String("spectral") && !parseChannels(m_channels->text(), &channels)) {
        showError(tr("Training"), tr("%1: network.channels: \"%2\" is not a list of positive whole numbers")
                                      .arg(where, m_channels->text()));
        return nullptr;
    }
    if (c.protocols.isEmpty()) {
        showError(tr("Training"), tr("%1: protocols: add at least one training protocol").arg(where));
        return nullptr;
    }
    if (c.outputDir.isEmpty()) {
        showError(tr("Training"), tr("%1: outputDir: choose a run folder").arg(where));
        return nullptr;
    }
    try {
        // The same checks as a JSON configuration file (ranges, names, heads): the message names the field.
        TrainConfig::fromJson(c.toJson(), where);
    } catch (const Error &e) {
        showError(tr("Training"), e.message());
        return nullptr;
    }
    const QString existing = m_lookup ? m_lookup(c.name) : QString();
    const QString installed = QDir(modelFolder()).filePath(c.name);
    if (!existing.isEmpty() || QFileInfo::exists(installed)) {
        showError(tr("Training"), tr("%1: name: a model named \"%2\" is already offered (%3); choose another model name")
                                      .arg(where, c.name,
                                           QDir::toNativeSeparators(existing.isEmpty() ? installed : existing)));
        return nullptr;
    }
    Job::Work work;
    // Reading the protocols and building the network can take a while: it happens in the job. The work function
    // of the training job needs the trainer, so it is made there.
    auto onEpoch = [self = QPointer<TrainingPanel>(this)](const EpochRecord &r) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, r]() {
                if (self) {
                    self->m_lossChart->addEpoch(r);
                    self->m_metricsChart->addEpoch(r);
                }
            },
            Qt::QueuedConnection);
    };
    work = [c, onEpoch](JobContext &ctx) -> QVariant {
        ctx.setProgress(0, QStringLiteral("reading the protocols"));
        auto trainer = std::make_shared<train::Trainer>(c);
        return train::trainingWork(trainer, onEpoch)(ctx);
    };
    m_lossChart->clear();
    m_metricsChart->clear();
    return submitRun(tr("Train %1").arg(c.name), work, QFileInfo(c.outputDir).absoluteFilePath(), c.epochs);
}

JobPtr TrainingPanel::resume(const QString &runDir)
{
    if (isRunning())
        return nullptr;
    const QString dir = QFileInfo(runDir).absoluteFilePath();
    if (!QFileInfo::exists(dir + QStringLiteral("/run.json"))) {
        showError(tr("Resume training"), tr("%1: is not a training run folder (no run.json)").arg(dir));
        return nullptr;
    }
    int planned = 0;
    try {
        const QJsonObject o = QJsonDocument::fromJson([&] {
                                  QFile f(dir + QStringLiteral("/run.json"));
                                  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                              }())
                                  .object();
        const TrainConfig c = TrainConfig::fromJson(o.value(QStringLiteral("config")).toObject(), dir + QStringLiteral("/run.json"));
        setConfig(c);
        planned = c.epochs;
    } catch (const Error &) {
        // Trainer::resume reports what is wrong with run.json.
    }
    auto onEpoch = [self = QPointer<TrainingPanel>(this)](const EpochRecord &r) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, r]() {
                if (self) {
                    self->m_lossChart->addEpoch(r);
                    self->m_metricsChart->addEpoch(r);
                }
            },
            Qt::QueuedConnection);
    };
    Job::Work work = [dir, onEpoch](JobContext &ctx) -> QVariant {
        ctx.setProgress(0, QStringLiteral("reading the checkpoint"));
        auto trainer = std::make_shared<train::Trainer>(train::Trainer::resume(dir));
        return train::trainingWork(trainer, onEpoch)(ctx);
    };
    const std::vector<EpochRecord> done = train::readEpochLog(dir);
    m_lossChart->setHistory(done);
    m_metricsChart->setHistory(done);
    return submitRun(tr("Resume training in %1").arg(QFileInfo(dir).fileName()), work, dir, planned);
}

JobPtr TrainingPanel::submitRun(const QString &description, Job::Work work, const QString &runDir, int plannedEpochs)
{
    m_runDir = runDir;
    m_lossChart->setPlannedEpochs(plannedEpochs);
    m_metricsChart->setPlannedEpochs(plannedEpochs);
    JobPtr job = std::make_shared<Job>(description, std::move(work));
    QPointer<TrainingPanel> self(this);
    job->onFinished([self](const Job &j) {
        if (self)
            self->runEnded(j);
    });
    m_job = job;
    m_progress->setValue(0);
    setShownText(m_stage, tr("starting"));
    setStatus(tr("Training into %1").arg(QDir::toNativeSeparators(runDir)));
    updateEnabled();
    m_trainJobs->submit(job);
    return job;
}

void TrainingPanel::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    setShownText(m_stage, tr("writing a checkpoint and stopping..."));
}

void TrainingPanel::runEnded(const Job &j)
{
    const QString runDir = m_runDir;
    updateEnabled();
    if (j.state() == JobState::Succeeded) {
        m_progress->setValue(1000);
        const QVariantMap r = j.result().toMap();
        // The name in the manifest is the one the run was configured with (run.json).
        QString modelName = config().name;
        QFile mf(r.value(QStringLiteral("manifest")).toString());
        if (mf.open(QIODevice::ReadOnly))
            modelName = QJsonDocument::fromJson(mf.readAll()).object().value(QStringLiteral("name")).toString(modelName);
        const std::vector<EpochRecord> log = train::readEpochLog(runDir);
        if (!log.empty()) {
            m_lossChart->setHistory(log);
            m_metricsChart->setHistory(log);
        }
        QString error;
        const QString manifest = installModel(runDir, modelName, &error);
        if (manifest.isEmpty()) {
            showError(tr("Training"), tr("The run finished (model in %1) but could not be added to the model chooser: %2")
                                          .arg(QDir::toNativeSeparators(r.value(QStringLiteral("modelDir")).toString()), error));
            emit runFinished(true);
            return;
        }
        m_installedManifest = manifest;
        setShownText(m_stage, tr("done: best epoch %1 of %2").arg(r.value(QStringLiteral("bestEpoch")).toInt()).arg(log.size()));
        setStatus(tr("Model \"%1\" is in the model chooser; its files are in %2 (run folder %3)")
                      .arg(modelName, QDir::toNativeSeparators(QFileInfo(manifest).absolutePath()),
                           QDir::toNativeSeparators(runDir)));
        emit modelInstalled(modelName, manifest);
        emit runFinished(true);
    } else if (j.state() == JobState::Cancelled) {
        setShownText(m_stage, tr("cancelled"));
        setStatus(tr("Stopped: the checkpoint is in %1 (Resume continues the run)").arg(QDir::toNativeSeparators(runDir)));
        emit runFinished(false);
    } else {
        setShownText(m_stage, tr("failed"));
        setStatus(j.errorMessage());
        showError(tr("Training"), j.errorMessage());
        emit runFinished(false);
    }
}

QString TrainingPanel::installModel(const QString &runDir, const QString &name, QString *error)
{
    const QDir base(modelFolder());
    if (modelFolder().isEmpty() || !QDir().mkpath(base.absolutePath())) {
        *error = tr("%1: cannot create the model folder").arg(modelFolder());
        return {};
    }
    QString folder = name;
    for (int i = 2; QFileInfo::exists(base.filePath(folder)); ++i)
        folder = QStringLiteral("%1-%2").arg(name).arg(i);
    // Copied into a hidden folder first (the registry skips it), then renamed: never half a model in the chooser.
    const QString partial = base.filePath(QStringLiteral(".%1.partial").arg(folder));
    QDir(partial).removeRecursively();
    if (!copyFolderFiles(runDir + QStringLiteral("/model"), partial + QStringLiteral("/model"), error))
        return {};
    for (const QString &f : {QStringLiteral("run.json"), QStringLiteral("log.csv")})
        if (QFileInfo::exists(runDir + QLatin1Char('/') + f) && !QFile::copy(runDir + QLatin1Char('/') + f, partial + QLatin1Char('/') + f)) {
            *error = tr("%1: cannot copy to %2").arg(runDir + QLatin1Char('/') + f, partial);
            return {};
        }
    if (!QDir().rename(partial, base.filePath(folder))) {
        *error = tr("%1: cannot rename to %2").arg(partial, base.filePath(folder));
        return {};
    }
    return base.filePath(folder) + QStringLiteral("/model/manifest.json");
}

bool TrainingPanel::loadRun(const QString &runDir)
{
    if (isRunning())
        return false;
    const QString dir = QFileInfo(runDir).absoluteFilePath();
    const std::vector<EpochRecord> log = train::readEpochLog(dir);
    const QString runJson = dir + QStringLiteral("/run.json");
    if (log.empty() && !QFileInfo::exists(runJson)) {
        showError(tr("Open run"), tr("%1: is not a training run folder (no run.json, no epochs logged)").arg(dir));
        return false;
    }
    QFile f(runJson);
    if (f.open(QIODevice::ReadOnly)) {
        try {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            TrainConfig c = TrainConfig::fromJson(o.value(QStringLiteral("config")).toObject(), runJson);
            setConfig(c);
            m_lossChart->setPlannedEpochs(c.epochs);
            m_metricsChart->setPlannedEpochs(c.epochs);
        } catch (const Error &e) {
            setStatus(e.message());
        }
    }
    m_lossChart->setHistory(log);
    m_metricsChart->setHistory(log);
    m_runDir = dir;
    int best = 0;
    for (const EpochRecord &r : log)
        if (r.best)
            best = r.epoch;
    setShownText(m_stage, best > 0 ? tr("%1 epochs logged, best epoch %2").arg(log.size()).arg(best)
                              : tr("%1 epochs logged").arg(log.size()));
    setStatus(tr("Run %1").arg(QDir::toNativeSeparators(dir)));
    return true;
}

// --- helpers ----------------------------------------------------------------------------------------------------

void TrainingPanel::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    emit errorOccurred(title, message);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

void TrainingPanel::setStatus(const QString &text)
{
    setShownText(m_status, text);
    emit statusMessage(text);
}

void TrainingPanel::updateEnabled()
{
    const bool running = isRunning();
    for (QWidget *w : m_formWidgets)
        w->setEnabled(!running);
    const bool spectral = m_architecture->currentData().toString() == QLatin1String("spectral");
    m_channels->setEnabled(spectral);
    m_embeddingDim->setEnabled(spectral);
    m_initFrom->setEnabled(!spectral);
    m_initBrowse->setEnabled(!spectral);
    m_rawBoost->setEnabled(m_augment->isChecked());
    m_noiseProbability->setEnabled(m_augment->isChecked());
    const bool split = m_validation->text().trimmed().isEmpty();
    m_splitBy->setEnabled(split);
    m_validationFraction->setEnabled(split);
    m_start->setEnabled(!running);
    m_resume->setEnabled(!running);
    m_loadRun->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void TrainingPanel::chooseProtocols()
{
    const QStringList paths = safeOpenFileNames(this, tr("Add training protocols"), {},
                                                tr("Protocols (*.tsv *.txt *.csv);;All files (*)"));
    if (paths.isEmpty())
        return;
    QStringList all = protocols();
    for (const QString &p : paths)
        if (!all.contains(p))
            all << p;
    setProtocols(all);
}

void TrainingPanel::chooseValidation()
{
    const QString p = safeOpenFileName(this, tr("Validation protocol"), {}, tr("Protocols (*.tsv *.txt *.csv);;All files (*)"));
    if (!p.isEmpty())
        m_validation->setText(p);
}

void TrainingPanel::chooseRoot()
{
    const QString d = safeExistingDirectory(this, tr("Clip root"), m_root->text());
    if (!d.isEmpty()) {
        m_root->setText(d);
        readProtocols();
    }
}

void TrainingPanel::chooseRunFolder()
{
    const QString d = safeExistingDirectory(this, tr("Run folder (a new, empty folder)"), m_runFolder->text());
    if (!d.isEmpty())
        m_runFolder->setText(d);
}

void TrainingPanel::chooseCheckpoint()
{
    const QString p = safeOpenFileName(this, tr("Checkpoint to fine-tune"), {},
                                       tr("Checkpoints (*.pth *.pt *.safetensors);;All files (*)"));
    if (!p.isEmpty())
        m_initFrom->setText(p);
}

void TrainingPanel::chooseLoadConfig()
{
    const QString p = safeOpenFileName(this, tr("Load training settings"), {}, tr("Run configuration (*.json);;All files (*)"));
    if (!p.isEmpty())
        loadConfig(p);
}

void TrainingPanel::chooseSaveConfig()
{
    QString p = safeSaveFileName(this, tr("Save training settings"), {}, tr("Run configuration (*.json)"));
    if (p.isEmpty())
        return;
    if (QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".json");
    saveConfig(p);
}

void TrainingPanel::chooseResume()
{
    const QString d = safeExistingDirectory(this, tr("Resume the run in"), m_runFolder->text());
    if (!d.isEmpty())
        resume(d);
}

void TrainingPanel::chooseLoadRun()
{
    const QString d = safeExistingDirectory(this, tr("Open a run folder"), m_runFolder->text());
    if (!d.isEmpty())
        loadRun(d);
}

} // namespace st
