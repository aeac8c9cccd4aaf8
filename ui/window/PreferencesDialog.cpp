#include "window/PreferencesDialog.h"

#include "common/AppSettings.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace st {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

/// A language's name in itself, first letter capitalised: "Deutsch", "Suomi", "Čeština".
QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English"
    QString n = QLocale(code).nativeLanguageName();
    if (n.isEmpty())
        return code;
    n[0] = n[0].toUpper();
    return n;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    // System, naming the language it gives here: "System (Deutsch)".
    m_language->addItem(tr("System (%1)").arg(nativeName(systemLanguage())), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : availableTranslations())
        m_language->addItem(nativeName(code), code);
    m_language->setToolTip(tr("The language of menus, dialogs and messages. Numbers and dates shown follow it; "
                              "files written (CSV, JSON, reports' data) always use the C locale."));
    setChosenLanguage(storedLanguage());

    m_note = new QLabel(tr("A new language takes effect at the next start of SourceTrace."), this);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString PreferencesDialog::storedLanguage() { return appSettings().value(kLanguageKey).toString(); }

void PreferencesDialog::storeLanguage(const QString &code)
{
    QSettings s = appSettings();
    if (code.isEmpty())
        s.remove(kLanguageKey);
    else
        s.setValue(kLanguageKey, code);
}

QString PreferencesDialog::chosenLanguage() const { return m_language->currentData().toString(); }

bool PreferencesDialog::setChosenLanguage(const QString &code)
{
    const int i = m_language->findData(code);
    m_language->setCurrentIndex(i < 0 ? 0 : i);
    return i >= 0;
}

void PreferencesDialog::apply() { storeLanguage(chosenLanguage()); }

} // namespace st
