#include "examination/CaseSession.h"

namespace st {

CaseSession::CaseSession(QObject *parent) : QObject(parent) {}

CaseSession::~CaseSession() = default;

bool CaseSession::isReadOnly() const
{
    return !m_case || m_case->isReadOnly();
}

QString CaseSession::itemReadOnlyReason(qint64 itemId) const
{
    if (!m_case)
        return tr("no case is open");
    if (m_case->isReadOnly())
        return tr("the case is read-only (%1)").arg(m_case->readOnlyReason());
    try {
        const EvidenceItem e = m_case->evidenceItem(itemId);
        if (e.lastState == EvidenceState::Missing)
            return tr("item %1 (%2) is missing: its file is gone from %3 (Relocate it)").arg(e.id).arg(e.label, e.currentPath);
        if (e.lastState == EvidenceState::Mismatch)
            return tr("item %1 (%2) has changed since intake: SHA-256 %3, intake was %4")
                .arg(e.id).arg(e.label, e.lastActualSha256, e.sha256);
    } catch (const Error &x) {
        return x.message();
    }
    return {};
}

void CaseSession::setCase(std::unique_ptr<CaseFile> caseFile)
{
    m_case = std::move(caseFile);
    m_openedAt = QDateTime::currentDateTimeUtc();
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
