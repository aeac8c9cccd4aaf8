#include "common/ExportStamp.h"

#include "analysis/Provenance.h"
#include "audio/AudioFile.h"
#include "explain/AttributionReport.h"
#include "util/Error.h"
#include "view/SpectrogramLayer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QSaveFile>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::ExportStamp)
};
} // namespace

namespace {
constexpr int kCaptionPad = 6;

QFont captionFont()
{
    QFont f;
    f.setPointSizeF(8.5);
    return f;
}

QString percentText(double fraction) { return QString::number(100.0 * fraction, 'f', 2) + QStringLiteral(" %"); }
} // namespace

ExportStamp ExportStamp::forClip(const QString &path, const QString &sha256, const QString &kind)
{
    ExportStamp s;
    s.kind = kind;
    s.clipPath = path;
    s.clipName = QFileInfo(path).fileName();
    s.sha256 = sha256.toLower();
    if (s.sha256.isEmpty() && !path.isEmpty()) {
        try {
            s.sha256 = sha256OfFile(path);
        } catch (const std::exception &e) {
            s.sha256Error = QString::fromUtf8(e.what());
        }
    }
    if (path.isEmpty())
        s.sha256Error = QStringLiteral("no evidence file");
    const Provenance p = Provenance::here();
    s.build = QStringLiteral("SourceTrace %1 (commit %2, %3)").arg(p.buildVersion, p.buildCommit, p.buildCompiler);
    s.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return s;
}

void ExportStamp::addSpectrogramSettings(const SpectrogramSettings &st, int sampleRate)
{
    const SpectrogramParams &p = st.params;
    add(QStringLiteral("window"), windowTypeName(p.window));
    add(QStringLiteral("fft_size"), QString::number(p.fftSize));
    add(QStringLiteral("hop"), QString::number(p.hop));
    add(QStringLiteral("scale"), p.scale == FrequencyScale::Mel ? QStringLiteral("mel (%1 bands)").arg(p.melBands)
                                                                : QStringLiteral("linear"));
    add(QStringLiteral("centred"), p.centred ? QStringLiteral("true") : QStringLiteral("false"));
    add(QStringLiteral("sample_rate_hz"), QString::number(sampleRate));
    add(QStringLiteral("colour_map"), ColourMap::name(st.colourMap));
    add(QStringLiteral("db_range"), QStringLiteral("%1 to %2 dB%3, gain %4 dB")
                                        .arg(st.scale.floorDb)
                                        .arg(st.scale.ceilingDb)
                                        .arg(st.scale.fixedRange ? QString() : QStringLiteral(" (follows the data)"))
                                        .arg(st.scale.gainDb));
}

void ExportStamp::addExplanationSettings(const AttributionReport &rep)
{
    const IgResult &r = rep.result;
    add(QStringLiteral("method"), QStringLiteral("Integrated Gradients"));
    add(QStringLiteral("model"), r.modelName);
    add(QStringLiteral("weights_sha256"), r.weightsSha256);
    add(QStringLiteral("target"), r.targetDescription.isEmpty() ? r.targetSpec : r.targetDescription);
    add(QStringLiteral("baseline"), r.baselineDescription.isEmpty() ? r.baselineKind : r.baselineDescription);
    add(QStringLiteral("steps"), QString::number(r.steps));
    add(QStringLiteral("rule"), r.rule);
    add(QStringLiteral("completeness_gap"), percentText(r.completenessError));
    add(QStringLiteral("completeness"), completenessSentence(r));
    add(QStringLiteral("model_rate_hz"), QString::number(r.sampleRate));
}

QString ExportStamp::shaText() const
{
    if (!sha256.isEmpty())
        return QStringLiteral("SHA-256 ") + sha256;
    return QStringLiteral("SHA-256 not available: ") + (sha256Error.isEmpty() ? QStringLiteral("unknown") : sha256Error);
}

QStringList ExportStamp::lines() const
{
    QStringList out;
    out << QStringLiteral("%1 of %2   evidence %3").arg(kind, clipName, shaText());
    QStringList parts;
    for (const auto &kv : settings)
        parts << kv.first + QStringLiteral(" ") + kv.second;
    if (!parts.isEmpty())
        out << QStringLiteral("settings: ") + parts.join(QStringLiteral("; "));
    out << QStringLiteral("%1   made %2").arg(build, time);
    return out;
}

QJsonObject ExportStamp::toJson() const
{
    QJsonObject set;
    for (const auto &kv : settings)
        set.insert(kv.first, kv.second);
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("clip"), clipName},
                  {QStringLiteral("path"), clipPath},
                  {QStringLiteral("evidence_sha256"), sha256},
                  {QStringLiteral("settings"), set},
                  {QStringLiteral("build"), build},
                  {QStringLiteral("time"), time}};
    if (sha256.isEmpty())
        o.insert(QStringLiteral("evidence_sha256_error"), sha256Error);
    return o;
}

