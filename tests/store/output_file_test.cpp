// The one way FloorChart writes a file besides the clinic: exclusive temporary file, no links
// followed, never over the clinic, its companions or a backup, an existing file only when asked.
#include "core/errors.h"
#include "store/clinic_file.h"
#include "store/output_file.h"
#include "support/machine_skip.h"
#include "support/read_only_folder.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

namespace fs = std::filesystem;
using fc::ExistingFile;
using fc::store::OutputTarget;
using fc::store::write_output_file;

std::string bytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The message of the fc::Error that `f` throws ("" when it throws none).
template <class F>
std::string refusal(F&& f)
{
    try {
        f();
    } catch (const fc::Error& e) {
        return e.what();
    }
    return {};
}

class OutputFileTest : public ::testing::Test {
protected:
    fc::test::TempDir dir;
    fs::path clinic_path = dir.file("clinic.floorchart");
    fc::store::ClinicFile clinic{clinic_path, {.create_if_missing = true}};
    fc::store::OutputGuard guard{.clinic_file = clinic_path, .backup_folder = dir.file("backups")};

    OutputTarget target(const fs::path& file, ExistingFile existing = ExistingFile::Refuse) const
    {
        return {.file = file, .existing = existing, .guard = guard};
    }
    // Nothing but the expected entries in the folder: no temporary file was left behind.
    std::size_t entries() const
    {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir.path()), {}));
    }
};

