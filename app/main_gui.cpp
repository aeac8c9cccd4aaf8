// Placeholder until the viewer lands (issue 2, ui helper replaces this file).
#include <QApplication>
int main(int argc, char **argv) { QApplication app(argc, argv); return 0; }
