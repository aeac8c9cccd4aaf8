st_add_fuzzer(stopa_csv LIBS st_library)
