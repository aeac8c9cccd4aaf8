#include "case/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace st {

namespace {

// The code points of a string; an unpaired surrogate becomes U+FFFD (it has no UTF-8 form).
std::vector<char32_t> codePoints(const QString &s)
{
    std::vector<char32_t> out;
    out.reserve(std::size_t(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            out.push_back(QChar::surrogateToUcs4(c, s.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            out.push_back(0xFFFD);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Python's json encoder with ensure_ascii=False (json.encoder.ESCAPE_DCT).
void appendString(QByteArray &out, const std::vector<char32_t> &cps)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (char32_t c : cps) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[(c >> 4) & 0xF]);
                out.append(hex[c & 0xF]);
            } else {
                appendUtf8(out, c);
            }
        }
    }
    out.append('"');
}

// 2^63 as a double: integral values in [-2^63, 2^63) fit a qint64.
constexpr double kTwo63 = 9223372036854775808.0;

void appendNumber(QByteArray &out, const QJsonValue &v)
{
    const QVariant var = v.toVariant();
    if (var.typeId() == QMetaType::LongLong) {
        out.append(QByteArray::number(var.toLongLong()));
        return;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    if (d == std::trunc(d) && d >= -kTwo63 && d < kTwo63) {
        out.append(QByteArray::number(qint64(d)));
        return;
    }
    out.append(pythonFloatRepr(d));
}

void append(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, v);
        break;
    case QJsonValue::String:
        appendString(out, codePoints(v.toString()));
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            append(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        // Values are taken while iterating, never looked up by key: Qt 6.4's parser can leave an object whose
        // keys are not in the order its binary search expects (keys beyond the BMP), so value(key) may miss.
        std::vector<std::pair<std::vector<char32_t>, QJsonValue>> keys;
        keys.reserve(std::size_t(o.size()));
        for (auto it = o.begin(); it != o.end(); ++it)
            keys.emplace_back(codePoints(it.key()), it.value());
        // Python sorts str keys by code point; Qt keeps them in UTF-16 order (they differ beyond the BMP).
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        out.append('{');
        bool first = true;
        for (const auto &k : keys) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, k.first);
            out.append(':');
            append(out, k.second);
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("inf") : QByteArrayLiteral("-inf");
    if (value == 0)
        return std::signbit(value) ? QByteArrayLiteral("-0.0") : QByteArrayLiteral("0.0");
    // The shortest digits that round-trip (the same digits as Python's dtoa mode 0), in scientific form.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::scientific);
    const std::string sci(buf, r.ptr);
    const std::size_t e = sci.find('e');
    std::string digits;
    for (std::size_t i = 0; i < e; ++i)
        if (sci[i] != '.')
            digits += sci[i];
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int exponent = std::stoi(sci.substr(e + 1));
    const int decpt = exponent + 1; // value = 0.DIGITS x 10^decpt
    const int n = int(digits.size());
    std::string s = value < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
        s += digits[0];
        if (n > 1)
            s += '.' + digits.substr(1);
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%+.02d", decpt - 1);
        s += ebuf;
    } else if (decpt <= 0) {
        s += "0." + std::string(std::size_t(-decpt), '0') + digits;
    } else if (decpt >= n) {
        s += digits + std::string(std::size_t(decpt - n), '0') + ".0";
    } else {
        s += digits.substr(0, std::size_t(decpt)) + '.' + digits.substr(std::size_t(decpt));
    }
    return QByteArray::fromStdString(s);
}

QString canonicalNumber(double value)
{
    QByteArray out;
    appendNumber(out, QJsonValue(value));
    return QString::fromLatin1(out);
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

bool isCanonicalJsonObject(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject())
        return false;
    return canonicalJson(d.object()) == text;
}

} // namespace st
