#pragma once
// What every GUI test needs: its own temporary folder (clinic files, settings), a way to make a
// clinic with clinicians, to let wx run until something happened, and to close windows.
#include "core/clinician.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <wx/string.h>

#include <ostream>

class wxFrame;

// How gtest shows a wxString in a failure: as text.
inline void PrintTo(const wxString& text, std::ostream* os)
{
    *os << '"' << text.utf8_string() << '"';
}

namespace fc::ui::test {

class GuiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // A clinic file in this test's folder with these clinicians (added as the first one would be).
    std::filesystem::path MakeClinic(const std::string& file_name, const std::vector<std::string>& clinicians,
                                     std::vector<Clinician>* added = nullptr);
    // The clinic file `file_name` with the clinician Robin Sample, one patient (Nakamura Yui) and
    // one backup of it, whose path is returned.
    std::filesystem::path MakeBackedUpClinic(const std::string& file_name, std::vector<Clinician>* added);
    // Cuts `file` short after `bytes`, as a failing disk or a half copy leaves it.
    static void CutShort(const std::filesystem::path& file, std::size_t bytes);
    const std::filesystem::path& folder() const { return folder_; }

    // Lets wx process events until `done()` (true) or the time is up (false).
    static bool PumpUntil(const std::function<bool()>& done, int timeout_ms = 3000);
    // Closes `frame` as File > Quit would and waits until it is gone.
    static void CloseAndWait(wxFrame* frame);
    // Runs the menu item `label` of menu `menu` of `frame` as a click on it would.
    static void RunMenu(wxFrame& frame, const char* menu, const char* label);

private:
    std::filesystem::path folder_;
};

} // namespace fc::ui::test
