#pragma once
// Undoable rename of a library source: redo = FingerprintLibrary::rename(level, from, to), undo =
// the reverse rename. A rename the library refuses (the new name exists, the source is gone) makes
// the command obsolete, so QUndoStack::push drops it; error() then says why.
#include "tracing/LibraryUndoCommand.h"
#include "library/SourceLevel.h"

namespace st {

class RenameSourceCommand : public LibraryUndoCommand
{
public:
    /// `changed` runs after every successful redo/undo (the panel reloads its tree).
    RenameSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from, const QString &to,
                        std::function<void()> changed);

protected:
    void apply() override;
    void revert() override;

private:
    SourceLevel m_level;
    QString m_from, m_to;
};

} // namespace st
