st_add_fuzzer(manifest LIBS st_models)
