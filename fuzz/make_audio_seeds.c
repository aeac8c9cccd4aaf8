// Writes the seed corpus of fuzz_audio (fuzz/corpus/audio/): one small file per container and encoding
// libsndfile reads. Build and run once: gcc fuzz/make_audio_seeds.c -o /tmp/seeds $(pkg-config --cflags --libs sndfile) -lm && /tmp/seeds
// (the broken variants beside them were cut or edited by hand from these).
#include <sndfile.h>
#include <math.h>
#include <stdio.h>
static void w(const char *path, int fmt, int rate, int ch, int n) {
  SF_INFO si = {0}; si.samplerate = rate; si.channels = ch; si.format = fmt;
  SNDFILE *f = sf_open(path, SFM_WRITE, &si); if (!f) { printf("skip %s: %s\n", path, sf_strerror(NULL)); return; }
  float x[16384]; for (int i = 0; i < n * ch; ++i) x[i] = 0.4f * sinf(0.05f * i) + 0.1f * sinf(0.31f * i);
  sf_writef_float(f, x, n); sf_close(f);
}
int main(void) {
  const char *d = "fuzz/corpus/audio/";
  char p[256];
#define W(name, fmt, rate, ch, n) snprintf(p, sizeof p, "%s%s", d, name); w(p, fmt, rate, ch, n);
  W("pcm16.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, 400);
  W("float_stereo.wav", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 8000, 2, 200);
  W("pcm24.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_24, 16000, 1, 1200);
  W("vorbis.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 16000, 1, 1600);
  W("opus.opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 16000, 1, 1600);
  W("mp3.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 16000, 1, 2400);
  W("ulaw.au", SF_FORMAT_AU | SF_FORMAT_ULAW, 8000, 1, 300);
  W("adpcm.wav", SF_FORMAT_WAV | SF_FORMAT_IMA_ADPCM, 8000, 1, 1000);
  W("pcm16.aiff", SF_FORMAT_AIFF | SF_FORMAT_PCM_16, 11025, 1, 300);
  W("rf64.wav", SF_FORMAT_RF64 | SF_FORMAT_PCM_16, 16000, 1, 200);
  W("caf_alac.caf", SF_FORMAT_CAF | SF_FORMAT_ALAC_16, 16000, 1, 800);
  return 0;
}
