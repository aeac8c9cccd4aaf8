// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#include <caffe2/serialize/inline_container.h>
#include <c10/util/Exception.h>

#include "models/PthReader.h"
#include "models/ZipDirectory.h"
#include "util/Error.h"

#include <QFileInfo>

#include <cstring>
#include <map>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::PthReader) };
} // namespace

namespace st {

namespace {
/// The most elements one tensor of a checkpoint may have (2^31: far above any model SourceTrace runs).
constexpr int64_t kMaxTensorElements = int64_t(1) << 31;
} // namespace

namespace {

// ---- the values a state-dict pickle builds ----------------------------------------------------

struct PyObj;
using PyRef = std::shared_ptr<PyObj>;

struct PyObj
{
    enum class Kind { None, Bool, Int, Str, Tuple, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    int64_t i = 0;                               // Bool, Int
    std::string s;                               // Str; Global: "module.name"
    std::vector<PyRef> items;                    // Tuple
    std::vector<std::pair<PyRef, PyRef>> dict;   // Dict (ordered, as OrderedDict)
    // Storage
    QString dtype;
    QString key;
    QString location;
    int64_t numel = 0;
    std::shared_ptr<const std::vector<char>> bytes;
    // Tensor
    std::shared_ptr<PthTensor> tensor;

    static PyRef make(Kind k)
    {
        auto p = std::make_shared<PyObj>();
        p->kind = k;
        return p;
    }
};

const char *kindName(PyObj::Kind k)
{
    switch (k) {
    case PyObj::Kind::None: return "None";
    case PyObj::Kind::Bool: return "bool";
    case PyObj::Kind::Int: return "int";
    case PyObj::Kind::Str: return "str";
    case PyObj::Kind::Tuple: return "tuple";
    case PyObj::Kind::Dict: return "dict";
    case PyObj::Kind::Global: return "global";
    case PyObj::Kind::Storage: return "storage";
    case PyObj::Kind::Tensor: return "tensor";
    }
    return "?";
}

int dtypeSize(const QString &dtype)
{
    if (dtype == QLatin1String("float64") || dtype == QLatin1String("int64"))
        return 8;
    if (dtype == QLatin1String("float32") || dtype == QLatin1String("int32"))
        return 4;
    if (dtype == QLatin1String("float16") || dtype == QLatin1String("bfloat16")
        || dtype == QLatin1String("int16"))
        return 2;
    return 1;
}

// torch.<Name>Storage -> dtype name, or empty when not a storage class we know.
QString storageDtype(const std::string &global)
{
    static const std::map<std::string, const char *> table = {
        {"torch.FloatStorage", "float32"}, {"torch.DoubleStorage", "float64"},
        {"torch.HalfStorage", "float16"},  {"torch.BFloat16Storage", "bfloat16"},
        {"torch.LongStorage", "int64"},    {"torch.IntStorage", "int32"},
        {"torch.ShortStorage", "int16"},   {"torch.CharStorage", "int8"},
        {"torch.ByteStorage", "uint8"},    {"torch.BoolStorage", "bool"},
    };
    auto it = table.find(global);
    return it == table.end() ? QString() : QString::fromLatin1(it->second);
}

// ---- the unpickler ---------------------------------------------------------------------------

class Unpickler
{
public:
    Unpickler(const QString &path, const char *data, size_t size,
              caffe2::serialize::PyTorchStreamReader &zip)
        : m_path(path), m_data(data), m_size(size), m_zip(zip)
    {
    }

