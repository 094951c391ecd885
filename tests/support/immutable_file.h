#pragma once
// Whether `chattr +i` can make a file immutable here: the one way to make a file refuse writes to
// root, or to a process that already holds it open. It needs CAP_LINUX_IMMUTABLE and a file system
// with attributes; asked of a scratch file in `folder`, before a test relies on it.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fc::test {

inline bool can_make_immutable(const std::filesystem::path& folder)
{
    const auto probe = folder / "immutable-probe";
    std::ofstream(probe).put('x');
    const std::string quoted = "'" + probe.string() + "'";
    const bool can = std::system(("chattr +i " + quoted + " 2>/dev/null").c_str()) == 0;
    if (can)
        std::system(("chattr -i " + quoted).c_str());
    std::filesystem::remove(probe);
    return can;
}

} // namespace fc::test
