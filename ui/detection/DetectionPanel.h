#pragma once
// The results dock of a detection: the whole-clip score in large type with its verdict side and the
// score convention in words, the model (name, version, device), the weights' SHA-256 (short, the
// full hash in the tooltip and selectable), timings, and a table of the sliding windows (start, end
// in seconds, score). Activating a row asks the window to select that window's span.
// When the model has a detection calibration (validity.json), the calibrated likelihood ratio (value, log10, the
// ENFSI verbal equivalent, the calibration set) and the clip's measured conditions; for a clip outside the
// validated conditions the LR is withheld instead, in a warning box that lists every reason.
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace st {

struct DetectionResult;
class WithheldLrBox;

class DetectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetectionPanel(QWidget *parent = nullptr);

    /// Shows a result (null clears).
    void setResult(const DetectionResult *r);
    /// Shows a message instead of a result ("running...", an error).
    void setStatus(const QString &text);

    /// For tests: "score", "verdict", "model", "sha256", "convention", "status", "lr", "lrVerbal",
    /// "lrPropositions", "lrCalibration", "conditions", "withheld" (the withheld box as plain text; empty when hidden).
    QString fieldText(const QString &key) const;
    WithheldLrBox *withheldBox() const { return m_withheld; }
    /// The LR as shown: "0.0123 (log10 LR -1.91)"; exponent notation beyond double's range.
    static QString formatLr(double llr);
    QTableWidget *windowTable() const { return m_table; }

signals:
    /// A window row was activated: its span in frames of the document.
    void windowActivated(qint64 startFrame, qint64 endFrame);

private:
    void setLrRowsVisible(bool lr, bool conditions);

    QLabel *m_status;
    WithheldLrBox *m_withheld;
    QFormLayout *m_form;
    QLabel *m_lr;
    QLabel *m_lrVerbal;
    QLabel *m_lrPropositions;
    QLabel *m_lrCalibration;
    QLabel *m_conditions;
    QLabel *m_score;
    QLabel *m_verdict;
    QLabel *m_convention;
    QLabel *m_model;
    QLabel *m_sha;
    QLabel *m_timing;
    QTableWidget *m_table;
};

} // namespace st
