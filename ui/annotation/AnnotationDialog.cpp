#include "annotation/AnnotationDialog.h"

#include "common/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace st {

AnnotationDialog::AnnotationDialog(const Annotation &a, double durationS, double nyquistHz, QWidget *parent)
    : QDialog(parent), m_base(a)
{
    setWindowTitle(a.id ? tr("Edit annotation") : tr("Annotate selection"));
    auto *form = new QFormLayout;
    auto seconds = [&](double v) {
        auto *s = new QDoubleSpinBox;
        s->setDecimals(4);
        s->setRange(0.0, std::max(durationS, v) + 1e-9);
        s->setSingleStep(0.01);
        s->setSuffix(tr(" s"));
        s->setValue(v);
        return s;
    };
    m_start = seconds(a.startS);
    m_end = seconds(a.endS);
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("End:"), m_end);
    m_cue = new QComboBox;
    for (Cue c : allCues())
        m_cue->addItem(cueName(c), int(c));
    m_cue->setCurrentIndex(int(a.cue));
    form->addRow(tr("Cue:"), m_cue);
    m_locality = new QSpinBox;
    m_locality->setRange(Annotation::kMinLocality, Annotation::kMaxLocality);
    m_locality->setValue(std::clamp(a.locality, Annotation::kMinLocality, Annotation::kMaxLocality));
    m_locality->setToolTip(tr("1: diffuse, spread over the region; 5: sharply localised"));
    form->addRow(tr("Locality (1 diffuse – 5 sharp):"), m_locality);
    auto *aud = new QHBoxLayout;
    m_audibleYes = new QRadioButton(tr("yes"));
    m_audibleNo = new QRadioButton(tr("no"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_audibleYes);
    group->addButton(m_audibleNo);
    (a.audible ? m_audibleYes : m_audibleNo)->setChecked(true);
    aud->addWidget(m_audibleYes);
    aud->addWidget(m_audibleNo);
    aud->addStretch(1);
    form->addRow(tr("Audible:"), aud);
    m_hasBand = new QCheckBox(tr("Frequency band"));
    m_hasBand->setChecked(a.band.has_value());
    auto hz = [&](double v) {
        auto *s = new QDoubleSpinBox;
        s->setDecimals(1);
        s->setRange(0.0, std::max(nyquistHz, v));
        s->setSingleStep(50.0);
        s->setSuffix(tr(" Hz"));
        s->setValue(v);
        return s;
    };
    m_low = hz(a.band ? a.band->lowHz : 0.0);
    m_high = hz(a.band ? a.band->highHz : std::min(4000.0, nyquistHz));
    auto *band = new QHBoxLayout;
    band->addWidget(m_low);
    band->addWidget(new QLabel(tr("to")));
    band->addWidget(m_high);
    form->addRow(m_hasBand, band);
    m_text = new QPlainTextEdit(a.text);
    m_text->setPlaceholderText(tr("What you see or hear here"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("Text:"), m_text);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(Theme::warningEdge().name()));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_problem);
    v->addWidget(m_buttons);

    for (QDoubleSpinBox *s : {m_start, m_end, m_low, m_high})
        connect(s, &QDoubleSpinBox::valueChanged, this, &AnnotationDialog::check);
    connect(m_hasBand, &QCheckBox::toggled, this, [this](bool on) {
        m_low->setEnabled(on);
        m_high->setEnabled(on);
        check();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &AnnotationDialog::check);
    m_low->setEnabled(m_hasBand->isChecked());
    m_high->setEnabled(m_hasBand->isChecked());
    check();
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_base;
    a.startS = m_start->value();
    a.endS = m_end->value();
    a.cue = Cue(m_cue->currentData().toInt());
    a.locality = m_locality->value();
    a.audible = m_audibleYes->isChecked();
    a.text = m_text->toPlainText();
    a.band.reset();
    if (m_hasBand->isChecked())
        a.band = FrequencyBand{m_low->value(), m_high->value()};
    return a;
}

void AnnotationDialog::setAnnotation(const Annotation &a)
{
    m_base = a;
    m_start->setValue(a.startS);
    m_end->setValue(a.endS);
    m_cue->setCurrentIndex(int(a.cue));
    m_locality->setValue(a.locality);
    (a.audible ? m_audibleYes : m_audibleNo)->setChecked(true);
    m_hasBand->setChecked(a.band.has_value());
    if (a.band) {
        m_low->setValue(a.band->lowHz);
        m_high->setValue(a.band->highHz);
    }
    m_text->setPlainText(a.text);
    check();
}

QString AnnotationDialog::problem() const { return annotationProblem(annotation()); }

void AnnotationDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace st
