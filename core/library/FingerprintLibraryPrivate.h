#pragma once
// Internals shared by the FingerprintLibrary*.cpp / Library*.cpp files (not part of the module's API). The
// library's implementation is split by responsibility:
//   FingerprintLibrary.cpp  the file: connections, identification, creation, opening, the model binding
//   LibrarySchema.cpp       the schema history (migrations v1..v3) and migrating an older file
//   LibrarySources.cpp      sources and enrolments: enrol, read, rename, merge, remove, snapshots and restore
//   LibraryVerify.cpp       verify(): every check of the file
//   LibraryExchange.cpp     STOPA CSV import/export, npy export
//   LibraryCalibration.cpp  what calibration and training store: open-set thresholds, LR calibrations, back-end fits
#include "library/FingerprintLibrary.h"
#include "util/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace st::libdb {

QByteArray toBlob(const std::vector<float> &v);
std::vector<float> fromBlob(const QByteArray &b);
/// SQL for a float32 BLOB column of `dim` values: the BLOB itself only when its length is right (so a damaged
/// or malicious file cannot make Qt copy a huge value), then its length.
QString blobColumns(const QString &column, int dim);
/// The vector read through blobColumns(): throws when the length is wrong or a value is not finite.
std::vector<float> checkedVector(const QSqlQuery &q, int col, int dim, const QString &path, const QString &what);

QString nowText();
QDateTime fromText(const QString &s);
QString dateText(const QDateTime &d);

/// Runs a prepared query; throws with the statement's error.
void run(QSqlQuery &q, const QString &path, const QString &what);
void runSql(QSqlDatabase &db, const QString &path, const QString &sql);

/// Switches a connection to WAL (create / first write only: a read never changes the journal mode).
void enableWal(QSqlDatabase &db, const QString &path);

/// Writers wait this long for another process's write transaction (BEGIN IMMEDIATE takes the write lock at once,
/// so the busy handler applies; a deferred BEGIN that upgrades would fail at once with "database is locked").
inline constexpr int kBusyTimeoutMs = 60000;

/// The mean of the embeddings in double precision, stored as float32.
struct MeanAccumulator
{
    std::vector<double> sum;
    int count = 0;
    void add(const std::vector<float> &e)
    {
        if (sum.empty())
            sum.assign(e.size(), 0.0);
        for (std::size_t i = 0; i < e.size() && i < sum.size(); ++i)
            sum[i] += e[i];
        ++count;
    }
    std::vector<float> mean() const
    {
        std::vector<float> m(sum.size());
        for (std::size_t i = 0; i < sum.size(); ++i)
            m[i] = float(sum[i] / count);
        return m;
    }
};

} // namespace st::libdb

namespace st {

// Keeps the instance's connection open for the duration of one operation (nested ones share it); the
// outermost closes it, so a long-lived instance holds no descriptor of the file between operations.
class LibraryConnectionUse
{
public:
    explicit LibraryConnectionUse(const FingerprintLibrary &l) : m_l(l)
    {
        if (m_l.m_uses == 0 && m_l.m_connection.isEmpty())
            m_l.connect();
        ++m_l.m_uses;
    }
    ~LibraryConnectionUse()
    {
        if (--m_l.m_uses == 0)
            m_l.disconnect();
    }
    LibraryConnectionUse(const LibraryConnectionUse &) = delete;
    LibraryConnectionUse &operator=(const LibraryConnectionUse &) = delete;

private:
    const FingerprintLibrary &m_l;
};

template <class F> void FingerprintLibrary::transaction(const QString &what, F &&f)
{
    if (readOnly())
        throw Error(m_path, QStringLiteral("opened read-only: %1 would change the file").arg(what));
    const LibraryConnectionUse use(*this);
    if (!m_writeChecked)
        checkBeforeWriting();
    QSqlDatabase d = db();
    {
        // IMMEDIATE: take the write lock now, waiting (busy timeout) for another writer to finish.
        QSqlQuery b(d);
        if (!b.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw Error(m_path, QStringLiteral("cannot begin a transaction for %1 (another process held the library's "
                                               "write lock for over %2 s?): %3")
                                    .arg(what).arg(libdb::kBusyTimeoutMs / 1000).arg(b.lastError().text()));
    }
    try {
        f(d);
        if (m_applicationId != kApplicationId) {
            libdb::runSql(d, m_path, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            m_applicationId = kApplicationId;
        }
        QSqlQuery c(d);
        if (!c.exec(QStringLiteral("COMMIT")))
            throw Error(m_path, QStringLiteral("cannot commit %1: %2").arg(what, c.lastError().text()));
    } catch (...) {
        QSqlQuery r(d);
        r.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace st
