#pragma once
// Undoable rename of a library source: redo = FingerprintLibrary::rename(level, from, to), undo =
// the reverse rename. A rename the library refuses (the new name exists, the source is gone) makes
// the command obsolete, so QUndoStack::push drops it; error() then says why.
#include "library/SourceLevel.h"

#include <QUndoCommand>
#include <functional>

namespace st {

class FingerprintLibrary;

class RenameSourceCommand : public QUndoCommand
{
public:
    /// `changed` runs after every successful redo/undo (the panel reloads its tree).
    RenameSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from, const QString &to,
                        std::function<void()> changed);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }
    /// Where redo() also writes its error (QUndoStack::push deletes an obsolete command at once).
    void setErrorSink(QString *sink) { m_sink = sink; }

private:
    FingerprintLibrary *m_lib;
    SourceLevel m_level;
    QString m_from, m_to;
    std::function<void()> m_changed;
    QString m_error;
    QString *m_sink = nullptr;
};

} // namespace st
