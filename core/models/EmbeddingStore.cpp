#include "models/EmbeddingStore.h"

#include "BuildInfo.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::EmbeddingStore) };
} // namespace

namespace st {

namespace {

QString embeddingsFile(const QString &dir) { return dir + QStringLiteral("/embeddings.npy"); }
QString logitsFile(const QString &dir) { return dir + QStringLiteral("/logits.npy"); }
QString keysFile(const QString &dir) { return dir + QStringLiteral("/keys.txt"); }
QString modelFile(const QString &dir) { return dir + QStringLiteral("/model.json"); }

// Keys are one per line: a key with a line break or a comma (CSV) could not be read back.
void checkKey(const QString &key, bool csv)
{
    if (key.isEmpty() || key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\r')))
        throw Error(Text::tr("a clip key must be non-empty and on one line: \"%1\" (rename the file)").arg(Error::escaped(key)));
    for (const QChar c : key)
        if (c.category() == QChar::Other_Control)
            throw Error(Text::tr("the clip key \"%1\" holds a control character, which the line-based outputs "
                                       "cannot store: rename the file").arg(Error::escaped(key)));
    if (csv && (key.contains(QLatin1Char(',')) || key.contains(QLatin1Char('"'))))
        throw Error(Text::tr("the CSV format cannot store the key \"%1\" (it has a comma or quote): use --format npy").arg(key));
}

} // namespace

EmbeddingStore::EmbeddingStore(const QString &out, Format format, const ModelManifest &model, int embeddingDim,
                               int numClasses, const QJsonObject &runInfo)
    : m_out(QDir::cleanPath(out)), m_format(format), m_model(model), m_dim(embeddingDim), m_classes(numClasses),
      m_runInfo(runInfo)
{
    if (m_dim <= 0)
        throw Error(m_out, Text::tr("embedding size must be positive"));
    if (m_format == Format::Npy)
        openNpy();
    else
        openCsv();
}

EmbeddingStore::~EmbeddingStore()
{
    try {
        flush();
    } catch (...) {
        // A destructor must not throw; a failed final write was reported by the caller's flush().
    }
    delete m_csv;
}

QStringList EmbeddingStore::readKeys(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read: %1").arg(f.errorString()));
    QStringList keys;
    QSet<QString> seen;
    int lineNo = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        ++lineNo;
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString k = QString::fromUtf8(line);
        if (k.toUtf8() != line)
            throw Error(path, Text::tr("the key is not valid UTF-8"), lineNo);
        if (seen.contains(k))
            throw Error(path, Text::tr("the key \"%1\" is listed twice").arg(Error::escaped(k)), lineNo);
        seen.insert(k);
        keys << k;
    }
    return keys;
}

void EmbeddingStore::openNpy()
{
    const QFileInfo fi(m_out);
    if (fi.exists() && !fi.isDir())
        throw Error(m_out, Text::tr("exists and is not a folder (the npy format writes a folder)"));
    if (!QDir().mkpath(m_out))
        throw Error(m_out, Text::tr("cannot create the output folder"));

    if (QFileInfo::exists(modelFile(m_out))) {
        QFile f(modelFile(m_out));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(f.fileName(), Text::tr("cannot read: %1").arg(f.errorString()));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QString name = o.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString();
        const QString hash = o.value(QStringLiteral("weightsSha256")).toString();
        if (name != m_model.name || hash != m_model.weightsSha256)
            throw Error(m_out, Text::tr("holds embeddings of model \"%1\" (weights %2), not of \"%3\" (weights %4): "
                                              "choose another output folder")
                                   .arg(name, hash, m_model.name, m_model.weightsSha256));
    }
    if (!QFileInfo::exists(keysFile(m_out)) || !QFileInfo::exists(embeddingsFile(m_out)))
        return;

    QStringList keys = readKeys(keysFile(m_out));
    std::vector<int64_t> es, ls;
    std::vector<float> emb = readNpy(embeddingsFile(m_out), es);
    if (es.size() != 2 || es[1] != m_dim)
        throw Error(embeddingsFile(m_out), Text::tr("holds embeddings of another size (expected N x %1)").arg(m_dim));
    std::vector<float> logits;
    int64_t rows = std::min<int64_t>(es[0], keys.size());
    if (QFileInfo::exists(logitsFile(m_out))) {
        logits = readNpy(logitsFile(m_out), ls);
        if (ls.size() != 2 || ls[1] != m_classes)
            throw Error(logitsFile(m_out), Text::tr("holds logits of another size (expected N x %1)").arg(m_classes));
        rows = std::min(rows, ls[0]);
    } else {
        rows = 0; // incomplete folder: start again
    }
    // A run stopped between two file renames leaves the files of different lengths: keep the rows
    // all of them have.
    keys = keys.mid(0, int(rows));
    m_keys = keys;
    for (const QString &k : std::as_const(m_keys))
        m_keySet.insert(k);
    m_embeddings.assign(emb.begin(), emb.begin() + rows * m_dim);
    m_logits.assign(logits.begin(), logits.begin() + rows * m_classes);
}

void EmbeddingStore::openCsv()
{
    const QFileInfo fi(m_out);
    if (fi.isDir())
        throw Error(m_out, Text::tr("is a folder (the csv format writes one file)"));
    if (!fi.absoluteDir().exists() && !QDir().mkpath(fi.absolutePath()))
        throw Error(m_out, Text::tr("cannot create the folder of the output file"));
    QString header = QStringLiteral("file");
    for (int j = 0; j < m_dim; ++j)
        header += QLatin1Char(',') + QString::number(j);

    if (fi.exists() && fi.size() > 0) {
        QFile f(m_out);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(m_out, Text::tr("cannot read: %1").arg(f.errorString()));
        const QByteArray bytes = f.readAll();
        QList<QByteArray> lines = bytes.split('\n');
        // A row is complete only with its line break: a run killed mid-row left the last line cut.
        if (!bytes.endsWith('\n'))
            lines.removeLast();
        if (lines.isEmpty() || QString::fromUtf8(lines.first()).trimmed() != header)
            throw Error(m_out, Text::tr("exists with another header (expected \"file,0,...,%1\"): choose another output file").arg(m_dim - 1), 1);
        for (int i = 1; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines[i]).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.size() != m_dim + 1)
                continue; // a row cut short by an interrupted run: that clip is done again
            for (int j = 1; j <= m_dim; ++j) {
                bool ok = false;
                const float v = cells[j].toFloat(&ok);
                if (!ok || !std::isfinite(v))
                    throw Error(m_out, Text::tr("column %1 of the row of \"%2\" is not a finite number (\"%3\"): the "
                                                      "file is damaged; choose another output file")
                                           .arg(j + 1)
                                           .arg(Error::escaped(cells[0]), cells[j].left(40)),
                                i + 1);
                m_embeddings.push_back(v);
            }
            m_keys << cells[0];
            m_keySet.insert(cells[0]);
        }
        // Rewrite without incomplete rows, so that appended rows start on a line of their own.
        QSaveFile s(m_out);
        if (!s.open(QIODevice::WriteOnly))
            throw Error(m_out, Text::tr("cannot write: %1").arg(s.errorString()));
        QByteArray all = header.toUtf8() + '\n';
        for (int i = 0; i < m_keys.size(); ++i) {
            QString row = m_keys[i];
            for (int j = 0; j < m_dim; ++j)
                row += QLatin1Char(',') + QString::number(m_embeddings[size_t(i) * m_dim + j], 'g', 9);
            all += row.toUtf8() + '\n';
        }
        s.write(all);
        if (!s.commit())
            throw Error(m_out, Text::tr("cannot write: %1").arg(s.errorString()));
    }
    m_csv = new QFile(m_out);
    if (!m_csv->open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(m_out, Text::tr("cannot write: %1").arg(m_csv->errorString()));
    if (m_csv->size() == 0) {
        m_csv->write(header.toUtf8() + '\n');
        m_csv->flush();
    }
}

