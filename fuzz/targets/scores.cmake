st_add_fuzzer(scores LIBS st_eval)
