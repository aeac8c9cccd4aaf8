#pragma once
// The application's look: Fusion with a dark palette matching Theme (dark panes, light text, blue
// highlight), applied once at start-up.
class QApplication;

namespace st {

void applyDarkStyle(QApplication &app);

} // namespace st
