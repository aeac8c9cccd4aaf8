#include "util/NativeArgs.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::NativeArgs)
};
} // namespace

QStringList nativeArguments(int argc, char **argv, QStringList *notes)
{
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        const QString decoded = QFile::decodeName(raw);
        if (QFile::encodeName(decoded) == raw) {
            out << decoded;
            continue;
        }
        const int fd = ::open(raw.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            out << decoded; // not a file: its readers will say what is wrong with it
            continue;
        }
        const QString proxy = QStringLiteral("/proc/self/fd/%1").arg(fd);
        if (notes)
            *notes << Text::tr("the name \"%1\" is not valid UTF-8; the file is read through %2")
                          .arg(Error::escaped(decoded), proxy);
        out << proxy;
    }
    return out;
}

} // namespace st
