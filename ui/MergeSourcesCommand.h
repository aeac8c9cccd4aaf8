#pragma once
// Undoable merge of two library sources of one level: redo = FingerprintLibrary::merge(level, from,
// into) (from's enrolments move into `into`, from is removed), keeping both snapshots it returns;
// undo = restore(from's snapshot) then restore(into's snapshot), which puts both back exactly.
// A merge the library refuses makes the command obsolete (see error()).
#include "library/FingerprintLibrary.h"

#include <QUndoCommand>
#include <functional>

namespace st {

class MergeSourcesCommand : public QUndoCommand
{
public:
    MergeSourcesCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from, const QString &into,
                        std::function<void()> changed);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }
    /// Where redo() also writes its error (QUndoStack::push deletes an obsolete command at once).
    void setErrorSink(QString *sink) { m_sink = sink; }

private:
    FingerprintLibrary *m_lib;
    SourceLevel m_level;
    QString m_from, m_into;
    std::pair<SourceSnapshot, SourceSnapshot> m_before;
    std::function<void()> m_changed;
    QString m_error;
    QString *m_sink = nullptr;
};

} // namespace st