    PyRef run()
    {
        while (true) {
            if (m_pos >= m_size)
                fail(Text::tr("data.pkl ends without a STOP opcode (file truncated?)"));
            const size_t opPos = m_pos;
            const unsigned char op = u8();
            switch (op) {
            case 0x80: // PROTO
                u8();
                break;
            case 'c': { // GLOBAL
                const std::string module = line();
                const std::string name = line();
                auto g = PyObj::make(PyObj::Kind::Global);
                g->s = module + "." + name;
                if (g->s != "collections.OrderedDict" && g->s != "torch._utils._rebuild_tensor_v2"
                    && storageDtype(g->s).isEmpty())
                    fail(Text::tr("data.pkl refers to %1 at byte %2, which is not part of a plain "
                                        "state dict of tensors")
                             .arg(QString::fromStdString(g->s))
                             .arg(opPos));
                push(g);
                break;
            }
            case 'R': { // REDUCE
                PyRef args = pop();
                PyRef fn = pop();
                push(reduce(fn, args, opPos));
                break;
            }
            case 'b': { // BUILD: only the OrderedDict's _metadata, which a reader of tensors ignores
                pop();
                if (top()->kind != PyObj::Kind::Dict)
                    fail(Text::tr("BUILD on a %1 at byte %2 (expected the state dict)")
                             .arg(QLatin1String(kindName(top()->kind)))
                             .arg(opPos));
                break;
            }
            case 'Q': { // BINPERSID
                PyRef pid = pop();
                push(persistentLoad(pid, opPos));
                break;
            }
            case '(': // MARK
                m_marks.push_back(m_stack.size());
                break;
            case 't': { // TUPLE
                auto t = PyObj::make(PyObj::Kind::Tuple);
                t->items = popToMark(opPos);
                push(t);
                break;
            }
            case 0x85: case 0x86: case 0x87: { // TUPLE1..3
                const size_t n = op - 0x84;
                if (m_stack.size() < n)
                    fail(Text::tr("stack underflow at byte %1").arg(opPos));
                auto t = PyObj::make(PyObj::Kind::Tuple);
                t->items.assign(m_stack.end() - long(n), m_stack.end());
                m_stack.resize(m_stack.size() - n);
                push(t);
                break;
            }
            case ')': // EMPTY_TUPLE
                push(PyObj::make(PyObj::Kind::Tuple));
                break;
            case '}': // EMPTY_DICT
                push(PyObj::make(PyObj::Kind::Dict));
                break;
            case 's': { // SETITEM
                PyRef v = pop();
                PyRef k = pop();
                dictAt(top(), opPos)->dict.emplace_back(k, v);
                break;
            }
            case 'u': { // SETITEMS
                std::vector<PyRef> kv = popToMark(opPos);
                if (kv.size() % 2)
                    fail(Text::tr("SETITEMS with an odd number of items at byte %1").arg(opPos));
                PyRef d = dictAt(top(), opPos);
                for (size_t i = 0; i < kv.size(); i += 2)
                    d->dict.emplace_back(kv[i], kv[i + 1]);
                break;
            }
            case 'q': // BINPUT
                m_memo[u8()] = top();
                break;
            case 'r': // LONG_BINPUT
                m_memo[u32()] = top();
                break;
            case 'h': // BINGET
                push(memo(u8(), opPos));
                break;
            case 'j': // LONG_BINGET
                push(memo(u32(), opPos));
                break;
            case 'K': // BININT1
                push(makeInt(u8()));
                break;
            case 'M': // BININT2
                push(makeInt(u16()));
                break;
            case 'J': // BININT
                push(makeInt(int32_t(u32())));
                break;
            case 'X': { // BINUNICODE
                const uint32_t n = u32();
                need(n);
                auto s = PyObj::make(PyObj::Kind::Str);
                s->s.assign(m_data + m_pos, n);
                m_pos += n;
                push(s);
                break;
            }
            case 0x89: // NEWFALSE
            case 0x88: { // NEWTRUE
                auto b = PyObj::make(PyObj::Kind::Bool);
                b->i = op == 0x88;
                push(b);
                break;
            }
            case 'N': // NONE
                push(PyObj::make(PyObj::Kind::None));
                break;
            case '.': // STOP
                if (m_stack.size() != 1)
                    fail(Text::tr("STOP with %1 values on the stack").arg(m_stack.size()));
                return m_stack.back();
            default:
                fail(Text::tr("data.pkl uses pickle opcode 0x%1 at byte %2, which this reader "
                                    "does not support (a plain state dict of tensors is expected)")
                         .arg(int(op), 2, 16, QLatin1Char('0'))
                         .arg(opPos));
            }
        }
    }

private:
    [[noreturn]] void fail(const QString &cause) const { throw Error(m_path, cause); }

