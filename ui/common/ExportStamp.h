#pragma once
// What every image and data export of a clip says about itself: the clip (name, path), its evidence SHA-256, the
// kind of export, the settings it was made with (ordered "key: value" pairs: spectrogram parameters, the
// explanation's model, weights hash, target, baseline, steps, completeness...), the build (version, commit,
// compiler) and the time (UTC). One stamp, written four ways so that every export says the same:
//   - images: a caption strip under the picture (paintCaption) and text chunks (applyTo: PNG tEXt via
//     QImage::setText, one per key, plus "SourceTrace" holding all lines);
//   - SVG: the lines in <desc> and the JSON in <metadata> (insertSvgMetadata);
//   - CSV: '#' comment lines ("# evidence_sha256: ...") before the data (csvCommentLines);
//   - .npy: a JSON object (toJson) in the export's sidecar.
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QImage;
class QPainter;
class QRect;

namespace st {

struct SpectrogramSettings;
struct AttributionReport;

struct ExportStamp
{
    QString kind;          ///< "view image", "spectrogram", "explanation image"
    QString clipName;      ///< file name of the evidence
    QString clipPath;
    QString sha256;        ///< lower-case hex; empty when it could not be computed (sha256Error says why)
    QString sha256Error;
    QList<QPair<QString, QString>> settings; ///< in the order shown
    QString build;         ///< "SourceTrace 0.9.0 (commit abc123, GNU 12.2.0)"
    QString time;          ///< UTC, ISO 8601

    /// A stamp for the clip at `path` with this build and the current time. `sha256` empty: computed here from
    /// the file (read-only); when that fails the stamp says so instead of a hash.
    static ExportStamp forClip(const QString &path, const QString &sha256, const QString &kind);
    void add(const QString &key, const QString &value) { settings.append({key, value}); }
    /// The spectrogram display and analysis settings (window, FFT, hop, scale, colour map, dB range).
    void addSpectrogramSettings(const SpectrogramSettings &s, int sampleRate);
    /// The explanation's settings as run: model, weights SHA-256, target, baseline, steps, rule, completeness gap.
    void addExplanationSettings(const AttributionReport &rep);

    /// "SHA-256 abc..." or "SHA-256 not available: why".
    QString shaText() const;
    /// The human-readable lines: clip, SHA-256, settings (one line, "; "-joined), build and time.
    QStringList lines() const;
    /// Everything as JSON: {"kind","clip","path","evidence_sha256","settings":{...},"build","time"}.
    QJsonObject toJson() const;
    /// "# key: value\n" lines (UTF-8), one per fact and one per setting ("# setting.window: hann").
    QByteArray csvCommentLines() const;

    /// Height of the caption strip for an image `width` pixels wide.
    int captionHeight(int width) const;
    /// Paints the caption strip (light background, dark text) into `r`.
    void paintCaption(QPainter &p, const QRect &r) const;
    /// The image with the caption strip added below it.
    QImage withCaption(const QImage &img) const;
    /// Sets the PNG text chunks: "SourceTrace" (all lines), "Evidence-SHA256", "Clip", "Settings" (JSON), "Build".
    void applyTo(QImage &img) const;
    /// Inserts <metadata> with the JSON after the <desc> of an SVG written by QSvgGenerator (or after <svg ...>).
    /// Throws st::Error naming the file when it cannot be read or written.
    void insertSvgMetadata(const QString &svgPath) const;
    /// Inserts csvCommentLines() into a written CSV: after its first line when that is a '#' title line, else at
    /// the top. Throws st::Error naming the file.
    void insertCsvComments(const QString &csvPath) const;
    /// Adds toJson() as member "export_stamp" of the JSON object in `jsonPath` (a sidecar). Throws st::Error.
    void insertIntoJsonFile(const QString &jsonPath) const;
};

} // namespace st
