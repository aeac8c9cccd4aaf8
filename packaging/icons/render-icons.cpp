// st-render-icons SVG SIZE OUT.png: renders an SVG icon into a square PNG of SIZE x SIZE pixels (transparent
// background, the drawing scaled to fit and centred), for the hicolor icon theme's fixed sizes (docs/desktop.md).
// A build tool (packaging/desktop.cmake runs it), not installed. Exit 1 with a message naming the file on bad input.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: st-render-icons SVG SIZE OUT.png\n");
        return 2;
    }
    // No display is needed: the offscreen platform unless one is named.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    const QString svg = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QByteArray(argv[2]).toInt(&ok);
    if (!ok || size < 8 || size > 1024) {
        std::fprintf(stderr, "st-render-icons: bad size '%s' (8..1024)\n", argv[2]);
        return 2;
    }
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "st-render-icons: %s: not a readable SVG\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSizeF drawn = renderer.defaultSize().isEmpty() ? QSizeF(size, size) : QSizeF(renderer.defaultSize());
    drawn.scale(size, size, Qt::KeepAspectRatio);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&p, QRectF(QPointF((size - drawn.width()) / 2, (size - drawn.height()) / 2), drawn));
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(QString::fromLocal8Bit(argv[3]), "PNG")) {
        std::fprintf(stderr, "st-render-icons: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
