st_add_fuzzer(analysis_json LIBS st_analysis st_quality)
