#include "util/TimeFormat.h"

#include <QStringList>
#include <cmath>

namespace st {

QString formatHms(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("--:--.---");
    const bool negative = seconds < 0;
    const long long ms = std::llround(std::fabs(seconds) * 1000.0);
    const long long h = ms / 3600000;
    const long long m = (ms / 60000) % 60;
    const long long s = (ms / 1000) % 60;
    const long long frac = ms % 1000;
    return QStringLiteral("%1%2:%3:%4.%5")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(h)
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(frac, 3, 10, QLatin1Char('0'));
}

QString formatFrameTime(int64_t frame, int sampleRate)
{
    return sampleRate > 0 ? formatHms(double(frame) / sampleRate) : QStringLiteral("--:--.---");
}

bool parseHms(const QString &text, double &seconds)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3)
        return false;
    double total = 0.0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double v = parts[i].toDouble(&ok);
        if (!ok || v < 0 || (i > 0 && v >= 60.0))
            return false;
        total = total * 60.0 + v;
    }
    seconds = total;
    return true;
}

} // namespace st
