#include "playback/AudioQuiet.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace st {

namespace {

// ALSA: void (*)(const char *file, int line, const char *function, int err, const char *fmt, ...)
void alsaSilent(const char *, int, const char *, int, const char *, ...) {}
using AlsaHandler = void (*)(const char *, int, const char *, int, const char *, ...);
using AlsaSetHandler = int (*)(AlsaHandler);

// JACK: void (*)(const char *message)
void jackSilent(const char *) {}
using JackSetFunction = void (*)(void (*)(const char *));

} // namespace

bool audioDebugRequested()
{
    const QByteArray v = qgetenv("SOURCETRACE_AUDIO_DEBUG");
    return !v.isEmpty() && v != "0";
}

QStringList quietAudioSystem()
{
    if (audioDebugRequested())
        return {};
    if (!qEnvironmentVariableIsSet("JACK_NO_START_SERVER"))
        qputenv("JACK_NO_START_SERVER", "1");
    QStringList silenced;
    if (auto set = reinterpret_cast<AlsaSetHandler>(dlsym(RTLD_DEFAULT, "snd_lib_error_set_handler"))) {
        set(&alsaSilent);
        silenced << QStringLiteral("alsa");
    }
    auto setError = reinterpret_cast<JackSetFunction>(dlsym(RTLD_DEFAULT, "jack_set_error_function"));
    auto setInfo = reinterpret_cast<JackSetFunction>(dlsym(RTLD_DEFAULT, "jack_set_info_function"));
    if (setError) {
        setError(&jackSilent);
        if (setInfo)
            setInfo(&jackSilent);
        silenced << QStringLiteral("jack");
    }
    return silenced;
}

QuietStderr::QuietStderr()
{
    if (audioDebugRequested())
        return;
    std::fflush(stderr);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null < 0)
        return;
    m_saved = ::fcntl(2, F_DUPFD_CLOEXEC, 3);
    if (m_saved >= 0 && ::dup2(null, 2) < 0) {
        ::close(m_saved);
        m_saved = -1;
    }
    ::close(null);
}

QuietStderr::~QuietStderr()
{
    if (m_saved < 0)
        return;
    std::fflush(stderr);
    ::dup2(m_saved, 2);
    ::close(m_saved);
}

} // namespace st
