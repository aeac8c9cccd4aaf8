st_add_fuzzer(npy LIBS st_util)
