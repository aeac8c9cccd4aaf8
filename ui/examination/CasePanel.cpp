#include "examination/CasePanel.h"
#include "common/LocaleFormat.h"

#include "analysis/CaseAnalysis.h"
#include "analysis/ModelCache.h"
#include "examination/CaseDialogs.h"
#include "examination/CaseSession.h"
#include "common/SafeFileDialog.h"
#include "common/Theme.h"
#include "report/CaseReport.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QLocale>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace st {

namespace {

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    return i;
}

QString esc(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

CasePanel::CasePanel(CaseSession *session, JobManager *jobs, std::shared_ptr<ModelCache> cache, QWidget *parent)
    : QWidget(parent), m_session(session), m_jobs(jobs), m_cache(cache ? std::move(cache) : std::make_shared<ModelCache>())
{
    setObjectName(QStringLiteral("casePanel"));
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyBox = new QLabel;
    m_readOnlyBox->setObjectName(QStringLiteral("caseReadOnlyBox"));
    m_readOnlyBox->setWordWrap(true);
    m_readOnlyBox->setTextFormat(Qt::RichText);
    m_readOnlyBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyBox->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 4px; }")
                                     .arg(Theme::warningBackground().name(QColor::HexArgb), Theme::warningText().name(),
                                          Theme::warningEdge().name()));
    m_readOnlyBox->hide();

    buildActions();

    // Evidence tab: the item actions over the items table.
    auto *itemsTab = new QWidget;
    auto *iv = new QVBoxLayout(itemsTab);
    iv->setContentsMargins(0, 0, 0, 0);
    iv->setSpacing(2);
    m_toolbar = new QToolBar;
    m_toolbar->setObjectName(QStringLiteral("caseToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : {m_actLoad, m_actVerify, m_actVerifyAll, m_actRelocate, m_actAnalyse, m_actShowResult})
        m_toolbar->addAction(a);
    m_items = new QTableWidget(0, ColumnCount);
    m_items->setObjectName(QStringLiteral("caseItems"));
    m_items->setHorizontalHeaderLabels({tr("#"), tr("Item"), tr("SHA-256"), tr("Verification"), tr("Quality"), tr("Detection"),
                                        tr("Trace"), tr("Annotations")});
    m_items->horizontalHeaderItem(ColSha)->setToolTip(tr("The intake SHA-256 (first 12 digits; the whole hash in the tooltip)"));
    m_items->horizontalHeaderItem(ColState)->setToolTip(
        tr("ok: verified in this session; changed / missing: blocked (not analysed); not verified: not hashed since the case was opened"));
    m_items->horizontalHeaderItem(ColQuality)->setToolTip(tr("The quality gate of the latest analysis against the case's thresholds"));
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->setAlternatingRowColors(true);
    m_items->setWordWrap(false);
    m_items->horizontalHeader()->setStretchLastSection(false);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_items->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_items, &QTableWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_items->itemAt(pos))
            return;
        QMenu menu(this);
        for (QAction *a : {m_actLoad, m_actVerify, m_actRelocate, m_actAnalyse, m_actShowResult})
            menu.addAction(a);
        menu.exec(m_items->viewport()->mapToGlobal(pos));
    });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &CasePanel::updateActions);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *i = m_items->item(row, ColId))
            loadItem(i->data(Qt::UserRole).toLongLong());
    });
    iv->addWidget(m_toolbar);
    iv->addWidget(m_items, 1);

    // Audit log tab.
    auto *auditTab = new QWidget;
    auto *av = new QVBoxLayout(auditTab);
    av->setContentsMargins(0, 0, 0, 0);
    av->setSpacing(2);
    auto *auditBar = new QToolBar;
    auditBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auditBar->addAction(m_actExportLog);
    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("caseChain"));
    m_chain->setTextFormat(Qt::RichText);
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chain, 1);
    chainRow->addWidget(auditBar);
    m_audit = new QTableWidget(0, AuditColumnCount);
    m_audit->setObjectName(QStringLiteral("caseAudit"));
    m_audit->setHorizontalHeaderLabels({tr("Seq"), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Details")});
    m_audit->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audit->verticalHeader()->hide();
    m_audit->setAlternatingRowColors(true);
    m_audit->setWordWrap(false);
    m_audit->horizontalHeader()->setStretchLastSection(true);
    av->addLayout(chainRow);
    av->addWidget(m_audit, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(itemsTab, tr("Evidence"));
    m_tabs->addTab(auditTab, tr("Audit log"));

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    v->setSpacing(4);
    v->addWidget(m_header);
    v->addWidget(m_readOnlyBox);
    v->addWidget(m_tabs, 1);

    connect(m_session, &CaseSession::caseChanged, this, [this]() {
        ++m_generation; // results of jobs on the case before are dropped
        for (const JobPtr &j : m_running)
            j->cancel();
        m_running.clear();
        m_unstoredChecks.clear();
        m_summaries.clear();
        refresh();
    });
    connect(m_session, &CaseSession::evidenceChanged, this, &CasePanel::refreshItems);
    connect(m_session, &CaseSession::analysesChanged, this, &CasePanel::refreshItems);
    connect(m_session, &CaseSession::annotationsChanged, this, &CasePanel::refreshItems);
    connect(m_session, &CaseSession::auditChanged, this, &CasePanel::refreshAudit);
    connect(m_session, &CaseSession::currentItemChanged, this, [this](qint64 id) {
        refreshItems(); // the current item's label is bold
        if (id > 0)
            selectItem(id);
    });
    refresh();
}

CasePanel::~CasePanel()
{
    m_closing = true;
    for (const JobPtr &j : m_running)
        j->cancel();
}

void CasePanel::setAnalysisDefaults(std::function<AnalysisSettings()> settings, std::function<QStringList()> models)
{
    m_defaultSettings = std::move(settings);
    m_models = std::move(models);
}

void CasePanel::buildActions()
{
    auto make = [this](const QString &text, const QString &name, const QString &tip, std::function<void()> slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, std::move(slot));
        return a;
    };
    m_actLoad = make(tr("Load in viewer"), QStringLiteral("caseLoad"),
                     tr("Verify the item's SHA-256, then show it in the viewer (double-click a row)"),
                     [this]() { loadItem(selectedItemId()); });
    m_actVerify = make(tr("Verify"), QStringLiteral("caseVerify"), tr("Hash the item's file again and compare it with the intake SHA-256"),
                       [this]() { verifyItem(selectedItemId()); });
    m_actVerifyAll = make(tr("Verify all"), QStringLiteral("caseVerifyAll"), tr("Hash every item's file again"), [this]() { verifyAll(); });
    m_actRelocate = make(tr("Relocate..."), QStringLiteral("caseRelocate"),
                         tr("Point a missing item at the file where it is now (its SHA-256 must be the intake hash)"),
                         [this]() { chooseRelocate(); });
    m_actAnalyse = make(tr("Analyse..."), QStringLiteral("caseAnalyse"),
                        tr("Verify, then run quality, detection and tracing on the item and store the result in the case"),
                        [this]() { chooseAnalyse(); });
    m_actShowResult = make(tr("Show stored result"), QStringLiteral("caseShowResult"),
                           tr("The item's stored analyses as they were stored (nothing is recomputed)"), [this]() { showStoredResult(); });
    m_actExportLog = make(tr("Export log..."), QStringLiteral("caseExportLog"),
                          tr("Write the audit log as JSON Lines (scripts/verify_audit_log.py checks it outside SourceTrace)"),
                          [this]() { chooseExportLog(); });
}

// --- what it shows -------------------------------------------------------------------------------------------------

QString CasePanel::headerText() const { return m_headerPlain; }

QString CasePanel::chainStatusText() const
{
    QTextDocument d;
    d.setHtml(m_chain->text());
    return d.toPlainText();
}

int CasePanel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_items->rowCount(); ++r)
        if (m_items->item(r, ColId) && m_items->item(r, ColId)->data(Qt::UserRole).toLongLong() == id)
            return r;
    return -1;
}

