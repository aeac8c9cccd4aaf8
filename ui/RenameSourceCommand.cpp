#include "RenameSourceCommand.h"

#include "LibrarySourceModel.h"
#include "library/FingerprintLibrary.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace st {

RenameSourceCommand::RenameSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from,
                                         const QString &to, std::function<void()> changed)
    : m_lib(lib), m_level(level), m_from(from), m_to(to), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("st::LibraryPanel", "rename %1 %2 to %3")
                .arg(LibrarySourceModel::levelTitle(level), from, to));
}

void RenameSourceCommand::redo()
{
    try {
        m_lib->rename(m_level, m_from, m_to);
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

void RenameSourceCommand::undo()
{
    // Undo is called from Qt's event loop, which must not see an exception.
    try {
        m_lib->rename(m_level, m_to, m_from);
    } catch (const Error &e) {
        m_error = e.message();
        qWarning("%s", qPrintable(m_error));
    }
    if (m_changed)
        m_changed();
}

} // namespace st
