#include "common/SafeFileDialog.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace st {

namespace {

// Icons and type names from the file name alone (QMimeDatabase::MatchExtension never opens the file).
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        const QMimeType m = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return m.comment().isEmpty() ? m.name() : m.comment();
    }

private:
    QMimeDatabase m_mime;
};

QStringList run(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                QFileDialog::FileMode mode, QFileDialog::AcceptMode accept)
{
    QFileDialog d(parent, caption, dir, filter);
    d.setIconProvider(nameOnlyIconProvider());
    d.setFileMode(mode);
    d.setAcceptMode(accept);
    if (mode == QFileDialog::Directory)
        d.setOption(QFileDialog::ShowDirsOnly, true);
    if (d.exec() != QDialog::Accepted)
        return {};
    return d.selectedFiles();
}

} // namespace

QFileIconProvider *nameOnlyIconProvider()
{
    static NameOnlyIconProvider p;
    return &p;
}

QString safeOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    const QStringList f = run(parent, caption, dir, filter, QFileDialog::ExistingFile, QFileDialog::AcceptOpen);
    return f.isEmpty() ? QString() : f.front();
}

QStringList safeOpenFileNames(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return run(parent, caption, dir, filter, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen);
}

QString safeSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    const QStringList f = run(parent, caption, dir, filter, QFileDialog::AnyFile, QFileDialog::AcceptSave);
    return f.isEmpty() ? QString() : f.front();
}

QString safeExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    const QStringList f = run(parent, caption, dir, {}, QFileDialog::Directory, QFileDialog::AcceptOpen);
    return f.isEmpty() ? QString() : f.front();
}

} // namespace st