ItemCheck CasePanel::itemCheck(qint64 id) const
{
    const int r = rowOf(id);
    return r < 0 ? ItemCheck::NotVerified : ItemCheck(m_items->item(r, ColState)->data(Qt::UserRole).toInt());
}

qint64 CasePanel::selectedItemId() const
{
    const QList<QTableWidgetItem *> sel = m_items->selectedItems();
    if (sel.isEmpty())
        return -1;
    QTableWidgetItem *i = m_items->item(sel.first()->row(), ColId);
    return i ? i->data(Qt::UserRole).toLongLong() : -1;
}

bool CasePanel::selectItem(qint64 id)
{
    const int r = rowOf(id);
    if (r < 0)
        return false;
    m_items->selectRow(r);
    return true;
}

void CasePanel::refresh()
{
    refreshItems();
    refreshAudit();
}

void CasePanel::refreshItems()
{
    const qint64 selected = selectedItemId();
    m_items->setRowCount(0);
    CaseFile *c = m_session->caseFile();
    if (!c) {
        m_headerPlain = tr("No case is open. File › New case... or File › Open case...");
        m_header->setText(esc(m_headerPlain));
        m_readOnlyBox->hide();
        updateActions();
        return;
    }
    QList<EvidenceItem> items;
    QList<StoredAnalysis> analyses;
    QList<Annotation> annotations;
    CaseInfo info;
    try {
        info = c->info();
        items = c->evidence();
        analyses = c->analyses();
        annotations = c->annotations();
    } catch (const Error &e) {
        m_headerPlain = tr("The case cannot be read: %1").arg(e.message());
        m_header->setText(QStringLiteral("<b>%1</b>").arg(esc(m_headerPlain)));
        updateActions();
        return;
    }
    QHash<qint64, StoredAnalysis> latest;
    for (const StoredAnalysis &a : analyses)
        latest[a.evidenceId] = a; // oldest first: the last one wins
    QHash<qint64, int> notes;
    QHash<qint64, QStringList> noteLines; // the tooltip lists them (read-only; the Annotations dock edits them)
    for (const Annotation &a : annotations) {
        ++notes[a.evidenceId];
        if (noteLines[a.evidenceId].size() < 20)
            noteLines[a.evidenceId] << tr("%1–%2 s %3 (locality %4): %5").arg(shownLocale().toString(a.startS, 'f', 3)).arg(shownLocale().toString(a.endS, 'f', 3))
                                           .arg(cueName(a.cue)).arg(a.locality).arg(a.text.left(80));
        else if (noteLines[a.evidenceId].size() == 20)
            noteLines[a.evidenceId] << tr("…");
    }

    // Header: who, what, where; then why it is read-only and which items are blocked.
    QStringList blocked;
    m_items->setRowCount(items.size());
    const QDateTime since = m_session->openedAt();
    for (int r = 0; r < items.size(); ++r) {
        const EvidenceItem &e = items[r];
        std::optional<EvidenceVerification> unstored;
        if (m_unstoredChecks.contains(e.id))
            unstored = m_unstoredChecks.value(e.id);
        const ItemCheck check = itemCheckOf(e, since, unstored);
        if (e.blocked())
            blocked << tr("%1 (%2, %3)").arg(e.id).arg(e.label, itemCheckName(itemCheckOf(e, {}, std::nullopt)));

        auto *id = cell(QString::number(e.id));
        id->setData(Qt::UserRole, e.id);
        m_items->setItem(r, ColId, id);
        auto *label = cell(e.label, tr("%1\ntaken in %2 by %3 from %4").arg(e.currentPath, shownDateTime(e.intakeTime),
                                                                          e.intakeUser, e.originalPath));
        if (e.id == m_session->currentItemId()) {
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
            label->setToolTip(tr("In the viewer now\n") + label->toolTip());
        }
        m_items->setItem(r, ColLabel, label);
        auto *sha = cell(e.sha256.left(12) + QStringLiteral("…"), tr("intake SHA-256 %1\n%2 bytes").arg(e.sha256).arg(e.size));
        sha->setFont(QFont(QStringLiteral("monospace")));
        m_items->setItem(r, ColSha, sha);

        QString stateTip;
        if (unstored)
            stateTip = tr("%1 (checked %2, not stored: the case is read-only)").arg(unstored->message, shownDateTime(unstored->time));
        else
            stateTip = tr("last verification %1: %2").arg(shownDateTime(e.lastVerified), evidenceStateName(e.lastState));
        if (e.lastState == EvidenceState::Mismatch)
            stateTip += tr("\nSHA-256 found %1\nintake SHA-256 %2").arg(e.lastActualSha256, e.sha256);
        if (e.blocked())
            stateTip += tr("\nBLOCKED: not analysed, not annotated. Restore the file and Verify, or Relocate it to a copy with the intake hash.");
        if (check == ItemCheck::NotVerified)
            stateTip += tr("\nNot hashed since the case was opened (Verify).");
        auto *state = cell(itemCheckName(check), stateTip);
        state->setData(Qt::UserRole, int(check));
        state->setForeground(itemCheckColour(check));
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxQuestion;
        if (check == ItemCheck::Ok)
            icon = QStyle::SP_DialogApplyButton;
        else if (check == ItemCheck::Changed)
            icon = QStyle::SP_MessageBoxCritical;
        else if (check == ItemCheck::Missing || check == ItemCheck::Unreadable)
            icon = QStyle::SP_MessageBoxWarning;
        state->setIcon(style()->standardIcon(icon));
        m_items->setItem(r, ColState, state);

        if (latest.contains(e.id)) {
            const StoredAnalysis &a = latest[e.id];
            if (!m_summaries.contains(a.id)) {
                try {
                    m_summaries.insert(a.id, summariseAnalysis(storedAnalysisResult(*c, a)));
                } catch (const Error &x) {
                    AnalysisSummary bad;
                    bad.qualityText = bad.detectionText = bad.traceText = tr("unreadable");
                    bad.qualityTip = bad.detectionTip = bad.traceTip = x.message();
                    m_summaries.insert(a.id, bad);
                }
            }
            const AnalysisSummary &s = m_summaries[a.id];
            const QString when = tr("analysis %1 of %2 by %3").arg(a.id).arg(shownDateTime(a.created), a.user);
            auto *q = cell(s.qualityText, when + QLatin1Char('\n') + s.qualityTip);
            if (s.quality == AnalysisSummary::Quality::Flagged) {
                q->setForeground(itemCheckColour(ItemCheck::Changed));
                q->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                QFont f = q->font();
                f.setBold(true);
                q->setFont(f);
            } else if (s.quality == AnalysisSummary::Quality::Warned) {
                q->setForeground(itemCheckColour(ItemCheck::Unreadable));
            } else if (s.quality == AnalysisSummary::Quality::Passed) {
                q->setForeground(itemCheckColour(ItemCheck::Ok));
            }
            q->setData(Qt::UserRole, int(s.quality));
            m_items->setItem(r, ColQuality, q);
            m_items->setItem(r, ColDetection, cell(s.detectionText, when + QLatin1Char('\n') + s.detectionTip));
            m_items->setItem(r, ColTrace, cell(s.traceText, when + QLatin1Char('\n') + s.traceTip));
        } else {
            m_items->setItem(r, ColQuality, cell(tr("not analysed")));
            m_items->setItem(r, ColDetection, cell(tr("—")));
            m_items->setItem(r, ColTrace, cell(tr("—")));
        }
        auto *n = cell(QString::number(notes.value(e.id)), noteLines.value(e.id).join(QLatin1Char('\n')));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(r, ColAnnotations, n);
        if (e.blocked())
            for (int col = 0; col < ColumnCount; ++col)
                m_items->item(r, col)->setBackground(QColor(0x5a, 0x22, 0x1c));
    }
    m_items->resizeColumnsToContents();
    for (int col : {ColLabel, ColDetection, ColTrace})
        if (m_items->columnWidth(col) > 320)
            m_items->setColumnWidth(col, 320);
    if (selected >= 0)
        selectItem(selected);
    else if (m_items->rowCount() > 0 && m_items->selectedItems().isEmpty())
        m_items->selectRow(0);

    QString html = QStringLiteral("<b>%1</b>").arg(esc(tr("Case %1").arg(info.number)));
    m_headerPlain = tr("Case %1").arg(info.number);
    if (!info.title.isEmpty()) {
        html += QStringLiteral(" — %1").arg(esc(info.title));
        m_headerPlain += QStringLiteral(" — %1").arg(info.title);
    }
    const QString line2 = tr("Examiner %1 · %2 item(s) · file %3 · you are %4%5")
                              .arg(info.examiner).arg(items.size()).arg(c->path(), c->user(),
                                                                          c->isReadOnly() ? tr(" · READ-ONLY") : QString());
    html += QStringLiteral("<br>") + esc(line2);
    m_headerPlain += QLatin1Char('\n') + line2;
    if (!info.notes.isEmpty())
        m_header->setToolTip(info.notes);
    m_header->setText(html);

    QStringList warn;
    if (c->isReadOnly())
        warn << tr("<b>Read-only:</b> %1. Nothing can be changed or analysed; File › Save case as... makes a copy.").arg(esc(c->readOnlyReason()));
    for (const QString &p : c->integrityProblems())
        warn << tr("<b>Integrity:</b> %1").arg(esc(p));
    if (!blocked.isEmpty())
        warn << tr("<b>Blocked item(s):</b> %1: missing or changed since intake, not analysed. Restore the file and Verify, "
                   "or Relocate.").arg(esc(blocked.join(QStringLiteral(", "))));
    m_readOnlyBox->setVisible(!warn.isEmpty());
    m_readOnlyBox->setText(warn.join(QStringLiteral("<br>")));
    if (!warn.isEmpty()) {
        QTextDocument d;
        d.setHtml(m_readOnlyBox->text());
        m_headerPlain += QLatin1Char('\n') + d.toPlainText();
    }
    updateActions();
}

