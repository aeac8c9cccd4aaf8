#include "eval/EmbeddingTable.h"

#include "eval/Protocol.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EmbeddingTable)
};
} // namespace

EmbeddingTable EmbeddingTable::readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the embedding table: %1")
                              .arg(f.exists() ? f.errorString() : Text::tr("no such file")));
    EmbeddingTable t;
    int no = 0, columns = -1, headerLine = 0;
    QHash<QString, int> seen;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        ++no;
        if (no == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (columns < 0) {
            (void)decodeUtf8Line(path, line, no);
            columns = int(fields.size());
            headerLine = no;
            if (columns < 2)
                throw Error(path, Text::tr("expected a header 'file,0,1,...' with at least one dimension"), no);
            continue;
        }
        if (int(fields.size()) != columns)
            throw Error(path, Text::tr("expected %1 comma-separated fields as in the header on line %2, "
                                             "found %3")
                                  .arg(columns)
                                  .arg(headerLine)
                                  .arg(fields.size()),
                        no);
        const QString name = decodeUtf8Line(path, fields[0], no).trimmed();
        if (name.isEmpty())
            throw Error(path, Text::tr("empty name in field 1"), no);
        if (seen.contains(name))
            throw Error(path, Text::tr("'%1' is listed twice (first on line %2)").arg(name).arg(seen[name]), no);
        Embedding e(std::size_t(columns - 1));
        for (int i = 1; i < columns; ++i) {
            bool ok = false;
            const QByteArray text = fields[i].trimmed();
            const double v = text.toDouble(&ok);
            // A NaN would score as a cosine of 0 and silently move every metric; a value beyond float range
            // would become infinite in the float embedding.
            if (!ok || !std::isfinite(v) || !std::isfinite(float(v)))
                throw Error(path,
                            (ok && std::isfinite(v)
                                 ? Text::tr("field %1 (dimension %2: '%3') is not a finite number in float32 range")
                                 : Text::tr("field %1 (dimension %2: '%3') is not a finite number"))
                                .arg(i + 1)
                                .arg(i - 1)
                                .arg(QString::fromUtf8(text.left(40))),
                            no);
            e[std::size_t(i - 1)] = float(v);
        }
        seen.insert(name, no);
        t.names << name;
        t.lines.push_back(no);
        t.rows.push_back(std::move(e));
    }
    if (columns < 0)
        throw Error(path, Text::tr("the embedding table is empty"));
    if (t.rows.empty())
        throw Error(path, Text::tr("the embedding table has a header (line %1) and no rows").arg(headerLine),
                    headerLine);
    return t;
}

} // namespace st
