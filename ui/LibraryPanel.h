#pragma once
// The fingerprint library dock: open or create a library (.db), its sources as a tree by level with
// counts (LibrarySourceModel), enrolment of a folder of clips with its protocol TSV as a job (drop
// the folder on the dock, or Enrol...), and rename / merge / delete through a QUndoStack whose
// commands call the library's invertible operations. It also starts the jobs that need the library:
// the map (LibraryMap) and tracing the open clip (TraceTask), and announces their results.
// Library edits run on the GUI thread (one short SQLite transaction each); embedding clips and
// fitting back-ends run in jobs that open their own connection.
#include "LibraryMap.h"
#include "jobs/Job.h"
#include "library/SourceLevel.h"

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
    FingerprintLibrary *library() const { return m_lib.get(); }
    QString libraryPath() const;
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
    void fail(const QString &title, const QString &message);
    void showContextMenu(const QPoint &pos);
    void askRename(SourceLevel level, const QString &name);
    void askMerge(SourceLevel level, const QString &name);
    bool selected(SourceLevel &level, QString &name) const;

    JobManager *m_jobs;
    ModelCatalog *m_catalog;
    std::shared_ptr<ModelCache> m_cache;
    std::unique_ptr<FingerprintLibrary> m_lib;
    LibrarySourceModel *m_model;
    QUndoStack *m_undo;
    QTreeView *m_tree;
    QLabel *m_title;
    QToolButton *m_enrolButton;
    bool m_interactive = true;
    QString m_lastError;
    JobPtr m_mapJob;
};

} // namespace st
