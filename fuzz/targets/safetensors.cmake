st_add_fuzzer(safetensors LIBS st_models)
