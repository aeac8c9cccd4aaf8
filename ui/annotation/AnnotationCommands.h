#pragma once
// The undoable annotation edits: add, edit, delete. Each goes through AnnotationModel (so through the case file
// and its audit log when the clip is a case item): the undo of an add is a remove, the undo of a delete adds the
// annotation again (the case gives it a new id; AnnotationModel::alias() lets the older commands follow it), the
// undo of an edit writes the old content back; each is logged like any other change. redo() that the model
// refuses (st::Error) records why and makes the command obsolete, so QUndoStack::push drops it; undo() never lets
// an exception reach Qt's event loop.
#include "case/Annotation.h"

#include <QString>
#include <QUndoCommand>

namespace st {

class AnnotationModel;

class AnnotationCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;
    /// Where redo() and undo() write an error (the command itself may be deleted by push()).
    void setErrorSink(QString *sink) { m_sink = sink; }

protected:
    explicit AnnotationCommand(AnnotationModel *model) : m_model(model) {}
    virtual void apply() = 0;
    virtual void revert() = 0;
    AnnotationModel *m_model;

private:
    QString *m_sink = nullptr;
};

class AddAnnotationCommand : public AnnotationCommand
{
public:
    AddAnnotationCommand(AnnotationModel *model, const Annotation &a);
    qint64 annotationId() const { return m_id; }

private:
    void apply() override;
    void revert() override;
    Annotation m_a;
    qint64 m_id = 0;
};

class EditAnnotationCommand : public AnnotationCommand
{
public:
    EditAnnotationCommand(AnnotationModel *model, const Annotation &before, const Annotation &after);

private:
    void apply() override;
    void revert() override;
    Annotation m_before, m_after;
};

class DeleteAnnotationCommand : public AnnotationCommand
{
public:
    DeleteAnnotationCommand(AnnotationModel *model, const Annotation &a);

private:
    void apply() override;
    void revert() override;
    Annotation m_a;
    qint64 m_id;
};

} // namespace st