void EmbeddingStore::add(const QString &key, const std::vector<float> &embedding, const std::vector<float> &logits)
{
    checkKey(key, m_format == Format::Csv);
    if (m_keySet.contains(key))
        throw Error(m_out, Text::tr("key \"%1\" is already stored").arg(key));
    if (int(embedding.size()) != m_dim)
        throw Error(m_out, Text::tr("embedding of \"%1\" has %2 values, expected %3").arg(key).arg(embedding.size()).arg(m_dim));
    for (float v : embedding)
        if (!std::isfinite(v))
            throw Error(m_out, Text::tr("the embedding of \"%1\" holds a non-finite value (NaN or infinity): not stored").arg(Error::escaped(key)));
    for (float v : logits)
        if (!std::isfinite(v))
            throw Error(m_out, Text::tr("the logits of \"%1\" hold a non-finite value (NaN or infinity): not stored").arg(Error::escaped(key)));
    if (m_format == Format::Npy && int(logits.size()) != m_classes)
        throw Error(m_out, Text::tr("logits of \"%1\" have %2 values, expected %3").arg(key).arg(logits.size()).arg(m_classes));
    m_keys << key;
    m_keySet.insert(key);
    m_embeddings.insert(m_embeddings.end(), embedding.begin(), embedding.end());
    if (m_format == Format::Csv) {
        QString row = key;
        for (float v : embedding)
            row += QLatin1Char(',') + QString::number(v, 'g', 9);
        if (m_csv->write(row.toUtf8() + '\n') < 0 || !m_csv->flush())
            throw Error(m_out, Text::tr("cannot write: %1").arg(m_csv->errorString()));
        return;
    }
    m_logits.insert(m_logits.end(), logits.begin(), logits.end());
    if (++m_unflushed >= m_autoFlush)
        flush();
}

