st_add_fuzzer(case_csv LIBS st_case)
