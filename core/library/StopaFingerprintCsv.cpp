#include "library/StopaFingerprintCsv.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <charconv>
#include <cmath>
#include <cstring>
#include <system_error>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::StopaFingerprintCsv)
};
} // namespace

QString formatFloat32Numpy(float v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    char buf[64];
    const float a = std::fabs(v);
    // numpy (and so pandas) switches to scientific notation outside [1e-4, 1e16); zero is positional.
    const bool positional = a == 0.0f || (a >= 1e-4f && a < 1e16f);
    const auto fmt = positional ? std::chars_format::fixed : std::chars_format::scientific;
    // Shortest representation that reads back to the same float32 (the digits numpy's Dragon4 picks).
    auto r = std::to_chars(buf, buf + sizeof buf, v, fmt);
    std::string s(buf, r.ptr);
    if (positional) {
        if (s.find('.') == std::string::npos)
            s += ".0";
    } else {
        // to_chars writes "4.331991e-05" like numpy; numpy keeps at least two exponent digits, as C does.
    }
    return QString::fromLatin1(s.c_str());
}

static bool parseFloat32(const QByteArray &text, float &out)
{
    const char *b = text.constData();
    const char *e = b + text.size();
    if (b == e)
        return false;
    if (*b == '+')
        ++b;
    auto r = std::from_chars(b, e, out);
    // A fingerprint is finite: "nan" / "inf" are refused like any other non-number.
    return r.ec == std::errc() && r.ptr == e && std::isfinite(out);
}

StopaFingerprintCsv StopaFingerprintCsv::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot open the fingerprint CSV: %1").arg(f.errorString()));
    // Bounded: the largest STOPA CSV (10 000 sources x 160) is ~16 MB.
    constexpr qint64 kMaxBytes = qint64(256) << 20;
    if (f.size() > kMaxBytes)
        throw Error(path, Text::tr("%1 bytes: larger than any fingerprint CSV this reader takes (%2 MiB)").arg(f.size()).arg(kMaxBytes >> 20));
    // (read(max) would reserve max bytes up front: readAll() of a file whose size was checked above.)
    const QByteArray all = f.readAll();
    if (all.size() > kMaxBytes)
        throw Error(path, Text::tr("larger than any fingerprint CSV this reader takes (%1 MiB)").arg(kMaxBytes >> 20));
    QList<QByteArray> lines = all.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.pop_back();
    if (lines.isEmpty())
        throw Error(path, Text::tr("empty file: expected a header 'file,0,1,...'"), 1);
    auto chomp = [](QByteArray &l) {
        if (l.endsWith('\r'))
            l.chop(1);
    };
    QByteArray header = lines[0];
    chomp(header);
    if (header.startsWith("\xEF\xBB\xBF"))
        header.remove(0, 3);
    const QList<QByteArray> h = header.split(',');
    if (h.size() < 2 || h[0] != "file")
        throw Error(path, Text::tr("header must be 'file,0,1,...,D-1' (STOPA fingerprint CSV)"), 1);
    for (int i = 1; i < h.size(); ++i)
        if (h[i] != QByteArray::number(i - 1))
            throw Error(path, Text::tr("header column %1 must be '%2', not '%3'").arg(i + 1).arg(i - 1).arg(QString::fromUtf8(h[i])), 1);
    const int dim = int(h.size()) - 1;
    StopaFingerprintCsv out;
    QSet<QString> seen;
    for (int ln = 1; ln < lines.size(); ++ln) {
        QByteArray l = lines[ln];
        chomp(l);
        if (l.isEmpty())
            continue;
        const QList<QByteArray> fields = l.split(',');
        if (fields.size() != dim + 1)
            throw Error(path, Text::tr("%1 fields, expected %2 (name and %3 values)").arg(fields.size()).arg(dim + 1).arg(dim), ln + 1);
        const QString name = QString::fromUtf8(fields[0]);
        if (name.isEmpty())
            throw Error(path, Text::tr("empty source name in column 'file'"), ln + 1);
        if (seen.contains(name))
            throw Error(path, Text::tr("source '%1' appears twice").arg(name), ln + 1);
        seen.insert(name);
        std::vector<float> row(static_cast<std::size_t>(dim));
        for (int i = 0; i < dim; ++i)
            if (!parseFloat32(fields[i + 1], row[std::size_t(i)]))
                throw Error(path, Text::tr("column %1 ('%2') is not a finite float32 number").arg(i).arg(QString::fromUtf8(fields[i + 1])), ln + 1);
        out.names << name;
        out.rows.push_back(std::move(row));
    }
    return out;
}

QByteArray StopaFingerprintCsv::toBytes() const
{
    const int dim = dimension();
    QByteArray b("file");
    for (int i = 0; i < dim; ++i)
        b += ',' + QByteArray::number(i);
    b += '\n';
    for (int r = 0; r < names.size(); ++r) {
        b += names[r].toUtf8();
        for (float v : rows[std::size_t(r)])
            b += ',' + formatFloat32Numpy(v).toLatin1();
        b += '\n';
    }
    return b;
}

void StopaFingerprintCsv::write(const QString &path) const
{
    for (const auto &r : rows)
        if (int(r.size()) != dimension())
            throw Error(path, Text::tr("fingerprints of different dimensions cannot share one CSV"));
    // The format has no quoting: a name with a comma or a line break would read back as other fields or rows.
    for (const QString &n : names)
        if (n.isEmpty() || n.contains(QLatin1Char(',')) || n.contains(QLatin1Char('\n')) || n.contains(QLatin1Char('\r')))
            throw Error(path, Text::tr("source name '%1' cannot be written to a STOPA CSV (no commas, line breaks or empty "
                                             "names; the format has no quoting): rename the source first").arg(n.left(80)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
    f.write(toBytes());
    if (!f.commit())
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
}

} // namespace st
