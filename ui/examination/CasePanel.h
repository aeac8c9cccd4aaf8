#pragma once
// The Case dock: the open case's header (number, examiner, title, file, why it is read-only), its evidence items
// (label, SHA-256, verification state, the latest analysis' quality flag, detection and tracing results, number of
// annotations) with the item actions, and the audit log (every entry, the chain's state and head hash, export).
//
// Work that reads evidence or runs models goes to the window's JobManager (progress and cancel in the Jobs dock).
// A CaseFile is not thread-safe: each job opens its own instance on the case's path (read-write jobs therefore add
// a case.opened entry to the audit log) and the panel re-reads the case through the session's instance when the job
// ends. Results of a job that ends after its case was closed or replaced are dropped.
//
// Every action is also a public function (no dialogs) for the menus, the tests and the command line; each returns
// false with lastError() when it cannot start, and with `wait` waits for its job and returns its success.
#include "analysis/EvidenceAnalysis.h"
#include "case/CaseFile.h"
#include "examination/CaseSummary.h"
#include "jobs/Job.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QTableWidget;
class QToolBar;

namespace st {

class CaseSession;
class JobManager;
class ModelCache;

class CasePanel : public QWidget
{
    Q_OBJECT
public:
    CasePanel(CaseSession *session, JobManager *jobs, std::shared_ptr<ModelCache> cache, QWidget *parent = nullptr);
    ~CasePanel() override;

    /// Message boxes for errors and the stored result (off in tests and --screenshot).
    void setInteractive(bool on) { m_interactive = on; }
    /// Gives the settings the Analyse dialog starts from (the window's current model, library, back-end) and the
    /// usable detectors it offers.
    void setAnalysisDefaults(std::function<AnalysisSettings()> settings, std::function<QStringList()> models);
    QString lastError() const { return m_lastError; }

    // --- what it shows (tests) ---
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *auditTable() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }
    QString headerText() const;
    QString chainStatusText() const;
    /// The row of item `id` in the items table, or -1.
    int rowOf(qint64 id) const;
    /// The state the item is shown with.
    ItemCheck itemCheck(qint64 id) const;
    qint64 selectedItemId() const;
    bool selectItem(qint64 id);

    enum Column { ColId, ColLabel, ColSha, ColState, ColQuality, ColDetection, ColTrace, ColAnnotations, ColumnCount };
    enum AuditColumn { AuditSeq, AuditTime, AuditUser, AuditAction, AuditDetails, AuditColumnCount };

    QAction *loadAction() const { return m_actLoad; }
    QAction *verifyAction() const { return m_actVerify; }
    QAction *verifyAllAction() const { return m_actVerifyAll; }
    QAction *relocateAction() const { return m_actRelocate; }
    QAction *analyseAction() const { return m_actAnalyse; }
    QAction *showResultAction() const { return m_actShowResult; }
    QAction *exportLogAction() const { return m_actExportLog; }

    // --- the actions, without dialogs ---
    /// Hashes the item again: stored and logged in a writable case; in a read-only case only shown (not stored).
    bool verifyItem(qint64 id, bool wait = false);
    /// `atOpening`: the check made when the case is opened, after the window listed the items already blocked; only
    /// problems the case did not know of yet get a message box then (every one is in the table and the status bar).
    bool verifyAll(bool wait = false, bool atOpening = false);
    /// Points a missing (or changed) item at `newPath`, which must have the intake SHA-256.
    bool relocateItem(qint64 id, const QString &newPath, bool wait = false);
    /// analyseCaseItem(): verifies the item (stored), refuses a blocked one, analyses and stores the result.
    bool analyseItem(qint64 id, const AnalysisSettings &settings, bool wait = false);
    /// Re-verifies the item, then (when its SHA-256 is the intake hash) emits loadRequested(). A blocked item is
    /// refused at once with the reason.
    bool loadItem(qint64 id, bool wait = false);
    /// The stored analysis in words (storedAnalysisResult: nothing recomputed); empty with lastError() on failure.
    QString storedResultText(qint64 analysisId);
    /// The newest stored analysis of the item (any kind), or nullopt.
    std::optional<StoredAnalysis> latestAnalysisOf(qint64 id) const;
    /// Takes the files in as evidence items (hashed read-only in one job; a file already in the case, or that
    /// cannot be read, is refused by name and the others go on). False (lastError() lists the refusals) unless all
    /// were taken in.
    bool addEvidence(const QStringList &paths, bool wait = false);
    /// Writes the case report (report/CaseReport.h; PDF, or HTML for a .html/.htm name) in a job with its own
    /// CaseFile, which records the version (file, SHA-256, audit head). lastReport() holds it after success.
    bool exportReport(const QString &path, bool wait = false);
    std::optional<ReportVersion> lastReport() const { return m_lastReport; }
    /// Writes the audit log as JSON Lines (CaseFile::exportAuditLog; scripts/verify_audit_log.py checks it).
    bool exportAuditLog(const QString &path, bool overwrite = false);

public slots:
    /// Re-reads the case (items, analyses, annotation counts, the audit log and its chain).
    void refresh();

signals:
    /// The item was verified just now and may be shown: the window loads `path` and makes it the current item.
    void loadRequested(qint64 itemId, const QString &path);
    void statusMessage(const QString &text);

private:
    void buildActions();
    void updateActions();
    void refreshItems();
    void refreshAudit();
    void showError(const QString &title, const QString &message);
    bool refuse(const QString &message);
    /// Runs `work` on a CaseFile of its own (read-write when `write` and the case is writable, else read-only);
    /// `done` runs on the GUI thread unless the case was closed or replaced meanwhile.
    JobPtr submitCaseJob(const QString &description, bool write, std::function<QVariant(CaseFile &, JobContext &)> work,
                         std::function<void(const Job &)> done);
    bool finish(const JobPtr &job, bool wait);
    void chooseRelocate();
    void chooseAnalyse();
    void showStoredResult();
    void chooseExportLog();

    CaseSession *m_session;
    JobManager *m_jobs;
    std::shared_ptr<ModelCache> m_cache;
    std::function<AnalysisSettings()> m_defaultSettings;
    std::function<QStringList()> m_models;
    bool m_interactive = true;
    bool m_closing = false;
    int m_generation = 0;
    QString m_lastError;
    /// Checks made in this session that a read-only case could not store.
    QHash<qint64, EvidenceVerification> m_unstoredChecks;
    /// Summaries of stored analyses by analysis id (stored analyses never change).
    QHash<qint64, AnalysisSummary> m_summaries;
    QString m_headerPlain;
    std::optional<ReportVersion> m_lastReport;
    QList<JobPtr> m_running;

    QLabel *m_header;
    QLabel *m_readOnlyBox;
    QTabWidget *m_tabs;
    QToolBar *m_toolbar;
    QTableWidget *m_items;
    QTableWidget *m_audit;
    QLabel *m_chain;
    QAction *m_actLoad, *m_actVerify, *m_actVerifyAll, *m_actRelocate, *m_actAnalyse, *m_actShowResult, *m_actExportLog;
};

} // namespace st