void CasePanel::refreshAudit()
{
    m_audit->setRowCount(0);
    CaseFile *c = m_session->caseFile();
    if (!c) {
        m_chain->setText(QString());
        updateActions();
        return;
    }
    QList<AuditEntry> log;
    ChainVerification chain;
    try {
        log = c->auditLog();
        chain = c->verifyChain();
    } catch (const Error &e) {
        m_chain->setText(QStringLiteral("<span style='color:%1'>%2</span>").arg(itemCheckColour(ItemCheck::Changed).name(), esc(e.message())));
        return;
    }
    m_audit->setRowCount(log.size());
    for (int r = 0; r < log.size(); ++r) {
        const AuditEntry &e = log[r];
        auto *seq = cell(QString::number(e.seq), tr("hash %1\nprevious %2").arg(e.hash, e.prevHash));
        seq->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_audit->setItem(r, AuditSeq, seq);
        m_audit->setItem(r, AuditTime, cell(e.time));
        m_audit->setItem(r, AuditUser, cell(e.user));
        m_audit->setItem(r, AuditAction, cell(e.action));
        const QJsonDocument pretty = QJsonDocument::fromJson(e.details.toUtf8());
        m_audit->setItem(r, AuditDetails, cell(e.details, pretty.isNull() ? e.details : QString::fromUtf8(pretty.toJson(QJsonDocument::Indented))));
    }
    m_audit->resizeColumnsToContents();
    if (m_audit->columnWidth(AuditDetails) > 600)
        m_audit->setColumnWidth(AuditDetails, 600);
    m_audit->scrollToBottom();
    if (chain.ok)
        m_chain->setText(tr("<span style='color:%1'>&#10004; Chain verified</span>: %2 entries, head <tt>%3</tt>")
                             .arg(itemCheckColour(ItemCheck::Ok).name()).arg(chain.entries).arg(chain.headHash));
    else
        m_chain->setText(tr("<span style='color:%1'><b>&#10008; Chain BROKEN at entry %2</b></span>: %3 (%4 entries read; stored head <tt>%5</tt>)")
                             .arg(itemCheckColour(ItemCheck::Changed).name()).arg(chain.firstBadSeq).arg(esc(chain.reason))
                             .arg(chain.entries).arg(chain.headHash));
    m_chain->setToolTip(tr("Recomputed from the file now; scripts/verify_audit_log.py checks an exported log independently."));
    updateActions();
}

