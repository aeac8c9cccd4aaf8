#pragma once
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace st {

/// The languages SourceTrace is translated into, as codes ("cs", "de", "fi"): the sourcetrace_<code>.qm files
/// compiled into the program under :/i18n (translations/CMakeLists.txt). English is the source language and is
/// not listed (its sourcetrace_en.qm holds only the English plural forms). Empty in a program that does not link the translations.
QStringList availableTranslations();

/// The language "system" resolves to: the first of QLocale::system().uiLanguages() that is English or translated,
/// else "en".
QString systemLanguage();

/// Installs the translators of one language into app: SourceTrace's own (:/i18n/sourcetrace_<code>.qm) and Qt's
/// (qtbase_<code>.qm from Qt's translations folder, where the system has it). Both programs call it before they
/// build any text. lang is
///  - "" or "system": the system's UI languages, in order (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL,
///    LC_MESSAGES, LANG); the first one translated wins, else English;
///  - "en" (or "C", "POSIX"): English (only its plural forms are loaded: "1 clip", "2 clips");
///  - a language code ("de", "fi", "cs", "de_AT", "cs-CZ"): that language.
/// The default QLocale (numbers and dates shown to the user) becomes the system's, or the chosen language's when that
/// differs from the system's, without digit grouping (48000 reads as in files).
/// The C library's LC_NUMERIC is set back to "C" (printf/strtod never see a decimal comma).
/// Returns the code installed ("de", ...), "en" for English, or an empty string when an explicitly named language
/// has no translation (English is used then; the caller says so). Calling it again replaces the earlier translators.
/// Machine-readable output never depends on it: files are written in the C locale (docs/translations.md).
QString installTranslations(QCoreApplication &app, const QString &lang);

} // namespace st
