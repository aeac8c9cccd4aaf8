#pragma once
// The trace results of the open clip: for each level, the decision (the best source, or "unknown
// source" when its score is at or below the library's open-set threshold for that level and
// back-end) and the ranked candidates with their scores drawn as bars (relative within the level;
// the threshold, when stored, is marked); under each level's top candidate, when the library holds an LR
// calibration (`library calibrate`), its likelihood ratio with the ENFSI verbal scale and the calibration set.
// When the clip is outside the validated conditions of the library's model (its validity.json), the LR lines say
// "LR withheld" with the reasons, and a warning box above the ranking lists them.
// Above the ranking, one line per level puts the decision beside its LR as the trace gave it (TraceResult::lrs):
// "Attack: A01, LR 12 (log10 LR 1.08): moderate support", "LR withheld: <reasons>", or "no LR" with why.
// A back-end chooser and the Trace button start a trace.
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace st {

struct TraceResult;
struct LevelDecision;
struct LevelLr;
struct StoredLrCalibration;
struct ValidityVerdict;
class WithheldLrBox;

class TracePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TracePanel(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const TraceResult> r);
    void setStatus(const QString &text);
    void setTraceEnabled(bool on, const QString &why);
    QString backend() const;

    /// For tests: the candidate rows of a level (top-level item per level, children best first).
    QTreeWidget *tree() const { return m_tree; }
    /// For tests: the decision text of a level ("A01", "unknown").
    QString decisionText(int level) const;
    /// The LR line shown under a level's top candidate ("LR 2 (log10 0.30): weak support ... calibrated on
    /// dev.tsv ..."), or "LR withheld: <reasons>" for a clip outside the model's validated conditions; empty when
    /// the library holds no LR calibration for that level and back-end.
    QString lrText(int level) const;
    /// The same text for a decision and calibration (what the panel shows).
    static QString lrLine(const LevelDecision &d, const StoredLrCalibration &c);
    /// "LR withheld: reason; reason".
    static QString withheldLine(const ValidityVerdict &v);
    /// The decision line of a level with its LR from TraceResult::lrs (what the panel shows above the ranking);
    /// empty when the level was not traced.
    QString levelLrText(int level) const;
    /// The same for a decision and its LR.
    /// `verdict` (optional): the trace's verdict, so that its withheld reasons are shown in the user's language.
    static QString levelLrLine(const LevelDecision &d, const LevelLr &lr, const ValidityVerdict *verdict = nullptr);
    /// For tests: the status line.
    QString statusText() const;
    WithheldLrBox *withheldBox() const { return m_withheld; }

signals:
    void traceRequested(const QString &backend);

private:
    std::shared_ptr<const TraceResult> m_result;
    QComboBox *m_backend;
    QPushButton *m_trace;
    QLabel *m_status;
    WithheldLrBox *m_withheld;
    QLabel *m_levelLrs;
    QTreeWidget *m_tree;
};

} // namespace st
