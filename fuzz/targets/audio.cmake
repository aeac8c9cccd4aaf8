st_add_fuzzer(audio LIBS st_audio)
