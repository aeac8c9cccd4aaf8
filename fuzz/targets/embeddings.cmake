st_add_fuzzer(embeddings LIBS st_eval)
