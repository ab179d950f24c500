#!/usr/bin/env bash
# selftest.sh - checks hvcilint's WDK fallback headers (wdk/).
#
# 1. Every header in wdk/ is compiled alone (clang -fsyntax-only) for each
#    mode x NX opt-in variant below.  Any diagnostic (error or warning)
#    counts as a failure.
#      modes:    x64 C, x64 C++ (-fms-extensions -fms-compatibility),
#                arm64 C, x86 C, clang-cl /kernel (C)
#      variants: none, -DPOOL_NX_OPTIN=1, -DPOOL_NX_OPTIN_AUTO=1,
#                -DPOOL_NX_OPTOUT=1 -DPOOL_NX_OPTIN=1
#    Include path as the brief asks: -nostdinc -isystem <resource>/include
#    -I wdk.  Every header is also compiled once more (x64 C and C++) with
#    wdk/ after the builtin headers (-idirafter), the order hvcilint uses.
# 2. selftest/sample_driver.c (a realistic driver using ntddk.h, wdf.h,
#    fltKernel.h, ndis.h, storport.h together) in every mode x variant, with
#    the expected NonPagedPool value / wrapper state passed in so that its
#    static assertions check the NX opt-in remapping.
# 3. selftest/api_facts.cpp (C++, x64 and arm64): parameter counts and
#    deciding parameter types of every API in hvci-facts.md section 2.
# 4. Negative checks: a wrong expectation must fail, and the intrin.h
#    fallback prototypes must parse without any compiler headers.
#
# Usage: wdk/selftest.sh [-v]     (CLANG=... to use another clang)
# Exits non-zero on any failure.

set -u

HERE=$(cd "$(dirname "$0")" && pwd)
CLANG=${CLANG:-clang-19}
VERBOSE=0
[ "${1:-}" = "-v" ] && VERBOSE=1

if ! command -v "$CLANG" >/dev/null 2>&1; then
    echo "selftest: $CLANG not found" >&2
    exit 2
fi
RES=$("$CLANG" -print-resource-dir)/include
JOBS=$(nproc 2>/dev/null || echo 2)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

COMMON_WARN=(-Wall -Werror=implicit-function-declaration)
INC_I=(-nostdinc -isystem "$RES" -I "$HERE")
INC_AFTER=(-nostdinc -isystem "$RES" -idirafter "$HERE")

# mode name -> compiler arguments (without include path and input)
mode_args() {
    case $1 in
    x64-c)   echo "--target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -fsyntax-only -x c" ;;
    x64-cxx) echo "--target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -fsyntax-only -x c++" ;;
    arm64-c) echo "--target=aarch64-pc-windows-msvc -fsyntax-only -x c" ;;
    x86-c)   echo "--target=i686-pc-windows-msvc -fsyntax-only -x c" ;;
    cl-c)    echo "--driver-mode=cl /kernel /c /Zs /D_AMD64_ /X /W4 /TC" ;;
    esac
}
MODES=(x64-c x64-cxx arm64-c x86-c cl-c)
VARIANTS=(none optin auto optout)

variant_args() {
    case $1 in
    none)   echo "" ;;
    optin)  echo "-DPOOL_NX_OPTIN=1" ;;
    auto)   echo "-DPOOL_NX_OPTIN_AUTO=1" ;;
    optout) echo "-DPOOL_NX_OPTOUT=1 -DPOOL_NX_OPTIN=1" ;;
    esac
}

# Expected opt-in outcome for the sample: x86/x64 builds only opt in when
# asked; ARM64 builds always get POOL_NX_OPTIN_AUTO; OPTOUT turns it off.
expect_args() {
    local mode=$1 variant=$2
    local arm=0
    [ "$mode" = arm64-c ] && arm=1
    case $variant in
    none)   if [ $arm = 1 ]; then echo "-DHVCI_EXPECT_NPP=512 -DHVCI_EXPECT_WRAPPED=1";
            else echo "-DHVCI_EXPECT_NPP=0 -DHVCI_EXPECT_WRAPPED=0"; fi ;;
    optin)  if [ $arm = 1 ]; then echo "-DHVCI_EXPECT_NPP=512 -DHVCI_EXPECT_WRAPPED=1";
            else echo "-DHVCI_EXPECT_OPTIN_VARS -DHVCI_EXPECT_WRAPPED=1"; fi ;;
    auto)   echo "-DHVCI_EXPECT_NPP=512 -DHVCI_EXPECT_WRAPPED=1" ;;
    optout) echo "-DHVCI_EXPECT_NPP=0 -DHVCI_EXPECT_WRAPPED=0" ;;
    esac
}

# ---- build the job list ----------------------------------------------------
# Each job: <id>|<expect ok|fail>|<description>|<command...> (tab separated)
JOBFILE=$TMP/jobs
: > "$JOBFILE"
n=0
add_job() { # expect, description, command words...
    local expect=$1 desc=$2
    shift 2
    n=$((n + 1))
    printf '%s\t%s\t%s' "$n" "$expect" "$desc" >> "$JOBFILE"
    printf '\t%q' "$@" >> "$JOBFILE"
    printf '\n' >> "$JOBFILE"
}

