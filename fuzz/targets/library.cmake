st_add_fuzzer(library LIBS st_library)