    void need(size_t n) const
    {
        if (m_pos + n > m_size)
            fail(Text::tr("data.pkl ends in the middle of an opcode (file truncated?)"));
    }
    unsigned char u8()
    {
        need(1);
        return static_cast<unsigned char>(m_data[m_pos++]);
    }
    uint32_t u16()
    {
        need(2);
        const auto *p = reinterpret_cast<const unsigned char *>(m_data + m_pos);
        m_pos += 2;
        return uint32_t(p[0]) | (uint32_t(p[1]) << 8);
    }
    uint32_t u32()
    {
        need(4);
        const auto *p = reinterpret_cast<const unsigned char *>(m_data + m_pos);
        m_pos += 4;
        return uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
    }
    std::string line()
    {
        const void *nl = std::memchr(m_data + m_pos, '\n', m_size - m_pos);
        if (!nl)
            fail(Text::tr("data.pkl ends inside a GLOBAL opcode (file truncated?)"));
        const size_t end = static_cast<const char *>(nl) - m_data;
        std::string s(m_data + m_pos, end - m_pos);
        m_pos = end + 1;
        return s;
    }

    static PyRef makeInt(int64_t v)
    {
        auto p = PyObj::make(PyObj::Kind::Int);
        p->i = v;
        return p;
    }

    void push(PyRef v) { m_stack.push_back(std::move(v)); }
    PyRef pop()
    {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            fail(Text::tr("pickle stack underflow at byte %1").arg(m_pos));
        PyRef v = m_stack.back();
        m_stack.pop_back();
        return v;
    }
    PyRef top()
    {
        if (m_stack.empty())
            fail(Text::tr("pickle stack underflow at byte %1").arg(m_pos));
        return m_stack.back();
    }
    std::vector<PyRef> popToMark(size_t opPos)
    {
        if (m_marks.empty())
            fail(Text::tr("no MARK before byte %1").arg(opPos));
        const size_t m = m_marks.back();
        m_marks.pop_back();
        std::vector<PyRef> items(m_stack.begin() + long(m), m_stack.end());
        m_stack.resize(m);
        return items;
    }
    PyRef memo(uint32_t id, size_t opPos) const
    {
        auto it = m_memo.find(id);
        if (it == m_memo.end())
            fail(Text::tr("memo entry %1 used before it was set (byte %2)").arg(id).arg(opPos));
        return it->second;
    }
    PyRef dictAt(const PyRef &d, size_t opPos) const
    {
        if (d->kind != PyObj::Kind::Dict)
            fail(Text::tr("SETITEM(S) on a %1 at byte %2")
                     .arg(QLatin1String(kindName(d->kind)))
                     .arg(opPos));
        return d;
    }

    static std::vector<int64_t> intTuple(const PyRef &t, bool *ok)
    {
        std::vector<int64_t> v;
        if (t->kind != PyObj::Kind::Tuple) {
            *ok = false;
            return v;
        }
        for (const PyRef &x : t->items) {
            if (x->kind != PyObj::Kind::Int) {
                *ok = false;
                return v;
            }
            v.push_back(x->i);
        }
        return v;
    }