void CasePanel::updateActions()
{
    CaseFile *c = m_session->caseFile();
    const qint64 id = selectedItemId();
    const bool open = c != nullptr;
    const bool writable = open && !c->isReadOnly();
    const bool item = open && id > 0;
    const int row = rowOf(id);
    const ItemCheck check = row >= 0 ? itemCheck(id) : ItemCheck::NotVerified;
    bool blocked = false, hasAnalysis = false;
    if (item) {
        try {
            blocked = c->isBlocked(id);
        } catch (const Error &) {
        }
        hasAnalysis = row >= 0 && m_items->item(row, ColQuality) && m_items->item(row, ColQuality)->text() != tr("not analysed");
    }
    m_actLoad->setEnabled(item);
    m_actVerify->setEnabled(item);
    m_actVerifyAll->setEnabled(open && m_items->rowCount() > 0);
    m_actRelocate->setEnabled(item && writable && (blocked || check == ItemCheck::Unreadable || check == ItemCheck::Missing));
    m_actAnalyse->setEnabled(item && writable);
    m_actShowResult->setEnabled(hasAnalysis);
    m_actExportLog->setEnabled(open);
    m_actVerify->setToolTip(writable ? tr("Hash the item's file again; the outcome is stored and logged")
                                     : tr("Hash the item's file again; the case is read-only, so the outcome is shown, not stored"));
    m_actAnalyse->setToolTip(!open ? QString()
                             : writable ? tr("Verify, then run quality, detection and tracing on the item and store the result")
                                        : tr("The case is read-only: nothing can be analysed or stored (File › Save case as...)"));
}

