#pragma once
// Undoable merge of two library sources of one level: redo = FingerprintLibrary::merge(level, from,
// into) (from's enrolments move into `into`, from is removed), keeping both snapshots it returns;
// undo = restore(from's snapshot) then restore(into's snapshot), which puts both back exactly.
// A merge the library refuses makes the command obsolete (see error()).
#include "tracing/LibraryUndoCommand.h"
#include "library/FingerprintLibrary.h"

namespace st {

class MergeSourcesCommand : public LibraryUndoCommand
{
public:
    MergeSourcesCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from, const QString &into,
                        std::function<void()> changed);

protected:
    void apply() override;
    void revert() override;

private:
    SourceLevel m_level;
    QString m_from, m_into;
    std::pair<SourceSnapshot, SourceSnapshot> m_before;
};

} // namespace st