    PyRef reduce(const PyRef &fn, const PyRef &args, size_t opPos)
    {
        if (fn->kind != PyObj::Kind::Global || args->kind != PyObj::Kind::Tuple)
            fail(Text::tr("REDUCE of a %1 at byte %2").arg(QLatin1String(kindName(fn->kind))).arg(opPos));
        if (fn->s == "collections.OrderedDict") {
            if (!args->items.empty())
                fail(Text::tr("OrderedDict built with arguments at byte %1").arg(opPos));
            return PyObj::make(PyObj::Kind::Dict);
        }
        if (fn->s == "torch._utils._rebuild_tensor_v2") {
            // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
            const auto &a = args->items;
            bool ok = a.size() >= 6 && a[0]->kind == PyObj::Kind::Storage && a[1]->kind == PyObj::Kind::Int;
            std::vector<int64_t> size, stride;
            if (ok) {
                size = intTuple(a[2], &ok);
                if (ok)
                    stride = intTuple(a[3], &ok);
            }
            if (!ok || size.size() != stride.size())
                fail(Text::tr("malformed _rebuild_tensor_v2 arguments at byte %1").arg(opPos));
            auto t = std::make_shared<PthTensor>();
            const PyObj &st = *a[0];
            t->dtype = st.dtype;
            t->shape = size;
            t->stride = stride;
            t->storageOffset = a[1]->i;
            t->storageKey = st.key;
            t->location = st.location;
            t->storage = st.bytes;
            // The view must stay inside its storage.
            // Checked arithmetic: a forged size or stride must not overflow into a view that looks
            // small, and the element count is bounded (a zero-stride view of 2^40 elements over a
            // tiny storage would otherwise be expanded in memory).
            int64_t last = t->storageOffset;
            int64_t elements = 1;
            bool empty = false;
            for (size_t d = 0; d < size.size(); ++d) {
                if (size[d] < 0 || stride[d] < 0)
                    fail(Text::tr("negative size or stride in a tensor at byte %1").arg(opPos));
                if (size[d] == 0) {
                    empty = true;
                    continue;
                }
                int64_t reach = 0;
                if (__builtin_mul_overflow(size[d] - 1, stride[d], &reach) || __builtin_add_overflow(last, reach, &last)
                    || __builtin_mul_overflow(elements, size[d], &elements) || elements > kMaxTensorElements)
                    fail(Text::tr("a tensor at byte %1 has an impossible shape (more than %2 elements or an "
                                        "overflowing stride)")
                             .arg(opPos)
                             .arg(kMaxTensorElements));
            }
            if (!empty && elements > st.numel)
                fail(Text::tr("a tensor at byte %1 views %2 elements of a storage of %3 (an overlapping or "
                                    "broadcast view, which state dicts never hold)")
                         .arg(opPos)
                         .arg(elements)
                         .arg(st.numel));
            if (t->storageOffset < 0 || (!empty && last >= st.numel))
                fail(Text::tr("a tensor at byte %1 reaches past the end of its storage %2")
                         .arg(opPos)
                         .arg(st.key));
            auto r = PyObj::make(PyObj::Kind::Tensor);
            r->tensor = t;
            return r;
        }
        fail(Text::tr("REDUCE of %1 at byte %2 is not supported")
                 .arg(QString::fromStdString(fn->s))
                 .arg(opPos));
    }

