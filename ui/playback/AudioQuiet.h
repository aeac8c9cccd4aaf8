#pragma once
// PortAudio's host APIs print their own diagnostics on stderr whenever PortAudio probes them, i.e. at every start:
// ALSA's configuration parser ("ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM cards.pcm.rear") and the
// JACK client ("Cannot connect to server socket", "jack server is not running or cannot be started"). On a
// workstation without a sound server or card they are a screenful of noise that says nothing to an examiner and
// hides the messages that matter. quietAudioSystem() routes them away unless they are asked for
// (`sourcetrace --audio-debug` or SOURCETRACE_AUDIO_DEBUG=1). See docs/gui.md, "Playback".
#include <QStringList>

namespace st {

/// Whether the sound system's own messages should be shown: SOURCETRACE_AUDIO_DEBUG set and not "0".
bool audioDebugRequested();

/// Unless audioDebugRequested(): installs silent error handlers in ALSA (snd_lib_error_set_handler) and JACK
/// (jack_set_error_function, jack_set_info_function), looked up with dlsym among the libraries PortAudio already
/// loaded (so SourceTrace links neither library), and sets JACK_NO_START_SERVER=1 (when not set) so that probing
/// never starts a JACK server. Returns the names of the systems silenced ("alsa", "jack"); empty in debug mode or
/// when neither library is loaded. Safe to call more than once; PortAudioOutput calls it before Pa_Initialize.
QStringList quietAudioSystem();

/// Unless audioDebugRequested(): while it lives, the process's stderr (file descriptor 2) goes to /dev/null, for the
/// messages no handler reaches. JACK's client library opens its metadata database (Berkeley DB) when PortAudio probes
/// JACK, and where /dev/shm is missing or read-only (a chroot, a container) Berkeley DB itself prints
/// "/dev/shm/jack_db-UID/__db.001: No such file or directory". PortAudioOutput holds one around Pa_Initialize and
/// Pa_Terminate only: whatever another thread writes to stderr in that moment is lost too.
class QuietStderr
{
public:
    QuietStderr();
    ~QuietStderr();
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

} // namespace st
