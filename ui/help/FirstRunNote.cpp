#include "help/FirstRunNote.h"

#include "common/AppSettings.h"
#include "models/ModelRegistry.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace st {

QString firstRunNoteKey() { return QStringLiteral("help/firstRunNoteShown"); }

bool firstRunNoteShown() { return appSettings().value(firstRunNoteKey(), false).toBool(); }

void setFirstRunNoteShown(bool shown)
{
    QSettings s = appSettings();
    s.setValue(firstRunNoteKey(), shown);
    s.sync();
}

QString firstRunNoteHtml()
{
    auto path = [](const QString &p) {
        return QStringLiteral("<code>%1</code>").arg(QDir::toNativeSeparators(p).toHtmlEscaped());
    };
    const QString settings = appSettings().fileName();
    const QString models = ModelRegistry::userFolder();
    const QString temp = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("sourcetrace-demo-<pid>/demo.flac"));
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("FirstRunNote", "SourceTrace never uses the network"));
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("FirstRunNote", "It opens no network connection of any kind: no updates, no licence check, no usage "
                                 "statistics, no online help. The default model, its fingerprint library, the demo clip "
                                 "and the manual (Help › Manual, F1) are part of the installation. It runs the same on a "
                                 "machine that has never been connected."));
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("FirstRunNote", "Evidence files are opened read-only and are never changed."));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("FirstRunNote", "What it stores, and where"));
    html += QStringLiteral("<li>%1<br>%2</li>")
                .arg(QCoreApplication::translate("FirstRunNote", "Settings: recent files and cases, the chosen model, spectrogram settings, the files "
                                 "and folders last chosen in dialogs, and that this note was shown:"),
                     path(settings));
    html += QStringLiteral("<li>%1<br>%2</li>")
                .arg(QCoreApplication::translate("FirstRunNote", "Models you train and install from the Training dock:"),
                     path(models.isEmpty() ? QCoreApplication::translate("FirstRunNote", "(no folder: the system names no data location)") : models));
    html += QStringLiteral("<li>%1<br>%2</li>")
                .arg(QCoreApplication::translate("FirstRunNote", "A read-only copy of the demo clip when it is opened (the temporary folder):"), path(temp));
    html += QStringLiteral("<li>%1</li>")
                .arg(QCoreApplication::translate("FirstRunNote", "Case files, fingerprint libraries, training runs, reports and exported images and "
                                 "data: only where you save them."));
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(QCoreApplication::translate("FirstRunNote", "SourceTrace writes nothing else. This note is shown once; Help › Privacy and storage shows it "
                                 "again."));
    return html;
}

FirstRunNote::FirstRunNote(QWidget *parent) : QDialog(parent), m_html(firstRunNoteHtml())
{
    setObjectName(QStringLiteral("firstRunNote"));
    setWindowTitle(tr("SourceTrace: privacy and storage"));
    auto *text = new QLabel(m_html);
    text->setObjectName(QStringLiteral("firstRunText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *v = new QVBoxLayout(this);
    v->addWidget(text, 1);
    v->addWidget(buttons);
    setMinimumWidth(560);
    resize(640, sizeHint().height());
}

QString FirstRunNote::plainText() const
{
    QTextDocument d;
    d.setHtml(m_html);
    return d.toPlainText();
}

FirstRunNote *showFirstRunNoteOnce(QWidget *parent)
{
    if (firstRunNoteShown())
        return nullptr;
    setFirstRunNoteShown(true);
    auto *note = new FirstRunNote(parent);
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->setModal(false);
    note->show();
    note->raise();
    return note;
}

} // namespace st
