#include "window/JobsPanel.h"

#include "jobs/JobManager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace st {

struct JobsPanel::Row
{
    QWidget *widget = nullptr;
    QLabel *label = nullptr;
    QProgressBar *bar = nullptr;
    QToolButton *cancel = nullptr;
    QString description;
};

JobsPanel::JobsPanel(JobManager *jobs, QWidget *parent) : QWidget(parent), m_jobs(jobs)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *inner = new QWidget;
    m_list = new QVBoxLayout(inner);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No background jobs."));
    m_empty->setEnabled(false);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    connect(jobs, &JobManager::jobAdded, this, &JobsPanel::add);
    connect(jobs, &JobManager::jobProgress, this, &JobsPanel::progress);
    connect(jobs, &JobManager::jobFinished, this, &JobsPanel::finished);
    for (const JobPtr &j : jobs->activeJobs())
        add(j->id(), j->description());
}

JobsPanel::~JobsPanel() { qDeleteAll(m_rows); }

void JobsPanel::add(int id, const QString &description)
{
    if (m_rows.contains(id))
        return;
    auto *row = new Row;
    row->description = description;
    row->widget = new QWidget;
    auto *v = new QVBoxLayout(row->widget);
    v->setContentsMargins(0, 2, 0, 2);
    v->setSpacing(1);
    auto *h = new QHBoxLayout;
    row->label = new QLabel(description);
    row->label->setWordWrap(true);
    row->cancel = new QToolButton;
    row->cancel->setText(QStringLiteral("✕"));
    row->cancel->setToolTip(tr("Cancel this job"));
    row->cancel->setAutoRaise(true);
    h->addWidget(row->label, 1);
    h->addWidget(row->cancel);
    row->bar = new QProgressBar;
    row->bar->setRange(0, 1000);
    row->bar->setMaximumHeight(10);
    row->bar->setTextVisible(false);
    v->addLayout(h);
    v->addWidget(row->bar);
    m_list->insertWidget(m_list->count() - 1, row->widget);
    connect(row->cancel, &QToolButton::clicked, this, [this, id]() { m_jobs->cancel(id); });
    m_rows.insert(id, row);
    updateEmpty();
}

void JobsPanel::progress(int id, double fraction, const QString &stage)
{
    Row *row = m_rows.value(id);
    if (!row)
        return;
    row->bar->setValue(int(fraction * 1000));
    row->label->setText(stage.isEmpty() ? row->description : QStringLiteral("%1 — %2").arg(row->description, stage));
}

void JobsPanel::finished(int id, int state, const QString &error)
{
    Row *row = m_rows.value(id);
    if (!row)
        return;
    row->cancel->setEnabled(false);
    const auto s = JobState(state);
    row->bar->setValue(s == JobState::Succeeded ? 1000 : row->bar->value());
    QString outcome;
    switch (s) { // jobStateName() is the log's word; shown translated
    case JobState::Succeeded: outcome = tr("succeeded"); break;
    case JobState::Failed: outcome = tr("failed"); break;
    case JobState::Cancelled: outcome = tr("cancelled"); break;
    case JobState::Running: outcome = tr("running"); break;
    case JobState::Waiting: outcome = tr("waiting"); break;
    }
    if (s == JobState::Failed)
        outcome += QStringLiteral(": ") + error;
    row->label->setText(QStringLiteral("%1 — %2").arg(row->description, outcome));
    if (s == JobState::Failed) {
        row->label->setStyleSheet(QStringLiteral("color: #ff7b72;"));
        row->label->setToolTip(error);
    }
    // Successful and cancelled rows leave after a moment; failures stay 30 s.
    QTimer::singleShot(s == JobState::Failed ? 30000 : 2500, this, [this, id]() {
        if (Row *r = m_rows.take(id)) {
            r->widget->deleteLater();
            delete r;
            updateEmpty();
        }
    });
}

void JobsPanel::updateEmpty() { m_empty->setVisible(m_rows.isEmpty()); }

} // namespace st
