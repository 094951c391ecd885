#include "store/sqlite_errors.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace fc::store {

bool is_busy(const SQLite::Exception& e)
{
    const int code = e.getErrorCode() & 0xFF;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

void rethrow_as_clinic_error(const std::filesystem::path& path, const SQLite::Exception& e)
{
    using Kind = ClinicFileError::Kind;
    const auto file = path.string();
    switch (e.getErrorCode() & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw ClinicFileError(Kind::Locked, fmt::format("The clinic file {} is locked by another program or "
                                                        "workstation. Wait a moment and try again; nothing was "
                                                        "changed.",
                                                        file));
    case SQLITE_READONLY:
        throw ClinicFileError(Kind::ReadOnly, fmt::format("The clinic file {} is read-only; nothing was changed.",
                                                          file));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw ClinicFileError(Kind::Corrupt, fmt::format("The clinic file {} is damaged ({}). Restore the newest "
                                                         "backup; the damaged file was not changed.",
                                                         file, e.what()));
    case SQLITE_FULL:
        throw ClinicFileError(Kind::Io, fmt::format("The disk holding {} is full; the change was not saved and "
                                                    "everything saved before is intact. Free some space and "
                                                    "try again.",
                                                    file));
    case SQLITE_CONSTRAINT:
        throw Conflict(fmt::format("The change breaks a rule of the clinic file ({}); nothing was changed.",
                                   e.what()));
    default:
        throw ClinicFileError(Kind::Io, fmt::format("The clinic file {} could not be read or written ({}); "
                                                    "nothing was changed.",
                                                    file, e.what()));
    }
}

} // namespace fc::store