TEST_F(OutputFileTest, WritesTheBytesOwnerOnlyAndLeavesNoTemporaryFile)
{
    ::umask(022);
    const auto before = entries();
    write_output_file(target(dir.file("out.pdf")), "%PDF-1.7 content");
    EXPECT_EQ(bytes(dir.file("out.pdf")), "%PDF-1.7 content");
    struct stat st {};
    ASSERT_EQ(::stat(dir.file("out.pdf").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    EXPECT_EQ(entries(), before + 1);
}

TEST_F(OutputFileTest, AnExistingFileOrLinkIsReplacedOnlyWhenAsked)
{
    const auto file = dir.file("letter.txt");
    std::ofstream(file) << "kept";
    EXPECT_EQ(refusal([&] { write_output_file(target(file), "new"); }),
              file.string() + " already exists; choose another name or give --force");
    EXPECT_EQ(bytes(file), "kept");
    write_output_file(target(file, ExistingFile::Replace), "new");
    EXPECT_EQ(bytes(file), "new");

    const auto link = dir.file("link.txt");
    const auto pointed = dir.file("pointed.txt");
    std::ofstream(pointed) << "pointed";
    fs::create_symlink(pointed, link);
    EXPECT_NE(refusal([&] { write_output_file(target(link), "new"); }), "");
    write_output_file(target(link, ExistingFile::Replace), "new");
    EXPECT_FALSE(fs::is_symlink(link));
    EXPECT_EQ(bytes(link), "new");
    EXPECT_EQ(bytes(pointed), "pointed") << "the link itself is replaced, never what it points to";

    const auto dangling = dir.file("dangling.txt");
    fs::create_symlink(dir.file("nowhere.txt"), dangling);
    EXPECT_NE(refusal([&] { write_output_file(target(dangling), "new"); }).find("already exists"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir.file("nowhere.txt")));
    write_output_file(target(dangling, ExistingFile::Replace), "new");
    EXPECT_FALSE(fs::exists(dir.file("nowhere.txt")));
    EXPECT_EQ(bytes(dangling), "new");
}

TEST_F(OutputFileTest, TheClinicFileItsCompanionsAndLinksToThemAreRefusedEvenWhenAsked)
{
    clinic.db().exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    const auto wal = fs::path(clinic_path.string() + "-wal");
    ASSERT_TRUE(fs::exists(wal));
    const auto clinic_bytes = bytes(clinic_path);
    fs::create_symlink(clinic_path, dir.file("to-clinic.pdf"));
    fs::create_symlink(wal, dir.file("to-wal.pdf"));
    fs::create_directories(dir.file("sub"));
    const fs::path roundabout = dir.path() / "sub" / ".." / "clinic.floorchart";
    for (const auto& file : {clinic_path, wal, fs::path(clinic_path.string() + "-shm"),
                             fs::path(clinic_path.string() + "-journal"), dir.file("to-clinic.pdf"),
                             dir.file("to-wal.pdf"), roundabout}) {
        const auto why = refusal([&] { write_output_file(target(file, ExistingFile::Replace), "PDF"); });
        EXPECT_NE(why.find(file.string()), std::string::npos) << why;
        EXPECT_NE(why.find("never writes an output over it"), std::string::npos) << why;
    }
    EXPECT_EQ(bytes(clinic_path), clinic_bytes);
    EXPECT_EQ(clinic.db().execAndGet("SELECT x FROM t").getInt(), 1) << "the clinic still works, its locks intact";
}

TEST_F(OutputFileTest, AFloorChartFileOrAFileInTheBackupsFolderIsRefusedEvenWhenAsked)
{
    const auto other = dir.file("other.floorchart");
    {
        fc::store::ClinicFile another(other, {.create_if_missing = true});
    }
    const auto other_bytes = bytes(other);
    fs::create_directories(dir.file("backups"));
    std::ofstream(dir.file("backups") / "note.txt") << "kept";
    for (const auto& file : {other, dir.file("backups") / "note.txt"}) {
        const auto why = refusal([&] { write_output_file(target(file, ExistingFile::Replace), "PDF"); });
        EXPECT_NE(why.find("is a FloorChart clinic or backup file"), std::string::npos) << why;
    }
    EXPECT_EQ(bytes(other), other_bytes);
    // A new file in the backups folder is how backups are made.
    write_output_file(target(dir.file("backups") / "new.floorchart"), "x");
}

TEST_F(OutputFileTest, AFolderIsNoOutputFile)
{
    fs::create_directories(dir.file("folder"));
    for (const auto& file : {dir.file("folder"), dir.path() / "folder" / ""}) {
        const auto why = refusal([&] { write_output_file(target(file, ExistingFile::Replace), "PDF"); });
        EXPECT_NE(why.find("is a folder"), std::string::npos) << why;
    }
    EXPECT_TRUE(fs::is_directory(dir.file("folder")));
}

TEST_F(OutputFileTest, AFailureGivesTheRealErrorAndLeavesNothingBehind)
{
    const auto missing = dir.path() / "missing-folder" / "note.pdf";
    EXPECT_EQ(refusal([&] { write_output_file(target(missing), "PDF"); }),
              "cannot write " + missing.string() + ": No such file or directory");
    EXPECT_FALSE(fs::exists(dir.path() / "missing-folder"));

    fc::test::ReadOnlyFolder sealed(dir.file("sealed"));
    if (!sealed.usable())
        FC_SKIP_ON_THIS_MACHINE() << "no way to make a read-only folder here";
    ASSERT_TRUE(sealed.seal());
    const auto why = refusal([&] { write_output_file(target(sealed.path() / "x.pdf"), "PDF"); });
    EXPECT_TRUE(why.ends_with("Read-only file system") || why.ends_with("Permission denied")) << why;
}

TEST_F(OutputFileTest, AFileThatAppearsWhileWritingIsNotReplaced)
{
    const auto file = dir.file("race.pdf");
    fc::store::OutputFile out(target(file));
    out.write("mine");
    std::ofstream(file) << "theirs";
    EXPECT_NE(refusal([&] { out.place(); }).find("already exists"), std::string::npos);
    EXPECT_EQ(bytes(file), "theirs");
}

TEST_F(OutputFileTest, AnAbandonedOutputLeavesNoTemporaryFile)
{
    const auto before = entries();
    {
        fc::store::OutputFile out(target(dir.file("never.pdf")));
        out.write("half");
        EXPECT_TRUE(fs::exists(out.temporary()));
    }
    EXPECT_EQ(entries(), before);
    EXPECT_FALSE(fs::exists(dir.file("never.pdf")));
}

} // namespace
