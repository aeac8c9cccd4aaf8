#include "case/AnnotationCsv.h"

#include "case/CanonicalJson.h"
#include "util/Error.h"

#include <QFile>
#include <QStringDecoder>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AnnotationCsv) };
} // namespace

namespace st {

namespace {

constexpr qint64 kMaxCsvBytes = qint64(64) << 20;
constexpr int kColumns = 9;
// At most this many problems are listed (a file of garbage must not make a message of gigabytes).
constexpr int kMaxProblems = 1000;

const QStringList &columns()
{
    static const QStringList c{QStringLiteral("evidence_sha256"), QStringLiteral("start_s"), QStringLiteral("end_s"),
                               QStringLiteral("low_hz"),          QStringLiteral("high_hz"), QStringLiteral("cue"),
                               QStringLiteral("locality"),        QStringLiteral("audible"), QStringLiteral("text")};
    return c;
}

struct RawRecord
{
    int line = 0;
    QList<QByteArray> fields;
    QString error; ///< a syntax error of this record
    bool blank = false;
};

// Splits RFC 4180 records. A syntax error ends its record at the end of that physical line (or, for an
// unterminated quote, at the end of the file).
std::vector<RawRecord> splitRecords(const QByteArray &b)
{
    std::vector<RawRecord> out;
    const qsizetype n = b.size();
    qsizetype pos = 0;
    int line = 1;
    auto skipLine = [&] {
        while (pos < n && b[pos] != '\n')
            ++pos;
        if (pos < n) {
            ++pos;
            ++line;
        }
    };
    while (pos < n) {
        RawRecord rec;
        rec.line = line;
        bool sawQuote = false;
        for (;;) {
            QByteArray field;
            if (pos < n && b[pos] == '"') {
                sawQuote = true;
                const int opened = line;
                ++pos;
                bool closed = false;
                while (pos < n) {
                    const char c = b[pos];
                    if (c == '"') {
                        if (pos + 1 < n && b[pos + 1] == '"') {
                            field += '"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    field += c;
                    ++pos;
                }
                if (!closed) {
                    rec.error = Text::tr("a quoted field opened on line %1 is never closed").arg(opened);
                    out.push_back(std::move(rec));
                    return out;
                }
                if (pos < n && b[pos] != ',' && b[pos] != '\n' && !(b[pos] == '\r' && pos + 1 < n && b[pos + 1] == '\n')
                    && !(b[pos] == '\r' && pos + 1 == n)) {
                    rec.error = Text::tr("text after the closing quote of field %1 (a quote inside a quoted field "
                                               "is written as two quotes)").arg(rec.fields.size() + 1);
                    skipLine();
                    break;
                }
            } else {
                const qsizetype start = pos;
                while (pos < n && b[pos] != ',' && b[pos] != '\n')
                    ++pos;
                field = b.mid(start, pos - start);
                if (pos < n && b[pos] == '\n' && field.endsWith('\r'))
                    field.chop(1);
                else if (pos == n && field.endsWith('\r'))
                    field.chop(1);
                if (field.contains('"')) {
                    rec.error = Text::tr("a quote inside unquoted field %1 (quote the whole field and write a quote "
                                               "inside it as two quotes)").arg(rec.fields.size() + 1);
                    skipLine();
                    break;
                }
                if (field.contains('\r')) {
                    rec.error = Text::tr("a carriage return inside unquoted field %1").arg(rec.fields.size() + 1);
                    skipLine();
                    break;
                }
            }
            rec.fields.append(field);
            if (pos >= n)
                break;
            if (b[pos] == ',') {
                ++pos;
                if (pos >= n) { // a trailing comma: one more empty field
                    rec.fields.append(QByteArray());
                    break;
                }
                continue;
            }
            if (b[pos] == '\r')
                ++pos;
            if (pos < n && b[pos] == '\n') {
                ++pos;
                ++line;
            }
            break;
        }
        rec.blank = rec.error.isEmpty() && !sawQuote && rec.fields.size() == 1 && rec.fields.front().isEmpty();
        out.push_back(std::move(rec));
    }
    return out;
}

bool decodeUtf8(const QByteArray &bytes, QString &out)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = d.decode(bytes);
    return !d.hasError();
}

bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s)
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    return true;
}

bool parseNumber(const QString &s, double &v)
{
    bool ok = false;
    v = s.trimmed().toDouble(&ok);
    return ok && !s.trimmed().isEmpty();
}

} // namespace

QString annotationCsvHeader()
{
    return columns().join(QLatin1Char(','));
}

