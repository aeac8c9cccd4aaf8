#pragma once
// The fingerprint library dock: open or create a library (.db), its sources as a tree by level with
// counts (LibrarySourceModel), enrolment of a folder of clips with its protocol TSV as a job (drop
// the folder on the dock, or Enrol...), of picked clips or the open clip with labels asked per level
// (EnrolClipsDialog), and rename / merge / delete through a QUndoStack whose
// commands call the library's invertible operations. It also starts the jobs that need the library:
// the map (LibraryMap) and tracing the open clip (TraceTask), and announces their results.
// Library edits run on the GUI thread (one short SQLite transaction each); embedding clips and
// fitting back-ends run in jobs that open their own connection.
// With no library open, tracing uses the default library: library.db beside the default model's manifest
// (models/sourcetrace-default/), opened read-only once the model list is ready.
#include "tracing/LibraryMap.h"
#include "jobs/Job.h"
#include "library/LibraryEnroller.h"
#include "library/SourceLevel.h"

#include <QMap>
#include <QStringList>

#include <QWidget>
#include <memory>

class QLabel;
class QTreeView;
class QUndoStack;
class QToolButton;

namespace st {

class AudioFile;
class FingerprintLibrary;
class JobManager;
class LibrarySourceModel;
class ModelCache;
class ModelCatalog;
struct CatalogEntry;
struct EnrolmentOutcome;
struct TraceResult;

class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(JobManager *jobs, ModelCatalog *catalog, std::shared_ptr<ModelCache> cache, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    /// Dialogs for questions and errors only when interactive (off in tests and --screenshot).
    void setInteractive(bool on) { m_interactive = on; }

    bool openLibrary(const QString &path);
    /// Creates a new library bound to the usable catalog model `modelName`, and opens it.
    bool createLibrary(const QString &path, const QString &modelName);
    void closeLibrary();
    /// The library the user opened or created (null: none; tracing then uses the default library).
    FingerprintLibrary *library() const { return m_lib.get(); }
    QString libraryPath() const;
    /// The library trace() uses: the open one, else the default library (null when there is neither).
    FingerprintLibrary *traceLibrary() const { return m_lib ? m_lib.get() : m_defaultLib.get(); }
    /// True when trace() would use the default library.
    bool tracesDefaultLibrary() const { return !m_lib && m_defaultLib; }
    /// The default library's path when it was found and opened (read-only), else empty.
    QString defaultLibraryPath() const;
    /// library.db beside the manifest of the usable default model (ModelRegistry's defaultModelName()) among
    /// `entries`, when that file exists; else empty.
    static QString findDefaultLibrary(const QList<CatalogEntry> &entries);
    LibrarySourceModel *sourceModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QUndoStack *undoStack() const { return m_undo; }
    QString lastError() const { return m_lastError; }

    // Edits, undoable (false with lastError() when the library refuses).
    bool renameSource(SourceLevel level, const QString &from, const QString &to);
    bool mergeSources(SourceLevel level, const QString &from, const QString &into);
    bool removeSource(SourceLevel level, const QString &name);

    /// Enrols the clips of a project protocol (paths relative to `root`, default its folder) with the
    /// library's model, as a job. Null (lastError()) when it cannot start. The undo history is cleared
    /// when it finishes (its snapshots predate the new enrolments).
    JobPtr enrolProtocol(const QString &protocolTsv, const QString &root = {});
    /// A folder: its protocol.tsv (or only .tsv); asks for one when interactive.
    JobPtr enrolFolder(const QString &folder);
    /// Enrols picked clips with one label per level (EnrolClipsDialog::clips) with the library's model, as a
    /// job; null (lastError()) when it cannot start. Clears the undo history when it finishes, as above.
    JobPtr enrolClips(const QStringList &paths, const QMap<SourceLevel, QString> &labels);
    /// Asks for the labels in an EnrolClipsDialog (always modal, also when not interactive), then enrolClips.
    /// Null when cancelled or refused.
    JobPtr askAndEnrolClips(const QStringList &paths);
    /// The clip open in the window (empty: none); enables "Enrol open clip...".
    void setOpenClip(const QString &path);
    QString openClip() const { return m_openClip; }
    /// Traces a clip with the library's model and `backend`, as a job; traceFinished() follows.
    JobPtr trace(std::shared_ptr<const AudioFile> clip, const QString &backend);
    /// Why trace() cannot run now (empty when it can).
    QString traceBlocker(bool haveClip) const;
    /// Recomputes the map (a job); mapReady() follows.
    JobPtr refreshMap();

    // The dialogs behind the buttons (interactive use).
    void chooseOpen();
    void chooseCreate();
    void chooseEnrol();
    /// File dialog (multi-select) for clips, then askAndEnrolClips.
    void chooseEnrolClips();

signals:
    void libraryChanged();
    void mapReady(std::shared_ptr<const LibraryMap> map);
    void traceFinished(std::shared_ptr<const TraceResult> result);
    void traceFailed(const QString &message);
    void enrolFinished(const QString &summary);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;

private:
    void reload();
    /// Opens (or drops) the default library after the model list changed.
    void updateDefaultLibrary();
    void fail(const QString &title, const QString &message);
    void showContextMenu(const QPoint &pos);
    void askRename(SourceLevel level, const QString &name);
    void askMerge(SourceLevel level, const QString &name);
    bool selected(SourceLevel &level, QString &name) const;

    JobManager *m_jobs;
    ModelCatalog *m_catalog;
    std::shared_ptr<ModelCache> m_cache;
    std::unique_ptr<FingerprintLibrary> m_lib;
    std::unique_ptr<FingerprintLibrary> m_defaultLib; ///< read-only
    QString m_defaultLibError;                        ///< why the default library could not be opened
    LibrarySourceModel *m_model;
    QUndoStack *m_undo;
    QTreeView *m_tree;
    QLabel *m_title;
    QToolButton *m_enrolButton;
    QToolButton *m_enrolClipsButton;
    QToolButton *m_enrolOpenButton;
    QString m_openClip;
    JobPtr startEnrolment(std::vector<ClipToEnrol> clips, const QString &what);
    bool m_interactive = true;
    QString m_lastError;
    JobPtr m_mapJob;
};

} // namespace st
