#include "tracing/LibraryUndoCommand.h"

#include "util/Error.h"

namespace st {

void LibraryUndoCommand::redo()
{
    try {
        apply();
    } catch (const Error &e) {
        m_error = e.message();
        if (m_sink)
            *m_sink = m_error;
        setObsolete(true);
        return;
    }
    if (m_changed)
        m_changed();
}

void LibraryUndoCommand::undo()
{
    // Undo is called from Qt's event loop, which must not see an exception.
    try {
        revert();
    } catch (const Error &e) {
        m_error = e.message();
        qWarning("%s", qPrintable(m_error));
    }
    if (m_changed)
        m_changed();
}

} // namespace st
