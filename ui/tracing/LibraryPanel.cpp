#include "tracing/LibraryPanel.h"
#include "tracing/EnrolClipsDialog.h"

#include "tracing/DeleteSourceCommand.h"
#include "detection/DetectionTask.h"
#include "tracing/LibrarySourceModel.h"
#include "tracing/MergeSourcesCommand.h"
#include "catalog/ModelCatalog.h"
#include "tracing/ProtocolEnrolment.h"
#include "common/SafeFileDialog.h"
#include "tracing/RenameSourceCommand.h"
#include "tracing/TraceTask.h"
#include "audio/AudioFile.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "library/LibraryEnroller.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QDragEnterEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace st {

LibraryPanel::LibraryPanel(JobManager *jobs, ModelCatalog *catalog, std::shared_ptr<ModelCache> cache, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_catalog(catalog), m_cache(std::move(cache)), m_model(new LibrarySourceModel(this)),
      m_undo(new QUndoStack(this))
{
    setAcceptDrops(true);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("New..."), tr("Create a library bound to one embedding model"), [this]() { chooseCreate(); });
    button(tr("Open..."), tr("Open a library (.db)"), [this]() { chooseOpen(); });
    m_enrolButton = button(tr("Enrol..."), tr("Enrol a folder of clips with its protocol TSV (or drop the folder here)"),
                           [this]() { chooseEnrol(); });
    m_enrolClipsButton = button(tr("Enrol clips..."), tr("Pick clips and give their labels (attack, acoustic model, "
                                                          "vocoder, codec)"),
                                [this]() { chooseEnrolClips(); });
    m_enrolOpenButton = button(tr("Enrol open clip..."), tr("Enrol the clip open in the window, with labels you give"),
                               [this]() {
                                   if (!m_openClip.isEmpty())
                                       askAndEnrolClips({m_openClip});
                               });
    auto *undo = new QToolButton;
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    auto *redo = new QToolButton;
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("Redo")));
    bar->addStretch(1);
    bar->addWidget(undo);
    bar->addWidget(redo);
    v->addLayout(bar);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_title);
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    v->addWidget(m_tree, 1);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    connect(m_catalog, &ModelCatalog::ready, this, &LibraryPanel::updateDefaultLibrary);
    if (m_catalog->isReady())
        updateDefaultLibrary();
    else
        reload();
}

LibraryPanel::~LibraryPanel()
{
    if (m_mapJob)
        m_mapJob->cancel();
}

QString LibraryPanel::libraryPath() const { return m_lib ? m_lib->path() : QString(); }

QString LibraryPanel::defaultLibraryPath() const { return m_defaultLib ? m_defaultLib->path() : QString(); }

QString LibraryPanel::findDefaultLibrary(const QList<CatalogEntry> &entries)
{
    for (const CatalogEntry &e : entries) {
        if (e.name != defaultModelName() || !e.usable || e.manifest.manifestPath.isEmpty())
            continue;
        const QString p = QFileInfo(e.manifest.manifestPath).absoluteDir().filePath(QStringLiteral("library.db"));
        return QFileInfo::exists(p) ? p : QString();
    }
    return {};
}

void LibraryPanel::updateDefaultLibrary()
{
    const QString path = findDefaultLibrary(m_catalog->entries());
    if (path != defaultLibraryPath()) {
        m_defaultLib.reset();
        m_defaultLibError.clear();
        if (!path.isEmpty()) {
            try {
                // Read-only: the shipped library is never changed by tracing, and edits go to a library the user opens.
                m_defaultLib = std::make_unique<FingerprintLibrary>(path, LibraryAccess::ReadOnly);
            } catch (const std::exception &e) {
                m_defaultLibError = QString::fromUtf8(e.what());
            }
        }
    }
    reload();
}

