st_add_fuzzer(validity LIBS st_library)
