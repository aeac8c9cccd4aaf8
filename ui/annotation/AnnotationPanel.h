#pragma once
// The Annotations dock: where the clip's annotations are kept (status line), a sortable table (start, end, cue,
// locality, audible, text; double-click selects the region in the viewer), buttons to annotate the selection,
// edit, delete, import and export CSV, and, when an explanation of the clip is on screen, the share of its
// absolute attribution inside the regions of each cue type (attributionShareByCue). Every change is an undoable
// command on undoStack() (AnnotationCommands.h); the functions below are what the buttons and menu actions do,
// public so that tests drive them without dialogs. Import and export use the case's CSV format
// (case/AnnotationCsv.h): through the case file for a case item, matched on the clip's SHA-256 otherwise.
#include "case/Annotation.h"

#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace st {

class AnnotationModel;

class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationPanel(AnnotationModel *model, QWidget *parent = nullptr);

    AnnotationModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QTableView *table() const { return m_table; }
    /// The annotation of the table's current row (0: none).
    qint64 currentId() const;
    /// Makes `id` the current row (and the model's selected annotation).
    void selectAnnotation(qint64 id);

    /// Undoable edits; false (lastError()) when refused.
    bool addAnnotation(const Annotation &a);
    bool editAnnotation(const Annotation &after);
    bool deleteAnnotation(qint64 id);
    /// Imports the rows of an annotations CSV for this clip; returns how many, or -1 (lastError(): every bad row as
    /// "file:line: cause", one a line). In a case: one logged import (not undoable); outside: one undoable step.
    int importCsv(const QString &path);
    /// Writes the clip's annotations as CSV (overwrites: the file dialog asked). False (lastError()) on failure.
    bool exportCsv(const QString &path);
    /// Stores the annotations made on this clip in the session, before it became a case item, in the case (what the
    /// "Add N session annotations to the case" button does; not an undo step, each logged). -1 on failure.
    int moveSessionAnnotationsToCase();
    QString lastError() const { return m_error; }
    /// The last message shown under the table (result of an import/export, an error).
    QString messageText() const;

    /// The attribution (one value per sample at `sampleRate`, from the clip's start) of the explanation on screen;
    /// an empty vector hides the shares.
    void setAttribution(std::vector<float> attribution, int sampleRate, const QString &description = {});
    bool hasAttribution() const { return !m_attribution.empty(); }
    AttributionShares shares() const;
    /// "glitch 41.2 %, breath 3.0 %, outside every annotation 55.8 %" (cues with annotations only), or empty.
    QString sharesText() const;

signals:
    /// "Annotate selection..." was pressed.
    void addRequested();
    void editRequested(qint64 id);
    /// Double-click: show and select this annotation's region in the viewer.
    void regionActivated(qint64 id);
    void importRequested();
    void exportRequested();

private:
    void updateState();
    void updateShares();
    void showMessage(const QString &text, bool error);

    AnnotationModel *m_model;
    QUndoStack *m_undo;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_storage, *m_shares, *m_message;
    QPushButton *m_add, *m_edit, *m_delete, *m_import, *m_export, *m_moveSession;
    std::vector<float> m_attribution;
    int m_rate = 0;
    QString m_attributionDescription;
    QString m_error;
};

} // namespace st
