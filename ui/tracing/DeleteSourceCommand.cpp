#include "tracing/DeleteSourceCommand.h"

#include "tracing/LibrarySourceModel.h"

#include <QCoreApplication>

namespace st {

DeleteSourceCommand::DeleteSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &name,
                                         std::function<void()> changed)
    : LibraryUndoCommand(lib, std::move(changed)), m_level(level), m_name(name)
{
    setText(QCoreApplication::translate("st::LibraryPanel", "delete %1 %2").arg(LibrarySourceModel::levelTitle(level), name));
}

void DeleteSourceCommand::apply() { m_snapshot = m_lib->remove(m_level, m_name); }

void DeleteSourceCommand::revert() { m_lib->restore(m_snapshot); }

} // namespace st
