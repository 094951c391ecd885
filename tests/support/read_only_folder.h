#pragma once
// A folder whose files cannot be written, as on a read-only share or a locked USB stick. Tests
// run as root, where chmod does not stop writes, so there the folder is a small tmpfs mounted
// read-only once it is filled; for other users chmod does it. usable() is false (skip the test,
// saying why) only when neither works here.
#include <sys/mount.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace fc::test {

class ReadOnlyFolder {
public:
    // Makes `folder` (created if needed) a place to fill; seal() then makes it read-only.
    explicit ReadOnlyFolder(std::filesystem::path folder) : folder_(std::move(folder))
    {
        std::filesystem::create_directories(folder_);
        if (geteuid() == 0)
            mounted_ = ::mount("floorchart-test", folder_.c_str(), "tmpfs", 0, "size=16m") == 0;
    }
    ~ReadOnlyFolder()
    {
        if (mounted_) {
            ::umount2(folder_.c_str(), MNT_DETACH);
        } else if (sealed_) {
            std::error_code ec;
            std::filesystem::permissions(folder_, std::filesystem::perms::owner_all, ec);
            for (const auto& entry : std::filesystem::directory_iterator(folder_, ec))
                std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all, ec);
        }
    }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    bool usable() const { return mounted_ || geteuid() != 0; }
    const std::filesystem::path& path() const { return folder_; }

    // From now on nothing in the folder can be written, created or removed.
    bool seal()
    {
        if (mounted_) {
            sealed_ = ::mount("floorchart-test", folder_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
        } else if (geteuid() != 0) {
            std::error_code ec;
            for (const auto& entry : std::filesystem::directory_iterator(folder_))
                std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_read, ec);
            std::filesystem::permissions(folder_, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec,
                                         ec);
            sealed_ = !ec;
        }
        return sealed_;
    }

private:
    std::filesystem::path folder_;
    bool mounted_ = false;
    bool sealed_ = false;
};

} // namespace fc::test
