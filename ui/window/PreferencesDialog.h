#pragma once
// Edit › Preferences: the application's settings that are not part of a feature's dock. Today the interface
// language: System (the system locale's language), English, or one of the translations compiled into the program
// (st::availableTranslations, named in their own language). Stored in QSettings under ui/language; it takes effect
// at the next start (main_gui.cpp reads it; --lang overrides it). docs/translations.md.
#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;

namespace st {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// The stored language choice: "" (follow the system), "en", or a translation's code ("de", "fi", "cs").
    static QString storedLanguage();
    static void storeLanguage(const QString &code);

    QComboBox *languageBox() const { return m_language; }
    /// The code of the language chosen in the box ("" for System).
    QString chosenLanguage() const;
    /// Selects a code in the box (unknown codes select System); returns whether it was offered.
    bool setChosenLanguage(const QString &code);
    /// Stores the box's choice (what OK does).
    void apply();

private:
    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace st
