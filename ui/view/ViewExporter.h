#pragma once
// Paints the current view (a title line, the time ruler and every pane with its layers, axes, keys
// and the selection) into a PNG or an SVG, through the same Pane::render / Layer::paint code that
// draws the screen, so an exported figure shows exactly what was examined. With a stamp (setStamp) the picture
// ends in a caption strip naming the clip, its evidence SHA-256 and the settings, and the file carries the same
// as metadata (PNG text chunks; SVG <desc> and <metadata>): see common/ExportStamp.h.
#include "common/ExportStamp.h"

#include <QList>
#include <optional>
#include <QSize>
#include <QString>

class QPainter;

namespace st {

class Pane;
class ViewState;

class ViewExporter
{
public:
    ViewExporter(const ViewState &view, const QList<Pane *> &panes, const QString &title);

    /// The caption strip and metadata every export carries (the main window always sets one).
    void setStamp(const ExportStamp &stamp) { m_stamp = stamp; }
    const std::optional<ExportStamp> &stamp() const { return m_stamp; }

    /// Size of the exported picture in pixels (the panes' width; their heights plus ruler, title and caption).
    QSize size() const;
    /// Paints everything with its top-left at (0, 0).
    void render(QPainter &p) const;
    /// Waits (processing events, at most `msecs`) until every layer has computed what is visible.
    bool waitUntilComplete(int msecs) const;

    /// Throw st::Error naming the file when it cannot be written.
    void exportPng(const QString &path) const;
    void exportSvg(const QString &path) const;

private:
    const ViewState &m_view;
    QList<Pane *> m_panes;
    QString m_title;
    std::optional<ExportStamp> m_stamp;
};

} // namespace st
