st_add_fuzzer(jobs_records LIBS st_dataset st_jobs)