// --- jobs ---------------------------------------------------------------------------------------------------------

void CasePanel::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    emit statusMessage(message);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

bool CasePanel::refuse(const QString &message)
{
    m_lastError = message;
    emit statusMessage(message);
    if (m_interactive)
        QMessageBox::warning(this, tr("Case"), message);
    return false;
}

JobPtr CasePanel::submitCaseJob(const QString &description, bool write, std::function<QVariant(CaseFile &, JobContext &)> work,
                                std::function<void(const Job &)> done)
{
    CaseFile *c = m_session->caseFile();
    const QString path = c->path(), user = c->user();
    const bool rw = write && !c->isReadOnly();
    const int generation = m_generation;
    auto job = std::make_shared<Job>(description, [=](JobContext &ctx) -> QVariant {
        CaseFile own = CaseFile::open(path, user, rw ? CaseOpenMode::ReadWrite : CaseOpenMode::ReadOnly);
        if (rw && own.isReadOnly())
            throw Error(path, tr("the case can no longer be written: %1").arg(own.readOnlyReason()));
        return work(own, ctx);
    });
    QPointer<CasePanel> self(this);
    job->onFinished([self, generation, done](const Job &j) {
        if (!self || self->m_closing || generation != self->m_generation)
            return;
        self->m_running.removeIf([&j](const JobPtr &p) { return p.get() == &j; });
        done(j);
    });
    m_running.removeIf([](const JobPtr &p) { return p->isFinished(); });
    m_running << job;
    m_jobs->submit(job);
    return job;
}

bool CasePanel::finish(const JobPtr &job, bool wait)
{
    if (!wait)
        return true;
    m_jobs->waitFor(job);
    if (job->state() == JobState::Failed)
        m_lastError = job->errorMessage();
    else if (job->state() == JobState::Cancelled)
        m_lastError = tr("cancelled");
    return job->state() == JobState::Succeeded;
}

bool CasePanel::verifyItem(qint64 id, bool wait)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    if (id <= 0)
        return refuse(tr("Choose an evidence item first."));
    const bool store = !c->isReadOnly();
    auto out = std::make_shared<EvidenceVerification>();
    JobPtr job = submitCaseJob(tr("Verify item %1").arg(id), store, [=](CaseFile &own, JobContext &ctx) {
        const HashProgress progress = [&ctx](double f) { ctx.setProgress(f, QStringLiteral("hashing")); return !ctx.isCancelled(); };
        *out = store ? own.verifyEvidence(id, progress) : own.checkEvidence(id, progress);
        ctx.checkCancelled();
        return QVariant();
    }, [this, id, out](const Job &j) {
        if (j.state() == JobState::Succeeded) {
            if (out->recorded)
                m_unstoredChecks.remove(id);
            else
                m_unstoredChecks.insert(id, *out);
            m_session->notifyEvidenceChanged();
            if (out->state == EvidenceState::Ok)
                emit statusMessage(tr("Item %1 verified: SHA-256 is the intake hash").arg(id));
            else
                showError(tr("Evidence item %1").arg(id), tr("Item %1: %2").arg(id).arg(out->message));
        } else if (j.state() == JobState::Failed) {
            m_session->notifyEvidenceChanged();
            showError(tr("Verify"), j.errorMessage());
        }
    });
    return finish(job, wait);
}

