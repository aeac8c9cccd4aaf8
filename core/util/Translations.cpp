#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <clocale>
#include <memory>

namespace st {

namespace {

const QString kPrefix = QStringLiteral(":/i18n");

/// The translators installed by the last call; replaced by the next one.
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

/// "de_AT", "de-AT", "de" -> "de"; "C"/"POSIX" -> "en".
QString languageOf(const QString &tag)
{
    const QString t = tag.trimmed();
    if (t.compare(QLatin1String("C"), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String("POSIX"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("en");
    return t.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0).toLower();
}

void removeInstalled(QCoreApplication &app)
{
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            app.removeTranslator(slot->get());
            slot->reset();
        }
    }
}

} // namespace

QStringList availableTranslations()
{
    QStringList codes;
    const QStringList files = QDir(kPrefix).entryList({QStringLiteral("sourcetrace_*.qm")}, QDir::Files, QDir::Name);
    const int prefix = int(QStringLiteral("sourcetrace_").size()), suffix = 3; // ".qm"
    for (const QString &f : files)
        codes << f.mid(prefix, f.size() - prefix - suffix);
    codes.removeAll(QStringLiteral("en")); // English plural forms only: the source language, always offered
    return codes;
}

QString systemLanguage()
{
    const QStringList available = availableTranslations();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString l = languageOf(ui);
        if (l == QLatin1String("en") || available.contains(l))
            return l;
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication &app, const QString &lang)
{
    // QCoreApplication took the C library's locale from the environment; its numbers (printf, strtod in the core and
    // in libraries) go back to C, so that nothing written or parsed depends on the user's locale.
    std::setlocale(LC_NUMERIC, "C");
    removeInstalled(app);
    const bool fromSystem = lang.isEmpty() || lang.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0;
    const QStringList available = availableTranslations();

    QString code;
    if (fromSystem) {
        code = systemLanguage();
    } else {
        const QString l = languageOf(lang);
        if (l == QLatin1String("en"))
            code = l;
        else if (available.contains(l))
            code = l;
        else
            return QString(); // not translated: English, the caller says so
    }
    // The formats shown (QLocale()): an explicit choice sets them too, unless the system locale already speaks that
    // language (then its territory's conventions stay: de_AT, fi_FI, ...). Without digit grouping, so that sample
    // and frame counts read as they are written in files ("48000", not "48.000").
    QLocale shown = fromSystem || QLocale::system().language() == QLocale(code).language() ? QLocale::system() : QLocale(code);
    shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
    QLocale::setDefault(shown);
    auto own = std::make_unique<QTranslator>();
    if (own->load(kPrefix + QStringLiteral("/sourcetrace_") + code + QStringLiteral(".qm"))) {
        app.installTranslator(own.get());
        appTranslator() = std::move(own);
    }
    if (code == QLatin1String("en"))
        return code; // sourcetrace_en.qm: the English plural forms ("1 clip", "2 clips"); Qt's own strings are English
    // Qt's own strings (standard buttons, file dialogs): from the system's Qt translations when installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return code;
}

} // namespace st
