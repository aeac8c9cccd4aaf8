#pragma once
// Colours and sizes of the viewer, chosen for a dark background (evidence is examined in dim rooms
// for hours). Everything drawn by layers and axes takes its colours from here.
#include <QColor>

namespace st {

namespace Theme {
inline QColor background() { return QColor(0x1b, 0x1e, 0x24); }
inline QColor panelBackground() { return QColor(0x23, 0x27, 0x2e); }
inline QColor axisLine() { return QColor(0x8a, 0x93, 0xa3); }
inline QColor axisTickMinor() { return QColor(0x55, 0x5c, 0x69); }
inline QColor axisText() { return QColor(0xd0, 0xd6, 0xe0); }
inline QColor gridLine() { return QColor(0x33, 0x39, 0x44); }
inline QColor waveform() { return QColor(0x5c, 0xc8, 0xa8); }
inline QColor waveformRms() { return QColor(0x3f, 0x8f, 0x78); }
inline QColor waveformNotReady() { return QColor(0x3a, 0x40, 0x4c); }
inline QColor selectionFill() { return QColor(0x6a, 0xa8, 0xff, 60); }
inline QColor selectionEdge() { return QColor(0x6a, 0xa8, 0xff, 200); }
inline QColor playCursor() { return QColor(0xff, 0x5a, 0x4f); }
inline QColor hoverCursor() { return QColor(0xff, 0xff, 0xff, 90); }
/// Warnings that must not be missed (damaged evidence, a withheld likelihood ratio).
inline QColor warningBackground() { return QColor(120, 40, 20, 225); }
inline QColor warningText() { return QColor(255, 214, 170); }
inline QColor warningEdge() { return QColor(0xff, 0x6b, 0x5a); }
inline double axisFontPointSize() { return 8.0; }
} // namespace Theme

} // namespace st
