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
# 2b. selftest/core_surface.c (the kernel-core headers together: locks,
#    checked integer helpers, scatter/gather, power, PCI, WMI, storage) in
#    every mode, with layout and control-code static assertions.
# 2c. selftest/fs_surface.c (ntifs.h file-system surface, ntdddisk.h,
#    scsi.h, bcrypt.h, ntimage.h) in every mode, with layout and value
#    static assertions.
# 2d. selftest/wfp_surface.c (a WFP callout driver: fwpsk.h, fwpmk.h,
#    netioddk.h and the Winsock/NDIS types they use) in every mode, with
#    value and layout static assertions.
# 2e. selftest/ks_surface.c (kernel streaming: ks.h with ks_avstream.h,
#    ksmedia.h and portcls.h used by a PortCls miniport and an AVStream
#    minidriver) in every mode, with value and layout static assertions.
# 2f. selftest/ndis_surface.c (miniport, filter and protocol drivers on
#    ndis.h, ndis_driver.h and ntddndis.h) in every mode, with value and
#    layout static assertions.
# 2g. selftest/audio_surface.c (a WaveRT miniport, AVStream device and
#    ACX driver on portcls.h, ksmedia.h, acx.h, devpkey.h, bthhfpddi.h,
#    wdm_extimer.h and math.h) in every mode, with value and layout static
#    assertions.
# 2h. selftest/wifi_surface.c (a native 802.11 miniport and a protocol
#    driver on ndis.h, ndis_adapter.h, windot11.h and dot11wdi.h) in every
#    mode, with value and layout static assertions.
# 2i. selftest/bus_storage_surface.c (bus, storage and miscellaneous
#    kernel headers: SPB and resource hub, KMDF child lists and PDOs,
#    BthXDDI.h, acpiioct.h, UcmCx.h, ufxclient.h, pepfx.h, extended SRBs,
#    srbhelper.h, storport_mp.h, SPBCx.h, registry and handle filtering,
#    file-system controls, TraceLogging) in every mode, with value and
#    layout static assertions.
# 2j. selftest/netcx_surface.c (a NetAdapterCx client, an MBBCx client and a
#    Winsock Kernel client on netadaptercx.h with the net/ extension
#    headers, mbbcx.h and wsk.h) in every mode, with value and layout
#    static assertions.
# 2k. selftest/class_surface.c (storage class drivers and Storport HBA
#    configuration: classpnp.h, storswtr.h, ntddvol.h, ioevent.h, media
#    types, disk detection, PORT_CONFIGURATION_INFORMATION) in every mode,
#    with value and layout static assertions.
# 2l. selftest/misc_surface.c (assorted device classes: poclass.h thermal
#    and power limit interfaces, kbdmou.h / ntddkbd.h / ntddmou.h /
#    ntdd8042.h, gpioclx.h, UcmUcsiCx.h with ucmucsispec.h and the
#    versioned UCm/1.0 and UcmUcsi/1.0 paths, UcmTcpciCx.h, wdm_pnp.h,
#    smclib.h with winsmcrd.h, sidebandaudio.h and usbsidebandaudio.h)
#    in every mode, with value and layout static assertions.
# 2m. selftest/camera_surface.c (an AVStream camera minidriver on ks.h,
#    ksmedia.h with its camera and video-format parts, acpitabl.h, devpkey.h
#    and uuids.h) in every mode, with value and layout static assertions.
# 2n. selftest/se_sdp_surface.c (SE_EXPORTS of ntifs.h, sdpnode.h with
#    bthsdpdef.h, the IPsec keying policy of fwpmtypes.h) in every mode,
#    with value and layout static assertions.
# 2o. selftest/stor_params_surface.c (SCSI parameter data and storage
#    structures of class drivers and miniports: scsi.h with scsi_params.h,
#    ntddstor.h with ntddstor_ext.h, ntddscsi.h, classpnp.h) in every mode,
#    with value and layout static assertions.
# 2p. selftest/ndis6x_surface.c (a VMQ, QoS and RSSv2 miniport on ndis.h
#    with ndis_vmq.h, ndis_qos.h and ndis_rss.h, built for NDIS 6.80) in
#    every mode, with value and layout static assertions.
# 3. selftest/api_facts.cpp (C++, x64 and arm64): parameter counts and
#    deciding parameter types of every API in hvci-facts.md section 2.
#    Extras: clang-cl C++ and clang-cl x86 /Gz.
# 4. wdk/c++ (the C++ standard-header stand-ins): each alone and after
#    ntddk.h + wdf.h, x64/arm64 C++ at C++14/17/20 and clang-cl C++ (x64,
#    x86 /Gz), with wdk/ and wdk/c++ searched -idirafter.
# 5. Negative checks: a wrong expectation must fail, and the intrin.h
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

