#include "faulty_disk.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace fc::test {

namespace {

struct State {
    sqlite3_vfs* real = nullptr;
    std::atomic<std::int64_t> countdown{0}; // 0: not armed
    std::atomic<bool> persistent{false};
    std::atomic<bool> tripped{false};
    std::atomic<std::int64_t> writes{0};
};
State state;

// Called before each write-side operation: true when this one must fail.
bool must_fail()
{
    ++state.writes;
    if (state.tripped && state.persistent)
        return true;
    if (state.countdown > 0 && --state.countdown == 0) {
        state.tripped = true;
        return true;
    }
    return false;
}

// Our file: the real one follows it in the same allocation (szOsFile is ours plus theirs).
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

FaultyFile* self(sqlite3_file* f) { return reinterpret_cast<FaultyFile*>(f); }
sqlite3_file* real(sqlite3_file* f) { return self(f)->real(); }

int x_close(sqlite3_file* f) { return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK; }
int x_read(sqlite3_file* f, void* buf, int n, sqlite3_int64 at) { return real(f)->pMethods->xRead(real(f), buf, n, at); }
int x_write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 at)
{
    return must_fail() ? SQLITE_IOERR_WRITE : real(f)->pMethods->xWrite(real(f), buf, n, at);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size)
{
    return must_fail() ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), size);
}
int x_sync(sqlite3_file* f, int flags)
{
    return must_fail() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
}
int x_size(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int x_lock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int x_unlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int x_check_lock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int x_control(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int x_sector(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int x_device(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void x_shm_barrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int x_shm_unmap(sqlite3_file* f, int del) { return real(f)->pMethods->xShmUnmap(real(f), del); }
int x_fetch(sqlite3_file* f, sqlite3_int64 at, int n, void** out) { return real(f)->pMethods->xFetch(real(f), at, n, out); }
int x_unfetch(sqlite3_file* f, sqlite3_int64 at, void* p) { return real(f)->pMethods->xUnfetch(real(f), at, p); }

const sqlite3_io_methods methods = {
    3,         x_close,      x_read,   x_write,       x_truncate,    x_sync,   x_size,
    x_lock,    x_unlock,     x_check_lock, x_control, x_sector,      x_device, x_shm_map,
    x_shm_lock, x_shm_barrier, x_shm_unmap, x_fetch,   x_unfetch,
};

int v_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags)
{
    auto* mine = self(f);
    std::memset(mine, 0, sizeof(FaultyFile));
    const int rc = state.real->xOpen(state.real, name, mine->real(), flags, out_flags);
    // SQLite calls xClose only when pMethods is set, and must not when the open failed.
    mine->base.pMethods = rc == SQLITE_OK ? &methods : nullptr;
    return rc;
}
int v_delete(sqlite3_vfs*, const char* name, int sync) { return state.real->xDelete(state.real, name, sync); }
int v_access(sqlite3_vfs*, const char* name, int flags, int* out) { return state.real->xAccess(state.real, name, flags, out); }
int v_full(sqlite3_vfs*, const char* name, int n, char* out) { return state.real->xFullPathname(state.real, name, n, out); }
void* v_dlopen(sqlite3_vfs*, const char* name) { return state.real->xDlOpen(state.real, name); }
void v_dlerror(sqlite3_vfs*, int n, char* out) { state.real->xDlError(state.real, n, out); }
void (*v_dlsym(sqlite3_vfs*, void* h, const char* sym))(void) { return state.real->xDlSym(state.real, h, sym); }
void v_dlclose(sqlite3_vfs*, void* h) { state.real->xDlClose(state.real, h); }
int v_random(sqlite3_vfs*, int n, char* out) { return state.real->xRandomness(state.real, n, out); }
int v_sleep(sqlite3_vfs*, int us) { return state.real->xSleep(state.real, us); }
int v_time(sqlite3_vfs*, double* out) { return state.real->xCurrentTime(state.real, out); }
int v_last_error(sqlite3_vfs*, int n, char* out) { return state.real->xGetLastError(state.real, n, out); }
int v_time64(sqlite3_vfs*, sqlite3_int64* out) { return state.real->xCurrentTimeInt64(state.real, out); }

sqlite3_vfs vfs{};

} // namespace

FaultyDisk::FaultyDisk()
{
    sqlite3_initialize();
    state.real = sqlite3_vfs_find(nullptr);
    if (!state.real || state.real->iVersion < 2)
        throw std::runtime_error("FaultyDisk: no usable default SQLite VFS");
    vfs = sqlite3_vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + state.real->szOsFile;
    vfs.mxPathname = state.real->mxPathname;
    vfs.zName = "floorchart-faulty-disk";
    vfs.xOpen = v_open;
    vfs.xDelete = v_delete;
    vfs.xAccess = v_access;
    vfs.xFullPathname = v_full;
    vfs.xDlOpen = v_dlopen;
    vfs.xDlError = v_dlerror;
    vfs.xDlSym = v_dlsym;
    vfs.xDlClose = v_dlclose;
    vfs.xRandomness = v_random;
    vfs.xSleep = v_sleep;
    vfs.xCurrentTime = v_time;
    vfs.xGetLastError = v_last_error;
    vfs.xCurrentTimeInt64 = v_time64;
    heal();
    state.tripped = false;
    sqlite3_vfs_register(&vfs, 1);
}

FaultyDisk::~FaultyDisk()
{
    heal();
    sqlite3_vfs_unregister(&vfs);
    sqlite3_vfs_register(state.real, 1);
}

void FaultyDisk::fail_from(int nth, bool persistent)
{
    state.tripped = false;
    state.writes = 0;
    state.persistent = persistent;
    state.countdown = nth;
}

void FaultyDisk::heal()
{
    state.countdown = 0;
    state.persistent = false;
}

bool FaultyDisk::failed() const { return state.tripped; }
std::int64_t FaultyDisk::writes() const { return state.writes; }

} // namespace fc::test
