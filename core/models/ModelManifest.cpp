#include "models/ModelManifest.h"

#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::ModelManifest) };
} // namespace

namespace st {

namespace {

// Reads one manifest object and says which field is wrong, in the words a person editing the file
// needs: the field's name, what it must be, what it is.
class FieldReader
{
public:
    FieldReader(const QJsonObject &obj, const QString &path) : m_obj(obj), m_path(path) {}

    [[noreturn]] void fail(const QString &field, const QString &what) const
    {
        throw Error(m_path, Text::tr("manifest field \"%1\" %2").arg(field, what));
    }

    bool has(const QString &field) const { return m_obj.contains(field); }

    QString string(const QString &field, bool required, const QString &def = {}) const
    {
        if (!m_obj.contains(field)) {
            if (required)
                fail(field, Text::tr("is missing"));
            return def;
        }
        const QJsonValue v = m_obj.value(field);
        if (!v.isString())
            fail(field, Text::tr("must be a string"));
        return v.toString();
    }

    QString nonEmptyString(const QString &field) const
    {
        const QString s = string(field, true).trimmed();
        if (s.isEmpty())
            fail(field, Text::tr("is empty"));
        return s;
    }

    int integer(const QString &field, bool required, int def, int minValue, int maxValue = 2147483647) const
    {
        if (!m_obj.contains(field)) {
            if (required)
                fail(field, Text::tr("is missing"));
            return def;
        }
        const QJsonValue v = m_obj.value(field);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 2147483647.0)
            fail(field, Text::tr("must be an integer"));
        if (d < minValue)
            fail(field, Text::tr("must be at least %1 (it is %2)").arg(minValue).arg(qint64(d)));
        if (d > maxValue)
            fail(field, Text::tr("must be at most %1 (it is %2)").arg(maxValue).arg(qint64(d)));
        return int(d);
    }

    bool boolean(const QString &field, bool required, bool def) const
    {
        if (!m_obj.contains(field)) {
            if (required)
                fail(field, Text::tr("is missing"));
            return def;
        }
        const QJsonValue v = m_obj.value(field);
        if (!v.isBool())
            fail(field, Text::tr("must be true or false"));
        return v.toBool();
    }

    QStringList stringList(const QString &field) const
    {
        if (!m_obj.contains(field))
            fail(field, Text::tr("is missing"));
        const QJsonValue v = m_obj.value(field);
        if (!v.isArray())
            fail(field, Text::tr("must be an array of strings"));
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString() || e.toString().trimmed().isEmpty())
                fail(field, Text::tr("must be an array of non-empty strings"));
            out << e.toString();
        }
        if (out.isEmpty())
            fail(field, Text::tr("is empty (one name per logit is needed)"));
        return out;
    }

    // An output selector of a TorchScript model: a tuple index written as a number or a digit
    // string, or a dict key.
    QString outputSelector(const QString &field) const
    {
        if (!m_obj.contains(field))
            fail(field, Text::tr("is missing (a tuple index such as 0, or a dict key)"));
        const QJsonValue v = m_obj.value(field);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d < 0 || std::floor(d) != d)
                fail(field, Text::tr("must be a tuple index >= 0 or a dict key"));
            return QString::number(qint64(d));
        }
        if (!v.isString() || v.toString().isEmpty())
            fail(field, Text::tr("must be a tuple index >= 0 or a dict key"));
        return v.toString();
    }

private:
    const QJsonObject &m_obj;
    const QString &m_path;
};

QString resolveAgainst(const QString &manifestPath, const QString &file)
{
    if (file.isEmpty())
        return {};
    if (QFileInfo(file).isAbsolute())
        return QDir::cleanPath(file);
    const QString base = manifestPath.isEmpty() ? QDir::currentPath()
                                                : QFileInfo(manifestPath).absolutePath();
    return QDir::cleanPath(QDir(base).absoluteFilePath(file));
}

} // namespace

QString inputPolicyName(InputPolicy p)
{
    switch (p) {
    case InputPolicy::WholeClip: return QStringLiteral("whole-clip");
    case InputPolicy::FixedLength: return QStringLiteral("fixed-length");
    case InputPolicy::SlidingWindows: return QStringLiteral("sliding-windows");
    }
    return {};
}