# The argument helpers fill a bash array named by their first argument, so
# paths with spaces survive.
COMMON_WARN=(-Wall -Werror=implicit-function-declaration)

# mode -> compiler arguments (without warnings, include path and input)
mode_args() { # out, mode
    local -n _out=$1
    case $2 in
    x64-c)   _out=(--target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -fsyntax-only -x c) ;;
    x64-cxx) _out=(--target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility -fsyntax-only -x c++) ;;
    arm64-c) _out=(--target=aarch64-pc-windows-msvc -fsyntax-only -x c) ;;
    arm64-cxx) _out=(--target=aarch64-pc-windows-msvc -fsyntax-only -x c++) ;;
    x86-c)   _out=(--target=i686-pc-windows-msvc -fsyntax-only -x c) ;;
    cl-c)    _out=(--driver-mode=cl /kernel /c /Zs /D_AMD64_ /X /TC) ;;
    esac
}
# Warnings: -Wall; in clang-cl mode /W4 (there -Wall would mean -Weverything).
warn_args() { # out, mode
    local -n _out=$1
    case $2 in
    cl-*) _out=(/W4 -Werror=implicit-function-declaration) ;;
    *)    _out=("${COMMON_WARN[@]}") ;;
    esac
}
# Include path.  "I": as the brief asks, -nostdinc -isystem <resource> -I wdk.
# "after": wdk/ behind the builtin headers (-idirafter), as hvcilint does.
# clang-cl always searches its resource directory and /X keeps %INCLUDE%
# out, which amounts to the same thing.
inc_args() { # out, mode, I|after
    local -n _out=$1
    case $2 in
    cl-*) if [ "$3" = I ]; then _out=(-I "$HERE"); else _out=(-Xclang -idirafter -Xclang "$HERE"); fi ;;
    *)    if [ "$3" = I ]; then _out=(-nostdinc -isystem "$RES" -I "$HERE");
          else _out=(-nostdinc -isystem "$RES" -idirafter "$HERE"); fi ;;
    esac
}
# Marks the end of the options (clang-cl would read /path/file.c as an option).
sep_args() { # out, mode
    local -n _out=$1
    case $2 in
    cl-*) _out=(--) ;;
    *)    _out=() ;;
    esac
}
MODES=(x64-c x64-cxx arm64-c x86-c cl-c)
VARIANTS=(none optin auto optout)

variant_args() { # out, variant
    local -n _out=$1
    case $2 in
    none)   _out=() ;;
    optin)  _out=(-DPOOL_NX_OPTIN=1) ;;
    auto)   _out=(-DPOOL_NX_OPTIN_AUTO=1) ;;
    optout) _out=(-DPOOL_NX_OPTOUT=1 -DPOOL_NX_OPTIN=1) ;;
    esac
}

# Expected opt-in outcome for the sample: x86/x64 builds only opt in when
# asked; ARM64 builds always get POOL_NX_OPTIN_AUTO; OPTOUT turns it off.
expect_args() { # out, mode, variant
    local -n _out=$1
    local arm=0
    case $2 in arm64-*) arm=1 ;; esac
    case $3 in
    none)   if [ $arm = 1 ]; then _out=(-DHVCI_EXPECT_NPP=512 -DHVCI_EXPECT_WRAPPED=1);
            else _out=(-DHVCI_EXPECT_NPP=0 -DHVCI_EXPECT_WRAPPED=0); fi ;;
    optin)  if [ $arm = 1 ]; then _out=(-DHVCI_EXPECT_NPP=512 -DHVCI_EXPECT_WRAPPED=1);
            else _out=(-DHVCI_EXPECT_OPTIN_VARS -DHVCI_EXPECT_WRAPPED=1); fi ;;
    auto)   _out=(-DHVCI_EXPECT_NPP=512 -DHVCI_EXPECT_WRAPPED=1) ;;
    optout) _out=(-DHVCI_EXPECT_NPP=0 -DHVCI_EXPECT_WRAPPED=0) ;;
    esac
}

