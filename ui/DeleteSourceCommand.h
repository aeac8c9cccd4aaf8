#pragma once
// Undoable removal of a library source: redo = FingerprintLibrary::remove() (keeping the snapshot it
// returns: id, dates, attributes, every enrolment), undo = restore(snapshot), which puts the source
// back exactly. A removal the library refuses makes the command obsolete (see error()).
#include "library/FingerprintLibrary.h"

#include <QUndoCommand>
#include <functional>

namespace st {

class DeleteSourceCommand : public QUndoCommand
{
public:
    DeleteSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &name, std::function<void()> changed);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }
    /// Where redo() also writes its error (QUndoStack::push deletes an obsolete command at once).
    void setErrorSink(QString *sink) { m_sink = sink; }

private:
    FingerprintLibrary *m_lib;
    SourceLevel m_level;
    QString m_name;
    SourceSnapshot m_snapshot;
    std::function<void()> m_changed;
    QString m_error;
    QString *m_sink = nullptr;
};

} // namespace st