bool inputPolicyFromName(const QString &name, InputPolicy &p)
{
    for (InputPolicy c : {InputPolicy::WholeClip, InputPolicy::FixedLength, InputPolicy::SlidingWindows}) {
        if (name == inputPolicyName(c)) {
            p = c;
            return true;
        }
    }
    return false;
}

QString ModelManifest::resolvedWeightsPath() const { return resolveAgainst(manifestPath, weightsFile); }
QString ModelManifest::resolvedConfigPath() const { return resolveAgainst(manifestPath, configFile); }

QString ModelManifest::scoreConvention() const
{
    if (!isDetector())
        return QStringLiteral("not a detector: %1 classes, no bona fide logit").arg(classNames.size());
    return QStringLiteral("logit %1 = %2; higher = %3")
        .arg(bonafideClass)
        .arg(classNames.at(bonafideClass) == QLatin1String("bonafide") ? QStringLiteral("bona fide")
                                                                        : classNames.at(bonafideClass))
        .arg(higherIsBonafide ? QStringLiteral("more bona fide") : QStringLiteral("less bona fide"));
}

ModelManifest ModelManifest::fromJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw Error(path, Text::tr("model manifest not found"));
    if (QFileInfo(path).isDir())
        throw Error(path, Text::tr("is a folder, not a model manifest (a .json file)"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the model manifest: %1").arg(f.errorString()));
    // A manifest is a page of JSON; refuse anything that could not be one before reading it all.
    constexpr qint64 kMaxManifestBytes = 1 << 20;
    if (f.size() > kMaxManifestBytes)
        throw Error(path, Text::tr("is %1 bytes: a model manifest is a small JSON file (at most 1 MiB)").arg(f.size()));
    const QByteArray bytes = f.read(kMaxManifestBytes + 1);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = 1 + int(bytes.left(pe.offset).count('\n'));
        throw Error(path, Text::tr("not valid JSON: %1").arg(pe.errorString()), line);
    }
    if (!doc.isObject())
        throw Error(path, Text::tr("a model manifest must be a JSON object"));
    return fromJson(doc.object(), QFileInfo(path).absoluteFilePath());
}

