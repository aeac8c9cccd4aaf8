#include "playback/AudioQuiet.h"

#include <QByteArray>
#include <QtGlobal>

#include <dlfcn.h>

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

} // namespace st
