// verify(): every check of a library file (SQLite's own, the schema, the model binding, each enrolment and
// fingerprint, thresholds, LR calibrations, stored back-end fits); damage is described, never thrown.
#include "library/FingerprintLibrary.h"
#include "library/FingerprintLibraryPrivate.h"

#include "util/Error.h"
#include "library/TrainedBackends.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LibraryVerify)
};
} // namespace

using namespace libdb;

QString VerifyProblem::describe() const
{
    return name.isEmpty() ? QStringLiteral("library: %1").arg(what)
                          : QStringLiteral("%1 %2: %3").arg(sourceLevelName(level), name, what);
}

QList<VerifyProblem> FingerprintLibrary::verify(double tolerance, bool quick) const
{
    const LibraryConnectionUse use(*this);
    QList<VerifyProblem> problems;
    auto general = [&](const QString &w) { problems << VerifyProblem{SourceLevel::Attack, QString(), w}; };
    QSqlDatabase d = db();
    // One read transaction: every check sees the same snapshot. Without it, a writer in another process
    // committing between two of the checks' statements (a source's count, then its enrolment rows) makes a
    // sound library look damaged (seen with six concurrent `library enrol` under AddressSanitizer's timing).
    struct ReadSnapshot
    {
        QSqlDatabase &d;
        bool began = false;
        explicit ReadSnapshot(QSqlDatabase &db) : d(db)
        {
            QSqlQuery b(d);
            began = b.exec(QStringLiteral("BEGIN")); // fails harmlessly inside a caller's transaction
        }
        ~ReadSnapshot()
        {
            if (began) {
                QSqlQuery e(d);
                e.exec(QStringLiteral("ROLLBACK"));
            }
        }
    } snapshot(d);

    // 1. SQLite's own check of the file (pages, indexes, free list).
    {
        const QString pragma = quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA %1(20)").arg(pragma))) {
            general(Text::tr("SQLite's %1 fails: %2").arg(pragma, q.lastError().text()));
        } else {
            QStringList msgs;
            while (q.next())
                if (q.value(0).toString() != QLatin1String("ok"))
                    msgs << q.value(0).toString();
            if (!msgs.isEmpty())
                general(Text::tr("SQLite's %1 reports: %2").arg(pragma, msgs.join(QStringLiteral("; "))));
        }
    }

    // 1b. The file's length against SQLite's page count (stat only). SQLite reads a cut last page as zeros, so
    // its integrity check misses a file cut by a few bytes inside the last page's free space.
    {
        QSqlQuery q(d);
        qint64 pageSize = 0, pageCount = 0;
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            pageSize = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
            pageCount = q.value(0).toLongLong();
        const qint64 size = QFileInfo(m_path).size();
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        if (pageSize > 0 && size % pageSize != 0)
            general(Text::tr("the file is %1 bytes, not a whole number of %2-byte pages: it was cut or extended")
                        .arg(size).arg(pageSize));
        else if (pageSize > 0 && pageCount > 0 && (!wal.exists() || wal.size() == 0) && pageCount * pageSize > size)
            general(Text::tr("the file is %1 bytes but holds %2 pages of %3 bytes: it was cut").arg(size).arg(pageCount).arg(pageSize));
    }

    // 2. The schema of this version: tables, columns; no triggers or views (a library has none).
    static const QList<QPair<QString, QStringList>> kTables{
        {QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("sources"), {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("name"), QStringLiteral("created"),
                                     QStringLiteral("modified"), QStringLiteral("count"), QStringLiteral("fingerprint")}},
        {QStringLiteral("enrolments"), {QStringLiteral("id"), QStringLiteral("source_id"), QStringLiteral("clip_sha256"),
                                        QStringLiteral("path"), QStringLiteral("embedding"), QStringLiteral("added")}},
        {QStringLiteral("source_attributes"), {QStringLiteral("source_id"), QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("thresholds"), {QStringLiteral("level"), QStringLiteral("backend"), QStringLiteral("threshold"),
                                        QStringLiteral("rule"), QStringLiteral("created")}},
        {QStringLiteral("backend_fits"), {QStringLiteral("level"), QStringLiteral("backend"), QStringLiteral("params"),
                                          QStringLiteral("enrolment_digest"), QStringLiteral("sources"), QStringLiteral("state"),
                                          QStringLiteral("state_sha256"), QStringLiteral("losses"), QStringLiteral("created")}},
    };
    QSet<QString> sound; // tables with every column
    for (const auto &t : kTables) {
        QSqlQuery q(d);
        QSet<QString> cols;
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.first)))
            while (q.next())
                cols.insert(q.value(1).toString());
        if (cols.isEmpty()) {
            general(Text::tr("table %1 is missing").arg(t.first));
            continue;
        }
        QStringList missing;
        for (const QString &c : t.second)
            if (!cols.contains(c))
                missing << c;
        if (missing.isEmpty())
            sound.insert(t.first);
        else
            general(Text::tr("table %1 lacks column(s) %2").arg(t.first, missing.join(QStringLiteral(", "))));
    }
    {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")))
            while (q.next())
                general(Text::tr("unexpected %1 '%2' (a library has none)").arg(q.value(0).toString(), q.value(1).toString()));
    }
    {
        QSqlQuery q(d);
        QMap<QString, int> orphans;
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            while (q.next())
                ++orphans[q.value(0).toString()];
        for (auto it = orphans.cbegin(); it != orphans.cend(); ++it)
            general(Text::tr("%1 row(s) of %2 refer to a source that does not exist").arg(it.value()).arg(it.key()));
    }

    // 3. The model binding.
    int dim = 0;
    if (sound.contains(QStringLiteral("meta"))) {
        QSqlQuery q(d);
        QMap<QString, QString> meta;
        if (q.exec(QStringLiteral("SELECT key, value FROM meta")))
            while (q.next())
                meta[q.value(0).toString()] = q.value(1).toString();
        if (meta.value(QStringLiteral("model_name")).trimmed().isEmpty())
            general(Text::tr("the model binding names no model (meta model_name)"));
        const QString sha = meta.value(QStringLiteral("model_sha256"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        if (sha.isEmpty())
            general(Text::tr("the model binding has no weights SHA-256 (meta model_sha256)"));
        else if (!hex.match(sha).hasMatch())
            general(Text::tr("the model binding's weights SHA-256 '%1' is not lower-case hex").arg(sha.left(80)));
        bool ok = false;
        dim = meta.value(QStringLiteral("embedding_dim")).toInt(&ok);
        if (!ok || dim <= 0 || dim > kMaxDimension) {
            general(Text::tr("the model binding's embedding dimension '%1' is not a number from 1 to %2")
                        .arg(meta.value(QStringLiteral("embedding_dim")).left(40)).arg(kMaxDimension));
            dim = 0;
        }
    }

    // 4. Sources and their enrolments: level names, embeddings, counts, fingerprints = means.
    if (sound.contains(QStringLiteral("sources")) && sound.contains(QStringLiteral("enrolments"))) {
        QMap<qint64, MeanAccumulator> acc;
        QMap<qint64, int> rows, badDims, badValues, noHash;
        {
            QSqlQuery q(d);
            // The BLOB only when its length is the bound dimension's: a huge value is never copied.
            if (!q.exec(QStringLiteral("SELECT source_id, %1, clip_sha256 FROM enrolments ORDER BY id")
                            .arg(blobColumns(QStringLiteral("embedding"), dim)))) {
                general(Text::tr("cannot read the enrolments: %1").arg(q.lastError().text()));
            } else {
                while (q.next()) {
                    const qint64 id = q.value(0).toLongLong();
                    ++rows[id];
                    if (q.value(3).toString().trimmed().isEmpty())
                        ++noHash[id];
                    if (dim == 0)
                        continue; // the binding's problem is reported; its embeddings cannot be judged
                    if (q.value(2).toLongLong() != qint64(dim) * 4) {
                        ++badDims[id];
                        continue;
                    }
                    const std::vector<float> e = fromBlob(q.value(1).toByteArray());
                    if (!std::all_of(e.begin(), e.end(), [](float v) { return std::isfinite(v); })) {
                        ++badValues[id];
                        continue;
                    }
                    acc[id].add(e);
                }
            }
        }
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("SELECT id, level, name, count, %1 FROM sources ORDER BY id")
                        .arg(blobColumns(QStringLiteral("fingerprint"), dim)))) {
            general(Text::tr("cannot read the sources: %1").arg(q.lastError().text()));
        } else {
            QSet<QString> seen;
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                const QString levelText = q.value(1).toString();
                const QString name = q.value(2).toString();
                SourceLevel level = SourceLevel::Attack;
                if (!sourceLevelFromName(levelText, level)) {
                    general(Text::tr("source '%1' has an invalid level '%2' (levels: attack, acoustic_model, vocoder, codec)")
                                .arg(name.left(80), levelText.left(80)));
                    continue;
                }
                auto problem = [&](const QString &w) { problems << VerifyProblem{level, name, w}; };
                if (name.trimmed().isEmpty())
                    problem(Text::tr("a source with an empty name (id %1)").arg(id));
                const int count = q.value(3).toInt();
                const MeanAccumulator &a = acc[id];
                if (badDims.contains(id))
                    problem(Text::tr("%1 enrolment embeddings are not %2 float32 values (the bound dimension)").arg(badDims[id]).arg(dim));
                if (badValues.contains(id))
                    problem(Text::tr("%1 enrolment embeddings hold non-finite values (NaN or infinity)").arg(badValues[id]));
                if (noHash.contains(id))
                    problem(Text::tr("%1 enrolments have no clip SHA-256").arg(noHash[id]));
                if (dim > 0 && count != rows.value(id))
                    problem(Text::tr("stored count %1 but %2 enrolment rows").arg(count).arg(rows.value(id)));
                const bool hasFingerprint = !q.value(5).isNull() && q.value(5).toLongLong() > 0;
                if (rows.value(id) == 0) {
                    if (hasFingerprint)
                        problem(Text::tr("a fingerprint but no enrolments"));
                    continue;
                }
                if (a.count != rows.value(id) || dim == 0)
                    continue; // the mean of damaged embeddings says nothing more
                if (q.value(5).toLongLong() != qint64(dim) * 4) {
                    problem(Text::tr("stored fingerprint has %1 bytes, not %2 float32 values").arg(q.value(5).toLongLong()).arg(dim));
                    continue;
                }
                const std::vector<float> stored = fromBlob(q.value(4).toByteArray());
                if (!std::all_of(stored.begin(), stored.end(), [](float v) { return std::isfinite(v); })) {
                    problem(Text::tr("stored fingerprint holds non-finite values"));
                    continue;
                }
                const std::vector<float> mean = a.mean();
                double maxAbs = 0, maxDiff = 0;
                for (std::size_t i = 0; i < mean.size(); ++i) {
                    maxAbs = std::max(maxAbs, std::fabs(double(mean[i])));
                    maxDiff = std::max(maxDiff, std::fabs(double(mean[i]) - double(stored[i])));
                }
                if (maxDiff > tolerance * std::max(maxAbs, 1e-30))
                    problem(Text::tr("stored fingerprint differs from the mean of its enrolments by %1").arg(maxDiff));
            }
        }
    }

    // 5. Thresholds and LR calibrations: valid levels, finite numbers.
    if (sound.contains(QStringLiteral("thresholds"))) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT level, backend, threshold FROM thresholds")))
            while (q.next()) {
                SourceLevel l;
                if (!sourceLevelFromName(q.value(0).toString(), l))
                    general(Text::tr("a threshold of back-end '%1' has an invalid level '%2'").arg(q.value(1).toString(), q.value(0).toString().left(80)));
                bool ok = false;
                const double t = q.value(2).toDouble(&ok);
                if (!ok || !std::isfinite(t))
                    general(Text::tr("the %1 threshold of back-end '%2' is not a finite number").arg(q.value(0).toString(), q.value(1).toString()));
            }
    }
    // 6. Stored back-end fits: valid level, the state's SHA-256, a state that decodes for the bound dimension.
    if (sound.contains(QStringLiteral("backend_fits"))) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT level, backend, state_sha256, length(state), losses, params FROM backend_fits")))
            while (q.next()) {
                const QString what = Text::tr("the stored %1 fit of level '%2'").arg(q.value(1).toString().left(80), q.value(0).toString().left(80));
                SourceLevel l;
                if (!sourceLevelFromName(q.value(0).toString(), l)) {
                    general(Text::tr("%1 has an invalid level").arg(what));
                    continue;
                }
                if (q.value(3).toLongLong() > (qint64(1) << 30)) {
                    general(Text::tr("%1: its state is over 1 GiB").arg(what));
                    continue;
                }
                QSqlQuery b(d);
                b.prepare(QStringLiteral("SELECT state FROM backend_fits WHERE level = ? AND backend = ?"));
                b.addBindValue(q.value(0));
                b.addBindValue(q.value(1));
                if (!b.exec() || !b.next()) {
                    general(Text::tr("%1 cannot be read").arg(what));
                    continue;
                }
                const QByteArray state = b.value(0).toByteArray();
                if (sha256Hex(state) != q.value(2).toString()) {
                    general(Text::tr("%1: its state's SHA-256 is not the one stored with it (changed or damaged)").arg(what));
                    continue;
                }
                const QString bad = checkTrainedState(q.value(1).toString(), state, dim);
                if (!bad.isEmpty())
                    general(QStringLiteral("%1: %2").arg(what, bad));
                const QJsonDocument losses = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
                bool finite = losses.isArray();
                for (const QJsonValue &v : losses.array())
                    finite = finite && v.isDouble() && std::isfinite(v.toDouble());
                if (!finite)
                    general(Text::tr("%1: its losses are not a list of finite numbers").arg(what));
                if (!QJsonDocument::fromJson(q.value(5).toString().toUtf8()).isObject())
                    general(Text::tr("%1: its parameters are not a JSON object").arg(what));
            }
    }
    if (sound.contains(QStringLiteral("meta"))) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'lr_calibration/%'"));
        if (q.exec())
            while (q.next()) {
                const QStringList key = q.value(0).toString().split(QLatin1Char('/'));
                const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                SourceLevel l;
                if (key.size() != 3 || !sourceLevelFromName(key[1], l) || o.isEmpty()
                    || !std::isfinite(o.value(QStringLiteral("a")).toDouble(qQNaN()))
                    || !std::isfinite(o.value(QStringLiteral("b")).toDouble(qQNaN())))
                    general(Text::tr("meta entry '%1' is not a valid LR calibration (level, back-end, finite a and b)")
                                .arg(q.value(0).toString().left(120)));
            }
    }
    return problems;
}

} // namespace st
