st_add_fuzzer(fusion LIBS st_eval)
