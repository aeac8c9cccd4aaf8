// MainWindow, cases: File › New case / Open case / Add evidence / Export report / Save case as / Close case, the
// Case dock (ui/examination/CasePanel), the window title naming the case, and the Help menu (Manual, Keyboard shortcuts, Privacy and storage, About).
#include "window/MainWindow.h"

#include "analysis/Provenance.h"
#include "examination/CaseDialogs.h"
#include "examination/CasePanel.h"
#include "examination/CaseSession.h"
#include "catalog/ModelCatalog.h"
#include "common/AppSettings.h"
#include "common/SafeFileDialog.h"
#include "document/AudioDocument.h"
#include "tracing/LibraryPanel.h"
#include "tracing/TracePanel.h"
#include "util/Error.h"
#include "window/AboutDialog.h"
#include "help/FirstRunNote.h"
#include "help/ManualBrowser.h"
#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QJsonDocument>
#include <QStatusBar>

namespace st {

namespace {

const char *kRecentCasesKey = "case/recent";
const char *kCaseFolderKey = "case/folder";

QString caseFolder()
{
    return appSettings().value(QLatin1String(kCaseFolderKey)).toString();
}

void rememberCase(const QString &path)
{
    QSettings s = appSettings();
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList recent = s.value(QLatin1String(kRecentCasesKey)).toStringList();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > 8)
        recent.removeLast();
    s.setValue(QLatin1String(kRecentCasesKey), recent);
    s.setValue(QLatin1String(kCaseFolderKey), QFileInfo(abs).absolutePath());
}

} // namespace

void MainWindow::buildCaseActions()
{
    m_actNewCase = makeAction(tr("&New case..."), QKeySequence(tr("Ctrl+Shift+N")), [this]() { chooseNewCase(); });
    m_actOpenCase = makeAction(tr("Open &case..."), QKeySequence(tr("Ctrl+Shift+O")), [this]() { chooseOpenCase(false); });
    m_actOpenCaseReadOnly = makeAction(tr("Open case read-on&ly..."), QKeySequence(), [this]() { chooseOpenCase(true); });
    m_actAddEvidence = makeAction(tr("&Add evidence..."), QKeySequence(tr("Ctrl+Shift+I")), [this]() { chooseAddEvidence(); });
    m_actExportReport = makeAction(tr("Export &report (PDF/HTML)..."), QKeySequence(tr("Ctrl+Shift+R")), [this]() { chooseExportReport(); });
    m_actSaveCaseAs = makeAction(tr("Save case &as..."), QKeySequence(), [this]() { chooseSaveCaseAs(); });
    m_actCloseCase = makeAction(tr("C&lose case"), QKeySequence(), [this]() { closeCase(); });
    m_actCaseThresholds = makeAction(tr("Case &quality thresholds..."), QKeySequence(), [this]() { chooseCaseThresholds(); });
    m_actCaseThresholds->setStatusTip(tr("The limits below which the case's evidence is flagged (stored in the case, logged)"));
    m_actAddEvidence->setStatusTip(tr("Take evidence files into the case: each is hashed (SHA-256, read-only) and logged"));
    m_actExportReport->setStatusTip(tr("Write the case report (PDF, or HTML by the file name) and record its version in the case"));
}

void MainWindow::buildCaseMenu(QMenu *file)
{
    file->addAction(m_actNewCase);
    file->addAction(m_actOpenCase);
    file->addAction(m_actOpenCaseReadOnly);
    m_recentCasesMenu = file->addMenu(tr("Recent cases"));
    connect(m_recentCasesMenu, &QMenu::aboutToShow, this, [this]() {
        m_recentCasesMenu->clear();
        const QStringList recent = appSettings().value(QLatin1String(kRecentCasesKey)).toStringList();
        for (const QString &p : recent) {
            QAction *a = m_recentCasesMenu->addAction(QFileInfo(p).fileName(), this, [this, p]() { openCase(p); });
            a->setToolTip(p);
            a->setEnabled(QFileInfo::exists(p));
        }
        if (recent.isEmpty())
            m_recentCasesMenu->addAction(tr("(none)"))->setEnabled(false);
    });
    file->addAction(m_actAddEvidence);
    file->addAction(m_actCaseThresholds);
    file->addAction(m_actExportReport);
    file->addAction(m_actSaveCaseAs);
    file->addAction(m_actCloseCase);
    file->addSeparator();
}

