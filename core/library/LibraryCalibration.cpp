// What calibration and training store in a library: open-set thresholds, likelihood-ratio calibrations (in the
// meta table) and trained back-end fits, each replaced as a whole when stored again.
#include "library/FingerprintLibrary.h"
#include "library/FingerprintLibraryPrivate.h"

#include "util/Error.h"
#include "library/TrainedBackends.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LibraryCalibration)
};
} // namespace

using namespace libdb;

void FingerprintLibrary::setThreshold(const StoredThreshold &t)
{
    if (!std::isfinite(t.threshold) || !std::isfinite(t.eer) || !std::isfinite(t.targetFar))
        throw Error(m_path, Text::tr("refusing to store a non-finite %1 threshold for %2 (threshold %3, EER %4): "
                                           "the development scores were not finite")
                                .arg(sourceLevelName(t.level), t.backend).arg(t.threshold).arg(t.eer));
    const LibraryConnectionUse use(*this);
    transaction(QStringLiteral("storing a threshold"), [&](QSqlDatabase &d) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO thresholds(level, backend, threshold, rule, target_far, eer, "
                                 "protocol_name, protocol_sha256, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(sourceLevelName(t.level));
        q.addBindValue(t.backend);
        q.addBindValue(t.threshold);
        q.addBindValue(t.rule);
        q.addBindValue(t.targetFar);
        q.addBindValue(t.eer);
        q.addBindValue(t.protocolName);
        q.addBindValue(t.protocolSha256);
        q.addBindValue(dateText(t.created));
        run(q, m_path, QStringLiteral("storing the threshold"));
    });
}

QList<StoredThreshold> FingerprintLibrary::thresholds() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT level, backend, threshold, rule, target_far, eer, protocol_name, protocol_sha256, "
                               "created FROM thresholds ORDER BY level, backend")))
        throw Error(m_path, Text::tr("reading thresholds: %1").arg(q.lastError().text()));
    QList<StoredThreshold> out;
    while (q.next()) {
        StoredThreshold t;
        if (!sourceLevelFromName(q.value(0).toString(), t.level))
            throw Error(m_path, Text::tr("damaged library: a threshold has an invalid level '%1' (`sourcetrace-cli library verify` lists the problems)")
                                    .arg(q.value(0).toString().left(80)));
        t.backend = q.value(1).toString();
        t.threshold = q.value(2).toDouble();
        t.rule = q.value(3).toString();
        t.targetFar = q.value(4).toDouble();
        t.eer = q.value(5).toDouble();
        t.protocolName = q.value(6).toString();
        t.protocolSha256 = q.value(7).toString();
        t.created = fromText(q.value(8).toString());
        out << t;
    }
    return out;
}

std::optional<StoredThreshold> FingerprintLibrary::threshold(SourceLevel level, const QString &backend) const
{
    for (const StoredThreshold &t : thresholds())
        if (t.level == level && t.backend == backend)
            return t;
    return std::nullopt;
}

void FingerprintLibrary::setBackendFits(const QString &backend, const QList<StoredBackendFit> &fits)
{
    for (const StoredBackendFit &f : fits) {
        if (f.backend != backend)
            throw Error(m_path, Text::tr("storing %1 fits: one is of back-end %2").arg(backend, f.backend));
        const QString bad = checkTrainedState(backend, f.state, m_model.dimension);
        if (!bad.isEmpty())
            throw Error(m_path, Text::tr("refusing to store the %1 fit of level %2: %3").arg(backend, sourceLevelName(f.level), bad));
        for (double l : f.losses)
            if (!std::isfinite(l))
                throw Error(m_path, Text::tr("refusing to store the %1 fit of level %2: a training loss is not finite")
                                        .arg(backend, sourceLevelName(f.level)));
    }
    const LibraryConnectionUse use(*this);
    transaction(QStringLiteral("storing the %1 back-end").arg(backend), [&](QSqlDatabase &d) {
        QSqlQuery del(d);
        del.prepare(QStringLiteral("DELETE FROM backend_fits WHERE backend = ?"));
        del.addBindValue(backend);
        run(del, m_path, QStringLiteral("replacing the stored back-end"));
        for (const StoredBackendFit &f : fits) {
            QJsonArray losses;
            for (double l : f.losses)
                losses.append(l);
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT INTO backend_fits(level, backend, params, enrolment_digest, sources, state, state_sha256, "
                                     "losses, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(sourceLevelName(f.level));
            q.addBindValue(backend);
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(f.params)).toJson(QJsonDocument::Compact)));
            q.addBindValue(f.enrolmentDigest);
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.sources)).toJson(QJsonDocument::Compact)));
            q.addBindValue(f.state);
            q.addBindValue(sha256Hex(f.state));
            q.addBindValue(QString::fromUtf8(QJsonDocument(losses).toJson(QJsonDocument::Compact)));
            q.addBindValue(dateText(f.created));
            run(q, m_path, QStringLiteral("storing the back-end fit"));
        }
    });
}

