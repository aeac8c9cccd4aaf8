#include "models/Safetensors.h"

#include "util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <limits>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Safetensors) };
} // namespace

namespace st {

namespace {

constexpr quint64 kMaxHeaderBytes = 100u << 20; // the format's own limit (100 MB)

void putLe64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

quint64 getLe64(const char *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint64(uchar(p[i]));
    return v;
}

int dtypeSize(const QString &dtype)
{
    if (dtype == QLatin1String("F32") || dtype == QLatin1String("I32"))
        return 4;
    if (dtype == QLatin1String("F64") || dtype == QLatin1String("I64"))
        return 8;
    if (dtype == QLatin1String("F16") || dtype == QLatin1String("I16"))
        return 2;
    if (dtype == QLatin1String("I8") || dtype == QLatin1String("U8") || dtype == QLatin1String("BOOL"))
        return 1;
    return 0;
}

QString pthDtype(const QString &dtype)
{
    static const QMap<QString, QString> map{{"F32", "float32"}, {"F64", "float64"}, {"F16", "float16"},
                                            {"I64", "int64"},   {"I32", "int32"},   {"I16", "int16"},
                                            {"I8", "int8"},     {"U8", "uint8"},    {"BOOL", "bool"}};
    return map.value(dtype);
}

} // namespace

void writeSafetensors(const QString &path, const std::vector<NamedTensor> &tensors,
                      const QMap<QString, QString> &metadata)
{
    std::vector<const NamedTensor *> order;
    for (const NamedTensor &t : tensors)
        order.push_back(&t);
    std::sort(order.begin(), order.end(), [](const NamedTensor *a, const NamedTensor *b) { return a->name < b->name; });
    for (size_t i = 1; i < order.size(); ++i)
        if (order[i]->name == order[i - 1]->name)
            throw Error(path, Text::tr("cannot write weights: the tensor name \"%1\" appears twice").arg(order[i]->name));

    // QJsonObject sorts its keys, so the header is canonical.
    QJsonObject header;
    quint64 offset = 0;
    for (const NamedTensor *t : order) {
        int64_t n = 1;
        QJsonArray shape;
        for (int64_t d : t->shape) {
            if (d < 0)
                throw Error(path, Text::tr("cannot write weights: tensor \"%1\" has a negative dimension").arg(t->name));
            n *= d;
            shape.append(qint64(d));
        }
        if (size_t(n) != t->values.size())
            throw Error(path, Text::tr("cannot write weights: tensor \"%1\" has %2 values for a shape of %3")
                                  .arg(t->name)
                                  .arg(t->values.size())
                                  .arg(n));
        QJsonObject e;
        e.insert(QStringLiteral("dtype"), QStringLiteral("F32"));
        e.insert(QStringLiteral("shape"), shape);
        const quint64 bytes = quint64(n) * 4;
        e.insert(QStringLiteral("data_offsets"), QJsonArray{qint64(offset), qint64(offset + bytes)});
        header.insert(t->name, e);
        offset += bytes;
    }
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        header.insert(QStringLiteral("__metadata__"), meta);
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0) // the format pads the header with spaces to an 8-byte boundary
        json.append(' ');

    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write weights: %1").arg(f.errorString()));
    QByteArray head;
    putLe64(head, quint64(json.size()));
    f.write(head);
    f.write(json);
    static_assert(std::numeric_limits<float>::is_iec559, "IEEE floats");
    for (const NamedTensor *t : order) {
        // x86/ARM little-endian hosts: the bytes are the format's.
        f.write(reinterpret_cast<const char *>(t->values.data()), qint64(t->values.size() * sizeof(float)));
    }
    if (!f.commit())
        throw Error(path, Text::tr("cannot write weights: %1").arg(f.errorString()));
}

bool looksLikeSafetensors(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(9);
    if (head.size() < 9)
        return false;
    const quint64 n = getLe64(head.constData());
    return n >= 2 && n <= kMaxHeaderBytes && head.at(8) == '{';
}

