# Runs a libFuzzer harness for SECONDS on a scratch copy of its seed corpus, so the
# inputs it finds land in the build folder and the source tree is never modified.
#   cmake -DFUZZER=exe -DSEEDS=dir -DWORK_DIR=dir -DSECONDS=n -P RunFuzzer.cmake
# A crash leaves its input in WORK_DIR/artifacts/; rerun `FUZZER that-file` to debug.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")
file(COPY "${SEEDS}/" DESTINATION "${WORK_DIR}/corpus")
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -timeout=30 -rss_limit_mb=2048
            -print_final_stats=1 "-artifact_prefix=${WORK_DIR}/artifacts/" "${WORK_DIR}/corpus"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK_DIR}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (exit ${result}); inputs: ${artifacts}")
endif()
