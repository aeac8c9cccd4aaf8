#include "examination/CaseDialogs.h"

#include "common/SafeFileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace st {

NewCaseDialog::NewCaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New case"));
    auto *form = new QFormLayout;
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("caseNumber"));
    m_number->setPlaceholderText(tr("required, e.g. 2025-0142"));
    m_examiner = new QLineEdit;
    m_examiner->setObjectName(QStringLiteral("caseExaminer"));
    m_examiner->setPlaceholderText(tr("required: who examines the evidence"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("caseNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("casePath"));
    m_path->setPlaceholderText(tr("where the case file (.stcase) is made; never overwritten"));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString suggestion = m_number->text().trimmed().isEmpty() ? QStringLiteral("case.stcase")
                                                                        : m_number->text().trimmed() + CaseFile::extension();
        const QString p = safeSaveFileName(this, tr("Case file"), m_path->text().isEmpty() ? suggestion : m_path->text(),
                                           tr("SourceTrace case (*.stcase)"));
        if (!p.isEmpty())
            setPath(p);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Case &number:"), m_number);
    form->addRow(tr("&Examiner:"), m_examiner);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("Case &file:"), pathRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create case"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Every change to the case is recorded in its hash-chained audit log under your user name."));
    note->setWordWrap(true);
    v->addLayout(form);
    v->addWidget(note);
    v->addWidget(m_buttons);
    for (QLineEdit *e : {m_number, m_examiner, m_path})
        connect(e, &QLineEdit::textChanged, this, &NewCaseDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

void NewCaseDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_number->text().trimmed().isEmpty() && !m_examiner->text().trimmed().isEmpty()
                                                        && !m_path->text().trimmed().isEmpty());
}

CaseInfo NewCaseDialog::info() const
{
    CaseInfo i;
    i.number = m_number->text().trimmed();
    i.examiner = m_examiner->text().trimmed();
    i.title = m_title->text().trimmed();
    i.notes = m_notes->toPlainText();
    return i;
}

void NewCaseDialog::setInfo(const CaseInfo &i)
{
    m_number->setText(i.number);
    m_examiner->setText(i.examiner);
    m_title->setText(i.title);
    m_notes->setPlainText(i.notes);
}

QString NewCaseDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += CaseFile::extension();
    return p;
}

void NewCaseDialog::setPath(const QString &path) { m_path->setText(path); }

