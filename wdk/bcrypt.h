/*
 * bcrypt.h - hvcilint's compact stand-in for the CNG primitives that
 * kernel-mode drivers call (ksecdd exports): algorithm providers, hashing,
 * random numbers and symmetric keys.
 *
 * Written for hvcilint from public facts (the bcrypt.h reference on
 * learn.microsoft.com: function parameters, algorithm and property
 * identifier strings, flag values), not taken from the Windows SDK.
 *
 * Left out: asymmetric keys, key import/export blobs, secret agreement,
 * key derivation, the provider registration and configuration functions,
 * the pseudo-handles (BCRYPT_*_ALG_HANDLE).
 */
#pragma once
#ifndef __BCRYPT_H__
#define __BCRYPT_H__

#include <ntdef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef PVOID BCRYPT_HANDLE;
typedef PVOID BCRYPT_ALG_HANDLE;
typedef PVOID BCRYPT_KEY_HANDLE;
typedef PVOID BCRYPT_HASH_HANDLE;
typedef PVOID BCRYPT_SECRET_HANDLE;

/* Algorithm identifiers. */
#define BCRYPT_RSA_ALGORITHM        L"RSA"
#define BCRYPT_RNG_ALGORITHM        L"RNG"
#define BCRYPT_AES_ALGORITHM        L"AES"
#define BCRYPT_DES_ALGORITHM        L"DES"
#define BCRYPT_3DES_ALGORITHM       L"3DES"
#define BCRYPT_MD5_ALGORITHM        L"MD5"
#define BCRYPT_SHA1_ALGORITHM       L"SHA1"
#define BCRYPT_SHA256_ALGORITHM     L"SHA256"
#define BCRYPT_SHA384_ALGORITHM     L"SHA384"
#define BCRYPT_SHA512_ALGORITHM     L"SHA512"
#define BCRYPT_ECDSA_P256_ALGORITHM L"ECDSA_P256"
#define BCRYPT_ECDSA_P384_ALGORITHM L"ECDSA_P384"

/* Property names. */
#define BCRYPT_OBJECT_LENGTH        L"ObjectLength"
#define BCRYPT_HASH_LENGTH          L"HashDigestLength"
#define BCRYPT_BLOCK_LENGTH         L"BlockLength"
#define BCRYPT_KEY_LENGTH           L"KeyLength"
#define BCRYPT_CHAINING_MODE        L"ChainingMode"
#define BCRYPT_CHAIN_MODE_NA        L"ChainingModeN/A"
#define BCRYPT_CHAIN_MODE_CBC       L"ChainingModeCBC"
#define BCRYPT_CHAIN_MODE_ECB       L"ChainingModeECB"
#define BCRYPT_CHAIN_MODE_CFB       L"ChainingModeCFB"
#define BCRYPT_CHAIN_MODE_CCM       L"ChainingModeCCM"
#define BCRYPT_CHAIN_MODE_GCM       L"ChainingModeGCM"

/* Flags. */
#define BCRYPT_PROV_DISPATCH              0x00000001
#define BCRYPT_ALG_HANDLE_HMAC_FLAG       0x00000008
#define BCRYPT_HASH_REUSABLE_FLAG         0x00000020
#define BCRYPT_BLOCK_PADDING              0x00000001
#define BCRYPT_RNG_USE_ENTROPY_IN_BUFFER  0x00000001
#define BCRYPT_USE_SYSTEM_PREFERRED_RNG   0x00000002

