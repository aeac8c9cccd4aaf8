#include "annotation/AnnotationPanel.h"
#include "common/LocaleFormat.h"

#include "annotation/AnnotationCommands.h"
#include "annotation/AnnotationModel.h"
#include "case/AnnotationCsv.h"
#include "examination/CaseSession.h"
#include "common/Theme.h"
#include "util/Error.h"

#include <QLocale>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace st {

AnnotationPanel::AnnotationPanel(AnnotationModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_undo(new QUndoStack(this))
{
    auto *v = new QVBoxLayout(this);
    m_storage = new QLabel;
    m_storage->setObjectName(QStringLiteral("annotationStorage"));
    m_storage->setWordWrap(true);
    v->addWidget(m_storage);
    m_moveSession = new QPushButton;
    m_moveSession->setObjectName(QStringLiteral("moveSessionAnnotations"));
    m_moveSession->hide();
    v->addWidget(m_moveSession);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AnnotationModel::SortRole);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AnnotationModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    v->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Annotate selection..."));
    m_edit = new QPushButton(tr("Edit..."));
    m_delete = new QPushButton(tr("Delete"));
    for (QPushButton *b : {m_add, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    v->addLayout(buttons);
    auto *csv = new QHBoxLayout;
    m_import = new QPushButton(tr("Import CSV..."));
    m_export = new QPushButton(tr("Export CSV..."));
    csv->addWidget(m_import);
    csv->addWidget(m_export);
    csv->addStretch(1);
    v->addLayout(csv);

    m_shares = new QLabel;
    m_shares->setObjectName(QStringLiteral("annotationShares"));
    m_shares->setWordWrap(true);
    m_shares->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_shares);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    v->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AnnotationPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = currentId())
            deleteAnnotation(id);
    });
    connect(m_import, &QPushButton::clicked, this, &AnnotationPanel::importRequested);
    connect(m_moveSession, &QPushButton::clicked, this, [this]() { moveSessionAnnotationsToCase(); });
    connect(m_export, &QPushButton::clicked, this, &AnnotationPanel::exportRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const qint64 id = i.data(AnnotationModel::IdRole).toLongLong();
        if (id) {
            m_model->setSelectedId(id);
            emit regionActivated(id);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        m_model->setSelectedId(currentId());
        updateState();
    });
    connect(model, &AnnotationModel::annotationsChanged, this, [this]() {
        // The model resets on every change: keep the picked annotation picked.
        const qint64 id = m_model->selectedId();
        if (id)
            selectAnnotation(id);
        updateState();
        updateShares();
    });
    connect(model, &AnnotationModel::storageChanged, this, [this]() {
        m_undo->clear(); // the history belongs to the clip (and case item) it was made on
        updateState();
    });
    updateState();
    updateShares();
}

qint64 AnnotationPanel::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() && m_table->selectionModel()->isRowSelected(i.row(), {})
               ? i.data(AnnotationModel::IdRole).toLongLong()
               : 0;
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(i);
    m_model->setSelectedId(id);
}

void AnnotationPanel::updateState()
{
    const bool editable = m_model->canEdit();
    m_storage->setText(m_model->storageText());
    const bool warn = m_model->storage() == AnnotationModel::Storage::Memory ||
                      m_model->storage() == AnnotationModel::Storage::ReadOnlyCase;
    m_storage->setStyleSheet(warn ? QStringLiteral("color: %1").arg(Theme::warningText().name()) : QString());
    const QString why = m_model->editBlocker();
    m_add->setEnabled(editable);
    m_add->setToolTip(editable ? tr("Annotate the selected time range (A)") : why);
    const bool picked = currentId() != 0;
    m_edit->setEnabled(editable && picked);
    m_delete->setEnabled(editable && picked);
    m_edit->setToolTip(editable ? tr("Edit the chosen annotation") : why);
    m_delete->setToolTip(editable ? tr("Delete the chosen annotation (undoable)") : why);
    m_import->setEnabled(editable);
    m_import->setToolTip(editable ? tr("Import annotations of this clip from a CSV (case format)") : why);
    m_export->setEnabled(m_model->storage() != AnnotationModel::Storage::NoClip && !m_model->annotations().isEmpty());
    const int pending = m_model->sessionAnnotationsPending();
    m_moveSession->setVisible(pending > 0);
    m_moveSession->setText(tr("Add the %n annotation(s) made before this clip was in the case", nullptr, pending));
    m_moveSession->setToolTip(tr("They were kept for this session only; this stores them in the case (each logged)."));
}