AnalysisSettingsDialog::AnalysisSettingsDialog(const AnalysisSettings &initial, const QStringList &models, const QString &itemLabel,
                                               QWidget *parent)
    : QDialog(parent), m_base(initial)
{
    setWindowTitle(tr("Analyse %1").arg(itemLabel));
    auto *form = new QFormLayout;
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("analysisModel"));
    m_model->addItem(tr("the default model"), QString());
    for (const QString &m : models)
        if (!m.isEmpty())
            m_model->addItem(m, m);
    const int mi = m_model->findData(initial.model);
    m_model->setCurrentIndex(mi >= 0 ? mi : 0);
    m_tracing = new QCheckBox(tr("Trace the source"));
    m_tracing->setChecked(initial.tracing);
    m_library = new QLineEdit(initial.library);
    m_library->setPlaceholderText(tr("the default library"));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString p = safeOpenFileName(this, tr("Fingerprint library"), m_library->text(), tr("Fingerprint library (*.db);;All files (*)"));
        if (!p.isEmpty())
            m_library->setText(p);
    });
    auto *libRow = new QHBoxLayout;
    libRow->addWidget(m_library, 1);
    libRow->addWidget(browse);
    m_backend = new QComboBox;
    m_backend->addItem(tr("cosine"), QStringLiteral("cosine"));
    m_backend->addItem(tr("Mahalanobis"), QStringLiteral("mahalanobis"));
    m_backend->addItem(tr("kNN (k = 7)"), QStringLiteral("knn"));
    const int bi = m_backend->findData(initial.backend);
    if (bi >= 0)
        m_backend->setCurrentIndex(bi);
    else
        m_backend->addItem(initial.backend, initial.backend), m_backend->setCurrentIndex(m_backend->count() - 1);
    m_explain = new QCheckBox(tr("Integrated Gradients of the detection score (slow)"));
    m_explain->setChecked(initial.explanation);
    m_steps = new QSpinBox;
    m_steps->setRange(4, 512);
    m_steps->setValue(initial.igSteps);
    m_threads = new QSpinBox;
    m_threads->setRange(0, 64);
    m_threads->setSpecialValueText(tr("library default"));
    m_threads->setValue(initial.threads);
    form->addRow(tr("Detector:"), m_model);
    form->addRow(QString(), m_tracing);
    form->addRow(tr("Library:"), libRow);
    form->addRow(tr("Back-end:"), m_backend);
    form->addRow(QString(), m_explain);
    form->addRow(tr("IG steps:"), m_steps);
    form->addRow(tr("Threads:"), m_threads);
    auto update = [this, browse]() {
        m_library->setEnabled(m_tracing->isChecked());
        browse->setEnabled(m_tracing->isChecked());
        m_backend->setEnabled(m_tracing->isChecked());
        m_steps->setEnabled(m_explain->isChecked());
    };
    connect(m_tracing, &QCheckBox::toggled, this, update);
    connect(m_explain, &QCheckBox::toggled, this, update);
    update();
    auto *note = new QLabel(tr("The item is verified against its intake SHA-256 first; the quality thresholds are the case's. "
                               "The result is stored in the case with these settings and its provenance."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Analyse"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(note);
    v->addWidget(buttons);
    resize(520, sizeHint().height());
}

AnalysisSettings AnalysisSettingsDialog::settings() const
{
    AnalysisSettings s = m_base;
    s.model = m_model->currentData().toString();
    s.detection = true;
    s.tracing = m_tracing->isChecked();
    s.library = m_library->text().trimmed();
    s.backend = m_backend->currentData().toString();
    s.explanation = m_explain->isChecked();
    s.igSteps = m_steps->value();
    s.threads = m_threads->value();
    return s;
}

QualityThresholdsDialog::QualityThresholdsDialog(const QualityThresholds &current, const QString &readOnlyReason, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Quality thresholds of the case"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Evidence below these limits is flagged in the Case dock and the report. The limits in force "
                                "are stored with every analysis; a change is logged in the audit log. The default model's "
                                "LR needs a bandwidth of at least 3562.5 Hz whatever is set here (docs/quality.md)."));
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    auto spin = [&](double lo, double hi, int decimals, double step, const QString &suffix) {
        auto *b = new QDoubleSpinBox;
        b->setRange(lo, hi);
        b->setDecimals(decimals);
        b->setSingleStep(step);
        b->setSuffix(suffix);
        b->setEnabled(readOnlyReason.isEmpty());
        return b;
    };
    // The ranges are QualityThresholds::fromJson's: whatever the dialog gives, the case accepts.
    m_snr = spin(-20, 100, 1, 1, tr(" dB"));
    m_speech = spin(0, 86400, 2, 0.5, tr(" s"));
    m_clipped = spin(0, 1, 4, 0.0005, QString());
    m_dc = spin(0, 1, 4, 0.005, QString());
    m_bandwidth = spin(0, 384000, 1, 100, tr(" Hz"));
    form->addRow(tr("Speech-to-noise ratio at least"), m_snr);
    form->addRow(tr("Net speech at least"), m_speech);
    form->addRow(tr("Clipped samples at most (fraction)"), m_clipped);
    form->addRow(tr("|DC offset| at most (full scale)"), m_dc);
    form->addRow(tr("Effective bandwidth at least"), m_bandwidth);
    v->addLayout(form);
    if (!readOnlyReason.isEmpty()) {
        auto *ro = new QLabel(tr("Read-only: %1").arg(readOnlyReason.toHtmlEscaped()));
        ro->setWordWrap(true);
        v->addWidget(ro);
    }
    auto *buttons = new QDialogButtonBox(readOnlyReason.isEmpty() ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                                  : QDialogButtonBox::Close);
    if (readOnlyReason.isEmpty()) {
        QPushButton *defaults = buttons->addButton(tr("Defaults"), QDialogButtonBox::ResetRole);
        connect(defaults, &QPushButton::clicked, this, [this]() { setThresholds(QualityThresholds{}); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    setThresholds(current);
}

QualityThresholds QualityThresholdsDialog::thresholds() const
{
    QualityThresholds t;
    t.minSnrDb = m_snr->value();
    t.minNetSpeechSeconds = m_speech->value();
    t.maxClippedFraction = m_clipped->value();
    t.maxAbsDcOffset = m_dc->value();
    t.minBandwidthHz = m_bandwidth->value();
    return t;
}

void QualityThresholdsDialog::setThresholds(const QualityThresholds &t)
{
    m_snr->setValue(t.minSnrDb);
    m_speech->setValue(t.minNetSpeechSeconds);
    m_clipped->setValue(t.maxClippedFraction);
    m_dc->setValue(t.maxAbsDcOffset);
    m_bandwidth->setValue(t.minBandwidthHz);
}

} // namespace st