void MainWindow::buildCaseDock()
{
    m_caseDock = new QDockWidget(tr("Case"), this);
    m_caseDock->setObjectName(QStringLiteral("caseDock"));
    m_casePanel = new CasePanel(m_case, m_jobs, m_modelCache);
    m_caseDock->setWidget(m_casePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_caseDock);
    m_caseDock->hide(); // shown when a case is made or opened
    m_caseDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+4")));
    addAction(m_caseDock->toggleViewAction());
    // The Analyse dialog starts from the window's current choices: model, library, back-end.
    m_casePanel->setAnalysisDefaults(
        [this]() {
            AnalysisSettings s;
            const CatalogEntry *e = m_catalog->find(currentModel());
            if (e && e->isDetector())
                s.model = currentModel();
            if (m_libraryPanel && m_libraryPanel->library())
                s.library = m_libraryPanel->libraryPath();
            if (m_tracePanel && !m_tracePanel->backend().isEmpty())
                s.backend = m_tracePanel->backend();
            return s;
        },
        [this]() {
            QStringList names;
            for (const CatalogEntry &e : m_catalog->entries())
                if (e.isDetector())
                    names << e.name;
            return names;
        });
    connect(m_casePanel, &CasePanel::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 10000); });
    connect(m_casePanel, &CasePanel::loadRequested, this, [this](qint64 id, const QString &path) {
        if (openFile(path)) {
            m_case->setCurrentItem(id);
            m_centralTabs->setCurrentIndex(0);
        }
    });
    connect(m_case, &CaseSession::caseChanged, this, [this]() {
        updateCaseUi();
        updateWindowTitle();
    });
    connect(m_case, &CaseSession::currentItemChanged, this, &MainWindow::updateWindowTitle);
    updateCaseUi();
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_actManual = help->addAction(tr("&Manual"), this, [this]() { showManual(); });
    m_actManual->setObjectName(QStringLiteral("manualAction"));
    m_actManual->setShortcut(QKeySequence(QKeySequence::HelpContents));
    m_actManual->setStatusTip(tr("The offline manual: every page of SourceTrace's documentation, without a network"));
    addAction(m_actManual);
    m_actShortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this]() { showShortcuts(); });
    m_actShortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    addAction(m_actShortcuts);
    m_actPrivacy = help->addAction(tr("&Privacy and storage"), this, [this]() { showPrivacyNote(); });
    m_actPrivacy->setObjectName(QStringLiteral("privacyAction"));
    help->addSeparator();
    m_actAbout = help->addAction(tr("&About SourceTrace"), this, [this]() { showAbout(); });
    m_actAbout->setMenuRole(QAction::AboutRole);
}

ManualWindow *MainWindow::showManual(const QString &page)
{
    if (!m_manual)
        m_manual = new ManualWindow(manualRoot(), this);
    if (!page.isEmpty() && !m_manual->browser()->showPage(page))
        statusBar()->showMessage(tr("%1 is not a page of the manual").arg(page), 5000);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    return m_manual;
}

void MainWindow::showPrivacyNote()
{
    auto *note = new FirstRunNote(this);
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->show();
    note->raise();
}

void MainWindow::showAbout()
{
    AboutDialog d(this);
    d.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog d(this, this);
    d.exec();
}

void MainWindow::updateCaseUi()
{
    const bool open = m_case->isOpen();
    const bool writable = open && !m_case->isReadOnly();
    m_actAddEvidence->setEnabled(writable);
    m_actExportReport->setEnabled(writable);
    m_actSaveCaseAs->setEnabled(open);
    m_actCloseCase->setEnabled(open);
    m_actCaseThresholds->setEnabled(open); // a read-only case shows them without editing
    const QString why = open && !writable ? tr("The case is read-only: %1").arg(m_case->caseFile()->readOnlyReason()) : QString();
    m_actAddEvidence->setToolTip(why.isEmpty() ? m_actAddEvidence->statusTip() : why);
    m_actExportReport->setToolTip(why.isEmpty() ? m_actExportReport->statusTip() : why);
}

