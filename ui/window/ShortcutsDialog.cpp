#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWidget>
#include <algorithm>

namespace st {

namespace {

QString cleanText(QString t)
{
    t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    t.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QChar(0x2026)))
        t.chop(1);
    return t.trimmed();
}

// "View › Channel": the menu's title after the titles of the menus above it.
QString menuPath(const QMenu *m)
{
    QStringList parts;
    for (int depth = 0; m && depth < 8; ++depth) {
        parts.prepend(cleanText(m->title()));
        const QMenu *up = nullptr;
        for (QObject *o : m->menuAction()->associatedObjects())
            if (auto *pm = qobject_cast<const QMenu *>(o); pm && pm != m)
                up = pm;
        m = up;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" › "));
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget *window)
{
    QList<ShortcutEntry> out;
    QHash<QString, int> uses; // portable text of one key sequence -> number of actions
    const QList<QAction *> actions = window->findChildren<QAction *>();
    QSet<QAction *> seen;
    for (QAction *a : actions) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        seen.insert(a);
        ShortcutEntry e;
        e.source = a;
        e.action = cleanText(a->text());
        QStringList keys, portable; // a standard key can give one sequence twice (QKeySequence::Redo): once each
        for (const QKeySequence &k : a->shortcuts()) {
            if (portable.contains(k.toString(QKeySequence::PortableText)))
                continue;
            portable << k.toString(QKeySequence::PortableText);
            keys << k.toString(QKeySequence::NativeText);
            ++uses[portable.last()];
        }
        e.shortcut = keys.join(QStringLiteral(", "));
        QStringList where, bars; // menus first, then toolbars
        for (QObject *o : a->associatedObjects()) {
            if (auto *m = qobject_cast<QMenu *>(o))
                where << menuPath(m);
            else if (auto *t = qobject_cast<QToolBar *>(o))
                bars << QObject::tr("%1 toolbar").arg(t->windowTitle().isEmpty() ? t->objectName() : t->windowTitle());
        }
        where << bars;
        where.removeAll(QString());
        where.removeDuplicates();
        e.where = where.join(QStringLiteral(", "));
        out << e;
    }
    for (ShortcutEntry &e : out)
        for (const QKeySequence &k : e.source->shortcuts())
            if (uses.value(k.toString(QKeySequence::PortableText)) > 1)
                e.conflict = true; // the same key on two actions: Qt triggers neither ("ambiguous shortcut")
    std::sort(out.begin(), out.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        const QString wa = a.where.isEmpty() ? QStringLiteral("\uffff") : a.where, wb = b.where.isEmpty() ? QStringLiteral("\uffff") : b.where;
        return wa != wb ? wa.localeAwareCompare(wb) < 0 : a.action.localeAwareCompare(b.action) < 0;
    });
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setPlaceholderText(tr("Search actions, keys or menus"));
    m_search->setClearButtonEnabled(true);
    const QList<ShortcutEntry> entries = collectShortcuts(window);
    m_table = new QTableWidget(entries.size(), 3);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    bool anyConflict = false;
    for (int r = 0; r < entries.size(); ++r) {
        const ShortcutEntry &e = entries[r];
        auto *name = new QTableWidgetItem(e.action);
        if (!e.source->toolTip().isEmpty() && e.source->toolTip() != e.action)
            name->setToolTip(e.source->toolTip());
        auto *key = new QTableWidgetItem(e.shortcut);
        if (e.conflict) {
            anyConflict = true;
            key->setForeground(QColor(0xff, 0x6b, 0x5a));
            key->setToolTip(tr("Another action has this shortcut too"));
        }
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, key);
        m_table->setItem(r, 2, new QTableWidgetItem(e.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { filter(t); });
    auto *note = new QLabel(anyConflict ? tr("Shortcuts in red are used by more than one action.")
                                        : tr("Made from the window's actions. Mouse gestures (wheel zoom, drag to select, Shift+drag to pan) "
                                             "are listed in docs/gui.md."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_search);
    v->addWidget(m_table, 1);
    v->addWidget(note);
    v->addWidget(buttons);
    resize(620, 620);
}

int ShortcutsDialog::filter(const QString &text)
{
    int shown = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool match = text.trimmed().isEmpty();
        for (int c = 0; c < m_table->columnCount() && !match; ++c)
            match = m_table->item(r, c)->text().contains(text.trimmed(), Qt::CaseInsensitive);
        m_table->setRowHidden(r, !match);
        shown += match ? 1 : 0;
    }
    return shown;
}

} // namespace st
