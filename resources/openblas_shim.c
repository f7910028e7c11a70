/* Stand-in for scipy's own OpenBLAS in the Linux app bundle (see resources/actviz.spec).
 *
 * scipy.special, the only part of scipy the app ships, links scipy's 24 MB OpenBLAS for one
 * LAPACK routine: dstevr, which its ellipsoidal harmonics use. numpy's OpenBLAS, which the
 * bundle carries anyway, has the same routine with 64-bit integers (scipy_dstevr_64_). This
 * library takes the place of scipy's and forwards the call, converting the integer arguments
 * and arrays between 32 and 64 bits. The spec builds it only when dstevr is the one symbol
 * the bundle needs from scipy's OpenBLAS; otherwise the real library ships.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef int32_t i32;
typedef int64_t i64;

extern void scipy_dstevr_64_(const char *jobz, const char *range, const i64 *n, double *d, double *e,
                             const double *vl, const double *vu, const i64 *il, const i64 *iu,
                             const double *abstol, i64 *m, double *w, double *z, const i64 *ldz,
                             i64 *isuppz, double *work, const i64 *lwork, i64 *iwork, const i64 *liwork,
                             i64 *info, size_t jobz_len, size_t range_len);

void scipy_dstevr_(const char *jobz, const char *range, const i32 *n, double *d, double *e, const double *vl,
                   const double *vu, const i32 *il, const i32 *iu, const double *abstol, i32 *m, double *w,
                   double *z, const i32 *ldz, i32 *isuppz, double *work, const i32 *lwork, i32 *iwork,
                   const i32 *liwork, i32 *info) {
    i64 n64 = *n, il64 = *il, iu64 = *iu, ldz64 = *ldz, lwork64 = *lwork, liwork64 = *liwork;
    i64 m64 = 0, info64 = 0;
    size_t nsupp = 2 * (size_t)(*n > 1 ? *n : 1);
    size_t niwork = (size_t)(*liwork > 1 ? *liwork : 1);
    i64 *isuppz64 = calloc(nsupp, sizeof(i64));
    i64 *iwork64 = calloc(niwork, sizeof(i64));
    if (isuppz64 == NULL || iwork64 == NULL) {
        free(isuppz64);
        free(iwork64);
        *info = -100; /* out of memory: the caller sees a failed call, not a crash */
        return;
    }
    scipy_dstevr_64_(jobz, range, &n64, d, e, vl, vu, &il64, &iu64, abstol, &m64, w, z, &ldz64, isuppz64, work,
                     &lwork64, iwork64, &liwork64, &info64, 1, 1);
    *m = (i32)m64;
    *info = (i32)info64;
    /* The caller's ISUPPZ holds 2*max(1,M) entries, M the number of eigenvalues found. */
    size_t found = 2 * (size_t)(m64 > 1 ? m64 : 1);
    for (size_t i = 0; i < found && i < nsupp; i++) isuppz[i] = (i32)isuppz64[i];
    if (*liwork == -1 || *lwork == -1) {
        iwork[0] = (i32)iwork64[0]; /* a workspace query answers in iwork[0] */
    } else {
        for (size_t i = 0; i < niwork; i++) iwork[i] = (i32)iwork64[i];
    }
    free(isuppz64);
    free(iwork64);
}