QByteArray ExportStamp::csvCommentLines() const
{
    // One fact a line; a value never spans lines (a newline would end the comment).
    auto line = [](const QString &k, QString v) {
        v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return QStringLiteral("# %1: %2\n").arg(k, v).toUtf8();
    };
    QByteArray out;
    out += line(QStringLiteral("export"), kind);
    out += line(QStringLiteral("clip"), clipName);
    out += line(QStringLiteral("evidence_path"), clipPath);
    out += line(QStringLiteral("evidence_sha256"), sha256.isEmpty() ? QStringLiteral("unavailable (") + sha256Error + QLatin1Char(')') : sha256);
    for (const auto &kv : settings)
        out += line(QStringLiteral("setting.") + kv.first, kv.second);
    out += line(QStringLiteral("build"), build);
    out += line(QStringLiteral("made_utc"), time);
    return out;
}

int ExportStamp::captionHeight(int width) const
{
    const QFontMetrics fm(captionFont());
    int h = 2 * kCaptionPad;
    for (const QString &l : lines())
        h += fm.boundingRect(QRect(0, 0, std::max(50, width - 2 * kCaptionPad), 10000), Qt::TextWordWrap, l).height();
    return h;
}

void ExportStamp::paintCaption(QPainter &p, const QRect &r) const
{
    p.save();
    p.fillRect(r, QColor(0xf4, 0xf4, 0xf0));
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.setFont(captionFont());
    const QFontMetrics fm(p.font());
    int y = r.top() + kCaptionPad;
    for (const QString &l : lines()) {
        const QRect box(r.left() + kCaptionPad, y, r.width() - 2 * kCaptionPad, r.bottom() - y);
        const QRect used = fm.boundingRect(box, Qt::TextWordWrap, l);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l);
        y += used.height();
    }
    p.restore();
}

QImage ExportStamp::withCaption(const QImage &img) const
{
    const int h = captionHeight(img.width());
    QImage out(img.width(), img.height() + h, img.format() == QImage::Format_Invalid ? QImage::Format_RGB32 : img.format());
    out.fill(Qt::white);
    {
        QPainter p(&out);
        p.drawImage(0, 0, img);
        paintCaption(p, QRect(0, img.height(), img.width(), h));
    }
    applyTo(out);
    return out;
}

void ExportStamp::applyTo(QImage &img) const
{
    img.setText(QStringLiteral("SourceTrace"), lines().join(QLatin1Char('\n')));
    img.setText(QStringLiteral("Evidence-SHA256"), sha256.isEmpty() ? QStringLiteral("unavailable: ") + sha256Error : sha256);
    img.setText(QStringLiteral("Clip"), clipName);
    img.setText(QStringLiteral("Settings"), QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
    img.setText(QStringLiteral("Build"), build);
}

void ExportStamp::insertSvgMetadata(const QString &svgPath) const
{
    QFile in(svgPath);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(svgPath, Text::tr("cannot read back the SVG to stamp it: %1").arg(in.errorString()));
    QByteArray svg = in.readAll();
    in.close();
    QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    json.replace("]]>", "]]]]><![CDATA[>");
    const QByteArray meta = "<metadata id=\"sourcetrace-export\"><![CDATA[" + json + "]]></metadata>\n";
    int at = svg.indexOf("</desc>");
    if (at >= 0) {
        at += 7;
    } else {
        const int open = svg.indexOf("<svg");
        at = open >= 0 ? svg.indexOf('>', open) + 1 : -1;
    }
    if (at <= 0)
        throw Error(svgPath, Text::tr("not an SVG document: cannot add the export stamp"));
    svg.insert(at, "\n" + meta);
    QSaveFile out(svgPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(svg) != svg.size() || !out.commit())
        throw Error(svgPath, Text::tr("could not write the stamped SVG: %1").arg(out.errorString()));
}

namespace {
QByteArray readAllOf(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read back the export to stamp it: %1").arg(in.errorString()));
    return in.readAll();
}

void replaceWith(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw Error(path, Text::tr("could not write the stamped export: %1").arg(out.errorString()));
}
} // namespace

void ExportStamp::insertCsvComments(const QString &csvPath) const
{
    QByteArray csv = readAllOf(csvPath);
    int at = 0;
    if (csv.startsWith('#')) {
        const int nl = csv.indexOf('\n');
        at = nl < 0 ? csv.size() : nl + 1;
    }
    csv.insert(at, csvCommentLines());
    replaceWith(csvPath, csv);
}

void ExportStamp::insertIntoJsonFile(const QString &jsonPath) const
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(readAllOf(jsonPath), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(jsonPath, Text::tr("the sidecar is not a JSON object (%1): cannot add the export stamp").arg(err.errorString()));
    QJsonObject o = doc.object();
    o.insert(QStringLiteral("export_stamp"), toJson());
    replaceWith(jsonPath, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace st
