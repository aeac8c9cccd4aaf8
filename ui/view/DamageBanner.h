#pragma once
// A banner over a pane whose evidence could not be decoded in full: an empty or flat stretch must
// never pass for silence.
#include <QString>

class QPainter;
class QRect;

namespace st {

/// Draws "Damaged evidence: <message>" across the top of `r` (nothing when `message` is empty).
void paintDamageBanner(QPainter &p, const QRect &r, const QString &message);

} // namespace st
