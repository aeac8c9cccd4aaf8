#pragma once
// Help › Keyboard shortcuts: a table made from the window's own QActions (every action of the window and of its
// docks that has a shortcut), so the list never goes stale. A search field filters it by action, shortcut or menu;
// two actions that share a shortcut are marked as a conflict.
#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QTableWidget;
class QAction;

namespace st {

struct ShortcutEntry
{
    QString action;   ///< the action's text without '&' and trailing dots
    QString shortcut; ///< all its shortcuts, native text, ", " between them
    QString where;    ///< the menus (and toolbars) that hold it, "File", "View › Channel"; empty when none
    bool conflict = false; ///< another action has one of its shortcuts
    QAction *source = nullptr;
};

/// The shortcuts of every QAction that is a child of `window` (recursively), sorted by menu then action.
QList<ShortcutEntry> collectShortcuts(const QWidget *window);

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    /// Shows only the rows containing `text` (case-insensitive, in any column); returns how many are shown.
    int filter(const QString &text);

private:
    QLineEdit *m_search;
    QTableWidget *m_table;
};

} // namespace st
