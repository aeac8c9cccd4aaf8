#pragma once
// Layout checks shared by the GUI layout tests (tst_ui_layout, tst_ui_layout_lang).
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStringList>
#include <QTreeWidget>

namespace sttest {

/// The trace list's names (levels and their first three candidates) unelided in the name column.
inline QStringList traceNameProblems(QTreeWidget *tree)
{
    QStringList problems;
    const int nameWidth = tree->columnWidth(0);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *level = tree->topLevelItem(i);
        QList<QTreeWidgetItem *> items{level};
        for (int c = 0; c < level->childCount() && c < 3; ++c)
            items << level->child(c);
        for (QTreeWidgetItem *it : items) {
            const int depth = it->parent() ? 1 : 0;
            // A level's row shows "attack: espeak-ng-harmonic" whole; its threshold (also the ticks over the score bars) may be cut.
            const QString text = it->parent() ? it->text(0) : it->text(0).section(QStringLiteral("  "), 0, 0).trimmed();
            QFont font = tree->font();
            font.setBold(it->font(0).bold());
            const int need = QFontMetrics(font).horizontalAdvance(text) + tree->indentation() * (depth + 1) + 8;
            const QModelIndex index = tree->indexFromItem(it);
            const int room = tree->isFirstColumnSpanned(index.row(), index.parent()) ? tree->viewport()->width() : nameWidth;
            if (need > room)
                problems << QStringLiteral("trace list: '%1' needs %2 px, has %3").arg(text).arg(need).arg(room);
        }
    }
    return problems;
}

} // namespace sttest
