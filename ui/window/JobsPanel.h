#pragma once
// Every job of a JobManager while it runs: description, stage, a progress bar and a cancel button.
// A finished job stays a few seconds with its outcome (failed jobs stay until the next one starts),
// so the user sees what happened.
#include <QHash>
#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace st {

class JobManager;

class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobManager *jobs, QWidget *parent = nullptr);
    ~JobsPanel() override;
    /// Rows shown now (for tests).
    int rowCount() const { return m_rows.size(); }

private:
    struct Row;
    void add(int id, const QString &description);
    void progress(int id, double fraction, const QString &stage);
    void finished(int id, int state, const QString &error);
    void updateEmpty();

    JobManager *m_jobs;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QHash<int, Row *> m_rows;
};

} // namespace st
