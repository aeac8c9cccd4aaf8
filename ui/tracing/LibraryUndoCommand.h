#pragma once
// The shared frame of the library's undoable edits (rename, merge, delete): redo() applies the edit
// and, if the library refuses it (Error), records why and makes the command obsolete so that
// QUndoStack::push drops it; undo() reverts it without letting an exception reach Qt's event loop.
// After every successful redo/undo `changed` runs (the panel reloads its tree).
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace st {

class FingerprintLibrary;

class LibraryUndoCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;
    QString error() const { return m_error; }
    /// Where redo() also writes its error (QUndoStack::push deletes an obsolete command at once).
    void setErrorSink(QString *sink) { m_sink = sink; }

protected:
    LibraryUndoCommand(FingerprintLibrary *lib, std::function<void()> changed) : m_lib(lib), m_changed(std::move(changed)) {}
    /// The edit and its reverse; both throw st::Error when the library refuses.
    virtual void apply() = 0;
    virtual void revert() = 0;

    FingerprintLibrary *m_lib;

private:
    std::function<void()> m_changed;
    QString m_error;
    QString *m_sink = nullptr;
};

} // namespace st