bool CasePanel::verifyAll(bool wait, bool atOpening)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    QHash<qint64, EvidenceState> known; // the states the case knew before this check
    try {
        for (const EvidenceItem &e : c->evidence())
            known.insert(e.id, e.lastState);
    } catch (const Error &) {
    }
    const bool store = !c->isReadOnly();
    auto out = std::make_shared<QList<EvidenceVerification>>();
    JobPtr job = submitCaseJob(tr("Verify every item of case %1").arg(c->info().number), store, [=](CaseFile &own, JobContext &ctx) {
        const QList<EvidenceItem> items = own.evidence();
        for (int i = 0; i < items.size(); ++i) {
            const HashProgress progress = [&ctx, i, n = items.size()](double f) {
                ctx.setProgress((i + f) / n, tr("item %1/%2").arg(i + 1).arg(n));
                return !ctx.isCancelled();
            };
            out->append(store ? own.verifyEvidence(items[i].id, progress) : own.checkEvidence(items[i].id, progress));
            ctx.checkCancelled();
        }
        return QVariant();
    }, [this, out, known, atOpening](const Job &j) {
        QStringList bad;
        int news = 0;
        for (const EvidenceVerification &v : *out) {
            if (v.recorded)
                m_unstoredChecks.remove(v.evidenceId);
            else
                m_unstoredChecks.insert(v.evidenceId, v);
            if (v.state != EvidenceState::Ok) {
                bad << tr("item %1: %2").arg(v.evidenceId).arg(v.message);
                if (!known.contains(v.evidenceId) || known.value(v.evidenceId) != v.state)
                    ++news;
            }
        }
        m_session->notifyEvidenceChanged();
        if (j.state() == JobState::Failed)
            showError(tr("Verify all"), j.errorMessage());
        else if (!bad.isEmpty() && atOpening && news == 0)
            emit statusMessage(tr("%1 item(s) still do not match their intake SHA-256 (blocked)").arg(bad.size()));
        else if (!bad.isEmpty())
            showError(tr("Evidence items changed or missing"),
                      tr("%1 of %2 item(s) do not match their intake SHA-256; they are blocked (not analysed):\n%3")
                          .arg(bad.size()).arg(out->size()).arg(bad.join(QLatin1Char('\n'))));
        else if (j.state() == JobState::Succeeded)
            emit statusMessage(tr("All %1 item(s) verified: every SHA-256 is the intake hash").arg(out->size()));
    });
    return finish(job, wait);
}

bool CasePanel::relocateItem(qint64 id, const QString &newPath, bool wait)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    if (c->isReadOnly())
        return refuse(tr("The case is read-only (%1): items cannot be relocated.").arg(c->readOnlyReason()));
    const QString path = QFileInfo(newPath).absoluteFilePath();
    JobPtr job = submitCaseJob(tr("Relocate item %1").arg(id), true, [=](CaseFile &own, JobContext &ctx) {
        own.relocateEvidence(id, path, [&ctx](double f) { ctx.setProgress(f, QStringLiteral("hashing")); return !ctx.isCancelled(); });
        ctx.checkCancelled();
        return QVariant();
    }, [this, id, path](const Job &j) {
        m_unstoredChecks.remove(id);
        m_session->notifyEvidenceChanged();
        if (j.state() == JobState::Succeeded)
            emit statusMessage(tr("Item %1 now points at %2 (SHA-256 verified)").arg(id).arg(path));
        else if (j.state() == JobState::Failed)
            showError(tr("Relocate"), j.errorMessage());
    });
    return finish(job, wait);
}

bool CasePanel::analyseItem(qint64 id, const AnalysisSettings &settingsIn, bool wait)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    if (c->isReadOnly())
        return refuse(tr("The case is read-only (%1): nothing can be analysed or stored. File › Save case as... makes a copy.")
                          .arg(c->readOnlyReason()));
    AnalysisSettings settings;
    try {
        c->requireAnalysable(id);
        settings = caseAnalysisSettings(*c, AnalysisSettings::fromJson(settingsIn.toJson()));
    } catch (const Error &e) {
        return refuse(tr("Item %1 is not analysed: %2").arg(id).arg(e.message()));
    }
    const QString label = c->evidenceItem(id).label;
    std::shared_ptr<ModelCache> cache = m_cache;
    JobPtr job = submitCaseJob(tr("Analyse item %1 (%2)").arg(id).arg(label), true, [=](CaseFile &own, JobContext &ctx) {
        const StoredAnalysis a = analyseCaseItem(own, id, settings, *cache, &ctx);
        return QVariant(a.id);
    }, [this, id](const Job &j) {
        m_session->notifyEvidenceChanged(); // the verification before the analysis is stored either way
        if (j.state() == JobState::Succeeded) {
            m_session->notifyAnalysesChanged(id);
            emit statusMessage(tr("Item %1 analysed; stored as analysis %2").arg(id).arg(j.result().toLongLong()));
        } else if (j.state() == JobState::Failed) {
            showError(tr("Analyse"), j.errorMessage());
        }
    });
    return finish(job, wait);
}