ModelManifest ModelManifest::fromJson(const QJsonObject &obj, const QString &pathForMessages)
{
    const FieldReader r(obj, pathForMessages);
    ModelManifest m;
    m.manifestPath = pathForMessages;

    m.formatVersion = r.integer(QStringLiteral("formatVersion"), false, 1, 1);
    if (m.formatVersion > kManifestFormatVersion)
        r.fail(QStringLiteral("formatVersion"),
               Text::tr("is %1, but this build reads manifests up to version %2: update SourceTrace")
                   .arg(m.formatVersion)
                   .arg(kManifestFormatVersion));

    m.name = r.nonEmptyString(QStringLiteral("name"));
    static const QRegularExpression nameRx(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]*$"));
    if (!nameRx.match(m.name).hasMatch())
        r.fail(QStringLiteral("name"),
               Text::tr("must be letters, digits, '.', '_', '+' or '-' (it is \"%1\")").arg(m.name));
    m.version = r.string(QStringLiteral("version"), false);
    m.kind = r.nonEmptyString(QStringLiteral("kind"));
    if (m.kind != QLatin1String("native-aasist") && m.kind != QLatin1String("torchscript")
        && m.kind != QLatin1String("native-spectral"))
        r.fail(QStringLiteral("kind"),
               Text::tr("must be \"native-aasist\", \"native-spectral\" or \"torchscript\" (it is \"%1\")").arg(m.kind));
    m.architecture = r.string(QStringLiteral("architecture"), false);
    m.weightsFile = r.nonEmptyString(QStringLiteral("weightsFile"));
    m.weightsSha256 = r.string(QStringLiteral("weightsSha256"), false).trimmed().toLower();
    static const QRegularExpression hexRx(QStringLiteral("^[0-9a-f]{64}$"));
    if (!m.weightsSha256.isEmpty() && !hexRx.match(m.weightsSha256).hasMatch())
        r.fail(QStringLiteral("weightsSha256"), Text::tr("must be 64 hexadecimal digits (a SHA-256)"));
    m.configFile = r.string(QStringLiteral("configFile"), false).trimmed();

    m.sampleRate = r.integer(QStringLiteral("sampleRate"), true, 16000, 1000, 768000);
    const QString policy = r.nonEmptyString(QStringLiteral("inputPolicy"));
    if (!inputPolicyFromName(policy, m.inputPolicy))
        r.fail(QStringLiteral("inputPolicy"),
               Text::tr("must be \"whole-clip\", \"fixed-length\" or \"sliding-windows\" (it is \"%1\")")
                   .arg(policy));
    const bool needsLength = m.inputPolicy != InputPolicy::WholeClip;
    // A model input is at most 10 minutes of audio: longer ones belong to sliding windows, and a
    // forged length would make every run allocate gigabytes.
    const int maxInput = m.sampleRate * 600;
    m.inputLength = r.integer(QStringLiteral("inputLength"), needsLength, 64600, 1, maxInput);
    m.hop = r.integer(QStringLiteral("hop"), m.inputPolicy == InputPolicy::SlidingWindows, 32000, 1, maxInput);
    const QString padding = r.string(QStringLiteral("padding"), false, QStringLiteral("repeat"));
    if (padding == QLatin1String("repeat"))
        m.padding = Padding::Repeat;
    else if (padding == QLatin1String("zeros"))
        m.padding = Padding::Zeros;
    else
        r.fail(QStringLiteral("padding"), Text::tr("must be \"repeat\" or \"zeros\" (it is \"%1\")").arg(padding));

    if (m.kind == QLatin1String("torchscript")) {
        m.embeddingOutput = r.outputSelector(QStringLiteral("embeddingOutput"));
        m.logitsOutput = r.outputSelector(QStringLiteral("logitsOutput"));
    } else {
        if (r.has(QStringLiteral("embeddingOutput")))
            m.embeddingOutput = r.outputSelector(QStringLiteral("embeddingOutput"));
        if (r.has(QStringLiteral("logitsOutput")))
            m.logitsOutput = r.outputSelector(QStringLiteral("logitsOutput"));
    }
    m.embeddingDim = r.integer(QStringLiteral("embeddingDim"), true, 0, 1, 1 << 16);
    m.classNames = r.stringList(QStringLiteral("classNames"));
    if (m.classNames.size() > 100000)
        r.fail(QStringLiteral("classNames"), Text::tr("has %1 names; at most 100000 are accepted").arg(m.classNames.size()));
    m.bonafideClass = r.integer(QStringLiteral("bonafideClass"), true, 1, -1);
    if (m.bonafideClass >= m.classNames.size())
        r.fail(QStringLiteral("bonafideClass"),
               Text::tr("is %1 but there are only %2 class names (use -1 for a model that is not a detector)")
                   .arg(m.bonafideClass)
                   .arg(m.classNames.size()));
    m.higherIsBonafide = r.boolean(QStringLiteral("higherIsBonafide"), false, true);
    m.licence = r.nonEmptyString(QStringLiteral("licence"));
    m.provenance = r.nonEmptyString(QStringLiteral("provenance"));
    return m;
}

QJsonObject ModelManifest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("formatVersion"), formatVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("architecture"), architecture);
    o.insert(QStringLiteral("weightsFile"), weightsFile);
    o.insert(QStringLiteral("weightsSha256"), weightsSha256);
    if (!configFile.isEmpty())
        o.insert(QStringLiteral("configFile"), configFile);
    o.insert(QStringLiteral("sampleRate"), sampleRate);
    o.insert(QStringLiteral("inputPolicy"), inputPolicyName(inputPolicy));
    o.insert(QStringLiteral("inputLength"), inputLength);
    o.insert(QStringLiteral("hop"), hop);
    o.insert(QStringLiteral("padding"),
             padding == Padding::Repeat ? QStringLiteral("repeat") : QStringLiteral("zeros"));
    if (!embeddingOutput.isEmpty())
        o.insert(QStringLiteral("embeddingOutput"), embeddingOutput);
    if (!logitsOutput.isEmpty())
        o.insert(QStringLiteral("logitsOutput"), logitsOutput);
    o.insert(QStringLiteral("embeddingDim"), embeddingDim);
    o.insert(QStringLiteral("classNames"), QJsonArray::fromStringList(classNames));
    o.insert(QStringLiteral("bonafideClass"), bonafideClass);
    o.insert(QStringLiteral("higherIsBonafide"), higherIsBonafide);
    o.insert(QStringLiteral("licence"), licence);
    o.insert(QStringLiteral("provenance"), provenance);
    return o;
}

} // namespace st
