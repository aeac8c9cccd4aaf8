#pragma once
// Undoable removal of a library source: redo = FingerprintLibrary::remove() (keeping the snapshot it
// returns: id, dates, attributes, every enrolment), undo = restore(snapshot), which puts the source
// back exactly. A removal the library refuses makes the command obsolete (see error()).
#include "tracing/LibraryUndoCommand.h"
#include "library/FingerprintLibrary.h"

namespace st {

class DeleteSourceCommand : public LibraryUndoCommand
{
public:
    DeleteSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &name, std::function<void()> changed);

protected:
    void apply() override;
    void revert() override;

private:
    SourceLevel m_level;
    QString m_name;
    SourceSnapshot m_snapshot;
};

} // namespace st