void EmbeddingStore::flush()
{
    if (m_format == Format::Csv) {
        if (m_csv)
            m_csv->flush();
        return;
    }
    writeNpyFolder();
    m_unflushed = 0;
}

void EmbeddingStore::writeNpyFolder()
{
    const int64_t n = m_keys.size();
    // model.json first: it says what the other files are.
    QJsonObject info;
    info.insert(QStringLiteral("model"), m_model.toJson());
    info.insert(QStringLiteral("manifestPath"), m_model.manifestPath);
    info.insert(QStringLiteral("weightsSha256"), m_model.weightsSha256);
    info.insert(QStringLiteral("embeddingDim"), m_dim);
    info.insert(QStringLiteral("numClasses"), m_classes);
    info.insert(QStringLiteral("rows"), qint64(n));
    info.insert(QStringLiteral("run"), m_runInfo);
    QJsonObject build;
    build.insert(QStringLiteral("version"), QStringLiteral(SOURCETRACE_VERSION));
    build.insert(QStringLiteral("commit"), QStringLiteral(SOURCETRACE_GIT_COMMIT));
    build.insert(QStringLiteral("compiler"), QStringLiteral(SOURCETRACE_COMPILER));
    info.insert(QStringLiteral("build"), build);
    info.insert(QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile mf(modelFile(m_out));
    if (!mf.open(QIODevice::WriteOnly))
        throw Error(mf.fileName(), Text::tr("cannot write: %1").arg(mf.errorString()));
    mf.write(QJsonDocument(info).toJson());
    if (!mf.commit())
        throw Error(mf.fileName(), Text::tr("cannot write: %1").arg(mf.errorString()));

    writeNpy(embeddingsFile(m_out), m_embeddings.data(), {n, m_dim});
    writeNpy(logitsFile(m_out), m_logits.data(), {n, m_classes});
    QSaveFile kf(keysFile(m_out));
    if (!kf.open(QIODevice::WriteOnly))
        throw Error(kf.fileName(), Text::tr("cannot write: %1").arg(kf.errorString()));
    for (const QString &k : std::as_const(m_keys))
        kf.write(k.toUtf8() + '\n');
    if (!kf.commit())
        throw Error(kf.fileName(), Text::tr("cannot write: %1").arg(kf.errorString()));
}

} // namespace st
