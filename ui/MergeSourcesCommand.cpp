#include "MergeSourcesCommand.h"

#include "LibrarySourceModel.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace st {

MergeSourcesCommand::MergeSourcesCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from,
                                         const QString &into, std::function<void()> changed)
    : m_lib(lib), m_level(level), m_from(from), m_into(into), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("st::LibraryPanel", "merge %1 %2 into %3")
                .arg(LibrarySourceModel::levelTitle(level), from, into));
}

void MergeSourcesCommand::redo()
{
    try {
        m_before = m_lib->merge(m_level, m_from, m_into);
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

void MergeSourcesCommand::undo()
{
    // Undo is called from Qt's event loop, which must not see an exception.
    try {
        m_lib->restore(m_before.first);
        m_lib->restore(m_before.second);
    } catch (const Error &e) {
        m_error = e.message();
        qWarning("%s", qPrintable(m_error));
    }
    if (m_changed)
        m_changed();
}

} // namespace st
