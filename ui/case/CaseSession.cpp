#include "case/CaseSession.h"

namespace st {

CaseSession::CaseSession(QObject *parent) : QObject(parent) {}

CaseSession::~CaseSession() = default;

bool CaseSession::isReadOnly() const
{
    return !m_case || m_case->isReadOnly();
}

void CaseSession::setCase(std::unique_ptr<CaseFile> caseFile)
{
    m_case = std::move(caseFile);
    m_currentItem = -1;
    emit caseChanged();
    emit currentItemChanged(m_currentItem);
}

void CaseSession::closeCase()
{
    if (!m_case)
        return;
    m_case.reset();
    m_currentItem = -1;
    emit caseChanged();
    emit currentItemChanged(m_currentItem);
}

void CaseSession::setCurrentItem(qint64 itemId)
{
    if (itemId == m_currentItem)
        return;
    m_currentItem = itemId;
    emit currentItemChanged(itemId);
}

} // namespace st
