#pragma once
// The results dock of a detection: the whole-clip score in large type with its verdict side and the
// score convention in words, the model (name, version, device), the weights' SHA-256 (short, the
// full hash in the tooltip and selectable), timings, and a table of the sliding windows (start, end
// in seconds, score). Activating a row asks the window to select that window's span.
#include <QWidget>

class QLabel;
class QTableWidget;

namespace st {

struct DetectionResult;

class DetectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetectionPanel(QWidget *parent = nullptr);

    /// Shows a result (null clears).
    void setResult(const DetectionResult *r);
    /// Shows a message instead of a result ("running...", an error).
    void setStatus(const QString &text);

    /// For tests: "score", "verdict", "model", "sha256", "convention", "status".
    QString fieldText(const QString &key) const;
    QTableWidget *windowTable() const { return m_table; }

signals:
    /// A window row was activated: its span in frames of the document.
    void windowActivated(qint64 startFrame, qint64 endFrame);

private:
    QLabel *m_status;
    QLabel *m_score;
    QLabel *m_verdict;
    QLabel *m_convention;
    QLabel *m_model;
    QLabel *m_sha;
    QLabel *m_timing;
    QTableWidget *m_table;
};

} // namespace st
