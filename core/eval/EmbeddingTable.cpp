#include "eval/EmbeddingTable.h"

#include "util/Error.h"

#include <QFile>

namespace st {

EmbeddingTable EmbeddingTable::readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("cannot open the embedding table: %1").arg(f.errorString()));
    EmbeddingTable t;
    int no = 0, columns = -1;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        ++no;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (columns < 0) {
            columns = int(fields.size());
            if (columns < 2)
                throw Error(path, QStringLiteral("expected a header 'file,0,1,...' with at least one dimension"), no);
            continue;
        }
        if (int(fields.size()) != columns)
            throw Error(path, QStringLiteral("expected %1 comma-separated fields as in the header, found %2")
                                  .arg(columns)
                                  .arg(fields.size()),
                        no);
        Embedding e(std::size_t(columns - 1));
        for (int i = 1; i < columns; ++i) {
            bool ok = false;
            e[std::size_t(i - 1)] = fields[i].trimmed().toFloat(&ok);
            if (!ok)
                throw Error(path, QStringLiteral("field %1 ('%2') is not a number").arg(i + 1).arg(QString::fromUtf8(fields[i])),
                            no);
        }
        t.names << QString::fromUtf8(fields[0].trimmed());
        t.rows.push_back(std::move(e));
    }
    if (columns < 0)
        throw Error(path, QStringLiteral("the embedding table is empty"));
    return t;
}

} // namespace st
