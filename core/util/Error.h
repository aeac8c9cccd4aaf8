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

    static QString format(const QString &path, const QString &cause, int line)
    {
        if (path.isEmpty())
            return cause;
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(cause);
        return QStringLiteral("%1: %2").arg(path, cause);
    }

private:
    QString m_path;
    QString m_cause;
    int m_line = 0;
};

} // namespace st
