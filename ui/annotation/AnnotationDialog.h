#pragma once
// Adds or edits one annotation: start and end (s), cue type, locality 1 (diffuse) to 5 (sharply localised),
// audible yes/no, free text, and an optional frequency band (Hz). OK is enabled only for an annotation the case
// would store (annotationProblem()); the reason is shown under the form.
#include "case/Annotation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace st {

class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    /// `durationS`: the clip's length (limits the times); `nyquistHz`: the band's upper limit.
    AnnotationDialog(const Annotation &a, double durationS, double nyquistHz, QWidget *parent = nullptr);

    /// What the form says (id, evidence, author and times of the annotation given are kept).
    Annotation annotation() const;
    void setAnnotation(const Annotation &a);
    /// annotationProblem() of the form's annotation (empty: OK is enabled).
    QString problem() const;

private:
    void check();

    Annotation m_base;
    QDoubleSpinBox *m_start, *m_end, *m_low, *m_high;
    QComboBox *m_cue;
    QSpinBox *m_locality;
    QRadioButton *m_audibleYes, *m_audibleNo;
    QCheckBox *m_hasBand;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace st