bool CasePanel::loadItem(qint64 id, bool wait)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    if (id <= 0)
        return refuse(tr("Choose an evidence item first."));
    EvidenceItem item;
    try {
        item = c->evidenceItem(id);
    } catch (const Error &e) {
        return refuse(e.message());
    }
    if (item.blocked())
        return refuse(tr("Item %1 is not loaded: %2").arg(id).arg(m_session->itemReadOnlyReason(id)));
    const bool store = !c->isReadOnly();
    auto out = std::make_shared<EvidenceVerification>();
    JobPtr job = submitCaseJob(tr("Verify and load item %1").arg(id), store, [=](CaseFile &own, JobContext &ctx) {
        const HashProgress progress = [&ctx](double f) { ctx.setProgress(f, QStringLiteral("hashing")); return !ctx.isCancelled(); };
        *out = store ? own.verifyEvidence(id, progress) : own.checkEvidence(id, progress);
        ctx.checkCancelled();
        if (out->state != EvidenceState::Ok)
            throw Error(out->path, tr("item %1 is not loaded: %2").arg(id).arg(out->message));
        return QVariant(out->path);
    }, [this, id, out](const Job &j) {
        if (!out->path.isEmpty()) {
            if (out->recorded)
                m_unstoredChecks.remove(id);
            else
                m_unstoredChecks.insert(id, *out);
        }
        m_session->notifyEvidenceChanged();
        if (j.state() == JobState::Succeeded)
            emit loadRequested(id, j.result().toString());
        else if (j.state() == JobState::Failed)
            showError(tr("Load item %1").arg(id), j.errorMessage());
    });
    return finish(job, wait);
}

bool CasePanel::addEvidence(const QStringList &pathsIn, bool wait)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open: File › New case... or Open case... first."));
    if (c->isReadOnly())
        return refuse(tr("The case is read-only (%1): no evidence can be added.").arg(c->readOnlyReason()));
    QStringList paths;
    for (const QString &p : pathsIn)
        paths << QFileInfo(p).absoluteFilePath();
    if (paths.isEmpty())
        return refuse(tr("No file was chosen."));
    auto added = std::make_shared<QList<EvidenceItem>>();
    auto refused = std::make_shared<QStringList>();
    JobPtr job = submitCaseJob(paths.size() == 1 ? tr("Take in %1").arg(QFileInfo(paths[0]).fileName())
                                                 : tr("Take in %1 evidence files").arg(paths.size()),
                               true, [=](CaseFile &own, JobContext &ctx) {
        for (int i = 0; i < paths.size(); ++i) {
            const HashProgress progress = [&ctx, i, n = paths.size()](double f) {
                ctx.setProgress((i + f) / n, tr("hashing %1/%2").arg(i + 1).arg(n));
                return !ctx.isCancelled();
            };
            try {
                added->append(own.addEvidence(paths[i], {}, progress));
            } catch (const Error &e) {
                refused->append(e.message());
            }
            ctx.checkCancelled();
        }
        return QVariant(int(added->size()));
    }, [this, added, refused](const Job &j) {
        m_session->notifyEvidenceChanged();
        if (!added->isEmpty())
            selectItem(added->last().id);
        if (j.state() == JobState::Failed)
            showError(tr("Add evidence"), j.errorMessage());
        else if (!refused->isEmpty())
            showError(tr("Add evidence"), tr("%1 file(s) were not taken in:\n%2").arg(refused->size()).arg(refused->join(QLatin1Char('\n'))));
        else if (j.state() == JobState::Succeeded)
            emit statusMessage(tr("Took in %1 item(s); SHA-256 recorded").arg(added->size()));
    });
    const bool ok = finish(job, wait);
    if (wait && ok && !refused->isEmpty()) {
        m_lastError = refused->join(QLatin1Char('\n'));
        return false;
    }
    return ok;
}

bool CasePanel::exportReport(const QString &pathIn, bool wait)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    if (c->isReadOnly())
        return refuse(tr("The case is read-only (%1): a report is recorded in the case, so it cannot be exported from here. "
                         "File › Save case as... makes a writable copy.").arg(c->readOnlyReason()));
    QString path = QFileInfo(pathIn).absoluteFilePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    ReportOptions options;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        options.format = ReportFormat::Html;
    } else {
        options.format = ReportFormat::Pdf;
        if (suffix.isEmpty())
            path += reportExtension(ReportFormat::Pdf);
    }
    auto version = std::make_shared<ReportVersion>();
    m_lastReport.reset();
    JobPtr job = submitCaseJob(tr("Write the report %1").arg(QFileInfo(path).fileName()), true, [=](CaseFile &own, JobContext &ctx) {
        ctx.setProgress(0.1, QStringLiteral("writing"));
        *version = exportCaseReport(own, path, options);
        return QVariant(path);
    }, [this, version, path](const Job &j) {
        m_session->notifyAuditChanged();
        if (j.state() == JobState::Succeeded) {
            m_lastReport = *version;
            const QString text = tr("Report written to %1\nformat %2, SHA-256 %3\nrecorded as report version %4 at audit entry %5 (head %6)")
                                     .arg(path, version->format, version->sha256).arg(version->id).arg(version->auditEntries)
                                     .arg(version->auditHead);
            emit statusMessage(tr("Report written to %1 (SHA-256 %2)").arg(path, version->sha256));
            if (m_interactive)
                QMessageBox::information(this, tr("Report exported"), text);
        } else if (j.state() == JobState::Failed) {
            showError(tr("Export report"), j.errorMessage());
        }
    });
    return finish(job, wait);
}

