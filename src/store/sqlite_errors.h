#pragma once
// Turns SQLite's failures into the clinic's: a busy or locked file, a full disk, a damaged
// file or an I/O error become ClinicFileError with a message that says what to do.
#include "core/errors.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>
#include <utility>

namespace fc::store {

[[noreturn]] void rethrow_as_clinic_error(const std::filesystem::path& path, const SQLite::Exception& e);

template <class F>
decltype(auto) translating_errors(const std::filesystem::path& path, F&& f)
{
    try {
        return std::forward<F>(f)();
    } catch (const SQLite::Exception& e) {
        rethrow_as_clinic_error(path, e);
    }
}

// True for SQLITE_BUSY and SQLITE_LOCKED (with any extended code).
bool is_busy(const SQLite::Exception& e);

// Runs a whole transaction `f`, and runs it again from the start while the file stays busy (other
// workstations or processes writing) beyond SQLite's own busy timeout, for up to `patience` in all;
// then the last busy error goes up (ClinicFileError::Kind::Locked once translated). `f` must be
// safe to run again: a transaction that failed changed nothing.
template <class F>
decltype(auto) retrying_while_busy(F&& f, std::chrono::milliseconds patience = std::chrono::seconds(30))
{
    const auto give_up = std::chrono::steady_clock::now() + patience;
    auto pause = std::chrono::milliseconds(5);
    for (;;) {
        try {
            return f();
        } catch (const SQLite::Exception& e) {
            if (!is_busy(e) || std::chrono::steady_clock::now() + pause > give_up)
                throw;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(200));
    }
}

} // namespace fc::store
