#pragma once
// Reads the fields of one JSON object of a configuration file with their types and ranges, refusing unknown fields,
// so that every message names the file and the field: "path: prefix.field: cause". Shared by the network and
// training run configurations.
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>

namespace st {

struct JsonFieldReader
{
    const QJsonObject &o;
    QString path;
    QString prefix; ///< e.g. "heads[0]." for nested objects

    [[noreturn]] void fail(const QString &field, const QString &why) const
    {
        // The field name may come from the input (an unknown key): escaped, since a NUL in it would cut what()
        // short (an empty message was found by fuzz_analysis_json).
        throw Error(path, QStringLiteral("%1%2: %3").arg(prefix, Error::escaped(field), why));
    }
    void allowOnly(const QStringList &keys) const
    {
        for (const QString &k : o.keys())
            if (!keys.contains(k))
                fail(k, tr("unknown field (known: %1)").arg(keys.join(QLatin1String(", "))));
    }
    int integer(const QString &k, int def, long long lo, long long hi) const
    {
        if (!o.contains(k))
            return def;
        const QJsonValue v = o.value(k);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d))
            fail(k, tr("must be an integer"));
        if (d < double(lo) || d > double(hi))
            fail(k, tr("must be in [%1, %2] (it is %3)").arg(lo).arg(hi).arg(d));
        return int(d);
    }
    double real(const QString &k, double def, double lo, double hi) const
    {
        if (!o.contains(k))
            return def;
        const QJsonValue v = o.value(k);
        if (!v.isDouble())
            fail(k, tr("must be a number"));
        const double d = v.toDouble();
        if (!(d >= lo && d <= hi))
            fail(k, tr("must be in [%1, %2] (it is %3)").arg(lo).arg(hi).arg(d));
        return d;
    }
    bool boolean(const QString &k, bool def) const
    {
        if (!o.contains(k))
            return def;
        if (!o.value(k).isBool())
            fail(k, tr("must be true or false"));
        return o.value(k).toBool();
    }
    QString string(const QString &k, const QString &def = {}) const
    {
        if (!o.contains(k))
            return def;
        if (!o.value(k).isString())
            fail(k, tr("must be a string"));
        return o.value(k).toString();
    }
    QString choice(const QString &k, const QString &def, const QStringList &allowed) const
    {
        const QString s = string(k, def);
        if (!allowed.contains(s))
            fail(k, tr("must be one of %1 (it is \"%2\")").arg(allowed.join(QLatin1String(", ")), s));
        return s;
    }
    /// A string or an array of non-empty strings.
    QStringList strings(const QString &k) const
    {
        QStringList out;
        if (!o.contains(k))
            return out;
        const QJsonValue v = o.value(k);
        if (v.isString())
            return {v.toString()};
        if (!v.isArray())
            fail(k, tr("must be a string or an array of strings"));
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString() || e.toString().isEmpty())
                fail(k, tr("every entry must be a non-empty string"));
            out << e.toString();
        }
        return out;
    }
    /// A nested object (empty when absent).
    QJsonObject object(const QString &k) const
    {
        if (!o.contains(k))
            return {};
        if (!o.value(k).isObject())
            fail(k, tr("must be an object"));
        return o.value(k).toObject();
    }

    // tr(): the messages' translation context (last, since the macro ends in "private:", with no data after it,
    // so that the reader stays an aggregate: JsonFieldReader{o, path, prefix}).
    Q_DECLARE_TR_FUNCTIONS(st::JsonFieldReader)
};

} // namespace st
