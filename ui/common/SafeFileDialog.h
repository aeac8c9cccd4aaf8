#pragma once
// File dialogs that never open the files they list.
//
// Qt's widget-based QFileDialog fills its model on a helper thread (QFileInfoGatherer) that asks the icon
// provider for each file's icon and type; the default provider asks QMimeDatabase, which opens every file whose
// name does not settle its type (library.db, library.db-wal, library.db-shm included), reads its start, and
// closes it. POSIX advisory locks belong to the process: that close drops every SQLite lock the process holds on
// the file, and another process that then closes its connection deletes the WAL and SHM files still in use
// (docs/library.md, "Locking"). These helpers are QFileDialog's static functions with an icon provider that
// decides by file name only. (A platform's native dialog runs in another process and is harmless.)
#include <QString>
#include <QStringList>

class QFileIconProvider;
class QWidget;

namespace st {

/// The provider these dialogs use: icons and type names from the file name alone (exposed for the tests).
QFileIconProvider *nameOnlyIconProvider();

QString safeOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {});
QStringList safeOpenFileNames(QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {});
QString safeSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {});
QString safeExistingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});

} // namespace st
