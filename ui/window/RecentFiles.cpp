#include "window/RecentFiles.h"
#include "common/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>

namespace st {

namespace {
constexpr int kMaxRecent = 10;
const char *kRecentKey = "recentFiles";
} // namespace

RecentFilesMenu::RecentFilesMenu(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

QStringList RecentFilesMenu::files() { return appSettings().value(kRecentKey).toStringList(); }

void RecentFilesMenu::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    appSettings().setValue(kRecentKey, list);
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    const QStringList list = files();
    if (list.isEmpty()) {
        m_menu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    for (const QString &p : list) {
        QAction *a = m_menu->addAction(QDir::toNativeSeparators(p));
        a->setEnabled(QFile::exists(p));
        connect(a, &QAction::triggered, this, [this, p]() { emit openRequested(p); });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear list")), &QAction::triggered, this,
            []() { appSettings().remove(kRecentKey); });
}

} // namespace st
