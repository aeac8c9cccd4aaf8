#include "tracing/MergeSourcesCommand.h"

#include "tracing/LibrarySourceModel.h"

#include <QCoreApplication>

namespace st {

MergeSourcesCommand::MergeSourcesCommand(FingerprintLibrary *lib, SourceLevel level, const QString &from,
                                         const QString &into, std::function<void()> changed)
    : LibraryUndoCommand(lib, std::move(changed)), m_level(level), m_from(from), m_into(into)
{
    setText(QCoreApplication::translate("st::LibraryPanel", "merge %1 %2 into %3")
                .arg(LibrarySourceModel::levelTitle(level), from, into));
}

void MergeSourcesCommand::apply() { m_before = m_lib->merge(m_level, m_from, m_into); }

void MergeSourcesCommand::revert()
{
    m_lib->restore(m_before.first);
    m_lib->restore(m_before.second);
}

} // namespace st
