#include "case/AuditLog.h"

#include "case/CanonicalJson.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AuditLog) };
} // namespace

namespace st {

namespace {

bool isHexHash(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

// A control character, or an unpaired surrogate (text that has no UTF-8 form: it would hash as one string and
// export as another).
bool hasControl(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x20 || c == 0x7f)
            return true;
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            return true;
    }
    return false;
}

const QRegularExpression &timePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    return re;
}

ChainVerification bad(ChainVerification v, int seq, const QString &reason)
{
    v.ok = false;
    v.firstBadSeq = seq;
    v.reason = reason;
    return v;
}

} // namespace

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray auditCanonicalString(const AuditEntry &e)
{
    return QString::number(e.seq).toUtf8() + '\n' + e.time.toUtf8() + '\n' + e.user.toUtf8() + '\n'
         + e.action.toUtf8() + '\n' + e.details.toUtf8() + '\n' + e.prevHash.toUtf8();
}

QString auditEntryHash(const AuditEntry &e)
{
    return QString::fromLatin1(QCryptographicHash::hash(auditCanonicalString(e), QCryptographicHash::Sha256).toHex());
}

QString auditUserProblem(const QString &user)
{
    if (user.isEmpty())
        return Text::tr("an empty user name (every change is signed with the examiner's name)");
    if (user.size() > 200)
        return Text::tr("a user name of %1 characters (at most 200)").arg(user.size());
    if (hasControl(user))
        return Text::tr("a user name with a control character (a newline or tab) or invalid Unicode: '%1'").arg(Error::escaped(user));
    return {};
}

ChainVerification verifyAuditChain(const QList<AuditEntry> &entries)
{
    ChainVerification v;
    v.entries = int(entries.size());
    if (!entries.isEmpty())
        v.headHash = entries.back().hash;
    if (entries.isEmpty())
        return bad(v, 1, Text::tr("the audit log is empty (a case always starts with its case.created entry)"));
    QString prev = auditGenesisHash();
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries[i];
        const int expected = i + 1;
        if (e.seq != expected) {
            if (e.seq > expected)
                return bad(v, expected, expected == 1
                               ? Text::tr("entry 1 is missing: the log starts at entry %1").arg(e.seq)
                               : Text::tr("entry %1 is missing: entry %2 follows entry %3")
                                     .arg(expected).arg(e.seq).arg(expected - 1));
            return bad(v, expected, Text::tr("entry %1 is out of order or repeated (seq %2 where %1 was expected)")
                                        .arg(expected).arg(e.seq));
        }
        if (e.prevHash != prev)
            return bad(v, e.seq, Text::tr("entry %1 does not link to the entry before it (prevHash %2, expected %3)")
                                     .arg(e.seq).arg(e.prevHash.left(64), prev));
        if (!timePattern().match(e.time).hasMatch())
            return bad(v, e.seq, Text::tr("entry %1 has a malformed time '%2' (expected UTC ISO 8601 with milliseconds and Z)")
                                     .arg(e.seq).arg(Error::escaped(e.time.left(40))));
        const QString userProblem = auditUserProblem(e.user);
        if (!userProblem.isEmpty())
            return bad(v, e.seq, Text::tr("entry %1 has %2").arg(e.seq).arg(userProblem));
        if (e.action.isEmpty() || hasControl(e.action))
            return bad(v, e.seq, Text::tr("entry %1 has an empty action or one with control characters").arg(e.seq));
        if (!isCanonicalJsonObject(e.details.toUtf8()))
            return bad(v, e.seq, Text::tr("entry %1's details are not the canonical JSON text of an object").arg(e.seq));
        if (!isHexHash(e.hash))
            return bad(v, e.seq, Text::tr("entry %1's hash is not 64 lower-case hex digits").arg(e.seq));
        const QString recomputed = auditEntryHash(e);
        if (recomputed != e.hash)
            return bad(v, e.seq, Text::tr("entry %1 (%2) was changed: its content hashes to %3, the chain says %4")
                                     .arg(e.seq).arg(Error::escaped(e.action.left(60)), recomputed, e.hash));
        prev = e.hash;
    }
    v.ok = true;
    return v;
}

