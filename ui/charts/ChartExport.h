#pragma once
// What every evaluation plot promises: it can be saved as a PNG (raster, at a given size), as an SVG (vector:
// lines, text and axes stay editable in Inkscape or a journal's pipeline) and as a CSV of exactly the data it
// draws, so that a figure can always be re-made from numbers. Errors are st::Error naming the file.
#include <QSize>
#include <QString>

class QWidget;

namespace st {

class ChartExport
{
public:
    virtual ~ChartExport() = default;

    /// The plotted data as CSV text (UTF-8, header line first).
    virtual QString csv() const = 0;
    /// The widget that is drawn into the image files.
    virtual QWidget *exportWidget() = 0;

    /// `size` empty = the widget's current size (or 900 x 600 when it has never been laid out).
    void savePng(const QString &path, QSize size = {});
    void saveSvg(const QString &path, QSize size = {}, const QString &title = {});
    void saveCsv(const QString &path) const;
    /// By the file's extension: .png, .svg or .csv; throws st::Error for anything else.
    void saveByExtension(const QString &path, QSize size = {});

    static QSize defaultExportSize() { return QSize(900, 600); }
};

} // namespace st