    PyRef persistentLoad(const PyRef &pid, size_t opPos)
    {
        const auto &a = pid->items;
        if (pid->kind != PyObj::Kind::Tuple || a.size() != 5 || a[0]->kind != PyObj::Kind::Str
            || a[0]->s != "storage" || a[1]->kind != PyObj::Kind::Global || a[2]->kind != PyObj::Kind::Str
            || a[3]->kind != PyObj::Kind::Str || a[4]->kind != PyObj::Kind::Int)
            fail(Text::tr("unexpected persistent id at byte %1 (expected a storage record)").arg(opPos));
        const QString key = QString::fromStdString(a[2]->s);
        auto cached = m_storages.find(key);
        if (cached != m_storages.end())
            return cached->second;

        auto s = PyObj::make(PyObj::Kind::Storage);
        s->dtype = storageDtype(a[1]->s);
        s->key = key;
        s->location = QString::fromStdString(a[3]->s);
        s->numel = a[4]->i;
        const std::string record = "data/" + a[2]->s;
        if (!m_zip.hasRecord(record))
            fail(Text::tr("the archive has no record %1 for a storage").arg(QString::fromStdString(record)));
        at::DataPtr ptr;
        size_t n = 0;
        try {
            std::tie(ptr, n) = m_zip.getRecord(record);
        } catch (const c10::Error &e) {
            fail(Text::tr("cannot read record %1: %2")
                     .arg(QString::fromStdString(record), QString::fromUtf8(e.what_without_backtrace())));
        }
        if (s->numel < 0 || uint64_t(s->numel) > uint64_t(n) / uint64_t(dtypeSize(s->dtype)))
            fail(Text::tr("record %1 holds %2 bytes, too few for its storage of %3 elements")
                     .arg(QString::fromStdString(record))
                     .arg(n)
                     .arg(s->numel));
        const size_t want = size_t(s->numel) * size_t(dtypeSize(s->dtype));
        if (n < want)
            fail(Text::tr("record %1 holds %2 bytes, its storage needs %3")
                     .arg(QString::fromStdString(record))
                     .arg(n)
                     .arg(want));
        const char *p = static_cast<const char *>(ptr.get());
        s->bytes = std::make_shared<const std::vector<char>>(p, p + want);
        m_storages[key] = s;
        return s;
    }