int AnnotationPanel::moveSessionAnnotationsToCase()
{
    try {
        const int n = m_model->moveSessionAnnotationsToCase();
        showMessage(tr("Stored %n session annotation(s) in the case.", nullptr, n), false);
        updateState();
        return n;
    } catch (const Error &e) {
        showMessage(e.message(), true);
        updateState();
        return -1;
    }
}

void AnnotationPanel::showMessage(const QString &text, bool error)
{
    if (error)
        m_error = text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1").arg(Theme::warningEdge().name()) : QString());
    m_message->setVisible(!text.isEmpty());
}

QString AnnotationPanel::messageText() const { return m_message->text(); }

bool AnnotationPanel::addAnnotation(const Annotation &a)
{
    if (!m_model->canEdit()) {
        showMessage(m_model->editBlocker(), true);
        return false;
    }
    QString err;
    auto *cmd = new AddAnnotationCommand(m_model, a);
    cmd->setErrorSink(&err);
    m_undo->push(cmd); // runs redo(); a refused command is obsolete and deleted at once
    if (!err.isEmpty()) {
        showMessage(err, true);
        return false;
    }
    cmd->setErrorSink(nullptr);
    selectAnnotation(cmd->annotationId());
    return true;
}

bool AnnotationPanel::editAnnotation(const Annotation &after)
{
    const auto before = m_model->find(after.id);
    if (!m_model->canEdit() || !before) {
        showMessage(before ? m_model->editBlocker() : tr("annotation %1 does not exist").arg(after.id), true);
        return false;
    }
    if (before->sameContent(after))
        return true;
    QString err;
    auto *cmd = new EditAnnotationCommand(m_model, *before, after);
    cmd->setErrorSink(&err);
    m_undo->push(cmd);
    if (!err.isEmpty()) {
        showMessage(err, true);
        return false;
    }
    cmd->setErrorSink(nullptr);
    return true;
}

bool AnnotationPanel::deleteAnnotation(qint64 id)
{
    const auto a = m_model->find(id);
    if (!m_model->canEdit() || !a) {
        showMessage(a ? m_model->editBlocker() : tr("annotation %1 does not exist").arg(id), true);
        return false;
    }
    QString err;
    auto *cmd = new DeleteAnnotationCommand(m_model, *a);
    cmd->setErrorSink(&err);
    m_undo->push(cmd);
    if (!err.isEmpty()) {
        showMessage(err, true);
        return false;
    }
    cmd->setErrorSink(nullptr);
    return true;
}

