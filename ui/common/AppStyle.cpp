#include "common/AppStyle.h"

#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace st {

void applyDarkStyle(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x36), base(0x1f, 0x22, 0x29), text(0xdc, 0xe1, 0xea);
    const QColor disabled(0x7a, 0x80, 0x8c), highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x38, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x34, 0x39, 0x43));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x23, 0x27, 0x2e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1b, 0x20));
    p.setColor(QPalette::Light, QColor(0x44, 0x4a, 0x56));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(p);
    app.setStyleSheet(QStringLiteral("QToolTip { border: 1px solid #4a515e; padding: 3px; }"
                                     "QDockWidget::title { padding: 4px; background: #23272e; }"
                                     "QStatusBar QLabel { padding: 0 6px; }"));
}

} // namespace st
