# Rapport: the two-command set-up. `make run` and `make test` install what is
# missing (apt), configure, build and then run the app or the suite.
BUILD_DIR   ?= build
BUILD_TYPE  ?= RelWithDebInfo
BENCH_DIR   ?= build-release
FUZZ_DIR    ?= build-fuzz
JOBS        ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: package all deps deps-test deps-bench configure build fuzz-build run test test-asan test-long bench bench-mining bench-value format format-check screenshots clean

all: build

deps:
	@bash packaging/install-deps.sh build

deps-test:
	@bash packaging/install-deps.sh test

deps-bench:
	@bash packaging/install-deps.sh bench

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/rapport $(ARGS)

# The libFuzzer harnesses (fuzz/) in their own tree: clang, ASan + UBSan, and only
# the harnesses and rapport_core are built.
fuzz-build:
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
		-DRAPPORT_FUZZ=ON -DRAPPORT_BUILD_TESTS=OFF -DRAPPORT_BUILD_BENCH=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target rapport_fuzzers

# The whole suite, headless (GUI tests use QT_QPA_PLATFORM=offscreen), with
# warnings as errors, then a 30-second run of each fuzz harness. Long checks
# carry the ctest label "long".
test: deps-test
	$(MAKE) build CMAKE_FLAGS="-DRAPPORT_WERROR=ON $(CMAKE_FLAGS)"
	cmake --build $(BUILD_DIR) --target format-check
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) -LE long
	$(MAKE) fuzz-build
	ctest --test-dir $(FUZZ_DIR) --output-on-failure -j $(JOBS) -L fuzz -LE long

# The whole suite (without the long checks) under AddressSanitizer +
# UndefinedBehaviorSanitizer: the `asan` preset of CMakePresets.json, in build-asan.
test-asan: deps-test
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS) -LE long

test-long: deps-test
	$(MAKE) build CMAKE_FLAGS="-DRAPPORT_WERROR=ON $(CMAKE_FLAGS)"
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) -L long
	$(MAKE) fuzz-build
	ctest --test-dir $(FUZZ_DIR) --output-on-failure -L long

bench: deps-bench
	$(MAKE) build BUILD_DIR=$(BENCH_DIR) BUILD_TYPE=Release
	bash bench/run.sh $(BENCH_DIR)

# Only the mining benchmark (bench/mining.sh: our miners next to ELKI's).
bench-mining: deps-bench
	$(MAKE) configure BUILD_DIR=$(BENCH_DIR) BUILD_TYPE=Release
	cmake --build $(BENCH_DIR) -j $(JOBS) --target rapport-cli
	bash bench/mining.sh $(BENCH_DIR)

# Only the customer-value benchmark (bench/value.sh) on the cached database.
bench-value: deps-bench
	$(MAKE) configure BUILD_DIR=$(BENCH_DIR) BUILD_TYPE=Release
	cmake --build $(BENCH_DIR) -j $(JOBS) --target rapport-cli
	BENCH_VALUE_ONLY=1 bash bench/run.sh $(BENCH_DIR)

screenshots: deps-test
	$(MAKE) build
	bash resources/screenshots/take.sh $(BUILD_DIR)

format:
	cmake --build $(BUILD_DIR) --target format

format-check:
	cmake --build $(BUILD_DIR) --target format-check

clean:
	rm -rf $(BUILD_DIR) $(BENCH_DIR) $(FUZZ_DIR)

package: deps
	$(MAKE) build BUILD_DIR=$(BENCH_DIR) BUILD_TYPE=Release
	cd $(BENCH_DIR) && cpack