std::optional<StoredAnalysis> CasePanel::latestAnalysisOf(qint64 id) const
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return std::nullopt;
    try {
        const QList<StoredAnalysis> all = c->analyses(id);
        if (!all.isEmpty())
            return all.last();
    } catch (const Error &) {
    }
    return std::nullopt;
}

QString CasePanel::storedResultText(qint64 analysisId)
{
    CaseFile *c = m_session->caseFile();
    if (!c) {
        m_lastError = tr("No case is open.");
        return {};
    }
    try {
        const StoredAnalysis a = c->analysis(analysisId);
        return analysisResultText(c->evidenceItem(a.evidenceId), a, storedAnalysisResult(*c, a));
    } catch (const Error &e) {
        m_lastError = e.message();
        return {};
    }
}

bool CasePanel::exportAuditLog(const QString &path, bool overwrite)
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return refuse(tr("No case is open."));
    try {
        const int n = c->exportAuditLog(path, overwrite);
        emit statusMessage(tr("Wrote %1 audit entries to %2").arg(n).arg(path));
        return true;
    } catch (const Error &e) {
        showError(tr("Export log"), e.message());
        return false;
    }
}

// --- dialogs --------------------------------------------------------------------------------------------------------

void CasePanel::chooseRelocate()
{
    const qint64 id = selectedItemId();
    CaseFile *c = m_session->caseFile();
    if (!c || id <= 0)
        return;
    const EvidenceItem e = c->evidenceItem(id);
    const QString p = safeOpenFileName(this, tr("Where is item %1 (%2) now?").arg(id).arg(e.label), QFileInfo(e.currentPath).absolutePath(),
                                       tr("Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)"));
    if (!p.isEmpty())
        relocateItem(id, p);
}

void CasePanel::chooseAnalyse()
{
    const qint64 id = selectedItemId();
    CaseFile *c = m_session->caseFile();
    if (!c || id <= 0)
        return;
    if (const QString why = m_session->itemReadOnlyReason(id); !why.isEmpty()) {
        refuse(tr("Item %1 is not analysed: %2").arg(id).arg(why));
        return;
    }
    const AnalysisSettings base = m_defaultSettings ? m_defaultSettings() : AnalysisSettings{};
    AnalysisSettingsDialog d(base, m_models ? m_models() : QStringList{}, c->evidenceItem(id).label, this);
    if (d.exec() == QDialog::Accepted)
        analyseItem(id, d.settings());
}

void CasePanel::showStoredResult()
{
    const qint64 id = selectedItemId();
    CaseFile *c = m_session->caseFile();
    if (!c || id <= 0)
        return;
    QList<StoredAnalysis> all;
    try {
        all = c->analyses(id);
    } catch (const Error &e) {
        showError(tr("Stored result"), e.message());
        return;
    }
    if (all.isEmpty()) {
        refuse(tr("Item %1 has no stored analysis.").arg(id));
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Stored analyses of item %1").arg(id));
    auto *choose = new QComboBox;
    for (int i = all.size() - 1; i >= 0; --i)
        choose->addItem(tr("analysis %1 (%2), %3 by %4").arg(all[i].id).arg(all[i].kind, shownDateTime(all[i].created), all[i].user),
                        all[i].id);
    auto *text = new QPlainTextEdit;
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFont(QStringLiteral("monospace")));
    auto show = [this, choose, text]() {
        const QString t = storedResultText(choose->currentData().toLongLong());
        text->setPlainText(t.isEmpty() ? tr("This analysis cannot be read: %1").arg(m_lastError) : t);
    };
    connect(choose, &QComboBox::currentIndexChanged, &d, show);
    show();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &d, [text]() { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *note = new QLabel(tr("As stored in the case: nothing was recomputed and no model was loaded."));
    auto *v = new QVBoxLayout(&d);
    v->addWidget(choose);
    v->addWidget(text, 1);
    v->addWidget(note);
    v->addWidget(buttons);
    d.resize(900, 640);
    if (m_interactive)
        d.exec();
}

void CasePanel::chooseExportLog()
{
    CaseFile *c = m_session->caseFile();
    if (!c)
        return;
    const QString suggestion = QFileInfo(c->path()).completeBaseName() + QStringLiteral("-audit.jsonl");
    const QString p = safeSaveFileName(this, tr("Export audit log"), suggestion, tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!p.isEmpty())
        exportAuditLog(p, QFileInfo::exists(p)); // the dialog asked before replacing it
}

} // namespace st