NTSTATUS NTAPI BCryptOpenAlgorithmProvider(_Out_ BCRYPT_ALG_HANDLE *phAlgorithm,
                                           _In_ LPCWSTR pszAlgId,
                                           _In_opt_ LPCWSTR pszImplementation,
                                           _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptCloseAlgorithmProvider(_Inout_ BCRYPT_ALG_HANDLE hAlgorithm,
                                            _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptGetProperty(_In_ BCRYPT_HANDLE hObject, _In_ LPCWSTR pszProperty,
                                 _Out_writes_bytes_to_opt_(cbOutput, *pcbResult) PUCHAR pbOutput,
                                 _In_ ULONG cbOutput, _Out_ ULONG *pcbResult, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptSetProperty(_Inout_ BCRYPT_HANDLE hObject, _In_ LPCWSTR pszProperty,
                                 _In_reads_bytes_(cbInput) PUCHAR pbInput, _In_ ULONG cbInput,
                                 _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptCreateHash(_Inout_ BCRYPT_ALG_HANDLE hAlgorithm,
                                _Out_ BCRYPT_HASH_HANDLE *phHash,
                                _Out_writes_bytes_all_opt_(cbHashObject) PUCHAR pbHashObject,
                                _In_ ULONG cbHashObject,
                                _In_reads_bytes_opt_(cbSecret) PUCHAR pbSecret,
                                _In_ ULONG cbSecret, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptHashData(_Inout_ BCRYPT_HASH_HANDLE hHash,
                              _In_reads_bytes_(cbInput) PUCHAR pbInput, _In_ ULONG cbInput,
                              _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptFinishHash(_Inout_ BCRYPT_HASH_HANDLE hHash,
                                _Out_writes_bytes_all_(cbOutput) PUCHAR pbOutput,
                                _In_ ULONG cbOutput, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptDuplicateHash(_In_ BCRYPT_HASH_HANDLE hHash,
                                   _Out_ BCRYPT_HASH_HANDLE *phNewHash,
                                   _Out_writes_bytes_all_opt_(cbHashObject) PUCHAR pbHashObject,
                                   _In_ ULONG cbHashObject, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptDestroyHash(_Inout_ BCRYPT_HASH_HANDLE hHash);
NTSTATUS NTAPI BCryptHash(_Inout_ BCRYPT_ALG_HANDLE hAlgorithm,
                          _In_reads_bytes_opt_(cbSecret) PUCHAR pbSecret, _In_ ULONG cbSecret,
                          _In_reads_bytes_(cbInput) PUCHAR pbInput, _In_ ULONG cbInput,
                          _Out_writes_bytes_all_(cbOutput) PUCHAR pbOutput, _In_ ULONG cbOutput);
NTSTATUS NTAPI BCryptGenRandom(_In_opt_ BCRYPT_ALG_HANDLE hAlgorithm,
                               _Out_writes_bytes_(cbBuffer) PUCHAR pbBuffer, _In_ ULONG cbBuffer,
                               _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptGenerateSymmetricKey(_Inout_ BCRYPT_ALG_HANDLE hAlgorithm,
                                          _Out_ BCRYPT_KEY_HANDLE *phKey,
                                          _Out_writes_bytes_all_opt_(cbKeyObject) PUCHAR pbKeyObject,
                                          _In_ ULONG cbKeyObject,
                                          _In_reads_bytes_(cbSecret) PUCHAR pbSecret,
                                          _In_ ULONG cbSecret, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptEncrypt(_Inout_ BCRYPT_KEY_HANDLE hKey,
                             _In_reads_bytes_opt_(cbInput) PUCHAR pbInput, _In_ ULONG cbInput,
                             _In_opt_ VOID *pPaddingInfo,
                             _Inout_updates_bytes_opt_(cbIV) PUCHAR pbIV, _In_ ULONG cbIV,
                             _Out_writes_bytes_to_opt_(cbOutput, *pcbResult) PUCHAR pbOutput,
                             _In_ ULONG cbOutput, _Out_ ULONG *pcbResult, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptDecrypt(_Inout_ BCRYPT_KEY_HANDLE hKey,
                             _In_reads_bytes_opt_(cbInput) PUCHAR pbInput, _In_ ULONG cbInput,
                             _In_opt_ VOID *pPaddingInfo,
                             _Inout_updates_bytes_opt_(cbIV) PUCHAR pbIV, _In_ ULONG cbIV,
                             _Out_writes_bytes_to_opt_(cbOutput, *pcbResult) PUCHAR pbOutput,
                             _In_ ULONG cbOutput, _Out_ ULONG *pcbResult, _In_ ULONG dwFlags);
NTSTATUS NTAPI BCryptDestroyKey(_Inout_ BCRYPT_KEY_HANDLE hKey);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __BCRYPT_H__ */
