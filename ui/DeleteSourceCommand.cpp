#include "DeleteSourceCommand.h"

#include "LibrarySourceModel.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace st {

DeleteSourceCommand::DeleteSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &name,
                                         std::function<void()> changed)
    : m_lib(lib), m_level(level), m_name(name), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("st::LibraryPanel", "delete %1 %2").arg(LibrarySourceModel::levelTitle(level), name));
}

void DeleteSourceCommand::redo()
{
    try {
        m_snapshot = m_lib->remove(m_level, m_name);
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

void DeleteSourceCommand::undo()
{
    // Undo is called from Qt's event loop, which must not see an exception.
    try {
        m_lib->restore(m_snapshot);
    } catch (const Error &e) {
        m_error = e.message();
        qWarning("%s", qPrintable(m_error));
    }
    if (m_changed)
        m_changed();
}

} // namespace st
