# libFuzzer wiring (COPYDESK_FUZZ=ON; clang only, e.g. Debian's clang +
# libclang-rt-14-dev). The whole build is instrumented for coverage
# (-fsanitize=fuzzer-no-link) and checked with ASan + UBSan (any UB aborts);
# only the fuzz targets link libFuzzer's main. Use a build folder of its own:
#
#   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCOPYDESK_FUZZ=ON \
#         -DCOPYDESK_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build-fuzz --target copydesk_fuzzers -j2
#   (cd build-fuzz && ctest -L fuzz)          # every target for COPYDESK_FUZZ_SECONDS
#   build-fuzz/tests/fuzz/fuzz_markdown -max_total_time=600 \
#         build-fuzz/tests/fuzz/work/markdown tests/fuzz/corpus/markdown
#
# Targets and seed corpora: tests/fuzz/CMakeLists.txt, tests/fuzz/README.md.
# Without COPYDESK_FUZZ the same sources are built with a small replay main
# (tests/fuzz/ReplayMain.cpp) and replay their seed corpus as ordinary tests,
# so every build (Release, ASan) runs the fuzz inputs and crash regressions.
set(COPYDESK_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzz target runs under ctest -L fuzz")

if(COPYDESK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "COPYDESK_FUZZ needs clang with libFuzzer: install the Debian packages 'clang' and "
                        "'libclang-rt-14-dev' and configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()

# copydesk_fuzz_target(NAME SOURCE LIBS...): fuzz_NAME (libFuzzer) under
# COPYDESK_FUZZ, else fuzz_replay_NAME (replays files and folders given as
# arguments).
function(copydesk_fuzz_target name source)
  if(COPYDESK_FUZZ)
    set(exe fuzz_${name})
    add_executable(${exe} ${source})
    target_link_options(${exe} PRIVATE -fsanitize=fuzzer)
  else()
    set(exe fuzz_replay_${name})
    add_executable(${exe} ${source} ${PROJECT_SOURCE_DIR}/tests/fuzz/ReplayMain.cpp)
  endif()
  target_include_directories(${exe} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/rules ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(${exe} PRIVATE ${ARGN})
  set(COPYDESK_FUZZ_EXE ${exe} PARENT_SCOPE)
endfunction()