std::vector<PthTensor> readSafetensors(const QString &path, QMap<QString, QString> *metadata)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the weights: %1").arg(f.errorString()));
    const qint64 size = f.size();
    if (size < 8)
        throw Error(path, Text::tr("not a safetensors file: %1 bytes, shorter than its 8-byte header length").arg(size));
    const QByteArray lenBytes = f.read(8);
    const quint64 headerLen = getLe64(lenBytes.constData());
    if (headerLen > kMaxHeaderBytes || headerLen + 8 > quint64(size))
        throw Error(path, Text::tr("not a safetensors file or truncated: its header claims %1 bytes, the file has %2")
                              .arg(headerLen)
                              .arg(size));
    const QByteArray json = f.read(qint64(headerLen));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(path, Text::tr("the safetensors header is not a JSON object (%1)").arg(pe.errorString()));
    const quint64 dataBytes = quint64(size) - 8 - headerLen;
    const QByteArray data = f.readAll();
    if (quint64(data.size()) != dataBytes)
        throw Error(path, Text::tr("cannot read the tensor data (%1 of %2 bytes)").arg(data.size()).arg(dataBytes));
    auto storage = std::make_shared<std::vector<char>>(data.begin(), data.end());

    const QJsonObject obj = doc.object();
    std::vector<PthTensor> out;
    std::vector<std::pair<quint64, quint64>> ranges;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            if (!it.value().isObject())
                throw Error(path, Text::tr("__metadata__ must be an object of strings"));
            const QJsonObject m = it.value().toObject();
            for (auto mi = m.begin(); mi != m.end(); ++mi) {
                if (!mi.value().isString())
                    throw Error(path, Text::tr("__metadata__.%1 must be a string").arg(mi.key()));
                if (metadata)
                    metadata->insert(mi.key(), mi.value().toString());
            }
            continue;
        }
        const QString name = it.key();
        if (!it.value().isObject())
            throw Error(path, Text::tr("tensor \"%1\": its header entry is not an object").arg(name));
        const QJsonObject e = it.value().toObject();
        const QString dtype = e.value(QStringLiteral("dtype")).toString();
        const int esize = dtypeSize(dtype);
        if (esize == 0)
            throw Error(path, Text::tr("tensor \"%1\": unsupported dtype \"%2\"").arg(name, dtype));
        const QJsonValue shapeV = e.value(QStringLiteral("shape"));
        const QJsonValue offV = e.value(QStringLiteral("data_offsets"));
        if (!shapeV.isArray() || !offV.isArray() || offV.toArray().size() != 2)
            throw Error(path, Text::tr("tensor \"%1\": needs a shape array and two data_offsets").arg(name));
        PthTensor t;
        t.name = name;
        t.dtype = pthDtype(dtype);
        quint64 numel = 1;
        for (const QJsonValue &d : shapeV.toArray()) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v > double(1ll << 40) || v != double(qint64(v)))
                throw Error(path, Text::tr("tensor \"%1\": a dimension is not a non-negative integer").arg(name));
            t.shape.push_back(int64_t(v));
            if (v > 0 && numel > (quint64(1) << 40) / quint64(v))
                throw Error(path, Text::tr("tensor \"%1\": its shape is too large").arg(name));
            numel *= quint64(v);
        }
        const QJsonArray off = offV.toArray();
        const double b0 = off.at(0).toDouble(-1), b1 = off.at(1).toDouble(-1);
        if (b0 < 0 || b1 < b0 || b1 > double(dataBytes) || b0 != double(qint64(b0)) || b1 != double(qint64(b1)))
            throw Error(path, Text::tr("tensor \"%1\": data_offsets [%2, %3] lie outside the %4 bytes of data")
                                  .arg(name)
                                  .arg(b0)
                                  .arg(b1)
                                  .arg(dataBytes));
        if (quint64(b1 - b0) != numel * quint64(esize))
            throw Error(path, Text::tr("tensor \"%1\": %2 bytes for a shape of %3 %4 values")
                                  .arg(name)
                                  .arg(qint64(b1 - b0))
                                  .arg(numel)
                                  .arg(dtype));
        ranges.emplace_back(quint64(b0), quint64(b1));
        // A contiguous view of the shared data section.
        t.stride.assign(t.shape.size(), 1);
        for (int i = int(t.shape.size()) - 2; i >= 0; --i)
            t.stride[size_t(i)] = t.stride[size_t(i) + 1] * std::max<int64_t>(t.shape[size_t(i) + 1], 1);
        if (esize == 0 || quint64(b0) % quint64(esize) != 0)
            throw Error(path, Text::tr("tensor \"%1\": its data are not aligned to its element size").arg(name));
        t.storageOffset = int64_t(quint64(b0) / quint64(esize));
        t.storageKey = name;
        t.location = QStringLiteral("cpu");
        t.storage = storage;
        out.push_back(std::move(t));
    }
    std::sort(ranges.begin(), ranges.end());
    quint64 end = 0;
    for (const auto &r : ranges) {
        if (r.first != end)
            throw Error(path, Text::tr("the tensors' data ranges overlap or leave gaps (at byte %1)").arg(r.first));
        end = r.second;
    }
    if (end != dataBytes)
        throw Error(path, Text::tr("%1 bytes of data follow the last tensor").arg(dataBytes - end));
    return out;
}

std::vector<PthTensor> readStateDictFile(const QString &path)
{
    if (looksLikeSafetensors(path))
        return readSafetensors(path);
    return PthReader::readStateDict(path);
}

} // namespace st
