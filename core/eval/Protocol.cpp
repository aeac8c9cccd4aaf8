#include "eval/Protocol.h"

#include "util/Error.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace st {

namespace {

/// Streams the non-blank lines of a text file with their 1-based numbers; `visit` returns false to stop.
void forEachLine(const QString &path, const std::function<bool(const QString &, int)> &visit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("cannot open the protocol file: %1").arg(f.errorString()));
    int lineNo = 0;
    while (!f.atEnd()) {
        QByteArray raw = f.readLine();
        ++lineNo;
        if (lineNo == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty())
            continue;
        if (!visit(line, lineNo))
            return;
    }
}

const QRegularExpression &whitespace()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

QStringList splitWhitespace(const QString &line) { return line.trimmed().split(whitespace(), Qt::SkipEmptyParts); }

bool isBonafideLabel(const QString &s)
{
    const QString l = s.trimmed().toLower();
    return l == QLatin1String("bonafide") || l == QLatin1String("bona-fide") || l == QLatin1String("bona fide");
}

/// Index of the first header column whose lower-cased name is one of `names`, or -1.
int findColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        for (const char *n : names)
            if (h == QLatin1String(n))
                return i;
    }
    return -1;
}

int requireColumn(const QString &path, const QStringList &header, std::initializer_list<const char *> names,
                  int headerLine)
{
    const int i = findColumn(header, names);
    if (i < 0) {
        QStringList wanted;
        for (const char *n : names)
            wanted << QLatin1String(n);
        throw Error(path,
                    QStringLiteral("the header has no column %1 (columns found: %2)")
                        .arg(wanted.join(QStringLiteral(" / ")), header.join(QStringLiteral(", "))),
                    headerLine);
    }
    return i;
}

QChar guessDelimiter(const QString &headerLine)
{
    const int tabs = headerLine.count(QLatin1Char('\t'));
    const int commas = headerLine.count(QLatin1Char(','));
    const int pipes = headerLine.count(QLatin1Char('|'));
    if (tabs >= commas && tabs >= pipes && tabs > 0)
        return QLatin1Char('\t');
    if (pipes > commas)
        return QLatin1Char('|');
    return QLatin1Char(',');
}

} // namespace

bool splitCsvLine(const QString &line, QChar delimiter, QStringList &fields)
{
    fields.clear();
    QString cur;
    bool inQuotes = false, wasQuoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    cur += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"') && cur.trimmed().isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
            cur.clear();
        } else if (c == delimiter) {
            fields << (wasQuoted ? cur : cur.trimmed());
            cur.clear();
            wasQuoted = false;
        } else {
            cur += c;
        }
    }
    if (inQuotes)
        return false;
    fields << (wasQuoted ? cur : cur.trimmed());
    return true;
}

QString TrialList::fingerprintAttack(const QString &fingerprint)
{
    const int dash = fingerprint.indexOf(QLatin1Char('-'));
    return dash < 0 ? fingerprint : fingerprint.left(dash);
}

QSet<QString> TrialList::fingerprintAttacks() const
{
    QSet<QString> s;
    for (const QString &f : fingerprints)
        s.insert(fingerprintAttack(f));
    return s;
}

ProtocolFormat detectProtocolFormat(const QString &path)
{
    ProtocolFormat fmt = ProtocolFormat::Unknown;
    forEachLine(path, [&](const QString &line, int) {
        const QString lower = line.toLower();
        if (lower.contains(QLatin1String("istargetatk")))
            fmt = ProtocolFormat::StopaTrials;
        else if (line.contains(QLatin1Char('\t')) && findColumn(line.split(QLatin1Char('\t')), {"file"}) >= 0
                 && findColumn(line.split(QLatin1Char('\t')), {"attack"}) >= 0)
            fmt = ProtocolFormat::ProjectTsv;
        else {
            QStringList h;
            if (splitCsvLine(line, guessDelimiter(line), h) && findColumn(h, {"path"}) >= 0
                && findColumn(h, {"model_name"}) >= 0)
                fmt = ProtocolFormat::Mlaad;
            else {
                const QStringList w = splitWhitespace(line);
                if ((w.size() == 5 || w.size() == 8)
                    && (w[w.size() == 5 ? 4 : 5] == QLatin1String("bonafide")
                        || w[w.size() == 5 ? 4 : 5] == QLatin1String("spoof")))
                    fmt = ProtocolFormat::AsvspoofLa;
            }
        }
        return false; // the first non-blank line decides
    });
    return fmt;
}

