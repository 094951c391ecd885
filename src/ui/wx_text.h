#pragma once
// The one place where text crosses between the clinic's UTF-8 std::string and wxString, and
// file paths between std::filesystem and wx.
#include <wx/string.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace fc::ui {

inline wxString to_wx(std::string_view text)
{
    return wxString::FromUTF8(text.data(), text.size());
}

inline std::string from_wx(const wxString& text)
{
    return text.utf8_string();
}

// File names are bytes in the file system's encoding, which need not be UTF-8.
inline wxString path_to_wx(const std::filesystem::path& path)
{
    wxString text(path.c_str(), *wxConvFileName);
    if (text.empty() && !path.empty())
        text = wxString::From8BitData(path.c_str()); // never show an empty name for a real file
    return text;
}

inline std::filesystem::path path_from_wx(const wxString& text)
{
    return std::filesystem::path(std::string(text.fn_str()));
}

} // namespace fc::ui
