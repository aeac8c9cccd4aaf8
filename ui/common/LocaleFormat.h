#pragma once
// How the GUI shows numbers, dates and times to the examiner: in the user's locale (QLocale(), which
// st::installTranslations sets from the language choice; decimal comma in German, no digit grouping). Only for what
// is shown on screen: every file the program writes (CSV, TSV, JSON, reports' data, export stamps) uses the C
// locale (QString::number, QString::arg without %L), whatever the user's locale (docs/translations.md).
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace st {

/// The locale numbers are shown in: QLocale() (the user's), without digit grouping ("48000", as in files), also
/// where no language was installed (tests; the system "C" locale groups digits otherwise).
QLocale shownLocale();

/// A number shown (shownLocale()): fixed ('f') or general ('g') format with `precision` digits, in the user's locale; "n/a" (translated)
/// when not finite.
QString shownNumber(double v, char format = 'f', int precision = 2);

/// A date and time shown: the locale's short date with a four-digit year and its long time (seconds and time zone),
/// in local time. "2026-12-07T01:02:03Z" in German: "07.12.2026 02:02:03 MEZ".
QString shownDateTime(const QDateTime &dt);

/// A date shown: the locale's short date with a four-digit year.
QString shownDate(const QDate &d);

/// A verbal equivalent of a likelihood ratio (the core's English phrase, eval/LinearCalibration.h, as stored in
/// results and reports) in the interface language: "moderate support for the proposition" -> "mäßige Unterstützung
/// ...". A phrase that is not one of the scale's comes back unchanged.
QString shownVerbal(const QString &english);

} // namespace st
