#pragma once
// Colour maps for spectrograms and attribution maps: a value in [0, 1] to a colour, through a
// 256-entry table. Viridis is perceptually uniform (equal steps in value look like equal steps in
// lightness, and it survives greyscale printing and colour blindness); greyscale is monotonic in
// lightness; "Sox" is a classic black-purple-red-yellow-white heat map.
#include <QColor>
#include <algorithm>
#include <QString>
#include <QStringList>
#include <QVector>

namespace st {

class ColourMap
{
public:
    enum Id { Viridis = 0, Greyscale, InvertedGreyscale, Sox, Count };

    explicit ColourMap(Id id = Viridis);
    Id id() const { return m_id; }
    QString name() const { return name(m_id); }
    static QString name(Id id);
    /// The name shown to the user (translated); name() is the settings' and exports' key.
    static QString displayName(Id id);
    /// Names in Id order (for combo boxes).
    static QStringList names();
    /// Id from its name (case-insensitive); Viridis if unknown.
    static Id fromName(const QString &name);

    /// Colour of `t` in [0, 1] (clamped; NaN gives the lowest colour).
    QRgb at(double t) const;
    /// Colour of table entry i in [0, 255].
    QRgb entry(int i) const { return m_table[std::clamp(i, 0, 255)]; }
    const QVector<QRgb> &table() const { return m_table; }

private:
    Id m_id;
    QVector<QRgb> m_table;
};

} // namespace st
