#include "common/SafeApplication.h"

#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>

#include <cstdio>
#include <exception>
#include <new>

namespace st {

SafeApplication::SafeApplication(int &argc, char **argv) : QApplication(argc, argv) {}

bool SafeApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::bad_alloc &) {
        report(tr("out of memory while handling an event; the last action was abandoned"));
    } catch (const std::exception &e) {
        report(QString::fromUtf8(e.what()));
    } catch (...) {
        report(tr("an unknown error occurred while handling an event; the last action was abandoned"));
    }
    return false;
}

void SafeApplication::report(const QString &message)
{
    ++m_caught;
    m_last = message;
    std::fprintf(stderr, "sourcetrace: error: %s\n", qPrintable(message));
    emit errorCaught(message);
    if (!m_dialogs || m_showing)
        return;
    // Not from inside the failed handler (it may be a paint event): on the next turn of the loop.
    QMetaObject::invokeMethod(
        this,
        [this, message]() {
            m_showing = true;
            QMessageBox box(QMessageBox::Warning, tr("SourceTrace"),
                            tr("An action failed and was abandoned; SourceTrace keeps running.\n\n%1").arg(message));
            box.exec();
            m_showing = false;
        },
        Qt::QueuedConnection);
}

} // namespace st