QList<StoredBackendFit> FingerprintLibrary::backendFits(const QString &backend) const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    // (a null QString binds as NULL: choose the statement instead of comparing with '')
    q.prepare(QStringLiteral("SELECT level, backend, params, enrolment_digest, sources, state, state_sha256, losses, created "
                             "FROM backend_fits %1 ORDER BY backend, level")
                  .arg(backend.isEmpty() ? QString() : QStringLiteral("WHERE backend = ?")));
    if (!backend.isEmpty())
        q.addBindValue(backend);
    run(q, m_path, QStringLiteral("reading the stored back-end fits"));
    QList<StoredBackendFit> out;
    while (q.next()) {
        StoredBackendFit f;
        f.backend = q.value(1).toString();
        if (!sourceLevelFromName(q.value(0).toString(), f.level))
            throw Error(m_path, Text::tr("damaged library: a stored %1 fit has an invalid level '%2' (`sourcetrace-cli library verify` "
                                               "lists the problems)").arg(f.backend, q.value(0).toString().left(80)));
        f.params = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().toVariantMap();
        f.enrolmentDigest = q.value(3).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            f.sources << v.toString();
        f.state = q.value(5).toByteArray();
        if (sha256Hex(f.state) != q.value(6).toString())
            throw Error(m_path, Text::tr("damaged library: the stored %1 fit of level %2 does not match its SHA-256 "
                                               "(`sourcetrace-cli library verify` lists the problems)").arg(f.backend, sourceLevelName(f.level)));
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
            f.losses.push_back(v.toDouble());
        f.created = fromText(q.value(8).toString());
        out << f;
    }
    return out;
}

namespace {
const QString kLrPrefix = QStringLiteral("lr_calibration/");
}

void FingerprintLibrary::setLrCalibration(const StoredLrCalibration &c)
{
    if (!std::isfinite(c.a) || !std::isfinite(c.b))
        throw Error(m_path, Text::tr("refusing to store a non-finite %1 LR calibration for %2 (a %3, b %4)")
                                .arg(sourceLevelName(c.level), c.backend).arg(c.a).arg(c.b));
    const LibraryConnectionUse use(*this);
    const QJsonObject o{{QStringLiteral("a"), c.a},
                        {QStringLiteral("b"), c.b},
                        {QStringLiteral("p_target"), c.pTarget},
                        {QStringLiteral("separable"), c.separable},
                        {QStringLiteral("dev_cllr_raw"), c.devCllrRaw},
                        {QStringLiteral("dev_cllr_calibrated"), c.devCllrCalibrated},
                        {QStringLiteral("protocol_name"), c.protocolName},
                        {QStringLiteral("protocol_sha256"), c.protocolSha256},
                        {QStringLiteral("n_target"), double(c.targets)},
                        {QStringLiteral("n_nontarget"), double(c.nontargets)},
                        {QStringLiteral("created"), dateText(c.created)}};
    transaction(QStringLiteral("storing an LR calibration"), [&](QSqlDatabase &d) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(kLrPrefix + sourceLevelName(c.level) + QLatin1Char('/') + c.backend);
        q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        run(q, m_path, QStringLiteral("storing the LR calibration"));
    });
}

QList<StoredLrCalibration> FingerprintLibrary::lrCalibrations() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key"));
    q.addBindValue(kLrPrefix + QLatin1Char('%'));
    if (!q.exec())
        throw Error(m_path, Text::tr("reading LR calibrations: %1").arg(q.lastError().text()));
    QList<StoredLrCalibration> out;
    while (q.next()) {
        const QStringList key = q.value(0).toString().mid(kLrPrefix.size()).split(QLatin1Char('/'));
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        StoredLrCalibration c;
        if (key.size() != 2 || !sourceLevelFromName(key[0], c.level) || o.isEmpty())
            throw Error(m_path, Text::tr("meta entry '%1' is not a readable LR calibration").arg(q.value(0).toString()));
        c.backend = key[1];
        c.a = o.value(QStringLiteral("a")).toDouble();
        c.b = o.value(QStringLiteral("b")).toDouble();
        c.pTarget = o.value(QStringLiteral("p_target")).toDouble(0.5);
        c.separable = o.value(QStringLiteral("separable")).toBool();
        c.devCllrRaw = o.value(QStringLiteral("dev_cllr_raw")).toDouble();
        c.devCllrCalibrated = o.value(QStringLiteral("dev_cllr_calibrated")).toDouble();
        c.protocolName = o.value(QStringLiteral("protocol_name")).toString();
        c.protocolSha256 = o.value(QStringLiteral("protocol_sha256")).toString();
        c.targets = qint64(o.value(QStringLiteral("n_target")).toDouble());
        c.nontargets = qint64(o.value(QStringLiteral("n_nontarget")).toDouble());
        c.created = fromText(o.value(QStringLiteral("created")).toString());
        out << c;
    }
    return out;
}

std::optional<StoredLrCalibration> FingerprintLibrary::lrCalibration(SourceLevel level, const QString &backend) const
{
    for (const StoredLrCalibration &c : lrCalibrations())
        if (c.level == level && c.backend == backend)
            return c;
    return std::nullopt;
}

} // namespace st
