#pragma once
// Internals shared by the CaseFile*.cpp files (not part of the module's API).
#include "case/CaseFile.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace st::casedb {

QString nowText();
QDateTime fromText(const QString &s);

/// Runs a prepared query; throws st::Error naming the case file and what failed.
void run(QSqlQuery &q, const QString &path, const QString &what);
void runSql(QSqlDatabase &db, const QString &path, const QString &sql);

/// Appends one entry to the audit log inside the caller's transaction: reads the last entry, checks that it
/// still hashes to its stored hash (refuses to extend a chain changed since), links and inserts.
AuditEntry appendAudit(QSqlDatabase &db, const QString &path, const QString &user, const QString &action,
                       const QJsonObject &details, const QString &time);

/// The current head (entries, last hash) as stored.
AuditHead readHead(QSqlDatabase &db, const QString &path);

/// Qt binds a null QString as SQL NULL: text columns are NOT NULL, so an empty string is bound instead.
inline QString notNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

/// The tables against the audit log replayed (CaseFile::verifyRecords()); never throws.
QStringList recordProblems(QSqlDatabase db, const QString &path);

/// SHA-256 hex of UTF-8 text.
QString sha256OfText(const QString &text);

/// "abc..." (for messages: a hash shortened to 12 digits).
inline QString shortHash(const QString &h) { return h.left(12) + QStringLiteral("..."); }

} // namespace st::casedb

namespace st {

struct CaseFile::Impl
{
    QString path;        ///< canonical
    QString user;
    bool readOnly = false;
    bool immutable = false; ///< read-only media: opened with SQLite's immutable=1
    QString readOnlyReason;
    ChainVerification chainAtOpen;
    QStringList integrityProblems;
    QString identity;    ///< case id and creation time, checked at every connection

    mutable QString connection; ///< the QSQLITE connection name; empty while none is open
    mutable int uses = 0;       ///< nesting depth of the operations (and holds) using the connection

    ~Impl();
    /// Opens the connection (read-only when readOnly) and checks that the file is still the case opened.
    void connect() const;
    void disconnect() const;
    /// The open connection; throws when none is (an internal error: every operation holds a CaseConnectionUse).
    QSqlDatabase db() const;
    /// Throws st::Error when the case is read-only (`what` would change it).
    void requireWritable(const QString &what) const;
    /// One write transaction (BEGIN IMMEDIATE ... COMMIT); rolled back when `f` throws.
    template <class F> void write(const QString &what, F &&f)
    {
        requireWritable(what);
        QSqlDatabase d = db();
        {
            QSqlQuery b(d);
            if (!b.exec(QStringLiteral("BEGIN IMMEDIATE")))
                throw Error(path, QCoreApplication::translate("st::CaseFile",
                                                              "cannot begin a transaction for %1 (another process held "
                                                              "the case's write lock for over a minute?): %2")
                                      .arg(what, b.lastError().text()));
        }
        try {
            f(d);
            QSqlQuery c(d);
            if (!c.exec(QStringLiteral("COMMIT")))
                throw Error(path, QCoreApplication::translate("st::CaseFile", "cannot commit %1: %2").arg(what, c.lastError().text()));
        } catch (...) {
            QSqlQuery r(d);
            r.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    AuditEntry audit(QSqlDatabase &d, const QString &action, const QJsonObject &details, const QString &time)
    {
        return casedb::appendAudit(d, path, user, action, details, time);
    }

    EvidenceItem readItem(qint64 id) const; ///< throws when absent
    Annotation readAnnotation(qint64 id) const;
};

/// Keeps the instance's connection open for one operation (nested ones share it); the outermost closes it, so a
/// long-lived instance holds no descriptor of the case file between operations (docs/case-files.md, "Locking").
class CaseConnectionUse
{
public:
    explicit CaseConnectionUse(const CaseFile::Impl &d) : m_d(d)
    {
        if (m_d.uses == 0 && m_d.connection.isEmpty())
            m_d.connect();
        ++m_d.uses;
    }
    ~CaseConnectionUse()
    {
        if (--m_d.uses == 0)
            m_d.disconnect();
    }
    CaseConnectionUse(const CaseConnectionUse &) = delete;
    CaseConnectionUse &operator=(const CaseConnectionUse &) = delete;

private:
    const CaseFile::Impl &m_d;
};

} // namespace st