# ---- build the job list ----------------------------------------------------
# One line per job: id, expect (ok|fail), description, then the command
# words shell-quoted; fields separated by tabs.
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

# One translation unit per header; each clang run below gets all of them
# (one cc1 per input file, so every header is still checked on its own).
HEADERS=()
TUS=()
for h in "$HERE"/*.h; do
    h=$(basename "$h")
    HEADERS+=("$h")
    tu=$TMP/tu_${h%.h}.c
    case $h in
    pshpack*.h) printf '#include <%s>\nstruct hvci_s { char c; int i; };\n#include <poppack.h>\n' "$h" > "$tu" ;;
    poppack.h)  printf '#include <pshpack1.h>\n#include <%s>\n' "$h" > "$tu" ;;
    *)          printf '#include <%s>\n' "$h" > "$tu" ;;
    esac
    printf 'int hvcilint_selftest_%s;\n' "$(echo "${h%.h}" | tr -c 'A-Za-z0-9_\n' '_')" >> "$tu"
    TUS+=("$tu")
done

M=() W=() I=() V=() E=() S=()
for m in "${MODES[@]}"; do
    mode_args M "$m"; warn_args W "$m"; inc_args I "$m" I; sep_args S "$m"
    for v in "${VARIANTS[@]}"; do
        variant_args V "$v"
        add_job ok "each header [$m, $v]" "$CLANG" "${M[@]}" "${V[@]}" "${W[@]}" "${I[@]}" "${S[@]}" "${TUS[@]}"
    done
done
for m in x64-c x64-cxx; do
    mode_args M "$m"; warn_args W "$m"; inc_args I "$m" after
    add_job ok "each header [$m, -idirafter]" "$CLANG" "${M[@]}" "${W[@]}" "${I[@]}" "${TUS[@]}"
done

# The C++ standard-header stand-ins (wdk/c++, searched after wdk/ and only
# for C++ units): each alone, and each after ntddk.h (whose min/max macros
# must not break them), for every C++ mode.
CXXTUS=()
for h in "$HERE"/c++/*; do
    h=$(basename "$h")
    [ "$h" = README ] && continue
    tu=$TMP/cxx_$h.cpp
    printf '#include <%s>\nint hvcilint_selftest_cxx_%s;\n' "$h" "$h" > "$tu"
    tu2=$TMP/cxx_nt_$h.cpp
    printf '#include <ntddk.h>\n#include <wdf.h>\n#include <%s>\nint hvcilint_selftest_cxx_nt_%s;\n' "$h" "$h" > "$tu2"
    CXXTUS+=("$tu" "$tu2")
done
for m in x64-cxx arm64-cxx; do
    mode_args M "$m"; warn_args W "$m"; inc_args I "$m" after
    for std in c++14 c++17 c++20; do
        add_job ok "each C++ header [$m, -std=$std, -idirafter]" "$CLANG" "${M[@]}" -std=$std "${W[@]}" "${I[@]}" \
            -idirafter "$HERE/c++" "${CXXTUS[@]}"
    done
done
add_job ok "each C++ header [cl-cxx, none]" "$CLANG" --driver-mode=cl /kernel /c /Zs /D_AMD64_ /X /TP \
    /W4 -Werror=implicit-function-declaration -Xclang -idirafter -Xclang "$HERE" \
    -Xclang -idirafter -Xclang "$HERE/c++" -- "${CXXTUS[@]}"
add_job ok "each C++ header [cl-x86-Gz C++, none]" "$CLANG" --driver-mode=cl --target=i686-pc-windows-msvc \
    /Gz /kernel /c /Zs /D_X86_ /X /TP /W4 -Werror=implicit-function-declaration \
    -Xclang -idirafter -Xclang "$HERE" -Xclang -idirafter -Xclang "$HERE/c++" -- "${CXXTUS[@]}"

# The sample driver in every mode and variant, plus ARM64 C++ and the
# -idirafter order.
SAMPLE=$HERE/selftest/sample_driver.c
for m in "${MODES[@]}" arm64-cxx; do
    mode_args M "$m"; warn_args W "$m"; inc_args I "$m" I; sep_args S "$m"
    for v in "${VARIANTS[@]}"; do
        variant_args V "$v"; expect_args E "$m" "$v"
        add_job ok "sample_driver.c [$m, $v]" "$CLANG" "${M[@]}" "${V[@]}" "${E[@]}" "${W[@]}" "${I[@]}" \
            "${S[@]}" "$SAMPLE"
    done
done
mode_args M x64-c; warn_args W x64-c; inc_args I x64-c after
for v in "${VARIANTS[@]}"; do
    variant_args V "$v"; expect_args E x64-c "$v"
    add_job ok "sample_driver.c [x64-c, $v, -idirafter]" "$CLANG" "${M[@]}" "${V[@]}" "${E[@]}" "${W[@]}" "${I[@]}" "$SAMPLE"
done

# clang-cl extras: C++ (/TP) and x86 with /Gz (stdcall by default, as WDK
# x86 builds are), for the headers and the sample.
add_job ok "each header [cl-cxx, none]" "$CLANG" --driver-mode=cl /kernel /c /Zs /D_AMD64_ /X /TP \
    /W4 -Werror=implicit-function-declaration -I "$HERE" -- "${TUS[@]}"
add_job ok "each header [cl-x86-Gz, none]" "$CLANG" --driver-mode=cl --target=i686-pc-windows-msvc \
    /Gz /kernel /c /Zs /D_X86_ /X /TC /W4 -Werror=implicit-function-declaration -I "$HERE" -- "${TUS[@]}"
add_job ok "sample_driver.c [cl-cxx, none]" "$CLANG" --driver-mode=cl /kernel /c /Zs /D_AMD64_ /X \
    /TP -DHVCI_EXPECT_NPP=0 /W4 -Werror=implicit-function-declaration -I "$HERE" -- "$SAMPLE"
add_job ok "sample_driver.c [cl-x86-Gz, auto]" "$CLANG" --driver-mode=cl --target=i686-pc-windows-msvc \
    /Gz /kernel /c /Zs /D_X86_ /X /TC -DPOOL_NX_OPTIN_AUTO=1 -DHVCI_EXPECT_NPP=512 /W4 \
    -Werror=implicit-function-declaration -I "$HERE" -- "$SAMPLE"

# A surface test: the headers of one area used together, with its layout
# and value assertions, in every mode plus ARM64 C++ and clang-cl x86 /Gz.
surface() { # FILE
    local f=$1 name=${1##*/}
    for m in "${MODES[@]}" arm64-cxx; do
        mode_args M "$m"; warn_args W "$m"; inc_args I "$m" I; sep_args S "$m"
        add_job ok "$name [$m]" "$CLANG" "${M[@]}" "${W[@]}" "${I[@]}" "${S[@]}" "$f"
    done
    add_job ok "$name [cl-x86-Gz]" "$CLANG" --driver-mode=cl --target=i686-pc-windows-msvc \
        /Gz /kernel /c /Zs /D_X86_ /X /TC /W4 -Werror=implicit-function-declaration -I "$HERE" -- "$f"
}
# The kernel core: locks, integer helpers, scatter/gather, power, PCI, WMI,
# storage and mount-manager headers.
surface "$HERE/selftest/core_surface.c"
# File systems and storage: FCB headers, oplocks, byte-range locks, cache
# manager, generic tables, disk and SCSI definitions, CNG, PE headers.
surface "$HERE/selftest/fs_surface.c"
# The Windows Filtering Platform: callout registration, classify and notify
# callbacks, injection, net buffer lists, BFE management.
surface "$HERE/selftest/wfp_surface.c"
# Kernel streaming: PortCls filter descriptors and automation tables,
# AVStream dispatch tables, descriptors and stream pointers, audio modules
# and video formats.
surface "$HERE/selftest/ks_surface.c"
# The NDIS driver framework: miniport, filter and protocol registration,
# OID requests, spin locks, events, timers, status indications.
surface "$HERE/selftest/ndis_surface.c"
# Audio: WaveRT, topology and audio-engine interfaces with their IMP_IXxx
# macros, WaveRT and sound-detector types, AVStream device descriptor, ACX
# handles and callback types, executive timers, math constants.
surface "$HERE/selftest/audio_surface.c"
# Native 802.11 and the NDIS adapter description: adapter attributes, bind
# parameters, ports, 802.11 lists, scan requests, PHY attributes.
surface "$HERE/selftest/wifi_surface.c"
# Bus, storage and miscellaneous kernel areas: SPB peripherals, bus drivers,
# Bluetooth transport, ACPI, USB Type-C and function controllers, PEP,
# extended SRBs and Storport miniport types, SpbCx controllers, filtering
# callbacks, file-system controls, TraceLogging.
surface "$HERE/selftest/bus_storage_surface.c"
# NetAdapterCx, MBBCx and Winsock Kernel: adapters, packet queues, net rings
# and extensions, offloads, wake sources, MBIM fragments, WSK dispatch tables.
surface "$HERE/selftest/netcx_surface.c"
# Storage class drivers: class-library device extensions and routines,
# media types, volume extents, I/O events, Storport HBA configuration.
surface "$HERE/selftest/class_surface.c"
# Assorted device classes: thermal cooling and power limit interfaces,
# keyboard/mouse class and i8042 hooks, GPIO controllers, UCSI connectors,
# PnP notification and registry enumeration, smart card readers, sideband
# audio.
surface "$HERE/selftest/misc_surface.c"
# Cameras: extended camera controls and their payloads, per-frame settings,
# metadata items, video and image data ranges, event tables, PLD buffers.
surface "$HERE/selftest/camera_surface.c"
# Security exports, the Bluetooth SDP record tree and the IPsec keying
# policy of a provider context.
surface "$HERE/selftest/se_sdp_surface.c"
# SCSI parameter data and storage structures: mode parameter headers, UNMAP
# and LBA status lists, the provisioning log page, token read/write lists,
# provisioning state, firmware download, physical topology, NV cache requests.
surface "$HERE/selftest/stor_params_surface.c"
# NDIS 6.20+: receive queues and filters, shared memory, hardware-assist
# attributes, QoS parameters, RSS processor sets and RSSv2.
surface "$HERE/selftest/ndis6x_surface.c"