# One translation unit per header.
HEADERS=()
for h in "$HERE"/*.h; do
    HEADERS+=("$(basename "$h")")
done
for h in "${HEADERS[@]}"; do
    tu=$TMP/tu_${h%.h}.c
    case $h in
    pshpack*.h) printf '#include <%s>\nstruct hvci_s { char c; int i; };\n#include <poppack.h>\n' "$h" > "$tu" ;;
    poppack.h)  printf '#include <pshpack1.h>\n#include <%s>\n' "$h" > "$tu" ;;
    *)          printf '#include <%s>\n' "$h" > "$tu" ;;
    esac
    printf 'int hvcilint_selftest_%s;\n' "$(echo "${h%.h}" | tr -c 'A-Za-z0-9_\n' '_')" >> "$tu"
    for m in "${MODES[@]}"; do
        for v in "${VARIANTS[@]}"; do
            # shellcheck disable=SC2046
            add_job ok "header $h [$m, $v]" "$CLANG" $(mode_args "$m") $(variant_args "$v") \
                "${COMMON_WARN[@]}" "${INC_I[@]}" "$tu"
        done
    done
    for m in x64-c x64-cxx; do
        # shellcheck disable=SC2046
        add_job ok "header $h [$m, -idirafter]" "$CLANG" $(mode_args "$m") \
            "${COMMON_WARN[@]}" "${INC_AFTER[@]}" "$tu"
    done
done

# The sample driver.
SAMPLE=$HERE/selftest/sample_driver.c
for m in "${MODES[@]}"; do
    for v in "${VARIANTS[@]}"; do
        # shellcheck disable=SC2046
        add_job ok "sample_driver.c [$m, $v]" "$CLANG" $(mode_args "$m") $(variant_args "$v") \
            $(expect_args "$m" "$v") "${COMMON_WARN[@]}" "${INC_I[@]}" "$SAMPLE"
    done
done
for v in "${VARIANTS[@]}"; do
    # shellcheck disable=SC2046
    add_job ok "sample_driver.c [arm64-cxx, $v]" "$CLANG" --target=aarch64-pc-windows-msvc \
        -fsyntax-only -x c++ $(variant_args "$v") $(expect_args arm64-c "$v") \
        "${COMMON_WARN[@]}" "${INC_I[@]}" "$SAMPLE"
    # shellcheck disable=SC2046
    add_job ok "sample_driver.c [x64-c, $v, -idirafter]" "$CLANG" $(mode_args x64-c) \
        $(variant_args "$v") $(expect_args x64-c "$v") "${COMMON_WARN[@]}" "${INC_AFTER[@]}" "$SAMPLE"
done

# The API facts table.
FACTS=$HERE/selftest/api_facts.cpp
for t in x86_64 aarch64; do
    for v in "${VARIANTS[@]}"; do
        # shellcheck disable=SC2046
        add_job ok "api_facts.cpp [$t, $v]" "$CLANG" --target=$t-pc-windows-msvc -fsyntax-only \
            -x c++ $(variant_args "$v") -DHVCILINT_DECLARE_SYSINFO "${COMMON_WARN[@]}" \
            "${INC_I[@]}" "$FACTS"
    done
done

# Negative checks: these must fail.
add_job fail "negative: x64 without opt-in must not give NonPagedPool == 512" "$CLANG" \
    $(mode_args x64-c) -DHVCI_EXPECT_NPP=512 "${INC_I[@]}" "$SAMPLE"
add_job fail "negative: arm64 must not give NonPagedPool == 0" "$CLANG" \
    $(mode_args arm64-c) -DHVCI_EXPECT_NPP=0 "${INC_I[@]}" "$SAMPLE"
add_job fail "negative: OPTOUT must disable the wrappers" "$CLANG" \
    $(mode_args x64-c) -DPOOL_NX_OPTOUT=1 -DPOOL_NX_OPTIN_AUTO=1 -DHVCI_EXPECT_WRAPPED=1 \
    "${INC_I[@]}" "$SAMPLE"

# intrin.h fallback: no compiler headers at all, so wdk/intrin.h declares
# the prototypes itself.
printf '#include <intrin.h>\nvoid f(void) { __debugbreak(); }\n' > "$TMP/intrin_fallback.c"
for t in x86_64 i686 aarch64; do
    add_job ok "intrin.h fallback [$t, no compiler headers]" "$CLANG" \
        --target=$t-pc-windows-msvc -fsyntax-only -x c "${COMMON_WARN[@]}" -nostdinc \
        -I "$HERE" "$TMP/intrin_fallback.c"
done

# ---- run ---------------------------------------------------------------------
run_job() {
    local line=$1
    local id expect desc
    IFS=$'\t' read -r id expect desc _ <<< "$line"
    local cmd=${line#*$'\t'*$'\t'*$'\t'}
    local out rc
    out=$(eval "$cmd" 2>&1)
    rc=$?
    if [ "$expect" = ok ]; then
        if [ $rc -eq 0 ] && [ -z "$out" ]; then
            echo "PASS" > "$RESULTS/$id"
        else
            { echo "FAIL"; echo "$desc"; echo "  \$ $cmd"; echo "$out" | head -n 25; } > "$RESULTS/$id"
        fi
    else
        if [ $rc -ne 0 ]; then
            echo "PASS" > "$RESULTS/$id"
        else
            { echo "FAIL"; echo "$desc (expected a compile error, got none)"; echo "  \$ $cmd"; } > "$RESULTS/$id"
        fi
    fi
}
export -f run_job
RESULTS=$TMP/results
mkdir -p "$RESULTS"
export RESULTS

tr '\n' '\0' < "$JOBFILE" | xargs -0 -P "$JOBS" -n 1 bash -c 'run_job "$1"' _

pass=0
fail=0
while IFS=$'\t' read -r id expect desc _; do
    r=$RESULTS/$id
    if [ -f "$r" ] && [ "$(head -n 1 "$r")" = PASS ]; then
        pass=$((pass + 1))
        [ $VERBOSE = 1 ] && echo "ok   $desc"
    else
        fail=$((fail + 1))
        if [ -f "$r" ]; then
            tail -n +2 "$r"
        else
            echo "$desc: no result"
        fi
        echo
    fi
done < "$JOBFILE"

echo "selftest: ${#HEADERS[@]} headers, $n checks: $pass passed, $fail failed"
[ $fail -eq 0 ]
