#include "common/LocaleFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace st {

namespace {

/// The locale's short date format with the year in four digits (a short "yy" is ambiguous in an examination).
QString dateFormat(const QLocale &l)
{
    QString f = l.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

} // namespace

QLocale shownLocale()
{
    QLocale l;
    l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
    return l;
}

QString shownNumber(double v, char format, int precision)
{
    if (!std::isfinite(v))
        return QCoreApplication::translate("st::LocaleFormat", "n/a");
    return shownLocale().toString(v, format, precision);
}

QString shownDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QCoreApplication::translate("st::LocaleFormat", "unknown");
    const QLocale l;
    return l.toString(dt.toLocalTime(), dateFormat(l) + QLatin1Char(' ') + l.timeFormat(QLocale::LongFormat));
}

namespace {
// The phrases of verbalEquivalent() (core/eval/LinearCalibration.cpp), for lupdate: the core writes them in English
// into results and reports; the GUI shows them translated.
[[maybe_unused]] const char *const kVerbalScale[] = {
    QT_TRANSLATE_NOOP("st::VerbalScale", "no support for either proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "weak support for the proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "moderate support for the proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "moderately strong support for the proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "strong support for the proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "very strong support for the proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "extremely strong support for the proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "weak support for the alternative proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "moderate support for the alternative proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "moderately strong support for the alternative proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "strong support for the alternative proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "very strong support for the alternative proposition"),
    QT_TRANSLATE_NOOP("st::VerbalScale", "extremely strong support for the alternative proposition"),
};
} // namespace

QString shownVerbal(const QString &english)
{
    const QByteArray key = english.toUtf8();
    return QCoreApplication::translate("st::VerbalScale", key.constData());
}

QString shownDate(const QDate &d)
{
    if (!d.isValid())
        return QCoreApplication::translate("st::LocaleFormat", "unknown");
    const QLocale l;
    return l.toString(d, dateFormat(l));
}

} // namespace st
