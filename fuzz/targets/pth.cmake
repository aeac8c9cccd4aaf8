st_add_fuzzer(pth LIBS st_models)