int AnnotationPanel::importCsv(const QString &path)
{
    if (!m_model->canEdit()) {
        showMessage(m_model->editBlocker(), true);
        return -1;
    }
    try {
        if (m_model->storage() == AnnotationModel::Storage::Case) {
            CaseSession *s = m_model->caseSession();
            const int n = s->caseFile()->importAnnotationsCsv(path);
            s->notifyAnnotationsChanged(m_model->caseItemId());
            m_model->reload();
            showMessage(tr("Imported %1 annotation(s) from %2 into the case (logged).").arg(n).arg(QFileInfo(path).fileName()), false);
            return n;
        }
        const AnnotationCsvRead read = readAnnotationsCsv(path);
        if (!read.ok()) {
            showMessage(tr("Nothing imported:\n%1").arg(read.problems.join(QLatin1Char('\n'))), true);
            return -1;
        }
        const QString sha = m_model->clipSha256();
        std::vector<Annotation> mine;
        int others = 0;
        for (const AnnotationCsvRow &r : read.rows) {
            if (r.evidenceSha256 == sha)
                mine.push_back(r.annotation);
            else
                ++others;
        }
        if (mine.empty() && !read.rows.empty()) {
            showMessage(tr("%1: none of its %2 row(s) is for this clip (SHA-256 %3): nothing imported")
                            .arg(path).arg(read.rows.size()).arg(sha), true);
            return -1;
        }
        QString err;
        m_undo->beginMacro(tr("import %1 annotation(s) from %2").arg(mine.size()).arg(QFileInfo(path).fileName()));
        for (const Annotation &a : mine) {
            auto *cmd = new AddAnnotationCommand(m_model, a);
            cmd->setErrorSink(&err);
            m_undo->push(cmd);
            if (!err.isEmpty())
                break;
            cmd->setErrorSink(nullptr);
        }
        m_undo->endMacro();
        if (!err.isEmpty()) {
            m_undo->undo(); // all or nothing, as the case's import
            showMessage(tr("Nothing imported: %1").arg(err), true);
            return -1;
        }
        showMessage(others ? tr("Imported %1 annotation(s); %2 row(s) for other evidence skipped.").arg(mine.size()).arg(others)
                           : tr("Imported %1 annotation(s).").arg(mine.size()),
                    false);
        return int(mine.size());
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return -1;
    }
}

bool AnnotationPanel::exportCsv(const QString &path)
{
    try {
        int n = 0;
        if (m_model->storage() == AnnotationModel::Storage::Case || m_model->storage() == AnnotationModel::Storage::ReadOnlyCase) {
            n = m_model->caseSession()->caseFile()->exportAnnotationsCsv(path, m_model->caseItemId(), true);
        } else if (m_model->storage() == AnnotationModel::Storage::Memory) {
            const QString sha = m_model->clipSha256();
            std::vector<std::pair<QString, Annotation>> rows;
            for (const Annotation &a : m_model->annotations())
                rows.emplace_back(sha, a);
            const QByteArray bytes = writeAnnotationsCsv(rows);
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                throw Error(path, tr("cannot write the annotations CSV: %1").arg(f.errorString()));
            n = int(rows.size());
        } else {
            throw Error(path, tr("no clip is open"));
        }
        showMessage(tr("Wrote %1 annotation(s) to %2.").arg(n).arg(QFileInfo(path).fileName()), false);
        return true;
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return false;
    }
}

void AnnotationPanel::setAttribution(std::vector<float> attribution, int sampleRate, const QString &description)
{
    m_attribution = std::move(attribution);
    m_rate = sampleRate;
    m_attributionDescription = description;
    updateShares();
}

AttributionShares AnnotationPanel::shares() const
{
    return attributionShareByCue(m_model->annotations(), m_attribution, m_rate);
}

QString AnnotationPanel::sharesText() const
{
    if (m_attribution.empty() || m_model->annotations().isEmpty())
        return {};
    const AttributionShares s = shares();
    if (s.total <= 0)
        return tr("The explanation's attribution is zero everywhere: no shares.");
    QStringList parts;
    for (Cue c : allCues()) {
        bool used = false;
        for (const Annotation &a : m_model->annotations())
            used = used || a.cue == c;
        if (used)
            parts << tr("%1 %2 %").arg(cueName(c)).arg(shownLocale().toString(100.0 * s.share(c), 'f', 1));
    }
    parts << tr("outside every annotation %1 %").arg(shownLocale().toString(100.0 * s.outside, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

void AnnotationPanel::updateShares()
{
    const QString text = sharesText();
    if (text.isEmpty()) {
        m_shares->setText(m_attribution.empty() ? tr("Run an explanation (Explain dock) to see how much of its attribution "
                                                     "lies in each cue type's regions.")
                                                : QString());
        return;
    }
    m_shares->setText(tr("Share of |attribution| per cue%1: %2")
                          .arg(m_attributionDescription.isEmpty() ? QString() : QStringLiteral(" (") + m_attributionDescription + QLatin1Char(')'), text));
}

} // namespace st
