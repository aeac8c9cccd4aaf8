#pragma once
// Small helpers for the analysis results' JSON: non-finite numbers written as null, and a strict reader that
// names the missing or mistyped member (a stored result that cannot be read is an error, never a silent zero).
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <vector>

namespace st::json {

/// A finite number, or null.
QJsonValue number(double v);
QJsonArray floats(const std::vector<float> &v);
/// Floats as base64 of little-endian float32 (compact for long attribution curves).
QString floatsBase64(const std::vector<float> &v);
/// Throws st::Error (with `what`) when the text is not base64 of a whole number of float32.
std::vector<float> floatsFromBase64(const QString &text, const QString &what);

class Reader
{
public:
    Reader(QJsonObject o, QString context) : m_o(std::move(o)), m_context(std::move(context)) {}
    bool has(const QString &key) const { return m_o.contains(key); }
    QString string(const QString &key) const;
    QString optString(const QString &key, const QString &def = {}) const;
    bool boolean(const QString &key) const;
    qint64 integer(const QString &key) const;
    /// A number, or NaN for null.
    double number(const QString &key) const;
    std::vector<float> floats(const QString &key) const;
    QStringList strings(const QString &key) const;
    QJsonArray array(const QString &key) const;
    QJsonObject object(const QString &key) const;
    QJsonObject optObject(const QString &key) const { return m_o.value(key).toObject(); }
    const QJsonObject &raw() const { return m_o; }

private:
    [[noreturn]] void fail(const QString &key, const QString &expected) const;
    QJsonValue need(const QString &key) const;
    QJsonObject m_o;
    QString m_context;
};

} // namespace st::json
