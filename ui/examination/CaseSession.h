#pragma once
// The case open in the main window (at most one), shared by the case panel, the annotation layer and panel, and
// the report action. It owns the CaseFile and says when anything about it changes. Owned by MainWindow.
#include "case/CaseFile.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace st {

class CaseSession : public QObject
{
    Q_OBJECT
public:
    explicit CaseSession(QObject *parent = nullptr);
    ~CaseSession() override;

    bool isOpen() const { return m_case != nullptr; }
    /// The open case; nullptr when none is open.
    CaseFile *caseFile() const { return m_case.get(); }
    /// Read-only (opened so, or damaged, see CaseFile::readOnlyReason()) or no case open.
    bool isReadOnly() const;
    /// The evidence item loaded in the viewer; -1 when the loaded audio is not an item of the open case.
    qint64 currentItemId() const { return m_currentItem; }
    /// When the open case was taken over (UTC): a verification stored after it was made in this session.
    QDateTime openedAt() const { return m_openedAt; }
    /// Why item `itemId` must not be changed (annotated, analysed) now: the case's read-only reason, or the
    /// item's last verification (missing or changed since intake), or "no case is open"; empty when it may.
    QString itemReadOnlyReason(qint64 itemId) const;

    /// Takes over an opened case (closing the one before); emits caseChanged().
    void setCase(std::unique_ptr<CaseFile> caseFile);
    void closeCase();
    void setCurrentItem(qint64 itemId);

    // Whoever changes the case through caseFile() says so with these, so that every view refreshes.
    void notifyAnnotationsChanged(qint64 itemId) { emit annotationsChanged(itemId); emit auditChanged(); }
    void notifyAnalysesChanged(qint64 itemId) { emit analysesChanged(itemId); emit auditChanged(); }
    void notifyEvidenceChanged() { emit evidenceChanged(); emit auditChanged(); }
    void notifyAuditChanged() { emit auditChanged(); }

signals:
    void caseChanged();            ///< opened, closed, or replaced (Save As)
    void currentItemChanged(qint64 itemId);
    void evidenceChanged();        ///< items added, verified or relocated
    void annotationsChanged(qint64 itemId);
    void analysesChanged(qint64 itemId);
    void auditChanged();

private:
    std::unique_ptr<CaseFile> m_case;
    qint64 m_currentItem = -1;
    QDateTime m_openedAt;
};

} // namespace st
