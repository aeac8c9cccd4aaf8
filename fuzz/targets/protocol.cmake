st_add_fuzzer(protocol LIBS st_eval)