    QString m_path;
    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
    caffe2::serialize::PyTorchStreamReader &m_zip;
    std::vector<PyRef> m_stack;
    std::vector<size_t> m_marks;
    std::map<uint32_t, PyRef> m_memo;
    std::map<QString, PyRef> m_storages;
};

template<typename Fn>
void forEachIndex(const PthTensor &t, Fn fn)
{
    const int64_t n = t.numel();
    if (n == 0)
        return;
    const size_t nd = t.shape.size();
    std::vector<int64_t> idx(nd, 0);
    int64_t off = t.storageOffset;
    for (int64_t k = 0; k < n; ++k) {
        fn(off);
        for (size_t d = nd; d-- > 0;) {
            if (++idx[d] < t.shape[d]) {
                off += t.stride[d];
                break;
            }
            off -= (t.shape[d] - 1) * t.stride[d];
            idx[d] = 0;
        }
    }
}

template<typename T>
T loadAs(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

float halfToFloat(uint16_t h)
{
    const uint32_t sign = uint32_t(h & 0x8000) << 16;
    uint32_t exp = (h >> 10) & 0x1f;
    uint32_t mant = h & 0x3ff;
    uint32_t bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal
            exp = 127 - 15 + 1;
            while (!(mant & 0x400)) {
                mant <<= 1;
                --exp;
            }
            bits = sign | (exp << 23) | ((mant & 0x3ff) << 13);
        }
    } else if (exp == 31) {
        bits = sign | 0x7f800000u | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace

int64_t PthTensor::numel() const
{
    int64_t n = 1;
    for (int64_t s : shape)
        n *= s;
    return n;
}

int PthTensor::elementSize() const { return dtypeSize(dtype); }

std::vector<float> PthTensor::toFloat() const
{
    std::vector<float> out;
    out.reserve(size_t(numel()));
    const char *base = storage ? storage->data() : nullptr;
    const int es = elementSize();
    auto at = [&](int64_t off) { return base + off * es; };
    if (dtype == QLatin1String("float32"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(loadAs<float>(at(o))); });
    else if (dtype == QLatin1String("float64"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(float(loadAs<double>(at(o)))); });
    else if (dtype == QLatin1String("float16"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(halfToFloat(loadAs<uint16_t>(at(o)))); });
    else if (dtype == QLatin1String("bfloat16"))
        forEachIndex(*this, [&](int64_t o) {
            const uint32_t bits = uint32_t(loadAs<uint16_t>(at(o))) << 16;
            float f;
            std::memcpy(&f, &bits, 4);
            out.push_back(f);
        });
    else
        for (int64_t v : toInt64())
            out.push_back(float(v));
    return out;
}

std::vector<int64_t> PthTensor::toInt64() const
{
    std::vector<int64_t> out;
    out.reserve(size_t(numel()));
    const char *base = storage ? storage->data() : nullptr;
    const int es = elementSize();
    auto at = [&](int64_t off) { return base + off * es; };
    if (dtype == QLatin1String("int64"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(loadAs<int64_t>(at(o))); });
    else if (dtype == QLatin1String("int32"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(loadAs<int32_t>(at(o))); });
    else if (dtype == QLatin1String("int16"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(loadAs<int16_t>(at(o))); });
    else if (dtype == QLatin1String("int8"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(loadAs<int8_t>(at(o))); });
    else if (dtype == QLatin1String("uint8") || dtype == QLatin1String("bool"))
        forEachIndex(*this, [&](int64_t o) { out.push_back(loadAs<uint8_t>(at(o))); });
    else
        throw Error(Text::tr("tensor %1 is %2, not an integer type").arg(name, dtype));
    return out;
}

QString PthTensor::shapeString() const
{
    QStringList parts;
    for (int64_t s : shape)
        parts << QString::number(s);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

std::vector<PthTensor> PthReader::readStateDict(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        throw Error(path, Text::tr("the checkpoint file does not exist"));
    if (!fi.isFile() || !fi.isReadable())
        throw Error(path, Text::tr("the checkpoint is not a readable file"));
    if (fi.size() == 0)
        throw Error(path, Text::tr("the checkpoint file is empty"));

    // LibTorch's zip reader skips CRC checks: check the directory and every record first, so that a
    // checkpoint with flipped bytes is refused rather than loaded.
    verifyZipArchive(path);

    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> zip;
    try {
        zip = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path.toStdString());
    } catch (const c10::Error &e) {
        throw Error(path, Text::tr("not a readable PyTorch zip checkpoint (truncated, or saved in "
                                         "another format?): %1")
                              .arg(QString::fromUtf8(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    } catch (const std::exception &e) {
        throw Error(path, Text::tr("not a readable PyTorch zip checkpoint: %1").arg(QString::fromUtf8(e.what())));
    }

    std::vector<PthTensor> out;
    try {
        if (zip->hasRecord("byteorder")) {
            at::DataPtr p;
            size_t n = 0;
            std::tie(p, n) = zip->getRecord("byteorder");
            const std::string order(static_cast<const char *>(p.get()), n);
            if (order != "little")
                throw Error(path, Text::tr("tensors are stored %1-endian; only little-endian is supported")
                                      .arg(QString::fromStdString(order)));
        }
        if (!zip->hasRecord("data.pkl"))
            throw Error(path, Text::tr("the archive has no data.pkl record: not a torch.save checkpoint"));
        at::DataPtr pkl;
        size_t n = 0;
        std::tie(pkl, n) = zip->getRecord("data.pkl");

        Unpickler up(path, static_cast<const char *>(pkl.get()), n, *zip);
        PyRef root = up.run();
        if (root->kind != PyObj::Kind::Dict)
            throw Error(path, Text::tr("data.pkl holds a %1, not a state dict").arg(QLatin1String(kindName(root->kind))));
        for (const auto &kv : root->dict) {
            if (kv.first->kind != PyObj::Kind::Str || kv.second->kind != PyObj::Kind::Tensor)
                throw Error(path, Text::tr("the state dict has an entry that is not name -> tensor (%1 -> %2)")
                                      .arg(QLatin1String(kindName(kv.first->kind)),
                                           QLatin1String(kindName(kv.second->kind))));
            PthTensor t = *kv.second->tensor;
            t.name = QString::fromStdString(kv.first->s);
            out.push_back(std::move(t));
        }
    } catch (const c10::Error &e) {
        throw Error(path, Text::tr("cannot read the checkpoint archive: %1")
                              .arg(QString::fromUtf8(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    }
    return out;
}

} // namespace st
