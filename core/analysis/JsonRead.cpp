#include "analysis/JsonRead.h"

#include "util/Error.h"

#include <QByteArray>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::JsonRead) };
} // namespace

namespace st::json {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonArray floats(const std::vector<float> &v)
{
    QJsonArray a;
    for (float x : v)
        a.append(number(double(x)));
    return a;
}

QString floatsBase64(const std::vector<float> &v)
{
    QByteArray b(qsizetype(v.size() * 4), Qt::Uninitialized);
    for (std::size_t i = 0; i < v.size(); ++i)
        qToLittleEndian<float>(v[i], b.data() + i * 4);
    return QString::fromLatin1(b.toBase64());
}

std::vector<float> floatsFromBase64(const QString &text, const QString &what)
{
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &bytes = result.decoded;
    if (!result || bytes.size() % 4 != 0)
        throw Error(Text::tr("%1: not base64 of float32 values").arg(what));
    std::vector<float> v(std::size_t(bytes.size() / 4));
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = qFromLittleEndian<float>(bytes.constData() + i * 4);
    return v;
}

void Reader::fail(const QString &key, const QString &expected) const
{
    throw Error((m_o.contains(key) ? Text::tr("%1: member \"%2\" is of the wrong type, expected %3")
                                   : Text::tr("%1: member \"%2\" is missing, expected %3"))
                    .arg(m_context, key, expected));
}

QJsonValue Reader::need(const QString &key) const
{
    if (!m_o.contains(key))
        fail(key, Text::tr("a value"));
    return m_o.value(key);
}

QString Reader::string(const QString &key) const
{
    const QJsonValue v = need(key);
    if (!v.isString())
        fail(key, Text::tr("a string"));
    return v.toString();
}

QString Reader::optString(const QString &key, const QString &def) const
{
    return m_o.contains(key) ? string(key) : def;
}

bool Reader::boolean(const QString &key) const
{
    const QJsonValue v = need(key);
    if (!v.isBool())
        fail(key, Text::tr("true or false"));
    return v.toBool();
}

qint64 Reader::integer(const QString &key) const
{
    const QJsonValue v = need(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
        fail(key, Text::tr("a whole number"));
    return qint64(d);
}

double Reader::number(const QString &key) const
{
    const QJsonValue v = need(key);
    if (v.isNull())
        return std::nan("");
    if (!v.isDouble())
        fail(key, Text::tr("a number or null"));
    return v.toDouble();
}

std::vector<float> Reader::floats(const QString &key) const
{
    std::vector<float> out;
    for (const QJsonValue &x : array(key)) {
        if (!x.isDouble() && !x.isNull())
            fail(key, Text::tr("an array of numbers"));
        out.push_back(x.isNull() ? std::nanf("") : float(x.toDouble()));
    }
    return out;
}

QStringList Reader::strings(const QString &key) const
{
    QStringList out;
    for (const QJsonValue &x : array(key)) {
        if (!x.isString())
            fail(key, Text::tr("an array of strings"));
        out << x.toString();
    }
    return out;
}

QJsonArray Reader::array(const QString &key) const
{
    const QJsonValue v = need(key);
    if (!v.isArray())
        fail(key, Text::tr("an array"));
    return v.toArray();
}

QJsonObject Reader::object(const QString &key) const
{
    const QJsonValue v = need(key);
    if (!v.isObject())
        fail(key, Text::tr("an object"));
    return v.toObject();
}

} // namespace st::json
