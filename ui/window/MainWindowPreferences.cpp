// MainWindow: Edit › Preferences (window/PreferencesDialog: the interface language, from the next start).
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QStatusBar>

namespace st {

void MainWindow::showPreferences()
{
    const QString before = PreferencesDialog::storedLanguage();
    PreferencesDialog d(this);
    if (d.exec() == QDialog::Accepted && d.chosenLanguage() != before)
        statusBar()->showMessage(tr("The language is changed at the next start of SourceTrace."), 8000);
}

} // namespace st