void MainWindow::updateWindowTitle()
{
    QStringList parts{tr("SourceTrace")};
    if (CaseFile *c = m_case->caseFile()) {
        QString number;
        try {
            number = c->info().number;
        } catch (const Error &) {
            number = QFileInfo(c->path()).completeBaseName();
        }
        parts << (c->isReadOnly() ? tr("Case %1 (read-only)") : tr("Case %1")).arg(number);
    }
    if (m_doc) {
        const QString path = m_doc->info().path;
        const bool isDemo = !m_demoPath.isEmpty() && QFileInfo(path) == QFileInfo(m_demoPath);
        QString clip = isDemo ? tr("demo clip") : QFileInfo(path).fileName();
        if (m_case->currentItemId() > 0)
            clip += tr(" (item %1)").arg(m_case->currentItemId());
        parts << clip;
    }
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

// --- the actions without dialogs -----------------------------------------------------------------------------------

bool MainWindow::newCase(const QString &path, const CaseInfo &info)
{
    try {
        auto c = std::make_unique<CaseFile>(CaseFile::create(path, info, Provenance::currentUser()));
        m_case->setCase(std::move(c));
    } catch (const Error &e) {
        showError(tr("New case"), e.message());
        return false;
    }
    rememberCase(path);
    m_caseDock->show();
    m_caseDock->raise();
    m_lastError.clear();
    statusBar()->showMessage(tr("Made case %1 in %2").arg(info.number, path), 8000);
    return true;
}

bool MainWindow::openCase(const QString &path, bool readOnly)
{
    std::unique_ptr<CaseFile> c;
    try {
        c = std::make_unique<CaseFile>(CaseFile::open(path, Provenance::currentUser(), readOnly ? CaseOpenMode::ReadOnly : CaseOpenMode::ReadWrite));
    } catch (const Error &e) {
        showError(tr("Open case"), e.message());
        return false;
    }
    // What the examiner must know before working: why it is read-only, what is damaged, which items are blocked.
    QStringList notes;
    if (c->isReadOnly() && !(readOnly && c->readOnlyReason() == QLatin1String("opened read-only")))
        notes << tr("The case is open READ-ONLY: %1. Nothing can be changed or analysed; File › Save case as... makes a copy.")
                     .arg(c->readOnlyReason());
    for (const QString &p : c->integrityProblems())
        notes << tr("Integrity problem: %1").arg(p);
    try {
        QStringList blocked;
        for (const EvidenceItem &e : c->evidence())
            if (e.blocked())
                blocked << tr("item %1 (%2): %3").arg(e.id).arg(e.label, e.lastState == EvidenceState::Missing ? tr("missing") : tr("changed since intake"));
        if (!blocked.isEmpty())
            notes << tr("Blocked at the last verification (not analysed until restored and verified, or relocated):\n%1").arg(blocked.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        notes << e.message();
    }
    m_case->setCase(std::move(c));
    rememberCase(path);
    m_caseDock->show();
    m_caseDock->raise();
    m_lastError.clear();
    if (!notes.isEmpty()) {
        m_caseOpenNotes = notes.join(QStringLiteral("\n\n"));
        statusBar()->showMessage(notes.first(), 15000);
        if (m_interactive)
            QMessageBox::warning(this, tr("Case %1").arg(QFileInfo(path).fileName()), m_caseOpenNotes);
    } else {
        m_caseOpenNotes.clear();
        statusBar()->showMessage(tr("Opened case %1; verifying its evidence").arg(path), 8000);
    }
    // Every item is hashed again on opening (stored and logged when writable, shown only when read-only).
    if (m_case->caseFile() && !m_case->caseFile()->evidence().isEmpty())
        m_casePanel->verifyAll(false, true);
    return true;
}

bool MainWindow::closeCase()
{
    if (!m_case->isOpen())
        return false;
    m_case->closeCase();
    statusBar()->showMessage(tr("Case closed"), 5000);
    return true;
}

bool MainWindow::addEvidence(const QStringList &paths, bool wait)
{
    const bool ok = m_casePanel->addEvidence(paths, wait);
    if (!ok)
        m_lastError = m_casePanel->lastError();
    return ok;
}

bool MainWindow::exportReport(const QString &path, bool wait)
{
    const bool ok = m_casePanel->exportReport(path, wait);
    if (!ok)
        m_lastError = m_casePanel->lastError();
    return ok;
}

bool MainWindow::saveCaseAs(const QString &path)
{
    CaseFile *c = m_case->caseFile();
    if (!c) {
        m_lastError = tr("No case is open.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<CaseFile> copy;
    try {
        c->saveAs(path);
        copy = std::make_unique<CaseFile>(CaseFile::open(path, Provenance::currentUser()));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        showError(tr("Save case as"), e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    const QString before = c->path();
    const qint64 item = m_case->currentItemId();
    m_case->setCase(std::move(copy)); // the window goes on with the copy, as after any Save As
    if (item > 0)
        m_case->setCurrentItem(item); // the copy holds the same items: the clip in the viewer stays that item
    rememberCase(path);
    statusBar()->showMessage(tr("Saved %1 as %2; now working on the copy").arg(before, path), 10000);
    return true;
}

// --- dialogs -------------------------------------------------------------------------------------------------------

void MainWindow::chooseNewCase()
{
    NewCaseDialog d(this);
    const QString folder = caseFolder();
    if (!folder.isEmpty())
        d.setPath(QDir(folder).filePath(QStringLiteral("case") + CaseFile::extension()));
    if (d.exec() != QDialog::Accepted)
        return;
    if (QFileInfo::exists(d.path())) {
        showError(tr("New case"), tr("%1: a file of that name exists; a case is never made over another file").arg(d.path()));
        return;
    }
    newCase(d.path(), d.info());
}

void MainWindow::chooseOpenCase(bool readOnly)
{
    const QString path = safeOpenFileName(this, readOnly ? tr("Open case read-only") : tr("Open case"), caseFolder(),
                                          tr("SourceTrace case (*.stcase);;All files (*)"));
    if (!path.isEmpty())
        openCase(path, readOnly);
}

void MainWindow::chooseAddEvidence()
{
    if (!m_case->isOpen())
        return;
    const QString dir = recentFiles().isEmpty() ? QString() : QFileInfo(recentFiles().first()).absolutePath();
    const QStringList paths = safeOpenFileNames(this, tr("Add evidence to the case"), dir,
                                                tr("Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)"));
    if (!paths.isEmpty())
        addEvidence(paths);
}

void MainWindow::chooseExportReport()
{
    CaseFile *c = m_case->caseFile();
    if (!c)
        return;
    QString number;
    try {
        number = c->info().number;
    } catch (const Error &) {
    }
    const QString suggestion = QDir(QFileInfo(c->path()).absolutePath()).filePath(QStringLiteral("report-%1.pdf").arg(number));
    const QString path = safeSaveFileName(this, tr("Export case report"), suggestion, tr("PDF (*.pdf);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("Export report"), tr("%1: a report is never written over an existing file; choose a new name").arg(path));
        return;
    }
    exportReport(path);
}

void MainWindow::chooseSaveCaseAs()
{
    CaseFile *c = m_case->caseFile();
    if (!c)
        return;
    const QString suggestion = QDir(QFileInfo(c->path()).absolutePath()).filePath(QFileInfo(c->path()).completeBaseName() + QStringLiteral("-copy.stcase"));
    QString path = safeSaveFileName(this, tr("Save case as"), suggestion, tr("SourceTrace case (*.stcase)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += CaseFile::extension();
    saveCaseAs(path);
}

QualityThresholds MainWindow::caseQualityThresholds() const
{
    const CaseFile *c = m_case->caseFile();
    const QString text = c ? c->qualityThresholdsJson() : QString();
    if (text.isEmpty())
        return {};
    QString problem;
    const QualityThresholds t = QualityThresholds::fromJsonText(text.toUtf8(), &problem);
    return problem.isEmpty() ? t : QualityThresholds{};
}

bool MainWindow::setCaseQualityThresholds(const QualityThresholds &t)
{
    CaseFile *c = m_case->caseFile();
    if (!c || m_case->isReadOnly()) {
        m_lastError = c ? tr("The case is read-only: %1").arg(c->readOnlyReason()) : tr("No case is open.");
        return false;
    }
    // The defaults are stored as "no setting", so that a later change of the defaults reaches the case.
    const QString text = t == QualityThresholds{} ? QString() : QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
    if (text == c->qualityThresholdsJson())
        return true; // nothing changes: nothing to log
    try {
        c->setQualityThresholdsJson(text);
    } catch (const Error &e) {
        m_lastError = e.message();
        return false;
    }
    m_case->notifyAuditChanged();
    statusBar()->showMessage(tr("Quality thresholds of the case changed (logged); they apply to the next analyses"), 8000);
    return true;
}

void MainWindow::chooseCaseThresholds()
{
    CaseFile *c = m_case->caseFile();
    if (!c)
        return;
    QualityThresholdsDialog d(caseQualityThresholds(), m_case->isReadOnly() ? c->readOnlyReason() : QString(), this);
    if (d.exec() != QDialog::Accepted || m_case->isReadOnly())
        return;
    if (!setCaseQualityThresholds(d.thresholds()))
        showError(tr("Quality thresholds"), m_lastError);
}

} // namespace st