QByteArray auditEntryJsonLine(const AuditEntry &e)
{
    QByteArray line;
    line += "{\"seq\":" + QByteArray::number(e.seq);
    line += ",\"time\":" + canonicalJson(QJsonValue(e.time));
    line += ",\"user\":" + canonicalJson(QJsonValue(e.user));
    line += ",\"action\":" + canonicalJson(QJsonValue(e.action));
    line += ",\"details\":" + e.details.toUtf8();
    line += ",\"prevHash\":" + canonicalJson(QJsonValue(e.prevHash));
    line += ",\"hash\":" + canonicalJson(QJsonValue(e.hash)) + '}';
    return line;
}

ChainVerification verifyAuditJsonlBytes(const QByteArray &bytes)
{
    QList<AuditEntry> entries;
    QList<int> lineOf; // the line each entry was read from
    const QList<QByteArray> lines = bytes.split('\n');
    int lineNo = 0;
    ChainVerification partial;
    for (const QByteArray &raw : lines) {
        ++lineNo;
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() && lineNo == lines.size())
            break; // the newline that ends the last record
        partial.entries = int(entries.size());
        auto fail = [&](const QString &cause) {
            return bad(partial, int(entries.size()) + 1, Text::tr("line %1: %2").arg(lineNo).arg(cause));
        };
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !d.isObject())
            return fail(Text::tr("not a JSON object (%1)").arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                                                           : Text::tr("another JSON value")));
        const QJsonObject o = d.object();
        static const QStringList keys{QStringLiteral("action"), QStringLiteral("details"), QStringLiteral("hash"),
                                      QStringLiteral("prevHash"), QStringLiteral("seq"), QStringLiteral("time"),
                                      QStringLiteral("user")};
        QStringList have = o.keys();
        have.sort();
        if (have != keys)
            return fail(Text::tr("fields %1, expected exactly %2").arg(have.join(QLatin1Char(',')), keys.join(QLatin1Char(','))));
        const QJsonValue seq = o.value(QStringLiteral("seq"));
        if (!seq.isDouble() || seq.toDouble() != double(seq.toInteger()) || seq.toInteger() < 1 || seq.toInteger() > (1 << 30))
            return fail(Text::tr("seq is not a positive integer"));
        for (const QString &k : {QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"),
                                 QStringLiteral("prevHash"), QStringLiteral("hash")})
            if (!o.value(k).isString())
                return fail(Text::tr("%1 is not a string").arg(k));
        if (!o.value(QStringLiteral("details")).isObject())
            return fail(Text::tr("details is not a JSON object"));
        AuditEntry e;
        e.seq = int(seq.toInteger());
        e.time = o.value(QStringLiteral("time")).toString();
        e.user = o.value(QStringLiteral("user")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.details = QString::fromUtf8(canonicalJson(o.value(QStringLiteral("details")).toObject()));
        e.prevHash = o.value(QStringLiteral("prevHash")).toString();
        e.hash = o.value(QStringLiteral("hash")).toString();
        entries.append(e);
        lineOf.append(lineNo);
    }
    ChainVerification v = verifyAuditChain(entries);
    if (!v.ok && v.firstBadSeq >= 1 && v.firstBadSeq <= entries.size())
        v.reason = Text::tr("line %1: %2").arg(lineOf[v.firstBadSeq - 1]).arg(v.reason);
    return v;
}

ChainVerification verifyAuditJsonl(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the audit log export: %1").arg(f.errorString()));
    if (f.size() > (qint64(1) << 30))
        throw Error(path, Text::tr("an audit log export of %1 bytes (over 1 GiB) is not one SourceTrace wrote").arg(f.size()));
    return verifyAuditJsonlBytes(f.readAll());
}

} // namespace st
