#pragma once
// The small dialogs of the case workflow: a new case (number, examiner, title, notes, file) and the settings of an
// analysis (model, tracing with its library and back-end, explanation), and the case's quality thresholds.
#include "analysis/EvidenceAnalysis.h"
#include "case/CaseFile.h"
#include "quality/QualityThresholds.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace st {

class NewCaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCaseDialog(QWidget *parent = nullptr);
    CaseInfo info() const;
    /// The case file's path, with ".stcase" added when it has no suffix.
    QString path() const;
    void setPath(const QString &path);
    void setInfo(const CaseInfo &info);

private:
    void updateOk();
    QLineEdit *m_number, *m_examiner, *m_title, *m_path;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

class AnalysisSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `models`: the usable detectors of the model list (the first entry, empty, means the default model).
    AnalysisSettingsDialog(const AnalysisSettings &initial, const QStringList &models, const QString &itemLabel,
                           QWidget *parent = nullptr);
    AnalysisSettings settings() const;

private:
    AnalysisSettings m_base;
    QComboBox *m_model, *m_backend;
    QCheckBox *m_tracing, *m_explain;
    QLineEdit *m_library;
    QSpinBox *m_steps, *m_threads;
};

/// The quality gate's five limits (docs/quality.md), within the ranges QualityThresholds::fromJson accepts.
/// Read-only (OK hidden) when the case cannot change.
class QualityThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    QualityThresholdsDialog(const QualityThresholds &current, const QString &readOnlyReason, QWidget *parent = nullptr);
    QualityThresholds thresholds() const;
    void setThresholds(const QualityThresholds &t);

private:
    QDoubleSpinBox *m_snr, *m_speech, *m_clipped, *m_dc, *m_bandwidth;
};

} // namespace st
