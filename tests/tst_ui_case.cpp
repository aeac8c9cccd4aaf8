// The case GUI (ui/examination, ui/window/MainWindowCase.cpp): a case made through the window, the demo clip taken in as
// evidence, the items table's states against independently computed hashes, the audit view against auditLog(), an
// analysis stored and shown again without recomputing (its quality flag under strict thresholds), a tampered and a
// missing evidence file refused by Analyse and Load, a read-only opening that disables every editing action, the
// window title, Save As, a broken case file, the report export, the shortcuts list and the About box. The functions
// run in order on one window (each builds on the case the one before left). Needs no ../shared.
#include "analysis/CaseAnalysis.h"
#include "examination/CaseDialogs.h"
#include "examination/CasePanel.h"
#include "examination/CaseSession.h"
#include "examination/CaseSummary.h"
#include "document/AudioDocument.h"
#include "jobs/JobManager.h"
#include "playback/FakeAudioOutput.h"
#include "window/AboutDialog.h"
#include "window/MainWindow.h"
#include "window/ShortcutsDialog.h"
#include "testutil.h"
#include "BuildInfo.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace st;

namespace {

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QString cellText(QTableWidget *t, int row, int col) { return t->item(row, col) ? t->item(row, col)->text() : QString(); }

} // namespace