std::vector<LabelledClip> readProjectTsv(const QString &path)
{
    std::vector<LabelledClip> clips;
    QStringList header;
    int headerLine = 0, cFile = -1, cAttack = -1, cAm = -1, cVoc = -1, cCodec = -1;
    QHash<QString, int> seen;
    forEachLine(path, [&](const QString &line, int no) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (header.isEmpty()) {
            header = f;
            headerLine = no;
            cFile = requireColumn(path, header, {"file"}, no);
            cAttack = requireColumn(path, header, {"attack"}, no);
            cAm = findColumn(header, {"acoustic_model"});
            cVoc = findColumn(header, {"waveform_generator", "vocoder"});
            cCodec = findColumn(header, {"codec"});
            return true;
        }
        if (f.size() != header.size())
            throw Error(path,
                        QStringLiteral("expected %1 tab-separated fields as in the header on line %2 (%3), "
                                       "found %4")
                            .arg(header.size())
                            .arg(headerLine)
                            .arg(header.join(QLatin1Char(' ')))
                            .arg(f.size()),
                        no);
        LabelledClip c;
        c.file = f[cFile].trimmed();
        c.attack = f[cAttack].trimmed();
        if (c.file.isEmpty() || c.attack.isEmpty())
            throw Error(path, QStringLiteral("empty 'file' or 'attack' field"), no);
        if (seen.contains(c.file))
            throw Error(path,
                        QStringLiteral("file '%1' is listed twice (first on line %2)").arg(c.file).arg(seen[c.file]),
                        no);
        seen.insert(c.file, no);
        c.isBonafide = isBonafideLabel(c.attack);
        if (cAm >= 0)
            c.acousticModel = f[cAm].trimmed();
        if (cVoc >= 0)
            c.vocoder = f[cVoc].trimmed();
        if (cCodec >= 0)
            c.codec = f[cCodec].trimmed();
        for (int i = 0; i < header.size(); ++i)
            if (i != cFile && i != cAttack && i != cAm && i != cVoc && i != cCodec)
                c.attributes.insert(header[i].trimmed(), f[i]);
        clips.push_back(std::move(c));
        return true;
    });
    if (header.isEmpty())
        throw Error(path, QStringLiteral("the protocol is empty (expected a header line: file attack ...)"));
    return clips;
}

std::vector<LabelledClip> readAsvspoofLaProtocol(const QString &path)
{
    std::vector<LabelledClip> clips;
    forEachLine(path, [&](const QString &line, int no) {
        const QStringList f = splitWhitespace(line);
        if (f.size() != 5 && f.size() != 8)
            throw Error(path,
                        QStringLiteral("expected 5 fields 'speaker file - attack key' (ASVspoof 2019 LA) or 8 "
                                       "fields 'speaker file codec transmission attack key trim phase' "
                                       "(ASVspoof 2021 LA), found %1")
                            .arg(f.size()),
                        no);
        const bool v2021 = f.size() == 8;
        const QString attack = f[v2021 ? 4 : 3];
        const QString key = f[v2021 ? 5 : 4];
        if (key != QLatin1String("bonafide") && key != QLatin1String("spoof"))
            throw Error(path, QStringLiteral("key must be 'bonafide' or 'spoof', not '%1'").arg(key), no);
        LabelledClip c;
        c.file = f[1];
        c.isBonafide = key == QLatin1String("bonafide");
        if (c.isBonafide)
            c.attack = QStringLiteral("bonafide");
        else if (attack == QLatin1String("-"))
            throw Error(path, QStringLiteral("a spoof row needs an attack id (e.g. A01) in place of '-'"), no);
        else
            c.attack = attack;
        c.attributes.insert(QStringLiteral("speaker"), f[0]);
        if (v2021) {
            c.codec = f[2] == QLatin1String("-") ? QString() : f[2];
            c.attributes.insert(QStringLiteral("transmission"), f[3]);
            c.attributes.insert(QStringLiteral("trim"), f[6]);
            c.attributes.insert(QStringLiteral("phase"), f[7]);
        }
        clips.push_back(std::move(c));
        return true;
    });
    return clips;
}

std::vector<LabelledClip> readMlaadProtocol(const QString &path)
{
    std::vector<LabelledClip> clips;
    QStringList header;
    QChar delim;
    int cPath = -1, cModel = -1, cArch = -1;
    forEachLine(path, [&](const QString &line, int no) {
        QStringList f;
        if (header.isEmpty()) {
            delim = guessDelimiter(line);
            if (!splitCsvLine(line, delim, header))
                throw Error(path, QStringLiteral("unterminated quote in the header"), no);
            cPath = requireColumn(path, header, {"path"}, no);
            cModel = requireColumn(path, header, {"model_name"}, no);
            cArch = findColumn(header, {"architecture"});
            return true;
        }
        if (!splitCsvLine(line, delim, f))
            throw Error(path, QStringLiteral("unterminated quote (a field opened with \" is never closed)"), no);
        if (f.size() != header.size())
            throw Error(path,
                        QStringLiteral("expected %1 '%2'-separated fields as in the header (%3), found %4")
                            .arg(header.size())
                            .arg(delim)
                            .arg(header.join(delim))
                            .arg(f.size()),
                        no);
        LabelledClip c;
        c.file = f[cPath];
        c.attack = f[cModel];
        if (c.file.isEmpty() || c.attack.isEmpty())
            throw Error(path, QStringLiteral("empty 'path' or 'model_name' field"), no);
        c.isBonafide = isBonafideLabel(c.attack);
        if (cArch >= 0)
            c.acousticModel = f[cArch];
        for (int i = 0; i < header.size(); ++i)
            if (i != cPath && i != cModel && i != cArch)
                c.attributes.insert(header[i], f[i]);
        clips.push_back(std::move(c));
        return true;
    });
    if (header.isEmpty())
        throw Error(path, QStringLiteral("the protocol is empty (expected a header with path and model_name)"));
    return clips;
}

