#pragma once
// A disk that fails on cue, in the manner of SQLite's own I/O-error tests: an SQLite VFS that
// wraps the normal one and, once armed, makes the Nth write, sync or truncate (and, when
// persistent, every one after it) fail with SQLITE_IOERR. Installed as the default VFS while a
// FaultyDisk exists, so the clinic's own connection goes through it unchanged.
#include <cstdint>

namespace fc::test {

class FaultyDisk {
public:
    FaultyDisk();  // registers the VFS as the default
    ~FaultyDisk(); // puts the normal VFS back
    FaultyDisk(const FaultyDisk&) = delete;
    FaultyDisk& operator=(const FaultyDisk&) = delete;

    // The `nth` write-side operation from now on fails (1 = the next one); with `persistent`
    // every later one fails too, as a disk that has gone bad would.
    void fail_from(int nth, bool persistent);
    void heal();              // no more failures (failed() still tells whether one was given)
    bool failed() const;      // whether a failure was given since the last fail_from()
    std::int64_t writes() const; // write-side operations seen since the last fail_from()
};

} // namespace fc::test