class TestUiCase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_demo;      ///< the bundled demo clip (never changed)
    QString m_evidence;  ///< a copy of it, taken in as evidence and tampered with
    QString m_casePath;
    QByteArray m_demoBytes;
    std::unique_ptr<MainWindow> m_w;
    qint64 m_item = 0;

    CasePanel *panel() const { return m_w->casePanel(); }
    CaseFile *caseFile() const { return m_w->caseSession()->caseFile(); }
    bool waitJobs() { return m_w->jobs()->waitForAll(300000); }
    /// With SOURCETRACE_SHOT_DIR set, saves the window as NAME.png there (to look at the panel; no assertion).
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SOURCETRACE_SHOT_DIR");
        if (!dir.isEmpty())
            m_w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        m_demo = QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac"));
        QVERIFY(QFileInfo::exists(m_demo));
        QDir(m_tmp.path()).mkpath(QStringLiteral("evidence"));
        m_evidence = QDir(m_tmp.path()).filePath(QStringLiteral("evidence/demo.flac"));
        QVERIFY(QFile::copy(m_demo, m_evidence));
        QFile::setPermissions(m_evidence, QFile::ReadOwner | QFile::WriteOwner);
        QFile f(m_demo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_demoBytes = f.readAll();
        m_casePath = QDir(m_tmp.path()).filePath(QStringLiteral("2025-0142.stcase"));
        m_w = std::make_unique<MainWindow>(std::make_unique<FakeAudioOutput>());
        m_w->setInteractive(false);
        m_w->resize(1300, 900);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    }

    void cleanupTestCase()
    {
        if (m_w)
            m_w->jobs()->waitForAll(300000);
        m_w.reset();
    }

    // The state an item is shown with, from hand-made items: this session's stored verification, an older one, a
    // blocked item verified before the session, and a check a read-only case could not store.
    void itemStateRules()
    {
        const QDateTime start = QDateTime::fromString(QStringLiteral("2025-03-01T10:00:00.000Z"), Qt::ISODateWithMs);
        EvidenceItem e;
        e.lastState = EvidenceState::Ok;
        e.lastVerified = start.addSecs(-60);
        QCOMPARE(itemCheckOf(e, start), ItemCheck::NotVerified);
        e.lastVerified = start;
        QCOMPARE(itemCheckOf(e, start), ItemCheck::Ok);
        e.lastState = EvidenceState::Unreadable;
        QCOMPARE(itemCheckOf(e, start), ItemCheck::Unreadable);
        e.lastState = EvidenceState::Mismatch;
        e.lastVerified = start.addDays(-3);
        QCOMPARE(itemCheckOf(e, start), ItemCheck::Changed); // blocked whenever it was found so
        e.lastState = EvidenceState::Missing;
        QCOMPARE(itemCheckOf(e, start), ItemCheck::Missing);
        EvidenceVerification v;
        v.state = EvidenceState::Ok;
        QCOMPARE(itemCheckOf(e, start, v), ItemCheck::Ok); // a check made now wins over the stored state
        QCOMPARE(itemCheckName(ItemCheck::NotVerified), QStringLiteral("not verified"));
        QCOMPARE(formatLr(std::log(14.2)), QStringLiteral("14.2"));
        QCOMPARE(formatLr(std::log(5.13e-6)), QStringLiteral("5.13e-06"));
    }

    void dialogsGiveWhatWasEntered()
    {
        NewCaseDialog n;
        CaseInfo info;
        info.number = QStringLiteral("  2025-7 ");
        info.examiner = QStringLiteral("B. Examiner");
        info.notes = QStringLiteral("two lines\nof notes");
        n.setInfo(info);
        n.setPath(QStringLiteral("/cases/2025-7"));
        QCOMPARE(n.info().number, QStringLiteral("2025-7"));
        QCOMPARE(n.info().notes, info.notes);
        QCOMPARE(n.path(), QStringLiteral("/cases/2025-7.stcase"));
        AnalysisSettings s;
        s.tracing = false;
        s.backend = QStringLiteral("knn");
        s.explanation = true;
        s.igSteps = 48;
        s.threads = 2;
        s.library = QStringLiteral("/libs/x.db");
        AnalysisSettingsDialog d(s, {QStringLiteral("sourcetrace-default")}, QStringLiteral("demo.flac"));
        const AnalysisSettings back = d.settings();
        QCOMPARE(back.toJson(), s.toJson());
    }

    void noCaseAtStart()
    {
        QVERIFY(!m_w->caseSession()->isOpen());
        QVERIFY(!m_w->addEvidenceAction()->isEnabled());
        QVERIFY(!m_w->exportReportAction()->isEnabled());
        QCOMPARE(panel()->itemsTable()->rowCount(), 0);
        QVERIFY(panel()->headerText().contains(QStringLiteral("No case is open")));
        QVERIFY(!m_w->addEvidence({m_evidence}, true));
        QVERIFY(m_w->lastError().contains(QStringLiteral("No case is open")));
    }

    void brokenCaseFileIsRefusedByName()
    {
        const QString bad = QDir(m_tmp.path()).filePath(QStringLiteral("notacase.stcase"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is no SQLite database\n");
        f.close();
        QVERIFY(!m_w->openCase(bad));
        QVERIFY2(m_w->lastError().contains(QStringLiteral("notacase.stcase")), qPrintable(m_w->lastError()));
        QVERIFY(!m_w->caseSession()->isOpen());
    }

    void newCaseNamesTheWindow()
    {
        CaseInfo info;
        info.number = QStringLiteral("2025-0142");
        info.examiner = QStringLiteral("A. Examiner");
        info.title = QStringLiteral("Voice message of 3 March");
        QVERIFY2(m_w->newCase(m_casePath, info), qPrintable(m_w->lastError()));
        QVERIFY(m_w->caseSession()->isOpen());
        QVERIFY(m_w->caseDock()->isVisible());
        QCOMPARE(m_w->windowTitle(), QStringLiteral("SourceTrace — Case 2025-0142"));
        QVERIFY(panel()->headerText().contains(QStringLiteral("Case 2025-0142 — Voice message of 3 March")));
        QVERIFY(panel()->headerText().contains(QStringLiteral("A. Examiner")));
        QVERIFY(m_w->addEvidenceAction()->isEnabled());
        // Never over an existing file.
        QVERIFY(!m_w->newCase(m_casePath, info));
        QVERIFY(m_w->lastError().contains(QStringLiteral("2025-0142.stcase")));
        QCOMPARE(caseFile()->path(), QFileInfo(m_casePath).canonicalFilePath());
    }

    void addEvidenceShowsTheItem()
    {
        QVERIFY2(m_w->addEvidence({m_evidence}, true), qPrintable(m_w->lastError()));
        QTableWidget *t = panel()->itemsTable();
        QCOMPARE(t->rowCount(), 1);
        m_item = t->item(0, CasePanel::ColId)->data(Qt::UserRole).toLongLong();
        QVERIFY(m_item > 0);
        const QString sha = sha256Of(m_demo);
        QCOMPARE(cellText(t, 0, CasePanel::ColLabel), QStringLiteral("demo.flac"));
        QCOMPARE(cellText(t, 0, CasePanel::ColSha), sha.left(12) + QStringLiteral("…"));
        QVERIFY(t->item(0, CasePanel::ColSha)->toolTip().contains(sha));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Ok); // the intake is this session's verification
        QCOMPARE(cellText(t, 0, CasePanel::ColState), QStringLiteral("ok"));
        QCOMPARE(cellText(t, 0, CasePanel::ColQuality), QStringLiteral("not analysed"));
        QCOMPARE(cellText(t, 0, CasePanel::ColAnnotations), QStringLiteral("0"));
        // The same file twice is refused by name; nothing is added.
        QVERIFY(!m_w->addEvidence({m_evidence}, true));
        QVERIFY2(m_w->lastError().contains(QStringLiteral("demo.flac")), qPrintable(m_w->lastError()));
        QCOMPARE(t->rowCount(), 1);
    }

    void auditViewEqualsTheLog()
    {
        QVERIFY(panel()->verifyAll(true));
        const QList<AuditEntry> log = caseFile()->auditLog();
        QTableWidget *a = panel()->auditTable();
        QCOMPARE(a->rowCount(), log.size());
        QVERIFY(log.size() >= 4); // created, added, opened by the verify job, verified
        for (int r = 0; r < log.size(); ++r) {
            QCOMPARE(cellText(a, r, CasePanel::AuditSeq), QString::number(log[r].seq));
            QCOMPARE(cellText(a, r, CasePanel::AuditTime), log[r].time);
            QCOMPARE(cellText(a, r, CasePanel::AuditUser), log[r].user);
            QCOMPARE(cellText(a, r, CasePanel::AuditAction), log[r].action);
            QCOMPARE(cellText(a, r, CasePanel::AuditDetails), log[r].details);
        }
        QCOMPARE(log.first().action, QStringLiteral("case.created"));
        QCOMPARE(log.last().action, QStringLiteral("evidence.verified"));
        QVERIFY(panel()->chainStatusText().contains(QStringLiteral("Chain verified")));
        QVERIFY(panel()->chainStatusText().contains(caseFile()->auditHead().hash));
        // Export: JSON Lines, one line per entry; never over an existing file unless asked.
        const QString out = QDir(m_tmp.path()).filePath(QStringLiteral("audit.jsonl"));
        panel()->tabs()->setCurrentIndex(1);
        shot(QStringLiteral("audit"));
        panel()->tabs()->setCurrentIndex(0);
        QVERIFY(panel()->exportAuditLog(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), log.size());
        QVERIFY(!panel()->exportAuditLog(out));
    }

    void analysisIsStoredFlaggedAndShownWithoutRecomputing()
    {
        // Thresholds the demo clip cannot meet: the quality flag must show in the table.
        // Set as File > Case quality thresholds... does: the dialog's values, stored and logged.
        QualityThresholds strict;
        strict.minNetSpeechSeconds = 3600;
        QualityThresholdsDialog d(m_w->caseQualityThresholds(), QString());
        QVERIFY(d.thresholds() == QualityThresholds{}); // none set yet: the defaults
        d.setThresholds(strict);
        QVERIFY(d.thresholds() == strict);
        const int before = caseFile()->auditHead().entries;
        QVERIFY2(m_w->setCaseQualityThresholds(d.thresholds()), qPrintable(m_w->lastError()));
        QCOMPARE(caseFile()->auditHead().entries, before + 1);
        QCOMPARE(caseFile()->auditLog().last().action, QStringLiteral("quality.thresholds.changed"));
        QVERIFY(m_w->setCaseQualityThresholds(strict)); // the same again: nothing to log
        QCOMPARE(caseFile()->auditHead().entries, before + 1);
        QCOMPARE(QJsonDocument::fromJson(caseFile()->qualityThresholdsJson().toUtf8()).object().value(QStringLiteral("minNetSpeechSeconds")).toDouble(), 3600.0);
        QVERIFY(m_w->caseQualityThresholds() == strict);
        QVERIFY(panel()->selectItem(m_item));
        QVERIFY(panel()->analyseAction()->isEnabled());
        AnalysisSettings s;
        s.tracing = false; // detection and quality are enough here; tracing is tested in tst_analysis_pipeline
        QVERIFY2(panel()->analyseItem(m_item, s, true), qPrintable(panel()->lastError()));
        const auto stored = panel()->latestAnalysisOf(m_item);
        QVERIFY(stored);
        const AnalysisResult r = storedAnalysisResult(*caseFile(), *stored);
        QVERIFY(r.detection);
        QTableWidget *t = panel()->itemsTable();
        const int row = panel()->rowOf(m_item);
        QVERIFY2(cellText(t, row, CasePanel::ColQuality).startsWith(QStringLiteral("FLAGGED")), qPrintable(cellText(t, row, CasePanel::ColQuality)));
        QVERIFY(t->item(row, CasePanel::ColQuality)->toolTip().contains(QStringLiteral("3600")));
        const QString score = QString::number(r.detection->clip.score, 'f', 2);
        QVERIFY2(cellText(t, row, CasePanel::ColDetection).startsWith(QStringLiteral("score %1").arg(score)),
                 qPrintable(cellText(t, row, CasePanel::ColDetection)));
        if (r.detection->lr.given)
            QVERIFY(cellText(t, row, CasePanel::ColDetection).contains(QStringLiteral("LR ") + formatLr(r.detection->lr.llr)));
        else if (r.detection->lr.due)
            QVERIFY(cellText(t, row, CasePanel::ColDetection).contains(QStringLiteral("withheld: ")));
        QCOMPARE(cellText(t, row, CasePanel::ColTrace), QStringLiteral("not run"));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Ok);
        const QString text = panel()->storedResultText(stored->id);
        QVERIFY(text.contains(QStringLiteral("Detection: score %1").arg(QString::number(r.detection->clip.score, 'f', 4))));
        QVERIFY(text.contains(sha256Of(m_demo)));
        QVERIFY(text.contains(QStringLiteral("Quality: FLAGGED")));
        QVERIFY(panel()->showResultAction()->isEnabled());
        QCOMPARE(caseFile()->auditLog().last().action, QStringLiteral("analysis.stored"));
    }

    void reopeningShowsStoredResults()
    {
        const QString detection = cellText(panel()->itemsTable(), 0, CasePanel::ColDetection);
        const QString quality = cellText(panel()->itemsTable(), 0, CasePanel::ColQuality);
        const int analyses = caseFile()->analyses().size();
        QVERIFY(m_w->closeCase());
        QCOMPARE(m_w->windowTitle(), QStringLiteral("SourceTrace"));
        QCOMPARE(panel()->itemsTable()->rowCount(), 0);
        QVERIFY(m_w->openCase(m_casePath));
        QVERIFY(m_w->caseOpenNotes().isEmpty());
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::NotVerified); // until the opening's verification job ends
        // Shown at once, from what is stored, before any job runs.
        QCOMPARE(cellText(panel()->itemsTable(), 0, CasePanel::ColDetection), detection);
        QCOMPARE(cellText(panel()->itemsTable(), 0, CasePanel::ColQuality), quality);
        QVERIFY(waitJobs());
        QCOMPARE(caseFile()->analyses().size(), analyses); // nothing recomputed
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Ok); // re-verified on opening
    }

    void loadInViewerVerifiesAndSetsTheCurrentItem()
    {
        QVERIFY2(panel()->loadItem(m_item, true), qPrintable(panel()->lastError()));
        QVERIFY(m_w->document());
        QCOMPARE(QFileInfo(m_w->document()->info().path).canonicalFilePath(), QFileInfo(m_evidence).canonicalFilePath());
        QCOMPARE(m_w->caseSession()->currentItemId(), m_item);
        QCOMPARE(panel()->selectedItemId(), m_item);
        QVERIFY(panel()->itemsTable()->item(panel()->rowOf(m_item), CasePanel::ColLabel)->font().bold());
        QCOMPARE(m_w->windowTitle(), QStringLiteral("SourceTrace — Case 2025-0142 — demo.flac (item %1)").arg(m_item));
        QCOMPARE(caseFile()->auditLog().last().action, QStringLiteral("evidence.verified"));
        // A file opened by hand is no item of the case.
        QVERIFY(m_w->openFile(m_demo));
        QCOMPARE(m_w->caseSession()->currentItemId(), qint64(-1));
        QCOMPARE(m_w->windowTitle(), QStringLiteral("SourceTrace — Case 2025-0142 — demo.flac"));
    }

    void tamperedEvidenceIsRefused()
    {
        {
            QFile f(m_evidence);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        QVERIFY(panel()->verifyItem(m_item, true));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Changed);
        QCOMPARE(cellText(panel()->itemsTable(), 0, CasePanel::ColState), QStringLiteral("changed"));
        QVERIFY(panel()->itemsTable()->item(0, CasePanel::ColState)->toolTip().contains(sha256Of(m_evidence)));
        QVERIFY(panel()->headerText().contains(QStringLiteral("Blocked item")));
        QVERIFY(!m_w->caseSession()->itemReadOnlyReason(m_item).isEmpty());
        const int analyses = caseFile()->analyses().size();
        shot(QStringLiteral("tampered"));
        QVERIFY(!panel()->analyseItem(m_item, AnalysisSettings{}, true));
        QVERIFY2(panel()->lastError().contains(QStringLiteral("changed")), qPrintable(panel()->lastError()));
        QVERIFY(!panel()->loadItem(m_item, true));
        QVERIFY2(panel()->lastError().contains(QStringLiteral("not loaded")), qPrintable(panel()->lastError()));
        QCOMPARE(caseFile()->analyses().size(), analyses);
        QCOMPARE(m_w->caseSession()->currentItemId(), qint64(-1));
        QVERIFY(panel()->selectItem(m_item));
        QVERIFY(panel()->relocateAction()->isEnabled());
        // Restored: verified again, no longer blocked.
        {
            QFile f(m_evidence);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(m_demoBytes);
        }
        QVERIFY(panel()->verifyItem(m_item, true));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Ok);
        QVERIFY(m_w->caseSession()->itemReadOnlyReason(m_item).isEmpty());
    }

    void missingEvidenceIsRelocated()
    {
        const QString moved = QDir(m_tmp.path()).filePath(QStringLiteral("moved.flac"));
        QVERIFY(QFile::rename(m_evidence, moved));
        QVERIFY(panel()->verifyItem(m_item, true));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Missing);
        QVERIFY(!panel()->loadItem(m_item, true));
        // Relocating to a file with another hash is refused; to the moved file it works.
        QVERIFY(!panel()->relocateItem(m_item, QDir(sttest::sourceDir()).filePath(QStringLiteral("tests/tst_ui_case.cpp")), true));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Missing);
        QVERIFY2(panel()->relocateItem(m_item, moved, true), qPrintable(panel()->lastError()));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Ok);
        QCOMPARE(caseFile()->evidenceItem(m_item).currentPath, QFileInfo(moved).absoluteFilePath());
        m_evidence = moved;
    }

    void readOnlyOpeningDisablesEditing()
    {
        QVERIFY(m_w->closeCase());
        QVERIFY(m_w->openCase(m_casePath, true));
        QVERIFY(waitJobs()); // the opening's verification: shown, not stored
        QCOMPARE(m_w->windowTitle(), QStringLiteral("SourceTrace — Case 2025-0142 (read-only) — demo.flac"));
        QVERIFY(m_w->caseSession()->isReadOnly());
        QVERIFY(!m_w->addEvidenceAction()->isEnabled());
        QVERIFY(!m_w->exportReportAction()->isEnabled());
        QVERIFY(panel()->selectItem(m_item));
        QVERIFY(!panel()->analyseAction()->isEnabled());
        QVERIFY(!panel()->relocateAction()->isEnabled());
        QVERIFY(panel()->verifyAction()->isEnabled());
        QVERIFY(panel()->loadAction()->isEnabled());
        QVERIFY(panel()->headerText().contains(QStringLiteral("Read-only")));
        shot(QStringLiteral("readonly"));
        QCOMPARE(panel()->itemCheck(m_item), ItemCheck::Ok); // checked in this session, not stored
        const int entries = caseFile()->auditHead().entries;
        QVERIFY(!panel()->analyseItem(m_item, AnalysisSettings{}, true));
        QVERIFY(panel()->lastError().contains(QStringLiteral("read-only")));
        QVERIFY(!m_w->addEvidence({m_demo}, true));
        QVERIFY(!m_w->exportReport(QDir(m_tmp.path()).filePath(QStringLiteral("ro.pdf")), true));
        QVERIFY(!m_w->setCaseQualityThresholds(QualityThresholds{}));
        QVERIFY(m_w->lastError().contains(QStringLiteral("read-only")));
        QVERIFY(panel()->verifyItem(m_item, true));
        QCOMPARE(caseFile()->auditHead().entries, entries); // nothing was written
        // Stored results are still shown.
        QVERIFY(cellText(panel()->itemsTable(), 0, CasePanel::ColQuality).startsWith(QStringLiteral("FLAGGED")));
        QVERIFY(panel()->loadItem(m_item, true));
        QCOMPARE(m_w->caseSession()->currentItemId(), m_item);
    }

    void saveAsWorksOnTheCopy()
    {
        const QString copy = QDir(m_tmp.path()).filePath(QStringLiteral("copy.stcase"));
        QVERIFY2(m_w->saveCaseAs(copy), qPrintable(m_w->lastError()));
        QCOMPARE(caseFile()->path(), QFileInfo(copy).canonicalFilePath());
        QVERIFY(!caseFile()->isReadOnly());
        // The clip in the viewer is the same item of the copy.
        QCOMPARE(m_w->caseSession()->currentItemId(), m_item);
        QCOMPARE(m_w->windowTitle(), QStringLiteral("SourceTrace — Case 2025-0142 — moved.flac (item %1)").arg(m_item));
        bool saved = false;
        for (const AuditEntry &e : caseFile()->auditLog())
            saved = saved || e.action == QLatin1String("case.saved_as");
        QVERIFY(saved);
        QVERIFY(!m_w->saveCaseAs(copy)); // never over a file
    }

    void damagedCaseOpensReadOnlyAndSaysWhy()
    {
        // A row changed behind SourceTrace (the title in the meta table): the tables disagree with the audit log.
        const QString damaged = QDir(m_tmp.path()).filePath(QStringLiteral("damaged.stcase"));
        QVERIFY(caseFile());
        caseFile()->saveAs(damaged);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(damaged);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'Another title' WHERE key = 'title'")));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const QString before = caseFile()->path();
        QVERIFY(m_w->openCase(damaged));
        QVERIFY(m_w->caseSession()->isReadOnly());
        QVERIFY2(m_w->caseOpenNotes().contains(QStringLiteral("READ-ONLY")), qPrintable(m_w->caseOpenNotes()));
        QVERIFY2(m_w->caseOpenNotes().contains(QStringLiteral("title")), qPrintable(m_w->caseOpenNotes()));
        QVERIFY(m_w->windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(panel()->headerText().contains(QStringLiteral("Integrity")));
        QVERIFY(!m_w->addEvidenceAction()->isEnabled());
        QVERIFY(waitJobs());
        QVERIFY(m_w->openCase(before));
        QVERIFY(waitJobs());
        QVERIFY(!m_w->caseSession()->isReadOnly());
    }

    void reportExportRecordsTheVersionOrSaysWhy()
    {
        QVERIFY(m_w->exportReportAction()->isEnabled());
        const QString out = QDir(m_tmp.path()).filePath(QStringLiteral("report.html"));
        const int before = caseFile()->reportVersions().size();
        if (m_w->exportReport(out, true)) {
            QVERIFY(QFileInfo::exists(out));
            QCOMPARE(caseFile()->reportVersions().size(), before + 1);
            QVERIFY(panel()->lastReport());
            QCOMPARE(panel()->lastReport()->sha256, sha256Of(out));
            QCOMPARE(panel()->lastReport()->format, QStringLiteral("html"));
        } else {
            // The writer refused (or is not built yet): a message, no file, nothing recorded.
            qInfo("the report writer refused: %s", qPrintable(m_w->lastError()));
            QVERIFY(!m_w->lastError().isEmpty());
            QVERIFY(!QFileInfo::exists(out));
            QCOMPARE(caseFile()->reportVersions().size(), before);
        }
    }

    void reportAsPdfByItsName()
    {
        const QString out = QDir(m_tmp.path()).filePath(QStringLiteral("report")); // no suffix: PDF, ".pdf" added
        const int before = caseFile()->reportVersions().size();
        if (m_w->exportReport(out, true)) {
            QFile f(out + QStringLiteral(".pdf"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(5) == "%PDF-");
            QCOMPARE(caseFile()->reportVersions().size(), before + 1);
            QCOMPARE(panel()->lastReport()->format, QStringLiteral("pdf"));
            QCOMPARE(panel()->lastReport()->sha256, sha256Of(out + QStringLiteral(".pdf")));
        } else {
            qInfo("the report writer refused: %s", qPrintable(m_w->lastError()));
            QVERIFY(!QFileInfo::exists(out + QStringLiteral(".pdf")));
            QCOMPARE(caseFile()->reportVersions().size(), before);
        }
        // Never over an existing report.
        QFile existing(QDir(m_tmp.path()).filePath(QStringLiteral("exists.html")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QVERIFY(!m_w->exportReport(existing.fileName(), true));
        QCOMPARE(QFileInfo(existing.fileName()).size(), qint64(0));
    }

    void shortcutsListTheWindowsActions()
    {
        const QList<ShortcutEntry> all = collectShortcuts(m_w.get());
        auto find = [&](const QString &action) -> const ShortcutEntry * {
            for (const ShortcutEntry &e : all)
                if (e.action == action)
                    return &e;
            return nullptr;
        };
        const ShortcutEntry *open = find(QStringLiteral("Open"));
        QVERIFY(open);
        QCOMPARE(open->shortcut, QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QVERIFY2(open->where.startsWith(QStringLiteral("File")), qPrintable(open->where));
        const ShortcutEntry *newCase = find(QStringLiteral("New case"));
        QVERIFY(newCase);
        QCOMPARE(newCase->shortcut, QKeySequence(QStringLiteral("Ctrl+Shift+N")).toString(QKeySequence::NativeText));
        QVERIFY(find(QStringLiteral("Detect")));
        QVERIFY(find(QStringLiteral("Keyboard shortcuts")));
        // Every action of the window with a shortcut is listed, once.
        QSet<QAction *> listed;
        for (const ShortcutEntry &e : all)
            listed.insert(e.source);
        QCOMPARE(listed.size(), all.size());
        for (QAction *a : m_w->findChildren<QAction *>())
            if (!a->shortcut().isEmpty())
                QVERIFY2(listed.contains(a), qPrintable(a->text()));
        // No key does two things (Zoom to selection once shared Ctrl+Shift+Z with the library's Redo).
        for (const ShortcutEntry &e : all)
            QVERIFY2(!e.conflict, qPrintable(e.where + QStringLiteral(" > ") + e.action + QStringLiteral(": ") + e.shortcut));
        ShortcutsDialog d(m_w.get());
        if (!qEnvironmentVariable("SOURCETRACE_SHOT_DIR").isEmpty()) {
            d.show();
            d.grab().save(QDir(qEnvironmentVariable("SOURCETRACE_SHOT_DIR")).filePath(QStringLiteral("shortcuts.png")));
        }
        QCOMPARE(d.table()->rowCount(), all.size());
        const int shown = d.filter(QStringLiteral("case"));
        QVERIFY(shown >= 3 && shown < all.size());
        QCOMPARE(d.filter(QString()), all.size());
        QCOMPARE(d.filter(QStringLiteral("no such action zzz")), 0);
    }

    void aboutShowsTheBuild()
    {
        AboutDialog d;
        if (!qEnvironmentVariable("SOURCETRACE_SHOT_DIR").isEmpty()) {
            d.show();
            d.grab().save(QDir(qEnvironmentVariable("SOURCETRACE_SHOT_DIR")).filePath(QStringLiteral("about.png")));
        }
        const QString t = d.plainText();
        QVERIFY(t.contains(QStringLiteral(SOURCETRACE_GIT_COMMIT)));
        QVERIFY(t.contains(QStringLiteral(SOURCETRACE_VERSION)));
        QVERIFY(t.contains(QStringLiteral(SOURCETRACE_COMPILER)));
        QVERIFY(t.contains(QString::fromLatin1(qVersion())));
        for (const char *licence : {"GPL-3.0-or-later", "LGPL-3.0", "BSD-3-Clause", "LGPL-2.1-or-later", "MIT", "GPL-2.0-or-later", "MPL-2.0"})
            QVERIFY2(t.contains(QLatin1String(licence)), licence);
        QVERIFY(t.contains(QStringLiteral("LibTorch 1.")));
    }
};

QTEST_MAIN(TestUiCase)
#include "tst_ui_case.moc"