std::vector<LabelledClip> readClipProtocol(const QString &path)
{
    switch (detectProtocolFormat(path)) {
    case ProtocolFormat::ProjectTsv:
        return readProjectTsv(path);
    case ProtocolFormat::AsvspoofLa:
        return readAsvspoofLaProtocol(path);
    case ProtocolFormat::Mlaad:
        return readMlaadProtocol(path);
    case ProtocolFormat::StopaTrials:
        throw Error(path, QStringLiteral("this is a STOPA trial list (trial vs fingerprint), not a clip protocol: "
                                         "read it as trials"));
    case ProtocolFormat::Unknown:
        break;
    }
    throw Error(path, QStringLiteral("unknown protocol format: expected a SourceTrace TSV (header with file and "
                                     "attack), an ASVspoof LA protocol or an MLAAD CSV (header with path and "
                                     "model_name); see docs/protocols.md"),
                1);
}

namespace {

bool parseFlag(const QString &s, char &out)
{
    const QString l = s.trimmed().toLower();
    if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("1.0")) {
        out = 1;
        return true;
    }
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("0.0")) {
        out = 0;
        return true;
    }
    return false;
}

} // namespace

TrialList readStopaTrials(const QString &path)
{
    TrialList t;
    QStringList header;
    QString headerText;
    bool csv = false;
    int headerLine = 0;
    int cFile = -1, cFp = -1, cAtk = -1, cTa = -1, cTam = -1, cTvm = -1, cAmA = -1, cVmA = -1, cScore = -1;
    QStringList f;
    forEachLine(path, [&](const QString &line, int no) {
        if (header.isEmpty()) {
            headerText = line.trimmed();
            csv = line.contains(QLatin1Char(','));
            if (csv)
                splitCsvLine(line, QLatin1Char(','), header);
            else
                header = splitWhitespace(line);
            headerLine = no;
            cFile = requireColumn(path, header, {"filename", "file", "trial", "trialfile"}, no);
            cFp = requireColumn(path, header, {"abstractmodel", "fingerprint", "enrolment", "enrollment", "model"},
                                no);
            cAtk = requireColumn(path, header, {"atk", "attack"}, no);
            cTa = requireColumn(path, header, {"istargetatk"}, no);
            cTam = requireColumn(path, header, {"istargetacousticmodel"}, no);
            cTvm = requireColumn(path, header, {"istargetvocodermodel"}, no);
            cAmA = findColumn(header, {"istargetamarchit"});
            cVmA = findColumn(header, {"istargetvmarchit"});
            cScore = findColumn(header, {"cosscore", "score"});
            return true;
        }
        // Concatenated trial files repeat their header line (as STOPA's own evaluation CSVs do): skip it.
        if (line.trimmed() == headerText)
            return true;
        if (csv) {
            if (!splitCsvLine(line, QLatin1Char(','), f))
                throw Error(path, QStringLiteral("unterminated quote"), no);
        } else {
            f = splitWhitespace(line);
        }
        if (f.size() != header.size())
            throw Error(path,
                        QStringLiteral("expected %1 fields as in the header on line %2, found %3")
                            .arg(header.size())
                            .arg(headerLine)
                            .arg(f.size()),
                        no);
        char ta, tam, tvm;
        const auto flag = [&](int col, char &out) {
            if (!parseFlag(f[col], out))
                throw Error(path,
                            QStringLiteral("column %1 must be True/False or 1/0, not '%2'").arg(header[col], f[col]),
                            no);
        };
        flag(cTa, ta);
        flag(cTam, tam);
        flag(cTvm, tvm);
        t.files << f[cFile];
        t.fingerprints << f[cFp];
        t.attacks << f[cAtk];
        t.targetAtk.push_back(ta);
        t.targetAm.push_back(tam);
        t.targetVm.push_back(tvm);
        if (cAmA >= 0) {
            char v;
            flag(cAmA, v);
            t.targetAmArch.push_back(v);
        }
        if (cVmA >= 0) {
            char v;
            flag(cVmA, v);
            t.targetVmArch.push_back(v);
        }
        if (cScore >= 0) {
            bool ok = false;
            const double s = f[cScore].toDouble(&ok);
            if (!ok)
                throw Error(path, QStringLiteral("score '%1' in column %2 is not a number").arg(f[cScore], header[cScore]),
                            no);
            t.scores.push_back(s);
        }
        return true;
    });
    if (header.isEmpty())
        throw Error(path, QStringLiteral("the trial list is empty (expected a header with FileName, AbstractModel, "
                                         "ATK, IsTargetATK, IsTargetAcousticModel, IsTargetVocoderModel)"));
    return t;
}

} // namespace st
