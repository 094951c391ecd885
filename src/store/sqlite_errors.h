#pragma once
// Turns SQLite's failures into the clinic's: a busy or locked file, a full disk, a damaged
// file or an I/O error become ClinicFileError with a message that says what to do.
#include "core/errors.h"

#include <SQLiteCpp/Exception.h>

#include <filesystem>
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

} // namespace fc::store
