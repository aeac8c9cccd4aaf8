st_add_fuzzer(trainconfig LIBS st_train)
