// Exchange of a library's contents: STOPA fingerprint CSV import and export, npy export of fingerprints or
// enrolment embeddings.
#include "library/FingerprintLibrary.h"
#include "library/FingerprintLibraryPrivate.h"

#include "util/Error.h"
#include "util/Npy.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QVariant>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LibraryExchange)
};
} // namespace

using namespace libdb;

EnrolReport FingerprintLibrary::importStopaCsv(const QString &csvPath, SourceLevel level)
{
    const StopaFingerprintCsv csv = StopaFingerprintCsv::read(csvPath);
    if (csv.dimension() != m_model.dimension)
        throw Error(csvPath, Text::tr("fingerprints of dimension %1, but the library's model %2 gives %3")
                                 .arg(csv.dimension()).arg(m_model.describe()).arg(m_model.dimension));
    std::vector<EnrolmentClip> clips;
    for (int i = 0; i < csv.names.size(); ++i) {
        EnrolmentClip c;
        c.embedding = csv.rows[std::size_t(i)];
        c.sha256 = sha256Hex(QByteArrayLiteral("stopa-fingerprint\n") + csv.names[i].toUtf8() + '\n' + toBlob(c.embedding));
        c.path = csvPath + QLatin1Char('#') + csv.names[i];
        c.labels[level] = csv.names[i];
        clips.push_back(std::move(c));
    }
    return enrol(clips);
}

StopaFingerprintCsv FingerprintLibrary::exportStopa(SourceLevel level) const
{
    const LibraryConnectionUse use(*this);
    StopaFingerprintCsv csv;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name, %1 FROM sources WHERE level = ? AND count > 0 ORDER BY id")
                  .arg(blobColumns(QStringLiteral("fingerprint"), m_model.dimension)));
    q.addBindValue(sourceLevelName(level));
    run(q, m_path, QStringLiteral("exporting fingerprints"));
    while (q.next()) {
        csv.names << q.value(0).toString();
        csv.rows.push_back(checkedVector(q, 1, m_model.dimension, m_path,
                                         Text::tr("the fingerprint of %1 %2").arg(sourceLevelName(level), q.value(0).toString())));
    }
    return csv;
}

void FingerprintLibrary::exportNpy(SourceLevel level, const QString &npyPath, bool enrolmentsToo) const
{
    const LibraryConnectionUse use(*this);
    std::vector<float> data;
    QStringList lines;
    int rows = 0;
    if (!enrolmentsToo) {
        const StopaFingerprintCsv fp = exportStopa(level);
        for (int i = 0; i < fp.names.size(); ++i) {
            data.insert(data.end(), fp.rows[std::size_t(i)].begin(), fp.rows[std::size_t(i)].end());
            lines << fp.names[i];
            ++rows;
        }
    } else {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT s.name, e.clip_sha256, %1 FROM enrolments e JOIN sources s ON s.id = e.source_id "
                                 "WHERE s.level = ? ORDER BY s.id, e.id").arg(blobColumns(QStringLiteral("e.embedding"), m_model.dimension)));
        q.addBindValue(sourceLevelName(level));
        run(q, m_path, QStringLiteral("exporting enrolments"));
        while (q.next()) {
            const std::vector<float> e = checkedVector(q, 2, m_model.dimension, m_path,
                                                       Text::tr("an enrolment embedding of %1 %2").arg(sourceLevelName(level), q.value(0).toString()));
            data.insert(data.end(), e.begin(), e.end());
            lines << q.value(0).toString() + QLatin1Char('\t') + q.value(1).toString();
            ++rows;
        }
    }
    writeNpy(npyPath, data.data(), {int64_t(rows), int64_t(m_model.dimension)});
    QSaveFile f(npyPath + QStringLiteral(".sources.txt"));
    if (!f.open(QIODevice::WriteOnly))
        throw Error(f.fileName(), Text::tr("cannot write: %1").arg(f.errorString()));
    for (const QString &l : lines)
        f.write(l.toUtf8() + '\n');
    if (!f.commit())
        throw Error(f.fileName(), Text::tr("cannot write: %1").arg(f.errorString()));
}

} // namespace st