# The API facts table (C++, 64-bit targets only: calling conventions there
# do not get in the way of the signature templates).
FACTS=$HERE/selftest/api_facts.cpp
for m in x64-cxx arm64-cxx; do
    mode_args M "$m"; warn_args W "$m"; inc_args I "$m" I
    for v in "${VARIANTS[@]}"; do
        variant_args V "$v"
        add_job ok "api_facts.cpp [$m, $v]" "$CLANG" "${M[@]}" "${V[@]}" -DHVCILINT_DECLARE_SYSINFO \
            "${W[@]}" "${I[@]}" "$FACTS"
    done
done

# Negative checks: these must fail to compile.
mode_args M x64-c; inc_args I x64-c I
add_job fail "negative: x64 without opt-in must not give NonPagedPool == 512" \
    "$CLANG" "${M[@]}" -DHVCI_EXPECT_NPP=512 "${I[@]}" "$SAMPLE"
add_job fail "negative: OPTOUT must disable the wrappers" \
    "$CLANG" "${M[@]}" -DPOOL_NX_OPTOUT=1 -DPOOL_NX_OPTIN_AUTO=1 -DHVCI_EXPECT_WRAPPED=1 "${I[@]}" "$SAMPLE"
mode_args M arm64-c; inc_args I arm64-c I
add_job fail "negative: arm64 must not give NonPagedPool == 0" \
    "$CLANG" "${M[@]}" -DHVCI_EXPECT_NPP=0 "${I[@]}" "$SAMPLE"

# intrin.h fallback: without any compiler headers wdk/intrin.h must declare
# its prototypes itself.
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
