#include "tracing/RenameSourceCommand.h"

#include "tracing/LibrarySourceModel.h"
#include "library/FingerprintLibrary.h"

#include <QCoreApplication>

namespace st {

RenameSourceCommand::RenameSourceCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from,
                                         const QString &to, std::function<void()> changed)
    : LibraryUndoCommand(lib, std::move(changed)), m_level(level), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("st::LibraryPanel", "rename %1 %2 to %3")
                .arg(LibrarySourceModel::levelTitle(level), from, to));
}

void RenameSourceCommand::apply() { m_lib->rename(m_level, m_from, m_to); }

void RenameSourceCommand::revert() { m_lib->rename(m_level, m_to, m_from); }

} // namespace st
