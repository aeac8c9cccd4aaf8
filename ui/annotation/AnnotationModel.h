#pragma once
// The annotations of the clip loaded in the viewer, as a table (start, end, cue, locality, audible, text) and as
// the data of the AnnotationLayer. Where they are kept depends on the clip:
//   - a case item (CaseSession::currentItemId() >= 0) of a writable case: in the case file, every change through
//     CaseFile add/update/removeAnnotation (each logged in its audit log), then CaseSession::notifyAnnotationsChanged;
//   - a case item of a read-only case: shown, not editable (editBlocker() says why);
//   - a clip outside any case: in memory for this session only (storageText() says they are not saved until the
//     clip is added to a case); reopening the same file in the session shows them again.
// Edits throw st::Error with the case's or annotationProblem()'s words; the undo commands (AnnotationCommands.h)
// call them. A case gives a re-added annotation a new id: alias() lets older commands follow it.
#include "case/Annotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace st {

class CaseSession;

class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartColumn, EndColumn, CueColumn, LocalityColumn, AudibleColumn, TextColumn, ColumnCount };
    enum class Storage { NoClip, Memory, Case, ReadOnlyCase };
    /// Raw values for sorting (seconds, cue index, locality, 0/1, text); id in IdRole.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit AnnotationModel(QObject *parent = nullptr);

    /// Follows the session's case and current item (reloads on every change of either, and on annotationsChanged).
    void setCaseSession(CaseSession *session);
    /// The clip in the viewer (empty path: none). `sha256` may be empty (computed when an import/export needs it).
    void setClip(const QString &path, const QString &sha256 = {});
    void setClipSha256(const QString &sha256);
    QString clipPath() const { return m_path; }
    /// The clip's SHA-256 (hashing the file, read-only, when it is not known yet). Throws st::Error.
    QString clipSha256();

    Storage storage() const { return m_storage; }
    /// One sentence for the panel's status line: where the annotations are kept.
    QString storageText() const;
    bool canEdit() const { return m_storage == Storage::Memory || m_storage == Storage::Case; }
    /// Why editing is refused (no clip, read-only case and its reason); empty when editing is possible.
    QString editBlocker() const;
    qint64 caseItemId() const { return m_item; }
    CaseSession *caseSession() const { return m_session; }

    const QList<Annotation> &annotations() const { return m_list; }
    std::optional<Annotation> find(qint64 id) const;
    int rowOf(qint64 id) const;

    /// The edits (st::Error when refused). add() returns the stored annotation (its id set).
    Annotation add(Annotation a);
    Annotation update(const Annotation &a);
    void remove(qint64 id);
    /// The id an annotation now has, following alias() links.
    qint64 resolve(qint64 id) const;
    void alias(qint64 from, qint64 to);

    /// Annotations made in this session on the clip before it became a case item (0 outside a writable case item).
    int sessionAnnotationsPending() const;
    /// Stores them in the case (each logged as annotation.added) and forgets the session copies; returns how many.
    /// Throws st::Error (those stored before the error stay stored and are no longer pending).
    int moveSessionAnnotationsToCase();

    /// Rereads the case (or the session's memory).
    void reload();

    /// The annotation picked in the panel or the viewer (0: none); drawn highlighted.
    qint64 selectedId() const { return m_selected; }
    void setSelectedId(qint64 id);

    // QAbstractTableModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

signals:
    /// The list changed (edit, undo, reload).
    void annotationsChanged();
    /// Where they are kept changed (another clip, item or case): the undo history no longer applies.
    void storageChanged();
    void selectedChanged(qint64 id);

private:
    void rebind();
    void setList(QList<Annotation> list);

    CaseSession *m_session = nullptr;
    QString m_path, m_sha;
    Storage m_storage = Storage::NoClip;
    qint64 m_item = -1;
    QList<Annotation> m_list;
    QHash<QString, QList<Annotation>> m_memory; ///< by clip path, for the session
    qint64 m_nextMemoryId = 1;
    QHash<qint64, qint64> m_alias;
    qint64 m_selected = 0;
};

} // namespace st
