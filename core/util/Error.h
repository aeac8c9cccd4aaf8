#pragma once
// Errors travel as exceptions carrying a message a person can act on: which file (and line), what is
// wrong. GUI and CLI show what() as it is.
#include <QString>
#include <stdexcept>

namespace st {

class Error : public std::runtime_error
{
public:
    /// `path` names the file concerned (may be empty), `line` is 1-based (0 = not line-specific),
    /// `cause` says what is wrong in words.
    Error(const QString &path, const QString &cause, int line = 0)
        : std::runtime_error(format(path, cause, line).toStdString()), m_path(path), m_cause(cause),
          m_line(line)
    {
    }
    explicit Error(const QString &cause) : Error(QString(), cause) {}

    QString path() const { return m_path; }
    QString cause() const { return m_cause; }
    int line() const { return m_line; }
    QString message() const { return QString::fromStdString(what()); }

    /// Line-based output (stderr, protocols, logs) stays one line per message: control characters
    /// of a name (a newline in a file name) are shown escaped as \n, \t, \r, \xNN.
    static QString escaped(const QString &s)
    {
        QString out;
        out.reserve(s.size());
        for (const QChar c : s) {
            if (c == QLatin1Char('\n'))
                out += QLatin1String("\\n");
            else if (c == QLatin1Char('\t'))
                out += QLatin1String("\\t");
            else if (c == QLatin1Char('\r'))
                out += QLatin1String("\\r");
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }

    static QString format(const QString &path, const QString &cause, int line)
    {
        if (path.isEmpty())
            return cause;
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(escaped(path)).arg(line).arg(cause);
        return QStringLiteral("%1: %2").arg(escaped(path), cause);
    }

private:
    QString m_path;
    QString m_cause;
    int m_line = 0;
};

} // namespace st