AnnotationCsvRead parseAnnotationsCsv(const QByteArray &input, const QString &name, AnnotationCsvKey key)
{
    bool fileKeyed = false;
    AnnotationCsvRead result;
    int problemsSeen = 0;
    auto problem = [&](int line, const QString &cause) {
        ++problemsSeen;
        if (result.problems.size() < kMaxProblems)
            result.problems << Error::format(name, cause, line);
    };
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const std::vector<RawRecord> records = splitRecords(bytes);
    bool headerSeen = false;
    for (const RawRecord &r : records) {
        if (r.blank)
            continue;
        if (!r.error.isEmpty()) {
            problem(r.line, r.error);
            if (!headerSeen)
                headerSeen = true;
            continue;
        }
        QStringList f;
        bool utf8 = true;
        for (const QByteArray &raw : r.fields) {
            QString s;
            utf8 = decodeUtf8(raw, s) && utf8;
            f << s;
        }
        if (!utf8) {
            problem(r.line, Text::tr("not valid UTF-8 (save the file as UTF-8)"));
            headerSeen = true;
            continue;
        }
        if (!headerSeen) {
            headerSeen = true;
            QStringList fileColumns = columns();
            fileColumns[0] = QStringLiteral("file");
            if (key == AnnotationCsvKey::Sha256OrFile && f == fileColumns)
                fileKeyed = true;
            else if (f != columns())
                problem(r.line, Text::tr("the header is '%1', expected '%2'")
                                    .arg(Error::escaped(f.join(QLatin1Char(',')).left(200)), annotationCsvHeader()));
            continue;
        }
        if (f.size() != kColumns) {
            problem(r.line, Text::tr("%1 fields, expected %2 (%3)").arg(f.size()).arg(kColumns).arg(annotationCsvHeader()));
            continue;
        }
        AnnotationCsvRow row;
        row.line = r.line;
        Annotation &a = row.annotation;
        if (fileKeyed) {
            row.file = f[0].trimmed();
            if (row.file.isEmpty()) {
                problem(r.line, Text::tr("an empty file id"));
                continue;
            }
        } else {
            row.evidenceSha256 = f[0].trimmed().toLower();
        }
        if (!fileKeyed && !isSha256Hex(row.evidenceSha256)) {
            problem(r.line, Text::tr("evidence_sha256 '%1' is not 64 hex digits").arg(Error::escaped(f[0].left(80))));
            continue;
        }
        if (!parseNumber(f[1], a.startS)) {
            problem(r.line, Text::tr("start_s '%1' is not a number of seconds").arg(Error::escaped(f[1].left(40))));
            continue;
        }
        if (!parseNumber(f[2], a.endS)) {
            problem(r.line, Text::tr("end_s '%1' is not a number of seconds").arg(Error::escaped(f[2].left(40))));
            continue;
        }
        const bool hasLow = !f[3].trimmed().isEmpty(), hasHigh = !f[4].trimmed().isEmpty();
        if (hasLow != hasHigh) {
            problem(r.line, Text::tr("low_hz and high_hz must both be given or both be empty"));
            continue;
        }
        if (hasLow) {
            FrequencyBand band;
            if (!parseNumber(f[3], band.lowHz) || !parseNumber(f[4], band.highHz)) {
                problem(r.line, Text::tr("low_hz '%1' / high_hz '%2' are not numbers of Hz")
                                    .arg(Error::escaped(f[3].left(40)), Error::escaped(f[4].left(40))));
                continue;
            }
            a.band = band;
        }
        const std::optional<Cue> cue = parseCue(f[5]);
        if (!cue) {
            problem(r.line, Text::tr("unknown cue '%1' (one of %2)").arg(Error::escaped(f[5].left(40)), cueNames()));
            continue;
        }
        a.cue = *cue;
        bool ok = false;
        a.locality = f[6].trimmed().toInt(&ok);
        if (!ok) {
            problem(r.line, Text::tr("locality '%1' is not a whole number 1..5").arg(Error::escaped(f[6].left(40))));
            continue;
        }
        const QString audible = f[7].trimmed().toLower();
        if (audible == QLatin1String("yes") || audible == QLatin1String("true") || audible == QLatin1String("1")) {
            a.audible = true;
        } else if (audible == QLatin1String("no") || audible == QLatin1String("false") || audible == QLatin1String("0")) {
            a.audible = false;
        } else {
            problem(r.line, Text::tr("audible '%1' is not yes or no").arg(Error::escaped(f[7].left(40))));
            continue;
        }
        a.text = f[8];
        const QString why = annotationProblem(a);
        if (!why.isEmpty()) {
            problem(r.line, why);
            continue;
        }
        result.rows.push_back(std::move(row));
    }
    if (!headerSeen)
        problem(1, Text::tr("an empty file: expected the header '%1'").arg(annotationCsvHeader()));
    if (problemsSeen > kMaxProblems)
        result.problems << Error::format(name, Text::tr("... and %n more bad row(s)", nullptr, int(problemsSeen - kMaxProblems)), 0);
    return result;
}

AnnotationCsvRead readAnnotationsCsv(const QString &path, AnnotationCsvKey key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the annotations CSV: %1").arg(f.errorString()));
    if (f.size() > kMaxCsvBytes)
        throw Error(path, Text::tr("an annotations CSV of %1 bytes (at most %2 MiB)").arg(f.size()).arg(kMaxCsvBytes >> 20));
    const QByteArray bytes = f.read(kMaxCsvBytes + 1);
    if (bytes.size() > kMaxCsvBytes)
        throw Error(path, Text::tr("an annotations CSV over %1 MiB").arg(kMaxCsvBytes >> 20));
    return parseAnnotationsCsv(bytes, path, key);
}

QByteArray csvField(const QString &text)
{
    const QByteArray u = text.toUtf8();
    if (!u.contains(',') && !u.contains('"') && !u.contains('\r') && !u.contains('\n'))
        return u;
    QByteArray q = u;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

QByteArray annotationCsvRecord(const QString &sha256, const Annotation &a)
{
    QList<QByteArray> f;
    f << csvField(sha256) << canonicalNumber(a.startS).toLatin1() << canonicalNumber(a.endS).toLatin1();
    f << (a.band ? canonicalNumber(a.band->lowHz).toLatin1() : QByteArray());
    f << (a.band ? canonicalNumber(a.band->highHz).toLatin1() : QByteArray());
    f << cueName(a.cue).toLatin1() << QByteArray::number(a.locality) << QByteArray(a.audible ? "yes" : "no");
    f << csvField(a.text);
    return f.join(',');
}

QByteArray writeAnnotationsCsv(const std::vector<std::pair<QString, Annotation>> &rows)
{
    QByteArray out = annotationCsvHeader().toLatin1() + "\r\n";
    for (const auto &r : rows)
        out += annotationCsvRecord(r.first, r.second) + "\r\n";
    return out;
}

} // namespace st