void LibraryPanel::fail(const QString &title, const QString &message)
{
    m_lastError = message;
    emit errorOccurred(title, message);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

void LibraryPanel::reload()
{
    m_model->reload(m_lib.get());
    if (m_lib) {
        int sources = 0;
        for (SourceLevel l : allSourceLevels())
            sources += m_model->sourceCount(l);
        const QString count = sources == 1 ? tr("1 source") : tr("%1 sources").arg(sources);
        m_title->setText(tr("<b>%1</b><br>model %2; %3")
                             .arg(QFileInfo(m_lib->path()).fileName().toHtmlEscaped(), m_lib->model().describe().toHtmlEscaped(), count));
        m_title->setToolTip(m_lib->path());
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_tree->setExpanded(m_model->index(r, 0), m_model->rowCount(m_model->index(r, 0)) <= 30);
    } else if (m_defaultLib) {
        m_title->setText(tr("No library open: tracing uses the default library <b>%1</b> (read-only, model %2). Open or "
                            "create one (a .db file) to trace against your own.")
                             .arg(QFileInfo(m_defaultLib->path()).fileName().toHtmlEscaped(),
                                  m_defaultLib->model().describe().toHtmlEscaped()));
        m_title->setToolTip(QDir::toNativeSeparators(m_defaultLib->path()));
    } else {
        m_title->setText(tr("No library open. Open or create one (a .db file)."));
        m_title->setToolTip(m_defaultLibError);
    }
    m_enrolButton->setEnabled(m_lib != nullptr);
    m_enrolClipsButton->setEnabled(m_lib != nullptr);
    m_enrolOpenButton->setEnabled(m_lib != nullptr && !m_openClip.isEmpty());
    emit libraryChanged();
}

bool LibraryPanel::openLibrary(const QString &path)
{
    std::unique_ptr<FingerprintLibrary> lib;
    try {
        // A library on read-only media (or of another user) is shown read-only: edits then say why they fail.
        const QFileInfo fi(path);
        const bool writable = !fi.exists() || (fi.isWritable() && QFileInfo(fi.absolutePath()).isWritable());
        lib = std::make_unique<FingerprintLibrary>(fi.absoluteFilePath(), writable ? LibraryAccess::ReadWrite : LibraryAccess::ReadOnly);
    } catch (const std::exception &e) {
        fail(tr("Open library"), QString::fromUtf8(e.what()));
        return false;
    }
    m_undo->clear();
    m_lib = std::move(lib);
    m_lastError.clear();
    reload();
    refreshMap();
    return true;
}

bool LibraryPanel::createLibrary(const QString &path, const QString &modelName)
{
    const CatalogEntry *e = m_catalog->find(modelName);
    if (!e || !e->usable) {
        fail(tr("New library"), tr("model \"%1\" is not a usable model (see the Models menu)").arg(modelName));
        return false;
    }
    try {
        FingerprintLibrary::create(QFileInfo(path).absoluteFilePath(), ModelBinding::of(e->manifest));
    } catch (const std::exception &ex) {
        fail(tr("New library"), QString::fromUtf8(ex.what()));
        return false;
    }
    return openLibrary(path);
}

void LibraryPanel::closeLibrary()
{
    m_undo->clear();
    m_lib.reset();
    reload();
    emit mapReady(nullptr);
}

bool LibraryPanel::renameSource(SourceLevel level, const QString &from, const QString &to)
{
    if (!m_lib)
        return false;
    if (to.trimmed().isEmpty() || to == from) {
        m_lastError = tr("a source needs a new, non-empty name");
        return false;
    }
    QString err;
    auto *cmd = new RenameSourceCommand(m_lib.get(), level, from, to.trimmed(), [this]() { reload(); refreshMap(); });
    cmd->setErrorSink(&err);
    const int before = m_undo->index();
    m_undo->push(cmd); // runs redo(); an obsolete (refused) command is deleted at once
    if (!err.isEmpty() || m_undo->index() == before) {
        fail(tr("Rename source"), err);
        return false;
    }
    cmd->setErrorSink(nullptr);
    return true;
}

bool LibraryPanel::mergeSources(SourceLevel level, const QString &from, const QString &into)
{
    if (!m_lib)
        return false;
    QString err;
    auto *cmd = new MergeSourcesCommand(m_lib.get(), level, from, into, [this]() { reload(); refreshMap(); });
    cmd->setErrorSink(&err);
    const int before = m_undo->index();
    m_undo->push(cmd);
    if (!err.isEmpty() || m_undo->index() == before) {
        fail(tr("Merge sources"), err);
        return false;
    }
    cmd->setErrorSink(nullptr);
    return true;
}

bool LibraryPanel::removeSource(SourceLevel level, const QString &name)
{
    if (!m_lib)
        return false;
    QString err;
    auto *cmd = new DeleteSourceCommand(m_lib.get(), level, name, [this]() { reload(); refreshMap(); });
    cmd->setErrorSink(&err);
    const int before = m_undo->index();
    m_undo->push(cmd);
    if (!err.isEmpty() || m_undo->index() == before) {
        fail(tr("Delete source"), err);
        return false;
    }
    cmd->setErrorSink(nullptr);
    return true;
}

JobPtr LibraryPanel::enrolProtocol(const QString &protocolTsv, const QString &root)
{
    if (!m_lib) {
        fail(tr("Enrol"), tr("Open or create a library first."));
        return nullptr;
    }
    ModelManifest m;
    std::vector<ClipToEnrol> clips;
    try {
        m = TraceTask::modelFor(m_lib->model(), m_catalog->entries());
        clips = clipsFromProtocol(protocolTsv, root);
    } catch (const std::exception &e) {
        fail(tr("Enrol"), QString::fromUtf8(e.what()));
        return nullptr;
    }
    if (clips.empty()) {
        fail(tr("Enrol"), tr("%1: no labelled clips").arg(protocolTsv));
        return nullptr;
    }
    return startEnrolment(std::move(clips), QFileInfo(protocolTsv).fileName());
}

JobPtr LibraryPanel::startEnrolment(std::vector<ClipToEnrol> clips, const QString &what)
{
    ModelManifest m;
    try {
        m = TraceTask::modelFor(m_lib->model(), m_catalog->entries());
    } catch (const std::exception &e) {
        fail(tr("Enrol"), QString::fromUtf8(e.what()));
        return nullptr;
    }
    auto cache = m_cache;
    auto embed = [m, cache](const QString &path) {
        AudioFile f(path);
        return TraceTask::embedClip(m, f, *cache);
    };
    auto outcome = std::make_shared<EnrolmentOutcome>();
    const int n = int(clips.size());
    JobPtr job = LibraryEnroller::makeJob(m_lib->path(), std::move(clips), embed, outcome);
    QPointer<LibraryPanel> self(this);
    const QString proto = what;
    job->onFinished([self, outcome, n, proto](const Job &j) {
        if (!self)
            return;
        self->m_undo->clear(); // the snapshots of earlier edits predate these enrolments
        self->reload();
        self->refreshMap();
        const QString summary = tr("%1: %2 clips, %3 added, %4 already enrolled, %5 failed")
                                    .arg(proto)
                                    .arg(n)
                                    .arg(outcome->report.added)
                                    .arg(outcome->report.skipped)
                                    .arg(outcome->failures.size());
        if (j.state() == JobState::Failed)
            self->fail(tr("Enrol"), j.errorMessage() + QStringLiteral("\n") + summary);
        else
            emit self->enrolFinished(summary + (outcome->failures.isEmpty() ? QString() : QStringLiteral("\n") + outcome->failures.join(QLatin1Char('\n'))));
    });
    m_jobs->submit(job);
    return job;
}

JobPtr LibraryPanel::enrolClips(const QStringList &paths, const QMap<SourceLevel, QString> &labels)
{
    if (!m_lib) {
        fail(tr("Enrol"), tr("Open or create a library first."));
        return nullptr;
    }
    if (paths.isEmpty()) {
        fail(tr("Enrol"), tr("No clips to enrol."));
        return nullptr;
    }
    std::vector<ClipToEnrol> clips = EnrolClipsDialog::clips(paths, labels);
    if (clips.front().labels.isEmpty()) {
        fail(tr("Enrol"), tr("Give a label at one level at least (attack, acoustic model, vocoder or codec)."));
        return nullptr;
    }
    for (const QString &p : paths)
        if (!QFileInfo(p).isFile()) {
            fail(tr("Enrol"), tr("%1: no such file").arg(p));
            return nullptr;
        }
    return startEnrolment(std::move(clips), paths.size() == 1 ? QFileInfo(paths.front()).fileName()
                                                              : tr("%1 picked clips").arg(paths.size()));
}

JobPtr LibraryPanel::askAndEnrolClips(const QStringList &paths)
{
    if (!m_lib) {
        fail(tr("Enrol"), tr("Open or create a library first."));
        return nullptr;
    }
    EnrolClipsDialog dialog(paths, m_lib.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return enrolClips(dialog.paths(), dialog.labels());
}

void LibraryPanel::setOpenClip(const QString &path)
{
    m_openClip = path;
    m_enrolOpenButton->setEnabled(m_lib != nullptr && !m_openClip.isEmpty());
    m_enrolOpenButton->setToolTip(path.isEmpty() ? tr("No clip is open")
                                                 : tr("Enrol %1 with labels you give").arg(QFileInfo(path).fileName()));
}

void LibraryPanel::chooseEnrolClips()
{
    const QStringList files = safeOpenFileNames(this, tr("Clips to enrol"), QString(),
                                                            tr("Audio (*.wav *.flac *.ogg *.mp3 *.opus);;All files (*)"));
    if (!files.isEmpty())
        askAndEnrolClips(files);
}

JobPtr LibraryPanel::enrolFolder(const QString &folder)
{
    QString proto = findProtocolIn(folder);
    if (proto.isEmpty() && m_interactive)
        proto = safeOpenFileName(this, tr("Protocol of %1").arg(folder), folder, tr("Protocol (*.tsv)"));
    if (proto.isEmpty()) {
        fail(tr("Enrol"), tr("%1: no protocol.tsv (or single .tsv) found; use Enrol... to choose one").arg(folder));
        return nullptr;
    }
    return enrolProtocol(proto, folder);
}

QString LibraryPanel::traceBlocker(bool haveClip) const
{
    const FingerprintLibrary *lib = traceLibrary();
    if (!lib)
        return m_defaultLibError.isEmpty() ? tr("Open a library first")
                                           : tr("Open a library first (the default library cannot be used: %1)").arg(m_defaultLibError);
    if (!haveClip)
        return tr("Open a clip first");
    if (!m_catalog->isReady())
        return tr("Checking the models...");
    try {
        TraceTask::modelFor(lib->model(), m_catalog->entries());
    } catch (const Error &e) {
        return e.message();
    }
    if (lib->levels().empty())
        return tr("The library has no sources yet: enrol some first");
    return {};
}

JobPtr LibraryPanel::trace(std::shared_ptr<const AudioFile> clip, const QString &backend)
{
    const QString why = traceBlocker(clip != nullptr);
    if (!why.isEmpty()) {
        m_lastError = why;
        emit traceFailed(why);
        return nullptr;
    }
    const FingerprintLibrary *lib = traceLibrary();
    const bool isDefault = tracesDefaultLibrary();
    const ModelManifest m = TraceTask::modelFor(lib->model(), m_catalog->entries());
    auto out = std::make_shared<TraceResult>();
    JobPtr job = TraceTask::makeJob(lib->path(), m, std::move(clip), m_cache, backend, out);
    QPointer<LibraryPanel> self(this);
    job->onFinished([self, out, isDefault](const Job &j) {
        if (!self)
            return;
        out->defaultLibrary = isDefault;
        if (j.state() == JobState::Succeeded)
            emit self->traceFinished(out);
        else
            emit self->traceFailed(j.state() == JobState::Failed ? j.errorMessage() : tr("Trace cancelled."));
    });
    m_jobs->submit(job);
    return job;
}

JobPtr LibraryPanel::refreshMap()
{
    if (m_mapJob)
        m_mapJob->cancel();
    if (!m_lib) {
        emit mapReady(nullptr);
        return nullptr;
    }
    const QString path = m_lib->path();
    auto out = std::make_shared<LibraryMap>();
    JobPtr job = std::make_shared<Job>(tr("Library map (PCA)"), [path, out](JobContext &ctx) {
        ctx.setProgress(0.1, QStringLiteral("reading"));
        FingerprintLibrary lib(path, LibraryAccess::ReadOnly); // the map reads only
        *out = LibraryMap::build(lib);
        return QVariant(int(out->points.size()));
    });
    QPointer<LibraryPanel> self(this);
    job->onFinished([self, out, path](const Job &j) {
        if (!self || j.state() != JobState::Succeeded || self->libraryPath() != path)
            return;
        emit self->mapReady(out);
    });
    m_mapJob = job;
    m_jobs->submit(job);
    return job;
}

bool LibraryPanel::selected(SourceLevel &level, QString &name) const
{
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
    if (!i.isValid() || !i.data(LibrarySourceModel::IsSourceRole).toBool())
        return false;
    level = SourceLevel(i.data(LibrarySourceModel::LevelRole).toInt());
    name = i.data(LibrarySourceModel::NameRole).toString();
    return true;
}

void LibraryPanel::showContextMenu(const QPoint &pos)
{
    m_tree->setCurrentIndex(m_tree->indexAt(pos));
    SourceLevel level;
    QString name;
    if (!selected(level, name))
        return;
    QMenu menu(this);
    connect(menu.addAction(tr("Rename %1...").arg(name)), &QAction::triggered, this, [=]() { askRename(level, name); });
    connect(menu.addAction(tr("Merge %1 into...").arg(name)), &QAction::triggered, this, [=]() { askMerge(level, name); });
    connect(menu.addAction(tr("Delete %1").arg(name)), &QAction::triggered, this, [=]() { removeSource(level, name); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void LibraryPanel::askRename(SourceLevel level, const QString &name)
{
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename source"), tr("New name of %1 %2:").arg(LibrarySourceModel::levelTitle(level), name),
                                             QLineEdit::Normal, name, &ok);
    if (ok && to != name)
        renameSource(level, name, to);
}

void LibraryPanel::askMerge(SourceLevel level, const QString &name)
{
    QStringList others;
    for (const SourceInfo &s : m_lib->sources(level))
        if (s.name != name)
            others << s.name;
    if (others.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge source"), tr("Move the enrolments of %1 into:").arg(name), others, 0,
                                               false, &ok);
    if (ok)
        mergeSources(level, name, into);
}

void LibraryPanel::chooseOpen()
{
    const QString path = safeOpenFileName(this, tr("Open library"), {}, tr("Fingerprint library (*.db);;All files (*)"));
    if (!path.isEmpty())
        openLibrary(path);
}

void LibraryPanel::chooseCreate()
{
    QStringList names;
    for (const CatalogEntry &e : m_catalog->entries())
        if (e.usable)
            names << e.name;
    if (names.isEmpty()) {
        fail(tr("New library"), tr("No usable model: a library is bound to an embedding model (see the Models menu)."));
        return;
    }
    bool ok = false;
    const int pref = std::max(0, int(names.indexOf(QStringLiteral("aasist-stopa"))));
    const QString model = QInputDialog::getItem(this, tr("New library"), tr("Embedding model of the library:"), names, pref, false, &ok);
    if (!ok)
        return;
    QString path = safeSaveFileName(this, tr("New library"), QStringLiteral("library.db"), tr("Fingerprint library (*.db)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".db")))
        path += QStringLiteral(".db");
    createLibrary(path, model);
}

void LibraryPanel::chooseEnrol()
{
    const QString folder = safeExistingDirectory(this, tr("Folder of clips to enrol"));
    if (folder.isEmpty())
        return;
    QString proto = findProtocolIn(folder);
    proto = safeOpenFileName(this, tr("Protocol (file, attack, acoustic_model, waveform_generator, codec)"),
                                         proto.isEmpty() ? folder : proto, tr("Protocol (*.tsv)"));
    if (!proto.isEmpty())
        enrolProtocol(proto, folder);
}

void LibraryPanel::dragEnterEvent(QDragEnterEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls())
        if (u.isLocalFile() && (QFileInfo(u.toLocalFile()).isDir() || u.toLocalFile().endsWith(QLatin1String(".db")))) {
            e->acceptProposedAction();
            return;
        }
}

void LibraryPanel::dropEvent(QDropEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls()) {
        const QString p = u.toLocalFile();
        if (p.endsWith(QLatin1String(".db"))) {
            openLibrary(p);
        } else if (QFileInfo(p).isDir()) {
            enrolFolder(p);
        } else {
            continue;
        }
        e->acceptProposedAction();
        return;
    }
}

} // namespace st
