#pragma once
// File > Open recent: the last ten evidence files opened (kept in the application settings, newest first).
// The menu is rebuilt each time it is about to show; a file that no longer exists is listed disabled.
#include <QObject>
#include <QStringList>

class QMenu;

namespace st {

class RecentFilesMenu : public QObject
{
    Q_OBJECT
public:
    /// Fills `menu` (owned by the caller) whenever it is about to show.
    explicit RecentFilesMenu(QMenu *menu, QObject *parent = nullptr);

    static QStringList files();
    /// Puts `path` first (once), keeping at most ten.
    static void add(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void rebuild();
    QMenu *m_menu;
};

} // namespace st
